"""Corpus-wide aggregates answered from partial sums kept per document graph.

``department-workload`` and ``co-ownership-pairs`` join every attribution of every task: some
110,000 rows at 1,000 plans, and the pairs query squares them per task, so the engine takes
seconds to minutes however they are written. Their sums add up across documents (a task, and
every task of a plan, live in one graph), so the build keeps each document graph's partial sums
in the index graph (``pkg:summaryRows``, one ``rdf:JSON`` literal per graph, brought up to date
with the links index for the graphs a build wrote), and the query is answered by adding the
partial sums up and ordering as the query orders: time in proportion to the rows answered.
A query whose rows each come from one document (``# per-document:`` in its header:
tasks-per-box, departments-per-plan, tasks-without-explicit-owner) is kept the same way, as its
rows in each document, put in order across documents by the columns the header names.

The ``.rq`` files stay the definition: ``--all-versions``, a remote endpoint, or a store whose
index does not follow its documents (a build stopped midway) run them, and the tests hold the
two to the same rows in the same order.
"""

from __future__ import annotations

import json
from collections import defaultdict

from ..kg.iris import INDEX_GRAPH, PKG, STATE_GRAPH
from ..store.binding import values_blocks
from ..store.embedded import PlanStore, Result
from ..store.queries import NamedQuery, named_queries

_LEAD, _CO, _INFERRED = str(PKG.Lead), str(PKG.Co), str(PKG.InferredOwner)
_ATTRIBUTIONS = """SELECT ?g ?t ?p ?r ?a ?label ?jur ?role ?org WHERE { GRAPH ?g { #VALUES
  ?t a pkg:Task ; pkg:plan ?p ; prov:qualifiedAttribution ?r . ?r prov:agent ?a ; prov:hadRole ?role .
  OPTIONAL { ?a skos:prefLabel ?label } OPTIONAL { ?a pkg:jurisdictionName ?jur }
  OPTIONAL { ?a a ?org FILTER(?org = org:Organization) } } }"""


def graph_partials(store: PlanStore, graphs: list[str]) -> dict[str, dict[str, list]]:
    """For each of ``graphs``: its partial rows of each summarised query, and its rows of each
    per-document query."""
    rows: dict[str, list[list[str]]] = {g: [] for g in graphs}
    for values in values_blocks("g", graphs):
        for g, *row in store.select(_ATTRIBUTIONS.replace("#VALUES", values)).rows:
            rows[g].append(row)
    out = {g: {"department-workload": _workload(found), "co-ownership-pairs": _pairs(found)} for g, found in rows.items()}
    for q in per_document_queries():
        for g in graphs:
            out[g][q.name] = store.select(in_graphs(q.text, [g])).rows
    return out


def per_document_queries() -> list[NamedQuery]:
    return [q for q in named_queries().values() if q.per_document]


def in_graphs(text: str, graphs: list[str]) -> str:
    """A summarised or per-document query asked of ``graphs`` only (its patterns are in one
    ``GRAPH ?g``)."""
    values = " ".join(f"<{g}>" for g in graphs)
    return text.replace("GRAPH ?g {", f"GRAPH ?g {{ VALUES ?g {{ {values} }}", 1)


def _workload(rows: list[list[str]]) -> list[list]:
    """(department, jurisdiction, led, co-owned, inferred, tasks, [plans]): the query's sums over one
    graph's rows (an attribution row each, as its SPARQL counts them)."""
    sums: dict[tuple[str, str], list] = {}
    for t, p, _r, _a, label, jur, role, _org in rows:
        if not label:
            continue
        s = sums.setdefault((label, jur), [0, 0, 0, set(), set()])
        s[0] += role == _LEAD
        s[1] += role == _CO
        s[2] += role == _INFERRED
        s[3].add(t)
        s[4].add(p)
    return [[label, jur, led, co, inf, len(ts), sorted(ps)] for (label, jur), (led, co, inf, ts, ps) in sorted(sums.items())]


