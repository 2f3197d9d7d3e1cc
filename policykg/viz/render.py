"""A view graph → one self-contained, offline HTML file (vis-network, as shipped inside pyvis).

pyvis's data model is kept (the same node and edge dicts), but the page is our own template,
because pyvis 0.3.2 links CDNs even when asked to inline and inserts its heading unescaped. Here:

- vis-network's JavaScript and CSS are inlined, and a Content-Security-Policy allows no request
  at all (``default-src 'none'``; scripts only by their sha256), so the file works offline and
  nothing in it can load or run anything else;
- graph data sits in a ``<script type="application/json">`` block with ``<`` written as \\u003c,
  and tooltips are built as DOM text nodes, so document text such as
  ``<img src=x onerror=alert(1)>`` is shown as text, never run; the heading and legend are
  HTML-escaped;
- positions are computed here (a clustered spring layout, or rows for the plans and trace
  views, see layers.py), so the page draws at once and the same graph gives the same bytes;
- labels are drawn in a CJK font where the machine has one (``FONTS``); page.js keeps the
  labels of the busiest nodes at a legible size at every zoom and hides any label that would
  overlap one already drawn; search also matches abbreviations (``search`` on each node).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from pathlib import Path

from .layers import layered, rows_by_rank
from .layout import layout

# Colour-blind-safe palettes (Okabe & Ito 2008; Paul Tol's "muted"), never repeated: groups
# beyond a palette's length share the grey of 其他 (other).
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
TOL_MUTED = ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"]
OTHER, OTHER_COLOUR = "其他", "#BBBBBB"
FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"

_HERE = Path(__file__).parent
_KIND = {"agency": ("diamond", 16, "部门（按领域）agencies by sector", TOL_MUTED),
         "plan": ("box", 16, "规划（按层级）plans by level", OKABE_ITO),
         "task": ("dot", 7, "任务（按规划）tasks by plan", OKABE_ITO)}
BOX_CHARS = 12  # characters per line of a plan's box


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _json(data) -> str:
    """JSON that cannot end its <script> element: every < becomes \\u003c."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e")


def _colours(g) -> dict[str, dict[str, str]]:
    """Colour of each group within each kind: the largest groups first take the palette's
    colours, the rest share 其他's grey."""
    out: dict[str, dict[str, str]] = {}
    for kind, (_, _, _, palette) in _KIND.items():
        sizes: dict[str, int] = {}
        for _, d in g.nodes(data=True):
            if d.get("kind", "task") == kind:
                sizes[d.get("group", "")] = sizes.get(d.get("group", ""), 0) + 1
        named = sorted((grp for grp in sizes if grp != OTHER), key=lambda grp: (-sizes[grp], grp))
        out[kind] = {grp: palette[i] if i < len(palette) else OTHER_COLOUR for i, grp in enumerate(named)}
        if OTHER in sizes:
            out[kind][OTHER] = OTHER_COLOUR
    return out


def _ink(fill: str) -> str:
    """Black or white text, whichever reads better on ``fill`` (WCAG relative luminance)."""
    r, g, b = (int(fill[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lum = sum(w * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4) for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b)))
    return "#ffffff" if lum < 0.3 else "#1a1a1a"


