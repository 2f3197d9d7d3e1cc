"""Building the store: links across plans, SHACL, determinism, idempotence, bad input."""

import csv
import io

import pytest

from policykg.extract.pipeline import extract_file
from policykg.build.documents import build
from policykg.export.tables import TASK_COLUMNS, task_rows, write_rows
from policykg.store.queries import named_queries
from policykg.kg.rdf import Triples, record_ntriples, record_to_graph, to_ntriples
from policykg.store.embedded import PlanStore
from policykg.kg.validate import shapes_graph, validate
from tests.conftest import ALL_EXAMPLES, FIXTURES, LIAONING, SICHUAN, YINGKOU

HIERARCHY = named_queries()["plan-hierarchy"].text


def _csv(store, department=None):
    out = io.StringIO()
    write_rows(task_rows(store, department), TASK_COLUMNS, "csv", out)
    return out.getvalue()


@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.name)
def test_every_seed_graph_satisfies_the_shapes(path):
    conforms, report = validate(record_to_graph(extract_file(path)), shapes_graph())
    assert conforms, report


def test_shapes_catch_a_task_without_owner_or_inference():
    from rdflib import Literal
    from policykg.kg.iris import PKG

    g = record_to_graph(extract_file(YINGKOU))
    from rdflib import RDF

    task = next(t for t in g.subjects(PKG.itemNumber, Literal("8")) if (t, RDF.type, PKG.Task) in g)
    for p in (PKG.leadDepartment, PKG.coDepartment, PKG.ownerInferred):
        g.remove((task, p, None))
    assert validate(g)[0] is False


def test_yingkou_applies_liaoning_in_the_corpus(built_store):
    rows = built_store.select(HIERARCHY).rows
    assert ["营口市“十四五”就业和社会保障发展规划", "辽宁省“十四五”就业和社会保障发展规划"] in rows
    liaoning = built_store.select(
        'SELECT ?p WHERE { GRAPH ?g { ?p a pkg:Plan ; dcterms:identifier "辽政办发〔2021〕37号" } }'
    ).rows
    parents = built_store.select(
        'SELECT ?q WHERE { GRAPH <https://w3id.org/policykg/id/graph/links> { ?p <http://data.europa.eu/eli/ontology#applies> ?q } }'
    ).rows
    assert liaoning[0] in parents  # the same node, not a copy


def test_export_contract_columns_and_values(built_store):
    rows = list(csv.reader(io.StringIO(_csv(built_store))))
    assert rows[0] == TASK_COLUMNS
    assert len(rows) == 1 + 70 + 74 + 48
    by_key = {(r[1], r[3], r[5]): r for r in rows[1:]}
    assert by_key[(LIAONING.name, "4", "3")] == [
        "辽宁省“十四五”就业和社会保障发展规划", LIAONING.name, "provincial", "4", "返乡入乡创业园建设", "3",
        "强化资金支持", "省财政厅", "省农业农村厅、省金融监管局、人民银行沈阳分行", "", "190",
    ]
    assert by_key[(SICHUAN.name, "3", "01")][7:] == ["", "", "四川省人民政府", "214"]
    # Names as written: ASCII brackets and the space inside "( 市人社局)" are the document's.
    assert by_key[(YINGKOU.name, "13", "1")][6] == "建立乡镇(街道)临时救助备用金制度"


def test_department_filter(built_store):
    rows = task_rows(built_store, "国家统计局营口调查队")
    assert [(r["box_no"], r["item_no"], r["lead"]) for r in rows] == [
        ("8", "2", "市人社局"), ("8", "4", "国家统计局营口调查队"), ("8", "6", "市人社局")
    ]


def test_same_inputs_give_byte_identical_exports_and_graphs(tmp_path):
    a, b = PlanStore(tmp_path / "a"), PlanStore(tmp_path / "b")
    build(reversed(ALL_EXAMPLES), a)
    build(ALL_EXAMPLES, b)
    assert _csv(a) == _csv(b)
    assert record_ntriples(extract_file(YINGKOU)) == record_ntriples(extract_file(YINGKOU))


