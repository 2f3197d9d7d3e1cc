"""Cross-document links: resolve each citation to a plan in the corpus when there is one, and
link each agency to its counterpart one level up.

A cited plan already shares its IRI with a corpus plan of the same normalised title. When only
the 文号 matches (the citing text abbreviates or rewords the title), the citation is resolved
to the corpus plan by 文号. The resulting ``eli:applies`` (parent) and ``eli:cites`` (mention)
edges are recomputed over the whole store into one ``links`` graph after every build.

Counterparts: an agency and the nearest agency of the same sector and kind in an area it lies
in (营口市农业农村局 → 辽宁省农业农村厅) are linked by ``pkg:higherCounterpart`` /
``pkg:lowerCounterpart``.
"""

from __future__ import annotations

from .agencies import ancestors
from .iris import LINKS_GRAPH, PKG
from ..store.embedded import PlanStore

_CITATIONS = """
SELECT DISTINCT ?citing ?cited ?relation ?docno WHERE {
  GRAPH ?g { ?c a pkg:Citation ; pkg:citingPlan ?citing ; pkg:citedPlan ?cited ; pkg:relation ?relation .
             OPTIONAL { ?c dcterms:identifier ?docno } }
}"""
_PLANS = """
SELECT DISTINCT ?plan ?docno WHERE {
  GRAPH ?g { ?plan a pkg:Plan . OPTIONAL { ?plan dcterms:identifier ?docno } }
}"""
_AGENCIES = """
SELECT DISTINCT ?org ?sector ?kind ?jurisdiction WHERE {
  GRAPH ?g { ?org a org:Organization ; org:classification ?sector ; pkg:agencyKind ?kind ;
                  pkg:jurisdictionName ?jurisdiction }
}"""
_PARENT = "http://data.europa.eu/eli/ontology#applies"
_MENTION = "http://data.europa.eu/eli/ontology#cites"


def refresh_links(store: PlanStore) -> int:
    """Recompute the links graph; returns the number of plan-to-plan edges."""
    corpus = {}
    by_docno = {}
    for plan, docno in store.select(_PLANS).rows:
        corpus[plan] = docno
        if docno:
            by_docno.setdefault(docno, plan)
    edges = set()
    for citing, cited, relation, docno in store.select(_CITATIONS).rows:
        target = cited if cited in corpus else by_docno.get(docno, cited)
        if target == citing:
            continue
        edges.add((citing, _PARENT if relation.endswith("Parent") else _MENTION, target))
    plan_edges = len(edges)
    edges |= counterpart_edges(store)
    nt = "".join(f"<{s}> <{p}> <{o}> .\n" for s, p, o in sorted(edges))
    store.replace_graph(str(LINKS_GRAPH), nt)
    return plan_edges


def counterpart_edges(store: PlanStore) -> set[tuple[str, str, str]]:
    """(lower, pkg:higherCounterpart, higher) and the inverse, for every agency whose sector
    and kind has an agency in an area above it (the nearest such area)."""
    by_place: dict[tuple[str, str, str], list[str]] = {}
    agencies = store.select(_AGENCIES).rows
    for org, sector, kind, jurisdiction in agencies:
        by_place.setdefault((sector, kind, jurisdiction), []).append(org)
    edges = set()
    for org, sector, kind, jurisdiction in agencies:
        for area in ancestors(jurisdiction):
            higher = by_place.get((sector, kind, area))
            if higher:
                for h in higher:
                    edges.add((org, str(PKG.higherCounterpart), h))
                    edges.add((h, str(PKG.lowerCounterpart), org))
                break
    return edges
