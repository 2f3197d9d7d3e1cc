"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

STORE_HELP = "Store directory (default: $POLICYKG_STORE or ./policykg-store)."
ENDPOINT_HELP = "Read from a SPARQL endpoint (e.g. http://127.0.0.1:7878/query) instead of a local store."


LIMIT_HELP = "Raise (or lower) a limit on input files, NAME=VALUE: {}. Repeatable."


def limit_option(f):
    """``--limit NAME=VALUE`` (see :mod:`policykg.extract.limits`), applied before the command runs."""

    def apply(ctx, param, value):
        if value:
            from ..extract.limits import set_limits

            try:
                set_limits(value)
            except ValueError as err:
                raise click.BadParameter(str(err)) from None
        return value

    from ..extract.limits import Limits  # (a few dataclasses: --help stays instant)

    defaults = ", ".join(f"{name} ({value:.0f})" for name, value in vars(Limits()).items())
    return click.option("--limit", "limits", multiple=True, metavar="NAME=VALUE", help=LIMIT_HELP.format(defaults),
                        callback=apply, expose_value=False)(f)


def endpoint_option(f):
    return click.option("--endpoint", help=ENDPOINT_HELP)(f)


def open_source(path: str | None, endpoint: str | None):
    """A local store (read-only) or a remote SPARQL endpoint: both answer ``select``."""
    if endpoint:
        from ..store.remote import RemoteStore

        return RemoteStore(endpoint)
    return open_store(path, read_only=True)


def open_store(path: str | None, read_only: bool = False):
    from ..store.embedded import PlanStore, StoreError, default_store_path

    try:
        return PlanStore(Path(path) if path else default_store_path(), read_only=read_only)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


@contextlib.contextmanager
def output(path: str | None):
    """Standard output, or a UTF-8 file written in full (no half-written exports)."""
    if path in (None, "-"):
        yield sys.stdout
        return
    from ..files import atomic_text

    with atomic_text(Path(path)) as fh:
        yield fh


AREA_HELP = "Where an agency name is relative or shared (省人社厅, 人社), the area it is in (辽宁, 营口市)."


def area_option(f):
    return click.option("--area", default="", metavar="AREA", help=AREA_HELP)(f)


class AmbiguousAgency(click.ClickException):
    exit_code = 2  # (as a usage error: the command needs a name that says which one)


def resolve_agency(source, name: str, area: str = "") -> str:
    """The official name of the one agency ``name`` means in ``source`` (see
    :mod:`policykg.kg.agency_search`). None matching: a one-line error with the nearest names,
    exit 1; several: a numbered list of them (``--area`` or the full name says which), exit 2."""
    from ..store.reading import find_agency_in

    found = find_agency_in(source, name, area)
    if not found.agencies:
        raise click.ClickException(found.problem())
    if len(found.agencies) > 1:
        raise AmbiguousAgency(found.problem(narrow="--area"))
    return found.agencies[0].name


# The format an -o file's suffix asks for (when --format does not say).
SUFFIX_FORMAT = {".csv": "csv", ".xlsx": "xlsx", ".md": "md", ".json": "json", ".jsonl": "jsonl", ".gexf": "gexf",
                 ".graphml": "graphml", ".nq": "nquads", ".trig": "trig", ".txt": "table"}


def output_format(fmt: str | None, output: str | None, choices: tuple[str, ...], default: str) -> str:
    """``--format`` when given; else what the ``-o`` file's suffix says (tasks.xlsx → xlsx), else
    ``default``. A suffix the command cannot write is a usage error, not a file of another format
    under that name."""
    if fmt:
        return fmt
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    if not suffix:
        return default
    if SUFFIX_FORMAT.get(suffix) not in choices:
        shown = ", ".join(s for s, f in SUFFIX_FORMAT.items() if f in choices)
        raise click.UsageError(f"cannot write {suffix} files here: name the output {shown}, or give --format")
    return SUFFIX_FORMAT[suffix]


def file_bom(bom: bool, fmt: str, output: str | None) -> bool:
    """Whether what is written starts with a BOM: a CSV file (not standard output, which another
    program reads), unless --no-bom."""
    return bom and fmt == "csv" and bool(output) and output != "-"


EMPTY = " (nothing matched: the file has the header row only)"


def say_written(n: int, what: str, output: str | None) -> None:
    """The line on standard error after an export: how many rows went where, and when none did,
    that the file is a valid empty one (said even when the rows went to standard output)."""
    if output or not n:
        click.echo(f"{n} {what} → {output or 'standard output'}" + ("" if n else EMPTY), err=True)


def bom_option(f):
    return click.option("--bom/--no-bom", default=True, show_default=True,
                        help="Start a CSV file with a UTF-8 byte-order mark, which Excel needs to read Chinese.")(f)
