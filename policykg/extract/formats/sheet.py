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


def read_xlsx(data: bytes, name: str) -> SourceText:
    """Extracted text of a workbook: every sheet, one line per row."""
    import openpyxl  # lazy: only spreadsheets need it

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as err:  # openpyxl raises many types for damaged or protected files
        raise ExtractionError(f"cannot open Excel workbook: {type(err).__name__}") from None
    parts = [(ws.title, _sheet_rows(ws)) for ws in wb.worksheets if ws.max_row > 0]
    return _labelled(parts, name, data, "xlsx")


def read_csv(data: bytes, name: str) -> SourceText:
    """Extracted text of a CSV/TSV table (Excel in China saves CSV as GBK: detected)."""
    src = decode(data, name)
    sample = src.text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") + sample.count("，") else ","
    rows = list(csv.reader(io.StringIO(src.text, newline=""), delimiter=delimiter))
    return _labelled([("", rows)], name, data, f"csv/{src.encoding}")
