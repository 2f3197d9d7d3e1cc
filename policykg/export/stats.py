"""What the store holds: overall counts and one line per document."""

from __future__ import annotations

from .tables import format_table
from ..kg.iris import LINKS_GRAPH
from ..store.embedded import PlanStore

_PER_DOC = """
SELECT ?source ?plan ?level
       (COUNT(DISTINCT ?b) AS ?boxes) (COUNT(DISTINCT ?t) AS ?tasks) (COUNT(DISTINCT ?te) AS ?named_lead)
       (COUNT(DISTINCT ?c) AS ?citations) (COUNT(DISTINCT ?u) AS ?unattached) (COUNT(DISTINCT ?k) AS ?on_evidence) WHERE {
  GRAPH ?g {
    ?s a pkg:SourceDocument ; pkg:fileName ?source .
    OPTIONAL { ?s pkg:unattachedStatement ?u }
    OPTIONAL { ?k pkg:nameKnown false }
    ?p a pkg:Plan ; dcterms:title ?plan ; pkg:source ?s . OPTIONAL { ?p pkg:level ?lv }
    OPTIONAL { ?b a pkg:Box ; eli:is_part_of ?p }
    OPTIONAL { ?t a pkg:Task ; pkg:plan ?p . OPTIONAL { ?t pkg:ownerInferred false . BIND(?t AS ?te) } }
    OPTIONAL { ?c a pkg:Citation ; pkg:citingPlan ?p }
  }
  BIND(STRAFTER(STR(?lv), "/level/") AS ?level)
}
GROUP BY ?source ?plan ?level ORDER BY ?source"""

# One definition each, the same in every output: an agency is counted when it owns a task (leads,
# co-owns, or is the inferred owner), by its official name, as the workbooks and `analyze` count
# it; "named" adds those a plan only mentions or issues from.
AGENCIES = """SELECT (COUNT(DISTINCT ?name) AS ?n) WHERE { GRAPH ?g {
    ?t a pkg:Task ; prov:qualifiedAttribution ?r . ?r prov:agent ?a . ?a skos:prefLabel ?name } }"""
_COUNT = {
    "agencies": AGENCIES,
    "named": "SELECT (COUNT(DISTINCT ?name) AS ?n) WHERE { GRAPH ?g { ?a a prov:Agent ; skos:prefLabel ?name } }",
    "plan-to-plan links": f"""SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{LINKS_GRAPH}> {{
        ?s ?p ?o FILTER(?p IN (eli:applies, eli:cites)) }} }}""",
    "aligned tasks": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?ag {{ ?s pkg:carriesOut ?o }} }}",
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
}
# Files that are one more manifestation of a plan another file supplies the tasks of.
_MORE_FILES = """SELECT ?source ?supplier WHERE { GRAPH ?g { ?s pkg:tasksFrom ?o ; pkg:fileName ?source }
                 OPTIONAL { GRAPH ?h { ?o pkg:fileName ?supplier } } } ORDER BY ?source"""

# Files that hold an earlier version of a plan, with its tasks.
_EARLIER = """SELECT ?source ?plan (COUNT(DISTINCT ?t) AS ?tasks) WHERE { GRAPH ?g {
                 ?e a pkg:ReplacedExpression ; dcterms:title ?plan ; pkg:source ?s . ?s pkg:fileName ?source
                 OPTIONAL { ?t a pkg:ReplacedTask ; pkg:plan ?e } } } GROUP BY ?source ?plan ORDER BY ?source"""


PER_DOCUMENT = ["source", "plan", "level", "boxes", "tasks", "named_lead", "citations", "unattached", "on_evidence"]  # (_PER_DOC's)


def store_counts(store: PlanStore) -> dict:
    """What the store holds, as numbers: the one computation behind ``stats`` and ``stats --json``
    (overall counts, a row per document with the columns of :data:`PER_DOCUMENT`, the files that
    are more manifestations of a plan and those that hold earlier versions)."""
    per = [dict(zip(PER_DOCUMENT, row)) for row in store.select(_PER_DOC).rows]
    for row in per:
        row.update((c, int(row[c])) for c in PER_DOCUMENT[3:])
    n = {k: int(store.select(q).rows[0][0]) for k, q in _COUNT.items()}
    total = lambda c: sum(row[c] for row in per)  # noqa: E731
    return {
        "store": str(store.path), "documents": len(per), "tasks": total("tasks"), "tasks_with_named_lead": total("named_lead"),
        "agencies_owning_tasks": n["agencies"], "agencies_named": n["named"], "plan_to_plan_links": n["plan-to-plan links"],
        "aligned_tasks": n["aligned tasks"], "triples": n["triples"], "unattached_owner_statements": total("unattached"),
        "owner_names_on_evidence": total("on_evidence"), "per_document": per,
        "more_files": [{"source": source, "supplier": supplier} for source, supplier in store.select(_MORE_FILES).rows],
        "earlier_versions": [{"source": source, "plan": plan, "tasks": int(tasks)}
                             for source, plan, tasks in store.select(_EARLIER).rows],
    }


def store_stats(store: PlanStore) -> str:
    """A readable report of the store's contents (:func:`store_counts`)."""
    c = store_counts(store)
    more, earlier = c["more_files"], c["earlier_versions"]
    extra = f" (and {len(more)} more file{'s' if len(more) > 1 else ''} of these plans)" if more else ""
    extra += f" (and {len(earlier)} earlier version{'s' if len(earlier) > 1 else ''} of them)" if earlier else ""
    head = (f"store: {c['store']}\ndocuments: {c['documents']}{extra}  tasks: {c['tasks']} ({c['tasks_with_named_lead']} with a named lead)"
            f"  agencies: {c['agencies_owning_tasks']} owning tasks ({c['agencies_named']} named in all)  plan-to-plan links: "
            f"{c['plan_to_plan_links']}  aligned tasks: {c['aligned_tasks']}  triples: {c['triples']}\n"
            f"unattached owner statements: {c['unattached_owner_statements']}  owner names taken on evidence: "
            f"{c['owner_names_on_evidence']}\n\n")
    tail = "".join(f"\n= {m['source']}: same plan as {m['supplier']}, which supplies its tasks" if m["supplier"] else
                   f"\n= {m['source']}: the file that supplied its plan's tasks was removed: build this one again (--force)"
                   for m in more)
    tail += "".join(f"\n= {e['source']}: an earlier version of {e['plan']}, {e['tasks']} tasks (export tasks --all-versions)"
                    for e in earlier)
    return head + format_table(PER_DOCUMENT, [[str(row[col]) for col in PER_DOCUMENT] for row in c["per_document"]]) + tail
