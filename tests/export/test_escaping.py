"""Document text never becomes markup or a formula in an output (issue 13): Markdown escapes
HTML and its own syntax, a CSV for Excel and a workbook keep `=…` as text."""

import io

import openpyxl
import pandas as pd

from policykg.export.tables import write_rows
from policykg.export.workbook import write_xlsx

HOSTILE = ['<img src=x onerror=alert(1)>推进工作', '=HYPERLINK("http://evil.example","点击")', "[链接](javascript:alert(1))", "-5%"]


def test_markdown_shows_document_text_as_text():
    out = io.StringIO()
    write_rows([{"任务": t} for t in HOSTILE], ["任务"], "md", out)
    body = out.getvalue()
    assert "<img" not in body and "&lt;img src=x onerror=alert(1)&gt;推进工作" in body
    assert "\\[链接\\](javascript:alert(1))" in body


def test_a_csv_for_excel_and_a_workbook_never_run_document_text_as_a_formula(tmp_path):
    out = io.StringIO()
    write_rows([{"任务": t} for t in HOSTILE], ["任务"], "csv", out, bom=True)
    import csv

    cells = [row[0] for row in csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff")))]
    assert cells[2] == "'" + HOSTILE[1] and cells[4] == "-5%"  # a number stays a number
    path = tmp_path / "x.xlsx"
    write_xlsx({"任务": pd.DataFrame({"任务": HOSTILE})}, path)
    ws = openpyxl.load_workbook(path).active
    assert ws["A3"].value == HOSTILE[1] and ws["A3"].data_type == "s"
