"""Agencies named inside task descriptions (``定期与省公安厅、司法厅、民政厅…比对``): mentions, a
weaker link than ownership and never confused with it.

spaCy runs as ``spacy.blank("zh")``, whose character segmenter makes every character a token, so
an ``entity_ruler`` built from the agency vocabulary (``ontology/agencies.toml``: every alias with
every suffix) matches names exactly, with character offsets, wherever they sit in a sentence.
Small rules follow the ruler: the jurisdiction written before a match belongs to it (营口市 or
省 + 人社局), and a bare name after ``、`` takes the prefix of the name before it
(省公安厅、司法厅 → 省司法厅). Nothing is downloaded; the pipeline is built once per process.

>>> [(m.written, m.name) for m in find_in_text("定期与省公安厅、司法厅、市场监管总局等部门比对，加强政府投资")]
[('省公安厅', '省公安厅'), ('司法厅', '省司法厅'), ('市场监管总局', '市场监管总局')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..ontology import table

_PREFIXES = ["国家", "省", "市", "县", "区", "州", "盟", "旗"]
_LEVEL = re.compile(r"^(省|市|县|区|州|盟|旗)")


@dataclass(frozen=True)
class Found:
    start: int  # offsets in the searched text
    end: int
    written: str
    name: str


@functools.cache
def _vocabulary() -> tuple[list[str], list[str]]:
    """(agency names to match, region names that may stand before them)."""
    data, regions = table("agencies.toml"), table("regions.toml")["region"]
    suffixes = list(data["suffixes"])
    names: set[str] = set()
    for agency in data["agency"]:
        template = agency.get("template", "")
        if "{rest}" in template:
            continue  # vertical bodies named after their own place: not enumerable
        ends = [""] if template and "{suffix}" not in template else suffixes
        # Names without their jurisdiction: the prefix before a match is read from the text.
        names.update(alias + end for alias in agency["aliases"] for end in ends)
    places = sorted({r["name"] for r in regions} | {a for r in regions for a in r.get("aliases", [])}, key=len, reverse=True)
    return sorted(names), places


@functools.cache
def _nlp():
    import spacy  # lazy: loaded only when a build needs mentions

    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    # Two-character names (法院, 残联) are too common as words to stand alone: they count only
    # in a list after another agency (see find_in_text).
    ruler.add_patterns([{"label": "ORG" if len(n) > 2 else "SHORT", "pattern": n} for n in _vocabulary()[0]])
    return nlp


def find_in_text(text: str) -> list[Found]:
    """Agency names in ``text`` with their offsets, prefixes restored (see module docstring)."""
    if not text.strip():
        return []
    doc = _nlp()(text)
    places = _vocabulary()[1]
    found: list[Found] = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        before = text[:start]
        prefix = next((p for p in places if before.endswith(p)), "") or next((p for p in _PREFIXES if before.endswith(p)), "")
        start -= len(prefix)
        prev = found[-1] if found else None
        in_list = prev is not None and text[prev.end:start] == "、"
        if ent.label_ == "SHORT" and not (prefix or in_list):
            continue
        written = text[start:end]
        name = written
        if not prefix and in_list and not written.endswith(("部", "总局")):  # a ministry has no 省 to inherit
            m = _LEVEL.match(prev.name)
            if m:
                name = m.group(1) + written  # 省公安厅、司法厅 → 省司法厅
        found.append(Found(start, end, written, name))
    return found
