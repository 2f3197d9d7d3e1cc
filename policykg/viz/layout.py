"""Positions for the network views (departments, one department), computed up front so the
browser draws at once instead of running a physics simulation (minutes above ~1,500 nodes).

Each connected part of the graph (in practice: one plan's agencies and tasks) is laid out on
its own and the parts are packed side by side, largest first, so a small plan is not pushed to
the edge of the canvas by a large one. Within a part, hubs (agencies, plans) are placed by
networkx's spring layout on the graph of hubs that share a task, with agencies of one sector
pulled together; the tasks of one set of owners sit on a sunflower spiral around their owners'
centre, so that they do not cover each other. Deterministic: the same graph gives the same
positions.

>>> import networkx as nx
>>> g = nx.Graph([("agency:甲", "t1"), ("agency:乙", "t1")])
>>> for n in g: g.nodes[n]["kind"] = "task" if n == "t1" else "agency"
>>> pos = layout(g); sorted(pos) == ["agency:乙", "agency:甲", "t1"]
True
"""

from __future__ import annotations

import math

STEP = 26.0  # distance between neighbouring tasks on a spiral
GAP = 160.0  # between two packed parts
ASPECT = 1.6  # of the packed parts: a screen is wider than tall
_SPRING_LIMIT = 450  # networkx's spring layout needs SciPy above 500 nodes
_GOLDEN = math.pi * (3 - math.sqrt(5))


def _neighbours(g, n):
    import networkx as nx

    return nx.all_neighbors(g, n) if g.is_directed() else g[n]


def _hubs(g, hubs: list[str], tasks: list[str]) -> dict:
    """Spring positions of one part's hubs (unit: pixels, centred on 0)."""
    import networkx as nx

    h = nx.Graph()
    h.add_nodes_from(hubs)
    for t in tasks:
        owners = sorted(n for n in _neighbours(g, t) if n in h)
        for i, a in enumerate(owners):
            for b in owners[i + 1:]:
                h.add_edge(a, b, weight=h.edges[a, b]["weight"] + 1 if h.has_edge(a, b) else 1)
    sectors: dict[str, list[str]] = {}
    for n in hubs:
        sectors.setdefault(g.nodes[n].get("group", ""), []).append(n)
    for members in sectors.values():  # one sector: a light pull between neighbours in name order
        for a, b in zip(members, members[1:]):
            if not h.has_edge(a, b):
                h.add_edge(a, b, weight=0.3)
    scale = 60.0 * math.sqrt(len(hubs) + len(tasks)) + 40.0
    if len(h) == 1:
        return {hubs[0]: (0.0, 0.0)}
    if len(h) <= _SPRING_LIMIT:
        pos = nx.spring_layout(h, seed=7, scale=scale, iterations=80)
    else:
        pos = nx.circular_layout(h, scale=scale)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _part(g, members: set) -> dict:
    hubs = sorted(n for n in members if g.nodes[n].get("kind") != "task")
    tasks = sorted(n for n in members if g.nodes[n].get("kind") == "task")
    out = _hubs(g, hubs, tasks) if hubs else {}
    groups: dict[tuple, list[str]] = {}
    for t in tasks:
        groups.setdefault(tuple(sorted(n for n in _neighbours(g, t) if n in out)), []).append(t)
    for owners, group in sorted(groups.items()):
        cx = sum(out[n][0] for n in owners) / len(owners) if owners else 0.0
        cy = sum(out[n][1] for n in owners) / len(owners) if owners else 0.0
        for i, t in enumerate(group, start=1 if owners else 0):
            r, a = STEP * math.sqrt(i) + (18.0 if owners else 0.0), i * _GOLDEN
            out[t] = (cx + r * math.cos(a), cy + r * math.sin(a))
    return out


def layout(g) -> dict:
    """Positions {node: (x, y)} for every node of a view graph."""
    import networkx as nx

    parts = sorted((set(c) for c in nx.connected_components(g.to_undirected(as_view=True))),
                   key=lambda c: (-len(c), min(map(str, c))))
    placed = []
    for members in parts:
        pos = _part(g, members)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        placed.append((pos, min(xs), min(ys), max(xs) - min(xs) + 200.0, max(ys) - min(ys) + 60.0))
    width = max(math.sqrt(sum(w * h for *_, w, h in placed) * ASPECT) * 1.1, max((w for *_, w, _ in placed), default=0))
    out: dict = {}
    x = y = row_height = 0.0
    for pos, left, top, w, h in placed:  # shelves, left to right, top to bottom
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        out.update({n: (px - left + x, py - top + y) for n, (px, py) in pos.items()})
        x, row_height = x + w + GAP, max(row_height, h)
    return out
