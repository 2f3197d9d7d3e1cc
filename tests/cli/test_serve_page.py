"""The page of `policykg serve` in a real headless Chromium (as tests/viz/test_browser.py runs it):
a named query's columns sort by a click on their name (numbers as numbers, again to reverse),
a download leaves the page as a file, text from the store is shown as text, and nothing is
fetched from anywhere but the server."""

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from tests.cli.serving import serving
from tests.viz.browser import launch, require_browser

require_browser()


@pytest.fixture(scope="module")
def endpoint(store_dir):
    with serving(store_dir, timeout=10) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p.chromium)
        yield b
        b.close()


@pytest.fixture
def page(browser, endpoint):
    """The page; ``page.problems``: console errors and requests to anywhere but the server."""
    page = browser.new_page(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    page.problems = []
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith((endpoint, "blob:", "data:")) else page.problems.append(r.url))
    yield page
    page.close()


def _column(page, name):
    return page.evaluate("""name => {
        const i = [...document.querySelectorAll('#out th')].findIndex(th => th.dataset.column === name);
        return [...document.querySelectorAll('#out tr')].slice(1).map(tr => tr.children[i].textContent);
    }""", name)


def test_columns_sort_by_a_click_numbers_as_numbers(page, endpoint):
    page.goto(endpoint + "/")
    assert page.locator("#run").text_content() == "运行查询"
    page.wait_for_function("document.querySelectorAll('#named option').length > 1")
    page.select_option("#named", "department-workload")
    page.click("#run")
    page.wait_for_selector("#out th")
    totals = _column(page, "total")
    assert sorted(totals, key=int) != sorted(totals)  # (as text, "10" would come before "2")

    page.click("#out th[data-column=total]")
    assert _column(page, "total") == sorted(totals, key=int)
    assert page.get_attribute("#out th[data-column=total]", "aria-sort") == "ascending"
    assert page.text_content("#out th[data-column=total] .arrow") == "▲"
    page.click("#out th[data-column=total]")
    assert _column(page, "total") == sorted(totals, key=int, reverse=True)
    assert page.text_content("#out th[data-column=total] .arrow") == "▼"
    names = _column(page, "department")
    page.click("#out th[data-column=department]")  # text: code-point order; the arrow moves to this column
    assert _column(page, "department") == sorted(names) and page.locator("#out .arrow").count() == 1

    with page.expect_download() as done:  # the rows as shown: by department
        page.click("#xlsx")
    assert done.value.suggested_filename == "department-workload.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(Path(done.value.path()).read_bytes())).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == sorted(names)
    with page.expect_download() as done:
        page.click("#csv")
    assert done.value.suggested_filename == "department-workload.csv"
    text = Path(done.value.path()).read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and [r[0] for r in csv.reader(io.StringIO(text.decode("utf-8-sig")))][1:] == sorted(names)
    assert page.problems == []


def test_store_text_is_shown_as_text_and_errors_in_the_pages_language(page, endpoint):
    page.goto(endpoint + "/?lang=en")
    assert page.locator("#run").text_content() == "Run"
    page.fill("#text", 'SELECT ?x WHERE { BIND("<img src=x onerror=window.__xss=1>" AS ?x) }')
    page.click("#run")
    page.wait_for_selector("#out td")
    assert page.text_content("#out td") == "<img src=x onerror=window.__xss=1>"
    assert page.evaluate("document.querySelectorAll('#out img').length") == 0 and page.evaluate("window.__xss") is None

    page.goto(endpoint + "/")
    query = "SELECT ?plan WHERE {\n  ?p a pkg:Plan ;\n     dcterms:title ?plan .\n  FILTER(?plan = )\n}"
    page.fill("#text", query)
    page.click("#run")
    page.wait_for_selector("#out .err")
    column = query.splitlines()[3].index(")") + 1  # "=" with nothing after it
    assert page.text_content("#out .err") == f"出错（400）：SPARQL 语法错误：第 4 行，第 {column} 列：此处不能出现 \")\""
    selected = page.evaluate("[$('text').selectionStart, $('text').selectionEnd]")
    assert page.evaluate("([start, end]) => $('text').value.slice(start, end)", selected) == ")"  # the place, selected
    assert [p for p in page.problems if "status of 400" not in p] == []  # (Chromium logs the 400 itself)
