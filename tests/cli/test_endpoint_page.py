"""The endpoint as people and scripts meet it: the ontology's prefixes added, a malformed query
told in one line at its place, the page in Chinese (English at ?lang=en), every link and form on
it working, and results downloaded for Excel."""

import csv
import io

import httpx
import pytest

from policykg.store.embedded import PlanStore
from policykg.store.queries import named_queries
from tests.cli.test_endpoint import PLANS, PREFIXED

OWN_PREFIX = "PREFIX pkg: <urn:not-the-ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> " + PLANS


def _ask(endpoint, how, query, accept="text/csv"):
    """The SPARQL Protocol's three ways: GET, POST form-encoded, POST application/sparql-query."""
    if how == "GET":
        return httpx.get(endpoint + "/query", params={"query": query}, headers={"Accept": accept})
    if how == "form":
        return httpx.post(endpoint + "/query", data={"query": query}, headers={"Accept": accept})
    return httpx.post(endpoint + "/query", content=query.encode("utf-8"),
                      headers={"Accept": accept, "Content-Type": "application/sparql-query"})


@pytest.mark.parametrize("how", ["GET", "form", "body"])
def test_the_ontology_prefixes_a_query_does_not_declare_are_added(endpoint, how):
    r = _ask(endpoint, how, PLANS)  # pkg: and dcterms: undeclared
    assert r.status_code == 200 and len(r.text.splitlines()) == 1 + 5, r.text
    r = _ask(endpoint, how, PREFIXED)  # both declared by the query itself: not declared twice
    assert r.status_code == 200 and len(r.text.splitlines()) == 1 + 5, r.text
    r = _ask(endpoint, how, OWN_PREFIX)  # the query's own pkg: wins: no plan is of its class
    assert r.status_code == 200 and r.text.splitlines() == ["plan"], r.text


TYPO = "SELECT ?plan WHERE { GRAPH ?g { ?p a pkg:Plan ; dcterms:title ?plan } } ORDR BY ?plan"
EMPTY_OPERAND = "SELECT ?plan WHERE {\n  GRAPH ?g { ?p a pkg:Plan ; dcterms:title ?plan }\n  FILTER(?plan = )\n}"


@pytest.mark.parametrize("how", ["GET", "form", "body"])
def test_a_malformed_query_gets_400_and_one_line_with_its_place_in_the_users_text(endpoint, how):
    for query, line, column, found in [
        (TYPO, 1, TYPO.index("ORDR") + 1, "ORDR"),  # the typo of ORDER
        (EMPTY_OPERAND, 3, EMPTY_OPERAND.splitlines()[2].index(")") + 1, ")"),  # "=" with nothing after it
        ("SELECT ?plan WHERE { ?p a pkg:Plan", 1, 35, ""),  # 34 characters, no "}": the end
    ]:
        r = _ask(endpoint, how, query)
        assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
        assert len(r.text.splitlines()) == 1 and r.text.startswith("SPARQL syntax error"), r.text
        assert f"at line {line}, column {column}:" in r.text and found in r.text, r.text
    r = _ask(endpoint, how, TYPO, accept="application/sparql-results+json")  # a client that reads JSON
    assert r.status_code == 400 and len(r.text.splitlines()) == 1
    assert {k: r.json()[k] for k in ("line", "column", "token")} == {"line": 1, "column": TYPO.index("ORDR") + 1, "token": "ORDR"}


def test_the_pages_runner_places_a_syntax_error_in_the_text_it_was_given(endpoint):
    query = "SELECT ?task WHERE { FILTER(?task = ) GRAPH ?g { ?t a pkg:Task ; dcterms:title ?task ; pkg:owner ?dept } }"
    r = httpx.post(endpoint + "/api/run", json={"query": query, "params": {"dept": "省乡村振兴局"}},
                   headers={"Accept": "application/sparql-results+json"})
    # the text sent has a VALUES block for ?dept before the FILTER: the place is still in the text given
    assert r.status_code == 400 and (r.json()["line"], r.json()["column"]) == (1, query.index(")") + 1)


