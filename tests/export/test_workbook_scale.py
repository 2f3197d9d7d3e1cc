"""A workbook with a sheet per agency of a large corpus is written in seconds, not minutes."""

import time

import pandas as pd
from openpyxl import load_workbook

from policykg.export.workbook import write_xlsx


def test_fifteen_hundred_agency_sheets_in_seconds(tmp_path):
    frames = {f"营口{n}市人力资源和社会保障局": pd.DataFrame({"序号": [1, 2], "任务": [f"任务{n}", "=1+1"], "完成时限": [None, "2025年"]})
              for n in range(1500)}
    t0 = time.perf_counter()
    write_xlsx(frames, tmp_path / "w.xlsx")
    assert time.perf_counter() - t0 < 30  # (pandas' ExcelWriter: over ten minutes; cubic in the sheets)
    book = load_workbook(tmp_path / "w.xlsx")
    assert len(book.sheetnames) == 1500
    ws = book[book.sheetnames[7]]
    assert [c.value for c in ws[1]] == ["序号", "任务", "完成时限"]
    assert [c.value for c in ws[3]] == [2, "=1+1", "2025年"] and ws["B3"].data_type == "s"
    assert ws["C2"].value is None
