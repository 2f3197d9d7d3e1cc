"""policykg diff (issue 12): a copy of the Yingkou plan with known edits gives exactly those edits."""

import re

import openpyxl
from click.testing import CliRunner

from policykg.cli.main import cli
from policykg.extract.pipeline import extract_file
from policykg.kg.diff import diff_tasks, plan_diff
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
