"""Plan structure: headings, 专栏 boxes and the numbered items inside them.

A box opens at ``专栏 N 标题`` and ends at the next heading, the next box, a note (注：) or where
body text resumes after its items. Items in indicator tables (主要指标) become Indicators;
other items become Tasks with their owners parsed from the trailing bracket.
"""

from __future__ import annotations


import functools
import re
from dataclasses import dataclass, field, replace

from ..ontology import vocab
from . import lines as L
from . import tables as T
from .body import BodyTasks
from .table_tasks import table_tasks
from .indicator_tables import read_table
from .records import Box, Heading, Indicator, IndicatorValue, Owner, Responsibility, Span, Task, Unattached
from .brackets import bracket_owners, trailing_bracket
from .names import CLOSE, OPEN
from .responsibility import OwnerList
from .role_words import first_leads_rule, responsible_leads_rule, separate_leads_rule
from .text import NormText

# The rest of a unit's clause up to 分别负责 (A、B、C分别负责): see StructureParser.separate_leads.
_SEPARATELY = re.compile(r"[^，；。（）]*?分别负责")
# Marker line a spreadsheet reader writes before each sheet of a workbook.
SHEET = re.compile(r"^【工作表：(.+)】$")


@functools.cache
def _unit_rx():
    return re.compile(vocab()["indicator"]["unit_pattern"])


@dataclass
class _Item:
    number: str
    line: L.Line
    text_start: int  # normalised offset where the title text begins (after the number)
    end: int  # normalised end of the (possibly wrapped) title
    description: list[str] = field(default_factory=list)
    desc_range: tuple[int, int] | None = None  # normalised range of the description lines


@dataclass
class _OpenBox:
    box: Box
    items: list[_Item] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    two_digit: bool = False
    paragraphs: bool = False  # items are unnumbered paragraphs, each closed by its owner bracket
    lines: list = field(default_factory=list)  # every line after the title (an indicator table's rows)


