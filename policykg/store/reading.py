"""Reads every output shares (department lists, matrix, analytics, views): one query, one
shape, so that a workbook and a view never disagree on who owns what.
"""

from __future__ import annotations

from .embedded import PlanStore

LEVEL_ZH = {"national": "国家", "department": "部委", "provincial": "省级", "municipal": "市级",
            "metropolitan": "都市圈", "county": "县级", "": ""}
ROLE_ZH = {"Lead": "牵头", "Co": "配合", "InferredOwner": "推定牵头"}
_ROWS = """
SELECT ?t ?agency ?role ?task ?plan ?lv ?box_no ?box_title ?section ?source ?line ?deadline ?ord WHERE {
  GRAPH ?g {
    ?t a pkg:Task ; dcterms:title ?task ; pkg:plan ?p ; pkg:ordinal ?ord ; eli:is_part_of ?part ;
       prov:wasDerivedFrom ?span ; prov:qualifiedAttribution ?r .
    ?r prov:agent ?a ; prov:hadRole ?roleTerm . ?a skos:prefLabel ?agency .
    ?p dcterms:title ?plan . OPTIONAL { ?p pkg:level ?lvTerm }
    OPTIONAL { ?part pkg:boxNumber ?box_no . OPTIONAL { ?part dcterms:title ?box_title } }
    OPTIONAL { ?t pkg:section ?section } OPTIONAL { ?t pkg:deadline ?deadline }
    ?span pkg:sourceFile ?source ; pkg:line ?line .
  }
  BIND(STRAFTER(STR(?roleTerm), "#") AS ?role)
  BIND(STRAFTER(STR(?lvTerm), "/level/") AS ?lv)
}"""


def responsibilities(store: PlanStore) -> list[dict[str, str]]:
    """One dict per (task, agency, role), sorted by source and task order."""
    rows = []
    for t, agency, role, task, plan, lv, box_no, box_title, section, source, line, deadline, ord_ in store.select(_ROWS).rows:
        box = f"专栏{box_no} {box_title}".strip() if box_no else (section or "")
        rows.append({"task_id": t, "agency": agency, "角色": ROLE_ZH.get(role, role), "任务": task, "专栏": box,
                     "规划": plan, "层级": LEVEL_ZH.get(lv or "", lv or ""), "来源": f"{source}:{line}",
                     "完成时限": deadline or "", "_sort": (source, int(ord_), role != "Lead")})
    rows.sort(key=lambda r: (r["_sort"], r["agency"]))
    return rows
