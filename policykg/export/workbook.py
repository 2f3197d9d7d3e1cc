"""Department task lists and the responsibility matrix, for people who work in Excel (pandas).

Read from the store (never by re-parsing documents). Agencies are grouped by canonical name, so
市人社局 in one plan and 营口市人力资源和社会保障局 in another are one list. Column headers are
Chinese: 序号, 任务, 角色 (牵头/配合/推定牵头), 专栏, 规划, 层级, 来源, plus 完成时限.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..files import atomic_path
from ..store.embedded import PlanStore
from ..store.reading import responsibilities

COLUMNS = ["序号", "任务", "角色", "专栏", "规划", "层级", "来源", "完成时限"]
_WIDTHS = {"序号": 6, "任务": 48, "角色": 10, "专栏": 30, "规划": 40, "层级": 8, "来源": 44, "完成时限": 16,
           # policykg diff's columns
           "变化": 10, "原任务": 40, "说明": 30, "原牵头": 24, "新牵头": 24, "原配合": 30, "新配合": 30, "原行": 7, "新行": 7}

def department_lists(store: PlanStore) -> dict:
    """Agency (canonical name) → pandas DataFrame of its tasks, in ``COLUMNS`` order."""
    import pandas as pd  # lazy: heavy

    by_agency: dict[str, list[dict]] = {}
    for r in responsibilities(store):
        by_agency.setdefault(r["agency"], []).append(r)
    out = {}
    for agency in sorted(by_agency):
        df = pd.DataFrame(by_agency[agency])[COLUMNS[1:]]
        df.insert(0, "序号", range(1, len(df) + 1))
        out[agency] = df
    return out


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


def write_xlsx(frames: dict, path: Path) -> None:
    """One sheet per key, header frozen, widths set, text wrapped in the task column.

    Written with openpyxl itself: pandas' ExcelWriter rebuilds its map of every sheet by name
    each time it writes one, which made a workbook of 1,500 agencies take over ten minutes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    names = sheet_names(list(frames))
    book = Workbook()
    book.remove(book.active)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for key, df in frames.items():
        ws = book.create_sheet(names[key])
        ws.append([str(c) for c in df.columns])
        for values in df.itertuples(index=False, name=None):
            ws.append([_cell_value(v) for v in values])
        for row in ws.iter_rows(min_row=2):  # document text that starts with "=" is text, not a formula
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
        ws.freeze_panes = "A2"
        for i, col in enumerate(df.columns, start=1):
            header = ws.cell(row=1, column=i)
            ws.column_dimensions[header.column_letter].width = _WIDTHS.get(str(col), max(8, min(40, len(str(col)) * 2 + 2)))
            header.font = bold
        for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
            for cell in row:
                cell.alignment = wrap
    if not frames:
        book.create_sheet("Sheet")
    with atomic_path(path) as tmp:
        book.save(tmp)
        _without_timestamps(tmp)


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
