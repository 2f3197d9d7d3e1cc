"""The ``policykg`` command line. Heavy modules are imported inside commands so that
``policykg --help`` stays instant."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import (STORE_HELP, area_option, bom_option, endpoint_option, limit_option, open_source, open_store as _store,
                     file_bom, output as _out, output_format, resolve_agency, say_written)
from .jsonout import json_format, json_option, print_json
from .lifecycle import diff, remove
from .outputs import analyze, export, viz
from .shards import extract, link


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policykg")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error (to report it).")
def cli(debug):
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
      policykg remove 营口规划.pdf --store kg       # a document and what is derived from it
      policykg extract plans/ --shard 1/4 -o part-1.nq   # no store: for a bulk loader
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--force", is_flag=True, help="Rebuild documents even when unchanged.")
@click.option("--quiet", "-q", is_flag=True, help="Print failures only.")
@click.option("--prune", is_flag=True,
              help="Then remove from the store the documents that are not among these files (the store mirrors them).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes reading documents (default: one per core).")
@limit_option
@json_option
def build(paths, store_path, force, quiet, prune, jobs, as_json):
    """Build the graph from plan documents (files or directories).

    Each document becomes one named graph; rebuilding a changed document replaces only its
    graph, atomically. Unchanged documents are skipped. Exit status 1 if any file failed.

    Reads text (UTF-8, GB18030/GBK), web pages, Word .docx, PDF with a text layer, and
    task tables in .xlsx/.csv; the format is recognised from the content.

    \b
    Examples:
      policykg build 辽宁规划.txt 营口规划.pdf 分工方案.docx 任务清单.xlsx
      policykg build plans/ --store /data/kg
      policykg build plans/ --jobs 4        # four processes read the documents
      policykg build plans/ --prune          # and drop the documents whose files left plans/
      policykg build plans/ --json           # a JSON report: each document, totals, seconds
    """
    import time

    from ..build.documents import build as run_build

    store = _store(store_path)
    started = time.perf_counter()

    def report(s):
        if s.status == "failed":
            click.echo(s.line(), err=True)
        elif not quiet and not as_json:
            click.echo(s.line())
            for w in s.warnings:
                click.echo(f"    warning: {w}")

    from ..build.corpus import is_stale

    if is_stale(store) and not quiet:
        click.echo("The last build stopped before plan links and alignments were computed: computing them now.", err=as_json)
    results = run_build(paths, store, force=force, on_done=report, progress=sys.stderr.isatty() and not quiet, jobs=jobs)
    failed = [r for r in results if r.status == "failed"]
    removed = []
    if prune:
        from ..build.removal import remove

        kept = {r.source for r in results}  # (a file that failed now keeps what it gave before)
        removed = remove(store, sorted(set(store.documents()) - kept))
        for r in removed:
            if not quiet and not as_json:
                click.echo(r.line() + " (its file is not among the files built)")
    if as_json:
        from .jsonout import build_report

        print_json(build_report(results, [r.source for r in removed], store.path, time.perf_counter() - started))
    elif not quiet:
        built = sum(r.status == "built" for r in results)
        same = sum(r.status == "same" for r in results)
        earlier = sum(r.status == "earlier" for r in results)
        more = (f", {same} recorded as another file of a plan" if same else "") + (
            f", {earlier} kept as an earlier version of a plan" if earlier else "")
        click.echo(f"{built} built{more}, {sum(r.status == 'unchanged' for r in results)} unchanged, {len(failed)} failed → {store.path}")
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("path", type=click.Path())
@click.option("--tasks", is_flag=True, help="Also list the tasks found, with their owners and lines, the owner statements that made no task and owner names taken on evidence.")
@limit_option
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
        if not rec.tasks:
            from ..build.documents import why_no_tasks

            click.echo(f"       ({why_no_tasks(rec)})")
        if rec.unattached:
            click.echo(f"\n{len(rec.unattached)} owner statements that made no task")
            for u in rec.unattached:
                click.echo(f"{u.span.line:>5}  {u.reason}: {u.text[:60]}")
        if rec.unknown_names:
            names = "、".join(dict.fromkeys(o.written for o in rec.unknown_names))
            click.echo(f"\nowner names taken on the text's evidence (label, role word, column), not by their form: {names}")


@cli.command()
@click.argument("query", required=False)
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]),
              help="Output format (default: from the -o file's suffix, else table).")
@json_option
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query variable to a literal.")
@click.option("--list", "list_", is_flag=True, help="List the shipped named queries.")
@click.option("-o", "--output", help="Output file (default: standard output).")
@click.option("--all-versions", is_flag=True,
              help="Tasks of earlier versions of plans too (each `a pkg:Task` also matches pkg:ReplacedTask).")
@area_option
@bom_option
@endpoint_option
def query(query, store_path, fmt, as_json, params, list_, output, all_versions, area, bom, endpoint):
    """Run SPARQL: a shipped query name, a .rq file, or query text.

    Parameters are bound as literals (never pasted into the query text). A named query's
    agency parameter (dept) takes an official name, a spelling or an abbreviation, resolved
    to one agency (--area where it is relative: 省人社厅). Tasks are those of the current
    version of each plan; --all-versions adds those of earlier versions.

    \b
    Examples:
      policykg query --list
      policykg query plan-hierarchy --format csv
      policykg query department-tasks --param dept=营口市人社局
      policykg query department-tasks --param dept=省人社厅 --area 辽宁
      policykg query 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?t a pkg:Task } }'
      policykg query plan-hierarchy --endpoint http://127.0.0.1:7878/query
      policykg query department-tasks --param dept=市人社局 --all-versions
      policykg query department-workload --json     # the same as --format json
    """
    from ..store.queries import AGENCY_PARAMS, named_queries, resolve_query

    if list_ or not query:
        if as_json:
            return print_json([{"name": name, "title": q.title, "description": q.description, "params": q.params}
                               for name, q in named_queries().items()])
        for name, q in named_queries().items():
            ps = " ".join(f"--param {p}=…" for p in q.params)
            click.echo(f"{name:22} {q.title}{'  ' + ps if ps else ''}")
            click.echo(f"{'':22} {q.description}")
        return
    from ..export.tables import result_rows, write_rows
    from ..store.embedded import StoreError

    fmt = output_format(json_format(fmt, as_json), output, ("table", "csv", "json"), "table")
    try:
        text, named = resolve_query(query)
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    if all_versions:
        from ..kg.versions import all_versions as widened

        text = widened(text)
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
        source = open_source(store_path, endpoint)
        for p in AGENCY_PARAMS & set(named.params if named else ()):
            bound[p] = resolve_agency(source, bound[p], area)
        if named and not all_versions and not endpoint:
            from ..build.summaries import answer  # (from the sums the build keeps, when it keeps them)

            res = answer(source, named.name, text, bound)
        else:
            res = source.select(text, bound)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    with _out(output) as out:
        write_rows(result_rows(res), res.columns, fmt, out, bom=file_bom(bom, fmt, output))
    if output:
        say_written(len(res.rows), "rows", output)


@cli.command()
@click.option("--store", "store_path", help=STORE_HELP)
@json_option
def stats(store_path, as_json):
    """Counts of what the store holds, overall and per document.

    \b
    Examples:
      policykg stats --store kg
      policykg stats --store kg --json       # the same counts as one JSON object
    """
    from ..export.stats import store_counts, store_stats

    store = _store(store_path, read_only=True)
    if as_json:
        print_json(store_counts(store))
    else:
        click.echo(store_stats(store))


@cli.command()
@click.option("--out", "out_dir", default="policykg-demo", show_default=True, help="Directory for the store and exports.")
def demo(out_dir):
    """Build the bundled example plans and write exports, views and workbooks (the quick start).

    \b
    Example:
      policykg demo --out /tmp/demo
    """
    from .demo import run_demo

    sys.exit(run_demo(Path(out_dir), click.echo))


@cli.command()
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback only by default).")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Query time limit in seconds.")
@click.option("--cors", multiple=True, metavar="ORIGIN", help="Also answer pages from this origin (e.g. http://127.0.0.1:8000); repeatable.")
def serve(store_path, host, port, timeout, cors):
    """Serve the store read-only over the SPARQL 1.1 Protocol, with a query page.

    /query answers GET and POST with JSON, XML, CSV or TSV by Accept; /update is refused;
    a query over the time limit gets 503. The page at / runs the named queries (with their
    parameters), shows results as a table and links to the views and exports. Requests must
    name this host (no DNS rebinding) and come from the page itself or a --cors origin; after
    a build into the store, the next request reads it anew.

    \b
    Examples:
      policykg serve --store kg
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5' http://127.0.0.1:7878/query
    """
    from .serve import serve as run_server
    from ..store.embedded import default_store_path

    path = Path(store_path) if store_path else default_store_path()
    if not path.exists():
        raise click.ClickException(f"no store at {path} (build one with: policykg build … --store {path})")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: the endpoint is reachable from other machines", err=True)
    click.echo(f"SPARQL endpoint http://{host}:{port}/query · page http://{host}:{port}/ · read-only, {timeout:g} s limit", err=True)
    run_server(path, host, port, timeout, cors)


@cli.command()
@click.option("--store", "store_path", help=STORE_HELP)
@click.option("--endpoint", required=True, help="The remote store's SPARQL query endpoint.")
@click.option("--graph-store", help="Its Graph Store Protocol URL (default: the endpoint's …/store, as Oxigraph names it).")
@click.option("--update-endpoint", help="Its SPARQL Update URL, to replace all graphs at once (default: the endpoint's "
              "…/update, as Oxigraph names it; without one, graphs are replaced one by one).")
def push(store_path, endpoint, graph_store, update_endpoint):
    """Load every named graph of the store into a remote triple store, replacing each
    document's graph, and delete the document graphs it no longer has (removed since the last
    push; the remote store's other graphs are left alone). Then query it with --endpoint.

    The graphs are uploaded under staging names, then moved into place by one SPARQL Update,
    so the remote store never holds half of a push; a store without SPARQL Update gets them one
    by one (Graph Store Protocol PUT), and a failure says which were replaced.

    \b
    Examples:
      policykg push --endpoint http://127.0.0.1:7878/query
      policykg push --endpoint http://fuseki:3030/kg/sparql --graph-store http://fuseki:3030/kg/data
    """
    from ..store.remote import graph_store_url, prune_remote, push as run_push, update_url
    from ..store.embedded import StoreError

    if not endpoint.startswith(("http://", "https://")):
        raise click.BadParameter(f"{endpoint} is not an http:// or https:// URL", param_hint="--endpoint")
    target = graph_store or graph_store_url(endpoint)
    store = _store(store_path, read_only=True)
    try:
        done = run_push(store, target, update_endpoint or ("" if graph_store else update_url(endpoint)))
        gone = prune_remote(store, target, endpoint)
    except StoreError as err:
        raise click.ClickException(str(err)) from None
    deleted = f", {len(gone)} graph{'s' if len(gone) != 1 else ''} no longer in the store deleted" if gone else ""
    click.echo(f"{len(done)} graphs, {sum(n for _, n in done)} triples{deleted} → {target}", err=True)


cli.add_command(export)
cli.add_command(remove)
cli.add_command(diff)
cli.add_command(viz)
cli.add_command(analyze)
cli.add_command(extract)
cli.add_command(link)


def main():
    """Run the command line. The one error handler: a store that cannot be reached or read and a
    file that cannot be written end with one line naming the reason; an unexpected error with
    one line and the hint to run again with --debug for its traceback."""
    try:
        cli(prog_name="policykg")
    except Exception as err:
        from ..store.embedded import StoreError  # (lazily: --help stays fast)

        if isinstance(err, (StoreError, OSError)):
            click.echo(f"Error: {err}", err=True)
        elif "--debug" in sys.argv[1:]:
            raise
        else:
            click.echo(f"Error: unexpected {type(err).__name__}: {err} (run again with policykg --debug … to see where, "
                       "and please report it)", err=True)
        sys.exit(1)
