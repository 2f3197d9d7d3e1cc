// The page of a view (render.py inlines this file and allows it by its sha256).
// Labels: the busiest nodes (hubs: agencies, plans) keep a legible on-screen size at every zoom;
// a label that would overlap one drawn before it (busiest first) is hidden until zooming in
// separates them. Search matches names and abbreviations, shows the matches and their
// neighbours, and zooms to the matches.
const data = JSON.parse(document.getElementById("graph-data").textContent);
function tip(text) { const d = document.createElement("div"); d.className = "tip"; d.textContent = text; return d; }
for (const item of data.nodes.concat(data.edges)) { if (item.title) item.title = tip(item.title); }
const nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
const container = document.getElementById("network");
const network = new vis.Network(container, {nodes, edges}, data.options);
const HUB_PX = 13, TASK_MIN_PX = 10, TASK_PX = 12, HIDDEN = "rgba(0,0,0,0)";
const byRank = data.nodes.filter(n => !n.helper && n.shape !== "box").sort((a, b) => a.rank - b.rank);
let shown = [], matches = new Set();
const state = new Map();  // id → the on-screen size its label is drawn at (0: hidden, as render.py starts them)

function textWidth(label, px) {
  let w = 0;
  for (const ch of label) w += ch.charCodeAt(0) > 0x2e7f ? px : px * 0.6;
  return w;
}

function declutter() {
  const scale = network.getScale(), pos = network.getPositions(byRank.map(n => n.id));
  const width = container.clientWidth, height = container.clientHeight;
  const grid = new Map(), CELL = 64, accepted = [], updates = [];
  const cells = b => { const out = []; for (let i = Math.floor(b[0] / CELL); i <= Math.floor(b[2] / CELL); i++)
    for (let j = Math.floor(b[1] / CELL); j <= Math.floor(b[3] / CELL); j++) out.push(i + "," + j); return out; };
  const free = b => cells(b).every(c => !(grid.get(c) || []).some(o => o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]));
  const order = byRank.filter(n => matches.has(n.id)).concat(byRank.filter(n => !matches.has(n.id)));
  for (const n of order) {
    const node = nodes.get(n.id);
    if (!node || node.hidden) continue;
    const p = network.canvasToDOM(pos[n.id]);
    const px = n.hub || matches.has(n.id) ? HUB_PX : TASK_PX * scale;
    const w = textWidth(n.label, px), top = p.y + n.size * scale + 2;
    const b = [p.x - w / 2 - 2, top, p.x + w / 2 + 2, top + px * 1.3];
    const onScreen = b[2] > 0 && b[0] < width && b[3] > 0 && b[1] < height;
    const show = onScreen && px >= TASK_MIN_PX && free(b);
    if (show) { for (const c of cells(b)) { if (!grid.has(c)) grid.set(c, []); grid.get(c).push(b); }
      accepted.push({id: n.id, label: n.label, px, box: b}); }
    const now = show ? px / scale : 0;
    if ((state.get(n.id) || 0) !== now) {
      state.set(n.id, now);
      updates.push({id: n.id, font: show ? {size: now, color: "#1a1a1a", strokeWidth: 3} : {size: TASK_PX, color: HIDDEN, strokeWidth: 0}});
    }
  }
  nodes.update(updates);
  shown = accepted;
}

let pending = null;
function later() { clearTimeout(pending); pending = setTimeout(declutter, 80); }
network.on("zoom", later); network.on("dragEnd", later); window.addEventListener("resize", later);
network.once("afterDrawing", () => {
  // a drawing in rows starts at its top left (the row names), zoomed so that text can be read, not whole and tiny
  const least = data.readableScale || 0;
  if (network.getScale() < least) {
    // (its left edge with the row names when it is a few screens wide; else the top row's middle)
    const real = data.nodes.filter(n => !n.helper), half = container.clientWidth / 2 / least;
    const xs = data.nodes.map(n => n.x), top = Math.min(...real.map(n => n.y));
    const left = Math.min(...xs) - 60, first = real.filter(n => n.y === top).map(n => n.x);
    const middle = Math.max(...xs) - left < 6 * half ? Math.min((left + Math.max(...xs) + 60) / 2, left + half)
                                                     : (Math.min(...first) + Math.max(...first)) / 2;
    network.moveTo({scale: least, position: {x: middle, y: top - 60 + container.clientHeight / 2 / least}});
  }
  declutter();
  window.policykg.ready = true; window.policykg.firstPaint = performance.now();
});

// each graph edge once: its two nodes and the waypoints its segments pass through
const links = [], chains = new Map();
for (const e of data.edges) {
  if (e.edge === undefined) links.push([e.from, e.to, []]);
  else { if (!chains.has(e.edge)) chains.set(e.edge, []); chains.get(e.edge).push(e); }
}
for (const s of chains.values()) links.push([s[0].from, s[s.length - 1].to, s.slice(1).map(e => e.from)]);

const box = document.getElementById("search"), count = document.getElementById("count");
function search() {
  const q = box.value.replace(/\s+/g, "");
  const found = q ? data.nodes.filter(n => !n.helper && ((n.label || "").replace(/\n/g, "").includes(q) || (n.search || "").includes(q))) : [];
  matches = new Set(found.map(n => n.id));
  const hits = new Set(matches);  // the matches and their direct neighbours
  for (const [a, b] of links) { if (matches.has(a)) hits.add(b); if (matches.has(b)) hits.add(a); }
  for (const [a, b, via] of links) { if (hits.has(a) && hits.has(b)) via.forEach(w => hits.add(w)); }
  const real = data.nodes.filter(n => !n.helper);
  nodes.update(data.nodes.map(n => ({id: n.id, hidden: q !== "" && !(hits.has(n.id) || n.row)})));
  count.textContent = q ? `${found.length} 个匹配 matches · 显示 ${real.filter(n => hits.has(n.id)).length} / ${real.length}` : "";
  if (found.length) { network.fit({nodes: [...matches], maxZoomLevel: 1.5}); network.selectNodes([...matches], false); }
  else { network.fit({maxZoomLevel: 1.5}); network.unselectAll(); }
  declutter();
}
box.addEventListener("input", () => { clearTimeout(box.pending); box.pending = setTimeout(search, 120); });
box.addEventListener("keydown", e => { if (e.key === "Enter") search(); });
window.policykg = {network, nodes, edges, ready: false, labels: () => shown, search: q => { box.value = q; search(); }};
