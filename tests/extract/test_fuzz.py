"""Fuzzing (issue 13): arbitrary text, bytes and table shapes never make a reader or the pipeline
raise anything but the one-line ExtractionError, and each finishes within a bound."""

import io
import time
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policykg.extract.formats import read_bytes
from policykg.extract.formats.grid import Cell, fill
from policykg.extract.pipeline import extract_source, extract_text
from policykg.extract.records import ExtractionError
from policykg.extract.text import decode

FAST = settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", 60)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text made of what plans are made of, so that the structure stages see boxes, brackets, tables.
PIECES = st.sampled_from(["专栏1 重点任务", "专栏", "1.", "（一）", "一、", "第一章", "（", "）", "(", ")", "牵头单位：", "配合单位：",
                          "市人社局", "省财政厅、", "各有关部门", "等", "牵头", "负责", "\t", "\n", "│", "┌─┐", "序号\t重点任务\t牵头单位",
                          "《规划》", "〔2023〕5号", "落实", "到2025年", " ", "；", "。", "，", "：", "—", "#", "|", "<td>"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=120).map("".join)


def _safely(run):
    t0 = time.perf_counter()
    try:
        run()
    except ExtractionError as err:
        assert str(err) and "\n" not in str(err)
    assert time.perf_counter() - t0 < 10


@FAST
@given(TEXT)
def test_any_text_is_read_or_refused_in_one_line(text):
    _safely(lambda: extract_text("fuzz.txt", text))


@FAST
@given(st.binary(max_size=4000), st.sampled_from(["x.txt", "x.html", "x.csv", "x.docx", "x.xlsx", "x.pdf"]))
def test_any_bytes_under_any_name_are_read_or_refused_in_one_line(data, name):
    _safely(lambda: extract_source(read_bytes(data, name)))


@FAST
@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"]),
       st.integers(min_value=0, max_value=5))
def test_encoded_text_cut_anywhere_decodes_or_is_refused_in_one_line(text, encoding, cut):
    data = text.encode(encoding, errors="replace")
    _safely(lambda: decode(data[: max(0, len(data) - cut)], "fuzz.txt"))


@FAST
@given(st.lists(st.lists(st.tuples(TEXT, st.integers(0, 2000), st.integers(0, 2000)), max_size=6), max_size=6))
def test_any_table_shape_is_laid_out_or_refused(rows):
    _safely(lambda: fill([[Cell(t, r, c) for t, r, c in row] for row in rows]))


@FAST
@given(st.dictionaries(st.sampled_from(["word/document.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                                        "[Content_Types].xml", "other.bin"]), st.binary(max_size=300), max_size=4))
def test_any_office_lookalike_is_read_or_refused_in_one_line(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in members.items():
            z.writestr(name, body)
    _safely(lambda: extract_source(read_bytes(out.getvalue(), "fuzz.docx")))
