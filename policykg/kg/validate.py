"""Check a built graph against the SHACL shapes in ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from rdflib import Graph

from ..ontology import path


def shapes_graph() -> Graph:
    return Graph().parse(path("shapes.ttl"), format="turtle")


def validate(data: Graph, shapes: Graph | None = None) -> tuple[bool, str]:
    """(conforms, report text) for one document graph."""
    from pyshacl import validate as shacl  # lazy: heavy import

    conforms, _, text = shacl(data, shacl_graph=shapes or shapes_graph(), inference="none")
    return bool(conforms), text
