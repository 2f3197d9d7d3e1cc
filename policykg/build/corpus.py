"""The cross-document step: graphs that depend on more than one document (areas and sectors, plan
links, counterparts and versions, alignments), brought up to date after a build that changed a
document. Reads the store and derives with the functions of ``policykg.kg``.

Only what a change can reach is recomputed: the links graph is derived whole from the links index
(:mod:`.link_index`, which the build brings up to date for the graphs it wrote) and written as the
difference from what the store holds; alignments, one graph per
lower plan, are recomputed for the plans the build changed and the plans directly above or below
them (a plan's tasks meet only its parents' tasks). A build that finds the stale mark of a build
killed midway does not know what changed, and recomputes everything."""

from __future__ import annotations

from ..kg.align import TaskText, align_tasks, alignment_ntriples, unaligned
from ..kg.iris import ALIGN_GRAPH, LINKS_GRAPH, PKG, STATE_GRAPH, VOCAB_GRAPH, alignment_graph, alignment_graph_plan
from ..kg.link import counterpart_edges, counterpart_lines, plan_edges, reference_lines
from ..kg.rdf import to_ntriples
from ..kg.versions import version_edges
from ..kg.vocabulary import vocabulary_graph
from ..store.binding import values_blocks
from ..store.embedded import PlanStore
from .link_index import corpus_rows, update_index

_PLAN_PAIRS = f"""
SELECT DISTINCT ?child ?parent WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?child eli:applies ?parent }} }}"""
_TASKS = """
SELECT ?t ?plan ?title ?desc ?container ?ord WHERE {
  GRAPH ?g {
    #VALUES
    ?t a pkg:Task ; pkg:plan ?plan ; dcterms:title ?title ; pkg:ordinal ?ord ; eli:is_part_of ?part .
    OPTIONAL { ?t dcterms:description ?desc }
    OPTIONAL { ?part a pkg:Box ; dcterms:title ?boxTitle }
    OPTIONAL { ?t pkg:section ?section }
  }
  BIND(COALESCE(?boxTitle, ?section, "") AS ?container)
}"""


def mark_stale(store: PlanStore) -> None:
    """Record, before a document graph changes, that the cross-document graphs no longer follow
    from the documents: a build killed before :func:`refresh_corpus_graphs` ends leaves the mark,
    and the next build computes them again (see :func:`is_stale`)."""
    store.update(f"INSERT DATA {{ GRAPH <{STATE_GRAPH}> {{ <{STATE_GRAPH}> <{PKG.derivedGraphsStale}> true }} }}")


def is_stale(store: PlanStore) -> bool:
    return store.select(f"ASK WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s <{PKG.derivedGraphsStale}> true }} }}").rows[0][0] == "true"


def refresh_corpus_graphs(store: PlanStore, changed: set[str] | None = None) -> tuple[int, int]:
    """Bring the vocabulary, links and alignments graphs up to date with the documents, then clear
    the stale mark. ``changed``: the plans (IRIs) whose documents were written or removed; None
    recomputes every alignment. Returns the number of plan-to-plan links and of tasks aligned
    now."""
    store.replace_graph(str(VOCAB_GRAPH), to_ntriples(vocabulary_graph()))
    store.drop_graph(str(ALIGN_GRAPH))  # (the one alignments graph of stores built before 0.3)
    update_index(store, None if changed is None else store.written)
    store.written.clear()  # (the index follows from them now)
    before = plan_pairs(store)
    plan_links = refresh_links(store)
    after = plan_pairs(store)
    if changed is None:
        children = {c for c, _ in after} | stored_alignment_plans(store)
    else:
        children = {c for c, p in before | after if c in changed or p in changed}
    aligned = refresh_alignments(store, children, after)
    store.drop_graph(str(STATE_GRAPH))
    return plan_links, aligned


def plan_pairs(store: PlanStore) -> set[tuple[str, str]]:
    """(lower plan, the parent plan it applies) for every such link in the corpus."""
    return {(c, p) for c, p in store.select(_PLAN_PAIRS).rows}


def refresh_links(store: PlanStore) -> int:
    """Recompute the links graph from the links index (see :mod:`.link_index`); returns the
    number of plan-to-plan edges."""
    rows = corpus_rows(store)
    edges = plan_edges(rows["plans"], rows["citations"])
    counterparts = counterpart_edges([row[:4] for row in rows["agencies"]])
    versions = version_edges(rows["current"], rows["earlier"]) if rows["earlier"] else set()
    lines = {f"<{s}> <{p}> <{o}> .\n" for s, p, o in edges | counterparts | versions}
    # what the queries of plans and counterparts read about the ends of these edges, once each
    # here rather than from every document that mentions them (rows multiplied with the documents)
    lines |= reference_lines({o for _, _, o in edges}, rows["references"], rows["identifiers"])
    lines |= counterpart_lines({x for s, _, o in counterparts for x in (s, o)}, rows["agencies"])
    store.patch_graph(str(LINKS_GRAPH), lines)
    return len(edges)


def task_texts(store: PlanStore, plans: set[str] | None = None) -> dict[str, list[TaskText]]:
    """Tasks of the given plans (default: every plan in the store), in document order."""
    queries = [_TASKS] if plans is None else [_TASKS.replace("#VALUES", v) for v in values_blocks("plan", sorted(plans))]
    out: dict[str, list[TaskText]] = {}
    for query in queries:
        for t, plan, title, desc, container, ordinal in store.select(query).rows:
            out.setdefault(plan, []).append(TaskText(t, plan, title, desc or "", container or "", int(ordinal)))
    for tasks in out.values():
        tasks.sort(key=lambda x: x.ordinal)
    return out


def stored_alignment_plans(store: PlanStore) -> set[str]:
    """The lower plans that have an alignments graph in the store (by the graph's name)."""
    return {alignment_graph_plan(g) for g in store.named_graphs() if g.startswith(f"{ALIGN_GRAPH}/")}


def refresh_alignments(store: PlanStore, children: set[str], pairs: set[tuple[str, str]]) -> int:
    """Recompute the alignments graph of each plan in ``children`` against its parent plans
    (``pairs``), with what it leaves unaligned either way (``align.unaligned``: the rows of
    ``unaligned-tasks``, which asked across every pair of plans took minutes); a plan with no
    parent left loses its graph. Returns the number of aligned tasks."""
    parents: dict[str, list[str]] = {}
    for c, p in sorted(pairs):
        if c in children:
            parents.setdefault(c, []).append(p)
    texts = task_texts(store, children | {p for ps in parents.values() for p in ps})
    aligned = 0
    for child in sorted(children):
        tasks = texts.get(child, [])
        above = {p: texts[p] for p in parents.get(child, []) if p in texts}  # (a parent with tasks)
        found = [a for p in above.values() for a in align_tasks(tasks, p)] if tasks else []
        left = unaligned(child, tasks, above, found)
        graph = str(alignment_graph(child))
        if found or left:
            store.replace_graph(graph, alignment_ntriples(found, left))
        else:
            store.drop_graph(graph)
        aligned += len(found)
    return aligned
