"""Plans a document cites: 依据/根据/贯彻/落实/衔接《…》（文号）.

A citation is a *parent* (the plan conforms to it: ``eli:applies``) when its sentence is about
making this plan (制定本规划, 编制…, 上位规划) or sits in the preamble before the first
chapter; otherwise it is a *mention* (``eli:cites``), e.g. 推动落实《…实施方案》 inside a task.
"""

from __future__ import annotations

import re

from ..ontology import vocab
from . import lines as L
from .metadata import DOCNO, NOTICE, clean_title, normalise_docno, plan_key, region_and_level
from .records import Citation, PlanMeta
from .responsibility import owner_kind
from .text import NormText

TITLE = re.compile(r"《([^《》]{2,120})》")
SENTENCE_END = re.compile(r"[。！？\n]")
SELF_PARENT = re.compile(r"本(规划|方案|计划|纲要|意见|办法)|上位规划")
MAKING = re.compile(r"制定|编制|印发|出台")
PUBLISHER_BEFORE = re.compile(r"([\u4e00-\u9fa5]{2,20})$")


def _sentences(text: str):
    start = 0
    for m in SENTENCE_END.finditer(text):
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def extract_citations(norm: NormText, lines: list[L.Line], meta: PlanMeta, source: str) -> list[Citation]:
    """Citations of other plans, in document order, the plan's own title excluded."""
    text = norm.text
    triggers = vocab()["plan"]["citation_triggers"]
    trigger_rx = re.compile("|".join(map(re.escape, triggers)))
    first_heading = next(
        (ln.start for ln in lines if L.heading(ln.text) and L.heading(ln.text)[0] in ("chapter", "section")),
        len(text),
    )
    own = plan_key(meta.title)
    out: list[Citation] = []
    for s, e in _sentences(text):
        sentence = text[s:e]
        if "《" not in sentence:
            continue
        trigger = trigger_rx.search(sentence)
        if trigger is None:
            continue
        parent = bool(SELF_PARENT.search(sentence)) or (s < first_heading and bool(MAKING.search(sentence)))
        for m in TITLE.finditer(sentence, trigger.end()):
            a, b = s + m.start(), s + m.end()
            cited_as = norm.written(a + 1, b - 1)
            title, publisher = clean_title(cited_as), ""
            notice = NOTICE.match(title)
            if notice:
                title, publisher = clean_title(notice.group("title")), notice.group("issuer")
            if plan_key(title) == own:
                continue
            after = sentence[m.end() : m.end() + 40]
            dm = re.match(r"\s*（([^（）]*)）", after)
            docno = normalise_docno(dm.group(1)) if dm and DOCNO.search(dm.group(1)) else ""
            before = PUBLISHER_BEFORE.search(re.split(r"[、，》和及]|以及", sentence[trigger.end() : m.start()])[-1])
            if before and not publisher and owner_kind(before.group(1)) == "department":
                publisher = before.group(1)
            span = L.span(norm, source, a, b)
            out.append(
                Citation(
                    title,
                    cited_as,
                    "parent" if parent else "mention",
                    span,
                    docno,
                    clean_title(publisher),
                    region_and_level([clean_title(publisher)] if publisher else [], title, docno)[1],
                )
            )
    return out
