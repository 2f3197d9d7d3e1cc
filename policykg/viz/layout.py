"""Layouts computed up front for large views, so the browser draws at once instead of running
a physics simulation (which takes minutes above ~1,500 nodes).

Hubs (agencies, plans) are placed by networkx's spring layout on the graph of hubs that share a
task; each task then sits near the centre of its owners, at a small offset fixed by its id.
Deterministic: the same graph gives the same positions.

>>> import networkx as nx
>>> g = nx.Graph([("agency:甲", "t1"), ("agency:乙", "t1")])
>>> for n in g: g.nodes[n]["kind"] = "task" if n == "t1" else "agency"
>>> pos = layout(g); sorted(pos) == ["agency:乙", "agency:甲", "t1"]
True
"""

from __future__ import annotations

import hashlib
import math

SCALE = 1500.0
_SPRING_LIMIT = 450  # networkx's spring layout needs SciPy above 500 nodes


def _offset(node: str, radius: float) -> tuple[float, float]:
    h = int(hashlib.sha1(node.encode("utf-8")).hexdigest()[:8], 16)
    angle = (h % 3600) / 3600 * 2 * math.pi
    r = radius * (0.35 + ((h >> 12) % 1000) / 1540)
    return r * math.cos(angle), r * math.sin(angle)


def layout(g) -> dict:
    """Positions {node: (x, y)} for every node of a view graph."""
    import networkx as nx

    hubs = sorted(n for n, d in g.nodes(data=True) if d.get("kind") != "task")
    tasks = sorted(n for n, d in g.nodes(data=True) if d.get("kind") == "task")
    h = nx.Graph()
    h.add_nodes_from(hubs)
    for t in tasks:
        owners = sorted(n for n in nx.all_neighbors(g, t) if n in h) if g.is_directed() else sorted(n for n in g[t] if n in h)
        for i, a in enumerate(owners):
            for b in owners[i + 1 :]:
                h.add_edge(a, b, weight=h.edges[a, b]["weight"] + 1 if h.has_edge(a, b) else 1)
    if 0 < len(h) <= _SPRING_LIMIT:
        pos = nx.spring_layout(h, seed=7, scale=SCALE, iterations=60)
    else:
        pos = nx.circular_layout(h, scale=SCALE)
    out = {n: (float(x), float(y)) for n, (x, y) in pos.items()}
    spread = SCALE / max(4, math.sqrt(len(hubs) or 1))
    for t in tasks:
        owners = [out[n] for n in (nx.all_neighbors(g, t) if g.is_directed() else g[t]) if n in out]
        cx = sum(p[0] for p in owners) / len(owners) if owners else 0.0
        cy = sum(p[1] for p in owners) / len(owners) if owners else 0.0
        dx, dy = _offset(str(t), spread)
        out[t] = (cx + dx, cy + dy)
    return out
