"""The links index: for each document graph, the rows the links graph is derived from (its plans,
citations, agencies, cited plans' titles and 文号, versions), kept in the store as one
``rdf:JSON`` literal per graph in the index graph (``iris.INDEX_GRAPH``), beside the graph's
partial sums for the corpus-wide aggregates (:mod:`.summaries`).

Deriving the links graph needs every document's citations and agencies. Asking the store for them
across every graph costs some 8 s at 1,000 plans (the joins run over every mention); reading them
from the index costs a fraction of a second. A document's entries are made where its graph is
made (a build's worker: :func:`graph_entries`) and written with it; the store is asked only about
the graphs the build rewrote otherwise (``PlanStore.written``: an earlier version renamed, a file
that became one more manifestation). The index mends itself: a document graph it lacks is read,
an entry whose graph is gone is struck, so that it never holds anything but what the graphs say.

>>> from policykg.store.embedded import PlanStore
>>> store = PlanStore(None)
>>> store.replace_graph("https://w3id.org/policykg/id/graph/a.txt",
...     '<https://w3id.org/policykg/id/plan/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
...     '<https://w3id.org/policykg/ontology#Plan> .')
>>> update_index(store, store.written)
>>> corpus_rows(store)["plans"]
[('https://w3id.org/policykg/id/plan/1', '')]
"""

from __future__ import annotations

import json

from ..kg.iris import INDEX_GRAPH, PKG
from ..kg.rdf import literal
from ..store.binding import values_blocks
from ..store.embedded import PlanStore
from .summaries import graph_partials

_JSON = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"
_KINDS = {str(PKG.linkRows), str(PKG.summaryRows)}

# name → (variables, pattern in one graph): what the links step reads of the documents
ROWS = {
    "plans": ("?plan ?docno", "?plan a pkg:Plan . OPTIONAL { ?plan dcterms:identifier ?docno }"),
    "citations": ("?citing ?cited ?relation ?docno",
                  """?c a pkg:Citation ; pkg:citingPlan ?citing ; pkg:citedPlan ?cited ; pkg:relation ?relation .
                     OPTIONAL { ?c dcterms:identifier ?docno }"""),
    "agencies": ("?org ?sector ?kind ?jurisdiction ?label",
                 """?org a org:Organization ; org:classification ?sector ; pkg:agencyKind ?kind ;
                         pkg:jurisdictionName ?jurisdiction ; skos:prefLabel ?label"""),
    "references": ("?plan ?title ?level", "?plan pkg:citedTitle ?title . OPTIONAL { ?plan pkg:level ?level }"),
    "identifiers": ("?plan ?no", "?plan dcterms:identifier ?no"),
    "current": ("?plan ?date ?no ?name",
                """?plan a pkg:Plan ; pkg:source ?s . ?s pkg:fileName ?name
                   OPTIONAL { ?plan dcterms:issued ?date } OPTIONAL { ?plan dcterms:identifier ?no }"""),
    "earlier": ("?e ?plan ?date ?no ?name",
                """?e a pkg:ReplacedExpression ; eli:realizes ?plan ; pkg:source ?s . ?s pkg:fileName ?name
                   OPTIONAL { ?e dcterms:issued ?date } OPTIONAL { ?e dcterms:identifier ?no }"""),
}


def graph_rows(store: PlanStore, graphs: list[str]) -> dict[str, dict[str, list[list[str]]]]:
    """For each of ``graphs``: name of :data:`ROWS` → its rows in that graph (sorted, distinct)."""
    out: dict[str, dict[str, list[list[str]]]] = {g: {name: [] for name in ROWS} for g in graphs}
    for values in values_blocks("g", graphs):  # (inside the GRAPH pattern: the planner starts there)
        for name, (variables, pattern) in ROWS.items():
            for g, *row in store.select(f"SELECT DISTINCT ?g {variables} WHERE {{ GRAPH ?g {{ {values} {pattern} }} }}").rows:
                out[g][name].append(row)
    for rows in out.values():
        for name in rows:
            rows[name].sort()
    return out


