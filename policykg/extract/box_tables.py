"""Tables drawn with box characters, as a law database's plain text or an old word processor
prints them::

    ┌──┬────┬──────────┐
    │序号│责任单位│ 任务目标   │
    ├──┼────┼──────────┤
    │ 1 │ 金水区 │1.新建绿地50万│
    │  │    │平方米。      │
    └──┴────┴──────────┘

Each row between two rule lines becomes one line of tab-separated cells, a cell wrapped over
several lines joined back in reading order, so the task-table reader sees an ordinary table.
The characters keep their own original offsets (only the rules and bars go), so provenance
and the units' written forms stay exact. Used by :mod:`.layout`.

>>> from policykg.extract.text import normalise
>>> rebuild(normalise("┌─┬─┐\\n│序号│牵头单位│\\n├─┼─┤\\n│1│市发改委│\\n└─┴─┘\\n")).text.replace("\\t", "|")
'序号|牵头单位\\n1|市发改委\\n'
"""

from __future__ import annotations

import re

from .names import owner_kind
from .text import NormText

_BARS = "│┃|"
_RULE = re.compile(r"^[\s┌┬┐├┼┤└┴┘─━┏┓┗┛┣┫┳┻╋│┃]*[─━┼┬┴├┤┌┐└┘][\s┌┬┐├┼┤└┴┘─━┏┓┗┛┣┫┳┻╋│┃]*$")
_MAX_LINES = 20000  # a table longer than this is read as text


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    """The cells of a content line, as (start, end) without the bars and the spaces around."""
    out = []
    bars = [k for k, ch in enumerate(line) if ch in "│┃"]
    if len(bars) < 2:
        return []
    for a, b in zip(bars, bars[1:]):
        x, y = a + 1, b
        while x < y and line[x].isspace():
            x += 1
        while y > x and line[y - 1].isspace():
            y -= 1
        out.append((start + x, start + y))
    return out


def _two_names(above: str, below: str) -> bool:
    """Are two lines of one cell two units' names (市城管局 / 市水利局), not one name wrapped?"""
    return owner_kind(above) is not None and owner_kind(below) is not None


def box_rows(text: str) -> list[tuple[int, int, list[list[list[tuple[int, int]]]]]]:
    """Each box table of ``text`` as (start, end, rows), a row as the slices of each of its cells'
    text in order: a cell is the column-wise join of the row's lines."""
    tables, lines, pos = [], [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    k = 0
    while k < len(lines):
        start, raw = lines[k]
        if not (_RULE.match(raw) and raw.strip()) or "─" not in raw and "━" not in raw:
            k += 1
            continue
        rows: list[list[list[tuple[int, int]]]] = []  # row → column → slices
        current: list[list[tuple[int, int]]] | None = None
        j, last = k, k
        while j < len(lines) and j - k < _MAX_LINES:
            s, line = lines[j]
            if not line.strip():  # (a page that puts a blank line after every line)
                j += 1
                continue
            last = j
            if _RULE.match(line) and line.strip():
                if current:
                    rows.append(current)
                current = None
            else:
                cells = _cells(line, s)
                if not cells:
                    last = j - 1
                    break
                if current is None:
                    current = [[] for _ in cells]
                while len(current) < len(cells):
                    current.append([])
                for col, (x, y) in enumerate(cells):
                    if x < y:
                        current[col].append((x, y))
            j += 1
        if current:
            rows.append(current)
        while last > k and not lines[last][1].strip():
            last -= 1
        end = lines[last][0] + len(lines[last][1])
        if len(rows) >= 2:
            tables.append((start, end, rows))
        k = max(last + 1, k + 1)
    return tables


def rebuild(norm: NormText) -> NormText:
    """``norm`` with every box table replaced by its rows (see the module docstring)."""
    if "─" not in norm.text and "━" not in norm.text:
        return norm
    tables = box_rows(norm.text)
    if not tables:
        return norm
    text, origin = norm.text, norm.origin
    out: list[str] = []
    out_origin: list[int] = []
    pos = 0
    for start, end, rows in tables:
        out.append(text[pos:start])
        out_origin.extend(origin[pos:start])
        for n, row in enumerate(rows):
            first = next((x for cell in row for x, _ in cell), start)
            bar = first
            for col, cell in enumerate(row):
                if col:  # the tab stands where the cell's bar was, so it reads as a cell break written
                    bar = max(text.rfind("│", 0, cell[0][0]), text.rfind("┃", 0, cell[0][0])) if cell else bar
                    out.append("\t")
                    out_origin.append(origin[bar])
                for m, (x, y) in enumerate(cell):
                    if m and _two_names(text[slice(*cell[m - 1])], text[x:y]):
                        out.append("、")  # 市城管局 / 市水利局: a cell of units, one a line
                        out_origin.append(origin[x])
                    out.append(text[x:y])
                    out_origin.extend(origin[x:y])
            if n + 1 < len(rows):
                out.append("\n")
                out_origin.append(origin[first])
        pos = end
    out.append(text[pos:])
    out_origin.extend(origin[pos:])
    return NormText("".join(out), tuple(out_origin), norm.original, norm.line_labels)
