"""Departments as entities: every department string of the seeds against a table read by hand
(tests/fixtures/expected/agencies.psv), areas, sectors and counterparts."""

import pytest

from policykg.extract.pipeline import extract_file
from policykg.kg.agencies import ancestors, canonical
from tests.conftest import ALL_EXAMPLES, FIXTURES

ROWS = [line.split("|") for line in (FIXTURES / "expected" / "agencies.psv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")]


@pytest.mark.parametrize("region,written,name,jurisdiction,kind,sector", ROWS, ids=[r[1] for r in ROWS])
def test_department_string_resolves_to_its_agency(region, written, name, jurisdiction, kind, sector):
    a = canonical(written, region)
    assert (a.name, a.jurisdiction, a.kind, a.sector) == (name, jurisdiction, kind, sector)


def test_the_table_covers_every_department_string_of_the_seeds():
    seen = set()
    for path in ALL_EXAMPLES:
        rec = extract_file(path)
        seen |= {(rec.plan.region, r.owner.name) for t in rec.tasks for r in t.responsibilities}
        seen |= {(rec.plan.region, i) for i in rec.plan.issuers}
        seen |= {(rec.plan.region, c.publisher) for c in rec.citations if c.publisher}
        if rec.plan.inferred_owner[0]:
            seen.add((rec.plan.region, rec.plan.inferred_owner[0]))
    assert seen == {(r[0], r[1]) for r in ROWS}


def test_no_two_agencies_merge():
    """Different written strings share an entity only where they name the same body."""
    by_name: dict[str, set[str]] = {}
    for region, written, name, *_ in ROWS:
        by_name.setdefault(name, set()).add(written)
    merged = {name: sorted(w) for name, w in by_name.items() if len(w) > 1}
    assert merged == {
        "辽宁省人力资源和社会保障厅": ["省人力资源社会保障厅", "辽宁省人力资源和社会保障厅"],
    }


def test_areas_climb_to_the_country():
    assert ancestors("营口市") == ["辽宁省", "中华人民共和国"]
    assert ancestors("沈阳现代化都市圈") == ["辽宁省", "中华人民共和国"]


def test_elided_and_unknown_names():
    assert canonical("教育局", "青川县").name == "青川县教育局"
    # A relative name whose province the text does not give stays as written, without an area.
    a = canonical("省经信厅", "滨江市")
    assert (a.name, a.jurisdiction, a.sector) == ("省经信厅", "", "industry-information")
    assert canonical("团市委", "滨江市").name == "共青团滨江市委员会"
    assert canonical("市交通委（市道运局）", "滨江市").name == "滨江市交通委"
    assert canonical("各县（市）区人民政府", "营口市").kind == "collective"
    # an abbreviation is expanded only with the suffix it stands for: 国资委, not 国资中心
    assert canonical("县国资中心", "青川县").name == "青川县国资中心"
    assert canonical("县发展改革局", "青川县").name == "青川县发展和改革局"


def test_counterparts_one_level_up(built_store):
    q = """SELECT ?low ?high WHERE { GRAPH ?g { ?a pkg:higherCounterpart ?b }
             GRAPH ?g1 { ?a skos:prefLabel ?low } GRAPH ?g2 { ?b skos:prefLabel ?high } }"""
    pairs = {tuple(row) for row in built_store.select(q).rows}
    assert ("营口市农业农村局", "辽宁省农业农村厅") in pairs
    assert ("营口市人力资源和社会保障局", "辽宁省人力资源和社会保障厅") in pairs
    assert ("国家税务总局营口市税务局", "国家税务总局辽宁省税务局") in pairs
    assert ("营口市人民政府办公室", "辽宁省人民政府办公厅") in pairs
    assert ("辽宁省人力资源和社会保障厅", "中华人民共和国人力资源和社会保障部") in pairs
    # a bank branch is not the counterpart of a government bureau of the same sector
    assert ("营口市金融发展局", "中国人民银行沈阳分行") not in pairs
    assert ("中国人民银行营口市中心支行", "中国人民银行沈阳分行") in pairs
    lows = [low for low, _ in pairs]
    assert len(lows) == len(set(lows))  # one counterpart up for each agency


def test_mentions_link_to_canonical_agencies_not_as_owners(built_store):
    q = """SELECT DISTINCT ?name WHERE { GRAPH ?g { ?t dcterms:title "加强社会保险待遇领取数据共享比对" ; pkg:plan ?p ;
             pkg:mentions ?a . ?a skos:prefLabel ?name . ?p dcterms:title "辽宁省“十四五”就业和社会保障发展规划" } }"""
    names = {row[0] for row in built_store.select(q).rows}
    assert names == {
        "中华人民共和国人力资源和社会保障部", "辽宁省公安厅", "辽宁省司法厅", "辽宁省民政厅", "国家市场监督管理总局",
        "辽宁省人民检察院", "辽宁省高级人民法院", "辽宁省医疗保障局",
    }
    owners = """SELECT ?name WHERE { GRAPH ?g { ?t dcterms:title "加强社会保险待遇领取数据共享比对" ; pkg:plan ?p ;
             prov:qualifiedAttribution/prov:agent/skos:prefLabel ?name . ?p dcterms:title "辽宁省“十四五”就业和社会保障发展规划" } }"""
    assert [row[0] for row in built_store.select(owners).rows] == ["辽宁省人力资源和社会保障厅"]


def test_department_counterparts_query(built_store):
    from policykg.store.queries import named_queries

    res = built_store.select(named_queries()["department-counterparts"].text)
    rows = {tuple(r) for r in res.rows}
    assert ("农业农村", "营口市农业农村局", "营口市", "辽宁省农业农村厅", "辽宁省") in rows
    assert ("人力资源社会保障", "沈阳市人力资源和社会保障局", "沈阳市", "辽宁省人力资源和社会保障厅", "辽宁省") in rows
    assert res.columns == ["sector", "lower", "lower_area", "higher", "higher_area"]


@pytest.mark.parametrize("written,official,kind", [
    ("发展改革委", "国家发展和改革委员会", "department"),
    ("人力资源社会保障部", "中华人民共和国人力资源和社会保障部", "department"),
    ("中央统战部", "中共中央统一战线工作部", "party"),
    ("国管局", "国家机关事务管理局", "department"),
    ("银保监会", "中国银行保险监督管理委员会", "department"),
    ("税务总局", "国家税务总局", "vertical"),
    ("国务院办公厅", "国务院办公厅", "government"),
])
def test_national_bodies_written_bare_in_a_state_council_document(written, official, kind):
    a = canonical(written, "中国")
    assert (a.name, a.jurisdiction, a.kind) == (official, "中华人民共和国", kind)


def test_bare_names_stay_local_in_a_local_plan():
    assert canonical("发展改革委", "营口市").name == "营口市发展和改革委员会"
