"""Normalised text as a list of non-blank lines with offsets, and the line shapes plans use."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..ontology import vocab
from .records import Span
from .text import NormText

CN_NUM = "一二三四五六七八九十百零〇两"


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number
    start: int  # normalised offsets of the stripped content
    end: int
    text: str


# A heading run into a flattened paragraph that a space ends (一、加快完善法规制度 全面宣传……): group 1 is the space
HEADING_THEN_SPACE = re.compile(r"(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|（\d{1,2}）)[^\s，。；：]{2,30}([ \u3000]+)(?=\S)")


# A line that opens with a short field name and its colon: 牵头单位：, 完成时限：, 存在问题：
FIELD_START = re.compile(r"^[^，。：；]{2,8}：")


# A label that names one more kind of owner after its word: 责任处室及单位：, 牵头部门和单位：, 责任处室、单位：
LABEL_MORE = r"(?:[及和与、][^：，。；、\s]{1,4})?"


@functools.cache
def label_words(neutral: bool = True, min_len: int = 1) -> str:
    """The owner label words of ``vocab.toml`` (牵头单位, 配合部门, 责任单位 …; with ``neutral`` also
    部门分工 …) as one regex alternation, longest first, keeping those of at least ``min_len``
    characters."""
    roles = vocab()["roles"]
    words = roles["lead_labels"] + roles["co_labels"] + roles["responsible_labels"] + (roles["neutral_labels"] if neutral else [])
    return "|".join(map(re.escape, sorted((w for w in words if len(w) >= min_len), key=len, reverse=True)))


def split_lines(norm: NormText) -> list[Line]:
    """Non-blank lines, stripped, with their normalised offsets."""
    out, pos = [], 0
    for no, raw in enumerate(norm.text.split("\n"), start=1):
        stripped = raw.strip(" ")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" "))
            out.append(Line(no, pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def span(norm: NormText, source: str, start: int, end: int) -> Span:
    """A Span in original coordinates for normalised [start, end)."""
    a, b = norm.original_span(start, end)
    return Span(source, norm.line_of(start), a, b)


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and sentence marks."""
    while end > start and text[end - 1] in " 。；.，":  # (……工程，牵头部门：X: no title ends at its comma)
        end -= 1
    return end


def cn_to_int(s: str) -> int:
    """Chinese or Arabic numeral → int.

    >>> [cn_to_int(x) for x in ("十二", "二十", "07", "一百零三")]
    [12, 20, 7, 103]
    """
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total = current = 0
    for ch in s:
        if ch in "十百":
            total += (current or 1) * (10 if ch == "十" else 100)
            current = 0
        else:
            current = digits[ch]
    return total + current


HEADING = [
    ("chapter", re.compile(rf"^第([{CN_NUM}\d]+)章\s*(.*)$")),
    ("section", re.compile(rf"^第([{CN_NUM}\d]+)节\s*(.*)$")),
    ("part", re.compile(r"^([一二三四五六七八九十]+)、\s*(\S.*)$")),
    ("subpart", re.compile(r"^（([一二三四五六七八九十]+)）\s*(\S.*)$")),
    ("subpart", re.compile(r"^([㈠-㈩])\s*(\S.*)$")),  # ㈠ is （一） set as one character
]
BOX = re.compile(rf"^专栏\s*([0-9]+|[{CN_NUM}]+)(?:\s*[：.、]\s*|\s+|(?=\D)|$)(.*)$")
ITEM = re.compile(
    r"^(?:(?P<dot>\d{1,2})\s*[.、。](?!\d)|(?P<pad>0\d)(?=\s)|（(?P<paren>\d{1,2})）|(?P<circle>[①-⑳⑴-⒇⒈-⒛]))\s*(?P<rest>\S.*)$"
)
ITEM_TWO_DIGIT = re.compile(r"^(?P<pad>[1-9]\d)\s+(?P<rest>\D.*)$")
# A 文号: 辽人社发〔2023〕5号 (brackets 〔〕 [] ［］ （） 【】 all seen).
DOCNO = re.compile(r"([\u4e00-\u9fa5]{1,12})\s*[〔\[［（【]\s*(\d{4})\s*[〕\]］）】]\s*(\d{1,4})?\s*号")  # (a draft leaves the number blank)
NOTE = re.compile(r"^(注|备注|说明)\s*[：]")
# A body paragraph opens with a short headline sentence and goes on: "加强脱贫人口就业帮扶。健全…"
BODY_PARAGRAPH = re.compile(r"^[^，。；：、（）]{3,30}[。：]\S")  # 消除市场分割。清理……; 人均地区生产总值：增长6%


@functools.cache
def _toc():
    return re.compile(vocab()["headings"]["toc_pattern"])


def is_toc(text: str) -> bool:
    return bool(_toc().search(text))


def short_title(title: str) -> bool:
    """A line that is only a title: at most 40 characters and one phrase (a final 。 allowed),
    not a lead-in ending with ：."""
    return _short_heading(title) and not title.rstrip().endswith("：") and "；" not in title


def _short_heading(title: str) -> bool:
    """一、/（一） titles are headings when short and a single phrase; ``（二）X。Y……`` that goes
    on after its first sentence is a numbered paragraph."""
    first_stop = title.find("。")
    return len(title) <= 40 and (first_stop < 0 or first_stop >= len(title.rstrip()) - 1)


