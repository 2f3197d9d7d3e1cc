"""Layout repair for plain text and web pages, before structure is read.

Text copied from web pages breaks what a reader sees as one unit over several lines:

- a table pasted one cell per line (``序号`` / ``重点任务`` / ``牵头单位`` / ``1`` / ``任务甲`` /
  ``市发改委`` …, often with blank lines or a trailing `` |`` after each cell) becomes one row per
  line with tab-separated cells, the form every table reader produces;
- an item number split from its title (``2`` / ``.`` / ``加快`` / ``配电网建设。``) is one line again;
- an owner bracket wrapped onto the next line (``（市发改委牵`` / ``头，市财政局配合）``) is closed on one line.

Repair only removes or replaces characters (a line break becomes a tab, or nothing), so every
character keeps its offset in the original text and provenance stays exact.

>>> from policykg.extract.text import normalise
>>> repair_layout(normalise("序号\\n\\n重点任务\\n\\n牵头单位\\n\\n1\\n\\n任务甲\\n\\n市发改委\\n")).text
'序号\\t重点任务\\t牵头单位\\n\\n1\\t任务甲\\t市发改委\\n'
>>> repair_layout(normalise("2\\n.\\n加快\\n配电网建设。\\n")).text
'2.加快配电网建设。\\n'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tables import column_kind
from .text import NormText

_CELL_END = re.compile(r"\s*\|\s*$")
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_LONE_NUMBER = re.compile(r"^(\d{1,2}|[一二三四五六七八九十]{1,3})$")
_LONE_MARK = re.compile(r"^[.、．]$")
_LONE_STOP = re.compile(r"^[。；，]$")
_MARKER_ONLY = re.compile(r"^(\d{1,2}\s*[.、．]|（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、)$")
_OWNER_KINDS = {"lead", "co", "responsible"}


@dataclass
class _Line:
    start: int  # offsets of the content (without a trailing " |" cell mark)
    end: int
    text: str
    raw_end: int  # where the line break is


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        content = _CELL_END.sub("", raw)
        stripped = content.strip()
        if stripped:
            lead = len(content) - len(content.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped, pos + len(raw)))
        pos += len(raw) + 1
    return out


def _table_joins(lines: list[_Line]) -> tuple[dict[int, str], set[int]]:
    """Line index → what replaces the gap after it ("\t" between cells of one row), and the
    lines of tables (whose trailing cell marks go)."""
    joins: dict[int, str] = {}
    table_lines: set[int] = set()
    i = 0
    while i < len(lines):
        width = _header_width(lines, i)
        if not width:
            i += 1
            continue
        for k in range(i, i + width - 1):
            joins[k] = "\t"
        end = _rows(lines, i + width, width, joins)
        table_lines.update(range(i, end))
        i = end
    return joins, table_lines


def _header_width(lines: list[_Line], i: int) -> int:
    """Number of header cells if a one-cell-per-line table header starts at line ``i``: it opens
    with 序号, then short lines naming columns, at least a task column and an owner column."""
    if column_kind(lines[i].text) != "number":
        return 0
    kinds = ["number"]
    for ln in lines[i + 1 : i + 12]:
        if len(ln.text) > 12 or _ROW_NUMBER.match(ln.text):
            break
        kinds.append(column_kind(ln.text) or "")
    while kinds and not kinds[-1]:
        kinds.pop()
    if "task" not in kinds or not _OWNER_KINDS & set(kinds):
        return 0
    return len(kinds)


def _rows(lines: list[_Line], i: int, width: int, joins: dict[int, str]) -> int:
    """Join the cells of each row after a header; rows open with their 序号. Returns the index
    of the first line after the table."""
    expected = None
    while i < len(lines) and _ROW_NUMBER.match(lines[i].text):
        number = int(lines[i].text)
        if expected is not None and number != expected:
            break
        end = i + 1
        while end < len(lines) and end - i < width and not (
            lines[end].text == str(number + 1) and end - i > 1
        ):
            end += 1
        for k in range(i, end - 1):
            joins[k] = "\t"
        if end - i < width:  # missing cells: the first follows the number, the rest end the row
            joins[i] = "\t"
            if end - i > 2:
                joins[i + 1] = "\t" * (width - (end - i) + 1)
        expected, i = number + 1, end
    return i


def _split_joins(lines: list[_Line], joins: dict[int, str]) -> None:
    """``2`` / ``.`` / ``加快`` / ``配电网建设。`` and ``（一）`` / ``标题``: one line again."""
    i = 0
    while i + 1 < len(lines):
        if i in joins or i + 1 in joins:
            i += 1
            continue
        cur, nxt = lines[i].text, lines[i + 1].text
        if _LONE_NUMBER.match(cur) and _LONE_MARK.match(nxt) and i + 2 < len(lines):
            joins[i] = joins[i + 1] = ""
            k = i + 2
            while k + 1 < len(lines) and not re.search(r"[。；：）]$", lines[k].text) and len(lines[k].text) <= 20 \
                    and not _LONE_NUMBER.match(lines[k + 1].text) and k - i < 5:
                joins[k] = ""  # the title itself was cut into pieces
                k += 1
            if k + 1 < len(lines) and _LONE_STOP.match(lines[k + 1].text):
                joins[k] = ""
            i = k + 1
        elif _open_brackets(cur) > 0 and "）" in nxt and _open_brackets(cur + nxt) == 0 and len(nxt) <= 80:
            joins[i] = ""  # a bracket wrapped onto the next line: （市发改委牵 / 头，市财政局配合）
            i += 1
        elif _MARKER_ONLY.match(cur):
            joins[i] = ""
            i += 2
        elif _LONE_STOP.match(nxt):
            joins[i] = ""
            i += 2
        else:
            i += 1


def _open_brackets(text: str) -> int:
    return text.count("（") - text.count("）")


def repair_layout(norm: NormText) -> NormText:
    """The same text with broken layout repaired (see the module docstring)."""
    lines = _lines(norm.text)
    joins, table_lines = _table_joins(lines)
    _split_joins(lines, joins)
    if not joins:
        return norm
    # (start, end, replacement): gaps between joined lines, cell marks ending table rows
    edits = [(lines[k].end, lines[k + 1].start, joins[k]) for k in joins]
    edits += [(lines[k].end, lines[k].raw_end, "") for k in table_lines if k not in joins and lines[k].raw_end > lines[k].end]
    text, origin = norm.text, norm.origin
    out: list[str] = []
    out_origin: list[int] = []
    pos = 0
    for a, b, replacement in sorted(edits):
        out.append(text[pos:a])
        out_origin.extend(origin[pos:a])
        for ch in replacement:
            out.append(ch)
            out_origin.append(origin[a])
        pos = b
    out.append(text[pos:])
    out_origin.extend(origin[pos:])
    return NormText("".join(out), tuple(out_origin), norm.original, norm.line_labels)
