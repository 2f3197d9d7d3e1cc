"""A layered drawing (Sugiyama's method) for views whose rows mean something: plans by level,
a commitment traced from the national task down to the city's.

Why not Graphviz ``dot``: its Python bindings need the ``dot`` program installed by the
system's package manager, and vis-network would still draw its own straight edges, not dot's
splines. The steps dot takes are few and small enough to do here, and the page stays one
offline file:

1. rows are given by the caller (a level, then a sub-row for a plan citing one of its level);
2. an edge spanning several rows gets a waypoint in each row it crosses, a slot of its own
   beside the boxes there;
3. each row is ordered by the barycentre of its neighbours in the row above, then below
   (a few sweeps, the usual crossing-reduction heuristic);
4. x: each node goes to its neighbours' mean x, pushed right just enough to keep its width
   and a gap from the node before it; y: each row is as tall as its tallest node.

5. every edge is drawn through points that keep it off every box: straight down out of its
   upper node's row band, across the gap between bands, straight down through each crossed
   row at its waypoint's slot, and straight into its lower node's band: a box lies inside its
   row's band, and nothing but these vertical pieces at free slots is drawn inside a band.

Deterministic: ties are broken by node id.

>>> lay = layered(["a", "b", "c"], [("a", "c")], {"a": 0, "b": 1, "c": 2}, {n: (100, 40) for n in "abc"})
>>> lay.pos["a"][1] < lay.pos["b"][1] < lay.pos["c"][1]
True
>>> lay.pos["a"], lay.pos["b"], lay.pos["c"]
((48.0, 20.0), (-48.0, 110.0), (48.0, 200.0))
>>> [lay.pos[p] for p in lay.chains[("a", "c")]]  # below a's band; through row 1 clear of b (x < 2); above c's band
[(48.0, 40.0), (48.0, 90.0), (48.0, 130.0), (48.0, 180.0)]
"""

from __future__ import annotations

from dataclasses import dataclass, field

GAP = 40.0  # horizontal space between two boxes in a row
ROW_GAP = 50.0  # vertical space between rows
WAYPOINT = 12.0  # the width a waypoint takes in its row


@dataclass
class Layered:
    """Positions of every node and waypoint, and each long edge's waypoints (top to bottom
    order is the edge's own: from its first node to its second)."""

    pos: dict[str, tuple[float, float]] = field(default_factory=dict)
    chains: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    row_y: dict[int, float] = field(default_factory=dict)


def rows_by_rank(nodes: list[str], edges: list[tuple[str, str]], rank: dict[str, int]) -> dict[str, int]:
    """Row numbers from ranks (0 at the top), with an edge inside one rank pushing its second
    node a sub-row lower, so that every edge crosses rows. ``edges`` go from the node drawn
    higher to the node drawn lower when ranks differ."""
    same: dict[str, list[str]] = {}
    for u, v in edges:
        if rank[u] == rank[v] and u != v:
            same.setdefault(v, []).append(u)
    depth: dict[str, int] = {}

    def depth_of(n: str, seen: frozenset) -> int:
        if n not in depth:
            above = [depth_of(u, seen | {n}) + 1 for u in sorted(same.get(n, ())) if u not in seen]
            depth[n] = max(above, default=0)
        return depth[n]

    keys = {n: (rank[n], depth_of(n, frozenset())) for n in sorted(nodes)}
    order = {k: i for i, k in enumerate(sorted(set(keys.values())))}
    return {n: order[k] for n, k in keys.items()}


