"""A 主要指标 box read whole: its header, its category rows (一、就业), and for each data row the
name, the unit, the attribute (预期性/约束性) and every value with the column it stands in.

Tables reach us in three shapes, and read the same: cells separated by tabs (a Word table or a
web page's), one cell per line (a web page whose table was flattened: empty cells are lost, so
the cells are placed by what they are), and cells separated by spaces (a PDF's text: split by
the forms values take, :func:`.quantities.split_cells`). The table's note (注：[]内为五年累计数)
says which brackets mark cumulative figures.

Placing the cells of a row that has fewer than the header's columns (a flattened table): the
attribute word goes to 属性; a bracketed cumulative figure, and the rate of an indicator named
…增长 with only one value, to the 年均/累计 column; two plain values to the first two year
columns; one value with a comparator (a target: >95, ≥34) to the last year column; one plain
value beside a cumulative figure to the first year column (the baseline: the target is the
cumulative figure); anything else a reader could not place either goes to column ``?`` with
its value kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lines as L
from .quantities import Quantity, read_cell, split_cells

CATEGORY = re.compile(r"^[一二三四五六七八九十]+、")
NOTE = re.compile(r"^(?:注|备注|说明)\s*[:：]")
NAME_HEADERS = ("指标名称", "指标", "主要指标", "名称", "项目", "类别", "序号")
ATTRIBUTE_HEADERS = ("属性", "指标属性", "指标性质", "性质")
UNIT_HEADERS = ("单位", "计量单位")
ATTRIBUTES = ("预期性", "约束性")
# a header cell where nothing separates the cells (a PDF's "指标名称2020 年2025 年")
HEADER_CELL = re.compile(
    r"\d{4}\s*年\s*(?:基数|基期值?|目标值?|完成数?|完成值|预计数?|实际)?|[“\"]?\s*十[一二三四五六七八九]?五\s*[”\"]?\s*"
    r"(?:时期)?\s*(?:规划目标|目标|累计|年均)?|年均\s*/\s*累计|年均增[长速]|年均|累计|指标属性|属性|计量单位|单位|目标值")


@dataclass
class Cell:
    """A value cell: its text as read, where it is in the text, and the column it stands in."""

    column: str
    quantity: Quantity
    start: int
    end: int


@dataclass
class Row:
    number: str
    category: str
    name: str
    unit: str
    attribute: str
    start: int
    end: int
    name_at: tuple[int, int] = (0, 0)  # where the name is in the text
    cells: list[Cell] = field(default_factory=list)
    raw: list[tuple[int, int]] = field(default_factory=list)  # the ranges its cells are in


def _header_cells(lines) -> list[str]:
    cells: list[str] = []
    for line in lines:
        parts = [p.strip() for p in line.text.split("\t") if p.strip()]
        if len(parts) == 1 and len(HEADER_CELL.findall(parts[0])) > 1 - parts[0].startswith(NAME_HEADERS):
            found = [re.sub(r"\s+", " ", m.group()).strip() for m in HEADER_CELL.finditer(parts[0])]
            parts = ([parts[0][:parts[0].find(found[0])].strip()] if not parts[0].startswith(found[0]) else []) + found
        cells += [re.sub(r"\s+", " ", p) for p in parts]
    return cells


def _brackets(note: str) -> str:
    m = re.search(r"([\[〔［【（(])\s*([\]〕］】）)])\s*内", note)
    return m.group(1) + m.group(2) if m else "[]〔〕［］【】（）()"


def _name_and_unit(text: str, unit_rx) -> tuple[str, str, int]:
    """(name, unit, where the values start) of a row's text after its number."""
    for m in re.finditer(r"\s*[（(]([^（）()]{1,12})[）)]", text):
        if unit_rx.match(m.group(1).strip()):
            return text[:m.start()].strip(), m.group(1).strip(), m.end()
    cut = re.search(r"\t|\s+(?=[\d—\-<>≤≥\[〔［（(])|(?<=[\u4e00-\u9fff])(?=—)", text)
    return (text[:cut.start()].strip(), "", cut.start()) if cut else (text.strip(), "", len(text))


