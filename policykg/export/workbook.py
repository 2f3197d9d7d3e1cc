"""Workbooks for people who work in Excel: the one writer of every .xlsx (department lists,
task list, matrix, diff), each sheet with its header frozen, an autofilter, widths, wrapped text
and A4 landscape printing with the header on every page; and the responsibility matrix.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from ..files import atomic_path
from ..store.embedded import PlanStore
from ..store.reading import responsibilities
from .departments import SUMMARY, summary_chart

_WIDTHS = {"序号": 6, "任务": 48, "任务描述": 60, "角色": 10, "牵头单位": 24, "配合单位": 30, "目标": 20, "完成时限": 14,
           "专栏/章节": 28, "规划": 36, "层级": 8, "来源:行": 40, "进展情况": 30, "备注": 20,
           "部门": 34, "地区": 14,
           # policykg diff's columns
           "变化": 10, "原任务": 40, "说明": 30, "原牵头": 24, "新牵头": 24, "原配合": 30, "新配合": 30, "原行": 7, "新行": 7,
           # indicators, targets and deadlines
           "指标": 30, "列（原文）": 16, "值（原文）": 16, "目标（原文）": 24, "完成时限（原文）": 20, "开始日期": 12,
           "截止日期": 12, "上级规划": 36, "上级目标": 16, "来源": 36, "上级来源": 36, "行": 7, "上级行": 7}
_WRAPPED = {"任务", "任务描述", "配合单位", "原任务", "说明"}


def sheet_names(names: list[str]) -> dict[str, str]:
    """Valid, unique Excel sheet names (≤ 31 characters, none of []:*?/\\).

    >>> sheet_names(["营口市人力资源和社会保障局", "a/b", "a\\\\b"])
    {'营口市人力资源和社会保障局': '营口市人力资源和社会保障局', 'a/b': 'a_b', 'a\\\\b': 'a_b (2)'}
    """
    out, used = {}, set()
    for name in names:
        base = re.sub(r"[\[\]:*?/\\]", "_", name).strip("'") or "sheet"
        candidate, n = base[:31], 1
        while candidate.lower() in used:
            n += 1
            suffix = f" ({n})"
            candidate = base[: 31 - len(suffix)] + suffix
        used.add(candidate.lower())
        out[name] = candidate
    return out


def write_sheet(rows: list, columns: list[str], path: Path, sheet: str, numbers=(), dates=()) -> None:
    """A one-sheet workbook of ``rows`` (dicts keyed by column, or lists in column order);
    the text of the columns named in ``numbers`` and ``dates`` is written as number and date
    cells, which Excel sums, sorts and filters as such (an empty text stays an empty cell)."""
    import pandas as pd

    df = pd.DataFrame(rows, columns=columns)
    for c in numbers:
        if c in df:
            df[c] = [float(v) if v not in ("", None) else None for v in df[c]]
    for c in dates:
        if c in df:
            df[c] = [date.fromisoformat(v) if v else None for v in df[c]]
    write_xlsx({sheet: df}, path)


def write_xlsx(frames: dict, path: Path, freeze: str = "A2", summary=None) -> None:
    """One sheet per key (see the module docstring); ``freeze``: the top-left cell that scrolls
    (C2 keeps the header and the first two columns in view). ``summary``: a DataFrame for a
    汇总 sheet first, whose first column names the sheets (each a link to its sheet), with a
    bar chart of its first rows.

    Written with openpyxl itself: pandas' ExcelWriter rebuilds its map of every sheet by name
    each time it writes one, which made a workbook of 1,500 agencies take over ten minutes."""
    from openpyxl import Workbook
    from openpyxl.worksheet.hyperlink import Hyperlink

    names = sheet_names([SUMMARY] * (summary is not None) + list(frames))
    book = Workbook()
    book.remove(book.active)
    if summary is not None:
        ws = _sheet(book, SUMMARY, summary, "B2")
        for cell in ws["A"][1:]:  # (each agency's name goes to its sheet: a link inside the workbook)
            if cell.value in names:
                cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{names[cell.value]}'!A1")
                cell.style = "Hyperlink"
        summary_chart(ws, len(summary))
    for key, df in frames.items():
        _sheet(book, names[key], df, freeze)
    if not book.worksheets:
        book.create_sheet("Sheet")
    _save(book, path)


def _save(book, path: Path) -> None:
    """Save in full or not at all, with the same bytes for the same data."""
    with atomic_path(path) as tmp:
        book.save(tmp)
        _without_timestamps(tmp)


def _sheet(book, name: str, df, freeze: str):
    """A sheet of ``df`` in ``book``: header bold and frozen with the columns left of ``freeze``,
    autofilter, widths, wrapped long text, A4 landscape one page wide, the header on every page."""
    from openpyxl.styles import Alignment, Font

    ws = book.create_sheet(name)
    ws.append([str(c) for c in df.columns])
    for values in df.itertuples(index=False, name=None):
        ws.append([_cell_value(v) for v in values])
    for row in ws.iter_rows(min_row=2):  # document text that starts with "=" is text, not a formula
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    ws.freeze_panes = freeze
    ws.auto_filter.ref = ws.dimensions
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for i, col in enumerate(df.columns, start=1):
        header = ws.cell(row=1, column=i)
        ws.column_dimensions[header.column_letter].width = _WIDTHS.get(str(col), max(8, min(40, len(str(col)) * 2 + 2)))
        header.font = bold
        if str(col) in _WRAPPED or i == 2:
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.alignment = wrap
    ws.page_setup.orientation, ws.page_setup.paperSize = "landscape", ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    return ws


def _cell_value(v):
    """A DataFrame value as a cell: no value (NaN, None) is an empty cell; numpy numbers are numbers."""
    if v is None or (isinstance(v, float) and v != v):
        return None
    return v.item() if hasattr(v, "item") else v


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)")


def _without_timestamps(path: Path) -> None:
    """Same data, same bytes: openpyxl stamps the save time into docProps/core.xml and into every
    zip entry, so two exports of one store would differ. Both get a fixed time."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _STAMP.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            z.writestr(fixed, data)


