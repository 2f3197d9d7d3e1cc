"""The links graph says, once for the corpus, what the plan and counterpart queries read about
the ends of its edges (they read it from every citing document before: rows multiplied)."""

from policykg.kg.iris import LINKS_GRAPH, plan_iri

Q = f"SELECT ?p ?o WHERE {{ GRAPH <{LINKS_GRAPH}> {{ <%s> ?p ?o }} }}"


def test_a_cited_national_plan_has_its_title_and_number_once(built_store):
    national = str(plan_iri("“十四五”就业促进规划"))
    rows = {(p.rsplit("#", 1)[-1], o) for p, o in built_store.select(Q % national).rows}
    assert ("referenceTitle", "“十四五”就业促进规划") in rows
    assert ("referenceIdentifier", "国发〔2021〕14号") in rows


def test_an_agency_with_a_counterpart_has_its_name_area_and_sector_in_the_links_graph(built_store):
    rows = built_store.select(f"""SELECT ?name ?area ?higher WHERE {{ GRAPH <{LINKS_GRAPH}> {{
        ?a pkg:higherCounterpart ?b ; pkg:counterpartName ?name ; pkg:counterpartArea ?area .
        ?b pkg:counterpartName ?higher }} }}""").rows
    assert ["营口市人力资源和社会保障局", "营口市", "辽宁省人力资源和社会保障厅"] in rows