def _sha(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _box_label(text: str) -> str:
    lines = [part for line in text.split("\n") for part in
             ([line[i:i + BOX_CHARS] for i in range(0, len(line), BOX_CHARS)] or [""])]
    return "\n".join(lines)


def _size(d: dict, label: str) -> tuple[float, float]:
    """(width, height) a node takes in a row: a box's text, or a shape with its label below."""
    lines = label.split("\n")
    if d.get("kind") == "plan":
        return max(len(x) for x in lines) * 16 + 24, len(lines) * 16 + 24  # (measured in Chromium: 16 px a line + 22)
    return max(24.0, len(label) * (13 if d.get("kind") == "agency" else 12) + 8), 46


def _rows(g, labels: dict[str, str]):
    """Positions for a view whose nodes carry ``rank`` (0 at the top): layers.py, plus a label
    at the left of each rank's first row (``g.graph["rank_names"]``)."""
    nodes = [str(n) for n in g]
    edges = []
    rank = {str(n): int(d["rank"]) for n, d in g.nodes(data=True)}
    for u, v, d in g.edges(data=True):
        u, v = str(d.get("source", u)), str(d.get("target", v))
        edges.append((u, v) if rank[u] < rank[v] or (rank[u] == rank[v] and not d.get("arrows")) else (v, u))
    row = rows_by_rank(nodes, edges, rank)
    lay = layered(nodes, edges, row, {n: _size(g.nodes[n], labels[n]) for n in nodes})
    left = min((x for x, _ in lay.pos.values()), default=0) - 150
    names = {}
    for n in sorted(nodes, key=lambda n: row[n]):
        name = g.graph.get("rank_names", {}).get(rank[n])
        if name and name not in names:
            names[name] = (left, lay.row_y[row[n]])
    return lay, names


def network_data(g) -> dict:
    """Nodes, edges and options for vis-network, in pyvis's data model (the same dicts, key for
    key) but built directly: pyvis's add_node and add_edge search every node and edge already
    added, which made a view of 1,000 plans take minutes."""
    colours = _colours(g)
    labels = {}
    for n, d in g.nodes(data=True):
        label = d.get("label", str(n)) or str(n)
        labels[str(n)] = _box_label(label) if d.get("kind") == "plan" else (label if len(label) <= 24 else label[:23] + "…")
    ranked = g.graph.get("layers", False)
    lay, row_names = _rows(g, labels) if ranked else (None, {})
    pos = lay.pos if lay else layout(g)
    degree = dict(g.degree())
    busiest = {n: i for i, n in enumerate(sorted(g, key=lambda n: (g.nodes[n].get("kind", "task") == "task", -degree[n], str(n))))}
    nodes: list[dict] = []
    for n, d in sorted(g.nodes(data=True), key=lambda x: str(x[0])):
        kind = d.get("kind", "task")
        shape, size, _, _ = _KIND[kind]
        colour = colours[kind].get(d.get("group", ""), OTHER_COLOUR)
        x, y = pos[str(n)] if str(n) in pos else pos[n]
        extra = {"x": round(x, 1), "y": round(y, 1), "physics": False, "rank": busiest[n]}
        if kind == "plan":
            extra["font"] = {"size": 16, "color": _ink(colour), "strokeWidth": 0}
        else:  # page.js shows the labels that fit
            extra["font"] = {"color": "rgba(0,0,0,0)", "strokeWidth": 0}
        if kind != "task":
            extra["hub"] = True
        if kind == "agency":  # the busier, the larger (area grows with its tasks)
            size = round(min(36.0, 12 + 3 * degree[n] ** 0.5), 1)
        if d.get("search"):
            extra["search"] = d["search"]
        nodes.append({"color": colour, "title": d.get("title", labels[str(n)]), "size": size, **extra,
                      "id": str(n), "label": labels[str(n)], "shape": shape})
    for name, (x, y) in row_names.items():
        nodes.append({"id": f"~row~{name}", "label": name, "shape": "text", "x": x, "y": y, "physics": False,
                      "helper": True, "row": True, "font": {"size": 18, "color": "#555555"}, "size": 1, "title": name, "color": "#ffffff"})
    edges = _edges(g, lay, {n["id"]: n["color"] for n in nodes})
    if lay:  # the waypoints the long edges pass through: helpers, drawn as a bend
        used = {e[k] for e in edges if "edge" in e for k in ("from", "to")} - set(labels)
        nodes += [{"id": w, "label": " ", "shape": "dot", "size": 0.5, "x": x, "y": y, "physics": False, "helper": True,
                   "color": "#888888", "title": ""} for w, (x, y) in sorted(lay.pos.items()) if w in used]
    options = {
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": g.number_of_edges() > 3000},
        "nodes": {"font": {"size": 12, "face": FONTS, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "color": {"inherit": "from"}},
    }
    data = {"nodes": nodes, "edges": edges, "options": options, "legend": colours}
    if lay:
        data["readableScale"] = 0.75  # (boxes' 16 px text drawn at 12 px)
    return data


def _edges(g, lay, colour: dict[str, str]) -> list[dict]:
    """One vis edge per graph edge, or a chain of segments through its waypoints (each segment
    carries ``edge``, the graph edge's number; only the last has the arrow)."""
    edges: list[dict] = []
    seen: set[frozenset] = set()
    for i, (u, v, d) in enumerate(sorted(g.edges(data=True), key=lambda x: (str(x[0]), str(x[1])))):
        u, v = str(d.get("source", u)), str(d.get("target", v))
        if not g.is_directed():  # (an undirected edge once, as pyvis keeps it)
            if frozenset((u, v)) in seen:
                continue
            seen.add(frozenset((u, v)))
        chain = []
        if lay:
            chain = lay.chains[(u, v)] if (u, v) in lay.chains else lay.chains.get((v, u), [])[::-1]
        points = [u, *chain, v]
        for k, (a, b) in enumerate(zip(points, points[1:])):
            edge = {"title": d.get("title", ""), "dashes": bool(d.get("dashes")),
                    "arrows": d.get("arrows", "") if k == len(points) - 2 else "",
                    "width": 2 if d.get("role") in ("牵头", "落实") else 1, "from": a, "to": b}
            if chain:
                edge["edge"] = i
                edge["color"] = {"inherit": False,  # (as "from" would give; carries-out arrows dark, to stand out)
                                 "color": "#444444" if d.get("role") == "落实" else colour.get(u, "#888888")}
            edges.append(edge)
    return edges


def render_html(g, title: str, subtitle: str = "") -> str:
    """The complete HTML page of a view graph (deterministic: same graph, same bytes)."""
    vis_js, vis_css = _vis_assets()
    app, css = (_HERE / "page.js").read_text(encoding="utf-8"), (_HERE / "page.css").read_text(encoding="utf-8")
    data = network_data(g)
    legend = ""
    for kind, groups in data.pop("legend").items():
        if groups:
            shape = {"agency": "◆", "plan": "■", "task": "●"}[kind]
            legend += f"<h2>{html.escape(_KIND[kind][2])}</h2>" + "".join(
                f'<div><span class="swatch" style="color:{c}">{shape}</span>{html.escape(name or "—")}</div>'
                for name, c in groups.items())
    legend += "<h2>连线 links</h2><div>── 牵头 lead</div><div>┄┄ 配合 co-owner</div><div>→ 落实 / 依据</div>"
    csp = (f"default-src 'none'; script-src {_sha(vis_js)} {_sha(app)}; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:")
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        f"<title>{html.escape(title)}</title>\n<style>{vis_css}</style>\n<style>{css}</style></head>\n<body>\n"
        f"<header><h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p>"
        '<input id="search" type="search" placeholder="搜索：名称或简称（人社、医保、残联）search…" aria-label="search">'
        '<span id="count"></span></header>\n'
        f'<main><div id="network"></div><aside id="legend">{legend}</aside></main>\n'
        f"<script>{vis_js}</script>\n"
        f'<script type="application/json" id="graph-data">{_json(data)}</script>\n'
        f"<script>{app}</script>\n</body></html>\n"
    )


def write_html(g, path: Path, title: str, subtitle: str = "") -> None:
    from ..files import atomic_text

    with atomic_text(path) as fh:
        fh.write(render_html(g, title, subtitle))