def test_rebuild_is_idempotent_and_replaces_only_the_changed_document(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in (LIAONING, YINGKOU):
        (docs / p.name).write_bytes(p.read_bytes())
    store = PlanStore(tmp_path / "kg")
    assert [r.status for r in build([docs], store)] == ["built", "built"]
    before = _csv(store)
    assert [r.status for r in build([docs], store)] == ["unchanged", "unchanged"]
    assert _csv(store) == before
    # Edit Yingkou: one task's owners change; Liaoning's graph is untouched.
    y = docs / YINGKOU.name
    y.write_text(y.read_text(encoding="utf-8").replace("8.落实大学生退役士兵专考专招政策(市人社局)", "8.落实大学生退役士兵专考专招政策(市退役军人局)"), encoding="utf-8")
    assert [r.status for r in build([docs], store)] == ["unchanged", "built"]
    after = list(csv.DictReader(io.StringIO(_csv(store))))
    changed = [r for r in after if r["source"] == YINGKOU.name and r["box_no"] == "3" and r["item_no"] == "8"]
    assert [r["lead"] for r in changed] == ["市退役军人局"]
    assert [r for r in after if r["source"] == LIAONING.name] == [
        r for r in csv.DictReader(io.StringIO(before)) if r["source"] == LIAONING.name
    ]


def test_bad_inputs_fail_alone_with_a_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "garbled.txt").write_bytes(bytes([0x80, 0xFF]) * 200)
    (tmp_path / "emptydir").mkdir()
    good = tmp_path / YINGKOU.name
    good.write_bytes(YINGKOU.read_bytes())
    store = PlanStore(tmp_path / "kg")
    inputs = [tmp_path / "missing.txt", tmp_path / "emptydir", tmp_path / "empty.txt",
              tmp_path / "binary.txt", tmp_path / "garbled.txt", good]
    results = {r.source: (r.status, r.error) for r in build(inputs, store)}
    assert results == {
        "missing.txt": ("failed", "no such file or directory"),
        "emptydir": ("failed", "directory holds no documents (.txt .html .docx .pdf .xlsx .csv)"),
        "empty.txt": ("failed", "empty file"),
        "binary.txt": ("failed", "binary file, not text (unsupported format)"),
        "garbled.txt": ("failed", "cannot decode text: not UTF-8, GB18030/GBK or another Chinese encoding"),
        YINGKOU.name: ("built", ""),
    }
    assert set(store.documents()) == {YINGKOU.name}


def test_gb18030_file_gives_the_same_tasks(tmp_path):
    gbk = tmp_path / "yingkou-gbk.txt"
    gbk.write_bytes(YINGKOU.read_text(encoding="utf-8").replace("\u2022", "*").encode("gb18030"))
    rec = extract_file(gbk)
    assert rec.encoding == "gb18030"
    utf = extract_file(YINGKOU)
    assert [(t.title, [o.name for o in t.lead], [o.name for o in t.co], t.span.line) for t in rec.tasks] == [
        (t.title, [o.name for o in t.lead], [o.name for o in t.co], t.span.line) for t in utf.tasks
    ]


def test_utf8_bom_is_read(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + LIAONING.read_bytes())
    rec = extract_file(f)
    assert rec.encoding == "utf-8-sig" and len(rec.tasks) == 70


