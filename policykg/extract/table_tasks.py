"""Tasks of a finished task table (see :mod:`.tables`), one per row: the title from the task
column (or a merged cell above), owners from the 牵头/配合/责任 columns, the deadline, the group a
row sits under."""

from __future__ import annotations

import re

from . import lines as L
from .records import Task
from .responsibility import parse_owner_list
from .tables import TaskTable, empty_cell

# A cell's own item mark: 1., （1）, or the dash of a target listed under a goal (——女性人均预期寿命延长。)
_CELL_NUMBER = re.compile(r"(\d{1,3}\s*[.．、]|（\d{1,3}）|\(\d{1,3}\)|——)\s*(?=[\u4e00-\u9fa5\d])")


def table_tasks(ctx, table: TaskTable) -> list[Task]:
    """Tasks of ``table``; ``ctx`` is the structure parser (spans, written text, owners)."""
    norm = ctx.norm
    tasks: list[Task] = []
    cat_col, title_col, desc_col = table.title_columns(norm)
    lay = table.layout
    # In a box table every category column (类别 | 细分) names the row's group; an empty
    # cell is one merged down from the row above.
    cat_cols = lay.columns.get("category", []) if table.box is not None else [cat_col]
    last: dict[int | None, str] = {}
    task_cols = [c for c in lay.columns.get("task", []) if c != cat_col]
    owner_cols = [c for k in ("lead", "co", "responsible") for c in lay.columns.get(k, [])]
    above = None  # the title of the row above, for a title cell merged down over this row
    # An owner column left of the task column groups the rows (牵头单位 | 目标任务 | 责任单位):
    # its cell is merged down over the rows below, which show it empty.
    grouping = {c for c in owner_cols if title_col is not None and c < title_col}
    merged: dict[int, tuple[int, int]] = {}
    for row in table.rows:
        span = table.cell_span(row, title_col)
        if span is None or span[0] == span[1]:
            # the title cell is empty: another task column of the row holds the text, or
            # the cell was merged down from the row above (its owners are this row's own)
            spans = [table.cell_span(row, c) for c in task_cols if c != title_col]
            span = next((sp for sp in spans if sp and sp[0] < sp[1]), None)
            owned = any((sp := table.cell_span(row, c)) and sp[0] < sp[1] for c in owner_cols)
            if span is None and owned and table.box is None:
                span = above
        if span is None:
            continue
        above = span
        cats = []
        for col in cat_cols:
            value = table.cell(norm, row, col) or (last.get(col, "") if table.box is not None else "")
            last[col] = value
            cats.append(value)
        section = " / ".join(x for x in (table.section, row.category, *cats) if x)
        number = table.cell(norm, row, lay.first("number"))
        box_no = table.box.number if table.box is not None else ""
        span = (span[0], max(span[0] + 1, L.trim_end(norm.text, *span)))  # 建设四好农村路55公里。: no 。 in a title
        mark = _CELL_NUMBER.match(norm.text, *span)
        rest = None  # a numbered paragraph in the cell: its first sentence is the title, as in the body
        if mark and mark.end() < span[1]:  # 1.地区生产总值, （1）…: the cell's own item number is not the title
            span = (mark.end(), span[1])
            stop = norm.text.find("。", *span)
            if 0 < stop - span[0] <= 40 and stop + 1 < span[1]:
                span, rest = (span[0], stop), (stop + 1, span[1])
        task = Task(box_no, "" if empty_cell(number) else number, ctx.title_text(*span), ctx.span(*span), section=section)
        task.description = table.cell(norm, row, desc_col)
        dspan = table.cell_span(row, desc_col)
        if rest and not task.description:
            task.description, dspan = ctx.title_text(*rest), rest
        if dspan and dspan[0] < dspan[1]:
            task.description_span = ctx.span(*dspan)
        deadline = table.cell(norm, row, lay.first("deadline"))
        task.deadline = "" if empty_cell(deadline) else deadline
        # a 责任单位 column beside a 协办/配合 column and no 牵头 column is the lead
        responsible = "lead" if "co" in lay.columns and "lead" not in lay.columns else "co"
        for kind, role in (("lead", "lead"), ("co", "co"), ("responsible", responsible)):
            for col in lay.columns.get(kind, []):
                cspan = table.cell_span(row, col)
                if col in grouping:
                    if cspan and not empty_cell(norm.text[cspan[0]:cspan[1]]):
                        merged[col] = cspan
                    else:
                        cspan = merged.get(col)
                if cspan and not empty_cell(norm.text[cspan[0]:cspan[1]]):
                    owners = parse_owner_list(norm.text, cspan[0], cspan[1], default_role=role)
                    if owners and _PROSE.search(norm.text, *cspan) and not owners.all_known():
                        owners = None  # ——到2020年，…两癌死亡率降低。: sentences a page's layout put in the column
                    if owners:
                        ctx.attach(task, norm.text, owners, scope=False, responsible=kind == "responsible")
                    else:  # nothing dropped silently: the cell is reported with its row
                        ctx.unattached(cspan[0], cspan[1], "owner cell whose units could not be read")
        ctx.apply_scope(task)
        tasks.append(task)
    return _without_group_rows(tasks, owner_cols)


_PROSE = re.compile(r"[。；]|——")


def _style(number: str) -> str:
    return "bracketed" if number[:1] in "（(" else "digits" if number[:1].isdigit() else number[:1]


def _without_group_rows(tasks: list[Task], owner_cols) -> list[Task]:
    """A row with no owner in a table that has owner columns, right above rows that have owners
    and are numbered another way (1 | 大力提振消费。 | | over （8） （9） with their owners), heads
    those rows: it names their group, it is no task of its own."""
    if not owner_cols:
        return tasks
    out = []
    for k, task in enumerate(tasks):
        nxt = tasks[k + 1] if k + 1 < len(tasks) else None
        if not task.responsibilities and nxt is not None and nxt.responsibilities and task.item_no \
                and nxt.item_no and _style(task.item_no) != _style(nxt.item_no):
            for later in tasks[k + 1 :]:
                if later.item_no and _style(later.item_no) != _style(nxt.item_no):
                    break
                later.section = " / ".join(x for x in (later.section, task.title) if x)
            continue
        out.append(task)
    return out
