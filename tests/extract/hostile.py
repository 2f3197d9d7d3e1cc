"""The hostile-input corpus: files made to hang, exhaust memory or crash a reader, each with the
one line ``policykg build`` must print for it (``python -m tests.extract.hostile DIR`` writes
them). Every case is a form seen in the wild or in the reliability probe of issue 13."""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

PLAN = "营口市就业规划\n专栏1 重点任务\n1. 实施劳务品牌计划（市人社局、市农业农村局）\n"


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members.items():
            z.writestr(name, body)
    return out.getvalue()


def _xlsx(sheet_xml: bytes) -> bytes:
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    return _zip({
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook ' + ns + b" " + rel + b'><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": b'<?xml version="1.0"?><worksheet ' + ns + b">" + sheet_xml + b"</worksheet>",
    })


def _cell(ref: str, inner: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{inner}</t></is></c>'.encode()


# name → (bytes to write, or a callable that makes the file; the line expected after "✗ PATH: ")
CASES = {
    "spans.html": (b"<html><body><table>" + (b"<tr>" + b'<td rowspan="1000" colspan="1000">x</td>' * 40 + b"</tr>") * 40
                   + b"</table></body></html>", "table cells once merged cells are spread, over the limit of 500,000"),
    "bomb.docx": (lambda: _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" + b" " * 150_000_000}),
                  "times its size once unpacked, over the limit of 200"),
    "merged.xlsx": (lambda: _xlsx(b'<sheetData><row r="1">' + _cell("A1", "牵头单位") + b'</row></sheetData>'
                                  b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
                    "table cells once merged cells are spread, over the limit of 500,000"),
    "formulas.xlsx": (lambda: _xlsx(b'<sheetData><row r="1">' + _cell("A1", "重点任务") + _cell("B1", "牵头单位") + b"</row>"
                                    b'<row r="2">' + _cell("A2", "实施劳务品牌计划") + b'<c r="B2" t="str"><f>A1&amp;A2</f></c></row></sheetData>'),
                      None),  # builds, with a warning (see WARNINGS)
    "long.txt": (lambda: (PLAN * 30_000).encode(), "characters of text, over the limit of 1,000,000"),
    "lines.txt": (lambda: b"\xe8\xa7\x84\n" * 200_000, "lines of text, over the limit of 100,000"),
    "one-line.txt": (lambda: "规".encode() * 200_000, "characters on one line, over the limit of 100,000"),
    "rows.csv": (lambda: "序号,重点任务,牵头单位\n".encode() + b"1,x,y\n" * 200_000, "characters of text, over the limit of 1,000,000"),
    "big-field.csv": (lambda: '序号,重点任务\n1,"'.encode() + "规".encode() * 200_000 + b'"\n',
                      "cannot read the CSV table: field larger than field limit (131072)"),
    "bom-then-junk.txt": (b"\xef\xbb\xbf" + PLAN.encode() + b"\xff\xfe\xfa", "it opens with a utf-8-sig byte-order mark but byte"),
    "odd-utf16.txt": (b"\xff\xfe" + PLAN.encode("utf-16-le") + b"\x00", "it opens with a utf-16 byte-order mark but byte"),
    "huge.txt": (lambda: b" " * (65 * 1024 * 1024), "MB on disk, over the limit of 64"),
    "fifo.txt": ("fifo", "not a regular file (a FIFO, device or socket)"),
    "loop.txt": ("loop", "symbolic link loop"),
}
WARNINGS = {"formulas.xlsx": "1 formula cell saved without its value: open and save the file in Excel to keep them"}


def write(directory: Path) -> dict[str, str | None]:
    """Write every case into ``directory``; returns name → expected line (None: builds)."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, (content, _) in CASES.items():
        path = directory / name
        if path.exists() or path.is_symlink():
            path.unlink()
        if content == "fifo":
            os.mkfifo(path)
        elif content == "loop":
            path.symlink_to(path.name)
        else:
            path.write_bytes(content() if callable(content) else content)
    return {name: expected for name, (_, expected) in CASES.items()}


if __name__ == "__main__":
    write(Path(sys.argv[1]))
