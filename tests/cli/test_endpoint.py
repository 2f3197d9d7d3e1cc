"""The SPARQL endpoint (`policykg serve`) and an external store (`push`, `--endpoint`), over real
HTTP on 127.0.0.1: result formats, read-only, time limit, the page, and identical answers from
the embedded store and a real `oxigraph serve` process for every named query."""

import csv
import gc
import io
import subprocess
import time
import xml.etree.ElementTree as ET

import httpx
import pytest

from policykg.build.documents import build
from policykg.cli.main import cli
from policykg.export.tables import task_rows
from policykg.store.queries import named_queries
from policykg.store.remote import RemoteStore, push
from policykg.cli.serve import free_port, oxigraph_binary
from policykg.store.embedded import PlanStore
from tests.cli.serving import serving
from tests.conftest import ALL_EXAMPLES

PARAMS = {"department-tasks": {"dept": "省乡村振兴局"}, "commitment-trace": {"keyword": "劳务品牌"},
          "due-before": {"date": "2025-12-31"}, "overdue": {"date": "2026-01-01"}, "indicators": {"keyword": "就业"},
          "tasks-with-many-owners": {"min": "5"},
          "plan-changes": {"old": "liaoning-employment-social-security-plan.txt", "new": "yingkou-employment-social-security-plan.txt"}}
PLANS = "SELECT ?plan WHERE { GRAPH ?g { ?p a pkg:Plan ; dcterms:title ?plan } } ORDER BY ?plan"
PREFIXED = "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> " + PLANS
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_results_in_each_format(endpoint, method):
    def ask(accept):
        if method == "GET":
            return httpx.get(endpoint + "/query", params={"query": PREFIXED}, headers={"Accept": accept})
        return httpx.post(endpoint + "/query", data={"query": PREFIXED}, headers={"Accept": accept})

    plans = ["四川省人力资源和社会保障事业发展“十四五”规划", "沈阳现代化都市圈人力资源(社会保障)一体化专项规划",
             "营口市“十四五”就业和社会保障发展规划", "辽宁省“十四五”就业和社会保障发展规划",
             "辽宁省人力资源社会保障领域全面振兴新突破三年行动方案(2023-2025年)"]  # code-point order: “ < 人
    r = ask("application/sparql-results+json")
    assert r.status_code == 200 and [b["plan"]["value"] for b in r.json()["results"]["bindings"]] == plans
    r = ask("text/csv")
    assert r.headers["content-type"].startswith("text/csv") and [row[0] for row in csv.reader(io.StringIO(r.text))] == ["plan"] + plans
    r = ask("text/tab-separated-values")
    assert r.text.splitlines()[0] == "?plan" and len(r.text.splitlines()) == 6
    r = ask("application/sparql-results+xml")
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert [e.text for e in ET.fromstring(r.content).iter(ns + "literal")] == plans


def test_updates_are_refused(endpoint):
    r = httpx.post(endpoint + "/update", content="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                   headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403
    r = httpx.post(endpoint + "/query", data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:a> ?p ?o } }"},
                   headers={"Accept": "text/csv"})
    assert r.text.splitlines() == ["n", "0"]


def test_time_limit_is_honoured_and_the_engine_recovers(endpoint):
    t0 = time.monotonic()
    r = httpx.post(endpoint + "/query", data={"query": HEAVY}, headers={"Accept": "text/csv"}, timeout=30)
    assert r.status_code == 503 and "time limit (2 s)" in r.text
    assert time.monotonic() - t0 < 4
    for _ in range(50):  # the engine is restarted in the background
        r = httpx.post(endpoint + "/query", data={"query": PREFIXED}, headers={"Accept": "text/csv"})
        if r.status_code == 200:
            break
        time.sleep(0.2)
    assert r.status_code == 200 and len(r.text.splitlines()) == 6


def test_loopback_by_default():
    serve = cli.commands["serve"]
    assert next(p for p in serve.params if p.name == "host").default == "127.0.0.1"


