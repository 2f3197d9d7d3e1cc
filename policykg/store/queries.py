"""Named SPARQL queries shipped as ``.rq`` files in ``ontology/queries``.

Each file starts with a comment header: ``# title:``, ``# description:`` (may continue on
indented comment lines), ``# param: NAME — meaning`` and ``# columns:``; a query whose every row
comes from one document's graph says so with ``# per-document:`` and the columns that order its
rows across documents (``-`` for a descending number): the build keeps its rows per document
(``policykg.build.summaries``). A parameter named in :data:`AGENCY_PARAMS` names an agency: the
command line resolves what a user typed (a spelling, an abbreviation) to its official name.

>>> "plan-hierarchy" in named_queries()
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..ontology import QUERY_DIR


AGENCY_PARAMS = {"dept"}


@dataclass
class NamedQuery:
    name: str
    path: Path
    title: str = ""
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)
    text: str = ""
    per_document: list[str] | None = None  # the order of rows across documents (see the module)


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    q = NamedQuery(path.stem, path, text=text)
    key = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].rstrip()
        m = re.match(r"\s*(title|description|param|columns|per-document):\s*(.*)$", body)
        if m:
            key, value = m.groups()
            if key == "param":
                pname, _, meaning = value.partition("—")
                q.params[pname.strip()] = meaning.strip()
            elif key in ("title", "description"):
                setattr(q, key, value.strip())
            elif key == "per-document":
                q.per_document = value.split()
        elif key == "description" and body.startswith("  "):
            q.description += " " + body.strip()
    return q


def named_queries() -> dict[str, NamedQuery]:
    """All shipped queries by name."""
    return {p.stem: _parse(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def resolve_query(query: str) -> tuple[str, NamedQuery | None]:
    """SPARQL text for QUERY given as a shipped name, a .rq file path, or SPARQL itself."""
    named = named_queries()
    if query in named:
        return named[query].text, named[query]
    p = Path(query)
    if query.endswith((".rq", ".sparql")) and p.is_file():
        return p.read_text(encoding="utf-8"), None
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", query, re.I):
        return query, None
    raise ValueError(f"unknown query '{query}': not a shipped query name ({', '.join(named)}), a .rq file, or SPARQL")
