"""Department task lists, the responsibility matrix, the network files and the workload table,
read back with openpyxl / pandas / networkx and checked against the hand-checked task lists."""

from datetime import datetime

import networkx as nx
import openpyxl
import pandas as pd
from click.testing import CliRunner

from policykg.cli.main import cli
from policykg.export.network import collaboration_graph, workload
from tests.conftest import expected_tasks


def _run(*args):
    res = CliRunner().invoke(cli, list(args))
    assert res.exit_code == 0, res.output
    return res


def _counts(name: str, agency_written: str) -> tuple[int, int]:
    """(led, co-owned) of an agency in a seed, from the hand-checked expectations."""
    rows = expected_tasks(name)
    led = sum(1 for *_, lead, co in rows if agency_written in lead.split("、"))
    co = sum(1 for *_, lead, co in rows if agency_written in co.split("、"))
    return led, co


def test_department_workbook(tmp_path, built_store):
    out = tmp_path / "部门任务清单.xlsx"
    _run("export", "tasks", "--store", str(built_store.path), "--by-department", "--format", "xlsx", "-o", str(out))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "汇总" and len(wb.sheetnames) == len(set(wb.sheetnames)) == 1 + 40
    assert all(len(n) <= 31 for n in wb.sheetnames)
    # by level, then area in GB/T 2260 order: Liaoning (21) before Sichuan (51), provinces before cities
    order = wb.sheetnames.index
    assert order("辽宁省人力资源和社会保障厅") < order("四川省人民政府") < order("营口市人力资源和社会保障局")
    ws = wb["营口市人力资源和社会保障局"]
    assert [c.value for c in ws[1]] == ["序号", "任务", "任务描述", "角色", "牵头单位", "配合单位", "目标", "完成时限",
                                        "截止日期", "专栏/章节", "规划", "层级", "来源:行", "进展情况", "备注"]
    assert ws.freeze_panes == "C2" and ws.auto_filter.ref == f"A1:O{ws.max_row}"
    assert (ws.page_setup.orientation, ws.page_setup.paperSize, ws.print_title_rows) == ("landscape", 9, "$1:$1")
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    roles = [row[3] for row in rows]
    assert (roles.count("牵头"), roles.count("配合")) == _counts("yingkou", "市人社局") == (51, 2)
    # Yingkou line 254: 1. 发现培育劳务品牌计划(市人社局), its description on line 256
    assert rows[0][:6] == (1, "发现培育劳务品牌计划", rows[0][2], "牵头", "营口市人力资源和社会保障局", None)
    assert rows[0][2].startswith("宣传发动") and rows[0][9:13] == (
        "专栏2 实施劳务品牌促就业计划", "营口市“十四五”就业和社会保障发展规划", "市级", "yingkou-employment-social-security-plan.txt:254")
    # line 280: 每年…开发1万个就业岗位,举办…专场招聘会3场,组织人岗对接活动40场; no deadline in a 十四五 plan:
    # due by the period's end, a date cell Excel sorts and filters as a date
    graduates = next(r for r in rows if r[1] == "实施高校毕业生就业创业促进计划")
    assert graduates[6:9] == ("1万个；3场；40场", None, datetime(2025, 12, 31))
    # line 645: 2.提升儿童福利服务能力(市民政局、市人社局): co-owned, so who leads it is on the row
    child = next(r for r in rows if r[1] == "提升儿童福利服务能力")
    assert child[3:6] == ("配合", "营口市民政局", "营口市人力资源和社会保障局")
    sichuan = [row[3] for row in wb["四川省人民政府"].iter_rows(min_row=2, values_only=True)]
    assert sichuan == ["推定牵头"] * 48
    summary = {r[0]: r for r in wb["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["营口市人力资源和社会保障局"][1:] == ("市级", "营口市", 51, 2, 0, 53, 1)
    assert summary["四川省人民政府"][3:7] == (0, 0, 48, 48)
    assert wb["汇总"]["A2"].hyperlink.location == f"'{wb['汇总']['A2'].value}'!A1"
    assert len(wb["汇总"]._charts) == 1


def test_department_csv_files_open_in_excel(tmp_path, built_store):
    folder = tmp_path / "lists"
    _run("export", "tasks", "--store", str(built_store.path), "--by-department", "--format", "csv", "-o", str(folder))
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 1 + 40 and "辽宁省财政厅.csv" in files and "汇总.csv" in files
    raw = (folder / "辽宁省财政厅.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel in a Chinese locale reads it right
    df = pd.read_csv(folder / "辽宁省财政厅.csv", encoding="utf-8-sig")
    assert (list(df["角色"]).count("牵头"), list(df["角色"]).count("配合")) == _counts("liaoning", "省财政厅")


def test_responsibility_matrix(tmp_path, built_store):
    out = tmp_path / "matrix.xlsx"
    _run("export", "matrix", "--store", str(built_store.path), "-o", str(out))
    df = pd.read_excel(out, sheet_name="责任矩阵")
    df = df.astype(object).where(df.notna(), "")
    assert df.shape == (192 + 3, 4 + 40 + 1) and df.columns[-1] == "合计"
    tasks, totals = df.iloc[:192], df.iloc[192:].set_index("任务")
    row = tasks[(tasks["任务"] == "强化资金支持") & (tasks["规划"] == "辽宁省“十四五”就业和社会保障发展规划")].iloc[0]
    assert row["辽宁省财政厅"] == "牵头" and row["中国人民银行沈阳分行"] == "配合" and row["营口市财政局"] == ""
    assert row["合计"] == sum(1 for v in row.iloc[4:-1] if v)
    led, co = _counts("liaoning", "省财政厅")
    assert (totals.loc["合计：牵头", "辽宁省财政厅"], totals.loc["合计：配合", "辽宁省财政厅"]) == (led, co)
    assert totals.loc["合计：推定牵头", "四川省人民政府"] == 48
    ws = openpyxl.load_workbook(out)["责任矩阵"]
    assert ws.freeze_panes == "E2"  # 规划 专栏 任务 来源 stay in view while scrolling across agencies
    fills = {c.value: c.fill.fgColor.rgb for r in ws.iter_rows(min_row=2, max_row=193, min_col=5) for c in r if c.value in ("牵头", "配合")}
    assert fills["牵头"] != fills["配合"] and fills["牵头"].endswith("E69F00")


def test_graph_files_for_gephi(tmp_path, built_store):
    _run("export", "graph", "--store", str(built_store.path), "--format", "gexf", "-o", str(tmp_path / "g.gexf"))
    g = nx.read_gexf(tmp_path / "g.gexf")
    kinds = [d["kind"] for _, d in g.nodes(data=True)]
    assert (kinds.count("plan"), kinds.count("task"), kinds.count("agency")) == (3, 192, 40)
    # every node can be coloured in Gephi by level, region and sector
    assert all({"level", "region", "sector"} <= set(d) for _, d in g.nodes(data=True))
    hrss = g.nodes["agency:营口市人力资源和社会保障局"]
    assert (hrss["level"], hrss["region"], hrss["agency_kind"]) == ("市级", "营口市", "department")
    task = next(d for _, d in g.nodes(data=True) if d.get("label") == "发现培育劳务品牌计划")
    assert (task["level"], task["region"], task["sector"]) == ("市级", "营口市", hrss["sector"]) and hrss["sector"]
    _run("export", "graph", "--store", str(built_store.path), "--collaboration", "-o", str(tmp_path / "c.graphml"))
    c = nx.read_graphml(tmp_path / "c.graphml")
    assert len(c) == 40


def test_workload_and_collaboration(built_store):
    g = collaboration_graph(built_store)
    rows = {r["agency"]: r for r in workload(g)}
    yk = rows["营口市人力资源和社会保障局"]
    assert (yk["led"], yk["co_owned"]) == _counts("yingkou", "市人社局")
    # 强化资金支持 (Liaoning 专栏4-3): 省财政厅 leads, 省农业农村厅、省金融监管局、人民银行沈阳分行 co-own
    assert g.has_edge("辽宁省财政厅", "中国人民银行沈阳分行")
    assert rows["四川省人民政府"]["inferred"] == 48 and rows["四川省人民政府"]["collaborators"] == 0
    res = _run("analyze", "--store", str(built_store.path), "--format", "csv", "--top", "2")
    assert res.output.splitlines()[0] == "agency,led,co_owned,inferred,plans,collaborators,shared_tasks,degree_centrality,betweenness"
    assert res.output.splitlines()[1].startswith("营口市人力资源和社会保障局,51,2,0,1,")


def test_workbooks_are_byte_identical_across_runs(tmp_path):
    """Deterministic exports: the same frames written twice, a second apart, give the same bytes
    (openpyxl would stamp the save time), and the file still opens."""
    import time

    import openpyxl
    import pandas as pd

    from policykg.export.workbook import write_xlsx

    frames = {"营口市人力资源和社会保障局": pd.DataFrame({"序号": [1], "任务": ["发现培育劳务品牌计划"]})}
    write_xlsx(frames, tmp_path / "a.xlsx")
    time.sleep(1.1)
    write_xlsx(frames, tmp_path / "b.xlsx")
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    assert openpyxl.load_workbook(tmp_path / "b.xlsx").active["B2"].value == "发现培育劳务品牌计划"
