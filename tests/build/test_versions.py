"""Versions of one plan (issue 12): the later version is current and supplies the tasks, whatever
the build order; the earlier one is kept whole as a replaced expression, shown with
--all-versions; removing the current version makes the earlier one current again. The expected
tasks are read off the two small plans below."""

import gc

import pytest
from click.testing import CliRunner

from policykg.build.documents import build
from policykg.build.removal import remove
from policykg.cli.main import cli
from policykg.export.stats import store_stats
from policykg.export.tables import task_rows
from policykg.extract.pipeline import extract_file
from policykg.kg.rdf import record_ntriples
from policykg.kg.iris import plan_iri
from policykg.kg.versions import as_current, as_replaced, expression_iri
from policykg.store.embedded import PlanStore
from tests.conftest import ALL_EXAMPLES

OLD = [("建设甲项目", "市发改委"), ("推进乙工作", "市人社局"), ("开展丙行动", "市民政局")]
NEW = [("建设甲项目", "市住建局"), ("推进乙工作", "市人社局")]  # fewer tasks, one lead moved


def _version(tmp_path, year, tasks, name=""):
    path = tmp_path / (name or f"分解方案{year}.txt")
    path.write_text(f"某市人民政府办公室关于印发某市重点工作任务分解方案的通知\n某政办〔{year}〕3号\n各县区人民政府：\n"
                    f"现将《某市重点工作任务分解方案》印发给你们，请认真贯彻执行。\n某市重点工作任务分解方案\n"
                    + "".join(f"{i}.{t}。（{o}牵头）\n" for i, (t, o) in enumerate(tasks, 1)), encoding="utf-8")
    return path


def _dump(store, path):
    store.dump(path)
    return sorted(path.read_text(encoding="utf-8").splitlines())


def _tasks(store, **kw):
    return [(r["task"], r["lead"]) + ((r["version"], r["current"]) if kw else ()) for r in task_rows(store, **kw)]


@pytest.mark.parametrize("seed", ALL_EXAMPLES, ids=lambda p: p.stem)
def test_an_earlier_versions_graph_is_named_back_exactly(seed):
    rec = extract_file(seed)
    graph, plan = record_ntriples(rec), str(plan_iri(rec.plan.title))
    expr = expression_iri(plan, "2023-05-01", "某政办〔2023〕5号")
    replaced = as_replaced(graph, plan, expr)
    assert "/ontology#Task>" not in replaced.replace("<https://w3id.org/policykg/ontology#ReplacedTask> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <https://w3id.org/policykg/ontology#Task>", "")
    assert not any(line.startswith(f"<{plan}> ") for line in replaced.splitlines())  # all now about the expression
    assert sorted(as_current(replaced, plan, expr).splitlines()) == sorted(graph.splitlines())


def test_the_later_version_is_current_and_the_earlier_is_kept_whatever_the_order(tmp_path):
    old, new = _version(tmp_path, 2023, OLD), _version(tmp_path, 2024, NEW)
    dumps = []
    for order, name in (([old, new], "on"), ([new, old], "no")):
        store = PlanStore(tmp_path / name)
        results = {r.source: r for r in build(order, store)}
        assert _tasks(store) == NEW
        assert _tasks(store, all_versions=True) == (
            [(t, o, "某政办〔2023〕3号", "no") for t, o in OLD] + [(t, o, "某政办〔2024〕3号", "yes") for t, o in NEW])
        if order[0] is new:
            assert results[old.name].line() == (
                f"= {old.name}: an earlier version of the plan {new.name} carries, kept with its 3 tasks "
                f"(shown with --all-versions; `policykg diff {old.name} {new.name}` lists what changed)")
        else:
            assert "a later version of the plan 分解方案2023.txt carried, which is kept as an earlier version" in results[new.name].line()
        replaced = store.select("""SELECT ?a ?b WHERE { GRAPH ?g { ?a dcterms:isReplacedBy ?b } }""").rows
        assert [(a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1]) for a, b in replaced] == [
            (expression_iri("", "", "某政办〔2023〕3号").rsplit("/", 1)[-1], expression_iri("", "", "某政办〔2024〕3号").rsplit("/", 1)[-1])]
        dumps.append(_dump(store, tmp_path / f"{name}.nq"))
    assert dumps[0] == dumps[1]
    stats = store_stats(store)
    assert "documents: 1 (and 1 earlier version of them)  tasks: 2" in stats
    assert f"= {old.name}: an earlier version of 某市重点工作任务分解方案, 3 tasks (export tasks --all-versions)" in stats


