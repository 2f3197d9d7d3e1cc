"""Tables that copying broke into one cell per line (``序号`` / ``重点任务`` / ``牵头单位`` / ``1`` /
``任务甲`` / ``市发改委`` …, often with blank lines or a trailing `` |`` after each cell), as rows again:
the header from the column vocabulary, rows by their numbers, each cell placed in its column by
its content (:func:`.pasted_tables.place`). Used by :mod:`.layout`, which applies the joins.
"""

from __future__ import annotations

import re

from .item_rows import ITEM, first_item, grouped_task_rows, item_rows, leader_row_end, task_col, task_then_units
from .names import name_like
from .pasted_tables import OWNER_KINDS, ROW_NUMBER, RawLine, owner_cell, place, row_number, unit_names
from .tables import GROUP_HEADING, column_kind, column_kind_exact

# Words that name a column a table reader does not use (进展情况, 备注, 是否完成 …).
_HEADER_WORDS = re.compile(r"(情况|说明|备注|进度|进展|完成|是否|时间|时限|标准|要求|依据|方式|内容|目标|指标|单位|类别|数量|金额|投资|规模|地点|领导|序)")
_UNIT_WORDS = re.compile(r"..(部门|单位|科室|处室)$")  # 评分部门; not 单位 (of measure)
_GOES_ON = re.compile(r"^(?:[②-⑳]|[（(](?:[2-9]|\d{2})[)）])")
_PART = re.compile(r"^[一二三四五六七八九十]{1,3}、")  # a part heading: 二、全力以赴扩投资
_MEASURE_HEADERS = {"单位", "计量单位", "单 位"}


def table_joins(lines: list[RawLine]) -> tuple[dict[int, str], set[int], list[tuple[int, int, str]]]:
    """RawLine index → what replaces the gap after it ("\t" between cells of one row, "、" inside a
    cell written over two lines), the lines of tables (whose trailing cell marks go), and edits
    that move a two-level header's lower names into their place."""
    joins: dict[int, str] = {}
    table_lines: set[int] = set()
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines):
        kinds, glued = _header(lines, i)
        if not kinds:
            i += 1
            continue
        width = len(kinds) + len(glued)  # header lines
        for k in range(i, i + width - 1):
            joins[k] = "" if k - i in glued else "\t"
        kinds = _lower_names(lines, i, kinds, glued, joins, edits)
        if "number" not in kinds and _numbers_follow(lines, i + width) and first_item(lines, i + width, kinds) is None:
            # 工作任务 | 具体要求 | 责任科室 over 强化…公开 | 1 | 对行政规范性文件… | 办公室: the rows' numbers
            # stand after the first column, which the header does not name
            kinds = kinds[:1] + ["number"] + kinds[1:]
            edits.append((lines[i].end, lines[i].end, "\t序号"))
        unnumbered = not any(ROW_NUMBER.match(ln.text) for ln in lines[i + width : i + width + 4])
        if "number" in kinds and not (unnumbered and (task_then_units(lines, i + width)
                                                       or "person" in kinds and leader_row_end(lines, i + width))):
            end = _rows(lines, i + width, kinds, joins)
        else:
            end = item_rows(lines, i + width, kinds, joins, 0)
        table_lines.update(range(i, end))
        i = end
    return joins, table_lines, edits


