"""Task tables (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限), from any input format.

Readers write a table row as one line with tab-separated cells. A row whose cells name a task
column and an owner column is a header; the rows after it are tasks until a line that is not a
row. Title rows above the header are ignored; a row with a single filled cell (一、强化就业优先政策)
is a category that the following tasks sit under. Column meanings come from ``[table]`` in
``ontology/vocab.toml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..ontology import vocab
from . import lines as L
from .text import NormText


def cells(norm: NormText, line: L.Line) -> list[tuple[int, int]] | None:
    """Normalised [start, end) of each cell of a table row (tabs in the extracted text), or
    None if the line is not a row. Offsets of the whole line are used, so that an empty first
    cell keeps its column."""
    a = norm.text.rfind("\n", 0, line.start) + 1
    b = norm.text.find("\n", line.end)
    b = len(norm.text) if b < 0 else b
    if "\t" not in norm.text[a:b] and "\t" not in norm.original[norm.origin[a]:norm.origin[b]]:
        return None  # (most lines: no per-character look)
    # A tab of the original (normalised to a space), or one that layout repair put between cells
    tabs = [i for i in range(a, b) if norm.text[i] == "\t" or norm.original[norm.origin[i]] == "\t"]
    if not tabs:
        return None
    bounds = [a - 1] + tabs + [b]
    out = []
    for x, y in zip(bounds, bounds[1:]):
        x += 1
        while x < y and norm.text[x] == " ":
            x += 1
        while y > x and norm.text[y - 1] == " ":
            y -= 1
        out.append((x, y))
    return out


# A cell's own item number (1.地区生产总值…, （1）…): the row is an item, the cell is no group's name
CELL_ITEM = re.compile(r"(（\d{1,3}）|\(\d{1,3}\)|\d{1,3}[.．、])(?=[\u4e00-\u9fa5])")
_NEXT_ITEM = re.compile(r"[。；;\s]\s*2\s*[.．、](?=\D)")  # a cell's second numbered item
GROUP_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")


@functools.cache
def _vocab():
    return vocab()["table"]


def column_kind_exact(header: str) -> bool:
    """Is the header one of the vocabulary's column names (not only a name containing a word)?"""
    name = re.sub(r"（[^）]*）|\s", "", header)
    t = _vocab()
    return any(name in t[kind] for kind in ("number", "task", "lead", "co", "responsible", "deadline", "category", "target"))


@functools.lru_cache(maxsize=8192)  # asked of every short line of a document, many times
def column_kind(header: str) -> str | None:
    """What a header cell names: number, task, lead, co, responsible, deadline, category, person."""
    name = re.sub(r"（[^）]*）|\s", "", header)
    t = _vocab()
    for kind in ("number", "task", "lead", "co", "responsible", "deadline", "category", "target", "status"):
        if name in t[kind]:
            return kind
    if re.search(r"(数|数量|个数)$", name) and len(name) <= 10:
        return "target"  # 任务数, 项目个数: a count, not the task
    units_named = "单位" in name or "部门" in name  # 牵头单位及主要负责人: the units' column, their heads beside them
    for word, kind in sorted(t["contains"], key=lambda wk: units_named and wk[1] == "person"):
        if word in name and len(name) <= 10:
            return kind
    return None


@dataclass
class Layout:
    """Which column holds what (column indexes by kind, left to right)."""

    columns: dict[str, list[int]]

    def first(self, kind: str) -> int | None:
        found = self.columns.get(kind)
        return found[0] if found else None


