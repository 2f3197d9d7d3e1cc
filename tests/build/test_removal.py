"""Removing documents (issue 12): a file's graph and everything derived from it go; removing and
building again gives the same store, byte for byte in its exports."""

import gc

from click.testing import CliRunner

from policykg.build.documents import build
from policykg.build.removal import remove
from policykg.cli.main import cli
from policykg.store.embedded import PlanStore
from tests.conftest import ALL_EXAMPLES, LIAONING, YINGKOU


def _alignments(store):
    return store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a pkg:carriesOut ?b } }").rows[0][0]


def _export(store, tmp_path, name):
    out = tmp_path / name
    store.dump(out)
    return sorted(out.read_text(encoding="utf-8").splitlines())


def test_remove_then_build_again_gives_the_same_store(tmp_path):
    store = PlanStore(tmp_path / "kg")
    build(ALL_EXAMPLES, store)
    before = _export(store, tmp_path, "before.nq")
    assert int(_alignments(store)) > 0  # Yingkou's tasks carry out Liaoning's
    [r] = remove(store, [str(LIAONING)])
    assert r.removed and r.line() == f"- {LIAONING.name}: removed"
    assert _alignments(store) == "0"  # derived from Liaoning: gone with it
    assert LIAONING.name not in store.documents()
    assert [s.status for s in build(ALL_EXAMPLES, store)] == ["built"] + ["unchanged"] * 4
    assert _export(store, tmp_path, "after.nq") == before


def test_remove_from_the_command_line_by_file_and_by_plan(tmp_path):
    store = PlanStore(tmp_path / "kg")
    build([YINGKOU, LIAONING], store)
    del store
    gc.collect()

    def run(*args):
        res = CliRunner().invoke(cli, [*args, "--store", str(tmp_path / "kg")])
        code, output = res.exit_code, res.output
        del res  # (its traceback holds the command's open store)
        gc.collect()
        return code, output

    code, output = run("remove", "nothing.txt")
    assert code == 1 and "✗ nothing.txt: not in the store" in output
    code, output = run("remove", "--plan", "营口市“十四五”就业和社会保障发展规划")
    assert code == 0, output
    assert f"- {YINGKOU.name}: removed" in output and "1 removed" in output
    code, output = run("remove", "--plan", "没有这个规划")
    assert code == 1 and "no plan titled 没有这个规划" in output
    assert list(PlanStore(tmp_path / "kg").documents()) == [LIAONING.name]


def test_build_prune_drops_the_documents_whose_files_left_the_folder(tmp_path):
    import shutil

    plans = tmp_path / "plans"
    plans.mkdir()
    for f in (YINGKOU, LIAONING):
        shutil.copy(f, plans / f.name)
    run = lambda *a: CliRunner().invoke(cli, ["build", *a, "--store", str(tmp_path / "kg")])  # noqa: E731
    res = run(str(plans))
    assert res.exit_code == 0, res.output
    del res
    gc.collect()
    (plans / LIAONING.name).unlink()
    res = run(str(plans), "--prune")
    assert res.exit_code == 0, res.output
    assert f"- {LIAONING.name}: removed (its file is not among the files built)" in res.output
    assert f"= {YINGKOU.name}: unchanged, kept" in res.output
    del res
    gc.collect()
    assert list(PlanStore(tmp_path / "kg").documents()) == [YINGKOU.name]


def test_remove_from_a_store_that_does_not_exist_says_so_and_creates_nothing(tmp_path):
    from click.testing import CliRunner

    from policykg.cli.main import cli

    res = CliRunner().invoke(cli, ["remove", "x.txt", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and res.output == f"Error: no store at {tmp_path / 'none'}\n"
    assert not (tmp_path / "none").exists()