def _lower_names(lines: list[RawLine], i: int, kinds: list[str], glued: set[int], joins: dict[int, str],
                 edits: list[tuple[int, int, str]]) -> list[str]:
    """A two-level header pasted one cell per line gives its upper names first and the lower ones
    last (序号 / 重点工作 / 具体任务分解 / … / 备注 / 工作内容 / 主要任务; 序号 / 重点任务 / 责任单位 /
    完成时限 / 牵头单位 / 配合单位). Names at the end that split an upper column (task names after
    the owner columns; 牵头/配合 after a 责任单位 and another column) take its place: the
    header line is rewritten so, and the kinds of the columns returned."""
    names: list[tuple[int, int]] = []  # (first line, last line) of each header name
    k = i
    for n in range(len(kinds)):
        last = k + 1 if (k - i) in glued else k
        names.append((k, last))
        k = last + 1
    tail, upper = len(kinds), None
    while tail > 0 and kinds[tail - 1] == "task":
        tail -= 1
    if len(kinds) - tail >= 2 and "task" in kinds[:tail] and OWNER_KINDS & set(kinds[:tail]):
        upper = kinds.index("task")
    else:
        tail = len(kinds)
        while tail > 0 and kinds[tail - 1] in ("lead", "co"):
            tail -= 1
        before = kinds[:tail]
        if len(kinds) - tail >= 2 and "responsible" in before and not {"lead", "co"} & set(before) \
                and before.index("responsible") < tail - 1:
            upper = before.index("responsible")
    if upper is None:
        return kinds
    lower = names[tail:]
    text = "\t".join("".join(lines[k].text for k in range(a, b + 1)) for a, b in lower)
    a, b = names[upper]
    edits.append((lines[a].start, lines[b].end, text))
    for x, y in lower:  # the lower names leave the end of the header line
        for k in range(x, y + 1):
            edits.append((lines[k].start, lines[k].end, ""))
            joins[k - 1] = ""
    return kinds[:upper] + kinds[tail:] + kinds[upper + 1 : tail]


def _header(lines: list[RawLine], i: int) -> list[str]:
    """Column kinds if a one-cell-per-line table header starts at line ``i``: short lines
    naming columns, with 序号 among them (rows are found by their numbers), a task column and
    an owner column. A column of units that are not owners (评分部门) is a "sink"."""
    if column_kind(lines[i].text) not in ("number", "task", "category", "person"):
        return [], set()
    kinds: list[str] = []
    glued: set[int] = set()  # header lines (from i) that go on in the next: 牵头 / 部门, 完成 / 时间
    k = i
    while k < min(len(lines), i + 14):
        text = lines[k].text
        if len(re.sub(r"\s", "", text)) > 12 or ROW_NUMBER.match(text):  # (目   标   与   任   务: a name spaced out)
            break
        if k + 1 < len(lines) and _split_name(text, lines[k + 1].text):
            glued.add(k - i)
            text += lines[k + 1].text
            k += 1
        kind = column_kind(text) or ("sink" if _UNIT_WORDS.search(text) else "measure" if text in _MEASURE_HEADERS else "")
        if not kind and not _HEADER_WORDS.search(re.sub(r"\s", "", text)) and not _before_owner_column(lines, k):
            break  # 农业高质高效: a value (a group name before the first row), not a column name
        kinds.append(kind)
        k += 1
    rows_follow = _rows_follow(lines, k, kinds)
    while kinds and not kinds[-1] and not rows_follow:  # unnamed lines after the header: not columns
        kinds.pop()
    if not {"task", "target"} & set(kinds) or not OWNER_KINDS & set(kinds):
        return [], set()
    if "number" not in kinds and first_item(lines, k, kinds) is None and not _numbers_follow(lines, k) \
            and not grouped_task_rows(lines, k):
        return [], set()  # no 序号: rows open with a numbered task cell (1.始终做到忠诚于党。…) or a task and its units
    return kinds, glued


def _rows_follow(lines: list[RawLine], k: int, kinds: list[str]) -> bool:
    """Do rows begin at line ``k``, after at most four group lines (强化科技创新支撑能力。/ （一） /
    加强战略科技力量建设。)?"""
    for j in range(k, min(len(lines), k + 5)):
        if ROW_NUMBER.match(lines[j].text) or ({"task", "target"} & set(kinds) and first_item(lines, j, kinds) is not None):
            return True
        if len(lines[j].text) > 40:
            return False
    return False