class StructureParser:
    """One pass over the lines of a document. Use :func:`parse_structure`."""

    def __init__(self, norm: NormText, source: str):
        self.norm, self.source = norm, source
        self.lines = L.split_lines(norm)
        self.headings: list[Heading] = []
        self.boxes: list[Box] = []
        self.warnings: list[str] = []
        self.path: dict[str, str] = {}
        self.open: _OpenBox | None = None
        self.table: T.TaskTable | None = None
        self.body = BodyTasks(self)
        self.scope: list[Owner] = []  # owners of scope rules met so far
        self.first_leads: Span | None = None  # a declared 列第一位者为牵头单位 in force
        self.responsible_leads: Span | None = None  # a declared 无牵头单位的，责任单位即为牵头单位 in force
        self.separate_leads: Span | None = None  # a declared 分别负责为各单位按职责分别牵头 in force
        # per task: owners a 责任单位 label named, which lead if a co label follows
        self.responsible: dict[int, list[int]] = {}
        self.unattached_statements: list[Unattached] = []
        self.last_number = 0  # the last 1. 2. … item of the body: 12改革… after 11. is item 12 with its mark lost

    def _marker(self, text: str) -> tuple[str, int] | None:
        """A body line's item mark; also the next number of the body's list written with its mark
        lost (11完善……。 / 12改革行政执法体制。), which a page or a PDF drops."""
        found = L.marker(text) or L.lost_mark(text, self.last_number + 1)
        if found and found[0].isascii() and found[0].isdigit():
            self.last_number = int(found[0])
        return found

    # -- helpers (also used by the body and table stages) --------------------------------
    def span(self, start: int, end: int):
        return L.span(self.norm, self.source, start, end)

    def section(self) -> str:
        return " / ".join(self.path[k] for k in ("chapter", "section", "part", "subpart") if k in self.path)

    def attach(self, task: Task | None, s: str, owners: OwnerList, scope: bool = True, responsible: bool = False) -> None:
        """Give ``task`` the owners of a parsed list; an earlier scope rule adds its owners
        after them, and a scope rule in this list applies to the tasks after this one (``task``
        None: a list that is only a scope rule). ``responsible``: the list is a 责任单位 column."""
        if task is not None:
            leads_by_rule = self.responsible_leads is not None and not any(u.role == "lead" for u in owners.units) \
                and not task.lead
            convention = self.first_leads is not None and owners.units and owners.units[0].kind != "collective" \
                and not any(u.role == "lead" for u in owners.units)
            named = {r.owner.name for r in task.responsibilities}
            if any(u.role == "co" and not u.responsible for u in owners.units) and not task.lead:
                for i in self.responsible.pop(id(task), []):  # 责任单位：X, then 协办单位：Y: X leads
                    task.responsibilities[i] = replace(task.responsibilities[i], role="lead")
            for n, u in enumerate(owners.units):
                if u.name in named:
                    continue  # one role per unit: a lead named again among the 责任单位 stays the lead
                owner = Owner(self.title_text(u.start, u.end), u.name, u.kind, self.span(u.start, u.end), u.known)
                if convention and n == 0:  # the document said: the first unit named leads
                    task.responsibilities.append(Responsibility(owner, "lead", 1, "convention", self.first_leads))
                elif leads_by_rule and (u.responsible or responsible):
                    # the document said: a 责任单位 named without a 牵头单位 leads
                    task.responsibilities.append(Responsibility(owner, "lead", len(task.responsibilities) + 1, "convention",
                                                                self.responsible_leads))
                elif self.separate_leads is not None and u.role == "co" and _SEPARATELY.match(s, u.end):
                    # the document said: the units before 分别负责 each lead
                    task.responsibilities.append(Responsibility(owner, "lead", len(task.responsibilities) + 1, "convention",
                                                                self.separate_leads))
                elif u.responsible:  # co-owners until a co label names others
                    self.responsible.setdefault(id(task), []).append(len(task.responsibilities))
                    task.responsibilities.append(Responsibility(owner, "co", len(task.responsibilities) + 1))
                else:
                    task.responsibilities.append(Responsibility(owner, u.role, len(task.responsibilities) + 1))
            task.open_list = task.open_list or owners.open_list
            task.deadline = task.deadline or owners.deadline
            if scope:
                self.apply_scope(task)
        self.scope += [Owner(self.title_text(u.start, u.end), u.name, u.kind, self.span(u.start, u.end)) for u in owners.scope]

    def unattached(self, start: int, end: int, reason: str) -> None:
        """Report an owner statement that made no task (nothing is dropped silently)."""
        line = next((ln for ln in self.lines if ln.start <= start <= ln.end), None)
        a, b = (line.start, line.end) if line else (start, end)
        self.unattached_statements.append(Unattached(self.span(a, b), self.title_text(a, b), reason))

    def apply_scope(self, task: Task) -> None:
        named = {r.owner.name for r in task.responsibilities}
        for owner in self.scope:
            if owner.name not in named:
                task.responsibilities.append(Responsibility(owner, "co", len(task.responsibilities) + 1, "scope rule"))

    def _next(self, i: int) -> L.Line | None:
        return self.lines[i + 1] if i + 1 < len(self.lines) else None

    def _is_category_row(self, i: int) -> bool:
        """A short 一、/（一） line directly followed by a numbered item is a group inside the box."""
        nxt = self._next(i)
        return nxt is not None and L.item(nxt.text) is not None and "。" not in self.lines[i].text

    # -- main loop -----------------------------------------------------------------------
    def run(self):
        i = 0
        while i < len(self.lines):
            i = self._step(i) + 1
        self._close()
        self._end_table()
        self.body.finish()
        return self.headings, self.boxes, self.warnings

    def _step(self, i: int) -> int:
        line = self.lines[i]
        if L.is_toc(line.text):
            return i
        rule = first_leads_rule().search(line.text)
        if rule:  # 列第一位者为牵头单位（，下同）: from here on the first unit of a list leads
            self.first_leads = self.span(line.start + rule.start(), line.start + rule.end())
        rule = separate_leads_rule().search(line.text)
        if rule:  # 分别负责为各单位按职责分别牵头（，下同）: from here on the units before 分别负责 each lead
            self.separate_leads = self.span(line.start + rule.start(), line.start + rule.end())
        rule = responsible_leads_rule().search(line.text)
        if rule:  # 无牵头单位的，责任单位即为牵头单位: from here on a lone 责任单位 leads
            self.responsible_leads = self.span(line.start + rule.start(), line.start + rule.end())
        if self._table_row(line):
            return i
        m = L.BOX.match(line.text)
        if m:
            self._close()
            return self._open_box(i, m)
        h = L.heading(line.text)
        if h and not (self.open and h[0] in ("part", "subpart") and self._is_category_row(i)):
            self._close()
            if h[0] in ("part", "subpart"):  # a heading may itself be a task (its owners follow)
                self.body.feed(line, L.marker(line.text), heading=True)
            self._heading(line, h)
            return i
        if self.open is None:
            self.body.feed(line, self._marker(line.text), heading=False)
            return i
        return self._in_box(i)

    # -- task tables ---------------------------------------------------------------------
    def _table_row(self, line: L.Line) -> bool:
        """Handle ``line`` if it is a sheet marker, a task-table header or a row of the open
        table; a line that is not a row ends the table."""
        sheet = SHEET.match(line.text)
        if sheet:
            self._close()
            self._end_table()
            self.path = {"chapter": sheet.group(1)}
            self.headings.append(Heading("sheet", "", sheet.group(1), self.span(line.start, line.end)))
            return True
        spans = T.cells(self.norm, line)
        if spans is None:
            self._end_table()
            return False
        if self.table is not None:
            self.table.add(self.norm, line, spans)
            return True
        in_box = self.open is not None and self.open.box.kind == "tasks" and not self.open.items
        layout = T.header(self.norm, line, in_box)
        if layout is None:
            return False
        owned = any(k in layout.columns for k in ("lead", "co", "responsible"))
        if in_box and not owned:  # the box laid out as a table: its rows are the box's tasks
            self.table = T.TaskTable(layout, self.section(), box=self.open.box)
            return True
        self._close()
        self.table = T.TaskTable(layout, self.section())
        return True

    def _end_table(self):
        table, self.table = self.table, None
        if table is not None:
            (table.box.tasks if table.box is not None else self.body.tasks).extend(table_tasks(self, table))

    def _heading(self, line: L.Line, h: tuple[str, str, str]):
        kind, number, title = h
        self.headings.append(Heading(kind, number, title, self.span(line.start, line.end)))
        order = ["chapter", "section", "part", "subpart"]
        for k in order[order.index(kind):]:
            self.path.pop(k, None)
        self.path[kind] = line.text

    def _open_box(self, i: int, m: re.Match) -> int:
        line = self.lines[i]
        number = str(L.cn_to_int(m.group(1)))
        title = m.group(2).strip()
        nxt = self._next(i)
        consumed = i
        if not title and nxt and len(nxt.text) <= 40 and "。" not in nxt.text and not L.item(nxt.text):
            title, consumed = nxt.text, i + 1
        box = Box(number, title, self.span(line.start, line.end))
        box.chapter = " / ".join(self.path[k] for k in ("chapter", "section", "part", "subpart") if k in self.path)
        if any(w in title for w in vocab()["indicator"]["box_title_words"]):
            box.kind = "indicators"
        self.open = _OpenBox(box)
        return consumed

    def _in_box(self, i: int) -> int:
        ob, line = self.open, self.lines[i]
        ob.lines.append(line)
        if L.NOTE.match(line.text):
            self._close()
            return i
        if not ob.items and line.text.startswith("指标"):
            ob.box.kind = "indicators"
            return i
        num = L.item(line.text, two_digit=ob.two_digit)
        if num:
            return self._start_item(i, num)
        if ob.box.kind == "indicators":
            if "。" in line.text and len(line.text) > 40:
                self._close()  # body text after a table that had no note
            return i
        current = ob.items[-1] if ob.items else None
        if (current is None or ob.paragraphs) and ob.box.kind == "tasks":
            tb, owners = bracket_owners(self.norm.text, line.start, line.end)
            if tb and owners and owners.units and L.trim_end(self.norm.text, line.start, line.end) <= tb[1] + 1:
                # 能源领域数字化建设。建设……（省能源局牵头，市县政府配合）: one paragraph, one item
                ob.paragraphs = True
                ob.items.append(_Item(str(len(ob.items) + 1), line, line.start, line.end))
                return i
            if ob.paragraphs:
                self._close()  # body text resumes after the box
                return i
        if current is None:
            if ob.text and L.BODY_PARAGRAPH.match(line.text):
                self._close()
            else:
                ob.text.append(line.text)
            return i
        if current.description and L.BODY_PARAGRAPH.match(line.text):
            self._close()  # body text resumes after the box
            return i
        current.description.append(line.text)
        start = current.desc_range[0] if current.desc_range else line.start
        current.desc_range = (start, line.end)
        return i

    def _start_item(self, i: int, num: tuple[str, int]) -> int:
        ob, line = self.open, self.lines[i]
        number, offset = num
        if number.startswith("0"):
            ob.two_digit = True
        end, consumed = line.end, i
        text = self.norm.text
        # Rejoin a title wrapped onto the next line(s): an unclosed bracket, or a short
        # continuation that ends with the department bracket.
        while consumed + 1 < len(self.lines) and consumed - i < 2:
            nxt = self.lines[consumed + 1]
            seg = text[line.start + offset : end]
            unclosed = seg.count(OPEN) > seg.count(CLOSE)
            short_tail = (
                trailing_bracket(text, line.start + offset, end) is None
                and len(nxt.text) <= 30
                and nxt.text.endswith(CLOSE)
                and not L.item(nxt.text)
                and not L.heading(nxt.text)
            )
            if not (unclosed or short_tail):
                break
            end, consumed = nxt.end, consumed + 1
            ob.lines.append(nxt)
        ob.items.append(_Item(number, line, line.start + offset, end))
        return consumed

    # -- closing a box -------------------------------------------------------------------
    def _close(self):
        ob, self.open = self.open, None
        if ob is None:
            return
        box = ob.box
        if ob.paragraphs and len(ob.items) == 1 and not L.BODY_PARAGRAPH.match(ob.items[0].line.text):
            # one commitment, its paragraph without a run-in title of its own: the box title is its title
            task = self._task(box, ob.items[0])
            task.description, task.title, task.number = self.title_text(ob.items[0].text_start, ob.items[0].end), box.title, ""
            box.tasks.append(task)
            ob.items = []
        if box.kind == "indicators":
            box.columns, rows, box.note = read_table(self.norm.text, ob.lines, _unit_rx())
            box.indicators = [self._indicator(box, row) for row in rows]
        else:
            box.tasks += [self._task(box, it) for it in ob.items]
        box.text = "".join(ob.text)
        if box.kind == "tasks" and not ob.items and ob.text and not box.tasks:
            # A box with no numbered items is one commitment: the box title is the task.
            box.tasks.append(Task(box.number, "", box.title, box.span, description=box.text))
            self.apply_scope(box.tasks[-1])
        if box.kind == "tasks" and not box.tasks:
            self.warnings.append(f"line {box.span.line}: 专栏{box.number} has no items")
        self.boxes.append(box)

    def title_text(self, start: int, end: int) -> str:
        """Original text of a (possibly wrapped) title or name, line breaks removed."""
        return "".join(self.norm.written(start, end).split("\n")).strip()

    def _task(self, box: Box, it: _Item) -> Task:
        text = self.norm.text
        task = Task(box.number, it.number, "", self.span(it.text_start, it.end))
        task.description = "".join(it.description)
        if it.desc_range:
            task.description_span = self.span(*it.desc_range)
        tb, owners = bracket_owners(text, it.text_start, it.end)
        if tb and owners and (owners.units or owners.scope):
            end = tb[2]
            stop = text.find("。", it.text_start, end)
            colon = text.find("：", it.text_start, min(end, it.text_start + 30))
            if 0 <= colon and (stop < 0 or colon < stop):  # 公共就业服务能力提升工程：建设……（X）
                stop = colon
            if 0 <= stop < L.trim_end(text, it.text_start, end) - 1:  # 零工市场建设工程。建设10个……（X）
                rest = self.title_text(stop + 1, end).strip("。 ")
                task.description = rest + task.description
                end = stop
            task.title = self.title_text(it.text_start, end)
            self.attach(task, text, owners)
        else:
            self.apply_scope(task)
            end = it.end
            while end > it.text_start and text[end - 1] in " 。；":
                end -= 1
            task.title = self.title_text(it.text_start, end)
        return task

    def _indicator(self, box: Box, row) -> Indicator:
        values = [IndicatorValue(c.column, self.norm.written(c.start, c.end).strip(), c.quantity.number, c.quantity.comparator,
                                 c.quantity.approximate, c.quantity.cumulative, self.span(c.start, c.end)) for c in row.cells]
        return Indicator(box.number, row.number, self.title_text(*row.name_at), row.unit,
                         self.span(row.start, row.end), row.category, row.attribute, values)


def parse_structure(norm: NormText, source: str):
    """Headings, boxes (with tasks or indicators), tasks outside boxes, warnings and unattached
    owner statements of one document."""
    parser = StructureParser(norm, source)
    headings, boxes, warnings = parser.run()
    return headings, boxes, parser.body.tasks, warnings, parser.unattached_statements
