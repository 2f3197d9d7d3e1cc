"""Numbers and dates for people who track plans in Excel: every indicator value (one row per
value, the plan's own words beside the numbers read from them, through the named query
``indicators``, so SPARQL users and the workbook see the same rows), every task's targets and
deadline as dates, and one indicator's targets at two levels.
"""

from __future__ import annotations

from ..kg.iris import LINKS_GRAPH
from ..store.embedded import PlanStore
from ..store.queries import named_queries
from ..store.reading import LEVEL_ZH, task_targets

INDICATOR_COLUMNS = {  # query column → header
    "plan": "规划", "level": "层级", "box_no": "专栏", "category": "类别", "item_no": "序号", "indicator": "指标",
    "unit": "单位", "attribute": "属性", "column": "列（原文）", "value": "值（原文）", "number": "数值",
    "comparator": "比较", "approximate": "约数", "cumulative": "累计数", "period_start": "起始年",
    "period_end": "截止年", "role": "类型", "source": "来源", "line": "行",
}
TARGET_COLUMNS = ["规划", "任务", "牵头单位", "目标（原文）", "完成时限（原文）", "开始日期", "截止日期", "时限类型",
                  "按规划期推定", "来源", "行"]
_TASKS = """
SELECT ?t ?plan ?task ?deadline ?start ?due ?kind ?inferred ?source ?line WHERE {
  GRAPH ?g {
    ?t a pkg:Task ; dcterms:title ?task ; pkg:plan ?p ; pkg:ordinal ?ord ; prov:wasDerivedFrom ?span .
    ?p dcterms:title ?plan . ?span pkg:sourceFile ?source ; pkg:line ?line .
    OPTIONAL { ?t pkg:deadline ?deadline } OPTIONAL { ?t pkg:dueStart ?start } OPTIONAL { ?t pkg:dueBy ?due }
    OPTIONAL { ?t pkg:dueKind ?kind } OPTIONAL { ?t pkg:dueInferred ?inferred }
  }
} ORDER BY ?source ?ord"""
_LEADS = """SELECT ?t ?name WHERE { GRAPH ?g { ?t prov:qualifiedAttribution ?r . ?r prov:hadRole ?role ; prov:agent ?a .
  ?a skos:prefLabel ?name . FILTER(?role IN (pkg:Lead, pkg:InferredOwner)) } } ORDER BY ?t ?name"""
# written into a workbook as number and date cells (export/workbook.write_sheet)
NUMBER_COLUMNS = ("数值", "起始年", "截止年", "比值", "年份", "行", "上级行")
DATE_COLUMNS = ("开始日期", "截止日期")
ROLE_ZH = {"baseline": "基期", "target": "目标", "actual": "完成", "expected": "预计", "cumulative": "累计", "annual": "年均"}
KIND_ZH = {"by": "截止", "during": "期间", "from": "起始", "ongoing": "长期", "recurring": "定期"}
_YES = {"true": "是"}


def indicator_rows(store: PlanStore, keyword: str = "") -> list[dict[str, str]]:
    """One row per indicator value, with the headers of :data:`INDICATOR_COLUMNS`."""
    res = store.select(named_queries()["indicators"].text, {"keyword": keyword})
    out = []
    for row in res.rows:
        r = dict(zip(res.columns, (v or "" for v in row)))
        r["level"] = LEVEL_ZH.get(r["level"], r["level"])
        r["role"] = ROLE_ZH.get(r["role"], r["role"])
        r["approximate"], r["cumulative"] = _YES.get(r["approximate"], ""), _YES.get(r["cumulative"], "")
        out.append({INDICATOR_COLUMNS[k]: r[k] for k in INDICATOR_COLUMNS})
    return out


def target_rows(store: PlanStore, before: str = "") -> list[dict[str, str]]:
    """One row per task (:data:`TARGET_COLUMNS`): its quantified targets as written, its deadline
    as written and as dates; with ``before`` (YYYY-MM-DD), only tasks due on or before it."""
    targets = task_targets(store)
    leads: dict[str, list[str]] = {}
    for t, name in store.select(_LEADS).rows:
        leads.setdefault(t, []).append(name)
    out = []
    for t, plan, task, deadline, start, due, kind, inferred, source, line in store.select(_TASKS).rows:
        if before and not (due and due <= before):
            continue
        out.append(dict(zip(TARGET_COLUMNS, (plan, task, "、".join(dict.fromkeys(leads.get(t, []))), targets.get(t, ""),
                                             deadline or "", start or "", due or "", KIND_ZH.get(kind or "", kind or ""),
                                             _YES.get(inferred or "", ""), source, line))))
    return out


LEVEL_COLUMNS = ["指标", "单位", "规划", "目标", "上级规划", "上级目标", "年份", "比值", "来源", "行", "上级来源", "上级行"]
_PARENTS = f"SELECT DISTINCT ?p ?q WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?p eli:applies ?q }} GRAPH ?h {{ ?q a pkg:Plan }} }}"
_TARGET_VALUES = """
SELECT ?p ?plan ?key ?unit ?end ?written ?n ?source ?line WHERE {
  GRAPH ?g {
    ?p a pkg:Plan ; dcterms:title ?plan . ?b eli:is_part_of ?p . ?i eli:is_part_of ?b ; pkg:indicatorKey ?key ; pkg:value ?v .
    ?v pkg:valueRole "target" ; pkg:periodEnd ?end ; pkg:writtenValue ?written ; prov:wasDerivedFrom ?s .
    ?s pkg:sourceFile ?source ; pkg:line ?line .
    OPTIONAL { ?v rdf:value ?n } OPTIONAL { ?i pkg:unit ?unit }
  }
}"""


def indicator_levels(store: PlanStore) -> list[dict[str, str]]:
    """One indicator at two levels (:data:`LEVEL_COLUMNS`): each target a plan sets beside the
    target its parent plan (eli:applies, in the store) sets for the same year under the same
    indicator (pkg:indicatorKey), and the lower as a share of the higher when both are numbers
    in one unit. Joined here, not in SPARQL: Oxigraph's plan for the two-graph join ran over
    five minutes at 1,000 plans; two scans and a dictionary take seconds."""
    from decimal import Decimal

    by_plan: dict[str, list[tuple]] = {}
    for p, *row in store.select(_TARGET_VALUES).rows:
        by_plan.setdefault(p, []).append(tuple(v or "" for v in row))
    out = []
    for p, q in sorted(store.select(_PARENTS).rows):
        parent = {(r[1], r[3]): r for r in by_plan.get(q, [])}  # (indicator key, year) → its target
        for plan, key, unit, end, written, n, source, line in sorted(by_plan.get(p, []), key=lambda r: (int(r[7]), r[1])):
            match = parent.get((key, end))
            if not match:
                continue
            parent_plan, _, parent_unit, _, parent_written, m, parent_source, parent_line = match
            ratio = ""
            if n and m and Decimal(m) != 0 and unit == parent_unit:
                ratio = str((Decimal(n) / Decimal(m)).quantize(Decimal("0.0001")).normalize())
            out.append(dict(zip(LEVEL_COLUMNS, (key, unit, plan, written, parent_plan, parent_written, end, ratio,
                                                source, line, parent_source, parent_line))))
    return out
