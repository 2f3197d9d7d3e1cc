"""Cross-document links: resolve each citation to a plan in the corpus when there is one.

A cited plan already shares its IRI with a corpus plan of the same normalised title. When only
the 文号 matches (the citing text abbreviates or rewords the title), the citation is resolved
to the corpus plan by 文号. The resulting ``eli:applies`` (parent) and ``eli:cites`` (mention)
edges are recomputed over the whole store into one ``links`` graph after every build.
"""

from __future__ import annotations

from .iris import LINKS_GRAPH
from .store import PlanStore

_CITATIONS = """
SELECT DISTINCT ?citing ?cited ?relation ?docno WHERE {
  GRAPH ?g { ?c a pkg:Citation ; pkg:citingPlan ?citing ; pkg:citedPlan ?cited ; pkg:relation ?relation .
             OPTIONAL { ?c dcterms:identifier ?docno } }
}"""
_PLANS = """
SELECT DISTINCT ?plan ?docno WHERE {
  GRAPH ?g { ?plan a pkg:Plan . OPTIONAL { ?plan dcterms:identifier ?docno } }
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
    nt = "".join(f"<{s}> <{p}> <{o}> .\n" for s, p, o in sorted(edges))
    store.replace_graph(str(LINKS_GRAPH), nt)
    return len(edges)
