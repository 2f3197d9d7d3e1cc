"""What changed between two versions of a plan: tasks added, dropped and retitled, and every
change of owner (the lead moved from A to B, a co-owner added or removed) — what a supervision
office asks of a revision.

Both sides are lists of :class:`DiffTask`, read from a document (:func:`diff_tasks`) or from a
graph in the store, so that two files, two plans or two versions of one plan compare alike.
Tasks are matched by their title first, in order; the rest by the alignment scorer's evidence
(title, description and box or section: :func:`.align.score`), each new task to the best old one
left at or above :data:`.align.THRESHOLD`, ties to the earlier. Owners are compared as written.

>>> from policykg.extract.pipeline import extract_text
>>> old = extract_text("old.txt", "1.建设甲项目。（市发改委牵头，市财政局配合）\\n2.推进乙工作。（市人社局负责）\\n")
>>> new = extract_text("new.txt", "1.建设甲项目。（市住建局牵头，市财政局配合）\\n2.开展丙行动。（市民政局负责）\\n")
>>> [(c.kind, c.task, c.detail) for c in plan_diff(diff_tasks(old), diff_tasks(new))]
[('牵头变更', '建设甲项目', '市发改委 → 市住建局'), ('新增', '开展丙行动', ''), ('删除', '推进乙工作', '')]
"""

from __future__ import annotations

from dataclasses import dataclass

from ..extract.records import DocumentRecord
from .align import THRESHOLD, TaskText, score

COLUMNS = ["变化", "任务", "原任务", "说明", "原牵头", "新牵头", "原配合", "新配合", "原行", "新行"]


@dataclass(frozen=True)
class Change:
    kind: str  # 新增 | 删除 | 改名 | 牵头变更 | 增加配合 | 减少配合
    task: str  # the task as the new version titles it (the old title for a dropped task)
    old_task: str = ""
    detail: str = ""
    old_lead: str = ""
    new_lead: str = ""
    old_co: str = ""
    new_co: str = ""
    old_line: int | None = None
    new_line: int | None = None

    def row(self) -> dict:
        return dict(zip(COLUMNS, [self.kind, self.task, self.old_task, self.detail, self.old_lead, self.new_lead,
                                  self.old_co, self.new_co, self.old_line or "", self.new_line or ""]))


@dataclass(frozen=True)
class DiffTask:
    """What a diff compares of one task: its text, where it sits, its owners as written, its line."""

    title: str
    description: str = ""
    container: str = ""  # the box (or section) title
    lead: tuple[str, ...] = ()
    co: tuple[str, ...] = ()
    line: int = 0


def diff_tasks(rec: DocumentRecord) -> list[DiffTask]:
    """The tasks of a document, in order, as a diff compares them."""
    box_of = {id(t): b.title for b in rec.boxes for t in b.tasks}
    return [DiffTask(t.title, t.description, box_of.get(id(t), t.section), tuple(o.written for o in t.lead),
                     tuple(o.written for o in t.co), t.span.line) for t in rec.tasks]


def match(old: list[DiffTask], new: list[DiffTask]) -> list[tuple[DiffTask | None, DiffTask | None]]:
    """Pairs (old task, new task) in the new version's order, then the dropped old tasks."""
    olds = [TaskText(str(n), "", t.title, t.description, t.container, n) for n, t in enumerate(old)]
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for j, t in enumerate(new):  # the same title: the same task (in order, for repeated titles)
        i = next((i for i, o in enumerate(old) if i not in taken and o.title == t.title), None)
        if i is not None:
            taken.add(i)
            pairs[j] = i
    for j, t in enumerate(new):  # then the best remaining old task, if it is close enough
        if j in pairs:
            continue
        nt = TaskText(str(j), "", t.title, t.description, t.container, j)
        best = max(((score(nt, ot)[0], -i) for i, ot in enumerate(olds) if i not in taken), default=None)
        if best and best[0] >= THRESHOLD:
            taken.add(-best[1])
            pairs[j] = -best[1]
    out: list[tuple[DiffTask | None, DiffTask | None]] = [(old[pairs[j]] if j in pairs else None, t) for j, t in enumerate(new)]
    return out + [(o, None) for i, o in enumerate(old) if i not in taken]


def plan_diff(old: list[DiffTask], new: list[DiffTask]) -> list[Change]:
    """Every change from ``old`` to ``new`` (see the module docstring)."""
    out: list[Change] = []
    for o, n in match(old, new):
        t = n or o
        lead_o, lead_n = list(o.lead) if o else [], list(n.lead) if n else []
        co_o, co_n = list(o.co) if o else [], list(n.co) if n else []
        base = dict(old_lead="、".join(lead_o), new_lead="、".join(lead_n), old_co="、".join(co_o), new_co="、".join(co_n),
                    old_line=o.line if o else None, new_line=n.line if n else None)
        if o is None:
            out.append(Change("新增", t.title, **base))
            continue
        if n is None:
            out.append(Change("删除", t.title, **base))
            continue
        if o.title != n.title:
            out.append(Change("改名", n.title, o.title, **base))
        if lead_o != lead_n:
            out.append(Change("牵头变更", n.title, detail=f"{'、'.join(lead_o) or '—'} → {'、'.join(lead_n) or '—'}", **base))
        added, dropped = [c for c in co_n if c not in co_o], [c for c in co_o if c not in co_n]
        if added:
            out.append(Change("增加配合", n.title, detail="、".join(added), **base))
        if dropped:
            out.append(Change("减少配合", n.title, detail="、".join(dropped), **base))
    return out
