"""Earlier versions in the store: an earlier version's graph is kept whole, renamed to its
expression (:mod:`policykg.kg.versions`), so that queries answer from current versions and
``--all-versions`` from all of them.

A file is stored as an earlier version when the current version is later (:func:`store_earlier`);
the current version's graph, and the graphs of the other files of it, are renamed when a later
version arrives (:func:`retire`) and named back when the current version is removed and the latest
earlier one becomes current again (:func:`restore_latest`).
"""

from __future__ import annotations

from ..extract.records import DocumentRecord
from ..kg.iris import graph_iri, source_iri
from ..kg.rdf import manifestation_ntriples
from ..kg.versions import as_current, as_replaced, expression_iri, version_order
from ..store.embedded import PlanStore
from .manifestations import demote, record_tasks, supplier, supplies_rather


def _graphs_of(store: PlanStore, name: str) -> list[str]:
    """The graph of file ``name`` and of every file that takes its tasks from it."""
    rows = store.select(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?m pkg:tasksFrom <{source_iri(name)}> }} }} ORDER BY ?g").rows
    return [str(graph_iri(name))] + [g for (g,) in rows]


def retire(store: PlanStore, name: str, plan: str, date: str, doc_no: str) -> None:
    """File ``name`` supplied the current version of ``plan``; a later version now does."""
    expr = expression_iri(plan, date, doc_no)
    for g in _graphs_of(store, name):
        store.replace_graph(g, as_replaced(store.graph_ntriples(g), plan, expr))


def store_earlier(store: PlanStore, rec: DocumentRecord, graph: str, plan: str) -> str:
    """Store ``rec`` (whose document graph is ``graph``) as an earlier version of ``plan``; returns
    the other file of that same version that supplies its tasks ("" when this one does)."""
    expr = expression_iri(plan, rec.plan.date, rec.plan.doc_no)
    peer = supplier(store, rec, of=expr)
    if peer is not None and not supplies_rather(rec.source, record_tasks(rec), peer):
        store.replace_graph(str(graph_iri(rec.source)),
                            as_replaced(manifestation_ntriples(rec, peer.name), plan, expr))
        return peer.name
    store.replace_graph(str(graph_iri(rec.source)), as_replaced(graph, plan, expr))
    if peer is not None:
        demote(store, peer.name, plan, rec.source, expr)
    return ""


def restore_latest(store: PlanStore, plan: str) -> str:
    """When ``plan`` has no current version left, make its latest earlier version current again;
    returns that version's file ("" when there is none, or a current version remains)."""
    if store.select(f"ASK {{ GRAPH ?g {{ <{plan}> a pkg:Plan ; pkg:source ?s }} }}").rows[0][0] == "true":
        return ""
    rows = store.select(
        f"""SELECT ?e ?name ?date ?no WHERE {{ GRAPH ?g {{ ?e a pkg:ReplacedExpression ; eli:realizes <{plan}> ;
              pkg:source ?s . ?s pkg:fileName ?name OPTIONAL {{ ?e dcterms:issued ?date }}
              OPTIONAL {{ ?e dcterms:identifier ?no }} }} }}"""
    ).rows
    if not rows:
        return ""
    expr, name, _, _ = max(rows, key=lambda r: (version_order(r[2], r[3]), r[1]))
    for g in _graphs_of(store, name):
        store.replace_graph(g, as_current(store.graph_ntriples(g), plan, expr))
    return name
