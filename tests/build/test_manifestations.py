"""One plan, several files (issue 12): the Word file, the PDF and a second copy of the Yingkou plan
in one store give its hand-checked tasks once, each with single owners; the file with more tasks
supplies them; the others are recorded as manifestations and what they disagree on is listed."""

import gc
import shutil

from click.testing import CliRunner

from policykg.build.documents import build
from policykg.cli.main import cli
from policykg.export.stats import store_stats
from policykg.export.tables import task_rows
from policykg.store.embedded import PlanStore
from tests.conftest import YINGKOU, expected_tasks
from tests.convert import PDF_DIR, text_lines, to_docx


def _rows(store):
    return [(r["box_no"], r["item_no"], r["task"], r["lead"], r["co_departments"]) for r in task_rows(store)]


def test_the_same_plan_as_text_word_pdf_and_a_copy_gives_its_tasks_once(tmp_path):
    docx, pdf, copy = tmp_path / "营口.docx", tmp_path / "营口.pdf", tmp_path / "营口(1).txt"
    docx.write_bytes(to_docx(text_lines(YINGKOU)))
    shutil.copy(PDF_DIR / (YINGKOU.stem + ".pdf"), pdf)
    shutil.copy(YINGKOU, copy)
    store = PlanStore(tmp_path / "kg")
    results = build([YINGKOU, docx, pdf, copy], store)
    # the Word file keeps more structure than the text: it supplies the tasks from then on
    assert [r.status for r in results] == ["built", "built", "same", "same"]
    assert results[1].same_as == YINGKOU.name
    assert results[2].line() == "= 营口.pdf: same plan as 营口.docx (identical tasks), recorded as another manifestation"
    assert _rows(store) == expected_tasks("yingkou")  # 74 tasks, no owner doubled
    assert "documents: 1 (and 3 more files of these plans)" in store_stats(store)
    assert f"= {YINGKOU.name}: same plan as 营口.docx, which supplies its tasks" in store_stats(store)
    assert [r.status for r in build([YINGKOU, docx, pdf, copy], store)] == ["unchanged"] * 4


def test_a_later_file_with_more_tasks_supplies_them_and_the_differences_are_listed(tmp_path):
    part = tmp_path / "营口-节选.txt"
    text = YINGKOU.read_text(encoding="utf-8")
    part.write_text(text[: len(text) // 3], encoding="utf-8")
    store = PlanStore(tmp_path / "kg")
    first = build([part], store)[0]
    assert first.status == "built" and 0 < first.tasks < 74
    second = build([YINGKOU], store)[0]
    assert second.status == "built" and second.same_as == part.name
    assert "which is kept as another manifestation" in second.line()
    assert second.warnings[0].startswith("task only in this file: ")
    assert _rows(store) == expected_tasks("yingkou")
    del store  # (the command opens the store itself)
    gc.collect()
    res = CliRunner().invoke(cli, ["build", "--force", str(part), "--store", str(tmp_path / "kg")])
    assert res.exit_code == 0, res.output
    assert f"= {part.name}: same plan as {YINGKOU.name} (" in res.output
    assert "0 built, 1 recorded as another file of a plan, 0 unchanged, 0 failed" in res.output
    assert _rows(PlanStore(tmp_path / "kg")) == expected_tasks("yingkou")


def test_removing_the_file_that_supplies_a_plans_tasks_says_which_files_to_build_again(tmp_path):
    from policykg.build.removal import remove

    copy = tmp_path / (YINGKOU.stem + "(1).txt")  # (a longer name: the original supplies)
    shutil.copy(YINGKOU, copy)
    store = PlanStore(tmp_path / "kg")
    build([YINGKOU, copy], store)
    [r] = remove(store, [str(YINGKOU)])
    assert r.orphans == [copy.name] and "build it again (policykg build --force FILE)" in r.line()
    assert f"= {copy.name}: the file that supplied its plan's tasks was removed" in store_stats(store)
    assert build([copy], store, force=True)[0].status == "built"
    assert _rows(store) == expected_tasks("yingkou")


def test_which_file_supplies_the_tasks_does_not_depend_on_the_build_order(tmp_path):
    a, b, pdf = tmp_path / "a-营口.txt", tmp_path / "b-营口.txt", tmp_path / "营口.pdf"
    shutil.copy(YINGKOU, a)
    shutil.copy(YINGKOU, b)
    shutil.copy(PDF_DIR / (YINGKOU.stem + ".pdf"), pdf)
    dumps = []
    for order, name in (([pdf, b, a], "pba"), ([a, b, pdf], "abp")):
        store = PlanStore(tmp_path / name)
        build(order, store)
        store.dump(tmp_path / f"{name}.nq")
        dumps.append(sorted((tmp_path / f"{name}.nq").read_text(encoding="utf-8").splitlines()))
        assert _rows(store) == expected_tasks("yingkou")
    assert dumps[0] == dumps[1]
