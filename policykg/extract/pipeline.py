"""One document in, one DocumentRecord out: read → normalise → structure → records.

>>> from policykg.extract.pipeline import extract_text
>>> rec = extract_text("x.txt", "某市规划\\n\\n专栏1 示例\\n\\n1.示例任务（市人社局、市财政局）\\n")
>>> [(t.title, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks]
[('示例任务', ['市人社局'], ['市财政局'])]
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from . import lines as L
from .citations import extract_citations
from .metadata import extract_metadata
from .mentions import find_in_text
from .records import DocumentRecord, ExtractionError, Mention, Span, Task
from .structure import parse_structure
from .task_targets import find_targets
from .formats import read_document
from .layout import repair_layout
from .text import NormText, SourceText, normalise


# Formats whose reader gives rows as they are. Word files and PDFs are not among them: their
# paragraphs are often text pasted from a web page, with the same split numbers and
# one-cell-per-line tables as a copied page.
_STRUCTURED = ("xlsx", "csv", "tsv")


def extract_source(src: SourceText) -> DocumentRecord:
    """Records of an already decoded document."""
    norm = normalise(src.text, src.line_labels)
    if not src.encoding.startswith(_STRUCTURED):  # repair what copying broke
        norm = repair_layout(norm)
    lines = L.split_lines(norm)
    if not lines:
        raise ExtractionError("empty file")
    meta = extract_metadata(norm, lines, src.source)
    headings, boxes, body_tasks, warnings, unattached = parse_structure(norm, src.source)
    citations = extract_citations(norm, lines, meta, src.source)
    record = DocumentRecord(src.source, src.sha256, src.encoding, meta, headings, boxes, citations,
                            list(src.warnings) + warnings, body_tasks, unattached)
    for n, task in enumerate(record.tasks, start=1):
        task.ordinal = n
        add_mentions(task, norm, src.source)
        add_targets(task, norm, src.source)
    return record


def add_targets(task: Task, norm: NormText, source: str) -> None:
    """Quantified commitments in the task's title and description (task_targets.py), with spans."""
    for span in (task.span, task.description_span):
        if span is None:
            continue
        for start, end, target in find_targets(norm.original[span.start : span.end]):
            a, b = span.start + start, span.start + end
            task.targets.append(replace(target, span=Span(source, norm.line_of_original(a), a, b)))


def add_mentions(task: Task, norm: NormText, source: str) -> None:
    """Agencies named in the task's description (see mentions.py), with their spans."""
    span = task.description_span
    if span is None:
        return
    for f in find_in_text(norm.original[span.start : span.end]):
        a, b = span.start + f.start, span.start + f.end
        task.mentions.append(Mention(f.written, f.name, Span(source, norm.line_of_original(a), a, b)))


def extract_text(source: str, text: str) -> DocumentRecord:
    """Records of a document given as a string (tests, other front-ends)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return extract_source(SourceText(source, text, "utf-8", digest))


def extract_file(path: Path) -> DocumentRecord:
    """Records of one file of any supported format (detected from its content).
    Raises ExtractionError (one-line reason) for unusable input."""
    return extract_source(read_document(Path(path)))