def test_queries_answer_from_current_versions_and_all_versions_widens_them(tmp_path):
    store_dir = tmp_path / "kg"
    build([_version(tmp_path, 2023, OLD), _version(tmp_path, 2024, NEW)], PlanStore(store_dir))
    gc.collect()
    runner = CliRunner()

    def leads(*args):  # department → tasks led
        out = runner.invoke(cli, ["query", "department-workload", "--store", str(store_dir), "--format", "csv", *args])
        assert out.exit_code == 0, out.output
        return {line.split(",")[0]: line.split(",")[2] for line in out.output.splitlines()[1:] if line}

    assert leads() == {"市住建局": "1", "市人社局": "1"}  # 2024: 开展丙行动 (市民政局) was dropped
    assert leads("--all-versions") == {"市人社局": "2", "市住建局": "1", "市发改委": "1", "市民政局": "1"}


def test_removing_the_current_version_makes_the_earlier_one_current_and_rebuilding_restores_the_store(tmp_path):
    old, new = _version(tmp_path, 2023, OLD), _version(tmp_path, 2024, NEW)
    store = PlanStore(tmp_path / "kg")
    build([old, new], store)
    before = _dump(store, tmp_path / "before.nq")
    [removal] = remove(store, [new.name])
    assert removal.line() == f"- {new.name}: removed; {old.name}, the latest earlier version of its plan, is the current version again"
    assert _tasks(store) == OLD
    assert not store.select("SELECT * WHERE { GRAPH ?g { ?a dcterms:isReplacedBy ?b } }").rows
    build([new], store)
    assert _dump(store, tmp_path / "after.nq") == before


def test_three_versions_chain_in_order_and_a_second_file_of_an_earlier_one_doubles_nothing(tmp_path):
    v22 = _version(tmp_path, 2022, [("建设甲项目", "市财政局")])
    v23, v23copy = _version(tmp_path, 2023, OLD), _version(tmp_path, 2023, OLD, "分解方案2023(1).txt")
    v24 = _version(tmp_path, 2024, NEW)
    dumps = []
    for order, name in (([v24, v23copy, v22, v23], "a"), ([v23, v22, v23copy, v24], "b")):
        store = PlanStore(tmp_path / name)
        build(order, store)
        dumps.append(_dump(store, tmp_path / f"{name}.nq"))
    assert dumps[0] == dumps[1]
    more = store.select("SELECT ?a ?b WHERE { GRAPH ?g { ?s pkg:tasksFrom ?o ; pkg:fileName ?a } GRAPH ?h { ?o pkg:fileName ?b } }")
    assert more.rows == [[v23copy.name, v23.name]]  # the same 2023 text twice: the shorter name supplies it
    assert _tasks(store) == NEW
    assert len(_tasks(store, all_versions=True)) == 1 + 3 + 2  # each version's tasks once
    chain = store.select("""SELECT ?a ?b WHERE { GRAPH ?g { ?a dcterms:isReplacedBy ?b } }""").rows
    year = {expression_iri("", "", f"某政办〔{y}〕3号").rsplit("/", 1)[-1]: y for y in (2022, 2023, 2024)}
    assert sorted((year[a.rsplit("/", 1)[-1]], year[b.rsplit("/", 1)[-1]]) for a, b in chain) == [(2022, 2023), (2023, 2024)]
