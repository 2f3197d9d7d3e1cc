"""Who owns a task: parse the department list a plan writes after a task title.

Works on normalised text (full-width brackets and separators) and returns positions, so callers
can point back into the original. Deciding what is an owner goes by the *form* of the name
(suffixes in ``ontology/vocab.toml``), never by a closed list.

>>> [(u.name, u.role) for u in parse_owner_list("省人力资源社会保障厅、省农业农村厅").units]
[('省人力资源社会保障厅', 'lead'), ('省农业农村厅', 'co')]
>>> [(u.name, u.role) for u in parse_owner_list("省科技厅、工业和信息化厅按职责分工负责").units]
[('省科技厅', 'co'), ('省工业和信息化厅', 'co')]
>>> parse_owner_list("街道") is None
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..ontology import vocab

OPEN, CLOSE = "（", "）"
_CLAUSE_SEP = "，；。"
_REGION_PREFIX = re.compile(r"^(省|市|县|区|州|自治区|盟|旗)(?!级)")
# A bare unit after an elided prefix: 交通运输厅 after 省发展改革委.
_BARE_UNIT = re.compile(r"^[^省市县区州各有关国]{2,10}(厅|局|委|办)$")
_DEADLINE = re.compile(r"(\d{4}年|年内|年底|月底|底前|前完成|持续推进|长期坚持|长期|逐年)")


@dataclass(frozen=True)
class Unit:
    start: int  # offsets inside the parsed string
    end: int
    name: str  # normalised name (elided prefix restored)
    kind: str  # department | collective
    role: str  # lead | co


@dataclass
class OwnerList:
    units: list[Unit] = field(default_factory=list)
    open_list: bool = False
    deadline: str = ""


@functools.cache
def _tables():
    v = vocab()
    org = v["organisation"]
    suffixes = tuple(sorted(org["suffixes"], key=len, reverse=True))
    collective = [re.compile(p) for p in v["collective"]["patterns"]]
    roles = v["roles"]
    return org, suffixes, collective, roles


def owner_kind(name: str) -> str | None:
    """``department``, ``collective`` or None when ``name`` does not have an owner's form."""
    org, suffixes, collective, _ = _tables()
    if not (org["min_length"] <= len(name) <= org["max_length"]):
        return None
    if any(p.match(name) for p in collective):
        return "collective"
    if name in org["not_owners"] or any(ch in name for ch in "。；：%“”《》"):
        return None
    if re.search(r"\d", name):
        return None
    return "department" if name.endswith(suffixes) else None


def _top_level_split(s: str, seps: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split s[start:end] at separators that are not inside brackets."""
    parts, depth, a = [], 0, start
    for i in range(start, end):
        c = s[i]
        if c in "（[【〔":
            depth += 1
        elif c in "）]】〕":
            depth = max(0, depth - 1)
        elif c in seps and depth == 0:
            parts.append((a, i))
            a = i + 1
    parts.append((a, end))
    return parts


def _strip(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a] in " 　\n":
        a += 1
    while b > a and s[b - 1] in " 　\n":
        b -= 1
    return a, b


@functools.cache
def _role_words():
    """(label regex, role) pairs and (suffix, role) pairs, longest suffix first."""
    roles = vocab()["roles"]
    labels = [(re.compile(rf"{x}\s*[：]\s*"), "lead") for x in roles["lead_labels"]]
    labels += [(re.compile(rf"{x}\s*[：]\s*"), "co") for x in roles["co_labels"]]
    suffixes = [(x, "lead") for x in roles["lead_suffixes"]] + [(x, "co") for x in roles["co_suffixes"]]
    return labels, sorted(suffixes, key=lambda p: -len(p[0]))


def _clause_role(s: str, a: int, b: int) -> tuple[str | None, int, int]:
    """Role given by a label (牵头单位：) or a role suffix (…配合), and the remaining range."""
    labels, suffixes = _role_words()
    text = s[a:b]
    for rx, role in labels:
        m = rx.match(text)
        if m:
            return role, a + m.end(), b
    for suffix, role in suffixes:
        if text.endswith(suffix) and len(text) > len(suffix):
            return (role if suffix != "负责" else "single"), a, b - len(suffix)
    return None, a, b


def parse_owner_list(s: str, start: int = 0, end: int | None = None) -> OwnerList | None:
    """Parse s[start:end] as a responsibility list, or None if it is not one (a unit does not
    have an owner's form). Roles: explicit 牵头/配合/负责 words win; otherwise the first unit
    leads. A list whose only roles are 按职责分工负责-style gets no lead."""
    end = len(s) if end is None else end
    _, _, _, roles = _tables()
    result = OwnerList()
    clauses: list[tuple[str | None, list[tuple[int, int]]]] = []
    for ca, cb in _top_level_split(s, _CLAUSE_SEP, start, end):
        ca, cb = _strip(s, ca, cb)
        if ca == cb:
            continue
        role, ua, ub = _clause_role(s, ca, cb)
        if role is None and _DEADLINE.search(s[ca:cb]) and owner_kind(s[ca:cb]) is None:
            if not clauses:
                return None  # a bracket that starts with a date is not an owner list
            result.deadline = s[ca:cb]
            continue
        units = []
        for a, b in _top_level_split(s, "、", ua, ub):
            a, b = _strip(s, a, b)
            for marker in roles["open_list_markers"]:
                if s[a:b].endswith(marker) and b - a > len(marker):
                    b -= len(marker)
                    result.open_list = True
                    break
            if a == b:
                continue
            units.append((a, b))
        if not units:
            return None
        clauses.append((role, units))
    if not clauses:
        return None
    lead_marked = any(r == "lead" for r, _ in clauses)
    prefix = ""
    first_unmarked = True
    for role, units in clauses:
        roles_here = [role] * len(units)
        if role == "single":  # "X负责": a lone unit owns it; several share it without a lead
            roles_here = ["lead" if len(units) == 1 and not lead_marked else "co"] * len(units)
        elif role is None:  # no role word: in "X、Y" the first unit leads, the others co-own
            lead_here = first_unmarked and not lead_marked
            roles_here = ["lead" if (lead_here and i == 0) else "co" for i in range(len(units))]
            first_unmarked = False
        for (a, b), unit_role in zip(units, roles_here):
            name = "".join(s[a:b].split())
            m = _REGION_PREFIX.match(name)
            if m and not prefix:
                prefix = m.group(1)  # written once: 省发展改革委、交通运输厅 → 省交通运输厅
            elif prefix and _BARE_UNIT.match(name):
                name = prefix + name
            kind = owner_kind(name)
            if kind is None:
                return None
            result.units.append(Unit(a, b, name, kind, unit_role))
    return result


def trailing_bracket(s: str, start: int, end: int) -> tuple[int, int, int] | None:
    """If s[start:end] ends with a balanced （…） group (a 。 or spaces may follow it), return
    (open, close, text_end): positions of the brackets and the end of the text before them."""
    b = end
    while b > start and s[b - 1] in " 。；":
        b -= 1
    if b <= start or s[b - 1] != CLOSE:
        return None
    depth = 0
    for i in range(b - 1, start - 1, -1):
        if s[i] == CLOSE:
            depth += 1
        elif s[i] == OPEN:
            depth -= 1
            if depth == 0:
                text_end = i
                while text_end > start and s[text_end - 1] in " 。；":
                    text_end -= 1
                return i, b - 1, text_end
    return None
