"""The plain data that flows through extraction: one dataclass per domain thing.

Offsets are Python string offsets into the *decoded original text* of the source file
(``SourceText.text``), so a user can slice the original and see exactly what was read.
``line`` is 1-based, counted in that same decoded text.
"""

from __future__ import annotations

from decimal import Decimal
from dataclasses import dataclass, field


class ExtractionError(Exception):
    """A file that cannot be read as a plan document; ``str(err)`` is the one-line reason."""


@dataclass(frozen=True)
class Span:
    """Where something was read: source file name, 1-based line, [start, end) char offsets."""

    source: str
    line: int
    start: int
    end: int


@dataclass(frozen=True)
class Owner:
    """A unit named as owner of a task, as written and in normalised form."""

    written: str  # exactly as in the source text
    name: str  # normalised (full-width brackets, no spaces)
    kind: str  # "department" | "collective"
    span: Span
    known: bool = True  # False: an owner by the text's evidence (label, role word, column), not by its name's form


@dataclass(frozen=True)
class Mention:
    """An agency named inside a task's text: a weaker link than ownership, never an owner."""

    written: str  # as in the source text
    name: str  # with a prefix written once restored (省公安厅、司法厅 → 省司法厅)
    span: Span


@dataclass(frozen=True)
class Responsibility:
    """One owner's role on one task: ``lead`` (牵头) or ``co`` (配合/责任/负责…)."""

    owner: Owner
    role: str
    order: int  # 1-based position in the department list
    basis: str = ""  # "" when named at the task; "scope rule" (以下均需…落实) or "convention" (列第一位者为牵头单位)
    basis_span: Span | None = None  # where the rule that gave this role is written


@dataclass(frozen=True)
class TaskTarget:
    """A quantified commitment in a task's title or description (开发就业见习岗位300个): the
    number, its unit, a comparator (≥ for 以上), the year it is for, whether it is yearly."""

    written: str
    number: Decimal
    unit: str
    comparator: str
    approximate: bool
    year: int | None
    per_year: bool
    span: Span | None = None  # (None while only found in a piece of text)


@dataclass
class Task:
    """A commitment: a numbered item in a box, a whole box without numbered items, a paragraph
    or 一是… item in the body that names its owners, or a row of a task table."""

    box_no: str  # "" outside boxes
    item_no: str  # as numbered in the document ("1", "01", "一", "一是", a table's 序号); "" if none
    title: str  # as written, without number and without the department bracket
    span: Span  # the title line(s)
    responsibilities: list[Responsibility] = field(default_factory=list)
    description: str = ""
    open_list: bool = False  # the department list ended with 等
    ordinal: int = 0  # 1-based position of the task in its plan
    deadline: str = ""  # as written: 2025年底前, 年内持续推进, a table's 完成时限
    section: str = ""  # heading path (or table category / sheet) of a task outside boxes
    description_span: Span | None = None  # where the description was read
    mentions: list[Mention] = field(default_factory=list)  # agencies its description names
    targets: list[TaskTarget] = field(default_factory=list)  # quantified commitments in its text

    @property
    def lead(self) -> list[Owner]:
        return [r.owner for r in self.responsibilities if r.role == "lead"]

    @property
    def co(self) -> list[Owner]:
        return [r.owner for r in self.responsibilities if r.role == "co"]


@dataclass(frozen=True)
class Unattached:
    """Text that looked like an owner statement but became no task, and why: reported, so that
    what is not in the graph is known not to be in the text."""

    span: Span
    text: str
    reason: str


@dataclass
class IndicatorValue:
    """One cell of an indicator row: its column's header as written, the cell as written and as
    read (:class:`.quantities.Quantity`), where it is."""

    column: str
    written: str
    number: Decimal | None
    comparator: str
    approximate: bool
    cumulative: bool
    span: Span


@dataclass
class Indicator:
    """A row of a 主要指标 table: a target, not a task; every value with its column."""

    box_no: str
    item_no: str
    name: str
    unit: str
    span: Span
    category: str = ""  # the category row it sits under, as written (一、就业)
    attribute: str = ""  # 预期性 / 约束性
    values: list[IndicatorValue] = field(default_factory=list)


@dataclass
class Box:
    """A 专栏 box: its number, title, and either tasks or indicators."""

    number: str
    title: str
    span: Span
    kind: str = "tasks"  # "tasks" | "indicators"
    chapter: str = ""  # heading path the box sits under, e.g. "第二章 … / 第一节 …"
    tasks: list[Task] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    text: str = ""  # content of a box that has no numbered items
    columns: list[str] = field(default_factory=list)  # an indicator table's value columns, as written
    note: str = ""  # an indicator table's note (注：[]内为五年累计数)


@dataclass
class Heading:
    kind: str  # "chapter" | "section" | "part" | "subpart"
    number: str
    title: str
    span: Span


@dataclass
class Citation:
    """A plan named in the text: ``parent`` (the plan conforms to it) or ``mention``."""

    title: str  # plan title, notice wrapper removed (国务院关于印发X的通知 → X)
    cited_as: str  # the text inside 《》 as written
    relation: str  # "parent" | "mention"
    span: Span
    doc_no: str = ""  # 文号, brackets normalised to 〔〕
    publisher: str = ""
    level: str = ""  # of the cited plan, from its publisher, title or 文号 when they tell


@dataclass
class PlanMeta:
    title: str
    issuers: list[str] = field(default_factory=list)
    issuer_basis: str = ""  # "stated" | "docno" | "" (unknown)
    doc_no: str = ""
    date: str = ""  # ISO yyyy-mm-dd when the document states a full date
    level: str = ""  # national | department | provincial | municipal | metropolitan | county
    region: str = ""
    title_span: Span | None = None

    @property
    def inferred_owner(self) -> tuple[str, str]:
        """(owner, basis) for tasks that name no department: the issuing body when known,
        else the government of the plan's region (the body accountable for its plans)."""
        if self.issuers:
            return self.issuers[0], f"issuer ({self.issuer_basis})"
        if self.region and self.level in {"provincial", "municipal", "county"}:
            return f"{self.region}人民政府", "region government (issuer not stated)"
        return "", ""


@dataclass
class DocumentRecord:
    """Everything extracted from one source file."""

    source: str  # file name
    sha256: str
    encoding: str
    plan: PlanMeta
    headings: list[Heading] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    body_tasks: list[Task] = field(default_factory=list)  # outside boxes: paragraphs, tables
    unattached: list[Unattached] = field(default_factory=list)

    @property
    def unknown_names(self) -> list[Owner]:
        """Owners accepted on the text's evidence although their names have no known form."""
        return [r.owner for t in self.tasks for r in t.responsibilities if not r.owner.known]

    @property
    def tasks(self) -> list[Task]:
        """All tasks in document order."""
        return sorted([t for b in self.boxes for t in b.tasks] + self.body_tasks, key=lambda t: t.span.start)
