"""Rows of a table pasted one cell per line that open with their task cell's own item number
instead of a 序号 cell: a table with no 序号 column (牵头领导 / 重点工作 / 牵头单位 / 配合单位:
``周阳市长`` / ``1.始终做到忠诚于党。……`` / ``市府办`` / ``各单位``), or the rows under one 序号
whose first cells a page merged away (``1`` / ``主要预期目标`` / ``1.地区生产总值…`` / ``★区发改委`` /
``2.一般公共预算收入…`` / ``★区财政局``). Used by :mod:`.cell_lines`.
"""

from __future__ import annotations

import re

from .names import name_like
from .pasted_tables import OWNER_KINDS, ROW_NUMBER, RawLine, owner_cell, place
from .tables import GROUP_HEADING

ITEM = re.compile(r"^(\d{1,3})\s*[.．、]\s*(?=[\u4e00-\u9fa5])")
_PRE_CELL = 12  # characters: a cell before the task cell (a leader's name) is short


def task_col(kinds: list[str]) -> int:
    return next(c for c, k in enumerate(kinds) if k in ("task", "target"))


def _pre_cell(line: RawLine) -> bool:
    """A cell that may stand before a row's task cell: short, not units, not numbered."""
    return len(line.text) <= _PRE_CELL and not ITEM.match(line.text) and not GROUP_HEADING.match(line.text) \
        and not owner_cell(line.text)


def first_item(lines: list[RawLine], k: int, kinds: list[str]) -> int | None:
    """The line of the first numbered task cell from line ``k`` on: after group headings
    (一、主要预期指标) and the cells that stand before the task column (a leader's name)."""
    while k < len(lines) and GROUP_HEADING.match(lines[k].text) and len(lines[k].text) <= 40:
        k += 1
    pre = 0
    while k < len(lines) and pre < task_col(kinds) and _pre_cell(lines[k]):
        k, pre = k + 1, pre + 1
    return k if k < len(lines) and ITEM.match(lines[k].text) else None


def item_rows(lines: list[RawLine], i: int, kinds: list[str], joins: dict[int, str], first: int,
              stop: int | None = None) -> int:
    """Join the cells of each row from line ``i``; rows open with a numbered task cell, after
    the cells before it when ``first`` is 0 (a table with no 序号), or at the task column (the
    rows under one 序号: ``first`` is the task column, ``stop`` the next 序号). Returns the
    index of the first line after the rows."""
    width, col = len(kinds), (first if first else task_col(kinds))
    # unit columns last (主要目标 | 主要责任单位 | 责任单位): text after a row's units opens the next row;
    # or before one column an office fills in (| 进展情况): text after the units is that cell, then the next row
    status = int(kinds[-1] == "status")
    last_text = max(c for c, k in enumerate(kinds) if k in ("task", "target"))  # 项目名称 | 项目内容 | 责任单位
    between = kinds[last_text + 1 : width - status]  # (a 牵头领导 column may stand before the units)
    units_last = first == 0 and bool(OWNER_KINDS & set(between)) and all(k in OWNER_KINDS or k == "person" for k in between)
    leaders = [c for c in range(last_text + 1, width - status) if kinds[c] == "person"]
    expected, group, unnumbered = None, False, False
    k = i
    while k < len(lines):
        if stop is not None and ROW_NUMBER.match(lines[k].text):
            break  # the next 序号
        after_group = _after_group(lines, k)
        if after_group > k and first == 0 and (
                first_item(lines, k + 1, kinds) is not None or units_last and task_then_units(lines, after_group)):
            if k > 0:
                joins[k - 1] = "\n"
            if after_group > k + 1:
                joins[k] = ""  # （一） / 经济社会发展主要预期目标: the mark and its name, one heading
            k, group = after_group, True  # 一、主要预期指标: a category row
            continue
        at = first_item(lines, k, kinds) if first == 0 else (k if ITEM.match(lines[k].text) else None)
        row_end = leader_row_end(lines, k) if leaders and at is None else None  # task / leaders / units
        sub = at is None and units_last and 0 < k < len(lines) and (
            expected is not None and (_new_row(lines, k, status) or lines[k - 1].empty_cells_after > 0
                                      and _text_cell(lines[k].text))
            or expected is None and (k == i or unnumbered or group) and (task_then_units(lines, k)  # rows whose 序号 the page left out
                                                                         or row_end is not None)
            or unnumbered and status and _new_row(lines, k, status))  # (财政收入与经济增长基本同步: a short task)
        unnumbered = unnumbered or sub and expected is None
        if at is None and not sub:
            break
        number = None if sub else int(ITEM.match(lines[at].text).group(1))
        if number is not None and expected is not None and number != expected and not (group and number == 1):
            break
        at = k if sub else at
        end = at + 1
        # 1.提高出生人口质量。 / (spaces) / (spaces): its unit cells are empty, a group over the rows below
        heads = not sub and bool(lines[at].empty_cells_after) and units_last
        while not heads and end < len(lines) and end - at < 2 * width + 8 and not (
                ITEM.match(lines[end].text) or GROUP_HEADING.match(lines[end].text) or ROW_NUMBER.match(lines[end].text)
                or units_last and _new_row(lines, end, status)):
            end += 1
        if sub or units_last and end < len(lines) and _new_row(lines, end, status):
            pass  # a row that text after its units ends has all its lines
        elif end < len(lines) and ITEM.match(lines[end].text) and first < col:
            back = 0  # the next row's cells before its task cell (its leader), after this row's units
            while back < col and end - back - 1 > at and _pre_cell(lines[end - back - 1]) \
                    and any(owner_cell(lines[x].text) for x in range(at + 1, end - back - 1)):
                back += 1
            end -= back
        elif end >= len(lines) or not (ITEM.match(lines[end].text) or ROW_NUMBER.match(lines[end].text)):
            last = min(end, at + width - col)  # the last row: no more cells than columns …
            while last < min(end, at + width - col + 3) and not any(owner_cell(ln.text) for ln in lines[at + 1 : last]):
                last += 1  # … unless a cell went over two lines (two leaders) before the units
            end = last
        if sub and row_end is not None:
            # 未来科技城要围绕…… / 祝振伟 / 陈夏林 / 未来科技城（海创园）: the task, its leaders, its units
            end, cells = row_end, list(range(k, row_end))
            owner_col = next(c for c in range(leaders[-1], width) if kinds[c] in OWNER_KINDS)
            columns = [last_text] + [leaders[0]] * (len(cells) - 2) + [owner_col]
        else:
            cells = list(range(k, end))
            columns = place([lines[c].text for c in cells], kinds, col if sub else first)
        if k > 0:
            joins[k - 1] = ("\t" if group else "") + "\n" + "\t" * columns[0]
        for prev, c, col_prev, col_here in zip(cells, cells[1:], columns, columns[1:]):
            joins[prev] = "、" if col_here == col_prev else "\t" * max(1, col_here - col_prev)
        expected, group, k = (expected if number is None else number + 1), heads, end
    return k


