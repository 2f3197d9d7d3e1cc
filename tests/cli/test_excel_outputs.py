"""Issue 15, "Excel": the format follows the -o file's suffix unless --format says otherwise,
every CSV file starts with a BOM (--no-bom to omit), and an empty selection writes a valid file
with its header and says so: never a traceback."""

import csv

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from policykg.cli.main import cli


def run(store, *args):
    return CliRunner().invoke(cli, [*args, "--store", str(store.path)])


@pytest.mark.parametrize("args", [("export", "tasks"), ("export", "alignments"), ("query", "plan-hierarchy"),
                                  ("export", "matrix"), ("analyze",)])
def test_every_csv_file_starts_with_a_bom_unless_told(built_store, tmp_path, args):
    out = tmp_path / "x.csv"
    res = run(built_store, *args, "-o", str(out))
    assert res.exit_code == 0, res.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and b"," in out.read_bytes()
    res = run(built_store, *args, "-o", str(out), "--no-bom")
    assert res.exit_code == 0, res.output
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_suffix_of_the_output_file_says_the_format(built_store, tmp_path):
    res = run(built_store, "export", "tasks", "-o", str(tmp_path / "tasks.xlsx"))
    assert res.exit_code == 0, res.output
    sheet = openpyxl.load_workbook(tmp_path / "tasks.xlsx").active
    assert sheet["A1"].value == "plan" and sheet.max_row == 1 + 192  # (the five bundled plans' tasks)
    res = run(built_store, "export", "tasks", "-o", str(tmp_path / "tasks.md"))
    assert res.exit_code == 0 and (tmp_path / "tasks.md").read_text(encoding="utf-8").startswith("| plan |")
    res = run(built_store, "export", "matrix", "-o", str(tmp_path / "m.csv"))
    assert res.exit_code == 0 and (tmp_path / "m.csv").read_text(encoding="utf-8-sig").startswith("规划,专栏,任务,来源,")
    res = run(built_store, "export", "graph", "-o", str(tmp_path / "g.gexf"))
    assert res.exit_code == 0 and "<gexf" in (tmp_path / "g.gexf").read_text(encoding="utf-8")
    res = run(built_store, "query", "plan-hierarchy", "-o", str(tmp_path / "h.json"))
    assert res.exit_code == 0 and (tmp_path / "h.json").read_text(encoding="utf-8").lstrip().startswith("[")
    # --format still says otherwise
    res = run(built_store, "export", "tasks", "--format", "jsonl", "-o", str(tmp_path / "tasks.txt"))
    assert res.exit_code == 0 and (tmp_path / "tasks.txt").read_text(encoding="utf-8").startswith('{"plan"')


def test_a_suffix_the_command_cannot_write_is_one_line(built_store, tmp_path):
    res = run(built_store, "export", "tasks", "-o", str(tmp_path / "tasks.docx"))
    assert res.exit_code == 2 and "cannot write .docx files here" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "tasks.docx").exists()


def test_an_empty_selection_writes_a_valid_empty_file_and_says_so(tmp_path):
    """A plan whose only owner is inferred (no named department): an agency that owns nothing
    named selects no task; the workbook, CSV and department lists are still valid files."""
    (tmp_path / "p.txt").write_text("某市就业促进工作方案\n\n一、加强就业服务\n（一）开展专项招聘活动。\n", encoding="utf-8")
    store = tmp_path / "kg"
    r = CliRunner()
    assert r.invoke(cli, ["build", str(tmp_path / "p.txt"), "--store", str(store)]).exit_code == 0
    for name, read in [("t.xlsx", lambda p: pd.read_excel(p)), ("t.csv", lambda p: pd.read_csv(p, encoding="utf-8-sig"))]:
        res = r.invoke(cli, ["export", "tasks", "--store", str(store), "-o", str(tmp_path / name)])
        assert res.exit_code == 0, res.output
        assert "0 tasks → " in res.output and "nothing matched" in res.output
        df = read(tmp_path / name)
        assert list(df.columns)[:3] == ["plan", "source", "level"]
    res = r.invoke(cli, ["export", "alignments", "--store", str(store), "-o", str(tmp_path / "a.csv")])
    assert res.exit_code == 0 and "0 alignments" in res.output and "nothing matched" in res.output
    assert list(csv.reader(open(tmp_path / "a.csv", encoding="utf-8-sig"))) == [
        ["plan", "task", "lead", "parent_plan", "parent_task", "parent_lead", "score"]]
    res = r.invoke(cli, ["export", "tasks", "--by-department", "--store", str(store), "-o", str(tmp_path / "d.xlsx")])
    assert res.exit_code == 0 and "Traceback" not in res.output
    assert openpyxl.load_workbook(tmp_path / "d.xlsx").sheetnames
