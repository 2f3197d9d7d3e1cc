"""Files PolicyKG cannot read get one line naming the reason; the rest of a build goes on."""

import io
import zipfile

import pytest

from policykg.extract.formats import read_bytes
from policykg.extract.records import ExtractionError
from policykg.build.documents import build
from policykg.store.embedded import PlanStore
from tests.conftest import FIXTURES


def _scanned_pdf() -> bytes:
    """A PDF with a page and no text layer, as a scanner without OCR makes it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


CASES = [
    ("scan.pdf", _scanned_pdf(), "PDF has no text layer (a scanned image?): run OCR first, then build the text"),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj <<>> garbage", "cannot open PDF: damaged or not a PDF"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy binary Office file (.doc/.xls/.wps): save it as .docx or .xlsx first"),
    ("archive.zip", _zip({"a.txt": b"x"}), "ZIP archive that is neither a .docx nor an .xlsx document"),
    ("broken.docx", _zip({"word/document.xml": b"<not xml"}), "cannot open Word document: KeyError"),
    ("broken.xlsx", _zip({"xl/workbook.xml": b"<not xml"}), "cannot open Excel workbook: KeyError"),
    ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image file: scanned pages need OCR before PolicyKG can read them"),
    ("empty.html", b"<html><body><script>x()</script></body></html>", "no text found in the html file"),
    ("plan.rtf", b"{\\rtf1\\ansi hello}", "RTF is not supported: save it as .docx or .txt first"),
    ("odd.txt", b"\xff\xfe\x00", "cannot decode text: it opens with a utf-16 byte-order mark but byte 2 is not utf-16"),
    ("bom.txt", b"\xef\xbb\xbf" + "某市".encode() + b"\xff",
     "cannot decode text: it opens with a utf-8-sig byte-order mark but byte 9 is not utf-8-sig"),
]


@pytest.mark.parametrize("name,data,reason", CASES, ids=[c[0] for c in CASES])
def test_unreadable_file_gets_a_one_line_reason(name, data, reason):
    with pytest.raises(ExtractionError) as err:
        read_bytes(data, name)
    assert str(err.value) == reason


def test_bad_files_fail_alone_in_a_build(tmp_path):
    for name, data, _ in CASES[:3]:
        (tmp_path / name).write_bytes(data)
    good = FIXTURES / "documents" / "binjiang-task-list.xlsx"
    (tmp_path / good.name).write_bytes(good.read_bytes())
    store = PlanStore(tmp_path / "kg")
    results = {r.source: (r.status, r.error) for r in build([tmp_path], store)}
    assert results == {
        "broken.pdf": ("failed", "cannot open PDF: damaged or not a PDF"),
        "old.doc": ("failed", "legacy binary Office file (.doc/.xls/.wps): save it as .docx or .xlsx first"),
        "scan.pdf": ("failed", "PDF has no text layer (a scanned image?): run OCR first, then build the text"),
        good.name: ("built", ""),
    }
    assert set(store.documents()) == {good.name}


def test_utf16_without_a_byte_order_mark_is_read_as_the_plan_it_is():
    from policykg.extract.text import decode
    from tests.conftest import SICHUAN

    text = SICHUAN.read_text(encoding="utf-8")
    for encoding in ("utf-16-le", "utf-16-be"):
        src = decode(text.encode(encoding), "四川.txt")
        assert (src.encoding, src.text) == (encoding, text)
