"""What the readers of tables that copying broke share: the page's lines, placing a row's cells
in their columns by content (:func:`place`), whether a cell holds units; and tables whose cells a
page separated by spaces. Each table becomes one row per line with tab-separated cells, the form
every table reader gives. Tables one cell per line are in :mod:`.cell_lines`, with `` | `` in
:mod:`.pipe_tables`, run together in :mod:`.glued_tables`; :mod:`.layout` applies the edits.

>>> place(["任务甲", "市发改委"], ["number", "category", "task", "lead"], 1)
[2, 3]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lines as L
from .names import name_like, owner_kind
from .responsibility import parse_owner_list
from .tables import CELL_ITEM, GROUP_HEADING, column_kind
from .text import NormText

ROW_NUMBER = re.compile(r"^[★☆]?\d{1,3}$")  # ★6: a row the page marks (a key task)


def row_number(text: str) -> int:
    """The number of a line that :data:`ROW_NUMBER` matches, without the page's mark (★6 → 6)."""
    return int(text.lstrip("★☆"))
OWNER_KINDS = {"lead", "co", "responsible"}


@dataclass
class RawLine:
    start: int  # offsets of the content (without a trailing " |" cell mark)
    end: int
    text: str
    raw_end: int  # where the line break is
    row: bool = False  # a table row already (tab-separated cells in the original)
    empty_cells_after: int = 0  # lines of spaces only after it: a table's empty cells pasted one per line


def has_tab(norm: NormText, start: int, end: int) -> bool:
    """Was normalised text[start:end] written with a tab (cells a reader already separated, or
    a box table's bars, see :mod:`.box_tables`)?"""
    if end <= start:
        return False
    written = norm.original[norm.origin[start]:norm.origin[end - 1] + 1]  # (what it dropped is never a tab or bar)
    return "\t" in written or "│" in written or "┃" in written


def _without_cell_end(raw: str) -> str:
    """The line without the `` |`` a page left after its last cell (not a regex: one that strips
    the spaces before the pipes takes time quadratic in a long run of spaces)."""
    content = raw.rstrip()
    if not content.endswith("|"):
        return raw
    return content.rstrip("|").rstrip()


def text_lines(text: str) -> list[RawLine]:
    out, pos = [], 0
    for raw in text.split("\n"):
        content = _without_cell_end(raw)
        stripped = content.strip()
        if stripped:
            lead = len(content) - len(content.lstrip())
            out.append(RawLine(pos + lead, pos + lead + len(stripped), stripped, pos + len(raw)))
        elif raw and out:
            out[-1].empty_cells_after += 1
        pos += len(raw) + 1
    return out


def _parts(text: str) -> list[str]:
    """The names of a cell, split where a page separates them (、，, or spaces)."""
    return [p for p in re.split(r"[、，,\s]+", text) if p]


def unit_names(text: str) -> bool:
    """Is a cell only names of units (市发改委、各科室), by their form?"""
    parts = _parts(text)
    return bool(parts) and all(owner_kind(p) for p in parts)


def _names(text: str) -> bool:
    """Is a cell only names, known or name-like (商务局、高新区、岳麓区), not sentences?"""
    return all(owner_kind(p) or name_like(p) for p in _parts(text))


def owner_cell(text: str) -> bool:
    """Does a cell hold units (市发改委、各区政府; 办公室牵头，各科室配合; 市住建局、某某社，各县（区）政府:
    most of several names with an owner's form)?"""
    if unit_names(text):
        return True
    parts = _parts(text)
    if len(parts) >= 2 and re.fullmatch(r"[\u4e00-\u9fa5]{2,3}", parts[-1]) and not _WHEN.search(parts[-1]) \
            and not re.search(r"[前内底期续进成常]", parts[-1]) and unit_names(" ".join(parts[:-1])):
        return True  # 市民政局 伍泽国: a 牵头单位及主要负责人 cell, the unit and its head
    if len(parts) >= 3 and 3 * sum(1 for p in parts if owner_kind(p)) >= 2 * len(parts) and _names(text):
        return True
    owners = parse_owner_list(text) if len(text) <= 80 else None
    # a sentence ending in a role word (…逐项推动工作落实) names no units: most names must be known
    return bool(owners and owners.units) and 2 * sum(u.known for u in owners.units) >= len(owners.units)


def _described(owner: list[bool], columns: list[str]) -> bool:
    """A row with a cell for every column whose only cells of units outside the owner columns
    are in a second text column (决策事项名称 | 决策事项主要内容 | 组织承办部门), its first text cell no units."""
    texts = [n for n, k in enumerate(columns) if k == "task"]
    stray = [n for n, (o, k) in enumerate(zip(owner, columns)) if o and k not in OWNER_KINDS | {"sink"}]
    one_owner_column = sum(k in OWNER_KINDS for k in columns) == 1  # (lead | co: a shifted row is likelier)
    return one_owner_column and len(texts) >= 2 and not owner[texts[0]] and bool(stray) and all(n in texts[1:] for n in stray)


