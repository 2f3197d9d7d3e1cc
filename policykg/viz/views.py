"""The graphs behind the HTML views, built from the store (networkx), one function per view.

Every node carries ``label`` (drawn on the canvas), ``title`` (tooltip text), ``group`` (legend
entry) and ``kind``; every edge ``dashes`` (co-owner links are dashed) and ``title``. The
renderer (render.py) only draws what is here.
"""

from __future__ import annotations

from ..kg.agencies import sectors
from ..kg.agency_search import search_terms
from ..kg.iris import LINKS_GRAPH
from ..store.embedded import PlanStore
from ..store.reading import LEVEL_ZH, due_dates, known_agencies, responsibilities, task_targets

LEVEL_ORDER = ["国家", "部委", "省级", "都市圈", "市级", "县级", ""]
LEVEL_RANK = {level: i for i, level in enumerate(LEVEL_ORDER)}

_AGENCIES = """
SELECT DISTINCT ?name ?kind ?sector ?area WHERE {
  GRAPH ?g { ?a a prov:Agent ; skos:prefLabel ?name . OPTIONAL { ?a pkg:agencyKind ?kind }
             OPTIONAL { ?a org:classification ?sector } OPTIONAL { ?a pkg:jurisdictionName ?area } }
}"""
_PLANS = f"""
SELECT ?plan ?parent ?plan_level ?parent_level ?parent_in_corpus WHERE {{
  GRAPH ?g {{ ?p a pkg:Plan ; dcterms:title ?plan . OPTIONAL {{ ?p pkg:level ?pl }} }}
  OPTIONAL {{
    GRAPH <{LINKS_GRAPH}> {{ ?p eli:applies ?q
      OPTIONAL {{ ?q pkg:referenceTitle ?citedTitle }} OPTIONAL {{ ?q pkg:referenceLevel ?rl }} }}
    OPTIONAL {{ GRAPH ?g2 {{ ?q a pkg:Plan ; dcterms:title ?corpusTitle . OPTIONAL {{ ?q pkg:level ?ql }} }} }}
  }}
  BIND(COALESCE(?corpusTitle, ?citedTitle) AS ?parent)
  BIND(STRAFTER(STR(?pl), "/level/") AS ?plan_level)
  BIND(STRAFTER(STR(COALESCE(?ql, ?rl)), "/level/") AS ?parent_level)
  BIND(IF(BOUND(?corpusTitle), "yes", "no") AS ?parent_in_corpus)
}}"""
# (counted in the store: reading every responsibility to count them took 20 s at 1,000 plans)
_TASKS_PER_PLAN = """SELECT ?plan (COUNT(DISTINCT ?t) AS ?n) WHERE {
  GRAPH ?g { ?t a pkg:Task ; pkg:plan ?p ; prov:qualifiedAttribution ?r . ?p dcterms:title ?plan } } GROUP BY ?plan"""
_CARRIES = f"SELECT ?t ?pt WHERE {{ GRAPH ?ag {{ ?t pkg:carriesOut ?pt }} }}"


def _agency_info(store: PlanStore) -> dict[str, dict]:
    labels = sectors()
    info = {}
    for name, kind, sector, area in store.select(_AGENCIES).rows:
        key = sector.rsplit("/", 1)[-1] if sector else ""
        info.setdefault(name, {"kind": kind or "", "sector": labels.get(key, "其他"), "area": area or "", "search": ""})
    for agency in known_agencies(store):  # every way to type it, for the search box
        if agency.name in info:
            info[agency.name]["search"] = "\n".join(search_terms(agency))
    return info


def _task_tooltip(r: dict, owners: list[str]) -> str:
    return "\n".join(x for x in (r["任务"], r["专栏"], r["规划"], "；".join(owners), r["来源"]) if x)


def _tasks_and_agencies(store: PlanStore, rows: list[dict]) -> "object":
    """The agency–task graph over the given responsibilities (rows of ``responsibilities``)."""
    import networkx as nx

    g = nx.Graph()
    info = _agency_info(store)
    owners: dict[str, list[str]] = {}
    for r in rows:
        owners.setdefault(r["task_id"], []).append(f"{r['角色']} {r['agency']}")
    for r in rows:
        a, t = "agency:" + r["agency"], r["task_id"]
        ai = info.get(r["agency"], {"kind": "", "sector": "其他", "area": "", "search": ""})
        g.add_node(a, label=r["agency"], kind="agency", group=ai["sector"], search=ai["search"],
                   title="\n".join(x for x in (r["agency"], ai["sector"], ai["area"], ai["kind"]) if x))
        g.add_node(t, label=r["任务"], kind="task", group=r["规划"], plan=r["规划"], level=r["层级"],
                   title=_task_tooltip(r, owners[t]))
        g.add_edge(a, t, dashes=r["角色"] == "配合", role=r["角色"], title=f"{r['角色']}：{r['agency']} → {r['任务']}")
    return g


