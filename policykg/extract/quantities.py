"""The value in a cell of an indicator table, or a quantity in a task's text, read as a reader
reads it: a number, what it is compared with, whether it is approximate, whether it is a
cumulative figure in brackets, and the text as written.

Forms (seen in real 主要指标 tables): ``45.2``, ``—`` (no value), ``>66.5``, ``≤4.5``,
``5.5左右``, ``95 左右``, ``稳定在 95 以上``, ``[457.27]``, ``>〔9〕``, ``[≥100]``, ``（210）``,
``13:39:48`` (a ratio: no single number), Chinese numerals (``十万``, ``二〇二五``) through
cn2an, and 万/亿 kept as the unit says (a table's (万人) column holds 45.2, not 452,000).

>>> q = read_cell(">〔9〕")
>>> q.number, q.comparator, q.cumulative, q.written
(Decimal('9'), '>', True, '>〔9〕')
>>> read_cell("稳定在 95 以上").comparator, read_cell("95 左右").approximate
('≥', True)
>>> read_cell("—").number is None and read_cell("—").empty
True
>>> read_cell("13:39:48").number is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# a value cell: optional words, a comparator, brackets, the number, a trailing word
_COMPARATOR_WORDS = {"以上": "≥", "以下": "≤", "以内": "≤", "不低于": "≥", "不少于": "≥", "不超过": "≤",
                     "不高于": "≤", "超过": ">", "高于": ">", "低于": "<", "大于": ">", "小于": "<"}
_SIGNS = {">": ">", "<": "<", "≥": "≥", "≤": "≤", "＞": ">", "＜": "<", "≧": "≥", "≦": "≤", ">=": "≥", "<=": "≤"}
_EMPTY = {"—", "——", "-", "--", "－", "/", "／", "", "无", "—　"}
_CN_DIGITS = "〇零一二三四五六七八九十百千万亿两点"
# one cell, as found where cells are separated by spaces only (a PDF's text): tried left to right
CELL = re.compile(
    r"(?:稳定在|保持在|控制在|达到|不低于|不少于|不超过|不高于|超过|高于|低于)?\s*(?:>=|<=|[<>≤≥＜＞≧≦])?\s*"
    r"[\[〔［【（(]?\s*(?:>=|<=|[<>≤≥＜＞])?\s*\d+(?:\.\d+)?(?:\s*[:：]\s*\d+(?:\.\d+)?)*\s*[\]〕］】）)]?"
    r"(?:\s*(?:左右|以上|以下|以内))?|——|—|--|-|／|/")


@dataclass(frozen=True)
class Quantity:
    """A value as written and as read."""

    written: str
    number: Decimal | None = None
    comparator: str = ""  # > ≥ < ≤, or "" (exactly, or not said)
    approximate: bool = False  # 左右, 约
    cumulative: bool = False  # in the brackets a table's note says mark cumulative figures

    @property
    def empty(self) -> bool:
        """The cell says there is no value (—)."""
        return self.written.strip() in _EMPTY


def to_number(text: str) -> Decimal | None:
    """Arabic digits or Chinese numerals (cn2an, imported only when needed) as a Decimal."""
    text = text.strip()
    scale = {"万": Decimal(10000), "亿": Decimal(100000000)}.get(text[-1:]) if len(text) > 1 else None
    if scale and re.fullmatch(r"\d+(?:\.\d+)?", text[:-1]):  # 3万, 1.5亿
        value = Decimal(text[:-1]) * scale
        return value.to_integral_value() if value == value.to_integral_value() else value
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if text and all(c in _CN_DIGITS for c in text):
        import cn2an

        try:
            return Decimal(str(cn2an.cn2an(text, "smart")))
        except (ValueError, KeyError, InvalidOperation):
            return None
    return None


def read_cell(written: str, cumulative: str = "[]〔〕［］【】（）()") -> Quantity:
    """One cell of an indicator table (see the module docstring); ``cumulative``: the brackets
    that mark cumulative figures, as the table's note names them (注：[]内为五年累计数); by
    default any pair."""
    text = written.strip()
    if text in _EMPTY:
        return Quantity(text)
    body = re.sub(r"\s+", "", text)
    comparator, approximate, is_cumulative = "", False, False
    for word, sign in sorted(_COMPARATOR_WORDS.items(), key=lambda kv: -len(kv[0])):
        if word in body:
            comparator = comparator or sign
            body = body.replace(word, "")
    for word in ("稳定在", "保持在", "控制在", "达到"):
        body = body.replace(word, "")
    if "左右" in body or body.startswith("约"):
        approximate = True
        body = body.replace("左右", "").lstrip("约")
    m = re.match(r"^(>=|<=|[<>≤≥＜＞≧≦])?([\[〔［【（(])?(>=|<=|[<>≤≥＜＞≧≦])?(.*?)([\]〕］】）)])?$", body)
    if m:
        sign = m.group(1) or m.group(3)
        if sign:
            comparator = _SIGNS[sign]
        if m.group(2) and m.group(5):
            is_cumulative = m.group(2) in cumulative
        body = m.group(4)
    if re.fullmatch(r"\d+(?:\.\d+)?(?:[:：]\d+(?:\.\d+)?)+", body):  # a ratio (13:39:48): no one number
        return Quantity(text, None, comparator, approximate, is_cumulative)
    return Quantity(text, to_number(body), comparator, approximate, is_cumulative)


def split_cells(region: str) -> list[str]:
    """The cells of a row's values when nothing but spaces separates them (a PDF's text):
    each a value form of :data:`CELL`, and any words between (预期性) a cell of their own."""
    cells, pos = [], 0
    for m in CELL.finditer(region):
        between = region[pos:m.start()].strip()
        if between:
            cells += between.split()
        if m.group().strip():
            cells.append(m.group().strip())
        pos = m.end()
    cells += region[pos:].split()
    return cells
