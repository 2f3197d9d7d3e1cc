"""Role words, owner labels and the reading rules a document may declare, compiled from the
vocabulary (``ontology/vocab.toml``): the words that say who leads and who assists.

>>> deadline_in("2025年底前完成"), deadline_in("年内持续推进"), deadline_in("市人社局")
('2025年底前', '年内', '')
"""

from __future__ import annotations

import functools
import re

from ..ontology import vocab
from . import lines as L


@functools.cache
def patterns():
    """Compiled role-word patterns from the vocabulary."""
    roles, col = vocab()["roles"], vocab()["collective"]
    label = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    return {
        "labels": [(re.compile(rf"^({label(roles['lead_labels'])}){L.LABEL_MORE}\s*：\s*"), "lead"),
                   (re.compile(rf"^({label(roles['co_labels'])}){L.LABEL_MORE}\s*：\s*"), "co"),
                   (re.compile(rf"^({label(roles['responsible_labels'])}){L.LABEL_MORE}\s*：\s*"), "responsible"),
                   (re.compile(rf"^({label(roles['neutral_labels'])})\s*：\s*"), None)],
        "any_label": re.compile(rf"({label(roles['lead_labels'] + roles['co_labels'] + roles['responsible_labels'])}){L.LABEL_MORE}\s*："),
        "modifier": re.compile(rf"({label(roles['role_modifiers'])})$"),
        "suffixes": sorted([(x, "lead") for x in roles["lead_suffixes"]] + [(x, "co") for x in roles["co_suffixes"]]
                           + [(x, "single") for x in roles["single_suffixes"]], key=lambda p: -len(p[0])),
        "person": re.compile(roles["person_labels"]),
        "post": re.compile(roles["person_posts"]),
        "first_leads": re.compile(roles["first_leads"]),
        "responsible_leads": re.compile(roles["responsible_leads"]),
        "separate_leads": re.compile(roles["separate_leads"]),
        "tail": re.compile(roles["open_list_tail"]),
        "skip": [re.compile(x) for x in roles["skip_clauses"]],
        "scope": re.compile(roles["scope_rule"]),
        "deadline": re.compile(roles["deadline"]),
        "category": re.compile(roles["open_list_category"]),
        "area": re.compile(col["area_kinds"]),
        "together": re.compile(roles["together"]),
    }


def role_words() -> list[str]:
    """Every word that gives a unit its role at the end of a clause (牵头落实, 分别负责, 配合), longest first."""
    return [word for word, _ in patterns()["suffixes"]]


@functools.cache
def role_and_label_words() -> frozenset:
    """Every role word and owner label as written alone: （主办）, （配合） name no unit."""
    roles = vocab()["roles"]
    return frozenset(roles["lead_suffixes"] + roles["co_suffixes"] + roles["single_suffixes"]
                     + roles["lead_labels"] + roles["co_labels"] + roles["responsible_labels"])


def person_label() -> re.Pattern:
    """A label naming a person, not a unit (责任领导：张三)."""
    return patterns()["person"]


def first_leads_rule() -> re.Pattern:
    """A declared convention: the first unit of every later list leads (列第一位者为牵头单位)."""
    return patterns()["first_leads"]


def reading_note(text: str) -> bool:
    """Is a bracket's text a note on how to read the list (列第一位为牵头单位，下同; 以下均需…落实),
    rather than another name of the unit before it (各街道（园区）)?"""
    rx = patterns()
    return bool(rx["first_leads"].search(text) or rx["scope"].search(text) or "下同" in text
                or any(p.search(c) for c in re.split("[，；。]", text) for p in rx["skip"]))


def responsible_leads_rule() -> re.Pattern:
    """A declared convention: a 责任单位 named without a 牵头单位 leads (无牵头单位的，责任单位即为牵头单位)."""
    return patterns()["responsible_leads"]


def separate_leads_rule() -> re.Pattern:
    """A declared convention: units written before 分别负责 each lead (分别负责为各单位按职责分别牵头)."""
    return patterns()["separate_leads"]


def deadline_in(text: str) -> str:
    """The deadline a text states, if any (see the module's example)."""
    m = patterns()["deadline"].search(text)
    return m.group(0) if m else ""
