"""Normalised text as a list of non-blank lines with offsets, and the line shapes plans use."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..ontology import vocab
from .records import Span
from .text import NormText

CN_NUM = "一二三四五六七八九十百零〇两"


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number
    start: int  # normalised offsets of the stripped content
    end: int
    text: str


def split_lines(norm: NormText) -> list[Line]:
    """Non-blank lines, stripped, with their normalised offsets."""
    out, pos = [], 0
    for no, raw in enumerate(norm.text.split("\n"), start=1):
        stripped = raw.strip(" ")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" "))
            out.append(Line(no, pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def span(norm: NormText, source: str, start: int, end: int) -> Span:
    """A Span in original coordinates for normalised [start, end)."""
    a, b = norm.original_span(start, end)
    return Span(source, norm.line_of(start), a, b)


def cn_to_int(s: str) -> int:
    """Chinese or Arabic numeral → int.

    >>> [cn_to_int(x) for x in ("十二", "二十", "07", "一百零三")]
    [12, 20, 7, 103]
    """
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total = current = 0
    for ch in s:
        if ch in "十百":
            total += (current or 1) * (10 if ch == "十" else 100)
            current = 0
        else:
            current = digits[ch]
    return total + current


HEADING = [
    ("chapter", re.compile(rf"^第([{CN_NUM}\d]+)章\s*(.*)$")),
    ("section", re.compile(rf"^第([{CN_NUM}\d]+)节\s*(.*)$")),
    ("part", re.compile(r"^([一二三四五六七八九十]+)、\s*(\S.*)$")),
    ("subpart", re.compile(r"^（([一二三四五六七八九十]+)）\s*(\S.*)$")),
]
BOX = re.compile(rf"^专栏\s*([0-9]+|[{CN_NUM}]+)(?:\s*[：.、]\s*|\s+|(?=\D)|$)(.*)$")
ITEM = re.compile(
    r"^(?:(?P<dot>\d{1,2})\s*[.、](?!\d)|(?P<pad>0\d)(?=\s)|（(?P<paren>\d{1,2})）|(?P<circle>[①-⑳]))\s*(?P<rest>\S.*)$"
)
ITEM_TWO_DIGIT = re.compile(r"^(?P<pad>[1-9]\d)\s+(?P<rest>\D.*)$")
NOTE = re.compile(r"^(注|备注|说明)\s*[：]")
# A body paragraph opens with a short headline sentence and goes on: "加强脱贫人口就业帮扶。健全…"
BODY_PARAGRAPH = re.compile(r"^[^，。；：、（）]{3,30}。\S")


@functools.cache
def _toc():
    return re.compile(vocab()["headings"]["toc_pattern"])


def is_toc(text: str) -> bool:
    return bool(_toc().search(text))


def heading(text: str) -> tuple[str, str, str] | None:
    """(kind, number, title) if the line is a chapter/section/part heading."""
    if is_toc(text):
        return None
    for kind, rx in HEADING:
        m = rx.match(text)
        if m and (kind in ("chapter", "section") or len(m.group(2)) <= 40):
            return kind, m.group(1), m.group(2).strip()
    return None


def item(text: str, two_digit: bool = False) -> tuple[str, int] | None:
    """(item number as written, offset of the rest) for a numbered item line."""
    m = ITEM.match(text)
    if m is None and two_digit:
        m = ITEM_TWO_DIGIT.match(text)
    if m is None:
        return None
    number = next(g for g in (m.groupdict().get(k) for k in ("dot", "pad", "paren", "circle")) if g)
    return number, m.start("rest")
