"""The ``policykg`` command line. Heavy modules are imported inside commands so that
``policykg --help`` stays instant."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

STORE_HELP = "Store directory (default: $POLICYKG_STORE or ./policykg-store)."


def _store(path: str | None, read_only: bool = False):
    from .store import PlanStore, StoreError, default_store_path

    try:
        return PlanStore(Path(path) if path else default_store_path(), read_only=read_only)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


@contextlib.contextmanager
def _out(path: str | None):
    """Standard output, or a UTF-8 file written in full (no half-written exports)."""
    if path in (None, "-"):
        yield sys.stdout
        return
    from .export import atomic_text

    with atomic_text(Path(path)) as fh:
        yield fh


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykg")
def cli():
    """Turn Chinese government plans into a knowledge graph of who owns which commitment.

    \b
    Examples:
      policykg demo                               # build the bundled examples, write exports
      policykg build plans/ --store kg            # .txt .html .docx .pdf .xlsx .csv under plans/
      policykg text 分工方案.pdf                   # the text PolicyKG reads, with line numbers
      policykg export tasks --store kg -o tasks.csv
      policykg export tasks --department 市人社局 --format md
      policykg query plan-hierarchy --store kg --format csv
      policykg query department-tasks --param dept=省财政厅
      policykg viz trace 劳务品牌 -o trace.html      # interactive, offline HTML
      policykg export tasks --by-department --format xlsx -o 部门任务清单.xlsx
      policykg analyze --top 10
      policykg stats --store kg
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--force", is_flag=True, help="Rebuild documents even when unchanged.")
@click.option("--quiet", "-q", is_flag=True, help="Print failures only.")
def build(paths, store_path, force, quiet):
    """Build the graph from plan documents (files or directories).

    Each document becomes one named graph; rebuilding a changed document replaces only its
    graph, atomically. Unchanged documents are skipped. Exit status 1 if any file failed.

    Reads text (UTF-8, GB18030/GBK), web pages, Word .docx, PDF with a text layer, and
    task tables in .xlsx/.csv; the format is recognised from the content.

    \b
    Examples:
      policykg build 辽宁规划.txt 营口规划.pdf 分工方案.docx 任务清单.xlsx
      policykg build plans/ --store /data/kg
    """
    from .build import build as run_build

    store = _store(store_path)

    def report(s):
        if s.status == "failed":
            click.echo(s.line(), err=True)
        elif not quiet:
            click.echo(s.line())
            for w in s.warnings:
                click.echo(f"    warning: {w}")

    results = run_build(paths, store, force=force, on_done=report, progress=sys.stderr.isatty() and not quiet)
    failed = [r for r in results if r.status == "failed"]
    if not quiet:
        built = sum(r.status == "built" for r in results)
        click.echo(f"{built} built, {sum(r.status == 'unchanged' for r in results)} unchanged, {len(failed)} failed → {store.path}")
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("path", type=click.Path())
@click.option("--tasks", is_flag=True, help="Also list the tasks found, with their owners and lines.")
def text(path, tasks):
    """Print the extracted text of a document, with line numbers.

    Every `line` and character offset in the graph and in exports refers to this text (for a
    spreadsheet, `line` is the row number shown in Excel). Use it to check what was read from a
    PDF, Word file or web page.

    \b
    Examples:
      policykg text 分工方案.pdf | less
      policykg text 任务清单.xlsx --tasks
    """
    from ..extract.formats import read_document
    from ..extract.pipeline import extract_source
    from ..extract.records import ExtractionError

    try:
        src = read_document(Path(path))
        rec = extract_source(src) if tasks else None
    except ExtractionError as err:
        raise click.ClickException(f"{path}: {err}") from None
    labels = src.line_labels
    for no, line in enumerate(src.text.split("\n")[:-1] if src.text.endswith("\n") else src.text.split("\n"), start=1):
        label = labels[no - 1] if labels and no <= len(labels) else no
        click.echo(f"{label or '':>5}  {line}")
    if rec is not None:
        click.echo(f"\n{len(rec.tasks)} tasks ({src.encoding})")
        for t in rec.tasks:
            lead = "、".join(o.written for o in t.lead) or "—"
            co = "、".join(o.written for o in t.co)
            click.echo(f"{t.span.line:>5}  {t.item_no or '·'} {t.title}  [牵头 {lead}" + (f"；配合 {co}" if co else "") + "]")


