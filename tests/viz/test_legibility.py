"""Views people can read, checked in a real headless Chromium at 1400×900: every label drawn in
a font that has its characters (no missing-glyph boxes), busy agencies labelled at a legible
size without labels overlapping, search that finds an agency by its abbreviation and zooms to
it, a plans view without overlapping boxes or edges through boxes, and a trace drawn by level."""

import os
from pathlib import Path

import pytest

from policykg.viz import views
from policykg.viz.build import make_view
from policykg.viz.render import network_data
from tests.viz.browser import launch, open_view, require_browser, shots

require_browser()

VIEWS = [("departments", None), ("plans", None), ("trace", "劳务品牌"), ("department", "辽宁省人力资源和社会保障厅")]

# Draws each label character, and two code points no font has, on a canvas in the font the
# labels use; a character that comes out as the missing-glyph picture has no glyph.
MISSING_GLYPHS = """() => {
  const face = JSON.parse(document.getElementById("graph-data").textContent).options.nodes.font.face;
  const canvas = document.createElement("canvas"); canvas.width = canvas.height = 40;
  const ctx = canvas.getContext("2d");
  const draw = ch => { ctx.clearRect(0, 0, 40, 40); ctx.font = "28px " + face; ctx.fillText(ch, 4, 32);
                       return Array.from(ctx.getImageData(0, 0, 40, 40).data).join(); };
  const missing = new Set([draw("\\u{10FFFD}"), draw("\\uFFFF")]);
  const chars = new Set();
  for (const n of window.policykg.nodes.get()) for (const ch of n.label || "") if (ch.trim()) chars.add(ch);
  return [chars.size, [...chars].filter(ch => missing.has(draw(ch)))];
}"""


def _view(browser, built_store, tmp_path, view, name):
    out = shots(tmp_path) / f"legible-{view}.html"
    make_view(built_store, view, name, None, out)
    return open_view(browser, out, viewport={"width": 1400, "height": 900})[0]


@pytest.mark.parametrize("view,name", VIEWS)
def test_every_label_character_has_a_glyph(browser, built_store, tmp_path, view, name):
    page = _view(browser, built_store, tmp_path, view, name)
    drawn, missing = page.evaluate(MISSING_GLYPHS)
    assert drawn > 20 and missing == []
    page.close()


def test_the_glyph_check_fails_on_a_machine_without_a_cjk_font(browser, built_store, tmp_path):
    """The same check in a browser that sees Latin fonts only (a fontconfig without the CJK
    folders): the Chinese characters are reported, so the test above can fail."""
    latin = [d for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation") if Path(d).is_dir()]
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version='1.0'?><fontconfig>" + "".join(f"<dir>{d}</dir>" for d in latin)
                    + f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    out = tmp_path / "latin.html"
    make_view(built_store, "trace", "劳务品牌", None, out)
    latin_only = launch(browser.browser_type, env={**os.environ, "FONTCONFIG_FILE": str(conf)})
    page = open_view(latin_only, out)[0]
    _, missing = page.evaluate(MISSING_GLYPHS)
    latin_only.close()
    assert {"劳", "务", "品", "牌", "营", "口"} <= set(missing)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_busy_agencies_are_labelled_legibly_without_overlaps(browser, built_store, tmp_path):
    page = _view(browser, built_store, tmp_path, "departments", None)
    labels = page.evaluate("window.policykg.labels()")
    shown = {x["label"] for x in labels}
    agencies = page.evaluate("window.policykg.nodes.get({filter: n => n.hub}).length")
    # the two agencies that lead most of the bundled plans' tasks, and most of the others
    assert {"辽宁省人力资源和社会保障厅", "营口市人力资源和社会保障局", "四川省人民政府"} <= shown
    assert len([x for x in labels if x["px"] >= 13]) >= agencies * 0.6
    assert all(x["px"] >= 10 for x in labels)
    boxes = [x["box"] for x in labels]
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if _overlap(a, b)]
    page.screenshot(path=str(shots(tmp_path) / "legible-departments.png"))
    page.close()


@pytest.mark.parametrize("typed,expected", [
    ("医保", {"辽宁省医疗保障局", "营口市医疗保障局"}),
    ("人社", {"辽宁省人力资源和社会保障厅", "营口市人力资源和社会保障局"}),
    ("营口残联", {"营口市残疾人联合会"}),
])
def test_search_finds_an_abbreviation_and_zooms_to_it(browser, built_store, tmp_path, typed, expected):
    page = _view(browser, built_store, tmp_path, "departments", None)
    before = page.evaluate("window.policykg.network.getScale()")
    page.evaluate(f"window.policykg.search({typed!r})")
    page.wait_for_timeout(200)
    found = page.evaluate("window.policykg.network.getSelectedNodes().map(id => window.policykg.nodes.get(id))"
                          ".filter(n => n.hub).map(n => n.label)")
    assert set(found) == expected  # (and tasks whose titles contain the abbreviation)
    # every match on screen, labelled, and drawn larger than before the search
    size = page.evaluate("[document.getElementById('network').clientWidth, document.getElementById('network').clientHeight]")
    for label in expected:
        xy = page.evaluate("l => { const p = window.policykg; const id = p.nodes.get({filter: n => n.label === l})[0].id;"
                           " return p.network.canvasToDOM(p.network.getPositions([id])[id]); }", label)
        assert 0 <= xy["x"] <= size[0] and 0 <= xy["y"] <= size[1]
    assert expected <= {x["label"] for x in page.evaluate("window.policykg.labels()")}
    assert page.evaluate("window.policykg.network.getScale()") > before
    page.close()


