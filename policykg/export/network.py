"""Network analytics over the store (networkx): who works with whom, and who carries the load.

>>> import networkx as nx
>>> g = nx.Graph(); g.add_edge("甲局", "乙局", weight=2); g.add_edge("乙局", "丙局", weight=1)
>>> for k, v in g.nodes.items(): v.update(led=1, co=0, plans=1)
>>> [(r["agency"], r["collaborators"], r["betweenness"]) for r in workload(g)]
[('乙局', 2, 1.0), ('丙局', 1, 0.0), ('甲局', 1, 0.0)]
"""

from __future__ import annotations

from itertools import combinations

from ..store.reading import responsibilities
from ..store.embedded import PlanStore

WORKLOAD_COLUMNS = ["agency", "led", "co_owned", "inferred", "plans", "collaborators", "shared_tasks", "degree_centrality", "betweenness"]


def collaboration_graph(store: PlanStore):
    """Agencies linked by the tasks they share (edge ``weight`` = number of shared tasks).
    Node attributes: ``led``, ``co``, ``inferred`` (tasks), ``plans`` (number of plans)."""
    import networkx as nx

    g = nx.Graph()
    owners: dict[str, set[str]] = {}
    plans: dict[str, set[str]] = {}
    counts: dict[str, dict[str, int]] = {}
    for r in responsibilities(store):
        a = r["agency"]
        owners.setdefault(r["task_id"], set()).add(a)
        plans.setdefault(a, set()).add(r["规划"])
        c = counts.setdefault(a, {"led": 0, "co": 0, "inferred": 0})
        c[{"牵头": "led", "推定牵头": "inferred"}.get(r["角色"], "co")] += 1
    for a in sorted(counts):
        g.add_node(a, plans=len(plans[a]), **counts[a])
    for task in sorted(owners):
        for x, y in combinations(sorted(owners[task]), 2):
            w = g.edges[x, y]["weight"] + 1 if g.has_edge(x, y) else 1
            g.add_edge(x, y, weight=w)
    return g


def workload(g) -> list[dict]:
    """One row per agency: tasks led and co-owned, plans, collaborators, shared tasks, degree
    centrality and betweenness centrality (unweighted shortest paths), busiest first."""
    import networkx as nx

    degree = nx.degree_centrality(g) if len(g) > 1 else {n: 0.0 for n in g}
    between = nx.betweenness_centrality(g, normalized=True) if len(g) > 2 else {n: 0.0 for n in g}
    rows = []
    for n, data in g.nodes.items():
        rows.append({
            "agency": n, "led": data["led"], "co_owned": data["co"], "inferred": data.get("inferred", 0),
            "plans": data["plans"],
            "collaborators": g.degree(n), "shared_tasks": int(g.degree(n, weight="weight")),
            "degree_centrality": round(degree[n], 4), "betweenness": round(between[n], 4),
        })
    rows.sort(key=lambda r: (-(r["led"] + r["co_owned"] + r["inferred"]), -r["betweenness"], r["agency"]))
    return rows


def task_graph(store: PlanStore):
    """Plans, tasks and agencies as one directed graph for Gephi and other tools: plan → task
    (``part``), agency → task (``lead`` / ``co`` / ``inferred``). Every node has ``label``,
    ``kind`` (plan / task / agency), ``level`` (国家 省级 市级 …), ``region`` and ``sector``
    (Chinese label; a task's is its lead's), so that Gephi can colour and filter by any of them;
    agencies add ``agency_kind`` (department, government, …), tasks ``plan``, ``box`` and ``source``."""
    import networkx as nx

    from ..kg.agencies import sectors
    from .departments import agency_level

    labels = sectors()
    g = nx.DiGraph()
    role = {"牵头": "lead", "配合": "co", "推定牵头": "inferred"}
    lead_sector: dict[str, str] = {}
    for r in responsibilities(store):
        plan, task, agency = "plan:" + r["规划"], r["task_id"], "agency:" + r["agency"]
        sector = labels.get(r["sector"], "")
        if r["角色"] in ("牵头", "推定牵头"):
            lead_sector.setdefault(task, sector)
        g.add_node(plan, label=r["规划"], kind="plan", level=r["层级"], region=r["地区"], sector="")
        g.add_node(task, label=r["任务"], kind="task", level=r["层级"], region=r["地区"], sector="",
                   plan=r["规划"], box=r["专栏"], source=r["来源"])
        g.add_node(agency, label=r["agency"], kind="agency", level=agency_level(r["jurisdiction"])[1],
                   region=r["jurisdiction"], sector=sector, agency_kind=r["kind"])
        g.add_edge(plan, task, relation="part")
        g.add_edge(agency, task, relation=role.get(r["角色"], r["角色"]))
    for task, sector in lead_sector.items():
        g.nodes[task]["sector"] = sector
    return g
