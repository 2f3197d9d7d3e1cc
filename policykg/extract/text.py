"""Read a file into text (encoding detected, not assumed) and normalise it, keeping a map from
every normalised character back to its offset in the decoded original.

>>> t = normalise("1.任务(市人社局)\\u3000")
>>> t.text
'1.任务（市人社局） '
>>> t.original_span(2, 4)
(2, 4)
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass

from .records import ExtractionError

# Half-width punctuation that Chinese documents use interchangeably with the full-width form;
# parsing sees one form. Full-width letters and digits become ASCII.
_PUNCT = {"(": "（", ")": "）", ":": "：", ";": "；", "．": ".", "﹒": ".", "﹐": "，", "､": "、"}
_SPACES = set("\u00a0\u3000\t\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\x0b\x0c")
_DROP = set("\ufeff\u200b\u200c\u200d\u2060\u00ad")


@dataclass(frozen=True)
class SourceText:
    """A decoded file: its name, text, detected encoding and content hash."""

    source: str
    text: str
    encoding: str  # for binary formats: the format, e.g. "docx", "pdf", "xlsx"
    sha256: str
    # For spreadsheets: the row number to report for each line of ``text`` (0 = not a row),
    # so that ``line`` in exports is the spreadsheet row. None: lines are counted.
    line_labels: tuple[int, ...] | None = None
    warnings: tuple[str, ...] = ()  # what the reader could not read (formulas without saved values …)


@dataclass(frozen=True)
class NormText:
    """Normalised text plus ``origin``: origin[i] is the original offset of character i."""

    text: str
    origin: tuple[int, ...]
    original: str
    line_labels: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised [start, end)."""
        if end <= start:
            o = self.origin[start]
            return o, o
        return self.origin[start], self.origin[end - 1] + 1

    def written(self, start: int, end: int) -> str:
        """The original text behind normalised [start, end), as written."""
        a, b = self.original_span(start, end)
        written = self.original[a:b]
        if ("│" in written or "┃" in written) and not any(bar in self.text[start:end] for bar in "│┃"):
            # a cell of a box table wrapped over lines (see box_tables): its characters, not the bars between
            return "".join(self.original[self.origin[i]] for i in range(start, end))
        return written

    def line_of(self, start: int) -> int:
        """1-based line of normalised offset ``start`` in the original (its spreadsheet row
        for tables): layout repair may have joined lines, the original keeps them."""
        return self.line_of_original(self.origin[min(start, len(self.origin) - 1)])

    def line_of_original(self, offset: int) -> int:
        """1-based line (spreadsheet row for tables) of an offset in the original text."""
        return self._label(bisect.bisect_right(self._starts("_ols", self.original), offset))

    def _starts(self, key: str, text: str) -> list[int]:
        """Offsets where the lines of ``text`` start, computed once (the dataclass is frozen)."""
        starts = self.__dict__.get(key)
        if starts is None:
            starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
            object.__setattr__(self, key, starts)
        return starts

    def _label(self, no: int) -> int:
        if self.line_labels is not None and no <= len(self.line_labels):
            return self.line_labels[no - 1]
        return no


def _table() -> dict[int, str]:
    """One character in, one out: spaces, punctuation width, full-width letters and digits
    (the comma, whose form depends on its neighbours, is left to :func:`normalise`)."""
    table = {ord(c): chr(ord(c) - 0xFEE0) for c in "％＋－＜＞＝／"}
    for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):
        table.update({o: chr(o - 0xFEE0) for o in range(lo, hi + 1)})
    table.update({ord(k): v for k, v in _PUNCT.items()})
    table.update({ord(c): " " for c in _SPACES})
    table[ord("\r")] = "\n"
    return table


_TABLE = _table()
_COMMA = re.compile("[,，]")
_REMOVED = re.compile("[" + "".join(sorted(_DROP)) + "]|\r(?=\n)")


def normalise(text: str, line_labels: tuple[int, ...] | None = None) -> NormText:
    """Normalise spacing, bracket/colon/comma width and full-width alphanumerics, one character
    in, at most one out, and turn ``\\r\\n`` and lone ``\\r`` into ``\\n``.

    (A translation table and a few regular expressions rather than a loop over characters: this
    runs over every byte of every document.)"""
    n = len(text)
    mapped = list(text.translate(_TABLE))
    for m in _COMMA.finditer(text):  # a comma between digits is a thousands separator: ASCII
        i = m.start()
        mapped[i] = "," if 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit() else "，"
    removed = [m.start() for m in _REMOVED.finditer(text)]
    if not removed:
        return NormText("".join(mapped), tuple(range(n + 1)), text, line_labels)
    keep, origin, at = [], [], 0
    for i in removed + [n]:
        keep += mapped[at:i]
        origin += range(at, i)
        at = i + 1
    origin.append(n)
    return NormText("".join(keep), tuple(origin), text, line_labels)


def _utf16_without_mark(data: bytes) -> str:
    """"utf-16-le" or "utf-16-be" for UTF-16 saved without a byte-order mark (Notepad's "Unicode"
    without it): the zero bytes of its line breaks and digits fall all on one side of each pair."""
    head = data[:65536]
    if len(data) % 2 or head.count(0) < 4:
        return ""
    odd, even = head[1::2].count(0), head[0::2].count(0)  # (a CJK character may have a zero byte too: 一 is 4E00)
    return "utf-16-le" if odd > 5 * even else "utf-16-be" if even > 5 * odd else ""


def _looks_binary(data: bytes) -> bool:
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 100)


def digest(data: bytes) -> str:
    """The content hash a build compares to tell an unchanged file."""
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, source: str) -> SourceText:
    """Decode bytes: UTF-8 (BOM or not), UTF-16 with BOM, GB18030 (a superset of GBK/GB2312),
    then charset-normalizer's best guess. Raises ExtractionError with a one-line reason."""
    sha = digest(data)
    if not data.strip():
        raise ExtractionError("empty file")
    marked = [("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff")]
    for enc, bom in marked:
        if data.startswith(bom):  # the byte-order mark names the encoding: the bytes must follow it
            try:
                return SourceText(source, data.decode(enc), enc, sha)
            except UnicodeDecodeError as err:  # (the offset in the file, not in what followed the mark)
                at = err.start + len(data) - len(err.object)
                raise ExtractionError(f"cannot decode text: it opens with a {enc} byte-order mark but byte {at} is not {enc}") from None
    unmarked = _utf16_without_mark(data)
    if unmarked:
        try:
            text = data.decode(unmarked)
        except UnicodeDecodeError:
            text = ""
        if sum("\u4e00" <= c <= "\u9fff" for c in text) > len(text) // 10:  # (Chinese text, not a binary's pattern)
            return SourceText(source, text, unmarked, sha)
    if _looks_binary(data):
        raise ExtractionError("binary file, not text (unsupported format)")
    for enc in ("utf-8", "gb18030"):
        try:
            return SourceText(source, data.decode(enc), enc, sha)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes  # lazy: only for unusual encodings

    best = from_bytes(data).best()
    text = str(best) if best is not None else ""
    visible = [c for c in text if not c.isspace()]
    cjk = sum(1 for c in visible if "\u4e00" <= c <= "\u9fff")
    # Plans are Chinese text: a guess that yields no Chinese is noise, not a decoding.
    if best is None or best.chaos > 0.2 or cjk < 0.2 * max(1, len(visible)):
        raise ExtractionError("cannot decode text: not UTF-8, GB18030/GBK or another Chinese encoding")
    return SourceText(source, text, best.encoding, sha)
