"""Quantified commitments in a task's title and description, with where they are:
开发就业见习岗位300个, 到2025年…达到95%, 每年培训1万人次以上, 新增15个省级创业孵化示范基地.

A target is a number (Arabic digits, or Chinese numerals with 十/百/千/万: 十万人) followed by a
unit of ``ontology/vocab.toml`` [quantity]; 万 and 亿 scale the number (1万个 → 10000); a word
before or after compares (不少于, 以上 → ≥; 左右 → approximate). The year it is for is the
nearest 到2025年 / 2025年 before it in the same sentence; 每年 before it makes it yearly.
Not targets: years and dates (2025年, 6月), ordinals (第3批), names (24365校园网络招聘: no unit).

>>> [(t.written, str(t.number), t.unit, t.comparator, t.year, t.per_year)
...  for _, _, t in find_targets("到2025年，参保率达到95%，每年培训1万人次以上，新增15个示范基地")]
[('95%', '95', '%', '', 2025, False), ('1万人次以上', '10000', '人次', '≥', 2025, True), ('15个', '15', '个', '', 2025, False)]
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from ..ontology import vocab
from .quantities import to_number
from .records import TaskTarget


@functools.cache
def _pattern() -> re.Pattern:
    q = vocab()["quantity"]
    units = "|".join(re.escape(u) for u in sorted(q["units"], key=len, reverse=True))
    before = "|".join(re.escape(w) for w in sorted(q["before"], key=len, reverse=True))
    after = "|".join(re.escape(w) for w in q["after"])
    return re.compile(
        rf"(?P<before>{before})?(?<![\d.第])(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九]?[十百千万][一二三四五六七八九十百千万]*)"
        rf"(?P<scale>万|亿)?(?P<unit>{units})(?P<after>{after})?")


def _plain(number: Decimal) -> Decimal:
    """10000, not 1E+4; 65000, not 65000.0; 6.5 as it is."""
    text = format(number, "f")
    return Decimal(text.rstrip("0").rstrip(".") if "." in text else text)


def find_targets(text: str) -> list[tuple[int, int, TaskTarget]]:
    """(start, end, target without its span) for each quantified commitment in ``text`` (see the
    module docstring)."""
    q = vocab()["quantity"]
    out = []
    for m in _pattern().finditer(text):
        number = to_number(m.group("num"))
        if number is None:
            continue
        if m.group("scale"):
            number = number * (10000 if m.group("scale") == "万" else 100000000)
        sentence = text[max(text.rfind(c, 0, m.start()) for c in "。；;") + 1:m.start()]
        clause = text[max(text.rfind(c, 0, m.start()) for c in "。；;，,") + 1:m.start()]
        years = re.findall(r"(\d{4})\s*年", sentence)
        after = m.group("after") or ""
        comparator = q["before"].get(m.group("before") or "", "") or {"~": ""}.get(q["after"].get(after, ""), q["after"].get(after, ""))
        start = m.start("num") if not comparator and m.group("before") == "达到" else m.start()
        out.append((start, m.end(), TaskTarget(text[start:m.end()], _plain(number), m.group("unit"), comparator,
                                               after == "左右", int(years[-1]) if years else None,
                                               "每年" in clause or "年均" in clause)))
    return out
