"""The HTML views in a real headless Chromium (Debian's ``chromium``, driven by Playwright; no
browser is downloaded). Each page must load offline with no console error and no request
leaving the file, draw the expected number of nodes and edges, and leave a screenshot; the
injection fixture must run no script.

``.ci/run`` installs Chromium and sets POLICYKG_REQUIRE_BROWSER=1, so in CI a missing browser is
a failure, not a skip. Screenshots go to $POLICYKG_SCREENSHOTS (default: the test's tmp dir).
"""

from pathlib import Path

import pytest

from policykg.build.documents import build
from policykg.store.embedded import PlanStore
from policykg.viz.build import make_view
from tests.conftest import FIXTURES
from tests.viz.browser import drawn, open_view, require_browser, shots as _shots

require_browser()


@pytest.mark.parametrize("view,name,plan", [
    ("departments", None, None), ("departments", None, "营口"), ("plans", None, None),
    ("trace", "劳务品牌", None), ("department", "营口市人力资源和社会保障局", None),
])
def test_view_loads_offline_and_draws_the_graph(browser, built_store, tmp_path, view, name, plan):
    out = _shots(tmp_path) / f"{view}-{name or plan or 'all'}.html"
    nodes, edges = make_view(built_store, view, name, plan, out)
    page, errors, outside = open_view(browser, out)
    assert errors == [] and outside == []
    assert drawn(page) == (nodes, edges)
    page.wait_for_timeout(300)
    page.screenshot(path=str(out.with_suffix(".png")))
    assert out.with_suffix(".png").stat().st_size > 10_000
    page.close()


def test_trace_view_counts(built_store, tmp_path):
    """劳务品牌: 4 Liaoning and 4 Yingkou tasks (both led by the hrss agency; 壮大升级 has an
    agriculture co-owner at each level), Sichuan's 劳务品牌培树计划 with its inferred owner, and 4
    carries-out arrows."""
    nodes, edges = make_view(built_store, "trace", "劳务品牌", None, tmp_path / "t.html")
    assert (nodes, edges) == (9 + 5, 9 + 2 + 4)


def test_search_box_filters_nodes(browser, built_store, tmp_path):
    out = tmp_path / "trace.html"
    make_view(built_store, "trace", "劳务品牌", None, out)
    page, _, _ = open_view(browser, out)
    page.fill("#search", "营口市人力资源")
    page.wait_for_timeout(400)  # (the search runs once typing pauses)
    visible = page.evaluate("window.policykg.nodes.get({filter: n => !n.hidden && !n.helper}).length")
    assert visible == 1 + 4  # the agency and the four tasks it leads
    assert page.inner_text("#count") == "1 个匹配 matches · 显示 5 / 14"
    page.close()


def test_injection_fixture_is_inert(browser, tmp_path):
    store = PlanStore(tmp_path / "kg")
    assert [r.status for r in build([FIXTURES / "injection.txt"], store)] == ["built"]
    out = _shots(tmp_path) / "injection.html"
    make_view(store, "departments", None, None, out)
    html = out.read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<script>window.__xss" not in html
    page, errors, outside = open_view(browser, out)
    # hover every node so that each tooltip is built and shown
    tips = []
    box = page.locator("#network").bounding_box()
    for node_id in page.evaluate("window.policykg.nodes.getIds()"):
        xy = page.evaluate("id => window.policykg.network.canvasToDOM(window.policykg.network.getPositions([id])[id])", node_id)
        page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
        page.wait_for_timeout(400)
        tips += page.evaluate("Array.from(document.querySelectorAll('.tip')).map(d => d.textContent)")
    assert any('<img src=x onerror="window.__xss=1">建设零工市场' in t for t in tips)
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('#network img, .tip img, .tip a, .tip b').length") == 0
    assert errors == [] and outside == []
    page.screenshot(path=str(out.with_suffix(".png")))
    page.close()
