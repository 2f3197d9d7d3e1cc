"""--json: one JSON document on standard output and nothing else, with the counts the human
output gives. The bundled plans: 192 tasks, 144 with a named lead (Liaoning 70 of 70, Yingkou 74
of 74, Sichuan 0 of 48), 40 agencies owning tasks, 65 named in all."""

import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from policykg.cli.main import cli
from tests.conftest import ALL_EXAMPLES, YINGKOU

YK_HRSS = "营口市人力资源和社会保障局"


def run(*args, code=0):
    res = CliRunner().invoke(cli, list(map(str, args)))
    assert res.exit_code == code, res.output
    return res


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    store = tmp_path_factory.mktemp("json") / "kg"
    return json.loads(run("build", *ALL_EXAMPLES, "--store", store, "--json").stdout), store


def test_build_json_reports_each_document_and_totals(built):
    report, store = built
    assert list(report) == ["store", "documents", "removed", "totals", "elapsed_seconds"]
    docs = {d["file"]: d for d in report["documents"]}
    yingkou = docs[YINGKOU.name]
    assert (yingkou["status"], yingkou["title"], yingkou["boxes"], yingkou["tasks"], yingkou["tasks_with_named_lead"]) == (
        "built", "营口市“十四五”就业和社会保障发展规划", 19, 74, 74)
    assert yingkou["citations"] == 12 and yingkou["warnings"] == [] and yingkou["reason"] is None and yingkou["error"] is None
    assert (docs["sichuan-hrss-plan.txt"]["tasks"], docs["sichuan-hrss-plan.txt"]["tasks_with_named_lead"]) == (48, 0)
    assert docs["liaoning-hrss-action-plan-news.txt"]["reason"] == "no 专栏 and no owner statements found"
    assert report["totals"] == {"documents": 5, "built": 5, "same": 0, "earlier": 0, "unchanged": 0, "failed": 0,
                                "tasks": 192, "tasks_with_named_lead": 144}
    assert report["elapsed_seconds"] > 0
    again = json.loads(run("build", *ALL_EXAMPLES, "--store", store, "--json").stdout)
    assert again["totals"]["unchanged"] == 5 and {d["status"] for d in again["documents"]} == {"unchanged"}


def test_build_json_with_a_failure_keeps_exit_1_and_says_why(tmp_path):
    res = run("build", tmp_path / "missing.txt", YINGKOU, "--store", tmp_path / "kg", "--json", code=1)
    report = json.loads(res.stdout)
    failed = [d for d in report["documents"] if d["status"] == "failed"]
    assert [(d["file"], d["error"]) for d in failed] == [("missing.txt", "no such file or directory")]
    assert report["totals"]["failed"] == 1 and report["totals"]["tasks"] == 74
    assert res.stderr.endswith("missing.txt: no such file or directory\n") and res.stderr.count("\n") == 1


def test_stats_json_has_the_counts_stats_prints(built):
    _, store = built
    counts = json.loads(run("stats", "--store", store, "--json").stdout)
    assert {k: counts[k] for k in ("documents", "tasks", "tasks_with_named_lead", "agencies_owning_tasks", "agencies_named")} \
        == {"documents": 5, "tasks": 192, "tasks_with_named_lead": 144, "agencies_owning_tasks": 40, "agencies_named": 65}
    human = run("stats", "--store", store).stdout
    said = re.search(r"tasks: (\d+) \((\d+) with a named lead\)  agencies: (\d+) owning tasks \((\d+) named in all\)  "
                     r"plan-to-plan links: (\d+)  aligned tasks: (\d+)  triples: (\d+)", human).groups()
    assert list(map(int, said)) == [counts[k] for k in ("tasks", "tasks_with_named_lead", "agencies_owning_tasks",
                                                        "agencies_named", "plan_to_plan_links", "aligned_tasks", "triples")]
    per = {d["source"]: d for d in counts["per_document"]}
    assert (per[YINGKOU.name]["boxes"], per[YINGKOU.name]["tasks"], per[YINGKOU.name]["named_lead"]) == (19, 74, 74)
    assert counts["more_files"] == [] and counts["earlier_versions"] == []


def test_analyze_and_query_json_are_their_rows(built):
    _, store = built
    rows = json.loads(run("analyze", "--store", store, "--json").stdout)
    assert len(rows) == 40 and rows[0]["agency"] == YK_HRSS and (rows[0]["led"], rows[0]["co_owned"]) == (51, 2)
    assert json.loads(run("analyze", "--store", store, "--json", "--top", "3").stdout) == rows[:3]
    load = run("query", "department-workload", "--store", store, "--json").stdout
    assert load == run("query", "department-workload", "--store", store, "--format", "json").stdout
    assert len(json.loads(load)) == 40 and json.loads(load)[0]["department"] == YK_HRSS
    mine = json.loads(run("query", "department-tasks", "--param", "dept=营口市人社局", "--store", store, "--json").stdout)
    assert len(mine) == 53 and any("劳务品牌" in r["task"] for r in mine)
    listed = json.loads(run("query", "--list", "--json").stdout)
    assert {"name": "department-tasks"}.items() <= next(q for q in listed if q["name"] == "department-tasks").items()


def test_json_errors_stay_one_line_on_stderr_with_their_exit_codes(tmp_path, built):
    res = run("stats", "--store", tmp_path / "none", "--json", code=1)
    assert res.stdout == "" and res.stderr.strip().count("\n") == 0 and "no store at" in res.stderr
    res = run("query", "department-tasks", "--param", "dept=人社", "--store", built[1], "--json", code=2)
    assert res.stdout == ""
    res = run("query", "plan-hierarchy", "--store", built[1], "--json", "--format", "csv", code=2)
    assert "--json and --format csv" in res.stderr


def test_stats_json_pipes_into_a_json_reader(built):
    _, store = built
    out = subprocess.run([sys.executable, "-m", "policykg", "stats", "--store", str(store), "--json"],
                         capture_output=True, check=True)
    assert json.loads(out.stdout.decode("utf-8"))["tasks"] == 192  # (UTF-8, the whole of standard output)
    assert "营口" in out.stdout.decode("utf-8")  # (not \\u-escaped)
