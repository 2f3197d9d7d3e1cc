"""policykg diff (issue 12): a copy of the Yingkou plan with known edits gives exactly those edits."""

import re

import openpyxl
from click.testing import CliRunner

from policykg.cli.main import cli
from policykg.extract.pipeline import extract_file
from policykg.kg.diff import diff_tasks, plan_diff
from policykg.store.queries import named_queries
from tests.conftest import YINGKOU


def _edited(tmp_path, edit):
    out = tmp_path / "营口-修订.txt"
    out.write_text(edit(YINGKOU.read_text(encoding="utf-8")), encoding="utf-8")
    return out


def _changes(path):
    return [(c.kind, c.task, c.old_task, c.detail) for c in plan_diff(diff_tasks(extract_file(YINGKOU)), diff_tasks(extract_file(path)))]


def test_the_same_plan_has_no_changes():
    assert plan_diff(diff_tasks(extract_file(YINGKOU)), diff_tasks(extract_file(YINGKOU))) == []


def test_a_lead_moved_and_a_task_retitled_are_exactly_the_changes(tmp_path):
    def edit(text):
        text = re.sub(r"([（(])市人社局、市农业农村局", r"\1市民政局、市农业农村局", text, count=1)  # 壮大升级劳务品牌计划
        text = text.replace("发现培育劳务品牌计划", "发现培育特色劳务品牌计划", 1)
        return text
    changes = _changes(_edited(tmp_path, edit))
    assert ("牵头变更", "壮大升级劳务品牌计划", "", "市人社局 → 市民政局") in changes
    assert ("改名", "发现培育特色劳务品牌计划", "发现培育劳务品牌计划", "") in changes
    assert len(changes) == 2


def test_diff_writes_a_table_a_csv_for_excel_and_a_workbook(tmp_path):
    edited = _edited(tmp_path, lambda t: re.sub(r"([（(])市人社局、市农业农村局", r"\1市民政局、市农业农村局", t, count=1))
    res = CliRunner().invoke(cli, ["diff", str(YINGKOU), str(edited)])
    assert res.exit_code == 0 and "牵头变更" in res.output and "1 change" in res.output
    res = CliRunner().invoke(cli, ["diff", str(YINGKOU), str(edited), "-o", str(tmp_path / "变化.csv")])
    assert (tmp_path / "变化.csv").read_bytes().startswith("\ufeff变化,任务".encode("utf-8"))
    res = CliRunner().invoke(cli, ["diff", str(YINGKOU), str(edited), "-o", str(tmp_path / "变化.xlsx")])
    wb = openpyxl.load_workbook(tmp_path / "变化.xlsx")
    ws = wb.active
    assert wb.sheetnames == ["变化"] and ws.freeze_panes == "A2" and ws.column_dimensions["B"].width == 48
    assert [c.value for c in ws[2]][:4] == ["牵头变更", "壮大升级劳务品牌计划", None, "市人社局 → 市民政局"]
    res = CliRunner().invoke(cli, ["diff", str(YINGKOU), str(tmp_path / "没有.txt")])
    assert res.exit_code == 1 and res.output.strip().endswith("没有.txt: no such file")


def test_two_versions_kept_in_the_store_give_the_same_changes_as_their_files(tmp_path):
    """The copy is a later version (a new 文号): the store keeps both, and a diff read from the
    store finds exactly the edits a diff of the files finds."""
    def edit(text):
        text = text.replace("营政办发〔2022〕20号", "营政办发〔2023〕7号").replace("2022年9月1日", "2023年3月1日")
        text = re.sub(r"([（(])市人社局、市农业农村局", r"\1市民政局、市农业农村局", text, count=1)
        return text.replace("发现培育劳务品牌计划", "发现培育特色劳务品牌计划", 1)
    edited = _edited(tmp_path, edit)
    from policykg.build.documents import build
    from policykg.store.embedded import PlanStore

    store = PlanStore(tmp_path / "kg")
    assert [r.status for r in build([edited, YINGKOU], store)] == ["built", "earlier"]
    del store
    import gc

    gc.collect()
    runner = CliRunner()
    from_files = runner.invoke(cli, ["diff", str(YINGKOU), str(edited), "--format", "csv"])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    import os

    os.chdir(elsewhere)  # no such files here: both are looked up in the store
    try:
        from_store = runner.invoke(cli, ["diff", YINGKOU.name, edited.name, "--store", str(tmp_path / "kg"), "--format", "csv"])
    finally:
        os.chdir(tmp_path)
    assert from_store.exit_code == 0, from_store.output
    assert from_store.stdout == from_files.stdout
    assert [line.split(",")[0] for line in from_store.stdout.splitlines()[1:]] == ["改名", "牵头变更"]
    # the named query, inside the store, matches by exact title: the retitled task is dropped and added
    store = PlanStore(tmp_path / "kg", read_only=True)
    res = store.select(named_queries()["plan-changes"].text, {"old": YINGKOU.name, "new": edited.name})
    rows = [dict(zip(res.columns, row)) for row in res.rows]
    assert [(r["change"], r["task"], r["old_lead"], r["new_lead"]) for r in rows] == [
        ("删除", "发现培育劳务品牌计划", "市人社局", ""), ("新增", "发现培育特色劳务品牌计划", "", "市人社局"),
        ("牵头变更", "壮大升级劳务品牌计划", "市人社局", "市民政局")]