def header(norm: NormText, line: L.Line, in_box: bool = False) -> Layout | None:
    """The layout of a task table if ``line`` is its header row. Inside a 专栏 box a table
    needs no owner column: each row is one of the box's commitments (类别 | 细分 | 重点任务)."""
    spans = cells(norm, line)
    if not spans:
        return None
    columns: dict[str, list[int]] = {}
    for i, (a, b) in enumerate(spans):
        kind = column_kind(norm.text[a:b])
        if kind:
            columns.setdefault(kind, []).append(i)
    tasks = columns.get("task", [])
    if len(tasks) >= 2 and re.sub(r"\s", "", norm.text[slice(*spans[tasks[0]])]) in _vocab()["name_columns"]:
        # 序号 | 名称 | 工作任务 | 主要责任单位: 财政收入 names the row's indicator, the task is beside it
        columns["category"] = sorted(columns.get("category", []) + [tasks[0]])
        columns["task"] = tasks[1:]
    if "task" not in columns and "target" in columns:  # 序号 | 2022年预期目标 | 责任单位
        columns["task"] = columns["target"][:1]
    owner_cols = [i for k in ("lead", "co", "responsible") for i in columns.get(k, [])]
    if not owner_cols and not (in_box and "task" in columns):
        return None
    owner_cols = owner_cols or [len(spans)]
    if "task" not in columns and ("number" in columns or "deadline" in columns):
        # 序号 | 民生实事 | 责任单位 | 时间节点: the unnamed text column before the owners is the task
        known = {i for cols in columns.values() for i in cols}
        unknown = [i for i, (a, b) in enumerate(spans) if i not in known and a < b and i < min(owner_cols)]
        if unknown:
            columns["task"] = unknown[:1]
    return Layout(columns) if "task" in columns else None


@dataclass
class Row:
    line: L.Line
    cells: list[tuple[int, int]]
    category: str = ""


@dataclass
class TaskTable:
    """Rows of one task table, turned into tasks when the table ends (see :func:`finish`)."""

    layout: Layout
    section: str
    rows: list[Row] = field(default_factory=list)
    category: str = ""
    box: object = None  # the 专栏 Box a table inside a box belongs to

    def add(self, norm: NormText, line: L.Line, spans: list[tuple[int, int]]) -> None:
        filled = [norm.text[a:b] for a, b in spans if a < b]
        if not filled:
            return
        if len(set(filled)) == 1 and len(spans) > 1 and not self._is_task_row(norm, spans):
            self.category = filled[0]  # 一、强化就业优先政策 across the table
            return
        self.rows.append(Row(line, spans, self.category))

    def _is_task_row(self, norm: NormText, spans) -> bool:
        col = self.layout.first("task")
        owners = [i for k in ("lead", "co", "responsible") for i in self.layout.columns.get(k, [])]
        filled = {i for i, (a, b) in enumerate(spans) if a < b}
        return col in filled and (any(i in filled for i in owners) or not owners)

    def title_columns(self, norm: NormText) -> tuple[int | None, int | None, int | None]:
        """(category column, title column, description column). Two task columns where the
        first repeats down the rows (a merged 重点任务 over its 具体措施) make the first a
        category."""
        task_cols = self.layout.columns.get("task", [])
        if len(task_cols) < 2:
            return self.layout.first("category"), (task_cols[0] if task_cols else None), None
        first, second = task_cols[0], task_cols[1]
        values = [self.cell(norm, r, first) for r in self.rows]
        repeats = any(a and a == b for a, b in zip(values, values[1:]))
        # 一、全年主要预期目标 over 1.地区生产总值: the first column's cells are group headings
        headings = any(GROUP_HEADING.match(v) for v in values)
        # 主要预期目标 over 1.地区生产总值 / 2.一般公共预算收入: merged down, empty below its first row
        merged = sum(1 for r, v in zip(self.rows, values) if not v and self.cell(norm, r, second)) > len(values) // 2
        # 全区…主要预期目标 | （1）地区生产总值增长6%左右。: the second column's cells are the numbered items
        seconds = [self.cell(norm, r, second) for r in self.rows]
        items = any(CELL_ITEM.match(v) for v in seconds) and not any(CELL_ITEM.match(v) for v in values) \
            and not any(_NEXT_ITEM.search(v) for v in seconds)  # 1.4月底前…… 2.8月底前……: a list of measures
        if repeats or headings or merged or items:
            return first, second, (task_cols[2] if len(task_cols) > 2 else None)
        return self.layout.first("category"), first, second

    @staticmethod
    def cell(norm: NormText, row: Row, col: int | None) -> str:
        if col is None or col >= len(row.cells):
            return ""
        a, b = row.cells[col]
        return norm.text[a:b]

    @staticmethod
    def cell_span(row: Row, col: int | None) -> tuple[int, int] | None:
        if col is None or col >= len(row.cells):
            return None
        return row.cells[col]


def empty_cell(text: str) -> bool:
    return text.strip() in _vocab()["empty_cells"] or not text.strip()
