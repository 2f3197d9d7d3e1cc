"""One plan, several files (the Word file and the PDF, ``规划.txt`` and ``规划(1).txt``): one file
supplies the plan's tasks, the others are recorded as more manifestations of it
(``eli:is_embodied_by``, ``pkg:tasksFrom``), so that nothing is doubled.

The rule (:func:`supplies_rather`): the file with more tasks supplies them; then the one with more
owners named; then by format, the one with more structure kept (Word, spreadsheet, web page, text,
CSV, PDF); then the shorter name (``规划.txt`` before ``规划(1).txt``); then the name that sorts first.
Two versions of a plan (two different dates or 文号, :func:`later_version`) are not two files of one
version: the later is the current one and supplies the tasks; the earlier is kept, whole, as an
earlier version (:mod:`.versions`).
So the store is the same whatever order the files are built in. A later file that supplies them
instead leaves the earlier one's graph holding only the file itself.
Where the files disagree on tasks or owners the build says so, listing the differences.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF

from ..extract.records import DocumentRecord
from ..kg.diff import DiffTask, diff_tasks
from ..kg.iris import ELI, PKG, graph_iri, plan_iri, source_iri
from ..kg.rdf import ntriples_of, parse_ntriples
from ..kg.versions import DOC_NO, as_replaced, version_order
from ..store.embedded import PlanStore
from ..store.reading import diff_tasks_of

TaskRow = tuple[str, tuple[str, ...], tuple[str, ...]]  # title, leads as written, co-owners as written


@dataclass
class Supplier:
    """The file in the store that supplies a plan's tasks."""

    name: str
    tasks: list[TaskRow]
    doc_no: str = ""
    date: str = ""


def supplier(store: PlanStore, rec: DocumentRecord, of: str = "") -> Supplier | None:
    """The other file in the store whose graph holds the tasks of ``rec``'s plan (or of ``of``, one
    earlier version of it: see :mod:`policykg.kg.versions`), if any."""
    plan = of or str(plan_iri(rec.plan.title))
    rows = store.select(
        f"""SELECT DISTINCT ?name ?no ?date WHERE {{ GRAPH ?g {{ <{plan}> pkg:source ?src . ?src pkg:fileName ?name .
              OPTIONAL {{ <{plan}> dcterms:identifier ?no }} OPTIONAL {{ <{plan}> dcterms:issued ?date }} }} }}"""
    ).rows
    others = sorted(row for row in rows if row[0] != rec.source)
    if not others:
        return None
    name, doc_no, date = others[0]
    return Supplier(name, stored_tasks(store, plan, name), doc_no or "", date or "")


def stored_tasks(store: PlanStore, plan: str, name: str) -> list[TaskRow]:
    """The tasks of ``plan`` in the graph of file ``name``, in order (the file's graph holds only them)."""
    return _rows(diff_tasks_of(store, name))


def _rows(tasks: list[DiffTask]) -> list[TaskRow]:
    return [(t.title, tuple(sorted(t.lead)), tuple(sorted(t.co))) for t in tasks]


_FORMAT_RANK = {".docx": 5, ".xlsx": 4, ".html": 3, ".htm": 3, ".txt": 2, ".csv": 1, ".pdf": 0}


def _key(name: str, tasks: list[TaskRow]) -> tuple:
    owners = sum(len(lead) + len(co) for _, lead, co in tasks)
    return len(tasks), owners, _FORMAT_RANK.get(Path(name).suffix.lower(), 2), -len(name)


def supplies_rather(name: str, tasks: list[TaskRow], other: Supplier) -> bool:
    """Should file ``name`` (with ``tasks``) supply its plan's tasks rather than ``other``?

    >>> supplies_rather("规划(1).txt", [("甲", ("A",), ())], Supplier("规划.txt", [("甲", ("A",), ())]))
    False
    >>> supplies_rather("规划.docx", [("甲", ("A",), ())], Supplier("规划.pdf", [("甲", ("A",), ())]))
    True
    """
    mine, theirs = _key(name, tasks), _key(other.name, other.tasks)
    return mine > theirs if mine != theirs else name < other.name


def later_version(rec: DocumentRecord, other: Supplier) -> bool | None:
    """Is ``rec`` a later version of the plan ``other`` supplies (True), an earlier one (False), or
    not another version at all (None: no two different dates or 文号 to tell them apart)? A later
    version is the current one: it supplies the plan's tasks whatever the counts.

    >>> from policykg.extract.pipeline import extract_text
    >>> rec = extract_text("b.txt", "关于印发某市2024年重点工作任务分解方案的通知\\n某政办〔2024〕3号\\n")
    >>> later_version(rec, Supplier("a.txt", [], "某政办〔2023〕5号", "")), later_version(rec, Supplier("a.txt", []))
    (True, None)
    """
    mine, theirs = rec.plan.date, other.date
    if mine and theirs and mine != theirs:
        return mine > theirs
    if DOC_NO.search(rec.plan.doc_no or "") and DOC_NO.search(other.doc_no or "") and rec.plan.doc_no != other.doc_no:
        return version_order("", rec.plan.doc_no) > version_order("", other.doc_no)
    return None


def record_tasks(rec: DocumentRecord) -> list[TaskRow]:
    return _rows(diff_tasks(rec))


def differences(ours: list[TaskRow], theirs: list[TaskRow], limit: int = 5) -> list[str]:
    """What two files of one plan disagree on: tasks only one has, owners that differ."""
    by_title = {t: (lead, co) for t, lead, co in theirs}
    mine = {t for t, _, _ in ours}
    out = [f"task only in this file: {t}" for t, _, _ in ours if t not in by_title]
    out += [f"task only in the other file: {t}" for t, _, _ in theirs if t not in mine]
    for t, lead, co in ours:
        if t in by_title and by_title[t] != (lead, co):
            out.append(f"owners differ on {t}: {'、'.join(lead) or '—'} / {'、'.join(co) or '—'} here, "
                       f"{'、'.join(by_title[t][0]) or '—'} / {'、'.join(by_title[t][1]) or '—'} there")
    return out[:limit] + ([f"… {len(out) - limit} more"] if len(out) > limit else [])


_FILE_ITSELF = {str(RDF.type), str(PKG.fileName), str(PKG.sha256), str(PKG.encoding), str(PKG.extractorVersion)}


def demote(store: PlanStore, name: str, plan: str, new_supplier: str, expr: str = "") -> None:
    """Leave only the file itself in the graph of ``name``, as :func:`manifestation_ntriples` writes it:
    another file, ``new_supplier``, now supplies the tasks of ``plan`` (of its earlier version
    ``expr``, when given). The files that took their tasks from ``name`` take them from it too."""
    graph, src = str(graph_iri(name)), source_iri(name)
    kept = [t for t in parse_ntriples(store.graph_ntriples(graph))
            if t.subject.value == str(src) and t.predicate.value in _FILE_ITSELF]
    text = ntriples_of(kept) + (
        f"<{plan}> <{ELI.is_embodied_by}> <{src}> .\n<{src}> <{PKG.tasksFrom}> <{source_iri(new_supplier)}> .\n")
    store.replace_graph(graph, as_replaced(text, plan, expr) if expr else text)
    store.ox.update(
        f"""DELETE {{ GRAPH ?h {{ ?m <{PKG.tasksFrom}> <{src}> }} }}
            INSERT {{ GRAPH ?h {{ ?m <{PKG.tasksFrom}> <{source_iri(new_supplier)}> }} }}
            WHERE {{ GRAPH ?h {{ ?m <{PKG.tasksFrom}> <{src}> }} }}"""
    )