def indexed_graphs(store: PlanStore) -> set[str]:
    """The graphs that have every kind of entry in the index."""
    return _complete(_kinds_of(store))


def _complete(held: dict[str, set[str]]) -> set[str]:
    return {g for g, kinds in held.items() if kinds == _KINDS}


def _kinds_of(store: PlanStore) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for g, kind in store.select(f"SELECT ?g ?k WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?g ?k ?x }} }}").rows:
        out.setdefault(g, set()).add(kind)
    return out


def update_index(store: PlanStore, written: set[str] | None = None) -> None:
    """Read again the graphs in ``written`` (None: every document graph), read the document graphs
    the index lacks, and strike the entries of graphs that are gone; one transaction. Each graph
    gets its links rows and its partial sums (:mod:`.summaries`)."""
    present, held = store.document_graphs(), _kinds_of(store)
    indexed = _complete(held)
    again = present if written is None else (present & set(written)) | (present - indexed)
    strike = (set(held) - present) | (set(held) & again)
    parts = []
    if strike:
        values = " ".join(f"<{g}>" for g in sorted(strike))
        parts.append(f"DELETE {{ GRAPH <{INDEX_GRAPH}> {{ ?g ?k ?x }} }} "
                     f"WHERE {{ GRAPH <{INDEX_GRAPH}> {{ VALUES ?g {{ {values} }} ?g ?k ?x }} }}")
    lines = entry_lines(store, sorted(again))
    if lines:
        parts.append(f"INSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{\n{lines}}} }}")
    if parts:
        store.update(" ;\n".join(parts))


def entry_lines(store: PlanStore, graphs: list[str]) -> str:
    """N-Triples: the index entries of ``graphs`` (every kind), read from the graphs in ``store``."""
    kinds = {PKG.linkRows: graph_rows(store, graphs), PKG.summaryRows: graph_partials(store, graphs)}
    return "".join(f"<{g}> <{kind}> {literal(json.dumps(r, ensure_ascii=False, sort_keys=True))}^^<{_JSON}> .\n"
                   for kind, rows in kinds.items() for g, r in sorted(rows.items()))


def graph_entries(ntriples: str, graph: str) -> str:
    """N-Triples of the index graph: the entries of the document graph ``graph`` that ``ntriples``
    will be, read where they were made (a build's worker), so that the build writes them with
    the graph rather than reading the graph again (:func:`put_entries`, ``GraphBatch``).
    ValueError unless ``ntriples`` is valid N-Triples (a bad IRI made from document text)."""
    import pyoxigraph as ox

    one = PlanStore(None)
    try:
        one.ox.load(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
    except SyntaxError as err:
        raise ValueError(f"cannot write its graph: {err}") from None
    return entry_lines(one, [graph])


def put_entries(store: PlanStore, graph: str, entries: str) -> None:
    """Make ``entries`` (from :func:`graph_entries`) the index entries of ``graph``, which the store
    has just been given whole: the index need not read it again."""
    store.update(f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ <{graph}> ?k ?x }} }} ;\n"
                 f"INSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{\n{entries}}} }}")
    store.written.discard(graph)


def corpus_rows(store: PlanStore) -> dict[str, list[tuple[str, ...]]]:
    """Name of :data:`ROWS` → its distinct rows over every indexed graph, sorted."""
    union: dict[str, set[tuple[str, ...]]] = {name: set() for name in ROWS}
    for _, entry in _entries(store):
        for name, rows in json.loads(entry).items():
            union[name].update(map(tuple, rows))
    return {name: sorted(rows) for name, rows in union.items()}


def _entries(store: PlanStore) -> list[list[str]]:
    """(graph, its rows as JSON) for every graph in the index."""
    return store.select(f"SELECT ?g ?rows WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?g <{PKG.linkRows}> ?rows }} }}").rows
