"""Turn a text document into the formats users download: a Word file (python-docx, the library
behind many office exports), a government-style web page, and — through LibreOffice — a PDF.

The PDFs are produced once by ``python tests/convert.py`` (LibreOffice is not needed to run the
tests) and committed under ``tests/fixtures/pdf/``; the .docx and .html conversions run inside
the tests.
"""

from __future__ import annotations

import html
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
PDF_DIR = ROOT / "fixtures" / "pdf"


def text_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _page_number_footer(section) -> None:
    """A centred ``— N —`` footer with a PAGE field, as government documents print it."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("— ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    p._p.append(fld)
    p.add_run(" —")


def to_docx(lines: list[str], indent: bool = True) -> bytes:
    """One paragraph per line, CJK font, A4, justified, page numbers in the footer, and the
    2-character first-line indent of Chinese official documents."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(28)
    style = d.styles["Normal"]
    style.font.size = Pt(12)
    style.font.name = "Noto Serif CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    style.paragraph_format.space_after = Pt(0)
    _page_number_footer(sec)
    for line in lines:
        p = d.add_paragraph(line.strip())
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Pt(24)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>{title}_政策文件_门户网站</title>
<script src="/js/jquery.min.js"></script><script>var _hmt = _hmt || []; document.write("<p>专栏9 脚本</p>");</script>
<style>.zoom p {{ text-indent: 2em; }}</style></head>
<body><div class="top-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 政策文件 &gt; 规划计划</div>
<table class="xxgk" width="100%"><tr><td>索引号：</td><td>000000000/2022-00001</td><td>分类：</td><td>规划计划</td></tr></table>
<div class="article"><div class="zoom" id="zoom">
{body}
</div></div>
<div class="share">分享到：微信 微博</div><div class="footer">主办单位：人民政府办公室 版权所有 ICP备00000000号</div>
</body></html>
"""


def to_html(lines: list[str], charset: str = "utf-8") -> bytes:
    """A government-style page: navigation, metadata table, scripts and footer around the text."""
    body = "\n".join(f"<p>{html.escape(line.strip())}</p>" if line.strip() else "<p>&nbsp;</p>" for line in lines)
    title = html.escape(next((ln.strip() for ln in lines if ln.strip()), ""))
    page = PAGE.format(charset=charset, title=title, body=body)
    return page.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else charset)


def docx_to_pdf(docx_bytes: bytes, out: Path) -> None:
    """Convert with LibreOffice (``soffice --headless --convert-to pdf``)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice is needed to regenerate the PDF fixtures (apt install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".docx")
        src.write_bytes(docx_bytes)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)],
                       check=True, capture_output=True)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(tmp) / (out.stem + ".pdf"), out)


def main() -> None:
    examples = ROOT.parent / "policykg" / "examples"
    for txt in sorted(examples.glob("*.txt")):
        docx_to_pdf(to_docx(text_lines(txt)), PDF_DIR / (txt.stem + ".pdf"))
        print("wrote", PDF_DIR / (txt.stem + ".pdf"))


if __name__ == "__main__":
    main()
