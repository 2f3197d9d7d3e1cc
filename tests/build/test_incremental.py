"""After a build changes some plans, the cross-document graphs are what a build from scratch
gives, though only the alignments a change can reach were computed again."""

import policykg.build.corpus as corpus
from policykg.build.documents import build
from policykg.build.removal import remove
from policykg.kg.iris import plan_iri
from policykg.store.embedded import PlanStore
from tests.conftest import ALL_EXAMPLES, LIAONING, SICHUAN, YINGKOU, examples_folder

DERIVED = """SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/policykg/id/graph/alignments/") || STR(?g) = "https://w3id.org/policykg/id/graph/links") }"""
YINGKOU_PLAN = str(plan_iri("营口市“十四五”就业和社会保障发展规划"))


def _derived(store):
    return sorted(map(tuple, store.select(DERIVED).rows))


def _aligned_children(monkeypatch):
    seen = []
    real = corpus.align_tasks

    def counting(children, parents, *a):
        seen.append(children[0].plan if children else "")
        return real(children, parents, *a)

    monkeypatch.setattr(corpus, "align_tasks", counting)
    return seen


def test_changing_a_parent_plan_realigns_its_child_as_a_fresh_build_would(tmp_path, monkeypatch):
    docs = examples_folder(tmp_path)
    store = PlanStore(tmp_path / "kg")
    build([docs], store)
    before = _derived(store)
    liaoning = docs / LIAONING.name
    # a parent task renamed so that no child task carries it out any more, another added
    text = liaoning.read_text(encoding="utf-8").replace("1. 劳务品牌发现培育计划", "1. 海洋渔业捕捞许可证核发")
    liaoning.write_text(text, encoding="utf-8")
    seen = _aligned_children(monkeypatch)
    build([docs], store)
    assert set(seen) == {YINGKOU_PLAN}  # the child of the changed plan, and no other plan
    fresh = PlanStore(tmp_path / "fresh")
    build([docs], fresh)
    assert _derived(store) == _derived(fresh) != before


def test_changing_a_plan_with_no_parent_or_child_in_the_corpus_aligns_nothing(tmp_path, monkeypatch):
    docs = examples_folder(tmp_path)
    store = PlanStore(tmp_path / "kg")
    build([docs], store)
    before = _derived(store)
    (docs / SICHUAN.name).write_text(SICHUAN.read_text(encoding="utf-8") + "\n附件\n", encoding="utf-8")
    seen = _aligned_children(monkeypatch)
    assert [r.status for r in build([docs], store) if r.source == SICHUAN.name] == ["built"]
    assert seen == [] and _derived(store) == before


def test_removing_a_parent_plan_drops_its_childs_alignments(tmp_path):
    docs = examples_folder(tmp_path)
    store = PlanStore(tmp_path / "kg")
    build([docs], store)
    assert any(g.endswith(YINGKOU_PLAN.rsplit("/", 1)[1]) for g, *_ in _derived(store))
    remove(store, [LIAONING.name])
    (docs / LIAONING.name).unlink()
    fresh = PlanStore(tmp_path / "fresh")
    build([docs], fresh)
    assert _derived(store) == _derived(fresh)
    assert not any("/graph/alignments/" in g for g, *_ in _derived(store))
    assert YINGKOU.name in store.documents()


def test_task_texts_asked_in_chunks_are_the_same(built_store, monkeypatch):
    plans = {p for (p,) in built_store.select("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?t a pkg:Task ; pkg:plan ?p } }").rows}
    whole = corpus.task_texts(built_store, plans)
    from policykg.store import binding

    monkeypatch.setattr(corpus, "values_blocks", lambda var, iris: binding.values_blocks(var, iris, 1))
    assert corpus.task_texts(built_store, plans) == whole and len(whole) == 3
    assert corpus.task_texts(built_store, set()) == {}