def departments_view(store: PlanStore, plan: str | None = None):
    """Agencies (coloured by sector) and the tasks they own (coloured by plan), for one plan
    (title contains ``plan``) or all; lead links solid, co links dashed."""
    return _tasks_and_agencies(store, [r for r in responsibilities(store) if not plan or plan in r["规划"]])


def department_view(store: PlanStore, name: str):
    """One agency (its official name: ``cli.common.resolve_agency`` finds it from a spelling
    or an abbreviation), its tasks, and the agencies sharing them."""
    rows = responsibilities(store)
    tasks = {r["task_id"] for r in rows if r["agency"] == name}
    return _tasks_and_agencies(store, [r for r in rows if r["task_id"] in tasks])


def trace_view(store: PlanStore, keyword: str):
    """Every task whose title contains ``keyword``, its owners, and the higher-level task each
    carries out, in rows: each level's tasks, then their owners below them, national at the
    top; a solid arrow (落实) runs down from a task to the lower-level task carrying it out."""
    rows = responsibilities(store)
    tasks = {r["task_id"] for r in rows if keyword in r["任务"]}
    g = _tasks_and_agencies(store, [r for r in rows if r["task_id"] in tasks])
    for t, pt in store.select(_CARRIES).rows:
        if t in g and pt in g:
            # the graph is undirected: the arrow's direction is kept on the edge (higher → lower)
            g.add_edge(pt, t, dashes=False, role="落实", arrows="to", source=pt, target=t, title="由下级落实（carried out by）")
    targets, due = task_targets(store), due_dates(store)
    for n, d in g.nodes(data=True):
        if d["kind"] == "task":
            d["rank"] = 2 * LEVEL_RANK.get(d["level"], len(LEVEL_ORDER))
            d["title"] += "".join(f"\n{k}：{v}" for k, v in (("目标", targets.get(n)), ("截止", due.get(n))) if v)
    for n, d in g.nodes(data=True):
        if d["kind"] == "agency":  # below the highest level it owns a task at
            d["rank"] = min(g.nodes[t]["rank"] for t in g[n] if g.nodes[t]["kind"] == "task") + 1
    g.graph.update(layers=True, rank_names={2 * i: level for i, level in enumerate(LEVEL_ORDER) if level})
    return g


def plans_view(store: PlanStore, only: str | None = None):
    """Plans and the parent plans they conform to, national at the top, with task counts; with
    ``only``, the plans whose title contains it and the plans above them."""
    import networkx as nx

    counts = {plan: int(n) for plan, n in store.select(_TASKS_PER_PLAN).rows}
    g = nx.DiGraph()
    for plan, parent, level, parent_level, in_corpus in store.select(_PLANS).rows:
        lv = LEVEL_ZH.get(level or "", "")
        g.add_node(plan, label=f"{plan}\n{counts.get(plan, 0)} 项任务", kind="plan", group=lv or "未知层级", level=lv,
                   rank=LEVEL_RANK.get(lv, len(LEVEL_ORDER)), title=f"{plan}\n{lv}\n{counts.get(plan, 0)} 项任务")
        if parent:
            plv = LEVEL_ZH.get(parent_level or "", "")
            if parent not in g:  # a corpus plan gets its own node (with task count) from its row
                g.add_node(parent, label=parent, kind="plan", group=plv or "未知层级", level=plv,
                           rank=LEVEL_RANK.get(plv, len(LEVEL_ORDER)),
                           title=f"{parent}\n{plv or '层级未知'}\n{'在库中' if in_corpus == 'yes' else '仅被引用'}")
            g.add_edge(plan, parent, dashes=in_corpus != "yes", arrows="to", title="依据（eli:applies）")
    placed = {n for n, d in g.nodes(data=True) if d["level"]}
    for _ in range(len(LEVEL_ORDER)):  # a parent of unknown level: just above the highest plan citing it
        for n in sorted(set(g) - placed):
            citing = [g.nodes[c]["rank"] for c in g.predecessors(n) if c in placed]
            if citing:
                g.nodes[n]["rank"] = min(citing)
                placed.add(n)
    if only:
        import networkx as nx

        keep = {n for n in g if only in n}
        g = g.subgraph(keep.union(*(nx.descendants(g, n) for n in keep))).copy()
    g.graph.update(layers=True, rank_names={i: level or "层级未知" for i, level in enumerate(LEVEL_ORDER)})
    return g
