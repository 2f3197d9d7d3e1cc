"""Tasks outside 专栏 boxes: paragraphs and enumerations that name their owners.

Action plans and 分工方案 write commitments as numbered paragraphs or headings followed by their
owners, in several forms:

- ``（三）推进XX。……（牵头单位：市发改委；配合单位：市财政局）`` — a bracket closing the paragraph;
- ``1.推进XX`` then a line ``牵头单位：区发改局 责任单位：立山经济开发区`` or ``部门分工：X牵头，Y配合``;
- ``一是推进XX（市人社局负责）。二是……`` — enumerations inside a paragraph;
- ``由发展改革委会同中央农办、农业部等部门研究提出落实意见`` — owners inside the sentence;
- (rows of a task table are read by :mod:`.table_tasks`).

Precision first: a paragraph becomes a task only when its owners are written; body text that
names nobody is not turned into tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lines as L
from .records import Task
from .owner_headings import OwnerHeadings, OwnerGroup
from .sentence_tasks import SentenceTasks
from .brackets import PAIRS, owner_brackets, trailing_bracket
from .labels import (INLINE_ITEM, OWNER_SENTENCE, body_owners, field_end, label_line, label_statements,
                     owner_line, person_clause, run_in_label, title_line_above)
from .responsibility import parse_owner_list
from .role_words import deadline_in, person_label, reading_note

_ENUM = re.compile(r"(?:^|(?<=[。；！]))\s*(?P<no>[一二三四五六七八九十]{1,3})是")
_SENTENCE_END = "。！？；"


_AMONG = re.compile(r"其中([^，。；：]{2,12})$")
_LEAD_IN = re.compile(r"(指出|提出|明确|要求|强调|部署|包括|如下)$")


@dataclass
class _Candidate:
    """A numbered paragraph or heading that may be a task once its owners are known."""

    number: str
    start: int  # normalised offset of the text after the number
    end: int
    section: str
    lines: list[L.Line] = field(default_factory=list)
    done: bool = False
    line: L.Line | None = None  # the line it starts on
    depth: int = 0  # 一、 0, （一） 1, 1. 2, （1） ① 3


def _leading_deadline(text: str) -> str:
    """2024年4月底前完成… → 2024年4月底前 (only a deadline that opens the text)."""
    return deadline_in(text[:12]) if text[:1].isdigit() else ""


_TASK_FIELD = re.compile(r"(项目名称|任务名称|事项名称|工作任务|重点任务|重点工作|项目)\s*：\s*")
_FIELD_ITEM = re.compile(r"(\d{1,3})[.．、]\s*(?=[\u4e00-\u9fa5])")  # 重点工作：135.统筹……: the record's own number


def _label_or_owner_line(text: str, line: L.Line, number) -> bool:
    skip = number[1] if number else 0
    return bool(label_line().match(line.text[skip:]) or OWNER_SENTENCE.match(text, line.start, line.end))


class BodyTasks(SentenceTasks, OwnerHeadings):
    """Feed the lines outside boxes in order; collects ``tasks``. ``ctx`` is the structure
    parser (spans, written text, owner lists, scope rules, what went unattached)."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.tasks: list[Task] = []
        self.candidate: _Candidate | None = None
        self.last_line: L.Line | None = None
        self.label_line: L.Line | None = None  # the last line that was only a label (牵头单位：X)
        self.label_task: Task | None = None  # the task that label gave owners to
        self.open_items: list[_Candidate] = []  # numbered items by depth: 1. above its (1) (2)
        self.siblings = 0  # sub-items in a row at the deepest depth that took no owners
        # (task, paragraph start, bracket) of a paragraph that took the title of the heading above
        self.lent: tuple[Task, int, int] | None = None
        self.group: OwnerGroup | None = None  # a heading named the owners of the items under it
        self.recent: list[L.Line] = []  # the last lines fed, this one last
        self.owned_line: L.Line | None = None  # the last line that held an owner statement

    # -- paragraphs ----------------------------------------------------------------------
    def feed(self, line: L.Line, number: tuple[str, int] | None, heading: bool) -> None:
        text = self.ctx.norm.text
        self.recent = (self.recent + [line])[-4:]
        if person_label().match(line.text):  # 牵头负责领导：张三 — a person, not a unit …
            later = run_in_label().search(text, line.start, line.end)
            if later is not None:  # … but a label after the name on the same line still counts
                self._label(line, later.start("label") if later.group("label") else later.start("after"))
            return
        previous = self.last_line
        skip = number[1] if number else 0
        if label_line().match(line.text[skip:]):  # 牵头单位：X, also numbered: （二）责任单位：X
            self._label(line, line.start + skip)
            return
        if self._group_heading(line, number, heading):
            self.last_line = line
            return
        c = self.candidate
        continued = not number and c is not None and c.number and not c.done  # 1.…。 / a paragraph going on
        # under 五、省发改委 a short （一）安排建设资金12亿元。 is one of its items, though it reads as a heading
        grouped = self.group is not None and (not heading or L.item_depth(line.text) > self.group.depth)
        if grouped and self.group.numbered_only and not number:
            grouped = False  # under 市卫生局 only its numbered items: other text ends the list unless it goes on an item
            if not continued:
                self.finish()
        if grouped and not continued and not _label_or_owner_line(text, line, number):
            self._close_group_item()  # under 省编办牵头的工作 each item or unnumbered paragraph is a task
            if not number:
                self.candidate = _Candidate("", line.start, line.end, self.ctx.section(), line=line)
                self.group.items.append(self.candidate)
        field = _TASK_FIELD.match(text, line.start, line.end) if not number and not heading else None
        if field and field.end() < line.end:  # 重点工作：135.统筹违法建设治理…… / 牵头单位：X: a labelled record
            item = _FIELD_ITEM.match(text, field.end(), line.end)
            self.candidate = _Candidate(item.group(1) if item else "", item.end() if item else field.end(), line.end,
                                        self.ctx.section(), line=line)
        if number:
            self.lent = None
            field = _TASK_FIELD.match(text, line.start + number[1], line.end)  # 01 项目名称：提升县域生态环境
            start = field.end() if field and field.end() < line.end else line.start + number[1]
            self.candidate = _Candidate(number[0], start, line.end, self.ctx.section(), line=line)
            level = L.item_depth(line.text)
            last = self.open_items[-1] if self.open_items else None
            self.siblings = self.siblings + 1 if last and last.depth == level and not last.done else 1
            self.open_items = [c for c in self.open_items if c.depth < level] + [self.candidate]
            self.candidate.depth = level
            if grouped:
                self.group.items.append(self.candidate)
        content = line.start + (number[1] if number else 0)
        rejected: list[tuple[int, int]] = []
        statements = owner_brackets(text, content, line.end, rejected)
        statements = sorted(statements + [st for st in label_statements(text, content, line.end)
                                          if not any(o <= st[0] <= c for o, c, _ in statements)])
        for o, c in rejected:
            self.ctx.unattached(o, c + 1, "bracket with role words whose units could not be read")
        if not statements and not number and not heading and (alone := owner_line(text, line)):
            statements = [(line.start, line.end, alone)]  # ……宣传解读。 / 市发改委牵头落实
        if not statements and not number and (self._quoted(line) or not heading and (
                self._run_in_sentences(line) or self._duty(line, line.start))):
            self.last_line = line
            return
        if not statements:
            if number and (not heading or line.text.endswith(("。", "；"))):  # （二）……，由X负责。: a heading that is an item
                self._inline(line)
            elif self.candidate and not self.candidate.done and not number:
                if not self._owner_line(line) and not self._closing_sentence(line):
                    self.candidate.lines.append(line)
            self.last_line = line
            return
        seg = content
        # A heading gives its title to the paragraph under it when that paragraph makes one
        # task; a paragraph of several owner statements titles each by its own sentences.
        single = number or sum(1 for _, _, owners in statements if owners.units) == 1 \
            or previous is not None and self.candidate is not None and previous is self.candidate.line \
            and "。" in previous.text and previous.text[-1:] not in _SENTENCE_END + "，：）"  # （二十八）加大扩权强县改革力度。完 / 善……（X）……（Y）
        for i, (o, c, owners) in enumerate(statements):
            if not owners.units:  # only a scope rule: it governs later tasks
                self.ctx.attach(None, text, owners)
            elif i == 0 and single and self._continues(line, number, previous) and self._own_title(content, o, len(statements)):
                lent = not number  # (directly under the heading, or after its unowned paragraphs)
                if not number:
                    self.candidate.lines.append(line)
                self._task_from_candidate(owners, (o, c))
                # a paragraph that opens with its own headline (消除市场分割。清理……) may give it back
                self.lent = (self.tasks[-1], line.start, o) if lent and L.BODY_PARAGRAPH.match(line.text) else None
            else:
                if self.lent is not None and i == 0 and not number:
                    self._retitle(*self.lent)  # a second paragraph under the heading: each titles itself
                self.lent = None
                self._segment_task(seg, o, owners, previous if i == 0 else None)
            seg = c + 1
        self.last_line = self.owned_line = line

    def _open_candidate(self, start: int, line: L.Line) -> None:
        self.candidate = _Candidate("", start, line.end, self.ctx.section(), line=line)

    def _retitle(self, task: Task, start: int, o: int) -> None:
        """The paragraph at ``start``, which opens with a headline sentence of its own, took its
        heading's title; a second paragraph with owners under the same heading shows the heading
        groups paragraphs: the headline is the title."""
        ctx, text = self.ctx, self.ctx.norm.text
        end = L.trim_end(text, start, o)
        title_end = L.trim_end(text, start, L.first_sentence_end(text, start, end))
        task.title, task.span = ctx.title_text(start, title_end), ctx.span(start, title_end)
        task.description = ctx.title_text(title_end, end).strip("。 ")
        task.description_span = ctx.span(title_end, end) if end > title_end + 1 else None

    def _continues(self, line: L.Line, number, previous: L.Line | None) -> bool:
        """Does the first owner statement of ``line`` close the open numbered item or heading:
        on its own line, or on the next line after a title-only heading or a wrapped line."""
        c = self.candidate
        if number:
            return True
        if c is None or c.done or previous is None:
            return False
        wrapped = previous.text[-1] not in _SENTENCE_END
        heading = L.short_title(c.line.text[c.start - c.line.start:])
        title_only = previous is c.line and heading
        # 一、建立工资支付保障制度 / 建立健全…。 / 及时调整…。 / 以建筑…为重点，…。（X负责）: the heading's
        # paragraphs took no owners of their own; the statement closing the last owns them all
        # (not when a line between is a sub-heading of its own, or this line opens with a number)
        section = heading and bool(c.lines) and previous is c.lines[-1] and not c.number.isdigit() \
            and not any(L.short_title(ln.text) for ln in c.lines) and not line.text[:1].isdigit()
        # （二十六）X。完成……。 / 研究提出……。（A、B负责）: the numbered item's body goes on in a paragraph
        numbered = bool(c.number) and previous is c.line
        return wrapped or title_only or section or numbered

    def _label(self, line: L.Line, start: int) -> None:
        """A label line (牵头单位：X 责任单位：Y): owners of the open item, or of the task the
        label line just before it gave owners to."""
        text = self.ctx.norm.text
        owners = self._label_owners(line, start)
        parent = self._parent() if owners else None
        if parent is not None:  # the owners of the item whose sub-items (1)(2)… came before
            self.candidate = parent
        if owners and self.candidate and not self.candidate.done:
            self._task_from_candidate(owners)
            self.label_task = self.tasks[-1]
        elif owners and self.candidate and self.label_task is not None and self.last_line is self.label_line:
            # 牵头单位：X on one line, 责任单位：Y on the next: both belong to the task
            self.ctx.attach(self.label_task, text, owners, scope=False)
        elif owners and owners.units and (title := title_line_above(self.recent, self.candidate, self.label_line)) is not None:
            # 明馨园小区 / 存在问题：…… / 责任单位：嵩阳街道: a title line with no number, its fields below
            self.candidate = _Candidate("", title.start, title.end, self.ctx.section(), line=title)
            self.candidate.lines = self.recent[self.recent.index(title) + 1 : -1]
            self._task_from_candidate(owners)
            self.label_task = self.tasks[-1]
        elif owners and owners.units and self._prose(self.last_line):
            # ……巩固完善医疗保险制度。新增筹资…… / 承办部门：市人社局: the paragraph above is the task
            above = self.last_line
            self.candidate = _Candidate("", above.start, above.end, self.ctx.section(), line=above)
            self._task_from_candidate(owners)
            self.label_task = self.tasks[-1]
        elif owners and owners.units:
            self.ctx.unattached(line.start, line.end, "label line with no task before it")
        self.label_line = line
        self.last_line = line

    def _prose(self, above: L.Line | None) -> bool:
        """Is ``above`` a paragraph of prose that named no owners (the task of an owner line under it)?"""
        return above is not None and above is not self.owned_line and above is not self.label_line \
            and (above.text.rstrip()[-1:] in "。；！" or "，" in above.text and len(above.text) >= 15) \
            and not L.item(above.text) and not L.heading(above.text) and not L.FIELD_START.match(above.text)

    def _label_owners(self, line: L.Line, start: int):
        """Owners of a label line (``牵头单位：X 责任单位：Y``, possibly in brackets)."""
        text, a = self.ctx.norm.text, start
        b = field_end(text, a, line.end)
        if text[a] in PAIRS and text[b - 1] == PAIRS[text[a]]:
            a, b = a + 1, b - 1
        note = trailing_bracket(text, a, b)
        rule = None
        if note and reading_note(text[note[0] + 1 : note[1]]):
            b = note[2]  # 责任单位：A、B（列第一位为牵头单位，下同）: a note, not a unit's other name
            rule = parse_owner_list(text, note[0] + 1, note[1])  # （以下均需X配合，不再列出）: a scope rule
        owners = parse_owner_list(text, a, b)
        if owners and rule:
            owners.scope += rule.scope
            owners.first_leads = owners.first_leads or rule.first_leads
        return owners if owners and owners.units else None

    def _task_from_candidate(self, owners, bracket: tuple[int, int] | None = None) -> None:
        c, ctx, text = self.candidate, self.ctx, self.ctx.norm.text
        end = c.end
        deadline = ""
        if bracket is None:
            tb = trailing_bracket(text, c.start, c.end)
            bracket = (tb[0], tb[1]) if tb else None
        elif L.trim_end(text, c.start, bracket[0]) <= c.start < bracket[1] < end:
            # （一）由X负责，Y配合，加快……。: the item opens with its owners; the task follows them
            c.start, bracket = bracket[1] + (text[bracket[1]] in "，,"), None
        cut = lambda a, b: b if not bracket or not a <= bracket[0] <= b else L.trim_end(text, a, bracket[0])  # noqa: E731
        if bracket:  # the owner (or deadline) bracket is not part of the title or description
            deadline = deadline_in(text[bracket[0] + 1 : bracket[1]])
        end = cut(c.start, end)
        title_end = L.trim_end(text, c.start, L.first_sentence_end(text, c.start, end))
        if c.number and not c.number.isdigit():
            title_end = L.heading_before_body(text, c.start, title_end)
        task = Task("", c.number, ctx.title_text(c.start, title_end), ctx.span(c.start, title_end), section=c.section)
        ranges = [(title_end, end)] + [(ln.start, cut(ln.start, ln.end)) for ln in c.lines]
        task.description = "".join(ctx.title_text(a, b) for a, b in ranges).strip("。 ")
        if ranges[-1][1] > title_end + 1:
            task.description_span = ctx.span(title_end, ranges[-1][1])
        task.deadline = deadline or _leading_deadline(task.title) or _leading_deadline(task.description)
        if self.group is not None and c in self.group.items:
            ctx.attach(task, text, self.group.owners, scope=False)  # the lead the heading named
        ctx.attach(task, text, owners)
        c.done = True
        self.tasks.append(task)

    def _segment_task(self, seg: int, o: int, owners, title_line: L.Line | None) -> None:
        """A task whose owner statement closes the text since the previous bracket of the same
        paragraph: its title is the last 一是… item in that text, else its first sentence, else
        a short title line standing just before the paragraph."""
        ctx, text = self.ctx, self.ctx.norm.text
        end = o
        while end > seg and text[end - 1] in " 。；，":
            end -= 1
        while seg < end and text[seg] in " 。；，":
            seg += 1
        person = person_clause().search(text, seg, end)
        if person:  # ……发展。 分管领导：某某 部门分工：… — the person is not the task
            end = L.trim_end(text, seg, person.start())
        number = ""
        inner = self._inner_title(seg, end)
        if inner:
            number, seg = inner
        else:  # a report quoting its task: ……其中明确指出：推进X，……
            colon = text.rfind("：", seg, end)
            among = _AMONG.search(text, seg, end)
            if colon > seg and end - colon > 4 and _LEAD_IN.search(text, max(seg, colon - 6), colon):
                seg = colon + 1
            elif among:  # ……市民政局汇总，其中生态修复（由X牵头）: the part named after 其中
                seg = among.start(1)
        if seg >= end:
            parent = self._parent()
            if parent is not None:  # 1.完善预案体系 / (1)… (2)… / (责任单位：…): the item the list belongs to
                self.candidate = parent
            if self.candidate is not None and not self.candidate.done:
                # an owner line of its own after the item's paragraphs closes the open item
                self._task_from_candidate(owners, (o, o + 1))
                return
            # a short title line, or the paragraph above (……宣传解读。 / 市人社局牵头落实)
            if title_line is not None and (L.short_title(title_line.text) and "：" not in title_line.text or self._prose(title_line)):
                seg, end = title_line.start, title_line.end
            else:
                ctx.unattached(o, o, "owner statement with no task text before it")
                return
        title_end = L.first_sentence_end(text, seg, end, ("，" if number and not number.isdigit() else ""))
        task = Task("", number, ctx.title_text(seg, title_end), ctx.span(seg, title_end), section=ctx.section())
        task.description = ctx.title_text(title_end, end).strip("，。 ")
        if end > title_end + 1:
            task.description_span = ctx.span(title_end, end)
        task.deadline = _leading_deadline(task.title)
        ctx.attach(task, text, owners)
        if self.candidate:
            self.candidate.done = True
        self.tasks.append(task)

    def _inner_title(self, start: int, end: int) -> tuple[str, int] | None:
        """(number, title start) of the last title-like unit inside text[start:end]: a 一是…
        item or a numbered heading run into the paragraph."""
        text = self.ctx.norm.text
        found = [(m.start(), m.group("no") + "是", m.end()) for m in _ENUM.finditer(text, start, end)]
        for m in INLINE_ITEM.finditer(text, start, end):
            if m.start() < start:
                continue
            gap = L.HEADING_THEN_SPACE.match(text, m.start("part"), end) if m.group("part") else None
            if gap:  # 一、加快完善法规制度 全面宣传……: the part's heading ends at the space, its first task begins
                found.append((m.start(), "", gap.end()))
            else:
                found.append((m.start(), m.group("sub") or m.group("part") or m.group("num") or m.group("dot"), m.end()))
        if not found:
            return None
        _, number, at = max(found)
        return number, at

    def _own_title(self, start: int, o: int, statements: int) -> bool:
        """Does the open item title the statement at ``o``: no numbered heading runs into its
        text, and no 一是…二是… that brackets of their own close (17、继续抓好X。一是…；二是…。（Y负责）)."""
        inner = self._inner_title(start, o)
        return inner is None or inner[0].endswith("是") and statements == 1

    def _parent(self) -> _Candidate | None:
        """The open item whose sub-items (1)(2)… came last, when none of them took owners."""
        items = self.open_items
        if len(items) >= 2 and self.siblings >= 2 and not items[-1].done and not items[-2].done \
                and items[-1].depth > items[-2].depth:
            return items[-2]
        return None

    def _owner_line(self, line: L.Line) -> bool:
        """A line that is only an owner sentence (由A、B，C负责落实) closes the open item; so does
        the line right under the item that opens with who carries it out (see :func:`.labels.body_owners`)."""
        text, c = self.ctx.norm.text, self.candidate
        m = OWNER_SENTENCE.match(text, line.start, line.end)
        owners = parse_owner_list(text, m.start("who"), m.end()) if m else None
        if owners and owners.units:
            self._task_from_candidate(owners)
            return True
        if self.last_line is c.line and self._sub_measures(line):
            return True
        owners = body_owners(text, line, self.last_line is c.line, L.short_title(c.line.text))
        if owners is not None:
            c.lines.append(line)  # the paragraph is the item's description
            self._task_from_candidate(owners)
            return True
        return False
