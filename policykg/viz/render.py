"""A view graph → one self-contained, offline HTML file (vis-network through pyvis).

pyvis builds the node and edge data; the page is our own template, because pyvis 0.3.2 links
CDNs even when asked to inline and inserts its heading unescaped. Here:

- vis-network's JavaScript and CSS (shipped inside pyvis) are inlined, and a Content-Security-
  Policy allows no request at all (``default-src 'none'``; scripts only by their sha256), so the
  file works offline and nothing in it can load or run anything else;
- graph data sits in a ``<script type="application/json">`` block with ``<`` written as \\u003c,
  and tooltips are built as DOM text nodes, so document text such as
  ``<img src=x onerror=alert(1)>`` or a title containing ``href`` is shown as text, never run;
- the heading and legend are HTML-escaped;
- above ``PHYSICS_LIMIT`` nodes the layout is computed up front and physics is off.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from pathlib import Path

from .layout import layout

PHYSICS_LIMIT = 300
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5"]

_APP = """
const data = JSON.parse(document.getElementById("graph-data").textContent);
function tip(text) { const d = document.createElement("div"); d.className = "tip"; d.textContent = text; return d; }
for (const item of data.nodes.concat(data.edges)) { if (item.title) item.title = tip(item.title); }
const nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
const network = new vis.Network(document.getElementById("network"), {nodes, edges}, data.options);
window.policykg = {network, nodes, edges, ready: false};
network.once("afterDrawing", () => { window.policykg.ready = true; window.policykg.firstPaint = performance.now(); });
const box = document.getElementById("search"), count = document.getElementById("count");
box.addEventListener("input", () => {
  const q = box.value.trim();
  const found = new Set(q ? data.nodes.filter(n => (n.label || "").includes(q)).map(n => n.id) : []);
  const hits = new Set(found);  // the matches and their direct neighbours
  for (const e of data.edges) { if (found.has(e.from)) hits.add(e.to); if (found.has(e.to)) hits.add(e.from); }
  nodes.update(data.nodes.map(n => ({id: n.id, hidden: q !== "" && !hits.has(n.id)})));
  count.textContent = q ? hits.size + " / " + data.nodes.length : "";
});
"""
_CSS = """
body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; }
header { padding: 8px 14px; border-bottom: 1px solid #ddd; }
header h1 { font-size: 18px; margin: 0 0 4px; } header p { margin: 0; color: #555; font-size: 13px; }
#search { margin-top: 6px; width: 280px; padding: 4px; } #count { color: #555; font-size: 13px; margin-left: 6px; }
#legend { position: absolute; right: 10px; top: 70px; background: rgba(255,255,255,.92); border: 1px solid #ddd;
  padding: 6px 10px; font-size: 12px; max-height: 70vh; overflow: auto; z-index: 2; }
#legend span.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; vertical-align: middle; }
#network { position: absolute; top: 96px; bottom: 0; left: 0; right: 0; }
.tip { white-space: pre-line; max-width: 420px; font-size: 12px; }
"""


def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _json(data) -> str:
    """JSON that cannot end its <script> element: every < becomes \\u003c."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e")


_LEVEL_RANK = {"国家": 0, "部委": 1, "省级": 2, "都市圈": 3, "市级": 4, "县级": 5}
_KIND = {"agency": ("diamond", 16, "部门（按领域）agencies by sector"), "plan": ("box", 16, "规划（按层级）plans by level"),
         "task": ("dot", 7, "任务（按规划）tasks by plan")}


def _colours(g) -> dict[str, dict[str, str]]:
    """Colour of each group within each kind; tasks start further along the palette so that a
    task never shares its plan's colour with an agency's sector by accident."""
    out: dict[str, dict[str, str]] = {}
    for offset, kind in enumerate(("agency", "plan", "task")):
        groups = sorted({d.get("group", "") for _, d in g.nodes(data=True) if d.get("kind", "task") == kind})
        out[kind] = {grp: PALETTE[(i + offset * 11) % len(PALETTE)] for i, grp in enumerate(groups)}
    return out


