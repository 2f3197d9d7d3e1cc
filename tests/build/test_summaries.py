"""The corpus-wide aggregates answered from the partial sums the build keeps per document, and
the per-document queries answered from the rows it keeps per document, give the rows of their
SPARQL definitions, in the same order, and stay so as documents change."""

import pytest

from policykg.build.corpus import mark_stale
from policykg.build.documents import build
from policykg.build.removal import remove
from policykg.build.summaries import SUMMARISED, per_document_queries, summary_answer
from policykg.kg.iris import INDEX_GRAPH, PKG
from policykg.store.embedded import PlanStore
from policykg.store.queries import named_queries
from tests.conftest import ALL_EXAMPLES, LIAONING, YINGKOU, examples_folder


ANSWERED = sorted(SUMMARISED) + [q.name for q in per_document_queries()]


def _same_as_definition(store):
    for name in ANSWERED:
        answer, definition = summary_answer(store, name), store.select(named_queries()[name].text)
        assert answer is not None, name
        assert (answer.columns, answer.rows) == (definition.columns, definition.rows), name


def test_the_sums_give_the_queries_rows_in_their_order(built_store):
    _same_as_definition(built_store)
    pairs = summary_answer(built_store, "co-ownership-pairs").rows
    # read by hand in the Liaoning plan: 省人力资源社会保障厅 and 省财政厅 own items 2 and 5 of 专栏3,
    # 1, 7 and 8 of 专栏6, 1 of 专栏11 together (人社厅 first), and 2 of 专栏13 (民政厅 first)
    assert ["辽宁省人力资源和社会保障厅", "辽宁省财政厅", "7", "6"] in pairs


def test_sums_across_plans_that_share_agencies(tmp_path):
    docs = examples_folder(tmp_path)
    # a second plan of Yingkou's (another title, another 文号) whose tasks the same bureaus own
    text = YINGKOU.read_text(encoding="utf-8").replace("就业和社会保障发展规划", "就业和社会保障事业专项规划").replace("营政办发", "营人社发")
    (docs / "yingkou-special.txt").write_text(text, encoding="utf-8")
    store = PlanStore(tmp_path / "kg")
    results = build([docs], store, jobs=1)
    assert [r.status for r in results if r.source == "yingkou-special.txt"] == ["built"]
    _same_as_definition(store)
    workload = {row[0]: row[2:] for row in summary_answer(store, "department-workload").rows}
    # twice what it owns in the one plan: the same tasks in two plans
    led, co, inferred, total, plans = map(int, workload["营口市人力资源和社会保障局"])
    assert plans == 2 and led % 2 == co % 2 == total % 2 == 0 and total > 100


def test_the_sums_follow_a_changed_and_a_removed_document(tmp_path):
    docs = examples_folder(tmp_path)
    store = PlanStore(tmp_path / "kg")
    build([docs], store)
    liaoning = docs / LIAONING.name
    liaoning.write_text(liaoning.read_text(encoding="utf-8").replace("（省人力资源社会保障厅、省财政厅）", "（省财政厅、省民政厅）"),
                        encoding="utf-8")
    build([docs], store)
    _same_as_definition(store)
    # three of the seven now name 省财政厅、省民政厅: items 2 and 8 of 专栏3 and 6, 1 of 专栏11 and
    # 2 of 专栏13 remain, the last led by 民政厅
    assert ["辽宁省人力资源和社会保障厅", "辽宁省财政厅", "4", "3"] in summary_answer(store, "co-ownership-pairs").rows
    remove(store, [LIAONING.name])
    _same_as_definition(store)
    assert not any("辽宁省" in row[0] for row in summary_answer(store, "department-workload").rows)


def test_no_answer_from_sums_that_may_not_follow_the_documents(tmp_path):
    store = PlanStore(tmp_path / "kg")
    build(ALL_EXAMPLES, store)
    assert summary_answer(store, "plan-hierarchy") is None  # (not summarised: run the query)
    mark_stale(store)  # a build stopped midway
    assert summary_answer(store, "department-workload") is None
    build(ALL_EXAMPLES, store)  # computes everything again
    assert summary_answer(store, "department-workload") is not None
    # a store whose index has no sums yet (built before them): run the query, until a build mends it
    store.update(f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?g <{PKG.summaryRows}> ?x }} }}")
    assert summary_answer(store, "department-workload") is None
    mark_stale(store)
    build(ALL_EXAMPLES, store)
    _same_as_definition(store)


def test_per_document_queries_ask_one_graph_pattern():
    assert {q.name for q in per_document_queries()} == {"departments-per-plan", "tasks-per-box", "tasks-without-explicit-owner"}
    for q in per_document_queries() + [named_queries()[name] for name in SUMMARISED]:
        assert q.text.count("GRAPH") == 1 and "GRAPH ?g {" in q.text, q.name


@pytest.mark.parametrize("name", ANSWERED)
def test_the_query_command_answers_from_the_sums_and_all_versions_from_the_definition(built_store, name, monkeypatch):
    from click.testing import CliRunner

    from policykg.cli.main import cli
    import policykg.build.summaries as summaries

    calls = []
    real = summaries.summary_answer
    monkeypatch.setattr(summaries, "summary_answer", lambda store, n: calls.append(n) or real(store, n))
    args = ["query", name, "--store", str(built_store.path), "--format", "csv"]
    fast, slow = CliRunner().invoke(cli, args), CliRunner().invoke(cli, args + ["--all-versions"])
    assert fast.exit_code == 0 and slow.exit_code == 0, fast.output + slow.output
    assert calls == [name]
    assert fast.output == slow.output  # (the seeds have no earlier versions)


def test_an_entry_without_a_querys_rows_makes_that_query_run(tmp_path):
    import json

    store = PlanStore(tmp_path / "kg")
    build(ALL_EXAMPLES, store)
    g, entry = store.select(f"SELECT ?g ?e WHERE {{ GRAPH <{INDEX_GRAPH}> {{ ?g <{PKG.summaryRows}> ?e }} }} ORDER BY ?g").rows[0]
    rows = json.loads(entry)
    del rows["tasks-per-box"]  # (as a build of a version that kept no rows of it would leave it)
    store.update(f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ <{g}> <{PKG.summaryRows}> ?x }} }}")
    store.update(f"INSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{ <{g}> <{PKG.summaryRows}> {json.dumps(json.dumps(rows, ensure_ascii=False), ensure_ascii=False)} }} }}")
    assert summary_answer(store, "tasks-per-box") is None
    assert summary_answer(store, "department-workload") is not None
