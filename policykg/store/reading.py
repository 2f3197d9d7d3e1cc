"""Reads every output shares (department lists, matrix, analytics, views): one query, one
shape, so that a workbook and a view never disagree on who owns what.
"""

from __future__ import annotations

from .embedded import PlanStore

LEVEL_ZH = {"national": "国家", "department": "部委", "provincial": "省级", "municipal": "市级",
            "metropolitan": "都市圈", "county": "县级", "": ""}
ROLE_ZH = {"Lead": "牵头", "Co": "配合", "InferredOwner": "推定牵头"}
_ROWS = """
SELECT ?t ?agency ?jur ?sector ?kind ?role ?task ?desc ?plan ?lv ?area ?box_no ?box_title ?section ?source ?line ?deadline ?ord WHERE {
  GRAPH ?g {
    ?t a pkg:Task ; dcterms:title ?task ; pkg:plan ?p ; pkg:ordinal ?ord ; eli:is_part_of ?part ;
       prov:wasDerivedFrom ?span ; prov:qualifiedAttribution ?r .
    ?r prov:agent ?a ; prov:hadRole ?roleTerm . ?a skos:prefLabel ?agency .
    OPTIONAL { ?a pkg:jurisdictionName ?jur } OPTIONAL { ?a org:classification ?sector } OPTIONAL { ?a pkg:agencyKind ?kind }
    ?p dcterms:title ?plan . OPTIONAL { ?p pkg:level ?lvTerm } OPTIONAL { ?p pkg:regionName ?area }
    OPTIONAL { ?t dcterms:description ?desc }
    OPTIONAL { ?part pkg:boxNumber ?box_no . OPTIONAL { ?part dcterms:title ?box_title } }
    OPTIONAL { ?t pkg:section ?section } OPTIONAL { ?t pkg:deadline ?deadline }
    ?span pkg:sourceFile ?source ; pkg:line ?line .
  }
  BIND(STRAFTER(STR(?roleTerm), "#") AS ?role)
  BIND(STRAFTER(STR(?lvTerm), "/level/") AS ?lv)
}"""


def responsibilities(store: PlanStore) -> list[dict[str, str]]:
    """One dict per (task, agency, role), sorted by source and task order. Besides the Chinese
    columns of the department lists: the agency's area (``jurisdiction``), ``sector`` (key of
    ontology/sectors.toml) and ``kind``, the task's description (任务描述) and its plan's area (地区)."""
    rows = []
    for (t, agency, jur, sector, kind, role, task, desc, plan, lv, area, box_no, box_title, section, source, line,
         deadline, ord_) in store.select(_ROWS).rows:
        box = f"专栏{box_no} {box_title}".strip() if box_no else (section or "")
        rows.append({"task_id": t, "agency": agency, "jurisdiction": jur or "", "sector": (sector or "").rsplit("/", 1)[-1],
                     "kind": kind or "", "角色": ROLE_ZH.get(role, role), "任务": task, "任务描述": desc or "", "专栏": box,
                     "规划": plan, "层级": LEVEL_ZH.get(lv or "", lv or ""), "地区": area or "", "来源": f"{source}:{line}",
                     "完成时限": deadline or "", "_sort": (source, int(ord_), role != "Lead")})
    rows.sort(key=lambda r: (r["_sort"], r["agency"]))
    return rows


_TARGETS = """SELECT ?t ?written WHERE { GRAPH ?g { ?t pkg:target ?x . ?x pkg:writtenValue ?written ; prov:wasDerivedFrom ?s .
  ?s oa:start ?at } } ORDER BY ?t ?at"""
_DUE = "SELECT ?t ?due WHERE { GRAPH ?g { ?t pkg:dueBy ?due } }"


def task_targets(store: PlanStore) -> dict[str, str]:
    """Task → its quantified targets as written, in text order, joined with ；: read once for all
    tasks (one scan, not an OPTIONAL on every responsibility row)."""
    targets: dict[str, list[str]] = {}
    for t, written in store.select(_TARGETS).rows:
        targets.setdefault(t, []).append(written)
    return {t: "；".join(w) for t, w in targets.items()}


def due_dates(store: PlanStore) -> dict[str, str]:
    """Task → the date it is due by (YYYY-MM-DD), for every task that has one."""
    return dict(store.select(_DUE).rows)