def test_documents_in_every_format_build_validate_and_export(tmp_path):
    """A directory of .docx/.pdf/.xlsx/.csv/.html documents: each graph satisfies the shapes,
    tasks outside boxes are parts of their plan, and the export gives spreadsheet rows as lines."""
    docs = FIXTURES / "documents"
    for f in sorted(docs.iterdir()):
        if f.suffix != ".py":
            conforms, report = validate(record_to_graph(extract_file(f)), shapes_graph())
            assert conforms, f"{f.name}: {report}"
    store = PlanStore(tmp_path / "kg")
    results = build([docs], store)
    assert sorted((r.source, r.status, r.tasks) for r in results) == [
        ("binhe-task-table.pdf", "built", 31),  # (counts as in tests/extract/test_documents.py)
        ("binjiang-task-division.docx", "built", 12),
        ("binjiang-task-division.pdf", "same", 12),  # its Word file's plan, the same 12 tasks: recorded, not doubled
        ("binjiang-task-list.xlsx", "built", 8), ("municipal-livelihood-projects.csv", "built", 3),
        ("qingchuan-stable-employment-page.html", "built", 8), ("quantified-targets-space-table.pdf", "built", 7),
    ]
    rows = [r for r in task_rows(store) if r["source"] == "binjiang-task-list.xlsx"]
    assert [(r["line"], r["box_no"], r["item_no"], r["task"], r["lead"], r["co_departments"], r["section"], r["deadline"])
            for r in rows[:2]] == [
        ("4", "", "1", "落实失业保险稳岗返还政策", "市人社局", "市财政局、市税务局", "重点任务 / 一、稳定和扩大就业岗位 / 稳岗扩岗", "2024年6月底前"),
        ("5", "", "2", "发放一次性扩岗补助", "市人社局", "", "重点任务 / 一、稳定和扩大就业岗位 / 稳岗扩岗", "2024年12月底前"),
    ]
    res = store.select(named_queries()["department-tasks"].text, {"dept": "团县委"})
    assert [(row[1], row[5], row[7]) for row in res.rows] == [
        ("Co", "办好“春风行动”等招聘活动", "qingchuan-stable-employment-page.html"),
        ("Co", "开展高校毕业生“三支一扶”招募", "qingchuan-stable-employment-page.html"),
    ]


def test_the_written_ntriples_are_what_rdflib_reads_and_writes_back():
    # The lines are written by hand for speed: rdflib parsing and re-serialising them must give
    # the same bytes, for every seed.
    for f in ALL_EXAMPLES:
        lines = record_ntriples(extract_file(f))
        assert to_ntriples(record_to_graph(extract_file(f))) == lines, f.name
        assert len(lines.splitlines()) > 20


def test_document_text_is_escaped_in_ntriples():
    from rdflib import Literal, URIRef

    hostile = 'a "quoted" \\ back\nslash\r> <x> . 营口'
    t = Triples()
    t.add(URIRef("https://w3id.org/policykg/id/x"), URIRef("http://purl.org/dc/terms/title"), hostile)
    t.add(URIRef("https://w3id.org/policykg/id/x"), URIRef("https://w3id.org/policykg/ontology#ordinal"), 7)
    t.add(URIRef("https://w3id.org/policykg/id/x"), URIRef("https://w3id.org/policykg/ontology#openList"), True)
    t.add(URIRef("https://w3id.org/policykg/id/x"), URIRef("https://w3id.org/policykg/ontology#none"), "")
    values = {o.toPython() if o.datatype else str(o) for o in t.graph().objects()}
    assert values == {hostile, 7, True}
    assert all(isinstance(o, Literal) for o in t.graph().objects())


def test_a_build_that_bulk_loads_a_batch_or_more_compacts_the_store_and_a_small_one_does_not(tmp_path, monkeypatch):
    import policykg.build.documents as documents

    compacted = []
    monkeypatch.setattr(PlanStore, "optimize", lambda self: compacted.append(self.path))
    monkeypatch.setattr(documents, "BATCH_DOCUMENTS", 3)
    monkeypatch.setattr(documents.GraphBatch.__init__, "__defaults__", (3,))
    store = PlanStore(tmp_path / "kg")
    build(ALL_EXAMPLES[:2], store)
    assert compacted == []  # two documents: fewer than a batch
    build(ALL_EXAMPLES, store)  # three new ones: a batch
    assert compacted == [tmp_path / "kg"]
