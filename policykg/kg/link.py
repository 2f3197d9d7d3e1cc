"""Cross-document links: resolve each citation to a plan in the corpus when there is one, and
link each agency to its counterpart one level up.

A cited plan already shares its IRI with a corpus plan of the same normalised title. When only
the 文号 matches (the citing text abbreviates or rewords the title), the citation is resolved
to the corpus plan by 文号. The resulting ``eli:applies`` (parent) and ``eli:cites`` (mention)
edges are recomputed over the whole corpus into one ``links`` graph by the build's
cross-document step, which reads the rows these functions take from the store.

Counterparts: an agency and the nearest agency of the same sector and kind in an area it lies
in (营口市农业农村局 → 辽宁省农业农村厅) are linked by ``pkg:higherCounterpart`` /
``pkg:lowerCounterpart``.
"""

from __future__ import annotations

from .agencies import ancestors
from .iris import PKG
from .rdf import literal

_PARENT = "http://data.europa.eu/eli/ontology#applies"
_MENTION = "http://data.europa.eu/eli/ontology#cites"


def plan_edges(plans: list[list[str]], citations: list[list[str]]) -> set[tuple[str, str, str]]:
    """(citing, eli:applies | eli:cites, cited) for every citation; ``plans`` are rows
    (plan, 文号) of the corpus, ``citations`` rows (citing, cited, relation, 文号)."""
    corpus = {}
    by_docno = {}
    for plan, docno in plans:
        corpus[plan] = docno
        if docno:
            by_docno.setdefault(docno, plan)
    edges = set()
    for citing, cited, relation, docno in citations:
        target = cited if cited in corpus else by_docno.get(docno, cited)
        if target == citing:
            continue
        edges.add((citing, _PARENT if relation.endswith("Parent") else _MENTION, target))
    return edges


def counterpart_edges(agencies: list[list[str]]) -> set[tuple[str, str, str]]:
    """(lower, pkg:higherCounterpart, higher) and the inverse, for every agency whose sector
    and kind has an agency in an area above it (the nearest such area); ``agencies`` are rows
    (agency, sector, kind, jurisdiction)."""
    by_place: dict[tuple[str, str, str], list[str]] = {}
    for org, sector, kind, jurisdiction in agencies:
        by_place.setdefault((sector, kind, jurisdiction), []).append(org)
    edges = set()
    higher_p, lower_p = str(PKG.higherCounterpart), str(PKG.lowerCounterpart)
    above: dict[str, list[str]] = {}
    for org, sector, kind, jurisdiction in agencies:
        if jurisdiction not in above:
            above[jurisdiction] = ancestors(jurisdiction)
        for area in above[jurisdiction]:
            higher = by_place.get((sector, kind, area))
            if higher:
                for h in higher:
                    edges.add((org, higher_p, h))
                    edges.add((h, lower_p, org))
                break
    return edges


def reference_lines(targets: set[str], references: list[list[str]], identifiers: list[list[str]]) -> set[str]:
    """N-Triples for the links graph: what the citing documents say of each cited plan (title,
    level; ``references`` rows (plan, title, level)) and every 文号 any graph gives it
    (``identifiers`` rows (plan, 文号)), for the plans in ``targets`` only."""
    out = set()
    for plan, title, level in references:
        if plan in targets:
            out.add(f"<{plan}> <{PKG.referenceTitle}> {literal(title)} .\n")
            if level:
                out.add(f"<{plan}> <{PKG.referenceLevel}> <{level}> .\n")
    for plan, no in identifiers:
        if plan in targets:
            out.add(f"<{plan}> <{PKG.referenceIdentifier}> {literal(no)} .\n")
    return out


def counterpart_lines(ends: set[str], agencies: list[list[str]]) -> set[str]:
    """N-Triples for the links graph: the name, area and sector of each agency at an end of a
    counterpart edge (``agencies`` rows (agency, sector, kind, area, name))."""
    out = set()
    for org, sector, _kind, area, label in agencies:
        if org in ends:
            out |= {f"<{org}> <{PKG.counterpartName}> {literal(label)} .\n",
                    f"<{org}> <{PKG.counterpartArea}> {literal(area)} .\n",
                    f"<{org}> <{PKG.counterpartSector}> <{sector}> .\n"}
    return out
