"""Corpus-wide aggregates answered from partial sums kept per document graph.

``department-workload``, ``co-ownership-pairs`` and ``departments-per-plan`` join every
attribution of every task: some 110,000 rows at 1,000 plans, and the pairs query squares them per
task, so the engine takes seconds to minutes however they are written. Their sums add up across
documents (a task, and every task of a plan, live in one graph), so the build keeps each
document graph's partial sums in
the index graph (``pkg:summaryRows``, one ``rdf:JSON`` literal per graph, brought up to date
with the links index for the graphs a build wrote), and the query is answered by adding the
partial sums up and ordering as the query orders: time in proportion to the rows answered.

The ``.rq`` files stay the definition: ``--all-versions``, a remote endpoint, or a store whose
index does not follow its documents (a build stopped midway) run them, and the tests hold the
two to the same rows in the same order.
"""

from __future__ import annotations

import json
from collections import defaultdict

from ..kg.iris import INDEX_GRAPH, PKG, STATE_GRAPH, is_document_graph
from ..store.embedded import PlanStore, Result

_CHUNK = 200
_LEAD, _CO, _INFERRED = str(PKG.Lead), str(PKG.Co), str(PKG.InferredOwner)
_ATTRIBUTIONS = """SELECT ?g ?t ?p ?r ?a ?label ?jur ?role ?org WHERE { GRAPH ?g { #VALUES
  ?t a pkg:Task ; pkg:plan ?p ; prov:qualifiedAttribution ?r . ?r prov:agent ?a ; prov:hadRole ?role .
  OPTIONAL { ?a skos:prefLabel ?label } OPTIONAL { ?a pkg:jurisdictionName ?jur }
  OPTIONAL { ?a a ?org FILTER(?org = org:Organization) } } }"""
_TITLES = """SELECT DISTINCT ?g ?p ?title WHERE { GRAPH ?g { #VALUES ?t pkg:plan ?p . ?p dcterms:title ?title } }"""


def graph_partials(store: PlanStore, graphs: list[str]) -> dict[str, dict[str, list]]:
    """For each of ``graphs``: its partial rows of each summarised query."""
    rows: dict[str, list[list[str]]] = {g: [] for g in graphs}
    titles: dict[str, dict[str, list[str]]] = {g: {} for g in graphs}
    for i in range(0, len(graphs), _CHUNK):
        values = "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs[i:i + _CHUNK]) + " }"
        for g, *row in store.select(_ATTRIBUTIONS.replace("#VALUES", values)).rows:
            rows[g].append(row)
        for g, p, title in store.select(_TITLES.replace("#VALUES", values)).rows:
            titles[g].setdefault(p, []).append(title)
    return {g: {"department-workload": _workload(found), "co-ownership-pairs": _pairs(found),
                "departments-per-plan": _agencies_per_plan(found, titles[g])} for g, found in rows.items()}


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


def _agencies_per_plan(rows: list[list[str]], titles: dict[str, list[str]]) -> list[list]:
    """(plan title, [agencies that lead or co-own its tasks], [those that lead one]) for one graph."""
    out: dict[str, tuple[set, set]] = {}
    for _t, p, _r, a, _label, _jur, role, org in rows:
        if org and role in (_LEAD, _CO):
            for title in titles.get(p, []):
                agencies, leads = out.setdefault(title, (set(), set()))
                agencies.add(a)
                if role == _LEAD:
                    leads.add(a)
    return [[title, sorted(a), sorted(lead)] for title, (a, lead) in sorted(out.items())]


def _combine_agencies_per_plan(partials) -> list[list[str]]:
    plans: dict[str, tuple[set, set]] = {}
    for title, agencies, leads in partials:
        a, lead = plans.setdefault(title, (set(), set()))
        a.update(agencies)
        lead.update(leads)
    rows = sorted(((title, len(a), len(lead)) for title, (a, lead) in plans.items()), key=lambda r: (-r[1], r[0]))
    return [list(map(str, r)) for r in rows]


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


SUMMARISED = {
    "department-workload": (["department", "jurisdiction", "led", "co_owned", "inferred", "total", "plans"], _combine_workload),
    "co-ownership-pairs": (["agency", "partner", "shared_tasks", "agency_leads"], _combine_pairs),
    "departments-per-plan": (["plan", "agencies", "leads"], _combine_agencies_per_plan),
}


def summary_answer(store: PlanStore, name: str) -> Result | None:
    """The rows of named query ``name`` from the partial sums, or None when it is not summarised
    or the index does not follow the documents (then run the query)."""
    if name not in SUMMARISED:
        return None
    stale = store.select(f"ASK WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?s ?p ?o }} }}").rows[0][0] == "true"
    entries = store.select(f"SELECT ?g ?rows WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?g <{PKG.summaryRows}> ?rows }} }}").rows
    if stale or {g for g, _ in entries} != {g for g in store.named_graphs() if is_document_graph(g)}:
        return None
    columns, combine = SUMMARISED[name]
    return Result(columns, combine(row for _, entry in entries for row in json.loads(entry)[name]))
