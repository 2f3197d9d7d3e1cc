"""Tables whose cells a page ran together with no separator at all: an e-paper or a document
site prints ``序号工作任务责任单位21树立婚育新风。……构建新型婚育文化。省委宣传部、省民政厅牵头；
省总工会配合22根据……`` as one line. The header is read from the vocabulary's column names,
rows by their consecutive numbers, and a row's owner cell is what follows its task's last
sentence when that parses, whole, as an owner list. Rows whose cells cannot be told apart that
way (no sentence end before the units) are left as text: precision first.

Used by :mod:`.layout`, which applies the edits (insertions of a line break or a tab).

>>> text = "序号重点任务牵头单位1建设甲。市发改委2推进乙。市财政局牵头，市人社局配合"
>>> [(a, b, r) for a, b, r in glued_tables(text)]
[(2, 2, '\\t'), (6, 6, '\\t'), (10, 10, '\\n'), (11, 11, '\\t'), (15, 15, '\\t'), (19, 19, '\\n'), (20, 20, '\\t'), (24, 24, '\\t')]
"""

from __future__ import annotations

import functools
import re

from ..ontology import vocab
from .pasted_tables import OWNER_KINDS
from .responsibility import parse_owner_list

_SENTENCE_END = "。；;！"
_MAX_ROWS = 500
_MAX_ROW = 3000  # characters of one row
_ROLE_WORD = re.compile(r"牵头|配合|负责|参与|协同|协办|主办|落实")


@functools.cache
def _header_rx() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """序号 followed by two to six column names written together; one column name; each name's kind."""
    table = vocab()["table"]
    kinds = {name: kind for kind in ("task", "target", "category", "lead", "co", "responsible", "deadline")
             for name in table[kind]}
    names = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    return re.compile(rf"序号((?:{names}){{2,6}})(?=\d)"), re.compile(names), kinds


def _header_cells(names: str) -> list[tuple[int, int, str]] | None:
    """The header's names as (start, end, kind) inside ``names``, longest names first."""
    _, name, kinds = _header_rx()
    out = [(m.start(), m.end(), kinds[m.group(0)]) for m in name.finditer(names)]
    if sum(b - a for a, b, _ in out) != len(names):
        return None
    return out


def _owner_start(text: str, start: int, end: int) -> int | None:
    """Where the owner cell of the row text[start:end] begins: just after a sentence end of the
    task, at the earliest point from which the rest parses whole as an owner list."""
    last_stop = max(text.rfind(c, start, end) for c in "。！")
    if last_stop < start:
        return None
    for k in range(last_stop + 1, end):
        if k != last_stop + 1 and text[k - 1] not in _SENTENCE_END:
            continue
        owners = parse_owner_list(text, k, end)
        if owners and owners.units and owners.units[0].start == k:
            return k
    return None


def _rows(text: str, pos: int, end: int) -> list[tuple[int, int, int]] | None:
    """(row start, task start, owner start, row end) of each numbered row from ``pos`` to ``end``."""
    m = re.compile(r"\d{1,3}").match(text, pos, end)
    if not m:
        return None
    number, rows = int(m.group(0)), []
    row_start, task_start = m.start(), m.end()
    while len(rows) < _MAX_ROWS:
        split = None
        window = min(end, task_start + _MAX_ROW)  # a row is a paragraph, not a page: no quadratic scan
        for nxt in re.compile(rf"(?<!\d){number + 1}(?!\d)").finditer(text, task_start, window):
            k = nxt.start()
            owner = _owner_start(text, task_start, k)
            if owner is not None:
                split = (k, owner)
                break
        if split is None:
            owner = _owner_start(text, task_start, end)
            if owner is None:
                return rows or None
            rows.append((row_start, task_start, owner, end))
            return rows
        rows.append((row_start, task_start, split[1], split[0]))
        row_start, task_start, number = split[0], split[0] + len(str(number + 1)), number + 1
    return rows


def glued_tables(text: str) -> list[tuple[int, int, str]]:
    """Edits (insertions) that give a glued table its rows and cells (see the module docstring).
    Only a table with one owner column, or whose owner cells carry their own role words, is read:
    a lead and a co column run together cannot be told apart."""
    if "序号" not in text:
        return []
    rx, _, _ = _header_rx()
    edits: list[tuple[int, int, str]] = []
    for m in rx.finditer(text):
        cells = _header_cells(m.group(1))
        if not cells:
            continue
        kinds = [kind for _, _, kind in cells]
        owner_columns = [k for k in kinds if k in OWNER_KINDS]
        if kinds[0] not in ("task", "target") or not owner_columns or kinds[-1] not in OWNER_KINDS:
            continue
        line_end = text.find("\n", m.end())
        rows = _rows(text, m.end(), len(text) if line_end < 0 else line_end)
        if not rows:
            continue
        gap = "\t" * kinds.index(owner_columns[0])  # from the task cell to the first owner cell
        if len(owner_columns) > 1 and not all(_ROLE_WORD.search(text, o, e) for _, _, o, e in rows):
            continue
        if m.start() > 0 and text[m.start() - 1] != "\n":
            edits.append((m.start(), m.start(), "\n"))
        base = m.start(1)
        edits += [(base + a, base + a, "\t") for a, _, _ in cells]
        for row_start, task_start, owner, _ in rows:
            edits += [(row_start, row_start, "\n"), (task_start, task_start, "\t"), (owner, owner, gap)]
    return edits