def test_the_page_is_chinese_by_default_and_english_with_lang_en(endpoint):
    zh, en = httpx.get(endpoint + "/").text, httpx.get(endpoint + "/", params={"lang": "en"}).text
    assert '<html lang="zh-CN">' in zh and all(w in zh for w in ("运行查询", "预设查询", "下载 CSV", "导出", "只读"))
    assert '<html lang="en">' in en and all(w in en for w in (">Run<", "Named query", "Download CSV", "Exports", "read-only"))
    assert "运行查询" not in en and ">Run<" not in zh
    for page in (zh, en):  # the same safeguards in both: a CSP, no script or style from elsewhere
        assert "Content-Security-Policy" in page and "default-src 'self'" in page and "http://" not in page and "https://" not in page


def test_every_link_and_form_on_the_page_answers(endpoint):
    """Each view and export the page links to opens, and the two view forms work as a user
    fills them: the trace keyword they start with, and an agency by the spelling a plan used."""
    import re

    page = httpx.get(endpoint + "/").text
    links = re.findall(r'<a href="(/[^"?]*(?:\?[^"]*)?)"', page)
    assert len([u for u in links if u.startswith(("/views/", "/export/"))]) == 7
    for url in links:
        assert httpx.get(endpoint + url, timeout=60).status_code == 200, url
    forms = dict(re.findall(r'<form action="(/views/\w+)" method="get"><input name="name" required (?:value="([^"]*)")?', page))
    assert sorted(forms) == ["/views/department", "/views/trace"]
    assert httpx.get(endpoint + "/views/trace", params={"name": forms["/views/trace"]}).status_code == 200
    view = httpx.get(endpoint + "/views/department", params={"name": "市人社局"})  # (Yingkou's plan writes it so)
    assert view.status_code == 200 and "营口市人力资源和社会保障局" in view.text


def _columns_of(name):
    """The columns a shipped query's header says it returns (its ``# columns:`` line)."""
    line = next(l for l in named_queries()[name].text.splitlines() if l.startswith("# columns:"))
    return [c.strip() for c in line.split(":", 1)[1].split(",")]


def test_a_named_query_downloads_as_a_workbook_and_as_csv_for_excel(endpoint):
    import openpyxl

    ask = {"query": "department-tasks", "dept": "省乡村振兴局"}
    r = httpx.get(endpoint + "/api/download", params={**ask, "format": "xlsx"})
    assert r.status_code == 200 and 'filename="department-tasks.xlsx"' in r.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == _columns_of("department-tasks") and len(rows) == 1 + 2  # the two tasks of test_page_runs…
    assert sorted(row[5] for row in rows[1:]) == sorted(["开展困难毕业生就业帮扶", "实施乡村振兴重点帮扶地区职业技能提升工程"])
    r = httpx.get(endpoint + "/api/download", params={**ask, "format": "csv"})
    assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf") and r.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert table[0] == _columns_of("department-tasks") and len(table) == 1 + 2
    assert httpx.get(endpoint + "/api/download", params={"query": "no-such-query"}).status_code == 404


def test_the_pages_download_keeps_chinese_column_names_and_the_order_shown(endpoint, store_dir):
    import openpyxl

    query = "SELECT ?规划 (COUNT(?t) AS ?任务数) WHERE { GRAPH ?g { ?t a pkg:Task ; pkg:plan ?p . ?p dcterms:title ?规划 } } GROUP BY ?规划"
    embedded = PlanStore(store_dir, read_only=True).select(query)  # the same query, in the process, not over HTTP
    for descending in (True, False):  # (one of the two differs from the order the engine gives)
        r = httpx.post(endpoint + "/api/download", json={"query": query, "name": "各规划任务数", "format": "xlsx",
                                                          "sort": {"column": "任务数", "descending": descending}})
        assert r.status_code == 200 and "filename*=UTF-8''%E5%90%84" in r.headers["content-disposition"]  # 各…
        rows = list(openpyxl.load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))
        counts = [row[1] for row in rows[1:]]
        assert rows[0] == ("规划", "任务数") and sorted(rows[1:]) == sorted((plan, int(n)) for plan, n in embedded.rows)
        assert all(isinstance(n, int) for n in counts) and counts == sorted(counts, reverse=descending) and sum(counts) == 192