ROLE_FILLS = {"牵头": "E69F00", "配合": "56B4E9", "推定牵头": "CCCCCC"}  # (Okabe–Ito orange and sky blue: told apart
# by colour-blind readers too, and the word is in the cell)
MATRIX_KEYS = 4  # 规划 专栏 任务 来源: the columns that say which task a row is


def write_matrix_xlsx(df, path: Path) -> None:
    """The responsibility matrix as one sheet: the task columns frozen beside the agencies,
    牵头 / 配合 / 推定牵头 cells coloured, a 合计 column (owners of each task) and 合计 rows
    under the agencies (tasks each leads, co-owns, is the inferred owner of)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    agencies = list(df.columns[MATRIX_KEYS:])
    df = df.copy()
    df["合计"] = (df[agencies] != "").sum(axis=1) if agencies else 0
    book = Workbook()
    book.remove(book.active)
    ws = _sheet(book, "责任矩阵", df, freeze=f"{chr(ord('A') + MATRIX_KEYS)}2")
    fills = {role: PatternFill("solid", fgColor=colour) for role, colour in ROLE_FILLS.items()}
    for row in ws.iter_rows(min_row=2, min_col=MATRIX_KEYS + 1, max_col=MATRIX_KEYS + len(agencies)):
        for cell in row:
            if cell.value in fills:
                cell.fill = fills[cell.value]
    bold = Font(bold=True)
    for role in ROLE_FILLS:
        ws.append(["", "", f"合计：{role}", ""] + [int((df[a] == role).sum()) for a in agencies])
        ws.cell(row=ws.max_row, column=3).font = bold
    for i, a in enumerate(agencies, start=MATRIX_KEYS + 1):  # (agency names are long: narrow columns, wrapped heads)
        ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = 8
    _save(book, path)


def responsibility_matrix(store: PlanStore):
    """Tasks × agencies, cells 牵头 / 配合 / 推定牵头 (pandas DataFrame; agencies by name)."""
    import pandas as pd

    rows = responsibilities(store)
    tasks: dict[str, dict] = {}
    for r in rows:
        tasks.setdefault(r["task_id"], {"规划": r["规划"], "专栏": r["专栏"], "任务": r["任务"], "来源": r["来源"]})
        tasks[r["task_id"]][r["agency"]] = r["角色"]
    agencies = sorted({r["agency"] for r in rows})
    df = pd.DataFrame(list(tasks.values()), columns=["规划", "专栏", "任务", "来源"] + agencies)
    return df.fillna("")
