"""PDF with a text layer → extracted text (pypdfium2), with lines wrapped by the page width
rejoined.

A PDF has no paragraphs, only positioned lines. A line that reaches the right margin was broken
by the page width, so the next line continues it (``4.劳务品牌宣传推广（市`` + ``人社局）`` is one
item), unless the next line starts a heading, box or numbered item, is indented (a new paragraph),
or sits after a paragraph gap. Page numbers (``— 3 —``, ``-3-``, ``第3页``) at the top or bottom of
a page are dropped so that a paragraph broken by a page break is rejoined too. A PDF with no
text layer (a scan) is refused with a clear error.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from .. import lines as L
from ..records import ExtractionError
from ..text import SourceText, digest
from .pdf_tables import CJK, PageTable, TableFinder

_PAGE_NUMBER = re.compile(r"^[-—－–_\s]*(\d{1,4}|[ivxlcIVXLC]{1,6})[-—－–_\s]*$|^第\s*\d+\s*页(\s*/?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")


_PARAGRAPH_END = "。！？；：）》”」.!?;:)|｜"  # (a row that closes with its cell mark is whole)


@dataclass
class _PdfLine:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    char_width: float
    page: int
    row: bool = False  # a table row (cells joined by tabs): never joined with another line


_CJK = re.compile(f"[{CJK}]")


def _cjk(ch: str) -> bool:
    return bool(ch) and _CJK.fullmatch(ch) is not None


# A gap this wide (in character heights) beside Chinese text was typed: a column's edge in a table
# laid out with spaces (1 居民消费价格涨幅3%左右 发展改革委), a spaced-out header (序号 工 作 任 务).
# Justified Chinese lines and a change of font leave narrower ones.
TYPED_GAP = 0.3


_ITEM_AHEAD = re.compile(r"\d{1,2}[.．、]")


def _typed_space(chars: list[str], boxes, ahead: str, next_box) -> bool:
    """Between two Chinese characters, after the number opening a line (a row's 序号), before
    an item's number (……农业农村局 2.落实…) or after Latin punctuation before Chinese (47.1%. 发改委);
    not elsewhere between Chinese and Latin text, where
    a change of font leaves as wide a gap (就业951). ``next_box()`` gives the next glyph's box."""
    before, after = chars[-1], ahead[:1]
    row_number = before.isdigit() and _cjk(after) and "".join(chars).isdigit()
    item_ahead = _cjk(before) and _ITEM_AHEAD.match(ahead) is not None
    after_stop = before in ".,;:!?%)" and _cjk(after)  # …占GDP比重47.1%. 发改委: a cell's end, then the next
    if not boxes or not after or not (_cjk(before) and _cjk(after) or row_number or item_ahead or after_stop):
        return False
    left, nxt = boxes[-1], next_box()
    height = max(left[3] - left[1], nxt[3] - nxt[1], 1.0)
    return nxt[0] - left[2] >= TYPED_GAP * height


def _page_lines(textpage, page_no: int, raw) -> list[_PdfLine]:
    out: list[_PdfLine] = []
    chars: list[str] = []
    boxes: list[tuple[float, float, float, float]] = []

    def flush():
        text = "".join(chars).strip()
        if text and boxes:
            widths = [b[2] - b[0] for b, c in zip(boxes, (c for c in chars if not c.isspace())) if "\u4e00" <= c <= "\u9fff"]
            cw = statistics.median(widths) if widths else statistics.median([max(b[3] - b[1], 1.0) for b in boxes])
            out.append(_PdfLine(text, min(b[0] for b in boxes), max(b[2] for b in boxes),
                                max(b[3] for b in boxes), min(b[1] for b in boxes), cw, page_no))
        chars.clear()
        boxes.clear()

    n = textpage.count_chars()
    text = [chr(raw.FPDFText_GetUnicode(textpage.raw, i)) for i in range(n)]
    looked: dict[int, tuple] = {}  # the box of a glyph read ahead, beside a generated space

    def box(k: int):
        return looked.pop(k) if k in looked else textpage.get_charbox(k)

    def box_ahead(k: int):
        looked[k] = looked.get(k) or textpage.get_charbox(k)
        return looked[k]

    for i, ch in enumerate(text):
        if ch in "\r\n":
            flush()
            continue
        if ch in "\x00\ufffe\uffff":
            continue
        if ch == " " and raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
            # pdfium adds a space where a gap shows, but writers also leave a gap between
            # Chinese and Latin text (就业951 set in two fonts) where nobody typed a space: next
            # to Chinese a generated space is dropped; between Latin words it is kept.
            before, after = (chars[-1] if chars else ""), (text[i + 1] if i + 1 < n else "")
            if not before or ((_cjk(before) or _cjk(after))
                              and not _typed_space(chars, boxes, "".join(text[i + 1 : i + 5]), lambda: box_ahead(i + 1))):
                continue
        chars.append(ch)
        if not ch.isspace():
            boxes.append(box(i))
    flush()
    return out


def _strip_page_numbers(page: list[_PdfLine]) -> list[_PdfLine]:
    """The page number at the foot or head of a page goes; a bare number standing at the text's
    left edge stays: it is a table row's 序号 that the page happens to end (or begin) with."""
    left = min((ln.left for ln in page), default=0.0)

    def page_number(ln: _PdfLine) -> bool:
        bare = ln.text.strip().isdigit()
        return bool(_PAGE_NUMBER.match(ln.text)) and not (bare and len(page) > 1 and ln.left - left < ln.char_width)

    while page and page_number(page[-1]):
        page = page[:-1]
    while page and page_number(page[0]):
        page = page[1:]
    return page


_ROW_NUMBER = re.compile(r"\d{1,3} (?=[\u4e00-\u9fa5])")


def _starts_block(text: str) -> bool:
    return bool(L.BOX.match(text) or L.heading(text) or L.item(text) or L.NOTE.match(text))


def _pitch(lines: list[_PdfLine]) -> tuple[float, bool]:
    """Line pitch, and whether paragraphs are set apart by extra space."""
    dists = sorted(a.top - b.top for a, b in zip(lines, lines[1:]) if a.page == b.page and a.top > b.top)
    if not dists:
        return 0.0, False
    pitch = dists[len(dists) // 5]
    # Space between paragraphs adds a fraction of a line; a blank line adds a whole one and
    # says nothing about how the other paragraphs are set.
    spaced = sum(1 for d in dists if 1.3 * pitch < d < 1.9 * pitch) / len(dists)
    return pitch, 0.1 <= spaced <= 0.9


def join_lines(lines: list[_PdfLine]) -> list[str]:
    """Rejoin lines broken by the page width (see module docstring). Where the document sets
    paragraphs apart with space, that space decides; otherwise a line continues the previous one
    when that one reaches the margin or stops mid-sentence (LibreOffice and Word move a whole
    ``〔2021〕29号`` to the next line) and the new line is not indented."""
    if not lines:
        return []
    long_lines = [ln for ln in lines if len(ln.text) >= 8] or lines
    pages = sorted({ln.page for ln in long_lines})
    # The text's right edge: the widest page's (a page of short table cells printed one a line
    # never reaches it, and must not pull it in)
    right = max(max(ln.right for ln in long_lines if ln.page == p) for p in pages)
    left = statistics.median(min(ln.left for ln in long_lines if ln.page == p) for p in pages)
    pitch, spaced = _pitch(lines)
    # Lines twice a character's height apart or more are each a paragraph of one line (a list
    # or a table printed cell by cell); only a line that reaches the margin goes on.
    sparse = pitch > 2.1 * statistics.median(ln.char_width for ln in lines)
    out: list[str] = [lines[0].text]
    for prev, ln in zip(lines, lines[1:]):
        cw = max(prev.char_width, 1.0)
        same_page = ln.page == prev.page
        # rows of a table laid out with spaces, each opening with its number (4 安排… 财政部 / 5 中央…)
        next_row = _ROW_NUMBER.match(ln.text) and _ROW_NUMBER.match(out[-1])
        if prev.row or ln.row or next_row or _starts_block(ln.text) or (same_page and prev.top - ln.top > 1.3 * pitch):
            join = False
        elif spaced and same_page:
            join = True
        else:
            full = prev.right >= right - 2.5 * cw
            open_end = prev.text[-1] not in _PARAGRAPH_END
            # across a page break where space sets paragraphs apart, only a line that reaches the
            # margin goes on (序号 ending a page is a table's cell, not half a sentence)
            goes_on = full if spaced or sparse else full or open_end
            join = goes_on and (open_end or not sparse) and ln.left <= left + 0.8 * cw
        if join:
            sep = " " if prev.text[-1:].isascii() and prev.text[-1:].isalnum() and ln.text[:1].isascii() else ""
            out[-1] += sep + ln.text
        else:
            out.append(ln.text)
    return out


def _with_tables(lines: list[_PdfLine], tables: list[PageTable], page_no: int) -> list[_PdfLine]:
    """The page's lines with the text inside each ruled table replaced by its rows."""
    if not tables:
        return lines
    cw = statistics.median(ln.char_width for ln in lines) if lines else 10.0
    kept = [ln for ln in lines if not any(t.holds(ln.top, ln.bottom) for t in tables)]
    rows = [_PdfLine("\t".join(r.cells), r.left, r.right, r.top, r.bottom, cw, page_no, row=True)
            for t in tables for r in t.rows]
    return sorted(kept + rows, key=lambda ln: -ln.top)


def read_pdf(data: bytes, name: str) -> SourceText:
    """Extracted text of a PDF's text layer, wrapped lines rejoined."""
    import pypdfium2 as pdfium  # lazy: only PDFs need it
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        reason = "password-protected" if "password" in str(err).lower() else "damaged or not a PDF"
        raise ExtractionError(f"cannot open PDF: {reason}") from None
    finder = TableFinder(data)
    try:
        lines: list[_PdfLine] = []
        for page_no in range(len(pdf)):
            page = pdf[page_no]
            textpage = page.get_textpage()
            page_lines = _strip_page_numbers(_page_lines(textpage, page_no, raw))
            lines.extend(_with_tables(page_lines, finder.tables(page, textpage, page_no), page_no))
            textpage.close()
            page.close()
    finally:
        pdf.close()
        finder.close()
    if sum(len(ln.text) for ln in lines) < 20:
        raise ExtractionError("PDF has no text layer (a scanned image?): run OCR first, then build the text")
    return SourceText(name, "\n".join(join_lines(lines)) + "\n", "pdf", digest(data))
