"""Tables a page wrote with `` | `` between cells (``序号 | 重点任务 | 牵头单位 |``), as
tab-separated rows, each cell in its column. Used by :mod:`.layout`, which applies the edits.
"""

from __future__ import annotations

import re

from .pasted_tables import OWNER_KINDS, line_spans, place
from .tables import column_kind

_SEPARATOR = re.compile(r"\s*\|\s*")


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
        if "|" not in text[a:b]:
            kinds = []
            continue
        cells = _pipe_cells(text, a, b)
        texts = [text[x:y].strip() for x, y in cells]
        if not kinds:
            found = [column_kind(t) or "" for t in texts if t]
            if len(found) >= 2 and {"task", "target"} & set(found) and OWNER_KINDS & set(found):
                kinds = found
                columns = list(range(len(found)))
            else:
                continue
        else:
            columns = place([t for t in texts if t], kinds, 0)
        filled = [c for c, t in zip(cells, texts) if t]
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
