"""Driving Debian's ``chromium`` headless through Playwright (which downloads no browser): the
browser every view test opens, and a view loaded into it.

``.ci/run`` installs Chromium and sets POLICYKG_REQUIRE_BROWSER=1, so in CI a missing browser is
a failure, not a skip. Screenshots go to $POLICYKG_SCREENSHOTS (default: the test's tmp dir).
"""

import os
import shutil
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic"]


def require_browser() -> None:
    """Skip the calling test module on a machine without Chromium (fail in CI)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("POLICYKG_REQUIRE_BROWSER"):
            raise RuntimeError("Chromium is required (apt-get install chromium) but was not found")
        pytest.skip("no Chromium on this machine (apt-get install chromium)", allow_module_level=True)


def launch(browser_type, **options):
    """Chromium through Playwright's ``browser_type`` (``playwright.chromium``)."""
    return browser_type.launch(executable_path=CHROMIUM, args=ARGS, **options)


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("POLICYKG_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_view(browser, path: Path, viewport: dict | None = None):
    """Load a view; returns (page, console errors, requests that left the file)."""
    page = browser.new_page(viewport=viewport or {"width": 1280, "height": 800})
    errors, outside = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def guard(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(path.as_uri())
    # polled from here: wait_for_function polls with eval() in the page, which the view's
    # Content-Security-Policy forbids (the first check passes, a later one raises EvalError)
    deadline = time.monotonic() + 60
    while not page.evaluate("!!(window.policykg && window.policykg.ready)"):
        assert time.monotonic() < deadline, f"{path.name} did not draw within 60 s"
        page.wait_for_timeout(50)
    return page, errors, outside


def drawn(page) -> tuple[int, int]:
    """(nodes, edges) of the view's graph that the page draws: without the helpers (row names,
    waypoints), an edge drawn as several segments through waypoints counted once."""
    return tuple(page.evaluate("""() => {
        const p = window.policykg, segments = p.edges.get();
        const chained = new Set(segments.filter(e => e.edge !== undefined).map(e => e.edge));
        return [p.nodes.get({filter: n => !n.helper}).length,
                segments.filter(e => e.edge === undefined).length + chained.size];
    }"""))
