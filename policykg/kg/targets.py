"""Numbers and dates in RDF: every value of an indicator row with its column's period, and a
task's deadline as an interval of ``xsd:date`` (the written form kept beside it).

An indicator value is a ``pkg:IndicatorValue`` (the SDMX idea of an observation: a measure, its
unit on the indicator, its time period, here with the plan's own words kept):

    <…/indicator/1> pkg:value <…/indicator/1/value/2> .
    <…/indicator/1/value/2> pkg:column "2025 年" ; pkg:writtenValue ">66.5" ; rdf:value 66.5 ;
        pkg:comparator ">" ; pkg:periodStart "2025"^^xsd:gYear ; pkg:periodEnd "2025"^^xsd:gYear ;
        pkg:valueRole "target" ; prov:wasDerivedFrom <…/span> .

A quantified commitment in a task's text (开发就业见习岗位300个) is a ``pkg:TaskTarget`` of the
task: its text, number, unit, comparator, the year it is for and whether it is yearly.

A deadline: ``pkg:dueStart`` / ``pkg:dueBy`` (xsd:date) and ``pkg:dueKind`` (by, during, from,
ongoing, recurring) beside ``pkg:deadline`` (as written); a task of a plan with a known period
and no deadline of its own is due by the period's end, with ``pkg:dueInferred true``.
"""

from __future__ import annotations

import re
from datetime import date

from rdflib import Literal
from rdflib.namespace import XSD

from ..extract.periods import Due, plan_period, read_column, read_deadline
from ..extract.records import Indicator, Task


def document_years(title: str, issued: str, doc_no: str = "") -> tuple[tuple[int, int] | None, int | None]:
    """(the years the plan's title names, the year its relative dates such as 年内 and 6月底前
    are in: a one-year plan's year (2024年工作要点), else the year it was issued). A plan whose
    title names no years has no period: its tasks without a deadline get none inferred."""
    year = int(issued[:4]) if issued[:4].isdigit() else None
    m = re.search(r"[〔\[（(](\d{4})[〕\]）)]", doc_no)  # 滨政办发〔2024〕15号
    year = year or (int(m.group(1)) if m else None)
    period = plan_period(title)
    if period and period[0] == period[1]:
        year = period[0]
    return period, year


def indicator_key(name: str) -> str:
    """What makes two indicators the same across plans: the name without 其中： and white space
    (Yingkou's 其中:城镇企业职工基本养老保险参保人数 is Liaoning's 其中：城镇企业职工…).

    >>> indicator_key("其中:城镇企业职工 基本养老保险参保人数")
    '城镇企业职工基本养老保险参保人数'
    """
    return re.sub(r"\s+", "", re.sub(r"^其中\s*[:：]", "", name))


def indicator_values(b, iri: str, ind: Indicator, period: tuple[int, int] | None) -> None:
    """The triples of an indicator's category, attribute and values (``b``: rdf.py's builder)."""
    from .rdf import PKG, RDF, Iri

    add = b.add
    add(iri, PKG.category, ind.category)
    add(iri, PKG.indicatorKey, indicator_key(ind.name))
    add(iri, PKG.attribute, ind.attribute)
    for n, v in enumerate(ind.values, start=1):
        node = Iri(f"{iri}/value/{n}")
        column = read_column(v.column, period)
        add(iri, PKG.value, node)
        add(node, RDF.type, PKG.IndicatorValue)
        add(node, PKG.column, v.column)
        add(node, PKG.columnOrder, n)
        add(node, PKG.writtenValue, v.written)
        add(node, RDF.value, Literal(v.number) if v.number is not None else None)
        add(node, PKG.comparator, v.comparator)
        add(node, PKG.approximate, True if v.approximate else None)
        add(node, PKG.cumulative, True if v.cumulative else None)
        add(node, PKG.periodStart, Literal(str(column.start), datatype=XSD.gYear) if column.start else None)
        add(node, PKG.periodEnd, Literal(str(column.end), datatype=XSD.gYear) if column.end else None)
        add(node, PKG.valueRole, column.role)
        b.span(node, v.span)


def due(b, iri: str, written: str, period: tuple[int, int] | None, year: int | None) -> None:
    """The triples of a task's deadline (see the module docstring)."""
    from .rdf import PKG

    add = b.add
    inferred = not written and period is not None
    d = Due("", None, date(period[1], 12, 31), "by") if inferred else read_deadline(written, year, period)
    add(iri, PKG.dueStart, Literal(d.start, datatype=XSD.date) if d.start else None)
    add(iri, PKG.dueBy, Literal(d.end, datatype=XSD.date) if d.end else None)
    add(iri, PKG.dueKind, d.kind)
    add(iri, PKG.dueInferred, True if inferred else None)


def task_targets(b, iri: str, task: Task) -> None:
    """The triples of a task's quantified commitments: ``pkg:target`` nodes (pkg:TaskTarget) with
    the text as written, the number, unit, comparator, year and span."""
    from .rdf import PKG, RDF, Iri

    add = b.add
    for n, t in enumerate(task.targets, start=1):
        node = Iri(f"{iri}/target/{n}")
        add(iri, PKG.target, node)
        add(node, RDF.type, PKG.TaskTarget)
        add(node, PKG.writtenValue, t.written)
        add(node, RDF.value, Literal(t.number))
        add(node, PKG.targetUnit, t.unit)
        add(node, PKG.comparator, t.comparator)
        add(node, PKG.approximate, True if t.approximate else None)
        add(node, PKG.targetYear, Literal(str(t.year), datatype=XSD.gYear) if t.year else None)
        add(node, PKG.perYear, True if t.per_year else None)
        b.span(node, t.span)