def test_page_runs_named_queries_and_links_views_and_exports(endpoint, store_dir):
    page = httpx.get(endpoint + "/")
    assert page.status_code == 200 and '<form action="/views/trace"' in page.text and "/export/tasks.csv" in page.text
    catalogue = {q["name"]: q for q in httpx.get(endpoint + "/api/queries").json()}
    assert set(catalogue) == set(named_queries()) and catalogue["department-tasks"]["params"] == {
        "dept": "agency, e.g. 辽宁省人力资源和社会保障厅, 营口市人社局, or 省人社厅 with --area 辽宁"}
    r = httpx.post(endpoint + "/api/run", json={"query": catalogue["department-tasks"]["text"], "params": {"dept": "省乡村振兴局"}},
                   headers={"Accept": "application/sparql-results+json"})
    assert [b["task"]["value"] for b in r.json()["results"]["bindings"]] == ["开展困难毕业生就业帮扶", "实施乡村振兴重点帮扶地区职业技能提升工程"]
    for dept, status, says in [("人社", 400, "人社 matches"), ("人社局x", 400, "no agency matches 人社局x; did you mean")]:
        r = httpx.post(endpoint + "/api/run", json={"query": catalogue["department-tasks"]["text"], "params": {"dept": dept}})
        assert r.status_code == status and r.text.startswith(says), r.text  # (the resolver of the command line)
    view = httpx.get(endpoint + "/views/department", params={"name": "省人社厅", "area": "辽宁"})
    assert view.status_code == 200 and "劳务品牌发现培育计划" in view.text
    view = httpx.get(endpoint + "/views/department", params={"name": "人社"})
    assert view.status_code == 400 and "营口市人力资源和社会保障局" in view.text
    view = httpx.get(endpoint + "/views/trace", params={"name": "劳务品牌"})
    assert view.status_code == 200 and "Content-Security-Policy" in view.text
    tasks = httpx.get(endpoint + "/export/tasks.csv")
    assert len(list(csv.reader(io.StringIO(tasks.text)))) == 1 + 192


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """A real, writable `oxigraph serve` on 127.0.0.1 to push into."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "-l", str(tmp_path_factory.mktemp("remote")), "-b", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(url + "/query", params={"query": "ASK {}"})
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


def test_push_then_every_named_query_answers_the_same(built_store, oxigraph_server):
    done = push(built_store, oxigraph_server + "/store")
    assert len(done) == 8  # five documents, links, vocab, the alignments of Yingkou (the one plan with a parent)
    remote = RemoteStore(oxigraph_server + "/query")
    for name, q in named_queries().items():
        local_res, remote_res = built_store.select(q.text, PARAMS.get(name)), remote.select(q.text, PARAMS.get(name))
        assert local_res.columns == remote_res.columns, name
        assert sorted(local_res.rows) == sorted(remote_res.rows), name
        assert local_res.rows, name  # every query answers something on the seeds
    assert task_rows(remote) == task_rows(built_store)
    # pushing again replaces each graph: nothing doubles
    push(built_store, oxigraph_server + "/store")
    assert remote.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?t a pkg:Task } }").rows == [["192"]]


def test_rdf_dump_for_bulk_loading(tmp_path, built_store):
    from click.testing import CliRunner

    res = CliRunner().invoke(cli, ["export", "rdf", "--store", str(built_store.path), "-o", str(tmp_path / "kg.nq")])
    assert res.exit_code == 0, res.output
    lines = (tmp_path / "kg.nq").read_text(encoding="utf-8").splitlines()
    # every quad of the data graphs, none of the build's links index
    total = built_store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                               "FILTER(?g != <https://w3id.org/policykg/id/graph/index>) }").rows[0][0]
    assert len(lines) == int(total) and all(line.endswith(" .") for line in lines)
    assert not any("/graph/index>" in line for line in lines)
    assert any(line.endswith("/graph/links> .") for line in lines)
    # both formats load back into the same quads
    import pyoxigraph as ox

    res = CliRunner().invoke(cli, ["export", "rdf", "--store", str(built_store.path), "-o", str(tmp_path / "kg.trig"), "--format", "trig"])
    assert res.exit_code == 0, res.output
    quads = {fmt: set(ox.parse(path=str(tmp_path / f"kg.{ext}"), format=fmt)) for fmt, ext in
             ((ox.RdfFormat.N_QUADS, "nq"), (ox.RdfFormat.TRIG, "trig"))}
    assert quads[ox.RdfFormat.N_QUADS] == quads[ox.RdfFormat.TRIG] and len(quads[ox.RdfFormat.TRIG]) == int(total)


def test_push_deletes_the_document_graphs_the_store_no_longer_has(tmp_path, oxigraph_server):
    """Issue 12: a document removed locally goes from the remote store at the next push; a graph
    the remote store holds for itself is left alone."""
    from policykg.build.documents import build
    from policykg.build.removal import remove
    from policykg.store.embedded import PlanStore
    from policykg.store.remote import prune_remote
    from click.testing import CliRunner

    from tests.conftest import LIAONING, YINGKOU

    store = PlanStore(tmp_path / "kg")
    build([YINGKOU, LIAONING], store)
    theirs = "http://example.org/their-own-graph"
    httpx.put(f"{oxigraph_server}/store?graph={theirs}", content=b"<http://example.org/a> <http://example.org/b> \"c\" .\n",
              headers={"Content-Type": "application/n-triples"})
    push(store, oxigraph_server + "/store")
    remove(store, [str(LIAONING)])
    push(store, oxigraph_server + "/store")
    gone = prune_remote(store, oxigraph_server + "/store", oxigraph_server + "/query")
    assert LIAONING.name in {g.rsplit("/", 1)[-1] for g in gone}
    assert any("/graph/alignments/" in g for g in gone)  # (Yingkou's alignments: it aligns to nothing now)
    assert not any(g.endswith(YINGKOU.name) for g in gone)
    remote = RemoteStore(oxigraph_server + "/query")
    graphs = {g for (g,) in remote.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    assert theirs in graphs and not any(g.endswith(LIAONING.name) for g in graphs)


def test_diff_of_two_plans_read_through_the_endpoint_equals_the_diff_of_their_files(endpoint):
    from click.testing import CliRunner

    from tests.conftest import LIAONING, YINGKOU

    runner = CliRunner()
    files = runner.invoke(cli, ["diff", str(LIAONING), str(YINGKOU), "--format", "csv"])
    remote = runner.invoke(cli, ["diff", "辽宁省“十四五”就业和社会保障发展规划", "营口市“十四五”就业和社会保障发展规划",
                                 "--endpoint", endpoint + "/query", "--format", "csv"])
    assert remote.exit_code == 0, remote.output
    assert remote.stdout == files.stdout and len(files.stdout.splitlines()) > 20


def test_push_moves_staged_graphs_into_place_in_one_update(built_store, oxigraph_server):
    done = push(built_store, oxigraph_server + "/store", oxigraph_server + "/update")
    remote = RemoteStore(oxigraph_server + "/query")
    graphs = {g for (g,) in remote.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    assert {g for g, _ in done} <= graphs and not any(g.startswith("urn:policykg:staging:") for g in graphs)
    assert task_rows(remote) == task_rows(built_store)


def test_a_failed_push_replaces_nothing_or_says_which_graphs_it_replaced(built_store):
    from policykg.store.embedded import StoreError

    seen = []

    def handler(request):
        seen.append((request.method, request.url.params.get("graph", "")))
        puts = [s for s in seen if s[0] == "PUT"]
        if request.method == "PUT" and len(puts) == 3:
            return httpx.Response(500, text="disk full")
        return httpx.Response(204)

    with pytest.raises(StoreError, match=r"refused graph .*: 500 disk full; nothing was replaced$"):
        push(built_store, "http://remote/store", "http://remote/update", transport=httpx.MockTransport(handler))
    assert not any(m == "POST" for m, _ in seen)  # no MOVE: the live graphs were never touched
    staged = [g for m, g in seen if m == "PUT"]
    assert all(g.startswith("urn:policykg:staging:") for g in staged)
    assert set(staged) <= {g for m, g in seen if m == "DELETE"}  # the staging copies are cleared away
    seen.clear()
    with pytest.raises(StoreError, match=r"; 2 of 8 graphs replaced \(.+, .+\): push again to finish$"):
        push(built_store, "http://remote/store", transport=httpx.MockTransport(handler))


KEYWORDS = ["劳务品牌", "高校毕业生", "养老保险", "职业技能", "医疗保障", "创业", "就业服务", "社会救助",
            "工伤保险", "失业保险", "人力资源服务", "农民工"]


def test_concurrent_view_requests_each_get_their_own_whole_view(endpoint):
    import concurrent.futures

    def fetch(keyword):
        r = httpx.get(endpoint + "/views/trace", params={"name": keyword}, timeout=120)
        return keyword, r.status_code, r.text

    with concurrent.futures.ThreadPoolExecutor(48) as pool:
        answers = list(pool.map(fetch, KEYWORDS * 4))
    for keyword, status, body in answers:
        if status == 200:
            assert body.rstrip().endswith("</html>"), keyword
            assert f"任务追踪 Commitment trace：{keyword}" in body and all(
                f"Commitment trace：{other}<" not in body for other in KEYWORDS if other != keyword)
        else:
            assert (status, body) == (404, "nothing to draw\n"), keyword
    assert sum(status == 200 for _, status, _ in answers) >= 40


def test_foreign_hosts_origins_big_bodies_and_bad_json_are_refused(endpoint):
    ask = {"query": "ASK {}", "params": {}}
    assert httpx.post(endpoint + "/api/run", json=ask).status_code == 200
    assert httpx.post(endpoint + "/api/run", json=ask, headers={"Host": "evil.example"}).status_code == 400
    assert httpx.post(endpoint + "/api/run", content=b'{"query": "ASK {}"}', headers={
        "Origin": "http://evil.example", "Content-Type": "text/plain"}).status_code == 403
    assert httpx.post(endpoint + "/api/run", json=ask, headers={"Origin": endpoint}).status_code == 200
    assert httpx.post(endpoint + "/query", content=b"x" * (2 * 1024 * 1024)).status_code == 413
    bad = httpx.post(endpoint + "/api/run", content=b"not json")
    assert bad.status_code == 400 and bad.text.startswith("the body must be JSON")
    assert httpx.get(endpoint + "/").headers["x-policykg-store-loaded"]


def test_the_server_reads_a_store_a_build_changed(tmp_path):
    path = tmp_path / "kg"
    store = PlanStore(path)
    build(ALL_EXAMPLES[:1], store)
    del store
    gc.collect()
    with serving(path, timeout=5) as url:
        count = {"query": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a pkg:Plan } }"}
        first = httpx.post(url + "/api/run", json=count).json()["results"]["bindings"][0]["n"]["value"]
        store = PlanStore(path)
        build(ALL_EXAMPLES[1:], store)
        del store
        gc.collect()
        time.sleep(1.2)
        later = httpx.post(url + "/api/run", json=count).json()["results"]["bindings"][0]["n"]["value"]
        assert (first, later) == ("1", "5")
