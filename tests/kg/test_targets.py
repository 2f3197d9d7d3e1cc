"""Targets and deadlines in the graph and out of it: the seeds' indicator values through the
named query and the export, tasks due by a date and overdue on a date, and a task table's
完成时限 read as dates (滨江's 分工方案, whose cells a reader reads as given below)."""

from datetime import datetime

import pytest
from click.testing import CliRunner

from policykg.build.documents import build
from policykg.cli.main import cli
from policykg.store.embedded import PlanStore, StoreError
from policykg.store.queries import named_queries
from tests.conftest import FIXTURES


def _count(store, name, **params):
    return len(store.select(named_queries()[name].text, params).rows)


def test_every_indicator_value_of_the_seeds_is_in_the_graph(built_store):
    res = built_store.select(named_queries()["indicators"].text, {"keyword": ""})
    assert len(res.rows) == 154  # 72 rows of 4 tables, every value column (tests/fixtures/expected/indicators.psv)
    row = {c: v for c, v in zip(res.columns, next(r for r in res.rows if r[5] == "城镇就业占比" and r[8] == "2025 年"))}
    assert (row["value"], row["number"], row["comparator"], row["period_end"], row["role"]) == (">66.5", "66.5", ">", "2025", "target")


def test_tasks_of_a_fourteenth_five_year_plan_without_deadlines_are_due_at_its_end(built_store):
    """The 192 seed tasks state no deadline; their plans (十四五) end on 2025-12-31: none is
    overdue on that day, all are the next."""
    assert _count(built_store, "overdue", date="2025-12-31") == 0
    assert _count(built_store, "overdue", date="2026-01-01") == 192
    assert _count(built_store, "due-before", date="2025-12-31") == 192
    with pytest.raises(StoreError, match="must be a date written YYYY-MM-DD"):
        _count(built_store, "overdue", date="2025年底")


@pytest.fixture(scope="module")
def binjiang(tmp_path_factory):
    store = PlanStore(tmp_path_factory.mktemp("bj") / "kg")
    assert [r.status for r in build([FIXTURES / "documents" / "binjiang-task-division.docx"], store)] == ["built"]
    return store


def test_a_task_tables_deadlines_read_as_dates(binjiang, tmp_path):
    out = tmp_path / "due.csv"
    result = CliRunner().invoke(cli, ["export", "targets", "--store", str(binjiang.path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [line.split(",") for line in out.read_text(encoding="utf-8-sig").splitlines()[1:]]
    got = {(r[1], r[4], r[5], r[6], r[7]) for r in rows}
    # 滨政办发〔2024〕15号: a plan of 2024 whose title names no period, so nothing is inferred
    assert {("推进零工市场建设", "2024年9月底前", "", "2024-09-30", "截止"),
            ("实施重点产业链岗位开发计划", "2024年12月底前", "", "2024-12-31", "截止"),
            ("建立乡镇（街道）就业服务站点，在社区设立就业服务窗口", "2025年底前", "", "2025-12-31", "截止"),
            ("开展“春风行动”专项招聘", "年内持续推进", "2024-01-01", "2024-12-31", "期间")} <= got
    assert all(r[8] == "" for r in rows)  # none inferred
    import openpyxl

    book = tmp_path / "due.xlsx"
    assert CliRunner().invoke(cli, ["export", "targets", "--store", str(binjiang.path), "-o", str(book)]).exit_code == 0
    ws = openpyxl.load_workbook(book)["目标与时限"]
    due = {r[1]: r[6] for r in ws.iter_rows(min_row=2, values_only=True)}  # 截止日期: date cells
    assert due["推进零工市场建设"] == datetime(2024, 9, 30)


def test_indicators_export_as_a_workbook(built_store, tmp_path):
    import pandas as pd

    out = tmp_path / "指标.xlsx"
    result = CliRunner().invoke(cli, ["export", "indicators", "--store", str(built_store.path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    df = pd.read_excel(out, dtype=str).fillna("")
    assert list(df.columns)[:10] == ["规划", "层级", "专栏", "类别", "序号", "指标", "单位", "属性", "列（原文）", "值（原文）"]
    assert len(df) == 154
    sichuan = df[(df["指标"] == "新增城乡居民基本养老保险基金委托投资金额") & (df["列（原文）"] == "2025年")].iloc[0]
    assert (sichuan["值（原文）"], sichuan["数值"], sichuan["比较"], sichuan["累计数"], sichuan["属性"]) == ("[≥100]", "100", "≥", "是", "预期性")
    import openpyxl

    ws = openpyxl.load_workbook(out)["指标"]  # numbers as number cells Excel sums and sorts, not text
    assert ws["K1"].value == "数值" and {type(c.value) for c in ws["K"][1:] if c.value is not None} <= {int, float}
    assert ws["K2"].value == 45.2 and ws["O2"].value == 2020  # Liaoning row 1, 2020 年: 45.2


def test_a_city_target_beside_its_provinces(built_store, tmp_path):
    """Yingkou applies Liaoning's plan; their 专栏1 tables share indicators. For 2025, 失业保险参保人数:
    Yingkou ≥34 (row 12), Liaoning 687 (row 12), 34/687 = 0.0495; 基本医疗保险参保率 >95 beside 稳定在 95 以上."""
    out = tmp_path / "levels.csv"
    result = CliRunner().invoke(cli, ["export", "indicator-levels", "--store", str(built_store.path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    import csv

    rows = {r["指标"]: r for r in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert len(rows) == 11  # every indicator both tables set a 2025 target for, by name
    r = rows["失业保险参保人数"]
    assert (r["目标"], r["上级目标"], r["年份"], r["比值"], r["行"], r["上级行"]) == ("≥34", "687", "2025", "0.0495", "178", "72")
    assert (rows["基本医疗保险参保率"]["目标"], rows["基本医疗保险参保率"]["上级目标"]) == (">95", "稳定在 95 以上")
    assert rows["脱贫人口务工规模"]["比值"] == ""  # 人 against 万人: no ratio across units
    assert rows["城镇企业职工基本养老保险参保人数"]["规划"] == "营口市“十四五”就业和社会保障发展规划"  # (其中： dropped to match)
