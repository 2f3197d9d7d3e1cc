"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

STORE_HELP = "Store directory (default: $POLICYKG_STORE or ./policykg-store)."


def open_store(path: str | None, read_only: bool = False):
    from .store import PlanStore, StoreError, default_store_path

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
    from .export import atomic_text

    with atomic_text(Path(path)) as fh:
        yield fh
