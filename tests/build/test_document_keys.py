"""Two files of the same name in different folders are two documents (issue 13): each is keyed
by its path under the folder built, or by as many parent folders as tell it apart; no file ever
overwrites another. Expected counts are the seeds' hand-checked task lists."""

import shutil

from policykg.build.documents import build, collect_files
from policykg.build.removal import remove
from policykg.export.tables import task_rows
from policykg.store.embedded import PlanStore
from tests.conftest import LIAONING, YINGKOU, expected_tasks

N_LIAONING, N_YINGKOU = len(expected_tasks("liaoning")), len(expected_tasks("yingkou"))


def _tree(tmp_path):
    for folder, seed in (("a", LIAONING), ("b", YINGKOU)):
        (tmp_path / "plans" / folder).mkdir(parents=True)
        shutil.copy(seed, tmp_path / "plans" / folder / "plan.txt")
    return tmp_path / "plans"


def _sources(store):
    return sorted({r["source"] for r in task_rows(store)})


def test_a_folder_keys_its_files_by_their_paths_under_it(tmp_path):
    store = PlanStore(tmp_path / "kg")
    results = build([_tree(tmp_path)], store)
    assert sorted(r.source for r in results) == ["a/plan.txt", "b/plan.txt"]
    assert _sources(store) == ["a/plan.txt", "b/plan.txt"]
    assert len(task_rows(store)) == N_LIAONING + N_YINGKOU


def test_files_and_folders_of_one_name_given_apart_take_their_parent_folders(tmp_path):
    plans = _tree(tmp_path)
    for args in ([plans / "a" / "plan.txt", plans / "b" / "plan.txt"], [plans / "a", plans / "b"]):
        files, _ = collect_files(args)
        assert [key for _, key in files] == ["a/plan.txt", "b/plan.txt"]
    files, _ = collect_files([plans / "a" / "plan.txt", plans / "a" / "plan.txt", plans / "a"])
    assert [key for _, key in files] == ["plan.txt"]  # one file named three ways is one document
    store = PlanStore(tmp_path / "kg")
    build([plans / "a" / "plan.txt", plans / "b" / "plan.txt"], store)
    assert len(task_rows(store)) == N_LIAONING + N_YINGKOU


def test_a_file_is_removed_by_its_key(tmp_path):
    store = PlanStore(tmp_path / "kg")
    build([_tree(tmp_path)], store)
    assert [r.line() for r in remove(store, ["b/plan.txt"])] == ["- b/plan.txt: removed"]
    assert _sources(store) == ["a/plan.txt"] and len(task_rows(store)) == N_LIAONING