def place(texts: list[str], kinds: list[str], first: int) -> list[int]:
    """The column of each cell of a row whose cells start at column ``first``. Where a page
    dropped empty cells (or split one over lines) the count or the kinds disagree: cells before
    the first cell of unit names end just before the owner column (the cells dropped are group
    columns merged down from an earlier row), a cell of unit names goes to the next owner column,
    any other cell to the next column that is not one; a second cell of units before a column of
    units that are not owners (评分部门) continues the cell before it (same column).

    >>> place(["任务甲", "市发改委"], ["number", "category", "task", "lead"], 1)
    [2, 3]
    """
    columns = kinds[first:]
    owner = [owner_cell(t) for t in texts]
    if len(texts) == len(columns) and all(o for o, k in zip(owner, columns) if k in OWNER_KINDS | {"sink"}) and (
            all(o == (k in OWNER_KINDS | {"sink"}) for o, k in zip(owner, columns))
            # a task may name units too (养老机构 | 4月份 | 民政所): in place when a date fills the date column
            # (and no other cell of units stands outside an owner column: 市城管局 | 市城发集团 | 2024年7月 is short a cell)
            or any(k == "deadline" and _WHEN.search(t) for t, k in zip(texts, columns))
            and not any(o and k not in OWNER_KINDS | {"sink", "task", "target"} for o, k in zip(owner, columns))
            # 加快选址建设儿童医院 | 建设区儿童专科医院 | 区卫健局: a description may name units, beside a task that does not
            or _described(owner, columns)):
        return list(range(first, first + len(texts)))  # every cell in place
    out: list[int] = []
    col = first - 1
    first_owner = next((n for n, o in enumerate(owner) if o), len(texts))
    owner_col = next((c for c in range(first, len(kinds)) if kinds[c] in OWNER_KINDS), len(kinds))
    n = 0
    if 0 < first_owner < owner_col - first:
        out = _fit(texts[:first_owner], kinds, first, owner_col)
        col, n = owner_col - 1, first_owner
    for n in range(n, len(texts)):
        target = next((c for c in range(col + 1, len(kinds)) if (kinds[c] in OWNER_KINDS | {"sink"}) == owner[n]), None)
        here = kinds[col] if 0 <= col < len(kinds) else ""
        split_cell = owner[n] and out and here in OWNER_KINDS and (
            target is None or kinds[target] == "sink" and owner[n - 1] and n + 1 < len(texts) and owner[n + 1])
        # two people of one 牵头领导 cell, a line each, before the units
        names_go_on = here == "person" and not owner[n] and (
            target is None and n + 1 < len(texts) and owner[n + 1]
            or _SPACED_NAME.fullmatch(texts[n]) and _SPACED_NAME.fullmatch(texts[n - 1]))  # 路 军: a name spaced out
        # text with no text column left but the one it is in: that cell goes on over lines (——a / ——b)
        text_goes_on = not owner[n] and out and here in ("task", "target") and not _names(texts[n]) and (
            target is None
            # ①完成…… / ②完成…… before the row's units: the task cell goes on over lines
            or col + 1 < len(kinds) and kinds[col + 1] in OWNER_KINDS and any(owner[n + 1 :]) and _ITEM_MARK.match(texts[n]))
        if split_cell or names_go_on or text_goes_on or col == len(kinds) - 1 and here in OWNER_KINDS:
            out.append(col)  # one cell of units written over lines (after the last column: its cell goes on)
        else:
            col = col + 1 if target is None else target
            out.append(col)
    return out


_ITEM_MARK = re.compile(r"[①-⑳]|[（(]\d{1,2}[)）]|\d{1,2}[.、．](?=\D)")
_SPACED_NAME = re.compile(r"[\u4e00-\u9fa5]{1,2}")
_WHEN = re.compile(r"\d{1,2}月|\d{4}年|季度|年底|年内|底前|长期|常态|持续|全年")
_VALUE = re.compile(r"^[≥≤><＞＜约]?\s*[\d.,，~～\-—%％]+\s*(%|％|以上|以下|左右)?$")
_PERSON = re.compile(r"[\u4e00-\u9fa5]{1,3}(\s?[\u4e00-\u9fa5]{1,2})?([\s、，,][\u4e00-\u9fa5]{1,3}(\s?[\u4e00-\u9fa5]{1,2})?)*")
_MEASURE = re.compile(r"^(%|％|‰|[万亿千百]?(元|人|个|家|户|项|所|吨|斤|公斤|亩|公里|千米|米|平方米|平方公里|立方米|只|头|辆|台|次|人次"
                      r"|张|床|座|条|套|件|千瓦|千瓦时|吨标煤|标准煤)(/[人年户亩月])?)$")


