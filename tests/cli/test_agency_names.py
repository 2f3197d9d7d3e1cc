"""Issue 15, "Finding an agency": every command that takes an agency resolves what a user types
(official name, a spelling plans use, an abbreviation, a name relative to an area) to one
agency; several → a numbered list and exit 2; none → "did you mean" and exit 1. The names
below are read from the bundled plans (Liaoning writes 省人力资源社会保障厅, Yingkou 市人社局)."""

import csv
import io

import pytest
from click.testing import CliRunner

from policykg.cli.main import cli

LIAONING_HRSS, YINGKOU_HRSS = "辽宁省人力资源和社会保障厅", "营口市人力资源和社会保障局"


def run(store, *args):
    return CliRunner().invoke(cli, [*args, "--store", str(store.path)])


def dept_tasks(store, name, *extra):
    res = run(store, "query", "department-tasks", "--param", f"dept={name}", "--format", "csv", *extra)
    return res, list(csv.DictReader(io.StringIO(res.output))) if res.exit_code == 0 else []


@pytest.mark.parametrize("name", [LIAONING_HRSS, "省人力资源社会保障厅", "省人社厅", "辽宁人社厅"])
def test_every_spelling_of_liaonings_hrss_gives_its_tasks(built_store, name):
    res, rows = dept_tasks(built_store, name)
    assert res.exit_code == 0, res.output
    assert {r["dept"] for r in rows} == {LIAONING_HRSS}
    # Liaoning 专栏2 item 1: 劳务品牌发现培育计划（省人力资源社会保障厅）
    assert ("Lead", "2", "1", "劳务品牌发现培育计划") in {(r["role"], r["box_no"], r["item_no"], r["task"]) for r in rows}
    assert not any(r["source"].startswith("yingkou") for r in rows)


def test_a_citys_spelling_and_an_abbreviation_in_an_area(built_store):
    for name, extra in [("市人社局", ()), ("营口人社局", ()), ("人社", ("--area", "营口"))]:
        res, rows = dept_tasks(built_store, name, *extra)
        assert res.exit_code == 0, res.output
        assert {r["dept"] for r in rows} == {YINGKOU_HRSS}
        # Yingkou 专栏2 item 1: 发现培育劳务品牌计划（市人社局）
        assert ("Lead", "发现培育劳务品牌计划") in {(r["role"], r["task"]) for r in rows}


def test_an_abbreviation_of_several_agencies_lists_them_and_exits_2(built_store):
    for args in [("query", "department-tasks", "--param", "dept=人社"), ("export", "tasks", "--department", "人社"),
                 ("viz", "department", "人社")]:
        res = run(built_store, *args)
        assert res.exit_code == 2, (args, res.output)
        assert "人社 matches" in res.output and "--area" in res.output
        assert f". {LIAONING_HRSS}\n" in res.output and f". {YINGKOU_HRSS}\n" in res.output
        assert "  1. " in res.output and "Traceback" not in res.output


def test_no_match_says_did_you_mean_and_exits_1(built_store):
    for args in [("query", "department-tasks", "--param", "dept=人社局x"), ("export", "tasks", "--department", "人社局x"),
                 ("viz", "department", "人社局x")]:
        res = run(built_store, *args)
        assert res.exit_code == 1, (args, res.output)
        assert res.output.startswith("Error: no agency matches 人社局x; did you mean ")
        assert YINGKOU_HRSS in res.output and len(res.output.strip().splitlines()) == 1


def test_export_and_view_of_one_agency_take_its_abbreviation(built_store, tmp_path):
    res = run(built_store, "export", "tasks", "--department", "省残联", "--format", "csv")
    assert res.exit_code == 0, res.output
    # Liaoning: 扶持残疾人就业创业 is co-owned by 省残联; Yingkou's 市残联 is another agency
    assert [r["task"] for r in csv.DictReader(io.StringIO(res.output))] == ["扶持残疾人就业创业"]
    out = tmp_path / "v.html"
    res = run(built_store, "viz", "department", "省人社厅", "--area", "辽宁", "-o", str(out))
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "劳务品牌发现培育计划" in page  # its task (Liaoning 专栏2 item 1), and not Yingkou's of that name
    assert "发现培育劳务品牌计划" not in page