def _numbers_follow(lines: list[RawLine], k: int) -> bool:
    """Do lone row numbers 1 and 2 follow within the next lines (after a group line)?"""
    numbers = [row_number(ln.text) for ln in lines[k : k + 40] if ROW_NUMBER.match(ln.text)]
    return numbers[:2] == [1, 2] and any(ROW_NUMBER.match(ln.text) for ln in lines[k : k + 3])


def _before_owner_column(lines: list[RawLine], k: int) -> bool:
    """Is a short line no vocabulary names (区本级 / 任务数) a column name all the same, because
    an owner column's name follows within three lines?"""
    if not re.fullmatch(r"[\u4e00-\u9fa5]{2,6}", lines[k].text):
        return False
    return any(column_kind(ln.text) in OWNER_KINDS for ln in lines[k + 1 : k + 4] if len(ln.text) <= 12)


def _split_name(first: str, second: str) -> bool:
    """Is a column name broken over two header lines (牵头 / 部门, 完成 / 时间, 区本级 / 任务数)?
    Only when the two make a name the vocabulary knows and either half alone is not one, or
    when a count (…数) follows a word that names no column."""
    if re.fullmatch(r"（[^（）]{1,8}）", second) and not GROUP_HEADING.fullmatch(second) or second in ("时间", "日期", "时限") and len(first) <= 4 and column_kind(first) is None:
        return True  # 总投资 / （万元）, 开工 / 时间: one column's name over two lines
    whole = column_kind(first + second)
    if whole in ("target", "person") and column_kind(first) is None and not _HEADER_WORDS.search(first) \
            and len(first) <= 4:
        return True  # 区本级 / 任务数, 市政府 / 分管领导: one column
    return whole is not None and column_kind_exact(first + second) and (
        not column_kind_exact(first) or column_kind(second) is None)


def _rows(lines: list[RawLine], i: int, kinds: list[str], joins: dict[int, str]) -> int:
    """Join the cells of each row after a header; rows open with their 序号. Returns the index
    of the first line after the table."""
    number_col, width = kinds.index("number"), len(kinds)
    expected, group, pre, jumped = None, False, None, False
    while i < len(lines) and (ROW_NUMBER.match(lines[i].text) or expected is None or _group_line(lines, i)):
        if number_col > 0 and expected is None and i + 1 < len(lines) and ROW_NUMBER.match(lines[i + 1].text) \
                and not unit_names(lines[i].text) and not _PART.match(lines[i].text):
            pre, i = i, i + 1  # the first row's own group cell, before its number (a column before 序号)
            continue
        if not ROW_NUMBER.match(lines[i].text):  # 农业高质高效 / 二、扩投资: a group before its rows
            joins.setdefault(i - 1, "\n")  # (a cell mark between the header and the group goes)
            if i + 1 < len(lines) and not ROW_NUMBER.match(lines[i + 1].text):
                joins[i] = "\t\n"  # a group with no rows of its own is a category row too
            i, group = i + 1, True
            continue
        number = row_number(lines[i].text)
        if expected is not None and number != expected and not ((group or jumped) and number > expected):
            break  # (rows of a group may be a selection: 3, then 68 under a later group)
        end, backed = i + 1, False
        jump_ok, later = True, False
        sub = None  # the item number the row's task cell opens with (1.地区生产总值…)
        while end < len(lines) and end - i < 3 * width + 12 and not (ROW_NUMBER.match(lines[end].text)
                                                              and row_number(lines[end].text) == number + 1):
            if _PART.match(lines[end].text):
                jump_ok = False  # 二、全力以赴扩投资: a group heading; later rows are the group's, not this row's
            if jump_ok and _later_row(lines, end, number, end - i - 1, width - number_col - 1):
                later = True  # the next row is a later one of the list (6, then 52)
                break
            item = ITEM.match(lines[end].text)
            if item and sub is not None and int(item.group(1)) == sub + 1:
                break  # 2.一般公共预算收入…: a row under the same 序号, its first cells merged
            if item and sub is None:
                sub = int(item.group(1))
            end += 1
        if end >= len(lines) or not (ROW_NUMBER.match(lines[end].text) or ITEM.match(lines[end].text)):
            limit, k = i + width - number_col, i + 2
            while k < min(end, limit):
                limit += bool(_GOES_ON.match(lines[k].text))  # ②完成…… ③……: more of the cell before it
                k += 1
            end = min(end, limit)  # the last row: no more cells than columns (a cell's ② ③ lines aside) …
            while end < len(lines) and end - i < 3 * width and _unit_line(lines[end].text) and kinds[-1] in OWNER_KINDS:
                end += 1  # … but its last cell of units goes on over lines (经开区 / 高新园 / （邹区镇） / 各街道)
        elif number_col > 0 and end - i - 1 > width - number_col - 1 and not unit_names(lines[end - 1].text):
            end, backed = end - 1, True  # more cells than columns after 序号: the last is the next row's group
        if i > 0 and pre == i - 1:  # this row's group cell stands before its number
            if i >= 2:
                joins[i - 2] = "\n"
            joins[i - 1] = "\t" * number_col
        elif i > 0:  # a fresh line for the row (cell marks between rows go); columns before 序号 empty
            joins[i - 1] = ("\t" if group else "") + "\n" + "\t" * number_col  # a group line is a category row
        group = False
        placed = _align(lines, i, end, kinds, number_col, joins)
        pre = end if backed else None
        jumped = later and not backed
        expected, i = number + 1, end + backed
        if end < len(lines) and ITEM.match(lines[end].text) and not ROW_NUMBER.match(lines[end].text):
            # the rows under this 序号 start in the column of this row's numbered cell
            col = next((c for k, c in placed.items() if ITEM.match(lines[k].text)), task_col(kinds))
            i = item_rows(lines, end, kinds, joins, col, stop=number + 1)
    return i