def _sha(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def network_data(g) -> dict:
    """Nodes, edges and options for vis-network, in pyvis's data model (the same dicts, key for
    key) but built directly: pyvis's add_node and add_edge search every node and edge already
    added, which made a view of 1,000 plans take minutes."""
    nodes: list[dict] = []
    edges: list[dict] = []
    undirected_seen: set[frozenset] = set()
    colours = _colours(g)
    big = g.number_of_nodes() > PHYSICS_LIMIT
    pos = layout(g) if big else {}
    for n, d in sorted(g.nodes(data=True), key=lambda x: str(x[0])):
        label = d.get("label", str(n))
        extra = {"x": round(pos[n][0], 1), "y": round(pos[n][1], 1), "physics": False} if n in pos else {}
        kind = d.get("kind", "task")
        shape, size, _ = _KIND[kind]
        if kind == "plan":  # boxes wrap their (long) titles; levels stack national → county
            extra.update(widthConstraint={"maximum": 150}, font={"size": 16})
            if g.graph.get("hierarchical"):
                extra["level"] = _LEVEL_RANK.get(d.get("level", ""), len(_LEVEL_RANK))
        else:
            label = label if len(label) <= 24 else label[:23] + "…"
        nodes.append({"color": colours[kind][d.get("group", "")], "title": d.get("title", label), "size": size, **extra,
                      "id": str(n), "label": label or str(n), "shape": shape})
    for u, v, d in sorted(g.edges(data=True), key=lambda x: (str(x[0]), str(x[1]))):
        u, v = str(d.get("source", u)), str(d.get("target", v))
        if not g.is_directed():  # (an undirected edge once, as pyvis keeps it)
            if frozenset((u, v)) in undirected_seen:
                continue
            undirected_seen.add(frozenset((u, v)))
        edges.append({"title": d.get("title", ""), "dashes": bool(d.get("dashes")), "arrows": d.get("arrows", ""),
                      "width": 2 if d.get("role") in ("牵头", "落实") else 1, "from": u, "to": v})
    options = {
        "physics": {"enabled": not big, "stabilization": {"iterations": 150}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
        "nodes": {"font": {"size": 12}}, "edges": {"smooth": not big, "color": {"inherit": "from"}},
    }
    if g.graph.get("hierarchical"):
        options["layout"] = {"hierarchical": {"direction": "UD", "nodeSpacing": 170, "levelSeparation": 130}}
        options["physics"] = {"enabled": False}
    return {"nodes": nodes, "edges": edges, "options": options, "legend": colours}


def render_html(g, title: str, subtitle: str = "") -> str:
    """The complete HTML page of a view graph (deterministic: same graph, same bytes)."""
    vis_js, vis_css = _vis_assets()
    data = network_data(g)
    legend = ""
    for kind, groups in data.pop("legend").items():
        if groups:
            legend += f"<strong>{html.escape(_KIND[kind][2])}</strong>" + "".join(
                f'<div><span class="swatch" style="background:{c}"></span>{html.escape(name or "—")}</div>'
                for name, c in groups.items())
    legend += "<div>── 牵头 lead　┄┄ 配合 co　→ 落实/依据</div>"
    csp = (f"default-src 'none'; script-src {_sha(vis_js)} {_sha(_APP)}; style-src 'unsafe-inline'; "
           "img-src data:; font-src data:")
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        f"<title>{html.escape(title)}</title>\n<style>{vis_css}</style>\n<style>{_CSS}</style></head>\n<body>\n"
        f"<header><h1>{html.escape(title)}</h1><p>{html.escape(subtitle)}</p>"
        '<input id="search" type="search" placeholder="搜索节点 search…" aria-label="search"><span id="count"></span></header>\n'
        f'<div id="legend">{legend}</div>\n<div id="network"></div>\n'
        f"<script>{vis_js}</script>\n"
        f'<script type="application/json" id="graph-data">{_json(data)}</script>\n'
        f"<script>{_APP}</script>\n</body></html>\n"
    )


def write_html(g, path: Path, title: str, subtitle: str = "") -> None:
    from ..files import atomic_text

    with atomic_text(path) as fh:
        fh.write(render_html(g, title, subtitle))
