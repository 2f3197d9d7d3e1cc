"""Layout repair for plain text and web pages, before structure is read.

Text copied from web pages breaks what a reader sees as one unit over several lines:

- a table pasted one cell per line (``序号`` / ``重点任务`` / ``牵头单位`` / ``1`` / ``任务甲`` /
  ``市发改委`` …, often with blank lines or a trailing `` |`` after each cell) becomes one row per
  line with tab-separated cells, the form every table reader produces;
- an item number split from its title (``2`` / ``.`` / ``加快`` / ``配电网建设。``) is one line again;
- an owner bracket wrapped onto the next line (``（市发改委牵`` / ``头，市财政局配合）``) is closed on one line;
- a line that ends with a comma goes on in the next line (no paragraph ends with ``，``), and so
  does a line of text copied from a PDF that reaches the page's width mid-sentence.

Repair only removes or replaces characters (a line break becomes a tab, or nothing), so every
character keeps its offset in the original text and provenance stays exact.

>>> from policykg.extract.text import normalise
>>> repair_layout(normalise("序号\\n\\n重点任务\\n\\n牵头单位\\n\\n1\\n\\n任务甲\\n\\n市发改委\\n")).text
'序号\\t重点任务\\t牵头单位\\n1\\t任务甲\\t市发改委\\n'
>>> repair_layout(normalise("2\\n.\\n加快\\n配电网建设。\\n")).text
'2.加快配电网建设。\\n'
>>> repair_layout(normalise("牵头单位\\n| 目标任务\\n| 责任单位\\n|\\n市政\\n府办\\n| 任务甲\\n| 各区县\\n|\\n"
...                         "| 任务乙\\n| 市财政局\\n|\\n")).text
'牵头单位\\t目标任务\\t责任单位\\n市政府办\\t任务甲\\t各区县\\n\\t任务乙\\t市财政局\\n'
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..ontology import vocab
from . import box_tables
from . import lines as L
from .glued_tables import glued_tables
from .cell_lines import table_joins
from .pasted_tables import RawLine, has_tab, space_tables, text_lines
from .pipe_tables import leading_pipe_rows, pipe_tables
from .tables import column_kind
from .text import NormText

_LONE_NUMBER = re.compile(r"^(\d{1,2}|[一二三四五六七八九十]{1,3})$")
_LONE_MARK = re.compile(r"^[.、．]$")
_LONE_STOP = re.compile(r"^[。；，]$")
_MARKER_ONLY = re.compile(r"^(\d{1,2}\s*[.、．]|（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、)$")
_PARAGRAPH_END = "。！？；：）)》”"


@functools.cache
def _empty_label():
    """A label alone on its line, its value on the next (责任单位： / 水务局、城管局; a record's
    numbered field: 二、整改实施主体 / 宿马园区党工委、管委会); words of four or
    more characters only, so a table's header cell 牵头 / 配合 is not taken for one."""
    return re.compile(rf"^(?:[一二三四五六七八九十]{{1,3}}、|（[一二三四五六七八九十]{{1,3}}）)?(?:{L.label_words(neutral=False, min_len=4)})\s*：?$")


def _page_metadata(text: str) -> bool:
    """A page's metadata line (发布时间：… 信息来源：… 字体：[ ]), a breadcrumb or table cells: never
    wrapped text."""
    return text.count("：") >= 2 or "|" in text or len(re.findall(r"[>＞›»]", text)) >= 2  # 首页 > 政务公开 > …: a breadcrumb



# A line that opens with the name of a law or a document (突发事件应对法，……; 政府信息公开条例，……)
_LAW_FIRST = re.compile(r"^[^，。；：\s]{2,30}?(?:条例|法|办法|规定|决定|意见|纲要|规划)[，。、；和及与等]")
_NUMBERED = re.compile(r"^(第.{1,3}[章节]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十\d]{1,3}）|\d{1,2}\s*[.、．]|[①-⑳])")


# An owner bracket opening a line that goes on after it: it belongs to the sentence above.
_LEADING_OWNER = re.compile(r"^（[^（）]{2,80}?(?:牵头|负责|配合|参与)[^（）]{0,20}）")


