"""Commands over a plan's life in the store: removing documents, and what changed between two
versions of a plan."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import STORE_HELP, endpoint_option, file_bom, open_source, open_store as _store, output as _out, output_format


@click.command()
@click.argument("files", nargs=-1)
@click.option("--plan", "plan_title", help="Remove every file of the plan with this title (as `stats` shows it).")
@click.option("--store", "store_path", help=STORE_HELP)
def remove(files, plan_title, store_path):
    """Remove documents from the store, and everything derived from them.

    Each file's graph goes, then plan links, agency counterparts and alignments are computed
    again from the documents that remain. Files are named as the build named them (their file
    name); the file itself is not touched. Exit status 1 if a file was not in the store.

    \b
    Examples:
      policykg remove 营口规划.pdf --store kg
      policykg remove --plan 营口市“十四五”就业和社会保障发展规划 --store kg
    """
    from ..build.removal import files_of_plan, remove as run_remove
    from ..store.embedded import default_store_path

    if not (Path(store_path) if store_path else default_store_path()).exists():  # (not a new, empty store)
        raise click.ClickException(f"no store at {store_path or default_store_path()}")
    store = _store(store_path)
    names = list(files)
    if plan_title:
        found = files_of_plan(store, plan_title)
        if not found:
            click.echo(f"Error: no plan titled {plan_title} in the store (see policykg stats)", err=True)
            sys.exit(1)
        names += found
    if not names:
        click.echo("Error: name the files to remove, or --plan TITLE", err=True)
        sys.exit(2)
    results = run_remove(store, names)
    for r in results:
        click.echo(r.line(), err=not r.removed)
    click.echo(f"{sum(r.removed for r in results)} removed → {store.path}")
    if not all(r.removed for r in results):
        sys.exit(1)


@click.command()
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "md", "json", "xlsx"]), default=None,
              help="Output format (default: table on the terminal, else from the -o file's suffix).")
@click.option("-o", "--output", help="Write to this file (.csv with a BOM for Excel, .xlsx, .md, .json).")
@click.option("--store", "store_path", help="Where to look up OLD or NEW when it is not a file: " + STORE_HELP)
@endpoint_option
def diff(old, new, fmt, output, store_path, endpoint):
    """What changed between two versions of a plan: tasks added (新增), dropped (删除) and
    retitled (改名), and every change of owner (牵头变更, 增加配合, 减少配合), with the lines in
    each file.

    OLD and NEW are files to read, or, when no such file exists, documents in the store: a
    file name as the build named it (a current or an earlier version), or a plan's title (its
    current version). So two files, two plans in the store, or two versions of one plan.
    Tasks are matched by title, then by the alignment scorer (title, description, box).

    \b
    Examples:
      policykg diff 分工方案2023.docx 分工方案2024.docx
      policykg diff 规划.pdf 规划(中期调整).pdf -o 变化.xlsx
      policykg diff 分工方案2023.docx 分工方案2024.docx --store kg    # both kept in the store
      policykg diff 辽宁省“十四五”就业和社会保障发展规划 营口市“十四五”就业和社会保障发展规划 --store kg
    """
    from ..extract.pipeline import extract_file
    from ..extract.records import ExtractionError
    from ..kg.diff import COLUMNS, diff_tasks, plan_diff
    from ..store.reading import diff_tasks_of, stored_file

    sides, store = [], None
    for arg in (old, new):
        if Path(arg).is_file():
            try:
                sides.append(diff_tasks(extract_file(Path(arg))))
            except ExtractionError as err:
                raise click.ClickException(f"{arg}: {err}") from None
            continue
        if store is None:
            try:
                store = open_source(store_path, endpoint)
            except click.ClickException as err:  # no store to look it up in
                raise click.ClickException(f"{arg}: no such file" + (f", and {err.message}" if store_path else "")) from None
        name = stored_file(store, arg)
        if not name:
            raise click.ClickException(f"{arg}: no such file, and no document or plan of that name in {store_path or endpoint or 'the store'}")
        sides.append(diff_tasks_of(store, name))
    changes = plan_diff(*sides)
    rows = [c.row() for c in changes]
    fmt = output_format(fmt, output, ("table", "csv", "md", "json", "xlsx"), "table")
    if fmt == "xlsx":
        from ..export.workbook import write_sheet

        if not output:
            raise click.UsageError("--format xlsx needs -o FILE.xlsx")
        write_sheet(rows, COLUMNS, Path(output), "变化")
    else:
        from ..export.tables import write_rows

        with _out(output) as out:
            write_rows(rows, COLUMNS, fmt, out, bom=file_bom(True, fmt, output))
    click.echo(f"{len(changes)} change{'' if len(changes) == 1 else 's'}" + (f" → {output}" if output else ""), err=True)