@cli.group()
def export():
    """Export data from the store: tasks (also per department, xlsx), the responsibility
    matrix, alignments across plan levels, and the network for Gephi."""


@export.command("tasks")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "md", "xlsx"]), default="csv", show_default=True)
@click.option("--department", help="Only tasks owned (lead or co) by a department whose name contains this.")
@click.option("--by-department", is_flag=True,
              help="One task list per agency: xlsx = one sheet each, csv = one file each in the -o directory, md = one section each.")
@click.option("-o", "--output", help="Output file (a directory for --by-department --format csv; default: standard output).")
def export_tasks(store_path, fmt, department, by_department, output):
    """Export the task list: one row per task with its lead and co-departments.

    \b
    Columns (in this order): plan, source, level, box_no, box_title, item_no, task,
    lead, co_departments, owner_inferred, line; then section, deadline, lead_canonical,
    co_canonical, lead_sector. owner_inferred holds the issuing body when the document
    names no department; the *_canonical columns give official names (市人社局 →
    营口市人力资源和社会保障局).

    With --by-department, each agency (canonical name) gets its own list with Chinese
    headers 序号 任务 角色 专栏 规划 层级 来源 完成时限, ready for a supervision office.

    \b
    Examples:
      policykg export tasks -o tasks.csv
      policykg export tasks --department 省人力资源社会保障厅 --format md
      policykg export tasks --by-department --format xlsx -o 部门任务清单.xlsx
      policykg export tasks --by-department --format csv -o 部门任务清单/
    """
    store = _store(store_path, read_only=True)
    if by_department:
        from .publish import write_department_lists

        if fmt not in ("xlsx", "csv", "md"):
            raise click.UsageError("--by-department writes xlsx, csv or md")
        if fmt in ("xlsx", "csv") and not output:
            raise click.UsageError(f"--by-department --format {fmt} needs -o ({'a file' if fmt == 'xlsx' else 'a directory'})")
        n = write_department_lists(store, fmt, output, department)
        click.echo(f"{n} agencies → {output or 'standard output'}", err=True)
        return
    from .export import EXTRA_COLUMNS, TASK_COLUMNS, task_rows, write_rows

    rows = task_rows(store, department)
    if fmt == "xlsx":
        from .publish import write_task_sheet

        if not output:
            raise click.UsageError("--format xlsx needs -o FILE.xlsx")
        write_task_sheet(rows, TASK_COLUMNS + EXTRA_COLUMNS, Path(output))
    else:
        with _out(output) as out:
            write_rows(rows, TASK_COLUMNS + EXTRA_COLUMNS, fmt, out)
    if output:
        click.echo(f"{len(rows)} tasks → {output}", err=True)


@export.command("matrix")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv"]), default="xlsx", show_default=True)
@click.option("-o", "--output", required=True, help="Output file.")
def export_matrix(store_path, fmt, output):
    """Export the responsibility matrix: tasks × agencies, cells 牵头 / 配合 / 推定牵头.

    \b
    Examples:
      policykg export matrix -o 责任矩阵.xlsx
      policykg export matrix --format csv -o matrix.csv
    """
    from .publish import write_matrix

    rows, cols = write_matrix(_store(store_path, read_only=True), fmt, Path(output))
    click.echo(f"{rows} tasks × {cols} agencies → {output}", err=True)


@export.command("graph")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]), default="graphml", show_default=True)
@click.option("--collaboration", is_flag=True, help="Export the agency collaboration network instead of plans–tasks–agencies.")
@click.option("-o", "--output", required=True, help="Output file.")
def export_graph(store_path, fmt, collaboration, output):
    """Export the network for Gephi, Cytoscape or yEd.

    By default: plans, tasks and agencies with edges plan→task (part) and agency→task
    (lead / co / inferred). With --collaboration: agencies linked by shared tasks (weight).

    \b
    Examples:
      policykg export graph --format gexf -o policykg.gexf
      policykg export graph --collaboration -o collaboration.graphml
    """
    from .publish import write_graph

    nodes, edges = write_graph(_store(store_path, read_only=True), fmt, Path(output), collaboration)
    click.echo(f"{nodes} nodes, {edges} edges → {output}", err=True)


