"""The seeds converted to the formats users download (Word, web page in UTF-8 and GBK, PDF made
by LibreOffice with page numbers and page-width line wrapping) come out exactly as the text
files do: the same hand-checked tasks and owners, the same metadata and citations."""

import re

import pytest

from policykg.extract.formats import read_bytes, sniff
from policykg.extract.pipeline import extract_file, extract_source
from tests.conftest import ALL_EXAMPLES, LIAONING, SICHUAN, YINGKOU, expected_tasks
from tests.convert import PDF_DIR, text_lines, to_docx, to_html

FORMATS = {
    "docx": lambda p: to_docx(text_lines(p)),
    "html": lambda p: to_html(text_lines(p)),
    "gbk.html": lambda p: to_html(text_lines(p), charset="gbk"),
    "pdf": lambda p: (PDF_DIR / (p.stem + ".pdf")).read_bytes(),
}


def _converted(path, fmt):
    # Named .txt on purpose: the format must be recognised from the content, not the name.
    return extract_source(read_bytes(FORMATS[fmt](path), path.stem + ".txt"))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("name,path", [("liaoning", LIAONING), ("yingkou", YINGKOU), ("sichuan", SICHUAN)])
def test_converted_seed_gives_the_hand_checked_tasks(name, path, fmt):
    rec = _converted(path, fmt)
    got = [(t.box_no, t.item_no, t.title, "、".join(o.written for o in t.lead), "、".join(o.written for o in t.co))
           for t in rec.tasks]
    assert got == expected_tasks(name)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("path", ALL_EXAMPLES, ids=lambda p: p.stem)
def test_converted_seed_keeps_metadata_citations_and_boxes(path, fmt):
    txt, rec = extract_file(path), _converted(path, fmt)
    assert rec.plan.title == txt.plan.title
    assert (rec.plan.issuers, rec.plan.doc_no, rec.plan.date, rec.plan.level, rec.plan.region) == (
        txt.plan.issuers, txt.plan.doc_no, txt.plan.date, txt.plan.level, txt.plan.region)
    assert [(c.title, c.relation, c.doc_no) for c in rec.citations] == [(c.title, c.relation, c.doc_no) for c in txt.citations]
    assert [(b.number, b.title, len(b.indicators)) for b in rec.boxes] == [(b.number, b.title, len(b.indicators)) for b in txt.boxes]


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_line_and_offsets_point_into_the_extracted_text(fmt):
    src = read_bytes(FORMATS[fmt](YINGKOU), "yingkou")
    rec = extract_source(src)
    lines = src.text.split("\n")
    for t in rec.tasks:
        assert src.text[t.span.start:t.span.end].startswith(t.title[:6])
        assert t.title[:6] in lines[t.span.line - 1]


def test_pdf_page_width_wrapping_is_undone():
    """LibreOffice wrapped the long body paragraphs over several lines and printed “— N —” page
    numbers; the extracted text has each paragraph on one line and no page numbers. (A PDF does
    not tell a typed space between Chinese and Latin text from layout spacing: both sides are
    compared without such spaces.)"""
    text = read_bytes(FORMATS["pdf"](LIAONING), "liaoning.pdf").text
    cjk_space = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) | (?=[\u3000-\u9fff\uff00-\uffef])")
    same = lambda ln: cjk_space.sub("", " ".join(ln.split()))  # noqa: E731
    original = [same(ln) for ln in text_lines(LIAONING) if ln.strip()]
    assert [same(ln) for ln in text.split("\n")[:-1]] == original
    assert not any(ln.startswith("— ") for ln in text.split("\n"))


def test_formats_are_recognised_by_content():
    assert [sniff(FORMATS[f](YINGKOU), "a.txt") for f in ("docx", "html", "pdf")] == ["docx", "html", "pdf"]
    # a page saved with its server's directives on top (a JSP's, a PHP's) is a page
    assert sniff('<%@page contentType="text/html; charset=utf-8" %>\n<html>\n<head><title>方案</title>'.encode(), "a.txt") == "html"
    assert sniff("<?php include 'head.php'; ?>\n<div>方案</div>".encode(), "a.txt") == "html"
    assert sniff("<规划>全文".encode(), "a.txt") == "text"


