"""The PolicyKG vocabulary as data: OWL terms, SHACL shapes, SKOS schemes, extraction tables and
named SPARQL queries live as files in this folder; this module only finds and loads them."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from pathlib import Path

HERE = Path(str(resources.files(__name__)))
QUERY_DIR = HERE / "queries"


@functools.cache
def table(name: str) -> dict:
    """A TOML data file of this folder, read once (``agencies.toml``, ``regions.toml``…).
    Callers must not modify it."""
    with open(HERE / name, "rb") as fh:
        return tomllib.load(fh)


def vocab() -> dict:
    """The extraction tables of ``vocab.toml`` (organisation suffixes, role words, regions…)."""
    return table("vocab.toml")


def path(name: str) -> Path:
    """Path of a data file shipped in the ontology folder, e.g. ``path("shapes.ttl")``."""
    return HERE / name
