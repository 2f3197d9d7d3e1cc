"""Read any supported input into text: the format is detected from the content, not the name.

Every reader returns a :class:`~policykg.extract.text.SourceText` whose ``text`` is the
*extracted text* of the document: what the rest of the pipeline reads and what every offset and
``line`` in the graph refers to (``policykg text FILE`` prints it with line numbers). Tables
become one line per row with cells separated by a tab, so the structure stage sees rows and
columns whatever the input format was.

>>> sniff(b"%PDF-1.7 ...", "plan.txt")
'pdf'
>>> sniff("<!DOCTYPE html><html><body>规划</body></html>".encode(), "plan")
'html'
>>> sniff("序号,重点任务,牵头单位".encode("gb18030"), "tasks.csv")
'csv'
"""

from __future__ import annotations

import errno
import importlib
import os
import re
import stat
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Callable

from .. import limits
from ..records import ExtractionError
from ..text import SourceText, decode

# (a page saved with its server's directives still on top: <%@page …%>, <?php …?>)
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<%.*?%>\s*|<\?php.*?\?>\s*)*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p)[\s>]", re.I | re.S)


def sniff(data: bytes, name: str) -> str:
    """The format of ``data``: pdf, docx, xlsx, html, csv or text. Raises ExtractionError for
    formats PolicyKG cannot read (legacy .doc/.xls, other archives, images)."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            members = zipfile.ZipFile(BytesIO(data)).infolist()
        except zipfile.BadZipFile:
            raise ExtractionError("damaged ZIP/Office file") from None
        unpacked = sum(m.file_size for m in members)  # (as the archive declares it; zipfile checks it on reading)
        limits.check("unpacked_mb", unpacked / 1024 / 1024)
        limits.check("unpack_ratio", unpacked / max(1, len(data)))
        names = {m.filename for m in members}
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        raise ExtractionError("ZIP archive that is neither a .docx nor an .xlsx document")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ExtractionError("legacy binary Office file (.doc/.xls/.wps): save it as .docx or .xlsx first")
    if head.startswith(b"{\\rtf"):
        raise ExtractionError("RTF is not supported: save it as .docx or .txt first")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise ExtractionError("image file: scanned pages need OCR before PolicyKG can read them")
    body = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(body) or (Path(name).suffix.lower() in (".html", ".htm", ".shtml") and b"<" in body):
        return "html"
    if Path(name).suffix.lower() in (".csv", ".tsv"):
        return "csv"
    return "text"


def _lazy(module: str, function: str) -> Callable[[bytes, str], SourceText]:
    """A reader whose library (pdfium, python-docx, openpyxl, lxml) loads only when a file of
    its format arrives, so that ``policykg --help`` and text builds stay fast."""

    def read(data: bytes, name: str) -> SourceText:
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)(data, name)

    return read


READERS: dict[str, Callable[[bytes, str], SourceText]] = {
    "text": decode,
    "html": _lazy("html", "read_html"),
    "docx": _lazy("docx", "read_docx"),
    "pdf": _lazy("pdf", "read_pdf"),
    "xlsx": _lazy("sheet", "read_xlsx"),
    "csv": _lazy("sheet", "read_csv"),
}
# File names a directory build picks up (a single file given by name is read whatever it is called).
# Legacy office files are picked up too, so that the user is told to convert them.
DOCUMENT_SUFFIXES = {
    ".txt", ".text", ".html", ".htm", ".shtml", ".docx", ".pdf", ".xlsx", ".csv", ".tsv",
    ".doc", ".xls", ".wps", ".et", ".rtf",
}


def read_bytes(data: bytes, name: str) -> SourceText:
    """Detect the format of ``data`` and extract its text."""
    if not data.strip():
        raise ExtractionError("empty file")
    kind = sniff(data, name)
    src = READERS[kind](data, name)
    limits.check("chars", len(src.text))
    limits.check("lines", src.text.count("\n"))
    limits.check("line_chars", max(map(len, src.text.splitlines()), default=0))
    if not src.text.strip():
        raise ExtractionError(f"no text found in the {kind} file")
    return src


def read_document(path: Path, key: str = "") -> SourceText:
    """Read one file of any supported format, known as ``key`` (default: its name). Raises
    ExtractionError with a one-line reason: also for what is not a regular file (a FIFO would
    block, a device never end) and for a file over the size limit (:mod:`..limits`)."""
    return read_bytes(file_bytes(path), key or Path(path).name)


def file_bytes(path: Path) -> bytes:
    """The bytes of a regular file within the size limit (whose hash tells an unchanged file)."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ExtractionError("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise ExtractionError("not a regular file (a FIFO, device or socket)")
        limits.check("file_mb", info.st_size / 1024 / 1024)
        cap = int(limits.current().file_mb * 1024 * 1024)
        with open(path, "rb") as fh:
            data = fh.read(cap + 1)  # (a file that grows while it is read stops at the limit too)
    except FileNotFoundError:
        raise ExtractionError("no such file") from None
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise ExtractionError("symbolic link loop") from None
        raise ExtractionError(f"cannot read: {err.strerror or err}") from None
    limits.check("file_mb", len(data) / 1024 / 1024)
    return data
