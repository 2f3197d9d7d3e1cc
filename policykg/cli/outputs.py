"""Commands that write files for people and other tools: exports (tasks, department lists,
matrix, alignments, graph), interactive views and network analytics. Heavy modules are imported
inside the commands so that ``policykg --help`` stays instant."""

from __future__ import annotations

from pathlib import Path

import click

from .common import STORE_HELP, endpoint_option, open_source, output as _out


@click.group()
def export():
    """Export data from the store: tasks (also per department, xlsx), the responsibility
    matrix, alignments across plan levels, the network for Gephi, and the RDF itself.

    \b
    Examples:
      policykg export tasks -o tasks.csv
      policykg export tasks --by-department --format xlsx -o 部门任务清单.xlsx
      policykg export alignments -o alignments.csv
      policykg export rdf -o policykg.nq
    """


@export.command("tasks")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "md", "xlsx"]), default="csv", show_default=True)
@click.option("--department", help="Only tasks owned (lead or co) by a department whose name contains this.")
@click.option("--by-department", is_flag=True,
              help="One task list per agency: xlsx = one sheet each, csv = one file each in the -o directory, md = one section each.")
@click.option("-o", "--output", help="Output file (a directory for --by-department --format csv; default: standard output).")
@click.option("--all-versions", is_flag=True,
              help="Also the tasks of earlier versions of a plan (columns version and current added).")
@endpoint_option
def export_tasks(store_path, fmt, department, by_department, output, all_versions, endpoint):
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
      policykg export tasks --department 省人力资源社会保障厅 --format md
      policykg export tasks --by-department --format xlsx -o 部门任务清单.xlsx
      policykg export tasks --by-department --format csv -o 部门任务清单/
      policykg export tasks --endpoint http://127.0.0.1:7878/query -o tasks.csv
      policykg export tasks --all-versions -o 各版本任务.csv
    """
    store = open_source(store_path, endpoint)
    if by_department:
        from ..export.publish import write_department_lists

        if fmt not in ("xlsx", "csv", "md"):
            raise click.UsageError("--by-department writes xlsx, csv or md")
        if fmt in ("xlsx", "csv") and not output:
            raise click.UsageError(f"--by-department --format {fmt} needs -o ({'a file' if fmt == 'xlsx' else 'a directory'})")
        n = write_department_lists(store, fmt, output, department)
        click.echo(f"{n} agencies → {output or 'standard output'}", err=True)
        return
    from ..export.tables import EXTRA_COLUMNS, TASK_COLUMNS, VERSION_COLUMNS, task_rows, write_rows

    rows = task_rows(store, department, all_versions)
    columns = TASK_COLUMNS + EXTRA_COLUMNS + (VERSION_COLUMNS if all_versions else [])
    if fmt == "xlsx":
        from ..export.publish import write_task_sheet

        if not output:
            raise click.UsageError("--format xlsx needs -o FILE.xlsx")
        write_task_sheet(rows, columns, Path(output))
    else:
        with _out(output) as out:
            write_rows(rows, columns, fmt, out)
    if output:
        click.echo(f"{len(rows)} tasks → {output}", err=True)


@export.command("matrix")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv"]), default="xlsx", show_default=True)
@click.option("-o", "--output", required=True, help="Output file.")
@endpoint_option
def export_matrix(store_path, fmt, output, endpoint):
    """Export the responsibility matrix: tasks × agencies, cells 牵头 / 配合 / 推定牵头.

    \b
    Examples:
      policykg export matrix -o 责任矩阵.xlsx
      policykg export matrix --format csv -o matrix.csv
    """
    from ..export.publish import write_matrix

    rows, cols = write_matrix(open_source(store_path, endpoint), fmt, Path(output))
    click.echo(f"{rows} tasks × {cols} agencies → {output}", err=True)


@export.command("graph")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]), default="graphml", show_default=True)
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

    nodes, edges = write_graph(open_source(store_path, endpoint), fmt, Path(output), collaboration)
    click.echo(f"{nodes} nodes, {edges} edges → {output}", err=True)


@export.command("rdf")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig"]), default="nquads", show_default=True)
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

    store = open_store(store_path, read_only=True)
    n = store.dump(Path(output), fmt)
    click.echo(f"{n} quads → {output}", err=True)


@export.command("alignments")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "md"]), default="csv", show_default=True)
@click.option("-o", "--output", help="Output file (default: standard output).")
@endpoint_option
def export_alignments(store_path, fmt, output, endpoint):
    """Export which higher-level task each lower-level task carries out.

    Columns: plan, task, lead, parent_plan, parent_task, parent_lead, score. Leads are
    canonical agency names; an inferred owner is marked （推定）. Only tasks of plans whose
    parent plan is in the store are aligned; see `policykg query unaligned-tasks` for the rest.

    \b
    Examples:
      policykg export alignments -o alignments.csv
      policykg export alignments --format md
    """
    from ..export.tables import ALIGNMENT_COLUMNS, alignment_rows, write_rows

    rows = alignment_rows(open_source(store_path, endpoint))
    with _out(output) as out:
        write_rows(rows, ALIGNMENT_COLUMNS, fmt, out)
    if output:
        click.echo(f"{len(rows)} alignments → {output}", err=True)


@click.command()
@click.argument("view", type=click.Choice(["departments", "plans", "trace", "department"]))
@click.argument("name", required=False)
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--plan", help="departments: only tasks of plans whose title contains this.")
@click.option("-o", "--output", help="HTML file to write (default: policykg-VIEW.html).")
def viz(view, name, store_path, plan, output):
    """Write an interactive graph view as one self-contained HTML file (works offline).

    \b
    Views:
      departments        agencies and their tasks (lead solid, co dashed), by sector / plan
      plans              the plan hierarchy, national → provincial → municipal → metropolitan
      trace KEYWORD      one commitment across levels: tasks, owners, what they carry out
      department NAME    one agency's tasks, co-owners and plans

    \b
    Examples:
      policykg viz departments --plan 营口 -o 营口.html
      policykg viz plans
      policykg viz trace 劳务品牌 -o trace.html
      policykg viz department 市人社局
    """
    from ..viz.build import make_view

    if view in ("trace", "department") and not name:
        raise click.UsageError(f"viz {view} needs a {'keyword' if view == 'trace' else 'department name'}")
    path = Path(output or f"policykg-{view}.html")
    nodes, edges = make_view(open_source(store_path, None), view, name, plan, path)
    if nodes == 0:
        raise click.ClickException(f"nothing to draw for {view} {name or ''}".strip())
    click.echo(f"{nodes} nodes, {edges} edges → {path}", err=True)


@click.command()
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True)
@click.option("--top", type=int, default=0, help="Only the N busiest agencies (0: all).")
@click.option("-o", "--output", help="Output file (default: standard output).")
def analyze(store_path, fmt, top, output):
    """Agency workload and collaboration: tasks led, co-owned and inferred, plans involved,
    collaborators (agencies sharing a task), shared tasks, degree and betweenness centrality.

    \b
    Examples:
      policykg analyze --top 10
      policykg analyze --format csv -o workload.csv
    """
    from ..export.tables import write_rows
    from ..export.network import WORKLOAD_COLUMNS, collaboration_graph, workload

    g = collaboration_graph(open_source(store_path, None))
    rows = workload(g)[: top or None]
    with _out(output) as out:
        if fmt == "table":
            out.write(f"{len(g)} agencies, {g.number_of_edges()} collaboration links\n\n")
        write_rows(rows, WORKLOAD_COLUMNS, fmt, out)
