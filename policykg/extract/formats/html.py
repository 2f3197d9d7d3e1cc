"""Government web pages → extracted text (lxml).

Scripts, styles, navigation, menus, breadcrumbs, share bars and footers are dropped; every block
element (paragraph, heading, list item, ``<br>``) starts a new line; data tables become
tab-separated rows (see :mod:`.grid`). Old sites lay pages out with tables: a table that holds
another table, or only one column, is layout and is read as ordinary blocks.

>>> page = '''<html><head><title>t</title><script>var x="专栏";</script></head><body>
... <div class="nav">首页 &gt; 政策</div><div id="zoom"><p>专栏1 示例</p>
... <p>1.任务甲（市人社局）</p></div><div class="footer">版权所有</div></body></html>'''
>>> print(read_html(page.encode(), "p.html").text, end="")
专栏1 示例
1.任务甲（市人社局）
"""

from __future__ import annotations

import re

from ..records import ExtractionError
from ..text import SourceText, decode, digest
from .grid import Cell, cell_text, fill, rows_to_text

_DROP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "nav", "aside", "form", "button", "select",
    "svg", "head", "object", "embed", "canvas", "header", "footer", "input", "textarea", "audio", "video",
}
_BOILERPLATE = re.compile(
    r"(^|[-_\s])(nav|navbar|menu|footer|foot|breadcrumbs?|crumbs?|position|location|share|sidebar|login|"
    r"search|banner|copyright|toolbar|topbar|skip|print|related|links)(\d*)($|[-_\s])",
    re.I,
)
_BLOCK = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "center", "tr", "td", "th", "caption", "figure",
    "figcaption", "address", "hr", "table", "tbody", "thead", "tfoot", "body", "html",
}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u3000]+")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    m = _CHARSET.search(data[:8192])
    if m:
        enc = m.group(1).decode("ascii").lower()
        enc = "gb18030" if enc in ("gb2312", "gbk", "gb_2312-80", "x-gbk") else enc
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: detect instead
    src = decode(data, name)
    return src.text, src.encoding


class _Lines:
    """Accumulates inline text and breaks it into lines at block boundaries."""

    def __init__(self):
        self.lines: list[str] = []
        self.buf: list[str] = []

    def add(self, text: str | None):
        if text:
            self.buf.append(text)

    def flush(self):
        line = _SPACES.sub(" ", "".join(self.buf)).strip()
        if line:
            self.lines.append(line)
        self.buf = []


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _dropped(el) -> bool:
    tag = _tag(el)
    if tag == "header" and el.find(".//h1") is not None:
        return False  # an article header carrying the document title
    if not tag or tag in _DROP_TAGS:
        return True
    hints = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
    if hints and _BOILERPLATE.search(hints):
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or el.get("hidden") is not None


def _rows(table) -> list:
    return table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")


def _is_data_table(table) -> bool:
    if table.xpath(".//table"):
        return False
    return max((len(r.xpath("./td|./th")) for r in _rows(table)), default=0) >= 2


def _inline_text(el) -> str:
    """All text of an element with blocks joined by spaces (for a table cell)."""
    out = _Lines()
    out.add(el.text)
    _walk(el, out, cell=True)
    out.flush()
    return cell_text(" ".join(out.lines))


def _span(el, attr: str) -> int:
    try:
        return max(1, min(int(el.get(attr, "1")), 1000))
    except ValueError:
        return 1


def _table(table, out: _Lines):
    rows = []
    for tr in _rows(table):
        rows.append([Cell(_inline_text(td), _span(td, "rowspan"), _span(td, "colspan")) for td in tr.xpath("./td|./th")])
    out.flush()
    for line in rows_to_text(fill(rows)).split("\n"):
        if line.strip():
            out.lines.append(line)


def _walk(el, out: _Lines, cell: bool = False):
    for child in el:
        tag = _tag(child)
        if _dropped(child):
            pass
        elif tag == "br":
            out.flush()
        elif tag == "table" and not cell and _is_data_table(child):
            _table(child, out)
        elif tag in _BLOCK:
            out.flush()
            out.add(child.text)
            _walk(child, out, cell)
            out.flush()
        else:
            out.add(child.text)
            _walk(child, out, cell)
        out.add(child.tail)


def read_html(data: bytes, name: str) -> SourceText:
    """Extracted text of a web page: one line per paragraph or table row."""
    import lxml.html  # lazy: only web pages need it

    text, encoding = _decode(data, name)
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with an XML declaration
    try:
        root = lxml.html.document_fromstring(text)
    except Exception as err:  # lxml raises ParserError/ValueError on empty or broken input
        raise ExtractionError(f"cannot parse HTML: {err}") from None
    body = root.find("body")
    out = _Lines()
    title = root.findtext(".//title")
    if body is None:
        body = root
    out.add(body.text)
    _walk(body, out)
    out.flush()
    if not out.lines and title:
        out.lines.append(_SPACES.sub(" ", title).strip())
    return SourceText(name, "\n".join(out.lines) + "\n", f"html/{encoding}", digest(data))