def test_owner_bracket_cut_by_the_page_width_is_one_item():
    """In the PDF, 专栏3 item 1 of Yingkou is printed as “…市教育局、营口理” + “工学院、营口职业技术学院)”;
    read back it is one item with all its owners."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from policykg.extract.formats.pdf import _page_lines

    pdf = pdfium.PdfDocument(FORMATS["pdf"](YINGKOU))
    printed = [ln.text for i in range(len(pdf)) for ln in _page_lines(pdf[i].get_textpage(), i, raw)]
    k = next(i for i, t in enumerate(printed) if t.startswith("1.实施高校毕业生就业创业促进计划"))
    assert printed[k].endswith("营口理") and printed[k + 1] == "工学院、营口职业技术学院)"
    task = next(t for t in _converted(YINGKOU, "pdf").tasks if t.box_no == "3" and t.item_no == "1")
    assert [o.written for o in task.co] == ["市国资委", "市教育局", "营口理工学院", "营口职业技术学院"]


def test_pdf_lines_set_far_apart_are_paragraphs_of_their_own():
    """A table or list printed one short line per paragraph (lines two character heights apart or
    more) is not run together; a paragraph wrapped at the margin still is."""
    from policykg.extract.formats.pdf import _PdfLine, join_lines

    def page(texts, pitch, cw=16.0):
        return [_PdfLine(t, 80.0, 80.0 + cw * len(t), 800.0 - n * pitch, 784.0 - n * pitch, cw, 1) for n, t in enumerate(texts)]

    cells = ["本表所列项目均为年度民生实事项目，由各牵头单位负责推进。", "序号", "项目内容", "牵头单位", "1", "建设四好农村路55公里", "县交通局"]
    assert join_lines(page(cells, pitch=40.0)) == cells
    # close lines that stop mid-sentence: one paragraph
    assert join_lines(page(cells[1:], pitch=24.0)) == ["序号项目内容牵头单位1建设四好农村路55公里县交通局"]


def test_a_page_of_short_cells_does_not_set_the_text_width():
    """The text's right edge is the widest page's: on a later page of short table cells, a cell at
    the foot of the page is not taken to reach the margin and run into the next page's first."""
    from policykg.extract.formats.pdf import _PdfLine, join_lines

    def line(text, n, page, cw=16.0, pitch=40.0):
        return _PdfLine(text, 80.0, 80.0 + cw * len(text), 800.0 - n * pitch, 784.0 - n * pitch, cw, page)

    notice = "各乡镇党委、政府，县属各单位：现将任务清单印发给你们，请结合实际，切实加强组织领导。"
    first = [line(notice[:26], 0, 0), line(notice[26:], 1, 0)]
    cells = ["确保粮食和重要农产品有效供给", "县农业农村局", "2", "农业劳动生产率及增幅", "县海洋与渔业局"]
    second = [line(t, n, 1) for n, t in enumerate(cells[:2])] + [line(t, n, 2) for n, t in enumerate(cells[2:])]
    assert join_lines(first + second) == [notice] + cells


def test_a_short_line_ending_a_page_in_a_document_with_spaced_paragraphs_ends_its_paragraph():
    """Where space sets paragraphs apart (a web page printed by a browser), a line that stops short
    of the margin at the foot of a page is a paragraph's end (序号, a table's cell), even without a
    full stop; a line reaching the margin goes on over the page break."""
    from policykg.extract.formats.pdf import _PdfLine, join_lines

    def line(text, top, page, cw=16.0):
        return _PdfLine(text, 80.0, 80.0 + cw * len(text), top, top - 16.0, cw, page)

    text = "各牵头单位要切实承担起牵头抓总责任，树立争先理念，细化量化核心定量指"  # 34 characters: to the margin
    first = [line(text, 800.0, 0), line("标和关键定性任务。", 780.0, 0), line("2023年政府工作报告重点工作责任分解", 750.0, 0),
             line("序号", 720.0, 0), line("主要工作任务", 800.0, 1), line("责任单位", 770.0, 1)]
    assert join_lines(first) == [text + "标和关键定性任务。", "2023年政府工作报告重点工作责任分解", "序号", "主要工作任务", "责任单位"]


def test_a_typed_space_after_latin_punctuation_before_chinese_is_kept_in_a_pdf():
    """常熟 2018 printed to PDF: 比重47.1%. 发改委 (a row's task, then its unit after a typed space)
    keeps the space; a comma set tight against the next character (以上,服务业) gets none."""
    from policykg.extract.formats.pdf import _typed_space

    period = [(100.0, 0.0, 104.0, 16.0)]  # the glyph box of "." (x0, y0, x1, y1), 16 high
    assert _typed_space(list("47.1%."), period, "发改委", lambda: (110.0, 0.0, 126.0, 16.0))  # a 6-wide gap
    assert not _typed_space(list("7%以上,"), period, "服务业", lambda: (106.0, 0.0, 122.0, 16.0))  # 2 wide


def test_a_pdf_line_closing_with_a_cell_mark_is_a_whole_row():
    """广州 2023 重点工作落实情况 printed to PDF: a row of a field table ends with its cell mark `|`;
    the next row is not run into it, even when the row is the widest line of the page."""
    from policykg.extract.formats.pdf import _PdfLine, join_lines

    rows = ["重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。|", "牵头单位: |市城市管理综合执法局|"]
    lines = [_PdfLine(t, 80.0, 80.0 + 12.0 * len(t), 800.0 - 40.0 * n, 784.0 - 40.0 * n, 12.0, 0) for n, t in enumerate(rows)]
    assert join_lines(lines) == rows
