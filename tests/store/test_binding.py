"""Parameters are bound in the query text (escaped by pyoxigraph), so the planner sees them; a
parameter the query lacks is one clear error; an agency is found by either of its names."""

import pytest

from policykg.store.embedded import StoreError
from policykg.store.queries import named_queries

DEPT = named_queries()["department-tasks"].text


def test_a_parameter_the_query_lacks_is_named(built_store):
    with pytest.raises(StoreError, match=r"the query has no variable \?nope to bind"):
        built_store.select(DEPT, {"dept": "市人社局", "nope": "1"})


def test_a_literal_with_quotes_and_braces_is_data_not_sparql(built_store):
    assert built_store.select(DEPT, {"dept": '市人社局" } } ; DROP ALL #'}).rows == []


def test_an_agency_is_found_by_its_written_and_its_canonical_name(built_store):
    written = built_store.select(DEPT, {"dept": "市人社局"}).rows
    canonical = built_store.select(DEPT, {"dept": "营口市人力资源和社会保障局"}).rows
    yingkou = [r for r in canonical if r[7].startswith("yingkou")]
    # Yingkou writes 市人社局: every one of those rows is among the canonical name's rows
    assert {tuple(r[1:]) for r in written if r[7].startswith("yingkou")} <= {tuple(r[1:]) for r in yingkou}
    assert len(yingkou) >= len([r for r in written if r[7].startswith("yingkou")]) > 20