def _fit(texts: list[str], kinds: list[str], first: int, stop: int) -> list[int]:
    """Columns for the cells of a row before its owner cells when the page dropped some (empty
    cells, cells merged down): each cell goes where its content fits (a number to a target, a
    unit of measure to a 单位 column, text to the task), in order; with no preference the
    dropped cells are the first ones (group columns merged down from an earlier row)."""
    def fits(text: str, kind: str) -> int:
        value, measure = bool(_VALUE.match(text)), bool(_MEASURE.match(text))
        if kind == "measure":  # a 单位 column: 万吨, %
            return 2 if measure else -2
        if kind == "person":  # 牵头领导: 钱 宇, 周阳市长
            return 2 if _PERSON.fullmatch(text) else -2
        if kind == "number":  # 序号: the row's number, never its text
            return 3 if ROW_NUMBER.match(text) else -3
        if kind == "target":  # a value; or a goal written as a sentence (1.妇女……服务。)
            return 2 if value else (-2 if measure else (2 if CELL_ITEM.match(text) else 0))
        if kind == "category" and CELL_ITEM.match(text):
            return 0  # a numbered sentence is a row's task or goal, not the group it sits in
        return -2 if value or measure else 2  # the task, a group, a column the reader does not use

    cols = list(range(first, stop))
    m, n = len(texts), len(cols)
    # best[i][j]: the best score of the first i cells placed in the first j columns
    best = [[0.0] * (n + 1)] + [[float("-inf")] * (n + 1) for _ in range(m)]
    for i in range(1, m + 1):
        for j in range(i, n + 1):
            take = best[i - 1][j - 1] + fits(texts[i - 1], kinds[cols[j - 1]]) + 0.01 * j
            best[i][j] = max(best[i][j - 1], take)
    out, j = [], n
    for i in range(m, 0, -1):  # walk back: where cell i went
        while j > i and best[i][j - 1] >= best[i][j]:
            j -= 1
        out.append(cols[j - 1])
        j -= 1
    return out[::-1]

def line_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every line of ``text``, blank ones included."""
    spans, pos = [], 0
    for raw in text.split("\n"):
        spans.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return spans


_WORD = re.compile(r"\S+")


def _spaced_out(words: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Header words with a name spaced out letter by letter (``工 作 任 务``) as one word."""
    out: list[tuple[int, int]] = []
    for x, y in words:
        if out and y - x == 1 and out[-1][1] == x - 1 and (out[-1][1] - out[-1][0] == 1 or text[out[-1][1] - 2] == " "):
            out[-1] = (out[-1][0], y)
        else:
            out.append((x, y))
    return out


def _after_table(line: str) -> bool:
    """A line that opens a numbered item or a heading is text after the table, not more of a row."""
    return bool(L.item(line.strip()) or L.heading(line.strip()))


def _next_filled(text: str, spans, n: int) -> int:
    while n < len(spans) and not text[slice(*spans[n])].strip():
        n += 1
    return n


def _row_start(text: str, spans, n: int) -> bool:
    return n < len(spans) and bool(ROW_NUMBER.match(_first_word(text, spans[n])) or _group_row(text, spans, n))


def _first_word(text: str, span: tuple[int, int]) -> str:
    """A row's first word, whatever indents it (　　1 居民消费价格…: a page's paragraph indent)."""
    return (text[slice(*span)].split() or [""])[0]


def _group_row(text: str, spans, n: int, depth: int = 0) -> bool:
    """Is line ``n`` a group heading inside a table (一、…) with a numbered row next, or a
    subgroup heading then the row (二、重点工作 / （一）以创建国家高新区为抓手… / 10 …)?"""
    if n >= len(spans) or not GROUP_HEADING.match(text[slice(*spans[n])].strip()):
        return False
    nxt = _next_filled(text, spans, n + 1)
    return nxt < len(spans) and (bool(ROW_NUMBER.match(_first_word(text, spans[nxt])))
                                 or depth < 1 and _group_row(text, spans, nxt, depth + 1))


def _more_units(line: str, cell: str) -> bool:
    """Does a line of one word go on a cell of units (区农业农村委 / 区林业局 / 区供销联社): it has an
    owner's form, or it is name-like and carries the cell's place prefix (区, 县, 市…)?"""
    if not owner_cell(cell):
        return False
    return owner_cell(line) or name_like(line) and len(line) <= 12 and line[0] == cell[0] and line[0] in "省市区县州盟旗"


