"""Owner statements in brackets: where a bracket group stands in a line or paragraph, and
whether it assigns responsibility.

Plans close a task with its owners in （…）, and web pages and county documents also use
〔…〕, […] and 【…】. A bracket counts as an owner statement only with evidence: a role word or a
label inside it, or every unit having an owner's form (see :mod:`.responsibility`). In running
text it must also stand at a sentence boundary: ``……提升。（X牵头）加快……`` or ``……提升（X负责）。``,
never ``人社部门（市人社局）负责……`` where a bracket only explains a noun.

>>> s = "推进甲。（生态环境部牵头，财政部参与）加快乙。（交通运输部负责）"
>>> [(s[o + 1:c], [u.name for u in owners.units]) for o, c, owners in owner_brackets(s, 0, len(s))]
[('生态环境部牵头，财政部参与', ['生态环境部', '财政部']), ('交通运输部负责', ['交通运输部'])]
"""

from __future__ import annotations

import functools
import re

from . import lines as L
from .names import owner_kind
from .responsibility import OwnerList, parse_owner_list

PAIRS = {"（": "）", "〔": "〕", "[": "]", "［": "］", "【": "】"}
CLOSERS = {v: k for k, v in PAIRS.items()}
_BOUNDARY = "。；！？"
_NEXT_ITEM = re.compile(r"\d{1,2}[.．、](?=[\u4e00-\u9fa5])|[一二三四五六七八九十]{1,3}、")
# Words that make a bracket look like an owner statement even when its units cannot be read.
_ROLE_WORDS = re.compile(r"牵头|配合|负责|按职责分工|责任单位|责任部门|参与单位|协同单位")


@functools.cache
def _label_open():
    """An owner label opening a bracket (（牵头单位：, （配合部门：)."""
    return re.compile(rf"(?:{L.label_words(neutral=False, min_len=4)})\s*：")


def groups(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level balanced bracket groups in s[start:end] as (open, close) positions."""
    out, stack = [], []
    for i in range(start, end):
        c = s[i]
        if c in PAIRS:
            stack.append((c, i))
        elif c in CLOSERS and stack and stack[-1][0] == CLOSERS[c]:
            _, o = stack.pop()
            if not stack:
                out.append((o, i))
        elif c in CLOSERS and stack and i + 1 < end and CLOSERS.get(s[i + 1]) == stack[-1][0]:
            continue  # ［……不再列出）］: a stray closer typed just before the right one
        elif c in CLOSERS:
            stack.clear()  # an unbalanced closer: start afresh
    return out


def trailing_bracket(s: str, start: int, end: int) -> tuple[int, int, int] | None:
    """If s[start:end] ends with a balanced bracket group (a 。 or spaces may follow it), return
    (open, close, text_end): positions of the brackets and the end of the text before them."""
    b = end
    while b > start and s[b - 1] in " 。；":
        b -= 1
    found = [g for g in groups(s, start, b) if g[1] == b - 1]
    if not found:
        return None
    o = found[0][0]
    text_end = o
    while text_end > start and s[text_end - 1] in " 。；":
        text_end -= 1
    return o, b - 1, text_end


def bracket_owners(s: str, start: int, end: int) -> tuple[tuple[int, int, int] | None, OwnerList | None]:
    """The trailing bracket of s[start:end] (see :func:`trailing_bracket`) and the owner list
    inside it, if it is one: how a box item's title line names its owners."""
    tb = trailing_bracket(s, start, end)
    return tb, (parse_owner_list(s, tb[0] + 1, tb[1]) if tb else None)


def _at_boundary(s: str, start: int, end: int, o: int, c: int) -> bool:
    """Does the bracket close a sentence (or open one)? A bracket with a role word may also
    close a clause: ``……政策（X牵头），建设……（Y负责）。``"""
    j = c + 1
    while j < end and s[j] == " ":
        j += 1
    i = o - 1
    while i >= start and s[i] == " ":
        i -= 1
    role = _ROLE_WORDS.search(s, o + 1, c) is not None
    # ……政策（X牵头），建设……; ……500万元，（X负责）2.组织……: a clause or a run-in item closed
    clause_end = role and (j < end and s[j] == "，" or i >= start and s[i] == "，" or _NEXT_ITEM.match(s, j) is not None)
    # 【颁布部门】 石家庄市政府: a bracket opening a line that goes on is a field's label,
    # unless a role word says it assigns (（X牵头）推进……)
    opens_line = i < start and j < end and not role
    return j >= end or s[j] in _BOUNDARY or clause_end or (not opens_line if i < start else s[i] in _BOUNDARY)


def _after_a_name(s: str, start: int, o: int) -> bool:
    """县农业农村局（水利局）: a bracket right after an organisation's name is its other sign,
    not an owner statement."""
    a = o
    while a > start and s[a - 1] not in "，。；：、 \t":
        a -= 1
    return 2 <= o - a <= 20 and owner_kind(s[a:o]) == "department"


def _unopened(s: str, start: int, end: int, rejected: list | None = None) -> tuple[int, int, OwnerList] | None:
    """A line that is an owner list whose opening bracket a page lost (``省科技厅、省财政厅等）``):
    read as a bracket only when every unit has an owner's form; the end of a bracket a page cut
    (``头，各有关部门配合）``) goes to ``rejected``."""
    b = end
    while b > start and s[b - 1] in " 。；":
        b -= 1
    if b - start < 3 or s[b - 1] not in CLOSERS or any(ch in PAIRS for ch in s[start:b]):
        return None
    owners = parse_owner_list(s, start, b - 1)
    if owners and owners.all_known() and not s[start : owners.units[0].start].strip():
        return start, b - 1, owners  # (not 头，各有关部门配合）: the end of a bracket cut by the page before)
    if owners and owners.units and rejected is not None and _ROLE_WORDS.search(s, start, b):
        rejected.append((start, b - 1))
    return None


def owner_brackets(s: str, start: int, end: int, rejected: list | None = None) -> list[tuple[int, int, OwnerList]]:
    """Every bracket group of s[start:end] that is an owner statement (or a reading rule such
    as a scope rule), with its parsed list, in order. Groups at a sentence boundary that use
    role words but whose units could not be read go to ``rejected`` as (open, close)."""
    out = []
    broken = _unopened(s, start, end, rejected)
    if broken is not None:
        return [broken]
    for o, c in groups(s, start, end):
        if not _at_boundary(s, start, end, o, c) or _after_a_name(s, start, o) and not _ROLE_WORDS.search(s, o + 1, c):
            # (……文化产业格局（省文化厅配合省委宣传部抓好落实）: a sign never says who leads)
            continue
        owners = parse_owner_list(s, o + 1, c)
        if owners is not None:
            out.append((o, c, owners))
        elif rejected is not None and _ROLE_WORDS.search(s, o + 1, c):
            rejected.append((o, c))
    unclosed = _unclosed(s, out[-1][1] + 1 if out else start, end)
    return out + ([unclosed] if unclosed else [])


def _unclosed(s: str, start: int, end: int) -> tuple[int, int, OwnerList] | None:
    """An owner bracket a page cut off at the end of the line (``……一次办理。（牵头单位：县人社局``):
    read only after a sentence's end, with a label, and when every unit has an owner's form."""
    o = s.rfind("（", start, end)
    if o <= start or s[o - 1] not in "。；" or "）" in s[o:end] or not _label_open().match(s, o + 1, end):
        return None
    b = end
    while b > o + 1 and s[b - 1] in " 。；":
        b -= 1
    owners = parse_owner_list(s, o + 1, b)
    if owners and owners.all_known():
        return o, b, owners
    return None
