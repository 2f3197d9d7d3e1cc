"""Every shipped query on the seeds, against values computed from the hand-checked task lists
(tests/fixtures/expected/*.psv) or read from the documents."""

from collections import Counter

from policykg.store.queries import named_queries
from tests.conftest import expected_tasks

LIAONING_PLAN = "辽宁省“十四五”就业和社会保障发展规划"
YINGKOU_PLAN = "营口市“十四五”就业和社会保障发展规划"


def _run(store, name, **params):
    res = store.select(named_queries()[name].text, params or None)
    return [dict(zip(res.columns, row)) for row in res.rows]


def _owners(row):
    *_, lead, co = row
    return [x for x in lead.split("、") + co.split("、") if x]


def test_every_query_documents_itself():
    for name, q in named_queries().items():
        assert q.title and q.description, name
        assert "SELECT" in q.text.upper()
        for param in q.params:
            assert f"?{param}" in q.text, (name, param)


def test_co_ownership_pairs(built_store):
    rows = _run(built_store, "co-ownership-pairs")
    top = rows[0]
    shared = sum(1 for r in expected_tasks("liaoning") if {"省人力资源社会保障厅", "省财政厅"} <= set(_owners(r)))
    assert (top["agency"], top["partner"], top["shared_tasks"]) == ("辽宁省人力资源和社会保障厅", "辽宁省财政厅", str(shared))
    assert shared == 7


def test_tasks_with_many_owners(built_store):
    rows = _run(built_store, "tasks-with-many-owners", min="6")
    by_hand = [(r[0], r[1], r[2]) for name in ("liaoning", "yingkou") for r in expected_tasks(name) if len(_owners(r)) >= 6]
    assert [(r["box_no"], r["item_no"], r["task"]) for r in rows] == by_hand == [("3", "3", "引导高校毕业生到基层干事创业")]
    assert rows[0]["owners"] == "7" and rows[0]["plan"] == YINGKOU_PLAN
    assert len(_run(built_store, "tasks-with-many-owners", min="5")) == sum(
        1 for name in ("liaoning", "yingkou") for r in expected_tasks(name) if len(_owners(r)) >= 5)


def test_tasks_without_explicit_owner(built_store):
    rows = _run(built_store, "tasks-without-explicit-owner")
    assert len(rows) == len(expected_tasks("sichuan")) == 48
    assert {(r["inferred_owner"], r["basis"]) for r in rows} == {("四川省人民政府", "region government (issuer not stated)")}


def test_tasks_per_box(built_store):
    rows = [r for r in _run(built_store, "tasks-per-box") if r["plan"] == LIAONING_PLAN]
    by_hand = Counter(r[0] for r in expected_tasks("liaoning"))
    assert [(r["box_no"], int(r["tasks"])) for r in rows] == sorted(by_hand.items(), key=lambda kv: int(kv[0]))
    assert all(r["tasks"] == r["with_lead"] for r in rows)


def test_departments_per_plan(built_store):
    rows = {r["plan"]: r for r in _run(built_store, "departments-per-plan")}
    for name, plan in (("liaoning", LIAONING_PLAN), ("yingkou", YINGKOU_PLAN)):
        tasks = expected_tasks(name)
        names = {o for r in tasks for o in _owners(r)}
        leads = {o for r in tasks for o in r[3].split("、") if o}
        assert (int(rows[plan]["agencies"]), int(rows[plan]["leads"])) == (len(names), len(leads))


def test_plan_changes_between_two_plans_follow_their_hand_checked_task_lists(built_store):
    rows = _run(built_store, "plan-changes", old="liaoning-employment-social-security-plan.txt",
                new="yingkou-employment-social-security-plan.txt")
    old, new = expected_tasks("liaoning"), expected_tasks("yingkou")
    old_titles, new_titles = {r[2] for r in old}, {r[2] for r in new}
    assert sorted(r["task"] for r in rows if r["change"] == "新增") == sorted({t for t in new_titles if t not in old_titles})
    assert sorted(r["task"] for r in rows if r["change"] == "删除") == sorted({t for t in old_titles if t not in new_titles})
    lead = lambda rows_, t: {x for r in rows_ if r[2] == t for x in r[3].split("、") if x}  # noqa: E731
    moved = sorted(t for t in old_titles & new_titles if lead(old, t) != lead(new, t))
    assert sorted(r["task"] for r in rows if r["change"] == "牵头变更") == moved and moved
