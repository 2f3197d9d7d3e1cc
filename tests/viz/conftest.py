"""The browser the view tests share (one per test module)."""

import pytest


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    from tests.viz.browser import launch, require_browser

    require_browser()
    with sync_playwright() as p:
        b = launch(p.chromium)
        yield b
        b.close()
