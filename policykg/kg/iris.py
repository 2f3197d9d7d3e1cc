"""Deterministic IRIs and the namespaces of the PolicyKG graph.

The same inputs always give the same IRIs: plans are keyed by their normalised title (so a plan
cited by one document and carried by another is one node), agencies by official name and area.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import Namespace

from ..extract.metadata import plan_key

BASE = "https://w3id.org/policykg/"
PKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
LEVEL = Namespace(BASE + "level/")
# Cross-document graphs, recomputed after a build that changed a document.
LINKS_GRAPH = ID["graph/links"]  # plan → parent plan, agency → counterpart
ALIGN_GRAPH = ID["graph/alignments"]  # lower task → the parent task it carries out: one graph per lower plan,
# named by this and the plan (see alignment_graph)
VOCAB_GRAPH = ID["graph/vocab"]  # areas, sectors, levels
STATE_GRAPH = ID["graph/state"]  # while a build runs: the cross-document graphs are stale
INDEX_GRAPH = ID["graph/index"]  # per document graph, the rows the links graph is derived from
_DERIVED = {str(g) for g in (LINKS_GRAPH, ALIGN_GRAPH, VOCAB_GRAPH, STATE_GRAPH, INDEX_GRAPH)}


def _h(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def plan_iri(title: str):
    return ID[f"plan/{_h(plan_key(title))}"]


def org_iri(name: str, jurisdiction: str, plan_region: str = "", collective: bool = False):
    """A canonical agency, keyed by its official name and area. A body whose area the text does
    not give, and a collective actor (各有关部门 means other bodies in every plan), stay within
    the plan's region so that they never merge across plans."""
    scope = f"?{plan_region}" if (collective or not jurisdiction) else jurisdiction
    return ID[f"org/{_h(name + '|' + scope)}"]


def region_iri(name: str, code: str = ""):
    """An administrative area: by GB/T 2260 code when it has one, else by name."""
    return ID[f"region/{code}"] if code else ID[f"region/{quote(name, safe='')}"]


def alignment_graph(plan: str):
    """The graph of the alignments of one lower plan's tasks (``…/graph/alignments/<plan>``): a
    build that changes a plan rewrites the graphs of that plan and of the plans below it only."""
    return ID[f"graph/alignments/{str(plan).rsplit('/', 1)[-1]}"]


def alignment_graph_plan(graph: str) -> str:
    """The lower plan whose alignments graph ``graph`` is (the inverse of :func:`alignment_graph`)."""
    return str(ID["plan/" + graph[len(f"{ALIGN_GRAPH}/"):]])


def is_document_graph(graph: str) -> bool:
    """Is ``graph`` the graph of a source file (:func:`graph_iri`), not a cross-document one?
    (A file's name is quoted whole, so ``graph/alignments%2F…`` is a file's.)"""
    return graph.startswith(str(ID["graph/"])) and graph not in _DERIVED and not graph.startswith(f"{ALIGN_GRAPH}/")


def sector_iri(key: str):
    return ID[f"sector/{key}"]


def source_iri(source: str):
    return ID[f"source/{quote(source, safe='')}"]


def graph_iri(source: str):
    """The named graph that holds everything read from one source file."""
    return ID[f"graph/{quote(source, safe='')}"]