_DIFF_TASKS = """
SELECT ?t ?ord ?title ?desc ?box ?section ?line ?roleTerm ?order ?written WHERE {
  GRAPH ?g {
    ?t a/rdfs:subClassOf? pkg:Task ; dcterms:title ?title ; pkg:ordinal ?ord ; eli:is_part_of ?part ;
       prov:wasDerivedFrom ?span . ?span pkg:line ?line .
    OPTIONAL { ?t dcterms:description ?desc } OPTIONAL { ?part pkg:boxNumber ?n ; dcterms:title ?box }
    OPTIONAL { ?t pkg:section ?section }
    OPTIONAL { ?t prov:qualifiedAttribution ?r . ?r prov:hadRole ?roleTerm ; pkg:asWritten ?written ; pkg:order ?order }
  }
}"""
_FILE_OF_PLAN = """
SELECT ?name ?title WHERE { GRAPH ?g { ?p a pkg:Plan ; dcterms:title ?title ; pkg:source ?s . ?s pkg:fileName ?name } }
ORDER BY ?name"""


def stored_file(store, name_or_title: str) -> str:
    """The stored file a diff argument names: a file name as the build named it, or the title of
    a plan (its current version's file); "" when the store holds neither."""
    given = name_or_title.replace("\\", "/").removeprefix("./")
    for name in dict.fromkeys((given, given.rsplit("/", 1)[-1])):
        if store.select("ASK WHERE { GRAPH ?g { ?s pkg:fileName ?name } }", {"name": name}).rows[0][0] == "true":
            return name
    rows = store.select(_FILE_OF_PLAN, {"title": name_or_title}).rows
    return rows[0][0] if rows else ""


def diff_tasks_of(store, name: str):
    """The tasks in the graph of stored file ``name`` (a current or an earlier version), in order,
    as :func:`policykg.kg.diff.plan_diff` compares them."""
    from ..kg.diff import DiffTask
    from ..kg.iris import graph_iri

    tasks: dict[str, dict] = {}
    for t, ordinal, title, desc, box, section, line, role, order, written in store.select(
            _DIFF_TASKS.replace("GRAPH ?g", f"GRAPH <{graph_iri(name)}>")).rows:
        entry = tasks.setdefault(t, {"ord": int(ordinal), "title": title, "desc": desc, "box": box or section,
                                     "line": int(line), "Lead": [], "Co": []})
        kind = role.rsplit("#", 1)[-1]
        if kind in ("Lead", "Co") and (int(order), written) not in entry[kind]:
            entry[kind].append((int(order), written))
    return [DiffTask(e["title"], e["desc"], e["box"], tuple(w for _, w in sorted(e["Lead"])),
                     tuple(w for _, w in sorted(e["Co"])), e["line"])
            for e in sorted(tasks.values(), key=lambda e: (e["ord"], e["line"]))]


_AGENCIES = """
SELECT DISTINCT ?a ?name ?jur ?spelling WHERE {
  GRAPH ?g { #NAMED ?a a prov:Agent ; skos:prefLabel ?name .
             OPTIONAL { ?a pkg:jurisdictionName ?jur } OPTIONAL { ?a skos:altLabel ?spelling } }
}"""


def find_agency_in(store, query: str, area: str = ""):
    """:func:`policykg.kg.agency_search.find_agency` over the agencies of ``store``. The agencies
    whose official name or a spelling is ``query`` are looked up first (an index lookup each:
    the answer to most queries, at any size of store); only a query they do not answer reads
    every agency (the later steps search the whole list)."""
    from ..kg.agency_search import find_agency

    named = known_agencies(store, query)
    found = find_agency(query, named, area) if named else None
    return found if found and found.agencies else find_agency(query, known_agencies(store), area)


def known_agencies(store, name: str | None = None) -> list:
    """Every agency the store's plans name (current versions and earlier ones alike), with every
    spelling they used: what :func:`policykg.kg.agency_search.find_agency` searches. ``name``:
    only the agencies whose official name or a spelling it is."""
    from ..kg.agency_search import KnownAgency

    if name is None:
        rows = store.select(_AGENCIES.replace("#NAMED", "")).rows
    else:  # (the name bound in the pattern, where the planner starts from it: 0.5 ms, not 1 s)
        named = {"named": "".join(name.split())}
        rows = [row for label in ("skos:prefLabel", "skos:altLabel")
                for row in store.select(_AGENCIES.replace("#NAMED", f"?a {label} ?named ."), named).rows]
    found: dict[str, tuple[str, str, set[str]]] = {}
    for a, name_, jur, spelling in rows:
        entry = found.setdefault(a, (name_, jur or "", set()))
        if spelling:
            entry[2].add(spelling)
    return [KnownAgency(a, name_, jur, tuple(sorted(sp))) for a, (name_, jur, sp) in sorted(found.items())]
