"""The links index holds, for each document graph, exactly the rows its graph gives; a rebuild
asks the store only about the graphs it wrote, and the index mends itself when it lacks an entry
or holds one whose graph is gone."""

import policykg.build.link_index as link_index
from policykg.build.corpus import refresh_corpus_graphs
from policykg.build.documents import build
from policykg.build.removal import remove
from policykg.kg.iris import INDEX_GRAPH, PKG, graph_iri, plan_iri
from policykg.store.embedded import PlanStore
from tests.conftest import ALL_EXAMPLES, LIAONING, SICHUAN, YINGKOU, examples_folder


def _read_again(store):
    """The rows every document graph gives, read from the graphs now."""
    graphs = sorted(store.document_graphs())
    union = {name: set() for name in link_index.ROWS}
    for rows in link_index.graph_rows(store, graphs).values():
        for name, found in rows.items():
            union[name].update(map(tuple, found))
    return {name: sorted(rows) for name, rows in union.items()}


def _asked(monkeypatch, of):
    """The graphs the index reads from the store ``of`` (not those a worker reads as it makes them)."""
    asked = []
    real = link_index.graph_rows

    def recording(store, graphs):
        if store is of:
            asked.extend(graphs)
        return real(store, graphs)

    monkeypatch.setattr(link_index, "graph_rows", recording)
    return asked


def test_the_index_gives_what_the_graphs_give(tmp_path):
    store = PlanStore(tmp_path / "kg")
    build(ALL_EXAMPLES, store)
    rows = link_index.corpus_rows(store)
    assert rows == _read_again(store)
    # read by hand: Yingkou's plan (营政办发〔2022〕20号) is written 依据《辽宁省“十四五”就业和社会保障发展规划》
    # (辽政办发〔2021〕37号)
    yingkou, liaoning = (str(plan_iri(f"{p}“十四五”就业和社会保障发展规划")) for p in ("营口市", "辽宁省"))
    assert (yingkou, liaoning, str(PKG.Parent), "辽政办发〔2021〕37号") in rows["citations"]
    assert (yingkou, "营政办发〔2022〕20号") in rows["identifiers"]
    assert any(label == "营口市民政局" and area == "营口市" for _, _, _, area, label in rows["agencies"])


def test_a_rebuild_reads_no_graph_again(tmp_path, monkeypatch):
    docs = examples_folder(tmp_path)
    store = PlanStore(tmp_path / "kg")
    build([docs], store)
    (docs / SICHUAN.name).write_text(SICHUAN.read_text(encoding="utf-8") + "\n附件\n", encoding="utf-8")
    asked = _asked(monkeypatch, store)
    build([docs], store)
    assert asked == []  # (its entries were made with it)
    assert link_index.corpus_rows(store) == _read_again(store)


def test_removing_a_file_strikes_its_entry(tmp_path):
    store = PlanStore(tmp_path / "kg")
    build(ALL_EXAMPLES, store)
    remove(store, [LIAONING.name])
    assert str(graph_iri(LIAONING.name)) not in link_index.indexed_graphs(store)
    assert link_index.indexed_graphs(store) == store.document_graphs()
    assert link_index.corpus_rows(store) == _read_again(store)


def test_an_index_that_lacks_an_entry_or_keeps_a_gone_one_is_mended(tmp_path):
    store = PlanStore(tmp_path / "kg")
    build(ALL_EXAMPLES, store)
    whole = link_index.corpus_rows(store)
    yingkou = str(graph_iri(YINGKOU.name))
    store.ox.update(f"DELETE WHERE {{ GRAPH <{INDEX_GRAPH}> {{ <{yingkou}> <{PKG.linkRows}> ?x }} }}")
    store.ox.update(f'INSERT DATA {{ GRAPH <{INDEX_GRAPH}> {{ <{graph_iri("gone.txt")}> <{PKG.linkRows}> "{{}}" }} }}')
    assert link_index.corpus_rows(store) != whole
    store.written.clear()
    refresh_corpus_graphs(store, set())
    assert link_index.indexed_graphs(store) == store.document_graphs()
    assert link_index.corpus_rows(store) == whole


def test_graphs_the_build_rewrites_are_read_again(tmp_path, monkeypatch):
    """A later version renames the earlier one's graph, a second copy is one more manifestation:
    the index reads those graphs from the store, and gives what they give."""
    text = YINGKOU.read_text(encoding="utf-8")
    (tmp_path / "yk.txt").write_text(text, encoding="utf-8")
    (tmp_path / "yk-copy.txt").write_text(text, encoding="utf-8")
    (tmp_path / "yk2023.txt").write_text(text.replace("营政办发〔2022〕20号", "营政办发〔2023〕5号"), encoding="utf-8")
    store = PlanStore(tmp_path / "kg")
    build([tmp_path / "yk.txt", tmp_path / "yk-copy.txt"], store)
    asked = _asked(monkeypatch, store)
    results = build([tmp_path / "yk.txt", tmp_path / "yk-copy.txt", tmp_path / "yk2023.txt"], store)
    assert [r.status for r in results] == ["unchanged", "unchanged", "built"]
    assert str(graph_iri("yk.txt")) in asked  # renamed to the earlier version's expression
    assert link_index.corpus_rows(store) == _read_again(store)
    # the earlier version is yk.txt's (its copy's graph holds only the file, a manifestation of it)
    assert [row[-1] for row in link_index.corpus_rows(store)["earlier"]] == ["yk.txt"]
