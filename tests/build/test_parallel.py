"""Building on several processes gives the store one process gives; a worker that dies costs
its file only; the command's limits reach the workers."""

import shutil

from policykg.build import extraction
from policykg.build.documents import build
from policykg.extract import limits
from policykg.store.embedded import PlanStore
from tests.build import crashing
from tests.conftest import ALL_EXAMPLES


def _folder(tmp_path, names=("a", "b")):
    docs = tmp_path / "docs"
    for sub in names:  # two copies of every seed: six or more files start a pool of two
        (docs / sub).mkdir(parents=True)
        for f in ALL_EXAMPLES:
            shutil.copy(f, docs / sub / f.name)
    return docs


def _quads(store: PlanStore) -> list[str]:
    return sorted(str(q) for q in store.ox)


def test_two_processes_build_the_store_one_builds(tmp_path):
    docs = _folder(tmp_path)
    one, two = PlanStore(tmp_path / "one"), PlanStore(tmp_path / "two")
    r1, r2 = build([docs], one, jobs=1), build([docs], two, jobs=2)
    assert [(r.source, r.status, r.tasks) for r in r1] == [(r.source, r.status, r.tasks) for r in r2]
    assert sum(r.status == "built" for r in r2) == len(ALL_EXAMPLES) and sum(r.tasks for r in r2) > 100
    assert _quads(one) == _quads(two)


def test_a_worker_that_dies_costs_only_its_file(tmp_path, monkeypatch):
    docs = _folder(tmp_path)
    shutil.copy(ALL_EXAMPLES[0], docs / "a" / "crash.txt")
    monkeypatch.setattr(extraction, "extract_one", crashing.extract_or_die)
    results = build([docs], PlanStore(tmp_path / "kg"), jobs=2)
    failed = [r for r in results if r.status == "failed"]
    assert [r.source for r in failed] == ["a/crash.txt"]
    assert "process reading it stopped" in failed[0].error
    assert len(results) == 2 * len(ALL_EXAMPLES) + 1


def test_the_limits_reach_the_worker_processes(tmp_path):
    docs = _folder(tmp_path)
    limits.set_limits(["chars=1000"])
    try:
        results = build([docs], PlanStore(tmp_path / "kg"), jobs=2)
    finally:
        limits.set_limits([])
    assert all(r.status == "failed" and "characters" in r.error for r in results), [r.line() for r in results]


def test_a_rebuild_that_changed_one_file_reads_it_here_and_starts_no_pool(tmp_path, monkeypatch):
    docs = _folder(tmp_path)
    store = PlanStore(tmp_path / "kg")
    build([docs], store, jobs=2)
    changed = docs / "b" / ALL_EXAMPLES[2].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\n附件\n", encoding="utf-8")

    def no_pool(jobs):
        raise AssertionError("a pool was started for one changed file")

    monkeypatch.setattr(extraction, "_pool", no_pool)
    results = build([docs], store, jobs=2)
    assert [r.source for r in results if r.status != "unchanged"] == [f"b/{changed.name}"]


def test_a_document_whose_triples_do_not_parse_fails_alone_with_the_reason(monkeypatch):
    import policykg.kg.rdf as rdf

    real = rdf.record_ntriples
    monkeypatch.setattr(rdf, "record_ntriples", lambda rec: real(rec) + "<bad iri> <http://x> <http://y> .\n")
    x = extraction.extract_one(ALL_EXAMPLES[0], ALL_EXAMPLES[0].name)
    assert x.record is None and "cannot write its graph" in x.error
