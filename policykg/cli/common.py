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
