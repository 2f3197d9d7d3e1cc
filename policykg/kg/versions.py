"""Versions of a plan (中期调整, a 2024 task list replacing 2023's): each is an ELI expression of
the plan (the work); the latest is the current one.

The current version's graph is an ordinary document graph: its tasks are ``pkg:Task`` of the plan.
An earlier version's graph is the same graph renamed (:func:`as_replaced`): the plan becomes the
expression ``<plan>/expression/<date or 文号>`` (``eli:realizes`` the plan), and its tasks, boxes,
indicators and citations become ``pkg:ReplacedTask`` … of that expression. So every query that asks
for ``pkg:Task`` or ``pkg:Plan`` answers from current versions, ad-hoc SPARQL included, and
:func:`all_versions` widens a query to every version (``pkg:ReplacedTask rdfs:subClassOf
pkg:Task``). The renaming is undone exactly (:func:`as_current`) when the current version is
removed and an earlier one becomes current again. Which version replaces which
(``dcterms:isReplacedBy``) is derived over the corpus (:func:`version_edges`).

>>> from policykg.extract.pipeline import extract_text
>>> from policykg.kg.rdf import record_ntriples
>>> rec = extract_text("a.txt", "某市2023年重点任务分工方案\\n某政办〔2023〕5号\\n1.建设甲项目。（市发改委牵头）\\n")
>>> current = record_ntriples(rec)
>>> expr = expression_iri(str(plan_iri(rec.plan.title)), rec.plan.date, rec.plan.doc_no)
>>> replaced = as_replaced(current, str(plan_iri(rec.plan.title)), expr)
>>> "ReplacedTask" in replaced, as_current(replaced, str(plan_iri(rec.plan.title)), expr) == current
(True, True)
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from .iris import ELI, PKG, _h, plan_iri  # noqa: F401 (plan_iri: the doctest)
from .rdf import ntriples_of, parse_ntriples

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
# What each class of a current version is called in an earlier one.
REPLACED = {str(PKG.Plan): str(PKG.ReplacedExpression), str(ELI.LegalResource): str(ELI.LegalExpression),
            str(PKG.Task): str(PKG.ReplacedTask), str(PKG.Box): str(PKG.ReplacedBox),
            str(PKG.Indicator): str(PKG.ReplacedIndicator), str(PKG.Citation): str(PKG.ReplacedCitation)}
_CURRENT = {v: k for k, v in REPLACED.items()}
DOC_NO = re.compile(r"〔(\d{4})〕(\d+)号")


def expression_iri(plan: str, date: str, doc_no: str) -> str:
    """The IRI of one version of ``plan``: by its date, its 文号, or both."""
    key = "_".join(k for k in (date, _h(doc_no)[:8] if doc_no else "") if k)
    return f"{plan}/expression/{key or 'undated'}"


def version_order(date: str, doc_no: str) -> tuple:
    """Sort key of a version: by date, then by the year and number of its 文号."""
    m = DOC_NO.search(doc_no or "")
    return (date or "", (int(m.group(1)), int(m.group(2))) if m else (0, 0), doc_no or "")


def _rename(term, old: str, new: str):
    if isinstance(term, ox.NamedNode):
        v = term.value
        if v == old or v.startswith(old + "/"):
            return ox.NamedNode(new + v[len(old):])
    return term


def _marks(plan: str, expr: str) -> list:
    """What an earlier version's graph says beyond the renaming."""
    return [ox.Triple(ox.NamedNode(expr), ox.NamedNode(str(ELI.realizes)), ox.NamedNode(plan)),
            ox.Triple(ox.NamedNode(str(PKG.ReplacedTask)), ox.NamedNode(_SUBCLASS), ox.NamedNode(str(PKG.Task)))]


def _renamed(triples, classes: dict[str, str], old: str, new: str) -> list:
    """``triples`` with IRIs under ``old`` moved under ``new`` and the types in ``classes`` renamed."""
    out = []
    for t in triples:
        o = t.object
        if t.predicate.value == _RDF_TYPE and o.value in classes:
            o = ox.NamedNode(classes[o.value])
        out.append(ox.Triple(_rename(t.subject, old, new), t.predicate, _rename(o, old, new)))
    return out


def as_replaced(ntriples: str, plan: str, expr: str) -> str:
    """A current version's graph (N-Triples) as an earlier version's: see the module docstring."""
    return ntriples_of(_renamed(parse_ntriples(ntriples), REPLACED, plan, expr) + _marks(plan, expr))


def as_current(ntriples: str, plan: str, expr: str) -> str:
    """Undo :func:`as_replaced`: the graph of an earlier version that is current again."""
    marks = {str(m) for m in _marks(plan, expr)}  # (ox.parse gives quads: a quad never equals a triple)
    return ntriples_of(_renamed([t for t in parse_ntriples(ntriples) if str(t) not in marks], _CURRENT, expr, plan))


def version_edges(current: list[list[str]], earlier: list[list[str]]) -> set[tuple[str, str, str]]:
    """The versions of each plan that has an earlier one, in order, each replaced by the next.
    ``current`` rows are (plan, date, 文号, source) of current versions, ``earlier`` rows
    (expression, plan, date, 文号, source).

    >>> sorted(version_edges([["p", "2024-01-02", "", "b"]], [["p/expression/2023-05-01", "p", "2023-05-01", "", "a"]]))[:2]
    [('p', 'http://data.europa.eu/eli/ontology#is_realized_by', 'p/expression/2023-05-01'), ('p', 'http://data.europa.eu/eli/ontology#is_realized_by', 'p/expression/2024-01-02')]
    """
    versions: dict[str, list[tuple[tuple, str, str]]] = {}
    for expr, plan, date, doc_no, source in earlier:
        versions.setdefault(plan, []).append((version_order(date, doc_no), expr, source))
    edges = set()
    for plan, date, doc_no, source in current:
        if plan not in versions:
            continue
        chain = sorted(versions[plan]) + [(version_order(date, doc_no), expression_iri(plan, date, doc_no), source)]
        for _, expr, src in chain:
            edges |= {(plan, str(ELI.is_realized_by), expr), (expr, _RDF_TYPE, str(ELI.LegalExpression)),
                      (expr, str(ELI.realizes), plan)}
        for (_, a, _), (_, b, _) in zip(chain, chain[1:]):
            edges |= {(a, "http://purl.org/dc/terms/isReplacedBy", b), (b, "http://purl.org/dc/terms/replaces", a)}
    return edges


_TASK_TYPE = re.compile(r"(?<![\w:#/<])(?:a|rdf:type|<http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type>)(\s+)"
                        r"(pkg:Task|<https://w3id\.org/policykg/ontology#Task>)(?![\w-])")


def all_versions(sparql: str) -> str:
    """``sparql`` asking for the tasks of every version, the earlier ones too: each ``?t a pkg:Task``
    becomes ``?t a/rdfs:subClassOf? pkg:Task``.

    >>> all_versions("SELECT * WHERE { GRAPH ?g { ?t a pkg:Task ; pkg:plan ?p } }")
    'SELECT * WHERE { GRAPH ?g { ?t <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>? pkg:Task ; pkg:plan ?p } }'
    """
    return _TASK_TYPE.sub(lambda m: f"<{_RDF_TYPE}>/<{_SUBCLASS}>?{m.group(1)}{m.group(2)}", sparql)
