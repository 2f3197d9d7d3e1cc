"""Tables as text: one line per row, cells separated by a tab.

Merged cells follow what a reader of the table understands: a cell merged *down* (rowspan,
vertical merge) applies to every row it covers, so its text is repeated on each; a cell merged
*across* (colspan) is one value, written once in its first column with the covered columns empty,
so a title row spanning the table stays one cell.

>>> rows_to_text([["序号", "任务", "牵头单位"], ["1", "任务甲\\t（续）", "市人社局"]])
'序号\\t任务\\t牵头单位\\n1\\t任务甲 （续）\\t市人社局'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import limits

_SPACE = re.compile(r"\s+")


def cell_text(text: str) -> str:
    """One line of cell text: line breaks and tabs inside a cell become single spaces."""
    return _SPACE.sub(" ", text or "").strip()


@dataclass
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1


def fill(rows: list[list[Cell]]) -> list[list[str]]:
    """Lay out cells with row/col spans on a grid (HTML table semantics: a rowspan stops at the
    table's last row, as browsers draw it). A table that would spread over more cells than the
    limit is refused (:mod:`..limits`) before it is laid out."""
    spread = sum(min(max(1, c.rowspan), len(rows) - r) * max(1, c.colspan) for r, row in enumerate(rows) for c in row)
    limits.check("table_cells", spread)
    grid: dict[tuple[int, int], str] = {}
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            for dr in range(min(max(1, cell.rowspan), len(rows) - r)):
                for dc in range(max(1, cell.colspan)):
                    grid[(r + dr, c + dc)] = cell.text if dc == 0 else ""
            c += max(1, cell.colspan)
            width = max(width, c)
    return [[grid.get((r, c), "") for c in range(width)] for r in range(len(rows))]


def rows_to_text(rows: list[list[str]]) -> str:
    r"""Tab-separated lines, trailing empty cells dropped; a row of a wider table keeps at least
    one tab, so a title or category row merged across the table still reads as a row.

    >>> rows_to_text([["一、稳定就业", "", ""], ["", "", ""]])
    '一、稳定就业\t\n'
    """
    out = []
    for row in rows:
        cells = [cell_text(c) for c in row]
        while len(cells) > 2 and not cells[-1]:
            cells.pop()
        if not any(cells):
            cells = []
        out.append("\t".join(cells))
    return "\n".join(out)
