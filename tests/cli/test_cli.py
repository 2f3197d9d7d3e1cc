"""The command line, run in-process with click's runner."""

import csv
import io
import json

from click.testing import CliRunner

from policykg.cli.main import cli
from tests.conftest import LIAONING, YINGKOU


def test_build_export_query_stats(tmp_path):
    r = CliRunner()
    store = str(tmp_path / "kg")
    res = r.invoke(cli, ["build", str(LIAONING), str(YINGKOU), "--store", store])
    assert res.exit_code == 0, res.output
    assert "✓ yingkou-employment-social-security-plan.txt: 营口市“十四五”就业和社会保障发展规划 — 19 boxes, 74 tasks (74 with a named lead), 12 citations, 0 warnings" in res.output
    res = r.invoke(cli, ["export", "tasks", "--store", store, "--department", "省残联", "--format", "jsonl"])
    assert [json.loads(x)["task"] for x in res.output.splitlines()] == ["扶持残疾人就业创业"]
    res = r.invoke(cli, ["query", "plan-hierarchy", "--store", store, "--format", "csv"])
    rows = list(csv.reader(io.StringIO(res.output)))
    assert rows[0] == ["plan", "parent"]
    assert ["营口市“十四五”就业和社会保障发展规划", "辽宁省“十四五”就业和社会保障发展规划"] in rows
    res = r.invoke(cli, ["query", "department-tasks", "--store", store, "--param", "dept=省乡村振兴局", "--format", "csv"])
    got = [(d["role"], d["box_no"], d["item_no"]) for d in csv.DictReader(io.StringIO(res.output))]
    assert got == [("Co", "3", "4"), ("Co", "6", "8")]
    res = r.invoke(cli, ["query", "department-workload", "--store", store, "--format", "csv"])
    top = next(csv.DictReader(io.StringIO(res.output)))
    assert (top["department"], top["jurisdiction"], top["led"], top["co_owned"]) == ("营口市人力资源和社会保障局", "营口市", "51", "2")
    res = r.invoke(cli, ["stats", "--store", store])
    assert "documents: 2  tasks: 144" in res.output


def test_parameters_are_bound_not_pasted(tmp_path):
    r = CliRunner()
    store = str(tmp_path / "kg")
    r.invoke(cli, ["build", str(YINGKOU), "--store", store])
    hostile = 'x" } } SELECT * WHERE { ?s ?p ?o'
    res = r.invoke(cli, ["query", "commitment-trace", "--store", store, "--param", f"keyword={hostile}", "--format", "csv"])
    assert res.exit_code == 0 and res.output.strip().splitlines() == [
        "keyword,level,plan,box_no,item_no,task,owner,owner_role,carries_out,parent_plan,score,source,line"]
    res = r.invoke(cli, ["query", "department-tasks", "--store", store, "--param", f"dept={hostile}", "--format", "csv"])
    assert res.exit_code == 1 and res.output.startswith(f"Error: no agency matches {hostile}")  # (looked up, as a literal)


def test_failed_file_gives_one_line_and_exit_status_1(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    res = CliRunner().invoke(cli, ["build", str(tmp_path / "bad.txt"), str(YINGKOU), "--store", str(tmp_path / "kg")])
    assert res.exit_code == 1
    assert f"✗ {tmp_path / 'bad.txt'}: binary file, not text (unsupported format)" in res.output
    assert "Traceback" not in res.output


def test_query_errors_are_one_line(tmp_path):
    r = CliRunner()
    res = r.invoke(cli, ["query", "no-such-query", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "unknown query 'no-such-query'" in res.output
    res = r.invoke(cli, ["stats", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "no store at" in res.output


def test_help_shows_examples():
    r = CliRunner()
    for args in ([], ["build"], ["export", "tasks"], ["query"], ["stats"], ["demo"]):
        out = r.invoke(cli, args + ["--help"]).output
        assert "Example" in out, args


def test_demo_writes_exports(tmp_path):
    res = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "demo")])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(open(tmp_path / "demo" / "tasks.csv", encoding="utf-8")))
    assert len(rows) == 192
    assert "营口市“十四五”就业和社会保障发展规划 → 辽宁省“十四五”就业和社会保障发展规划 [in corpus]" in res.output


def test_text_shows_what_was_read_with_the_lines_exports_use():
    from tests.conftest import FIXTURES

    res = CliRunner().invoke(cli, ["text", str(FIXTURES / "documents" / "binjiang-task-list.xlsx"), "--tasks"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0] == "       【工作表：重点任务】"
    assert "    4  1\t稳岗扩岗\t落实失业保险稳岗返还政策\t市人社局\t市财政局、市税务局\t2024年6月底前" in lines
    assert "    4  1 落实失业保险稳岗返还政策  [牵头 市人社局；配合 市财政局、市税务局]" in lines
    res = CliRunner().invoke(cli, ["text", "missing.pdf"])
    assert res.exit_code == 1 and res.output == "Error: missing.pdf: no such file\n"


def test_an_endpoint_that_is_down_and_an_output_that_is_a_folder_end_in_one_line(tmp_path):
    """The command's one error handler: no traceback for an ordinary mistake."""
    import subprocess
    import sys

    runs = [["export", "tasks", "--endpoint", "http://127.0.0.1:9/sparql"]]
    CliRunner().invoke(cli, ["build", str(YINGKOU), "--store", str(tmp_path / "kg")])
    runs += [["export", "tasks", "--store", str(tmp_path / "kg"), "--format", fmt, "-o", str(tmp_path)] for fmt in ("csv", "xlsx")]
    for args in runs:
        done = subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert done.stderr.strip().count("\n") == 0 and done.stderr.startswith("Error: ")
    assert not [p for p in tmp_path.parent.iterdir() if p.name.startswith(f".{tmp_path.name}.")]  # no temporary file left
