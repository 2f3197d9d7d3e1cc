"""The Python API (policykg.open): DataFrames typed from the RDF datatypes, with the numbers read
off the five bundled plans: 192 tasks, 144 with a named lead (Liaoning's 70 and Yingkou's 74;
Sichuan's 48 name none), 40 agencies owning tasks, 65 named in all."""

import pandas as pd
import pytest

import policykg
from policykg.export.tables import EXTRA_COLUMNS, TASK_COLUMNS
from policykg.store.queries import named_queries

YK_HRSS = "营口市人力资源和社会保障局"


@pytest.fixture(scope="module")
def kg(built_store):
    with policykg.open(built_store.path) as opened:
        yield opened


def test_tasks_have_the_export_columns_and_types(kg):
    tasks = kg.tasks()
    assert list(tasks.columns) == TASK_COLUMNS + EXTRA_COLUMNS and len(tasks) == 192
    assert tasks["line"].dtype == "int64"  # pkg:line is an xsd:integer
    assert all(isinstance(tasks[c].dtype, pd.StringDtype) for c in tasks.columns if c != "line")
    assert (tasks["lead"] != "").sum() == 144 and (tasks["owner_inferred"] != "").sum() == 48
    # Yingkou's 专栏2 实施劳务品牌促就业计划, lines 254–266: four tasks, each (市人社局), the third with 市农业农村局
    brand = tasks[tasks["source"].str.startswith("yingkou") & tasks["task"].str.contains("劳务品牌")]
    assert brand["line"].tolist() == [254, 258, 262, 266] and set(brand["box_no"]) == {"2"}
    assert set(brand["lead"]) == {"市人社局"} and set(brand["lead_canonical"]) == {YK_HRSS}
    assert brand["co_canonical"].tolist() == ["", "", "营口市农业农村局", ""]


def test_tasks_of_one_department_take_any_name_the_cli_takes(kg):
    assert kg.agency("市人社局", area="营口") == YK_HRSS
    mine = kg.tasks("营口市人社局")
    assert len(mine) == 53 and mine["lead_canonical"].str.contains(YK_HRSS).sum() == 51  # led 51, co-owns 2
    assert kg.tasks("省人社厅", area="辽宁")["plan"].str.startswith("辽宁").all()


def test_agencies_count_as_stats_does(kg):
    agencies = kg.agencies()
    assert len(agencies) == 65 and (agencies["tasks"] > 0).sum() == 40 and agencies["agency"].is_unique
    assert {c: str(t) for c, t in agencies.dtypes.items()} == {
        "agency": "string", "jurisdiction": "string", "spellings": "string", "led": "int64", "co_owned": "int64",
        "inferred": "int64", "tasks": "int64", "plans": "int64", "iri": "string"}
    top = agencies.iloc[0]
    assert (top["agency"], top["jurisdiction"], top["led"], top["co_owned"], top["tasks"]) == (YK_HRSS, "营口市", 51, 2, 53)
    assert "市人社局" in top["spellings"].split("、")


def test_named_query_from_the_build_sums_is_typed_as_the_query_itself(kg):
    load = kg.query("department-workload")
    direct = kg.select(named_queries()["department-workload"].text)  # (the .rq run, not the build's sums)
    pd.testing.assert_frame_equal(load, direct)
    assert load[["led", "co_owned", "inferred", "total", "plans"]].dtypes.eq("int64").all()
    assert load.iloc[0].tolist() == [YK_HRSS, "营口市", 51, 2, 0, 53, 1]
    assert load["department"].nunique() == 40
    for name in ("tasks-per-box", "departments-per-plan", "co-ownership-pairs"):
        pd.testing.assert_frame_equal(kg.query(name), kg.select(named_queries()[name].text))


def test_query_parameters_are_bound_as_the_cli_binds_them(kg):
    tasks = kg.query("department-tasks", dept="营口市人社局")
    assert set(tasks["dept"]) == {YK_HRSS} and len(tasks) == 53 and tasks["line"].dtype == "int64"
    trace = kg.query("commitment-trace", keyword="劳务品牌")
    assert trace["score"].dtype == "float64" and trace["line"].dtype == "int64"  # pkg:score is an xsd:decimal
    assert trace["score"].notna().any() and trace["score"].isna().any()  # (unaligned tasks have no score)
    assert kg.query("commitment-trace", keyword='劳务品牌" } }').empty  # a literal, never SPARQL
    assert kg.query("tasks-with-many-owners", min=5)["owners"].dtype == "int64"


def test_errors_are_exceptions_with_one_clear_message(kg, tmp_path):
    with pytest.raises(policykg.AgencyError) as err:
        kg.query("department-tasks", dept="人社")
    assert len(err.value.candidates) > 1 and YK_HRSS in err.value.candidates
    with pytest.raises(policykg.AgencyError, match="no agency matches 不存在局") as err:
        kg.tasks("不存在局")
    assert err.value.candidates == []
    with pytest.raises(policykg.PolicyKGError, match="needs dept="):
        kg.query("department-tasks")
    with pytest.raises(policykg.PolicyKGError, match="unknown query 'nope'"):
        kg.query("nope")
    with pytest.raises(policykg.PolicyKGError, match="SPARQL syntax error"):
        kg.select("SELEC nothing")


def test_select_types_columns_by_literal_datatype(kg):
    issued = kg.select("SELECT ?p ?issued WHERE { GRAPH ?g { ?p dcterms:issued ?issued } } ORDER BY ?issued")
    assert pd.api.types.is_datetime64_any_dtype(issued["issued"]) and issued["p"].dtype == "string"
    inferred = kg.select("SELECT ?t ?inferred WHERE { GRAPH ?g { ?t pkg:ownerInferred ?inferred } }")
    assert inferred["inferred"].dtype == "boolean" and (~inferred["inferred"]).sum() == 144
    some = kg.select("SELECT ?t ?n WHERE { GRAPH ?g { ?t a pkg:Task OPTIONAL { ?t pkg:ordinal ?n FILTER(?n < 3) } } }")
    assert some["n"].dtype == "Int64" and some["n"].isna().any() and some["n"].notna().any()
    mixed = kg.select('SELECT ?v ?x WHERE { VALUES (?v ?x) { (1 "1") ("a" "2") } }')
    assert mixed["v"].tolist() == ["1", "a"] and mixed["v"].dtype == "string" and mixed["x"].dtype == "string"
    assert kg.select("SELECT ?n WHERE { VALUES ?n { 1.5 2e0 } }")["n"].dtype == "float64"  # decimal and double: one kind
    assert kg.select("SELECT ?n WHERE { GRAPH ?g { ?s pkg:nothing ?n } }").empty


def test_a_path_that_is_not_a_store_is_an_error_and_stays_so(tmp_path):
    for path in (tmp_path / "missing", tmp_path):
        with pytest.raises(policykg.PolicyKGError) as err:
            policykg.open(path)
        assert "\n" not in str(err.value)
    assert not (tmp_path / "missing").exists() and list(tmp_path.iterdir()) == []
    (tmp_path / "plan.txt").write_text("规划", encoding="utf-8")
    with pytest.raises(policykg.PolicyKGError, match="is not a PolicyKG store"):
        policykg.open(tmp_path / "plan.txt")


def test_closed_store_says_so(built_store):
    kg = policykg.open(built_store.path)
    kg.close()
    with pytest.raises(policykg.PolicyKGError, match="closed"):
        kg.tasks()