def _pairs(rows: list[list[str]]) -> list[list]:
    """(agency, partner, shared tasks, tasks of them the agency leads): the query's sums over one
    graph's rows, agencies (org:Organization) that lead or co-own a task together."""
    owners: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for t, _p, r, _a, label, _jur, role, org in rows:
        if org and label and role in (_LEAD, _CO):
            owners[t].add((r, label, role))
    sums: dict[tuple[str, str], list] = {}
    for t, found in owners.items():
        for _r1, a, role in found:
            for _r2, b, _ in found:
                if a < b:
                    s = sums.setdefault((a, b), [set(), 0])
                    s[0].add(t)
                    s[1] += role == _LEAD
    return [[a, b, len(ts), leads] for (a, b), (ts, leads) in sorted(sums.items())]


def _combine_workload(partials) -> list[list[str]]:
    sums: dict[tuple[str, str], list] = {}
    for label, jur, led, co, inf, tasks, plans in partials:
        s = sums.setdefault((label, jur), [0, 0, 0, 0, set()])
        s[0] += led
        s[1] += co
        s[2] += inf
        s[3] += tasks
        s[4].update(plans)
    rows = [(label, jur, led, co, inf, tasks, len(plans)) for (label, jur), (led, co, inf, tasks, plans) in sums.items()]
    rows.sort(key=lambda r: (-r[5], -r[2], r[0], r[1]))  # ORDER BY DESC(?total) DESC(?led) ?department ?jurisdiction
    return [list(map(str, r)) for r in rows]


def _combine_pairs(partials) -> list[list[str]]:
    sums: dict[tuple[str, str], list[int]] = {}
    for a, b, shared, leads in partials:
        s = sums.setdefault((a, b), [0, 0])
        s[0] += shared
        s[1] += leads
    rows = sorted(((a, b, shared, leads) for (a, b), (shared, leads) in sums.items()), key=lambda r: (-r[2], r[0], r[1]))
    return [list(map(str, r)) for r in rows]


SUMMARISED = {"department-workload": _combine_workload, "co-ownership-pairs": _combine_pairs}  # query → how its sums add up


def answer(store: PlanStore, name: str, text: str, params: dict[str, str] | None = None) -> Result:
    """What ``policykg query NAME`` answers from a local store: the rows of the sums when the
    query has them (and takes no parameters), else the query's."""
    return (None if params else summary_answer(store, name)) or store.select(text, params)


def summary_answer(store: PlanStore, name: str) -> Result | None:
    """The rows of named query ``name`` from the sums or the per-document rows, or None when it
    has neither or the index does not follow the documents (then run the query)."""
    q = named_queries().get(name)
    if not q or (name not in SUMMARISED and not q.per_document):
        return None
    stale = store.select(f"ASK WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s ?p ?o }} }}").rows[0][0] == "true"
    entries = store.select(f"SELECT ?g ?rows WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?g <{PKG.summaryRows}> ?rows }} }}").rows
    if stale or {g for g, _ in entries} != store.document_graphs():
        return None
    held = [json.loads(entry) for _, entry in sorted(entries)]
    if any(name not in rows for rows in held):  # (kept by a build that did not keep this query's rows)
        return None
    partials = [row for rows in held for row in rows[name]]
    columns = store.select(in_graphs(q.text, [])).columns  # (the query's own, asked of no graph)
    if name in SUMMARISED:
        return Result(columns, SUMMARISED[name](partials))
    return Result(columns, sorted(partials, key=_order(columns, q.per_document)))


def _order(columns: list[str], spec: list[str]):
    """Sort key: the columns named in ``spec``, a ``-`` one as a number, descending. The sort is
    stable and a document's rows come in the query's order, so the order within a document stays."""
    keys = [(columns.index(c.lstrip("-")), c.startswith("-")) for c in spec]
    return lambda row: tuple(-float(row[i] or 0) if descending else row[i] for i, descending in keys)