def _crosses(p, q, box) -> bool:
    """Whether the segment p–q passes through the rectangle ``box`` (x0, y0, x1, y1)."""
    steps = 200
    return any(box[0] < p[0] + (q[0] - p[0]) * k / steps < box[2] and box[1] < p[1] + (q[1] - p[1]) * k / steps < box[3]
               for k in range(1, steps))


def test_plans_view_has_no_overlapping_boxes_and_no_edge_through_a_box(browser, built_store, tmp_path):
    page = _view(browser, built_store, tmp_path, "plans", None)
    boxes = page.evaluate("""() => { const p = window.policykg, out = {};
        for (const n of p.nodes.get({filter: n => !n.helper})) { const b = p.network.getBoundingBox(n.id);
          out[n.id] = [b.left, b.top, b.right, b.bottom]; } return out; }""")
    pos = page.evaluate("window.policykg.network.getPositions()")
    segments = page.evaluate("window.policykg.edges.get().map(e => [e.from, e.to])")
    page.close()
    ids = sorted(boxes)
    assert len(ids) == 16
    assert not [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if _overlap(boxes[a], boxes[b])]
    through = [(a, b, n) for a, b in segments for n in ids if n not in (a, b)
               and _crosses((pos[a]["x"], pos[a]["y"]), (pos[b]["x"], pos[b]["y"]), boxes[n])]
    assert through == []
    y = {n: pos[n]["y"] for n in ids}
    # national above the provinces' plans, provinces above Yingkou's
    assert y["“十四五”就业促进规划"] < y["辽宁省“十四五”就业和社会保障发展规划"] < y["营口市“十四五”就业和社会保障发展规划"]


def test_trace_view_has_levels_as_rows_and_arrows_pointing_down(built_store):
    """Computed positions (no browser needed): provincial tasks in one row above the city's,
    each owner below its tasks, and every 落实 arrow running from a higher task down."""
    g = views.trace_view(built_store, "劳务品牌")
    data = network_data(g)
    y = {n["id"]: n["y"] for n in data["nodes"]}
    level = {n: d.get("level") for n, d in g.nodes(data=True)}
    task_rows = {lv: {y[n] for n in g if g.nodes[n]["kind"] == "task" and level[n] == lv} for lv in ("省级", "市级")}
    assert len(task_rows["省级"]) == len(task_rows["市级"]) == 1
    assert max(task_rows["省级"]) < min(task_rows["市级"])
    arrows = [(u, v) for u, v, d in g.edges(data=True) if d.get("role") == "落实"]
    assert len(arrows) == 4
    for u, v in arrows:
        top, bottom = g.edges[u, v]["source"], g.edges[u, v]["target"]
        assert level[top] == "省级" and level[bottom] == "市级" and y[top] < y[bottom]
    owners = [(a, t) for a, t, d in g.edges(data=True) if d.get("role") in ("牵头", "配合", "推定牵头")]
    for a, t in owners:
        agency, task = (a, t) if g.nodes[a]["kind"] == "agency" else (t, a)
        assert y[agency] > y[task]


def test_plans_view_of_one_plan_keeps_the_plans_above_it(built_store):
    """营口: Yingkou's plan cites its city outline and Liaoning's plan, which cites the State
    Council's 就业促进规划, the ministry's 事业发展规划 and the province's outline (the 《》 each
    names); Sichuan's and Shenyang's plans are not above it."""
    g = views.plans_view(built_store, "营口")
    assert sorted(g.edges) == [
        ("营口市“十四五”就业和社会保障发展规划", "营口市国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要"),
        ("营口市“十四五”就业和社会保障发展规划", "辽宁省“十四五”就业和社会保障发展规划"),
        ("辽宁省“十四五”就业和社会保障发展规划", "“十四五”就业促进规划"),
        ("辽宁省“十四五”就业和社会保障发展规划", "人力资源和社会保障事业发展“十四五”规划"),
        ("辽宁省“十四五”就业和社会保障发展规划", "辽宁省国民经济和社会发展的第十四个五年规划和二〇三五年远景目标纲要")]


def test_a_parent_of_unknown_level_is_drawn_above_the_plan_citing_it(built_store):
    """Sichuan's plan cites the provincial party committee's 建议, whose level no table gives:
    it sits above Sichuan's plan, not in a row of its own at the bottom."""
    data = network_data(views.plans_view(built_store))
    y = {n["id"]: n["y"] for n in data["nodes"]}
    suggestion = "中共四川省委关于制定四川省国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"
    assert y[suggestion] < y["四川省人力资源和社会保障事业发展“十四五”规划"]
    assert y[suggestion] < max(y.values())
