"""Ruled tables in a PDF (a 任务分解表 as an attachment): rows of cells, not runs of text.

A PDF's text layer lists a table's characters cell by cell, line by line, so a row comes out as
``1新建改建农村公路120公里县交通运输局县财政局2030年12月`` or in wrapped pieces. The table's rules
are drawn as path objects: on a page that has some, pdfplumber finds the cells from the rules,
and the text of each cell is read from pdfium inside the cell's box (pdfium maps the glyphs of
Chinese fonts reliably). Each row becomes one line of tab-separated cells, the form every other
reader gives a table.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

# Pages with fewer path objects than this draw no ruled table; pdfplumber is not opened for them.
MIN_PATHS = 8
# Pages with more are drawings (a map, a chart), whose lines would make table finding slow.
MAX_PATHS = 3000


@dataclass
class TableRow:
    cells: list[str]
    left: float
    right: float
    top: float  # pdfium coordinates: origin at the bottom of the page
    bottom: float


@dataclass
class PageTable:
    top: float
    bottom: float
    left: float
    right: float
    rows: list[TableRow]

    def holds(self, top: float, bottom: float) -> bool:
        """Does a text line (by its vertical middle) lie inside the table?"""
        return self.bottom <= (top + bottom) / 2 <= self.top


class TableFinder:
    """Finds ruled tables page by page; opens the PDF with pdfplumber only when a page has rules."""

    def __init__(self, data: bytes):
        self.data = data
        self._plumber = None

    def tables(self, page, textpage, page_no: int) -> list[PageTable]:
        import pypdfium2.raw as raw

        count = raw.FPDFPage_CountObjects(page.raw)
        paths = sum(raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, k)) == raw.FPDF_PAGEOBJ_PATH for k in range(count))
        if not MIN_PATHS <= paths <= MAX_PATHS:
            return []
        try:
            found = self._open().pages[page_no].find_tables()
        except Exception:  # noqa: BLE001 — a table finder that fails on an odd page leaves its text as text
            return []
        height = page.get_height()
        out = []
        for table in found:
            rows = []
            columns: dict[int, float] = {}  # column → the middle of its cells
            for row in table.rows:
                for c, box in enumerate(row.cells):
                    if box is not None:
                        columns.setdefault(c, (box[0] + box[2]) / 2)
            for row in table.rows:
                if not any(row.cells):
                    continue
                # a cell merged down over several rows is read in each row it covers, as Word
                # and spreadsheet readers give a merged cell's value (a 牵头单位 merged down
                # over two rows owns both)
                boxes = [box or _covering(table.cells, columns.get(c), row.bbox) for c, box in enumerate(row.cells)]
                cells = [_cell_text(textpage, box, height) if box else "" for box in boxes]
                if any(cells):
                    x0, top, x1, bottom = row.bbox
                    rows.append(TableRow(cells, x0, x1, height - top, height - bottom))
            if len(rows) >= 2 or rows and len(rows[0].cells) >= 3:  # (the last row of a table on its own page)
                x0, top, x1, bottom = table.bbox
                out.append(PageTable(height - top, height - bottom, x0, x1, rows))
        return out

    def _open(self):
        if self._plumber is None:
            import pdfplumber  # lazy: only PDFs with ruled pages need it

            logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are not the user's
            self._plumber = pdfplumber.open(io.BytesIO(self.data))
        return self._plumber

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()


def _covering(cells, x: float | None, row_box) -> tuple[float, float, float, float] | None:
    """The cell merged down from above that covers column middle ``x`` in the row."""
    if x is None:
        return None
    y = (row_box[1] + row_box[3]) / 2
    # merged down from a row above; a cell merged across the row (一、稳定和扩大就业岗位 over
    # every column) is a group heading, read once
    return next((c for c in cells if c[0] <= x <= c[2] and c[1] <= y <= c[3] and c[1] < row_box[1] - 1), None)


# Chinese characters, full-width forms and CJK punctuation: beside them pdfium's gaps are no spaces.
CJK = "\u2e80-\u9fff\uff00-\uffef\u3000-\u303f"
_GAP = re.compile(rf"(?<=[{CJK}])\s+|\s+(?=[{CJK}])")


def _cell_text(textpage, box: tuple[float, float, float, float], height: float) -> str:
    """The text inside a cell (pdfplumber box: origin at the top), its wrapped lines rejoined and
    the gaps pdfium reports beside Chinese characters (2024 年 12 月) removed."""
    x0, top, x1, bottom = box
    text = textpage.get_text_bounded(left=x0, bottom=height - bottom, right=x1, top=height - top)
    return _GAP.sub("", "".join(part.strip() for part in text.splitlines())).strip()