def _split_joins(lines: list[RawLine], joins: dict[int, str]) -> None:
    """``2`` / ``.`` / ``加快`` / ``配电网建设。`` and ``（一）`` / ``标题``: one line again."""
    i = 0
    while i + 1 < len(lines):
        if i in joins or i + 1 in joins:
            i += 1
            continue
        cur, nxt = lines[i].text, lines[i + 1].text
        if _LONE_NUMBER.match(cur) and _LONE_MARK.match(nxt) and i + 2 < len(lines):
            joins[i] = joins[i + 1] = ""
            k = i + 2
            while k + 1 < len(lines) and not re.search(r"[。；：）]$", lines[k].text) and len(lines[k].text) <= 20 \
                    and not _LONE_NUMBER.match(lines[k + 1].text) and k - i < 5:
                joins[k] = ""  # the title itself was cut into pieces
                k += 1
            if k + 1 < len(lines) and _LONE_STOP.match(lines[k + 1].text):
                joins[k] = ""
            i = k + 1
        elif cur[-1] in "。；" and (m := _LEADING_OWNER.match(nxt)) and m.end() < len(nxt) and not (lines[i].row or lines[i + 1].row):
            joins[i] = ""  # ……保有量面积。 / （市国土房管局牵头）主要污染物……: the bracket closes the sentence above
            i += 1
        elif _open_brackets(cur) > 0 and "）" in nxt and _open_brackets(cur + nxt) == 0 and len(nxt) <= 80:
            joins[i] = ""  # a bracket wrapped onto the next line: （市发改委牵 / 头，市财政局配合）
            i += 1
        elif cur.endswith(("，", "、")) and not (lines[i].row or lines[i + 1].row or L.heading(nxt) or L.item(nxt) or L.BOX.match(nxt)):
            joins[i] = ""  # no paragraph ends with a comma: （一）以开放发展理念为指导， / 推动……
            i += 1
        elif _empty_label().match(cur) and len(nxt) <= 80 and not L.FIELD_START.match(nxt) and not _LONE_NUMBER.match(nxt) \
                and lines[i].raw_end == lines[i].end and column_kind(nxt) is None:  # (not a table's header cells)
            joins[i] = "" if cur.endswith("：") else "："  # 责任单位： / 水务局、城管局: the label's value
            i += 2
        elif _NUMBERED.match(cur) and cur.count("《") > cur.count("》") and "》" in nxt[:40] \
                and not (lines[i].row or lines[i + 1].row):
            joins[i] = ""  # 9.贯彻落实《 / 淄博市行政机关规范性文件制定办法》，……: an item wrapped inside a 《》
            i += 1
        elif _NUMBERED.match(cur) and _wants_object(cur) and _LAW_FIRST.match(nxt) and not (lines[i].row or lines[i + 1].row):
            joins[i] = ""  # 7. 全面实施 / 政府信息公开条例，……: the law the verb wants, its 《》 link dropped
            i += 1
        elif _MARKER_ONLY.match(cur):
            joins[i] = ""
            i += 2
        elif _LONE_STOP.match(nxt):
            joins[i] = ""
            i += 2
        else:
            i += 1


@functools.cache
def _object_wanted() -> re.Pattern:
    words = "|".join(sorted(vocab()["headings"]["wanting_object"], key=len, reverse=True))
    return re.compile(rf"(?:{words})$")


def _wants_object(text: str) -> bool:
    """Does a numbered line end in a verb that wants its object (7. 全面实施)?"""
    return bool(_object_wanted().search(text))


class _Columns(dict):
    """Columns of a character, looked up once per distinct character."""

    def __missing__(self, ch: str) -> int:
        self[ch] = n = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return n


_COLUMNS = _Columns()


def _width(text: str) -> int:
    """Display width: a Chinese character is two columns, like on the page it was cut from."""
    return sum(map(_COLUMNS.__getitem__, text))


