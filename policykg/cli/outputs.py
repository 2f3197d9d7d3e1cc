"""Commands that write files for people and other tools: exports (tasks, department lists,
matrix, alignments, graph), interactive views and network analytics. Heavy modules are imported
inside the commands so that ``policykg --help`` stays instant."""

from __future__ import annotations

from pathlib import Path

import click

from .common import (STORE_HELP, area_option, bom_option, endpoint_option, file_bom, open_source, output as _out,
                     output_format, resolve_agency, say_written)
from .jsonout import json_format, json_option


@click.group()
def export():
    """Export data from the store: tasks (also per department, xlsx), the responsibility
    matrix, alignments across plan levels, indicator values, targets and deadlines, the network
    for Gephi, and the RDF itself.

    \b
    Examples:
      policykg export tasks -o tasks.csv
      policykg export tasks --by-department --format xlsx -o 部门任务清单.xlsx
      policykg export alignments -o alignments.csv
      policykg export indicators -o 指标.xlsx
      policykg export targets -o 目标与时限.xlsx
      policykg export rdf -o policykg.nq
    """


@export.command("tasks")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "md", "xlsx"]),
              help="Output format (default: from the -o file's suffix, else csv).")
@click.option("--department", help="Only the tasks one agency owns (lead or co): its official name, a spelling, an abbreviation (see --area).")
@area_option
@click.option("--by-department", is_flag=True,
              help="One task list per agency: xlsx = one sheet each, csv = one file each in the -o directory, md = one section each.")
@click.option("-o", "--output", help="Output file (a directory for --by-department --format csv; default: standard output).")
@click.option("--all-versions", is_flag=True,
              help="Also the tasks of earlier versions of a plan (columns version and current added).")
@bom_option
@endpoint_option
def export_tasks(store_path, fmt, department, area, by_department, output, all_versions, bom, endpoint):
    """Export the task list: one row per task with its lead and co-departments.

    \b
    Columns (in this order): plan, source, level, box_no, box_title, item_no, task,
    lead, co_departments, owner_inferred, line; then section, deadline, lead_canonical,
    co_canonical, lead_sector. owner_inferred holds the issuing body when the document
    names no department; the *_canonical columns give official names (市人社局 →
    营口市人力资源和社会保障局). Only current versions of plans, unless --all-versions.

    With --by-department, each agency (canonical name) gets its own list with Chinese
    headers 序号 任务 角色 专栏 规划 层级 来源 完成时限, ready for a supervision office.

    \b
    Examples:
      policykg export tasks -o tasks.csv
      policykg export tasks --department 省人社厅 --area 辽宁 --format md
      policykg export tasks --by-department --format xlsx -o 部门任务清单.xlsx
      policykg export tasks --by-department --format csv -o 部门任务清单/
      policykg export tasks --endpoint http://127.0.0.1:7878/query -o tasks.csv
      policykg export tasks --all-versions -o 各版本任务.csv
    """
    fmt = output_format(fmt, output, ("csv", "jsonl", "md", "xlsx"), "csv")
    store = open_source(store_path, endpoint)
    if department:
        department = resolve_agency(store, department, area)
    if by_department:
        from ..export.publish import write_department_lists

        if fmt not in ("xlsx", "csv", "md"):
            raise click.UsageError("--by-department writes xlsx, csv or md")
        if fmt in ("xlsx", "csv") and not output:
            raise click.UsageError(f"--by-department --format {fmt} needs -o ({'a file' if fmt == 'xlsx' else 'a directory'})")
        n = write_department_lists(store, fmt, output, department, bom)
        click.echo(f"{n} agencies → {output or 'standard output'}" + ("" if n else " (no agency owns a task: nothing written)"), err=True)
        return
    from ..export.tables import EXTRA_COLUMNS, TASK_COLUMNS, VERSION_COLUMNS, task_rows

    rows = task_rows(store, department, all_versions)
    columns = TASK_COLUMNS + EXTRA_COLUMNS + (VERSION_COLUMNS if all_versions else [])
    _write_table(rows, columns, fmt, output, bom, "tasks", "任务")


