"""Tasks outside 专栏 boxes: paragraphs and enumerations that name their owners, and task tables.

Action plans and 分工方案 write commitments as numbered paragraphs or headings followed by their
owners, in several forms:

- ``（三）推进XX。……（牵头单位：市发改委；配合单位：市财政局）`` — a bracket closing the paragraph;
- ``1.推进XX`` then a line ``牵头单位：区发改局 责任单位：立山经济开发区`` or ``部门分工：X牵头，Y配合``;
- ``一是推进XX（市人社局负责）。二是……`` — enumerations inside a paragraph;
- ``由发展改革委会同中央农办、农业部等部门研究提出落实意见`` — owners inside the sentence;
- rows of a task table (see :mod:`.tables`).

Precision first: a paragraph becomes a task only when its owners are written; body text that
names nobody is not turned into tasks.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..ontology import vocab
from . import lines as L
from .records import Task
from .responsibility import bracket_owners, deadline_in, parse_owner_list, trailing_bracket
from .tables import TaskTable, empty_cell

_ENUM = re.compile(r"(?:^|(?<=[。；！]))\s*(?P<no>[一二三四五六七八九十]{1,3})是")
_SENTENCE_END = "。！？；"
_INLINE = re.compile(r"由(?P<who>[^，。；：]{2,80}?)(?=牵头负责|牵头|负责|组织|研究|推进|制定|开展|实施|指导|统筹)")


@functools.cache
def _label_line():
    roles = vocab()["roles"]
    words = sorted(roles["lead_labels"] + roles["co_labels"] + roles["neutral_labels"], key=len, reverse=True)
    return re.compile(rf"^（?({'|'.join(map(re.escape, words))})\s*：")


@dataclass
class _Candidate:
    """A numbered paragraph or heading that may be a task once its owners are known."""

    number: str
    start: int  # normalised offset of the text after the number
    end: int
    section: str
    lines: list[L.Line] = field(default_factory=list)
    done: bool = False


def _leading_deadline(text: str) -> str:
    """2024年4月底前完成… → 2024年4月底前 (only a deadline that opens the text)."""
    return deadline_in(text[:12]) if text[:1].isdigit() else ""


def _without_bracket(text: str, line: L.Line) -> tuple[int, int]:
    tb = trailing_bracket(text, line.start, line.end)
    return (line.start, tb[2]) if tb else (line.start, line.end)


def _first_sentence(text: str, start: int, end: int) -> int:
    """End of the title: the first 。/：/；, else the whole range."""
    for i in range(start, end):
        if text[i] in "。：；！？":
            return i
    return end


class BodyTasks:
    """Feed the lines outside boxes in order; collects ``tasks``. ``ctx`` is the structure
    parser (spans, written text, owner lists, scope rules)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.tasks: list[Task] = []
        self.candidate: _Candidate | None = None
        self.last_line: L.Line | None = None
        self.label_line: L.Line | None = None  # the last line that was only a label (牵头单位：X)
        self.label_task: Task | None = None  # the task that label gave owners to

    # -- paragraphs ----------------------------------------------------------------------
    def feed(self, line: L.Line, number: tuple[str, int] | None, heading: bool) -> None:
        text = self.ctx.norm.text
        if number:
            self.candidate = _Candidate(number[0], line.start + number[1], line.end, self.ctx.section())
            if self._enumeration(line):
                self.last_line = line
                return
        label = _label_line().match(line.text)
        if label and not number:
            owners = self._label_owners(line)
            if owners and self.candidate and not self.candidate.done:
                self._task_from_candidate(owners)
                self.label_task = self.tasks[-1]
            elif owners and self.candidate and self.label_task is not None and self.last_line is self.label_line:
                # 牵头单位：X on one line, 责任单位：Y on the next: both belong to the task
                named = {r.owner.name for r in self.label_task.responsibilities}
                owners.units = [u for u in owners.units if u.name not in named]
                self.ctx.attach(self.label_task, text, owners, scope=False)
            self.label_line = line
            self.last_line = line
            return
        tb, owners = bracket_owners(text, line.start, line.end)
        if owners and not owners.units:
            self.ctx.attach(None, text, owners)  # only a scope rule: it governs later tasks
        elif owners:
            continues = number is None and self.candidate and not self.candidate.done and self.last_line is not None \
                and self.last_line.text[-1] not in _SENTENCE_END
            if number or continues:
                if not number:
                    self.candidate.lines.append(line)
                self._task_from_candidate(owners)
            else:
                self._paragraph_task(line, tb, owners)
        elif number and not heading:
            self._inline(line)
        elif self.candidate and not self.candidate.done and not number:
            self.candidate.lines.append(line)
        self.last_line = line

    def _label_owners(self, line: L.Line):
        """Owners of a label line (``牵头单位：X 责任单位：Y``, possibly in brackets)."""
        text, a, b = self.ctx.norm.text, line.start, line.end
        if text[a] == "（" and text[b - 1] == "）":
            a, b = a + 1, b - 1
        owners = parse_owner_list(text, a, b)
        return owners if owners and owners.units else None

    def _task_from_candidate(self, owners) -> None:
        c, ctx, text = self.candidate, self.ctx, self.ctx.norm.text
        end = c.end
        bracket = trailing_bracket(text, c.start, c.end)
        deadline = ""
        if bracket:  # the owner (or deadline) bracket is not part of the title or description
            end = bracket[2]
            deadline = deadline_in(text[bracket[0] + 1 : bracket[1]])
        title_end = _first_sentence(text, c.start, end)
        while title_end > c.start and text[title_end - 1] in " 。；":
            title_end -= 1
        task = Task("", c.number, ctx.title_text(c.start, title_end), ctx.span(c.start, title_end), section=c.section)
        ranges = [(title_end, end)] + [_without_bracket(text, ln) for ln in c.lines]
        task.description = "".join(ctx.title_text(a, b) for a, b in ranges).strip("。 ")
        if ranges[-1][1] > title_end + 1:
            task.description_span = ctx.span(title_end, ranges[-1][1])
        task.deadline = deadline or _leading_deadline(task.title) or _leading_deadline(task.description)
        ctx.attach(task, text, owners)
        c.done = True
        self.tasks.append(task)

    def _paragraph_task(self, line: L.Line, tb, owners) -> None:
        ctx, text = self.ctx, self.ctx.norm.text
        end = _first_sentence(text, line.start, tb[2])
        task = Task("", "", ctx.title_text(line.start, end), ctx.span(line.start, end), section=ctx.section())
        task.description = ctx.title_text(end, tb[2]).strip("。 ")
        if tb[2] > end + 1:
            task.description_span = ctx.span(end, tb[2])
        ctx.attach(task, text, owners)
        self.tasks.append(task)

    def _inline(self, line: L.Line) -> None:
        """由X会同Y…负责 inside a numbered paragraph that has no owner bracket."""
        text = self.ctx.norm.text
        m = _INLINE.search(text, line.start, line.end)
        if m:
            owners = parse_owner_list(text, m.start("who"), m.end("who"))
            if owners and owners.units:
                self._task_from_candidate(owners)

    def _enumeration(self, line: L.Line) -> bool:
        """一是…（X负责）。二是…: each item that names its owners is a task."""
        ctx, text = self.ctx, self.ctx.norm.text
        marks = list(_ENUM.finditer(text, line.start, line.end))
        found = False
        for m, nxt in zip(marks, marks[1:] + [None]):
            seg_end = nxt.start() if nxt else line.end
            tb, owners = bracket_owners(text, m.end(), seg_end)
            if not owners or not owners.units:
                continue
            end = m.end()
            while end < tb[2] and text[end] not in "，。；：":
                end += 1
            task = Task("", m.group("no") + "是", ctx.title_text(m.end(), end), ctx.span(m.end(), end), section=ctx.section())
            task.description = ctx.title_text(end, tb[2]).strip("，。 ")
            if tb[2] > end + 1:
                task.description_span = ctx.span(end, tb[2])
            ctx.attach(task, text, owners)
            self.tasks.append(task)
            found = True
        if found and self.candidate:
            self.candidate.done = True
        return found

    # -- tables --------------------------------------------------------------------------
    def table(self, table: TaskTable) -> None:
        """Tasks of a finished task table, one per row."""
        ctx, norm = self.ctx, self.ctx.norm
        cat_col, title_col, desc_col = table.title_columns(norm)
        lay = table.layout
        for row in table.rows:
            span = table.cell_span(row, title_col)
            if span is None or span[0] == span[1]:
                continue
            section = " / ".join(x for x in (table.section, row.category, table.cell(norm, row, cat_col)) if x)
            number = table.cell(norm, row, lay.first("number"))
            task = Task("", "" if empty_cell(number) else number, ctx.title_text(*span), ctx.span(*span), section=section)
            task.description = table.cell(norm, row, desc_col)
            dspan = table.cell_span(row, desc_col)
            if dspan and dspan[0] < dspan[1]:
                task.description_span = ctx.span(*dspan)
            deadline = table.cell(norm, row, lay.first("deadline"))
            task.deadline = "" if empty_cell(deadline) else deadline
            for kind, role in (("lead", "lead"), ("co", "co"), ("responsible", "co")):
                for col in lay.columns.get(kind, []):
                    cspan = table.cell_span(row, col)
                    if cspan and not empty_cell(norm.text[cspan[0]:cspan[1]]):
                        owners = parse_owner_list(norm.text, cspan[0], cspan[1], default_role=role)
                        if owners:
                            ctx.attach(task, norm.text, owners, scope=False)
            ctx.apply_scope(task)
            self.tasks.append(task)