def _place(cells: list[str], columns: list[str], name: str, cumulative: str) -> list[tuple[str, str]]:
    """(column, cell) for the cells of a row with fewer cells than columns (module docstring)."""
    out, free = [], list(columns)
    rest = []
    for c in cells:
        q = read_cell(c, cumulative)
        yearly = [k for k in free if "累计" in k or "年均" in k]
        if yearly and (q.cumulative or (len(cells) == 1 and re.search(r"增长|增速", name))):
            out.append((yearly[0], c))
            free.remove(yearly[0])
        else:
            rest.append((c, q))
    years = [k for k in free if re.search(r"\d{4}", k)] or free
    if len(rest) == len(free):
        out += [(k, c) for k, (c, _) in zip(free, rest)]
    elif len(rest) >= 2 and len(years) >= len(rest):
        out += [(k, c) for k, (c, _) in zip(years, rest)]
    elif len(rest) == 1 and years and (rest[0][1].comparator or rest[0][1].approximate):
        out.append((years[-1], rest[0][0]))
    elif len(rest) == 1 and years and out:  # the target is the cumulative figure: this is the baseline
        out.append((years[0], rest[0][0]))
    else:
        out += [("?", c) for c, _ in rest]
    return out


def read_table(text: str, lines, unit_rx) -> tuple[list[str], list[Row], str]:
    """(value columns, data rows, note) of an indicator box: ``lines`` are its lines after the
    title (objects with ``text``, ``start``, ``end``) in the normalised ``text``."""
    first = next((k for k, ln in enumerate(lines) if CATEGORY.match(ln.text) or L.item(ln.text)), len(lines))
    header = _header_cells(lines[:first])
    if header and header[0].startswith(NAME_HEADERS):
        header = header[1:]
    note = next((ln.text for ln in lines if NOTE.match(ln.text)), "")
    cumulative = _brackets(note)
    rows: list[Row] = []
    category = ""
    for ln in lines[first:]:
        if NOTE.match(ln.text) or ("。" in ln.text and len(ln.text) > 40):
            break  # the note, or body text after a table that has none
        num = L.item(ln.text)
        if CATEGORY.match(ln.text) and not num:
            category = ln.text.split("\t")[0].strip()
            continue
        if num:
            start = ln.start + num[1]
            segment = text[start:ln.end]
            name, unit, at = _name_and_unit(segment, unit_rx)
            lead = start + len(segment) - len(segment.lstrip())
            rows.append(Row(num[0], category, name, unit, "", ln.start, ln.end, (lead, lead + len(name))))
            rows[-1].raw = [(start + at, ln.end)]
        elif rows and ln.text.strip():
            rows[-1].raw.append((ln.start, ln.end))  # a flattened table: one cell a line
            rows[-1].end = ln.end
    for row in rows:
        _fill(text, row, header, cumulative)
    return [h for h in header if h not in ATTRIBUTE_HEADERS], rows, note


def _pieces(text: str, row: Row) -> list[tuple[str, int, int]]:
    """(cell text, start, end) of every cell of a row's value ranges, empty tab cells included."""
    pieces = []
    for a, b in row.raw:
        segment = text[a:b]
        parts = segment.split("\t") if "\t" in segment else split_cells(segment)
        pos = a
        for part in parts:
            k = text.find(part, pos, b) if part else -1
            k = pos if k < 0 else k
            lead = len(part) - len(part.lstrip())
            pieces.append((part.strip(), k + lead, k + len(part.rstrip())))
            pos = k + len(part)
    return pieces


def _fill(text: str, row: Row, header: list[str], cumulative: str) -> None:
    """The row's cells from its raw ranges: by position when a tab keeps every cell in place,
    else by count, else placed by what they are (module docstring)."""
    pieces = _pieces(text, row)
    placed: list[tuple[str, tuple[str, int, int]]] = []
    if len(row.raw) == 1 and "\t" in text[row.raw[0][0]:row.raw[0][1]]:
        if pieces and not pieces[0][0]:
            pieces = pieces[1:]  # (the tab between the name and the first value)
        for i, p in enumerate(pieces):
            column = header[i] if i < len(header) else "?"
            if column in ATTRIBUTE_HEADERS or p[0] in ATTRIBUTES:
                row.attribute = row.attribute or p[0]
            elif column in UNIT_HEADERS:
                row.unit = row.unit or p[0]
            elif p[0]:
                placed.append((column, p))
    else:
        row.attribute = next((p[0] for p in pieces if p[0] in ATTRIBUTES), "")
        values = [p for p in pieces if p[0] and p[0] not in ATTRIBUTES]
        columns = [h for h in header if h not in ATTRIBUTE_HEADERS and h not in UNIT_HEADERS]
        if len(values) == len(columns):
            placed = list(zip(columns, values))
        else:
            left = list(values)
            for column, cell in _place([p[0] for p in values], columns, row.name, cumulative):
                p = next(v for v in left if v[0] == cell)
                left.remove(p)
                placed.append((column, p))
    row.cells = [Cell(column, read_cell(cell, cumulative), a, b) for column, (cell, a, b) in placed]
