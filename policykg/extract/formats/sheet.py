"""Task tables from spreadsheets: .xlsx (openpyxl) and .csv/.tsv (encoding detected).

Each spreadsheet row becomes one line (cells separated by tabs) and ``line_labels`` records its
row number, so ``line`` in the graph and in exports is the row a user sees in Excel. A workbook
with several sheets gets a marker line ``【工作表：名称】`` before each sheet (label 0) that the
structure stage reads as a section heading.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import replace

from .. import limits
from ..records import ExtractionError
from ..text import SourceText, decode, digest
from .grid import rows_to_text

SHEET_MARKER = "【工作表：{}】"


def _value(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _sheet_rows(ws) -> list[list[str]]:
    # (merged ranges were checked in the sheet's XML, before openpyxl spread them: see _prescan)
    limits.check("table_cells", (ws.max_row or 0) * (ws.max_column or 0))
    rows = [[_value(v) for v in row] for row in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:
        top = _value(ws.cell(rng.min_row, rng.min_col).value)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                    # Merged down: every row carries it; merged across: written once.
                    rows[r - 1][c - 1] = top if c == rng.min_col else ""
    return rows


def _labelled(parts: list[tuple[str, list[list[str]]]], name: str, data: bytes, encoding: str) -> SourceText:
    lines, labels = [], []
    for sheet, rows in parts:
        if len(parts) > 1:
            lines.append(SHEET_MARKER.format(sheet))
            labels.append(0)
        for n, row in enumerate(rows, start=1):
            lines.append(rows_to_text([row]))
            labels.append(n)
    return SourceText(name, "\n".join(lines) + "\n", encoding, digest(data), tuple(labels))


_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')
_CELL = re.compile(rb"<c\b[^>]*>(.*?)</c>", re.S)
_VALUE = re.compile(rb"<v>[^<]+</v>|<is>")


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _prescan(data: bytes) -> int:
    """Read the sheets' XML before openpyxl does: refuse merged ranges over the cell limit (openpyxl
    makes an object per merged cell), and count formulas saved without their values."""
    unsaved = 0
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for member in z.namelist():
            if member.startswith("xl/worksheets/") and member.endswith(".xml"):
                xml = z.read(member)
                limits.check("table_cells", sum((int(r2) - int(r1) + 1) * (_column(c2) - _column(c1) + 1)
                                                for c1, r1, c2, r2 in _MERGE.findall(xml)))
                unsaved += sum(1 for body in _CELL.findall(xml) if b"<f" in body and not _VALUE.search(body))
    return unsaved


def read_xlsx(data: bytes, name: str) -> SourceText:
    """Extracted text of a workbook: every sheet, one line per row."""
    import openpyxl  # lazy: only spreadsheets need it

    try:
        unsaved = _prescan(data)
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except ExtractionError:
        raise
    except Exception as err:  # openpyxl raises many types for damaged or protected files
        raise ExtractionError(f"cannot open Excel workbook: {type(err).__name__}") from None
    parts = [(ws.title, _sheet_rows(ws)) for ws in wb.worksheets if ws.max_row > 0]
    src = _labelled(parts, name, data, "xlsx")
    if unsaved:
        return replace(src, warnings=(f"{unsaved} formula cell{'s' if unsaved > 1 else ''} saved without "
                                      f"{'their values' if unsaved > 1 else 'its value'}: open and save the file in Excel to keep them",))
    return src


def read_csv(data: bytes, name: str) -> SourceText:
    """Extracted text of a CSV/TSV table (Excel in China saves CSV as GBK: detected)."""
    src = decode(data, name)
    sample = src.text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") + sample.count("，") else ","
    limits.check("chars", len(src.text))
    try:
        rows = list(csv.reader(io.StringIO(src.text, newline=""), delimiter=delimiter))
    except csv.Error as err:  # e.g. a field over the csv module's 128 KB limit
        raise ExtractionError(f"cannot read the CSV table: {err}") from None
    return _labelled([("", rows)], name, data, f"csv/{src.encoding}")