def grouped_task_rows(lines: list[RawLine], k: int) -> bool:
    """Do rows with no numbers start at line ``k``, after group headings ((一)经济社会发展主要预期目标):
    a task's text, its units on the next line?"""
    while (after := _after_group(lines, k)) > k:
        k = after
    return task_then_units(lines, k)


def _after_group(lines: list[RawLine], k: int) -> int:
    """The line after a group heading at line ``k`` (二、扩投资; （一） / 经济社会发展主要预期目标, the
    mark on a line of its own), or ``k`` when none is there."""
    if k >= len(lines) or not GROUP_HEADING.match(lines[k].text) or len(lines[k].text) > 40:
        return k
    if GROUP_HEADING.fullmatch(lines[k].text) and k + 1 < len(lines) and len(lines[k + 1].text) <= 20 \
            and not owner_cell(lines[k + 1].text) and not ITEM.match(lines[k + 1].text):
        return k + 2
    return k + 1


def leader_row_end(lines: list[RawLine], k: int) -> int | None:
    """The line after a row that opens at line ``k`` with its task's text, then one or two
    leaders' names (祝振伟 / 沈  昱) and the units, each on a short line of its own, before the
    next row's task (a table 重点工作任务 | 牵头领导 | 牵头单位 with no row numbers)."""
    if not (k < len(lines) and _text_cell(lines[k].text) and len(lines[k].text) >= 10):
        return None
    j = k + 1
    while j < len(lines) and j - k <= 4 and len(lines[j].text) <= 20 and not _marked(lines[j].text):
        j += 1
    people, units = lines[k + 1 : j - 1], lines[j - 1].text if j - 1 > k else ""
    if not people or not all(_LEADER.fullmatch(p.text) for p in people) or j - k > 4:
        return None
    return j if owner_cell(units) or name_like(re.sub(r"（[^（）]*）$", "", units)) else None


_LEADER = re.compile(r"[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,2}")  # 祝振伟, 沈  昱: a person's name


def task_then_units(lines: list[RawLine], k: int) -> bool:
    """Does a row open at line ``k`` with its task's text, its units on the next line?"""
    return k + 1 < len(lines) and _text_cell(lines[k].text) and owner_cell(lines[k + 1].text)


def _new_row(lines: list[RawLine], k: int, status: int) -> bool:
    """Does the next row open at line ``k``: text right after a row's units, or, with a column of
    remarks after the units, text after that cell (正常 / 任务乙), or text whose own units follow
    (the remarks cell left empty)?"""
    if not status:
        return _text_after_units(lines, k)
    if _after_units(lines, k):
        return k + 1 < len(lines) and owner_cell(lines[k + 1].text)
    return _after_units(lines, k - 1) and not owner_cell(lines[k].text) and not _marked(lines[k].text)


def _after_units(lines: list[RawLine], k: int) -> bool:
    """Is line ``k`` a cell of text (a short one too: 正常) right after a line of units?"""
    return k > 0 and owner_cell(lines[k - 1].text) and not owner_cell(lines[k].text) and not _marked(lines[k].text)


def _marked(text: str) -> bool:
    return bool(ITEM.match(text) or GROUP_HEADING.match(text) or ROW_NUMBER.match(text))


def _text_after_units(lines: list[RawLine], k: int) -> bool:
    """Does line ``k`` hold text right after a line of units (——女性人均预期寿命延长。 after 省妇联)?"""
    text = lines[k].text
    return k > 0 and _text_cell(text) and owner_cell(lines[k - 1].text) and not _marked(text)


def _text_cell(text: str) -> bool:
    """Is a cell text (a task, a target), neither units nor a single name?"""
    return not owner_cell(text) and not name_like(text)