def _hard_wraps(lines: list[RawLine], joins: dict[int, str]) -> None:
    """Text copied from a PDF keeps the page's line breaks: many lines of nearly the same width
    that stop mid-sentence. Where the text has them, a line that reaches that width and stops
    mid-sentence goes on in the next line (unless the next opens a heading, item or label)."""
    width = [_width(ln.text) for ln in lines]
    # a label line (牵头单位：X) may wrap, but says nothing of the page's width
    widths = [width[k] for k, ln in enumerate(lines) if k not in joins and ln.text[-1] not in _PARAGRAPH_END
              and width[k] >= 20 and not L.FIELD_START.match(ln.text) and not _page_metadata(ln.text) and not ln.row]
    if not widths:
        return
    margin = max(set(widths), key=lambda w: (sum(w - 5 <= x <= w for x in widths), w))
    near = sum(margin - 5 <= x <= margin + 1 for x in widths)
    if near < 4 or near < 0.4 * len(widths) or margin < 40:
        return  # no common margin (a page is 20 characters wide at least): the lines are paragraphs
    for k in range(len(lines) - 1):
        cur, nxt = lines[k].text, lines[k + 1].text
        if k in joins or joins.get(k + 1) == "\t" or cur[-1] in _PARAGRAPH_END or width[k] < margin - 5 \
                or lines[k].row or lines[k + 1].row or _page_metadata(cur) or cur.endswith(nxt):  # (a title printed twice)
            continue
        if not (_NUMBERED.match(nxt) or L.BOX.match(nxt) or L.FIELD_START.match(nxt)):
            joins[k] = ""


# A printed page's number left in copied text: ``- 2 -``, ``— 12 —``, ``-3-`` alone on a line.
_PAGE_NUMBER = re.compile(r"^[ \u3000]*[-－—–]{1,2}[ \u3000]*\d{1,4}[ \u3000]*[-－—–]{1,2}[ \u3000]*\n", re.M)


def _page_numbers(text: str) -> list[tuple[int, int, str]]:
    """Page numbers of a printed document go with their line, so what the page break cut apart
    (an item's 牵头部门 line and its 责任单位 line, a sentence) is adjacent again."""
    return [(m.start(), m.end(), "") for m in _PAGE_NUMBER.finditer(text)]


_PAGE_MARKER = re.compile(r"^(\d{1,3})、")


def _page_markers(lines: list[RawLine], joins: dict[int, str]) -> list[tuple[int, int, str]]:
    """A document-sharing site's text numbers its pages ``1、`` ``2、`` … at the start of a line,
    cutting sentences (``……个体工商`` / ``2、户提供融资担保……``): the markers go and each page
    goes on from the one before. Read as markers only when they count 1, 2, 3 … and most of them
    cut a sentence (a list 1、2、3、 of whole sentences stays a list)."""
    marked = [k for k, ln in enumerate(lines) if _PAGE_MARKER.match(ln.text)]
    numbers = [int(_PAGE_MARKER.match(lines[k].text).group(1)) for k in marked]
    if len(marked) < 2 or numbers != list(range(1, len(marked) + 1)):
        return []
    cuts = sum(1 for k in marked[1:] if lines[k - 1].text[-1] not in _PARAGRAPH_END)
    if cuts < 0.75 * (len(marked) - 1):
        return []
    edits = []
    for k in marked:
        if k > 0 and lines[k - 1].text[-1] not in _PARAGRAPH_END and k - 1 not in joins:
            joins[k - 1] = ""
        edits.append((lines[k].start, lines[k].start + len(_PAGE_MARKER.match(lines[k].text).group(0)), ""))
    return edits


# Where a page flattened to one line joined two paragraphs: a space after a sentence's end, or a
# space before a heading or item number (…缩小。 责任单位：… 2.落实… （二）省审计厅牵头的工作).
_PARAGRAPH_JOIN = re.compile(r"(?<=[。！？])[ \u3000]+(?=\S)"
                             r"|(?<=\S)[ \u3000]+(?=(\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|（\d{1,2}）)(?:[\u4e00-\u9fa5]|\d{4}年))"
                             # ……物价局等。（二）省审计厅牵头的工作: a PDF's line joins lose the space
                             r"|(?<=[。！？])(?=([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[\u4e00-\u9fa5])")
# ……办公厅 二00四年四月二十四日 2004年《政府工作报告》主要任务分解: a notice's date ends its paragraph
_DATE_THEN_SPACE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九0]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日([ \u3000]+)(?=\S)")
_FLATTENED = 300  # characters: a line this long with several such joins is a flattened page