@export.command("matrix")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv"]), help="Output format (default: from the -o file's suffix).")
@click.option("-o", "--output", required=True, help="Output file (.xlsx or .csv).")
@bom_option
@endpoint_option
def export_matrix(store_path, fmt, output, bom, endpoint):
    """Export the responsibility matrix: tasks × agencies, cells 牵头 / 配合 / 推定牵头.

    \b
    Examples:
      policykg export matrix -o 责任矩阵.xlsx
      policykg export matrix --format csv -o matrix.csv
    """
    from ..export.publish import write_matrix

    fmt = output_format(fmt, output, ("xlsx", "csv"), "xlsx")
    rows, cols = write_matrix(open_source(store_path, endpoint), fmt, Path(output), bom)
    click.echo(f"{rows} tasks × {cols} agencies → {output}", err=True)


@export.command("graph")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]), help="Output format (default: from the -o file's suffix, else graphml).")
@click.option("--collaboration", is_flag=True, help="Export the agency collaboration network instead of plans–tasks–agencies.")
@click.option("-o", "--output", required=True, help="Output file.")
@endpoint_option
def export_graph(store_path, fmt, collaboration, output, endpoint):
    """Export the network for Gephi, Cytoscape or yEd.

    By default: plans, tasks and agencies with edges plan→task (part) and agency→task
    (lead / co / inferred). With --collaboration: agencies linked by shared tasks (weight).

    \b
    Examples:
      policykg export graph --format gexf -o policykg.gexf
      policykg export graph --collaboration -o collaboration.graphml
    """
    from ..export.publish import write_graph

    fmt = output_format(fmt, output, ("graphml", "gexf"), "graphml")
    nodes, edges = write_graph(open_source(store_path, endpoint), fmt, Path(output), collaboration)
    click.echo(f"{nodes} nodes, {edges} edges → {output}", err=True)


@export.command("rdf")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig"]), help="Output format (default: from the -o file's suffix, .nq or .trig, else nquads).")
@click.option("-o", "--output", required=True, help="Output file.")
def export_rdf(store_path, fmt, output):
    """Dump the whole store, every named graph, for bulk loading into another triple store
    (QLever, Virtuoso, GraphDB and Fuseki all load N-Quads and TriG).

    \b
    Examples:
      policykg export rdf -o policykg.nq
      policykg export rdf --format trig -o policykg.trig
    """
    from .common import open_store

    fmt = output_format(fmt, output, ("nquads", "trig"), "nquads")
    store = open_store(store_path, read_only=True)
    n = store.dump(Path(output), fmt)
    click.echo(f"{n} quads → {output}", err=True)


@export.command("alignments")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "md"]), help="Output format (default: from the -o file's suffix, else csv).")
@click.option("-o", "--output", help="Output file (default: standard output).")
@bom_option
@endpoint_option
def export_alignments(store_path, fmt, output, bom, endpoint):
    """Export which higher-level task each lower-level task carries out.

    Columns: plan, task, lead, parent_plan, parent_task, parent_lead, score. Leads are
    canonical agency names; an inferred owner is marked （推定）. Only tasks of plans whose
    parent plan is in the store are aligned; see `policykg query unaligned-tasks` for the rest.

    \b
    Examples:
      policykg export alignments -o alignments.csv
      policykg export alignments --format md
    """
    from ..export.tables import ALIGNMENT_COLUMNS, alignment_rows

    fmt = output_format(fmt, output, ("csv", "jsonl", "md"), "csv")
    rows = alignment_rows(open_source(store_path, endpoint))
    _write_table(rows, ALIGNMENT_COLUMNS, fmt, output, bom, "alignments")