@export.command("alignments")
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "md"]), default="csv", show_default=True)
@click.option("-o", "--output", help="Output file (default: standard output).")
def export_alignments(store_path, fmt, output):
    """Export which higher-level task each lower-level task carries out.

    Columns: plan, task, lead, parent_plan, parent_task, parent_lead, score. Leads are
    canonical agency names; an inferred owner is marked （推定）. Only tasks of plans whose
    parent plan is in the store are aligned; see `policykg query unaligned-tasks` for the rest.

    \b
    Examples:
      policykg export alignments -o alignments.csv
      policykg export alignments --format md
    """
    from .export import ALIGNMENT_COLUMNS, alignment_rows, write_rows

    rows = alignment_rows(_store(store_path, read_only=True))
    with _out(output) as out:
        write_rows(rows, ALIGNMENT_COLUMNS, fmt, out)
    if output:
        click.echo(f"{len(rows)} alignments → {output}", err=True)


@cli.command()
@click.argument("query", required=False)
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query variable to a literal.")
@click.option("--list", "list_", is_flag=True, help="List the shipped named queries.")
@click.option("-o", "--output", help="Output file (default: standard output).")
def query(query, store_path, fmt, params, list_, output):
    """Run SPARQL: a shipped query name, a .rq file, or query text.

    Parameters are bound as literals (never pasted into the query text).

    \b
    Examples:
      policykg query --list
      policykg query plan-hierarchy --format csv
      policykg query department-tasks --param dept=市人社局
      policykg query 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?t a pkg:Task } }'
    """
    from .queries import named_queries, resolve_query

    if list_ or not query:
        for name, q in named_queries().items():
            ps = " ".join(f"--param {p}=…" for p in q.params)
            click.echo(f"{name:22} {q.title}{'  ' + ps if ps else ''}")
            click.echo(f"{'':22} {q.description}")
        return
    from .export import result_rows, write_rows
    from .store import StoreError

    try:
        text, named = resolve_query(query)
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    bound = {}
    for p in params:
        name, sep, value = p.partition("=")
        if not sep:
            raise click.ClickException(f"--param needs NAME=VALUE, got '{p}'")
        bound[name.strip()] = value
    if named:
        missing = [p for p in named.params if p not in bound]
        if missing:
            raise click.ClickException(f"query '{named.name}' needs --param {missing[0]}=… ({named.params[missing[0]]})")
    try:
        res = _store(store_path, read_only=True).select(text, bound)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    with _out(output) as out:
        write_rows(result_rows(res), res.columns, fmt, out)


@cli.command()
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
    nodes, edges = make_view(_store(store_path, read_only=True), view, name, plan, path)
    if nodes == 0:
        raise click.ClickException(f"nothing to draw for {view} {name or ''}".strip())
    click.echo(f"{nodes} nodes, {edges} edges → {path}", err=True)


@cli.command()
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
    from .export import write_rows
    from .network import WORKLOAD_COLUMNS, collaboration_graph, workload

    g = collaboration_graph(_store(store_path, read_only=True))
    rows = workload(g)[: top or None]
    with _out(output) as out:
        if fmt == "table":
            out.write(f"{len(g)} agencies, {g.number_of_edges()} collaboration links\n\n")
        write_rows(rows, WORKLOAD_COLUMNS, fmt, out)


@cli.command()
@click.option("--store", "store_path", help=STORE_HELP)
def stats(store_path):
    """Counts of what the store holds, overall and per document.

    \b
    Example:
      policykg stats --store kg
    """
    from .stats import store_stats

    click.echo(store_stats(_store(store_path, read_only=True)))


@cli.command()
@click.option("--out", "out_dir", default="policykg-demo", show_default=True, help="Directory for the store and exports.")
def demo(out_dir):
    """Build the bundled example plans and write exports (the quick start).

    \b
    Example:
      policykg demo --out /tmp/demo
    """
    from .demo import run_demo

    sys.exit(run_demo(Path(out_dir), click.echo))


def main():
    cli(prog_name="policykg")