def _flattened_paragraphs(text: str, lines: list[RawLine]) -> list[tuple[int, int, str]]:
    """A page flattened onto one line (paragraphs joined by spaces) gets its line breaks back:
    three joins or more in a long line, two of them before a heading or an item number."""
    edits = []
    for ln in lines:
        if ln.end - ln.start < _FLATTENED or ln.row or "|" in ln.text:
            continue
        found = list(_PARAGRAPH_JOIN.finditer(text, ln.start, ln.end))
        # a space after 。 alone may be a page's style inside a paragraph; spaces before headings
        # and item numbers (…缩小。 2.落实… （二）…) show the page was flattened
        if len(found) < 3 or sum(1 for m in found if m.group(1) or m.group(2)) < 2:
            continue
        joins = [m.span() for m in found] + [m.span(1) for m in _DATE_THEN_SPACE.finditer(text, ln.start, ln.end)]
        for start in [ln.start] + [b for _, b in joins]:  # a short heading before its paragraph
            m = L.HEADING_THEN_SPACE.match(text, start, ln.end)
            if m:
                joins.append(m.span(1))
        edits += [(a, b, "\n") for a, b in sorted(set(joins))]
    return edits


# (a PDF of a Markdown page loses the space: ###（一）健全数据管理机制。)
_MD_HEADING = re.compile(r"#{1,6}(?:\s+|(?=[\u4e00-\u9fa5（(\d]))")
_MD_LINE_START = re.compile(r"(?:#{1,6}|>|[-*+])\s+|#{1,6}(?=[\u4e00-\u9fa5（(\d])")
_MD_STRONG = re.compile(r"\*\*")  # (not __: a template's ____年 blanks are no Markdown)


def _markdown(text: str, lines: list[RawLine]) -> list[tuple[int, int, str]]:
    """A plan saved as Markdown (a web clipper's or a converter's: ``## 一、重点任务``,
    ``**（一）推进……。**``, ``- `` bullets) reads as the text it marks up: the marks go. Only where
    the document is Markdown: two heading lines or two bold runs at least."""
    headings = sum(1 for ln in lines if _MD_HEADING.match(ln.text))
    if headings < 2 and len(_MD_STRONG.findall(text)) < 4:
        return []
    edits = []
    for ln in lines:
        m = _MD_LINE_START.match(text, ln.start, ln.end)
        if m and not ln.row:
            edits.append((m.start(), m.end(), ""))
        edits += [(s.start(), s.end(), "") for s in _MD_STRONG.finditer(text, m.end() if m else ln.start, ln.end)]
    return edits


def _open_brackets(text: str) -> int:
    return text.count("（") - text.count("）")


def repair_layout(norm: NormText) -> NormText:
    """The same text with broken layout repaired (see the module docstring)."""
    norm = box_tables.rebuild(norm)  # ┌─┬─┐ │序号│责任单位│ …: a table drawn with box characters, its rows as lines
    if "|" in norm.text:  # rows written with line breaks before their separators: one line each first
        norm = _apply(norm, leading_pipe_rows(norm.text))
    norm = _apply(norm, _page_numbers(norm.text))
    lines = text_lines(norm.text)
    for ln in lines:
        ln.row = has_tab(norm, ln.start, ln.end)
    joins, table_lines, header_edits = table_joins(lines)
    _split_joins(lines, joins)
    _hard_wraps(lines, joins)
    cells = (pipe_tables(norm.text) if "|" in norm.text else []) + space_tables(norm) + _page_markers(lines, joins) \
        + glued_tables(norm.text) + _flattened_paragraphs(norm.text, lines) + header_edits + _markdown(norm.text, lines)
    # (start, end, replacement): gaps between joined lines, cell marks ending table rows
    edits = [(lines[k].end, lines[k + 1].start, joins[k]) for k in joins] + cells
    edits += [(lines[k].end, lines[k].raw_end, "") for k in table_lines if k not in joins and lines[k].raw_end > lines[k].end]
    return _apply(norm, edits)


def _apply(norm: NormText, edits: list[tuple[int, int, str]]) -> NormText:
    """``norm`` with each text[start:end] replaced; inserted characters take the origin of the
    place they were inserted at, so offsets into the original stay exact."""
    if not edits:
        return norm
    text, origin = norm.text, norm.origin
    out: list[str] = []
    out_origin: list[int] = []
    pos = 0
    for a, b, replacement in sorted(edits):
        out.append(text[pos:a])
        out_origin.extend(origin[pos:a])
        for ch in replacement:
            out.append(ch)
            out_origin.append(origin[a])
        pos = b
    out.append(text[pos:])
    out_origin.extend(origin[pos:])
    return NormText("".join(out), tuple(out_origin), norm.original, norm.line_labels)
