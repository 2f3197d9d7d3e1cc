"""The query text ``policykg serve`` passes on: the ontology's prefixes a query leaves out, and
a malformed query told in one line, at its place in the text the user wrote.

Prefixes are the ones the command line gives every query (:data:`~policykg.store.embedded.PREFIXES`,
also behind ``PREFIX_HEADER``); only those the query does not declare itself are added, in front,
so its own lines keep their numbers.

Oxigraph's parser says where it gave up as the furthest place any rule looked at, and a keyword
rule reads as many characters as the keyword has before it compares: ``{ ?s ?p }`` is reported
one character after ``}``, and ``ORDR BY ?x`` after ``BY``. So the place is found here instead:
the first token of the query that no valid query can have there. Whether a query may go on after
its first *k* tokens is asked of the same parser, with the text cut after them and followed by a
blank line and a character no query can hold: a text that may go on fails only at that
character, one that cannot fails before it. A binary search over the tokens finds the first that
cannot; nothing is ever run (the character makes every text fail).

>>> with_prefixes("PREFIX pkg: <urn:x#> SELECT * { ?s a pkg:Plan ; dcterms:title ?t }").count("PREFIX pkg:")
1
>>> syntax_error("SELECT ?plan WHERE { ?p a pkg:Plan } ORDR BY ?plan").text()
'SPARQL syntax error at line 1, column 38: unexpected "ORDR"'
>>> syntax_error("SELECT * WHERE {\\n  ?s ?p }").text()
'SPARQL syntax error at line 2, column 9: unexpected "}"'
>>> syntax_error("SELECT * WHERE { ?s ?p ?o").text()
'SPARQL syntax error at line 1, column 26: unexpected end of query'
>>> syntax_error("SELECT * WHERE { ?s ?p ?o }") is None
True
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode

from ..store.embedded import PREFIXES

# a declared prefix, outside IRIs, strings and comments (which are matched first and passed over)
_DECLARED = re.compile(r'<[^<>"{}|^`\\\s]*>|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*'
                       r"|\bPREFIX\s+(?P<name>(?:[A-Za-z][\w.-]*)?):", re.I)
# tokens: a cut between two of them never falls inside one (coarser than SPARQL's own is safe)
_LEX = re.compile(r"""\s+|\#[^\n]*
    |(?P<iri><[^<>"{}|^`\\\s]*>)
    |(?P<str>(?:\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*)?)
    |(?P<punct>[{}()\[\],;])
    |(?P<word>[^\s{}()\[\],;"'\#]+)
    |(?P<other>.)""", re.X | re.S)
_PAD = 40  # columns of blank before the stop character: more than the longest keyword Oxigraph reads ahead
_STOP = "\n" + " " * _PAD + "\x01"
_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)
_SAYS = re.compile(r"(?<![\w\"'])[A-Z][a-z]+(?: [\w-]+)+")  # "Prefix not found", "The SELECT contains …"


def declared_prefixes(sparql: str) -> set[str]:
    return {m.group("name") for m in _DECLARED.finditer(sparql) if m.group("name") is not None}


def with_prefixes(sparql: str) -> str:
    """``sparql`` with a ``PREFIX`` line in front for each prefix of :data:`PREFIXES` it does not declare."""
    own = declared_prefixes(sparql)
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if k not in own) + sparql


@dataclass
class SyntaxProblem:
    line: int
    column: int
    reason: str  # what is wrong there, in English
    token: str = ""  # the text found there ("" at the end of the query)

    def text(self) -> str:
        return f"SPARQL syntax error at line {self.line}, column {self.column}: {self.reason}"

    def json(self) -> str:
        return json.dumps({"error": self.text(), "line": self.line, "column": self.column, "token": self.token,
                           "reason": self.reason}, ensure_ascii=False)


@lru_cache(maxsize=1)
def _empty_store():
    import pyoxigraph as ox

    return ox.Store()  # (in memory, never written: only the parser is wanted)


def _complaint(text: str) -> tuple[int, int, str] | None:
    """Where the parser gives up on ``text`` (line, column, what it says), None if it takes it."""
    try:
        _empty_store().query(text, prefixes=PREFIXES)
    except SyntaxError as err:
        m = _AT.match(str(err))
        return (int(m.group(1)), int(m.group(2)), m.group(3)) if m else (0, 0, str(err))
    return None


def _may_go_on(head: str) -> bool:
    """Whether some valid query starts with ``head`` followed by white space."""
    line, column, _ = _complaint(head + _STOP)
    return line == head.count("\n") + 2 and column > _PAD


def _position(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _says(complaint: str) -> str:
    return "; ".join(dict.fromkeys(_SAYS.findall(complaint)))


def syntax_error(sparql: str) -> SyntaxProblem | None:
    """The first place ``sparql`` (with the ontology's prefixes) goes wrong, None when it is valid
    (see the module docstring). Positions count characters of ``sparql`` itself, from 1."""
    tokens = [m for m in _LEX.finditer(sparql) if m.lastgroup]  # (white space and comments have no group)
    lo, hi = 0, len(tokens)  # the first token after which the text cannot go on: in [lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if _may_go_on(sparql[:tokens[mid].end()]):
            lo = mid + 1
        else:
            hi = mid
    if lo < len(tokens):
        bad = tokens[lo]
        found = bad.group()
        shown = json.dumps(found if len(found) <= 40 else found[:40] + "…", ensure_ascii=False)
        says = _says(_complaint(sparql[:bad.end()] + _STOP)[2])
        return SyntaxProblem(*_position(sparql, bad.start()), f"unexpected {shown}" + (f" ({says})" if says else ""), found)
    complaint = _complaint(sparql)  # every token may be followed by more: the end, or a rule of the whole query
    if complaint is None:
        return None
    says = _says(complaint[2])
    if says and complaint[0]:
        return SyntaxProblem(complaint[0], complaint[1], says)
    end = tokens[-1].end() if tokens else 0
    return SyntaxProblem(*_position(sparql, end), "unexpected end of query")


def one_line(text: str, limit: int = 300) -> str:
    """A message of any length and lines as one line (an error from the engine that is not a syntax error)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def prefixed_request(method: str, params: list[tuple[str, str]], body: bytes, content_type: str):
    """A SPARQL Protocol request with the prefixes added to its query: (params, body, the query as
    the user wrote it, or None when the request carries none)."""
    kind = content_type.split(";")[0].strip().lower()
    if method == "GET" or kind not in ("application/x-www-form-urlencoded", "application/sparql-query"):
        own = next((v for k, v in params if k == "query"), None)
        return [(k, with_prefixes(v) if k == "query" else v) for k, v in params], body, own
    if kind == "application/sparql-query":
        own = body.decode("utf-8", errors="replace")
        return params, with_prefixes(own).encode("utf-8"), own
    form = parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    own = next((v for k, v in form if k == "query"), None)
    return params, urlencode([(k, with_prefixes(v) if k == "query" else v) for k, v in form]).encode("ascii"), own