def _later_row(lines: list[RawLine], k: int, number: int, cells: int, columns: int) -> bool:
    """Does a row with a later number start at line ``k`` (rows 6, 52, 53: one office's share of
    a county's list)? The row so far lacks at most one cell, and a task, not a value, follows."""
    if not ROW_NUMBER.match(lines[k].text) or row_number(lines[k].text) <= number + 1 or cells < columns - 1:
        return False
    nxt = lines[k + 1].text if k + 1 < len(lines) else ""
    return len(nxt) >= 6 and not ROW_NUMBER.match(nxt) and not owner_cell(nxt) and not _WHEN_CELL.search(nxt)


_WHEN_CELL = re.compile(r"^\d{4}年|^\d{1,2}月")


def _group_line(lines: list[RawLine], i: int) -> bool:
    """A group heading between rows (二、全力以赴扩投资): a 一、 line followed, after any more
    such lines, by a row number."""
    k = i
    while k < len(lines) and _PART.match(lines[k].text) and k - i < 8:
        k += 1
    return k > i and k < len(lines) and bool(ROW_NUMBER.match(lines[k].text))


def _align(lines: list[RawLine], i: int, end: int, kinds: list[str], number_col: int,
           joins: dict[int, str]) -> dict[int, int]:
    """Put the cells lines[i+1:end] of the row numbered at line ``i`` in their columns; returns
    the column of each line."""
    cells = list(range(i + 1, end))
    columns = place([lines[k].text for k in cells], kinds, number_col + 1)
    for prev, k, col_prev, col in zip([i] + cells, cells, [number_col] + columns, columns):
        same = "" if _NOTE_LINE.fullmatch(lines[k].text) else "、"  # 高新园 / （邹区镇）: the unit's other name
        joins[prev] = same if col == col_prev else "\t" * (col - col_prev)
    return dict(zip(cells, columns))


_NOTE_LINE = re.compile(r"（[^（）]{1,10}）")


def _unit_line(text: str) -> bool:
    """Is a line one more unit of a cell written one unit a line (统计局, （邹区镇）)?"""
    return len(text) <= 15 and (owner_cell(text) or name_like(text) or bool(_NOTE_LINE.fullmatch(text)))
