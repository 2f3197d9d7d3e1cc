"""Tables a page wrote with `` | `` between cells (``序号 | 重点任务 | 牵头单位 |``), as
tab-separated rows, each cell in its column. Used by :mod:`.layout`, which applies the edits.

Some pages break the line *before* each separator instead: a row's first cell (its name itself
broken over lines: ``市政`` / ``府办`` / ``公厅``), then ``| 任务`` and ``| 单位`` lines, and a lone
``|`` closing the row. :func:`leading_pipe_rows` puts such a row back on one line first.
"""

from __future__ import annotations

import re

from .pasted_tables import OWNER_KINDS, ROW_NUMBER, line_spans, place
from .tables import column_kind

_SEPARATOR = re.compile(r"\s*\|\s*")
_FIELD_NAME = re.compile(r"^[\u4e00-\u9fa5]{2,8}\s*[：:]$")  # 牵头单位：, a field's name before its value


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) of each cell of a row written ``a | b | c |``."""
    out, a = [], start
    for m in _SEPARATOR.finditer(text, start, end):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, end))
    return out


def pipe_tables(text: str) -> list[tuple[int, int, str]]:
    """Edits that turn a table whose cells a page separated by `` | `` into tab-separated rows,
    each cell in its column (see :func:`place`)."""
    edits: list[tuple[int, int, str]] = []
    spans = line_spans(text)
    kinds: list[str] = []
    for a, b in spans:
        if not text[a:b].strip():
            continue  # a page that puts a blank line between rows
        if "|" not in text[a:b]:
            kinds = []
            continue
        cells = _pipe_cells(text, a, b)
        texts = [text[x:y].strip() for x, y in cells]
        filled = [c for c, t in zip(cells, texts) if t]
        if not kinds:
            found = [column_kind(t) or "" for t in texts if t]
            if len(found) >= 2 and {"task", "target"} & set(found) and OWNER_KINDS & set(found):
                kinds = found
                columns = list(range(len(found)))
                groups = _numbered_rows(text, spans, (a, b), kinds)
                if groups:  # a 序号 column the header does not name: its own name and the task's go in
                    first_owner = next(n for n, k in enumerate(kinds) if k in OWNER_KINDS)
                    kinds = ["category"] * max(groups, first_owner) + ["number", "task"] + kinds[first_owner:]
                    edits.append((filled[first_owner][0], filled[first_owner][0],
                                  "\t" * max(0, groups - first_owner) + "序号\t任务\t"))
            elif len(filled) == 2 and _FIELD_NAME.match(texts[0]):
                # 重点工作: | 135.统筹…… | / 牵头单位: | X |: a record shown as a two-column table of fields
                edits += [(cells[0][1], filled[1][0], " "), (filled[1][1], b, "")]
                continue
            else:
                continue
        elif "number" in kinds and kinds[0] == "category":
            columns = _anchored([t for t in texts if t], kinds)
        else:
            columns = place([t for t in texts if t], kinds, 0)
        at = 0
        prev_end = a
        for (x, y), col in zip(filled, columns):
            gap = "、" if col == at and (x, y) != filled[0] else "\t" * (col - at)
            if (x, y) == filled[0]:
                gap = "\t" * col
            edits.append((prev_end, x, gap))
            at, prev_end = col, y
        edits.append((prev_end, b, ""))  # trailing separators
    return [e for e in edits if e[0] != e[1] or e[2]]


def _numbered_rows(text: str, spans, header: tuple[int, int], kinds: list[str]) -> int:
    """When the header names no 序号 but most rows below hold a lone row number, how many group
    cells stand before the number at most (工作任务 | 具体要求 | 责任单位 over 一、… | （一）… | 1 | …);
    0 when the rows are not so."""
    if "number" in kinds:
        return 0
    rows = [s for s in spans if s[0] > header[0] and "|" in text[s[0]:s[1]]][:60]
    before = []
    for x, y in rows:
        cells = [t.strip() for t in _SEPARATOR.split(text[x:y]) if t.strip()]
        numbers = [n for n, t in enumerate(cells) if ROW_NUMBER.match(t)]
        if len(numbers) == 1:
            before.append(numbers[0])
    if len(before) < 2 or len(before) < 0.6 * len(rows):
        return 0
    return max(1, max(before))


def _anchored(texts: list[str], kinds: list[str]) -> list[int]:
    """Columns of a row whose lone number anchors it: the cells before it are its groups (the
    last ones, right-aligned), the cell after it the task, the rest by content."""
    at = next((n for n, t in enumerate(texts) if ROW_NUMBER.match(t)), None)
    number_col = kinds.index("number")
    if at is None:
        return place(texts, kinds, 0)
    groups = list(range(number_col - at, number_col)) if at <= number_col else [0] * at
    return groups + [number_col] + place(texts[at + 1 :], kinds, number_col + 1)


_MAX_CONTINUED = 6  # lines of one cell written over several lines (a name broken by a narrow column)


def leading_pipe_rows(text: str) -> list[tuple[int, int, str]]:
    """Edits that join each row of a table written with line breaks before its separators (see
    the module docstring) into one line ``a | b | c |``. Found only where rows end with a lone
    ``|`` line after a ``| cell`` line, three times at least."""
    lines = [(a, b, text[a:b].strip()) for a, b in line_spans(text) if text[a:b].strip()]  # (blank lines between: none)
    closes = [k for k, (_, _, t) in enumerate(lines) if t == "|" and k > 0 and lines[k - 1][2].startswith("|")]
    if len(closes) < 3:
        return []
    edits: list[tuple[int, int, str]] = []
    previous = None
    for close in closes:
        k = close - 1
        while k > 0 and lines[k][2].startswith("|") and lines[k][2] != "|":
            k -= 1  # the row's | cells
        first = k + 1
        while k >= 0 and lines[k][2] and not lines[k][2].startswith("|") and first - k <= _MAX_CONTINUED \
                and (previous is not None and k > previous or previous is None and len(lines[k][2]) <= 12):
            first = k  # the row's first cell, over one or more lines (the header's: one short line)
            k -= 1
        for j in range(first, close):
            joiner = " " if lines[j + 1][2].startswith("|") else ""
            edits.append((lines[j][1], lines[j + 1][0], joiner))
        previous = close
    return edits

