"""Whether a name has the form of an owner: an organisation (by its suffix, from the
vocabulary), a collective actor (各有关部门), or neither.

>>> owner_kind("市交通委（市道运局）"), owner_kind("各区、县级市"), owner_kind("街道")
('department', 'collective', None)
"""

from __future__ import annotations

import functools
import re

from ..ontology import vocab

OPEN, CLOSE = "（", "）"


@functools.cache
def _tables():
    v = vocab()
    org = v["organisation"]
    suffixes = tuple(sorted(org["suffixes"], key=len, reverse=True))
    collective = [re.compile(p) for p in v["collective"]["patterns"]]
    roles = v["roles"]
    return org, suffixes, collective, roles


def _alias_stripped(name: str) -> str:
    """市交通委（市道运局） → 市交通委: a trailing bracket naming the same body again."""
    if name.endswith(CLOSE) and OPEN in name:
        outer = name[: name.rindex(OPEN)]
        inner = name[name.rindex(OPEN) + 1 : -1]
        if outer and inner and _form(inner):
            return outer
    return name


def _form(name: str) -> str | None:
    org, suffixes, collective, _ = _tables()
    if not (org["min_length"] <= len(name) <= org["max_length"]):
        return None
    if any(p.match(name) for p in collective):
        return "collective"
    if name in org["not_owners"] or any(ch in name for ch in "。；：%“”《》…"):
        return None
    if re.search(r"\d", name):
        return None
    return "department" if name.endswith(suffixes) else None


def owner_kind(name: str) -> str | None:
    """``department``, ``collective`` or None when ``name`` does not have an owner's form.

    >>> owner_kind("市交通委（市道运局）"), owner_kind("各区、县级市"), owner_kind("街道")
    ('department', 'collective', None)
    """
    return _form(_alias_stripped(name))