def heading(text: str) -> tuple[str, str, str] | None:
    """(kind, number, title) if the line is a chapter/section/part heading."""
    if is_toc(text):
        return None
    for kind, rx in HEADING:
        m = rx.match(text)
        if m and (kind in ("chapter", "section") or _short_heading(m.group(2))):
            return kind, _parenthesised(m.group(1)), m.group(2).strip()
    return None


# （）关于…: a copy that lost the numerals of （一）, （二） (a mirror's bad encoding) still numbers its paragraphs
_BODY_MARKER = re.compile(r"^(?:(?P<part>[一二三四五六七八九十]{1,3})、|（(?P<sub>[一二三四五六七八九十]{1,3})）|(?P<one>[㈠-㈩])"
                          r"|（(?P<lost>)）(?=[\u4e00-\u9fa5])"
                          r"|第(?P<article>[一二三四五六七八九十百零〇]{1,5})条(?=\s)"  # 第一条 鼓励打造……: an article
                          r"|(?P<dash>--|－－)(?=[\u4e00-\u9fa5])(?!由))\s*(?=\S)")  # --清理市政府规章……: a bullet (not --由X落实)


def _parenthesised(number: str) -> str:
    """㈢ → 三 (the one-character form of （三）); other numbers as they are."""
    return "一二三四五六七八九十"[ord(number) - 0x3220] if len(number) == 1 and "㈠" <= number <= "㈩" else number


def marker(text: str) -> tuple[str, int] | None:
    """(number, offset of the rest) of a numbered paragraph in body text: the item forms plus
    一、 and （一） at any length (a long one is a paragraph, not a heading).

    >>> marker("（三）推进数据共享。加快……"), marker("2.完善政策"), marker("推进工作")
    (('三', 3), ('2', 2), None)
    """
    m = _BODY_MARKER.match(text)
    if m:
        return m.group("part") or m.group("sub") or m.group("article") \
            or ("" if m.group("lost") is not None or m.group("dash") else _parenthesised(m.group("one"))), m.end()
    return item(text)


def lost_mark(text: str, expected: int) -> tuple[str, int] | None:
    """(number, offset) when ``text`` opens with ``expected`` run into its words, its mark lost
    (12改革行政执法体制。), not with a count or a date (12个, 12月).

    >>> lost_mark("12改革行政执法体制。按照……", 12), lost_mark("12月底前完成", 12), lost_mark("12改革", 3)
    (('12', 2), None, None)
    """
    m = _LOST_MARK.match(text)
    if m is None or int(m.group(1)) != expected or expected < 2:
        return None
    return m.group(1), m.end(1)


_LOST_MARK = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fa5]{2})(?![\d]*(?:年|月|日|个|项|家|人|万|亿|元|号|条|次|岁|天|周|小时|名|所|座|倍|类|批|户|亩|吨|公里|米|度|届|期|级|版|部|篇|位|栋|辆|台|套|件|种|份|间|支|只|张|场|处|分|秒|大|点|多))")


def item(text: str, two_digit: bool = False) -> tuple[str, int] | None:
    """(item number as written, offset of the rest) for a numbered item line."""
    m = ITEM.match(text)
    if m is None and two_digit:
        m = ITEM_TWO_DIGIT.match(text)
    if m is None:
        return None
    number = next(g for g in (m.groupdict().get(k) for k in ("dot", "pad", "paren", "circle")) if g)
    return number, m.start("rest")


def first_sentence_end(text: str, start: int, end: int, stops: str = "") -> int:
    """End of the title: the end of the first sentence (。！？) or a lead-in's ： (not a place's:
    X片区：), or one of ``stops``, else the whole range. A ； only separates clauses of the same sentence."""
    for i in range(start, end):
        if text[i] == "：" and i - start <= 12 and _place_before_colon().search(text, start, i):
            continue  # 人武部片区：建设路东段人行道道沿破损: where the problem is, not a lead-in
        if text[i] in "。：！？" or text[i] in stops:
            return i
    return end


@functools.cache
def _place_before_colon() -> re.Pattern:
    return re.compile(f"({'|'.join(vocab()['headings']['places_before_colon'])})$")


def heading_before_body(text: str, start: int, end: int) -> int:
    """Where a part heading written on one line with its body ends (一、 开展市域内7条道路交通
    安全隐患治理 为提升……，): at the last space before the body's first clause, when the heading
    is 4 characters at least and the clause after it 9; else ``end``."""
    stop = next((i for i in range(start, end) if text[i] in "，；"), end)
    gap = text.rfind(" ", start, stop)
    return trim_end(text, start, gap) if gap - start >= 4 and stop - gap > 9 else end


def item_depth(text: str) -> int:
    """How deep a numbered line sits: 一、 0, （一） 1, 1. 2, （1） and ① 3."""
    if re.match(r"^[一二三四五六七八九十]{1,3}、|^第[一二三四五六七八九十百零〇]{1,5}条\s", text):
        return 0
    if re.match(r"^（[一二三四五六七八九十]{1,3}）|^[㈠-㈩]", text):
        return 1
    return 3 if re.match(r"^(（\d{1,2}）|[①-⑳⑴-⒇])", text) else 2


def top_level_split(s: str, seps: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split s[start:end] at separators that are not inside brackets."""
    parts, depth, a = [], 0, start
    for i in range(start, end):
        c = s[i]
        if c in "（[【〔<〈":
            depth += 1
        elif c in "）]】〕>〉":
            depth = max(0, depth - 1)
        elif c in seps and depth == 0:
            parts.append((a, i))
            a = i + 1
    parts.append((a, end))
    return parts
