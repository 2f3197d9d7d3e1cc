"""The cross-document step: graphs that depend on every document (areas and sectors, plan links,
counterparts and versions, alignments), recomputed after a build that changed a document. Reads the
store, derives with the functions of ``policykg.kg``, writes each graph whole."""

from __future__ import annotations

from ..kg.align import TaskText, align_tasks, alignment_ntriples
from ..kg.iris import ALIGN_GRAPH, LINKS_GRAPH, PKG, STATE_GRAPH, VOCAB_GRAPH
from ..kg.link import counterpart_edges, plan_edges
from ..kg.rdf import to_ntriples
from ..kg.versions import version_edges
from ..kg.vocabulary import vocabulary_graph
from ..store.embedded import PlanStore

_PLAN_PAIRS = f"""
SELECT DISTINCT ?child ?parent WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?child eli:applies ?parent }} }}"""
_TASKS = """
SELECT ?t ?plan ?title ?desc ?container ?ord WHERE {
  GRAPH ?g {
    ?t a pkg:Task ; pkg:plan ?plan ; dcterms:title ?title ; pkg:ordinal ?ord ; eli:is_part_of ?part .
    OPTIONAL { ?t dcterms:description ?desc }
    OPTIONAL { ?part a pkg:Box ; dcterms:title ?boxTitle }
    OPTIONAL { ?t pkg:section ?section }
  }
  BIND(COALESCE(?boxTitle, ?section, "") AS ?container)
}"""
_CITATIONS = """
SELECT DISTINCT ?citing ?cited ?relation ?docno WHERE {
  GRAPH ?g { ?c a pkg:Citation ; pkg:citingPlan ?citing ; pkg:citedPlan ?cited ; pkg:relation ?relation .
             OPTIONAL { ?c dcterms:identifier ?docno } }
}"""
_PLANS = """
SELECT DISTINCT ?plan ?docno WHERE {
  GRAPH ?g { ?plan a pkg:Plan . OPTIONAL { ?plan dcterms:identifier ?docno } }
}"""
_CURRENT = """
SELECT DISTINCT ?plan ?date ?no ?name WHERE {
  GRAPH ?g { ?plan a pkg:Plan ; pkg:source ?s . ?s pkg:fileName ?name
             OPTIONAL { ?plan dcterms:issued ?date } OPTIONAL { ?plan dcterms:identifier ?no } }
}"""
_EARLIER = """
SELECT DISTINCT ?e ?plan ?date ?no ?name WHERE {
  GRAPH ?g { ?e a pkg:ReplacedExpression ; eli:realizes ?plan ; pkg:source ?s . ?s pkg:fileName ?name
             OPTIONAL { ?e dcterms:issued ?date } OPTIONAL { ?e dcterms:identifier ?no } }
}"""
_AGENCIES = """
SELECT DISTINCT ?org ?sector ?kind ?jurisdiction WHERE {
  GRAPH ?g { ?org a org:Organization ; org:classification ?sector ; pkg:agencyKind ?kind ;
                  pkg:jurisdictionName ?jurisdiction }
}"""


def mark_stale(store: PlanStore) -> None:
    """Record, before a document graph changes, that the cross-document graphs no longer follow
    from the documents: a build killed before :func:`refresh_corpus_graphs` ends leaves the mark,
    and the next build computes them again (see :func:`is_stale`)."""
    store.ox.update(f"INSERT DATA {{ GRAPH <{STATE_GRAPH}> {{ <{STATE_GRAPH}> <{PKG.derivedGraphsStale}> true }} }}")


def is_stale(store: PlanStore) -> bool:
    return store.select(f"ASK WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s <{PKG.derivedGraphsStale}> true }} }}").rows[0][0] == "true"


def refresh_corpus_graphs(store: PlanStore) -> None:
    """Rewrite the vocabulary, links and alignments graphs from what the store holds, then clear
    the stale mark (each graph is written whole, in its own transaction)."""
    store.replace_graph(str(VOCAB_GRAPH), to_ntriples(vocabulary_graph()))
    refresh_links(store)
    refresh_alignments(store)
    store.drop_graph(str(STATE_GRAPH))


def refresh_links(store: PlanStore) -> int:
    """Recompute the links graph; returns the number of plan-to-plan edges."""
    edges = plan_edges(store.select(_PLANS).rows, store.select(_CITATIONS).rows)
    n = len(edges)
    edges |= counterpart_edges(store.select(_AGENCIES).rows)
    earlier = store.select(_EARLIER).rows
    if earlier:  # (a store with no earlier version need not list every plan)
        edges |= version_edges(store.select(_CURRENT).rows, earlier)
    store.replace_graph(str(LINKS_GRAPH), "".join(f"<{s}> <{p}> <{o}> .\n" for s, p, o in sorted(edges)))
    return n


def task_texts(store: PlanStore) -> dict[str, list[TaskText]]:
    """Tasks of every plan in the store, in document order."""
    plans: dict[str, list[TaskText]] = {}
    for t, plan, title, desc, container, ordinal in store.select(_TASKS).rows:
        plans.setdefault(plan, []).append(TaskText(t, plan, title, desc or "", container or "", int(ordinal)))
    for tasks in plans.values():
        tasks.sort(key=lambda x: x.ordinal)
    return plans


def refresh_alignments(store: PlanStore) -> int:
    """Recompute the alignments graph; returns the number of aligned tasks."""
    plans = task_texts(store)
    found = []
    for child, parent in store.select(_PLAN_PAIRS).rows:
        if child in plans and parent in plans:
            found += align_tasks(plans[child], plans[parent])
    store.replace_graph(str(ALIGN_GRAPH), alignment_ntriples(found))
    return len(found)
