"""Word .docx → extracted text (python-docx): paragraphs and tables in document order.

Word's automatic list numbers are not part of the paragraph text, yet plans number their tasks
with them (``1.`` ``（一）``); they are rendered from ``numbering.xml`` so the text reads as the
printed page does. Tables become tab-separated rows (merged cells as in :mod:`.grid`).
"""

from __future__ import annotations

from io import BytesIO

from ..records import ExtractionError
from ..text import SourceText, digest
from .grid import rows_to_text

_CN = "零一二三四五六七八九"


def int_to_cn(n: int) -> str:
    """Chinese numeral of a list counter.

    >>> [int_to_cn(n) for n in (1, 10, 12, 20, 35)]
    ['一', '十', '十二', '二十', '三十五']
    """
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "") if n < 100 else str(n)


def _format(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "japaneseCounting",
               "chineseLegalSimplified", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return int_to_cn(n)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter") and 1 <= n <= 26:
        return chr((65 if fmt == "upperLetter" else 97) + n - 1)
    if fmt in ("upperRoman", "lowerRoman"):
        roman = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][n] if n <= 10 else str(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Renders automatic list labels (``%1.`` → ``3.``) with Word's counters."""

    def __init__(self, document):
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        # Numbering attached to paragraph styles (Word's numbered heading styles), read once:
        # python-docx's per-paragraph style lookup is slow.
        self.style_numbering = {}
        for st in document.styles.element.findall(qn("w:style")):
            found = self._read_num_pr(st.find(qn("w:pPr")))
            if found:
                self.style_numbering[st.get(qn("w:styleId"))] = found
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for an in root.findall(qn("w:abstractNum")):
            lv = {}
            for lvl in an.findall(qn("w:lvl")):
                val = lambda tag, d: (lvl.find(qn(tag)).get(qn("w:val")) if lvl.find(qn(tag)) is not None else d)  # noqa: E731
                lv[int(lvl.get(qn("w:ilvl"), "0"))] = (int(val("w:start", "1")), val("w:numFmt", "decimal"), val("w:lvlText", ""))
            abstract[an.get(qn("w:abstractNumId"))] = lv
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                self.levels[num.get(qn("w:numId"))] = abstract.get(ref.get(qn("w:val")), {})

    def _read_num_pr(self, ppr):
        qn = self.qn
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is None:
            return None
        num_id, ilvl = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        if num_id is None:
            return None
        return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val"))) if ilvl is not None else 0

    def _num_pr(self, paragraph):
        ppr = paragraph._p.pPr
        own = self._read_num_pr(ppr)
        if own:
            return own
        style = ppr.find(self.qn("w:pStyle")) if ppr is not None else None
        return self.style_numbering.get(style.get(self.qn("w:val")) if style is not None else None)

    def label(self, paragraph) -> str:
        found = self._num_pr(paragraph)
        if not found or found[0] not in self.levels or not self.levels[found[0]]:
            return ""
        num_id, ilvl = found
        levels = self.levels[num_id]
        counters = self.counters.setdefault(num_id, {})
        start = levels.get(ilvl, (1, "decimal", ""))[0]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a higher level restarts the lower ones
        _, fmt, text = levels.get(ilvl, (1, "decimal", f"%{ilvl + 1}."))
        for k in range(9):
            if f"%{k + 1}" in text:
                n = counters.get(k, levels.get(k, (1,))[0])
                text = text.replace(f"%{k + 1}", _format(n, levels.get(k, (1, fmt, ""))[1]))
        return text


def _table_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells, prev = [], None
        for cell in row.cells:
            # python-docx repeats a horizontally merged cell; write it once (see grid).
            cells.append("" if prev is not None and cell._tc is prev else cell.text)
            prev = cell._tc
        rows.append(cells)
    return rows


def read_docx(data: bytes, name: str) -> SourceText:
    """Extracted text of a Word document: one line per paragraph, one per table row."""
    import docx  # lazy: python-docx loads only for Word files
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(BytesIO(data))
    except Exception as err:  # python-docx raises several types for damaged packages
        raise ExtractionError(f"cannot open Word document: {type(err).__name__}") from None
    numbering = _Numbering(document)
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            p = Paragraph(child, document)
            label = numbering.label(p)
            for k, part in enumerate(p.text.replace("\t", " ").split("\n")):
                lines.append((label if k == 0 else "") + part)
        elif child.tag == qn("w:tbl"):
            lines.extend(rows_to_text(_table_rows(Table(child, document))).split("\n"))
    return SourceText(name, "\n".join(lines) + "\n", "docx", digest(data))