_SEPARATED = re.compile(r"[、，,]")


def space_tables(norm: NormText) -> list[tuple[int, int, str]]:
    """Edits for a table whose cells a page separated by spaces (``序号 重点工作任务 主要责任单位
    协同配合单位 完成期限``, rows opening with their number). A row's cell of units may run over
    the following lines, one unit a line: those lines continue the cell. A table whose cells are
    tab-separated already (a reader gave its rows) is left as it is."""
    text = norm.text
    edits: list[tuple[int, int, str]] = []
    spans = line_spans(text)
    n = 0
    while n < len(spans):
        a, b = spans[n]
        words = _spaced_out([m.span() for m in _WORD.finditer(text, a, b)], text)
        kinds = [column_kind(text[x:y]) or "" for x, y in words]
        n += 1
        opens = next((i for i in range(len(kinds) - 1, -1, -1) if kinds[i] == "number" and "" not in kinds[i:]), 0)
        if opens:  # …工作任务分解表 序号 名称 工作任务 牵头责任单位: a notice run into the table's header
            edits.append((words[opens - 1][1], words[opens][0], "\n"))
            words, kinds = words[opens:], kinds[opens:]
        if len(words) < 3 or "" in kinds or kinds[0] != "number" or not {"task", "target"} & set(kinds) \
                or not OWNER_KINDS & set(kinds) or has_tab(norm, a, b):
            continue
        for (_, y), (x, _) in zip(words, words[1:]):
            edits.append((y, x, "\t"))
        spaced = n < len(spans) and not text[slice(*spans[n])].strip()  # a page with a blank line after every line
        while n < len(spans):
            filled = _next_filled(text, spans, n)
            if filled > n and _row_start(text, spans, filled):
                n = filled  # a blank line between rows
            if _group_row(text, spans, n):  # 一、经济社会发展主要预期目标分解(11项): the rows' category
                edits.append((spans[n][1], spans[n][1], "\t"))
                n += 1
                continue
            if not ROW_NUMBER.match(_first_word(text, spans[n]) or "x"):
                break
            cells: list[list[tuple[int, int]]] = []  # tokens of one logical row, a cell per entry
            gaps: list[tuple[int, int]] = []
            for x, y in (m.span() for m in _WORD.finditer(text, *spans[n])):
                if cells:
                    gaps.append((cells[-1][-1][1], x))
                cells.append([(x, y)])
            n += 1
            while n < len(spans):
                filled = _next_filled(text, spans, n) if spaced else n
                if filled >= len(spans) or filled > n and (_row_start(text, spans, filled) or _after_table(text[slice(*spans[filled])])):
                    break  # (the row's cells go on past blank lines only on a page that puts one after every line)
                n = filled
                if not (spans[n][0] < spans[n][1] and not ROW_NUMBER.match(
                        (text[slice(*spans[n])].split() or ["x"])[0]) and not _after_table(text[slice(*spans[n])])):
                    break
                line_words = [m.span() for m in _WORD.finditer(text, *spans[n])]
                if not line_words:
                    break
                if len(line_words) == 1 and _more_units(text[slice(*line_words[0])], "、".join(text[x:y] for x, y in cells[-1])):
                    gaps.append((cells[-1][-1][1], line_words[0][0]))
                    cells[-1].append(line_words[0])  # one more unit of the same cell
                else:
                    for x, y in line_words:
                        gaps.append((cells[-1][-1][1], x))
                        cells.append([(x, y)])
                n += 1
            last = cells[-1]
            if len(cells) < len(kinds) and len(last) >= 2 and _SEPARATED.search(text[slice(*last[-1])]) \
                    and not any(_SEPARATED.search(text[x:y]) for x, y in last[:-1]):
                cells.append([last.pop()])  # 区财政局 / 区税务局 / 区政府有关部门，各乡镇……: the list is the next cell
            texts = ["、".join(text[x:y] for x, y in cell) for cell in cells]  # (a cell of several tokens: units a line each)
            columns = [0] + place(texts[1:], kinds, 1)
            g = 0
            for k, cell in enumerate(cells):
                for _ in cell[1:]:
                    edits.append((*gaps[g], "、"))
                    g += 1
                if k + 1 < len(cells) and columns[k + 1] == columns[k]:  # 路 军: one cell the page spaced out
                    edits.append((*gaps[g], "、" if kinds[columns[k]] in OWNER_KINDS else " "))
                    g += 1
                elif k + 1 < len(cells):
                    edits.append((*gaps[g], "\t" * max(1, columns[k + 1] - columns[k])))
                    g += 1
    return edits
