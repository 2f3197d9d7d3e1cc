"""A query's answer as a file to download from ``policykg serve``: CSV (UTF-8 with a BOM, for
Excel) or a workbook (xlsx, openpyxl), written by the same writers as the command line's exports;
the rows in the order the page shows them.

>>> sort_rows([["b", "10"], ["a", "9"], ["c", ""]], 1, False)
[['c', ''], ['a', '9'], ['b', '10']]
>>> sort_rows([["b", "10"], ["a", "9"]], 0, True)
[['b', '10'], ['a', '9']]
>>> download_name("部门 任务/清单", "xlsx")
'部门_任务_清单.xlsx'
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from urllib.parse import quote

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong")}


def result_table(data: dict) -> tuple[list[str], list[list]]:
    """SPARQL JSON results as (columns, rows); a number a query computed stays a number (for a sheet)."""
    if "boolean" in data:
        return ["ask"], [[str(bool(data["boolean"])).lower()]]
    columns = data["head"]["vars"]

    def value(term):
        if term is None:
            return ""
        if term.get("datatype") in _NUMERIC:
            number = _number(term["value"])
            if number is not None:
                return int(number) if number.is_integer() and "." not in term["value"] else number
        return term["value"]

    return columns, [[value(b.get(c)) for c in columns] for b in data["results"]["bindings"]]


def _number(value) -> float | None:
    if isinstance(value, (int, float)):
        return float(value)
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def sort_rows(rows: list[list], column: int, descending: bool) -> list[list]:
    """The rows by one column as the page sorts them: by number when every value of the column
    that is not empty is a number (empty first), else by text (code point)."""
    values = [r[column] for r in rows]
    numeric = all(v == "" or _number(v) is not None for v in values) and any(v != "" for v in values)
    key = (lambda r: -math.inf if r[column] == "" else _number(r[column])) if numeric else (lambda r: str(r[column]))
    return sorted(rows, key=key, reverse=descending)


def download_name(name: str, fmt: str) -> str:
    """A file name from a query's name: letters (Chinese too), digits, ``-`` and ``_`` kept."""
    return (re.sub(r"[^\w-]+", "_", name).strip("_") or "query") + "." + fmt


def disposition(filename: str) -> str:
    """A Content-Disposition for a name that may be Chinese (RFC 6266: an ASCII fallback and UTF-8)."""
    fallback = filename.encode("ascii", "replace").decode().replace("?", "_")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"


def write_table(name: str, columns: list[str], rows: list[list], fmt: str, folder: Path) -> Path:
    """The table as a CSV (with BOM; a cell Excel would run as a formula starts with ') or as a
    one-sheet workbook, written in ``folder`` (the caller's own); returns the file."""
    path = folder / download_name(name, fmt)
    if fmt == "csv":
        from ..export.tables import write_rows

        with open(path, "w", encoding="utf-8", newline="") as fh:
            write_rows([dict(zip(columns, r)) for r in rows], columns, "csv", fh, bom=True)
    else:
        from ..export.workbook import write_sheet

        write_sheet(rows, columns, path, name)
    return path
