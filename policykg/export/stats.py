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


def store_stats(store: PlanStore) -> str:
    """A readable report of the store's contents."""
    per = store.select(_PER_DOC)
    n = {k: store.select(q).rows[0][0] for k, q in _COUNT.items()}
    col = {c: i for i, c in enumerate(per.columns)}
    total = lambda c: sum(int(r[col[c]]) for r in per.rows)  # noqa: E731
    more, earlier = store.select(_MORE_FILES).rows, store.select(_EARLIER).rows
    extra = f" (and {len(more)} more file{'s' if len(more) > 1 else ''} of these plans)" if more else ""
    extra += f" (and {len(earlier)} earlier version{'s' if len(earlier) > 1 else ''} of them)" if earlier else ""
    head = (f"store: {store.path}\ndocuments: {len(per.rows)}{extra}  tasks: {total('tasks')} ({total('named_lead')} with a named lead)"
            f"  agencies: {n['agencies']} owning tasks ({n['named']} named in all)  plan-to-plan links: {n['plan-to-plan links']}"
            f"  aligned tasks: {n['aligned tasks']}  triples: {n['triples']}\n"
            f"unattached owner statements: {total('unattached')}  owner names taken on evidence: {total('on_evidence')}\n\n")
    tail = "".join(f"\n= {source}: same plan as {supplier}, which supplies its tasks" if supplier else
                   f"\n= {source}: the file that supplied its plan's tasks was removed: build this one again (--force)"
                   for source, supplier in more)
    tail += "".join(f"\n= {source}: an earlier version of {plan}, {tasks} tasks (export tasks --all-versions)"
                    for source, plan, tasks in earlier)
    return head + format_table(per.columns, per.rows) + tail