def layered(nodes: list[str], edges: list[tuple[str, str]], row: dict[str, int],
            size: dict[str, tuple[float, float]], sweeps: int = 6) -> Layered:
    """Lay ``nodes`` out in rows (``row``: node → row number; ``size``: node → (width,
    height)); ``edges`` within one row are drawn as they are (callers avoid them)."""
    out = Layered()
    rows: dict[int, list[str]] = {}
    size = dict(size)
    up: dict[str, list[str]] = {n: [] for n in nodes}
    down: dict[str, list[str]] = {n: [] for n in nodes}
    for n in sorted(nodes):
        rows.setdefault(row[n], []).append(n)
    paths: dict[tuple[str, str], list[str]] = {}
    for u, v in sorted(set(edges)):
        top, bottom = (u, v) if row[u] <= row[v] else (v, u)
        points = [top]
        for r in range(row[top] + 1, row[bottom]):
            w = f"~{u}~{v}~row{r}"
            rows.setdefault(r, []).append(w)
            size[w] = (WAYPOINT, 0.0)
            up[w], down[w] = [], []
            points.append(w)
        points.append(bottom)
        for a, b in zip(points, points[1:]):
            down[a].append(b)
            up[b].append(a)
        paths[(u, v)] = points
    levels = sorted(rows)
    index = {n: i for r in levels for i, n in enumerate(rows[r])}

    def reorder(r: int, neighbours: dict[str, list[str]]) -> None:
        def centre(n: str) -> float:
            near = [index[m] for m in neighbours[n]]
            return sum(near) / len(near) if near else index[n]
        rows[r].sort(key=lambda n: (centre(n), n))
        index.update({n: i for i, n in enumerate(rows[r])})

    for _ in range(sweeps):
        for r in levels[1:]:
            reorder(r, up)
        for r in reversed(levels[:-1]):
            reorder(r, down)
    x: dict[str, float] = {}
    for sweep, (order, neighbours) in enumerate([(levels, up), (levels[::-1], down), (levels, up)]):
        for r in order:
            _place_row(rows[r], neighbours if sweep else {}, x, size)
    y, band = 0.0, {}
    for r in levels:
        band[r] = max(size[n][1] for n in rows[r]) / 2
        out.row_y[r] = y + band[r]
        y += 2 * band[r] + ROW_GAP
    out.pos = {n: (round(x[n], 1), round(out.row_y[r], 1)) for r in levels for n in rows[r]}
    at = {n: r for r in levels for n in rows[r]}
    for (u, v), points in paths.items():
        drawn = [(x[points[0]], out.row_y[at[points[0]]] + band[at[points[0]]])]
        for w in points[1:-1]:
            r = at[w]
            drawn += [(x[w], out.row_y[r] - band[r]), (x[w], out.row_y[r] + band[r])][: 2 if band[r] else 1]
        drawn.append((x[points[-1]], out.row_y[at[points[-1]]] - band[at[points[-1]]]))
        if points[0] != u:
            drawn.reverse()
        ids = [f"~{u}~{v}~{i}" for i in range(len(drawn))]
        out.pos.update({i: (round(px, 1), round(py, 1)) for i, (px, py) in zip(ids, drawn)})
        out.chains[(u, v)] = ids
    for r in levels:  # (the waypoints themselves are not drawn: the points above replace them)
        for n in rows[r]:
            if n.startswith("~"):
                del out.pos[n]
    return out


def _place_row(row: list[str], neighbours: dict[str, list[str]], x: dict[str, float],
               size: dict[str, tuple[float, float]]) -> None:
    """Each node at its neighbours' mean x (or packed, without neighbours placed yet), then
    pushed apart left to right and the row shifted back so it stays centred on its wishes."""
    wish = []
    cursor = 0.0
    for n in row:
        near = [x[m] for m in neighbours.get(n, ()) if m in x]
        wish.append(sum(near) / len(near) if near else x.get(n, cursor))
        cursor = wish[-1] + size[n][0] + GAP
    placed: list[float] = []
    for i, n in enumerate(row):
        want = wish[i]
        if placed:
            prev = row[i - 1]
            want = max(want, placed[-1] + (size[prev][0] + size[n][0]) / 2 + GAP)
        placed.append(want)
    shift = (sum(wish) - sum(placed)) / len(row) if row else 0.0
    for n, px in zip(row, placed):
        x[n] = px + shift