def _write_table(rows: list[dict], columns: list[str], fmt: str, output, bom: bool, what: str, sheet: str = "",
                 numbers=(), dates=()) -> None:
    """Rows as text (CSV, JSON, JSONL, Markdown, a table) or as a one-sheet workbook, and the line
    saying how many were written where (``numbers``, ``dates``: columns a workbook types)."""
    if fmt == "xlsx":
        if not output or output == "-":
            raise click.UsageError("--format xlsx needs -o FILE.xlsx")
        from ..export.workbook import write_sheet

        write_sheet(rows, columns, Path(output), sheet, numbers, dates)
    else:
        from ..export.tables import write_rows

        with _out(output) as out:
            write_rows(rows, columns, fmt, out, bom=file_bom(bom, fmt, output))
    say_written(len(rows), what, output)


@export.command("indicators")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonl", "md"]), help="Output format (default: from the -o file's suffix, else csv).")
@click.option("--keyword", default="", help="Only indicators whose name contains this (城镇新增就业).")
@click.option("-o", "--output", help="Output file (default: standard output).")
@bom_option
@endpoint_option
def export_indicators(store_path, fmt, keyword, output, bom, endpoint):
    """Export every value of every 主要指标 table: one row per value.

    Columns: 规划 层级 专栏 类别 序号 指标 单位 属性, the column's header and the cell as
    written (列（原文）, 值（原文）), the number read from it, its comparator (> ≥ < ≤), 约数
    (左右), 累计数 (in the brackets the table's note names), the column's years and type
    (基期, 目标, 完成, 累计, 年均), 来源 and 行.

    \b
    Examples:
      policykg export indicators -o 指标.xlsx
      policykg export indicators --keyword 城镇新增就业 --format md
    """
    from ..export.targets import INDICATOR_COLUMNS, NUMBER_COLUMNS, indicator_rows

    fmt = output_format(fmt, output, ("csv", "xlsx", "jsonl", "md"), "csv")
    rows = indicator_rows(open_source(store_path, endpoint), keyword)
    _write_table(rows, list(INDICATOR_COLUMNS.values()), fmt, output, bom, "indicator values", "指标", NUMBER_COLUMNS)


@export.command("targets")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonl", "md"]), help="Output format (default: from the -o file's suffix, else csv).")
@click.option("--before", default="", metavar="YYYY-MM-DD", help="Only tasks due on or before this day.")
@click.option("-o", "--output", help="Output file (default: standard output).")
@bom_option
@endpoint_option
def export_targets(store_path, fmt, before, output, bom, endpoint):
    """Export every task's targets and deadline: one row per task, in plan order.

    Columns: 规划 任务 牵头单位, 目标（原文） (the numbers its text commits to: 开发就业见习岗位300个
    → 300个), 完成时限（原文） as written, 开始日期 and 截止日期 as a reader gives them
    (2024年6月底前 → 2024-06-30; 年内 → the document's year's end; “十四五”期间 → 2021-01-01 to
    2025-12-31), 时限类型 (截止, 期间, 起始, 长期, 定期), 按规划期推定 (the task names no
    deadline: due by the end of its plan's period), 来源, 行.

    \b
    Examples:
      policykg export targets -o 目标与时限.xlsx
      policykg export targets --before 2025-06-30
      policykg query overdue --param date=2026-12-03     # what is past its deadline
    """
    from datetime import date

    from ..export.targets import DATE_COLUMNS, NUMBER_COLUMNS, TARGET_COLUMNS, target_rows

    if before:
        try:
            date.fromisoformat(before)
        except ValueError:
            raise click.BadParameter(f"'{before}' is not a date written YYYY-MM-DD", param_hint="--before") from None
    fmt = output_format(fmt, output, ("csv", "xlsx", "jsonl", "md"), "csv")
    rows = target_rows(open_source(store_path, endpoint), before)
    _write_table(rows, TARGET_COLUMNS, fmt, output, bom, "tasks", "目标与时限", NUMBER_COLUMNS, DATE_COLUMNS)


@export.command("indicator-levels")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonl", "md"]), help="Output format (default: from the -o file's suffix, else csv).")
@click.option("-o", "--output", help="Output file (default: standard output).")
@bom_option
@endpoint_option
def export_indicator_levels(store_path, fmt, output, bom, endpoint):
    """Export one indicator at two levels: each target a plan sets beside the target its parent
    plan (in the store) sets for the same year, with the lower as a share of the higher.

    Columns: 指标 单位 规划 目标 上级规划 上级目标 年份 比值 来源 行 上级来源 上级行. The same
    indicator is the same name without 其中： and spaces; 比值 only when both are numbers in
    one unit (a city's ≥34 万人 beside its province's 687 万人: 0.0495).

    \b
    Examples:
      policykg export indicator-levels -o 上下级指标.xlsx
    """
    from ..export.targets import LEVEL_COLUMNS, NUMBER_COLUMNS, indicator_levels

    fmt = output_format(fmt, output, ("csv", "xlsx", "jsonl", "md"), "csv")
    rows = indicator_levels(open_source(store_path, endpoint))
    _write_table(rows, LEVEL_COLUMNS, fmt, output, bom, "indicator pairs", "上下级指标", NUMBER_COLUMNS)


@click.command()
@click.argument("view", type=click.Choice(["departments", "plans", "trace", "department"]))
@click.argument("name", required=False)
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--plan", help="departments: only tasks of plans whose title contains this; plans: those plans and the plans above them.")
@click.option("-o", "--output", help="HTML file to write (default: policykg-VIEW.html).")
@area_option
def viz(view, name, store_path, plan, output, area):
    """Write an interactive graph view as one self-contained HTML file (works offline).

    \b
    Views:
      departments        agencies and their tasks (lead solid, co dashed), by sector / plan
      plans              the plan hierarchy, national → provincial → municipal → metropolitan
      trace KEYWORD      one commitment across levels: tasks, owners, what they carry out
      department NAME    one agency's tasks, co-owners and plans (NAME: official name,
                         a spelling or an abbreviation; --area where it is relative)

    \b
    Examples:
      policykg viz departments --plan 营口 -o 营口.html
      policykg viz plans
      policykg viz plans --plan 营口        # Yingkou's plans and every plan above them
      policykg viz trace 劳务品牌 -o trace.html
      policykg viz department 营口市人社局
      policykg viz department 省人社厅 --area 辽宁
    """
    from ..viz.build import make_view

    if view in ("trace", "department") and not name:
        raise click.UsageError(f"viz {view} needs a {'keyword' if view == 'trace' else 'department name'}")
    path = Path(output or f"policykg-{view}.html")
    store = open_source(store_path, None)
    if view == "department":
        name = resolve_agency(store, name, area)
    nodes, edges = make_view(store, view, name, plan, path)
    if nodes == 0:
        raise click.ClickException(f"nothing to draw for {view} {name or ''}".strip())
    click.echo(f"{nodes} nodes, {edges} edges → {path}", err=True)


@click.command()
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
              help="Output format (default: from the -o file's suffix, else table).")
@json_option
@click.option("--top", type=int, default=0, help="Only the N busiest agencies (0: all).")
@click.option("-o", "--output", help="Output file (default: standard output).")
@bom_option
def analyze(store_path, fmt, as_json, top, output, bom):
    """Agency workload and collaboration: tasks led, co-owned and inferred, plans involved,
    collaborators (agencies sharing a task), shared tasks, degree and betweenness centrality.

    \b
    Examples:
      policykg analyze --top 10
      policykg analyze --format csv -o workload.csv
      policykg analyze --json                 # the rows as a JSON array (the same as --format json)
    """
    from ..export.tables import write_rows
    from ..export.network import WORKLOAD_COLUMNS, collaboration_graph, workload

    fmt = output_format(json_format(fmt, as_json), output, ("table", "csv", "json"), "table")
    g = collaboration_graph(open_source(store_path, None))
    rows = workload(g)[: top or None]
    with _out(output) as out:
        if fmt == "table":
            out.write(f"{len(g)} agencies, {g.number_of_edges()} collaboration links\n\n")
        write_rows(rows, WORKLOAD_COLUMNS, fmt, out, bom=file_bom(bom, fmt, output))
