"""Binding query parameters as literals in the query text, for every store: a remote endpoint
takes only text, and Oxigraph plans a query by the constants it can see (pyoxigraph's
``substitutions`` are applied after planning). The literal is written by pyoxigraph, escaped,
never pasted in as SPARQL.

Each parameter variable is replaced by its literal throughout the query's outermost group, and a
``VALUES`` block at the start of that group keeps it bound for the projection, ``GROUP BY`` and
``HAVING``. The replacement reaches nested groups too (``UNION`` branches, ``FILTER NOT EXISTS``),
where a ``VALUES`` block alone would not (SPARQL evaluates groups bottom-up), so a query answers
as if the variable were bound everywhere. Comments, strings and IRIs are left alone.

>>> bind_values('SELECT ?dept ?t WHERE { ?t ?p ?dept }', {"dept": '省"财政"厅'})
'SELECT ?dept ?t WHERE { VALUES ?dept { "省\\\\"财政\\\\"厅" } ?t ?p "省\\\\"财政\\\\"厅" }'
>>> bind_values('# WHERE { not here\\nSELECT * { { ?s ?p ?v } UNION { FILTER(?v = 1) } }', {"v": "x"})
'# WHERE { not here\\nSELECT * { VALUES ?v { "x" } { ?s ?p "x" } UNION { FILTER("x" = 1) } }'
"""

from __future__ import annotations

import re

from .embedded import StoreError

_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TOKEN = re.compile(
    r'(?P<skip>#[^\n]*|<[^<>"{}|^`\\\s]*>|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r"|(?P<var>[?$][A-Za-z_][A-Za-z0-9_]*)|(?P<open>\{)|(?P<close>\})"
)


DATE_PARAMS = {"date"}  # parameters that name a day (due-before, overdue)


def _is_date(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def bind_values(sparql: str, params: dict[str, str] | None) -> str:
    """``sparql`` with each parameter bound to a plain literal (see the module docstring)."""
    if not params:
        return sparql
    import pyoxigraph as ox

    if not all(_VAR.match(k) for k in params):
        raise StoreError("parameter names must be SPARQL variable names")
    for k in DATE_PARAMS & set(params):  # (else xsd:date("6月") is an error SPARQL filters away: no rows, no word)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", params[k].strip()) or not _is_date(params[k].strip()):
            raise StoreError(f"parameter {k} must be a date written YYYY-MM-DD (such as 2025-12-31), not '{params[k]}'")
    literal = {k: str(ox.Literal(v)) for k, v in params.items()}
    out, depth, start, pos, seen = [], 0, None, 0, set()
    for m in _TOKEN.finditer(sparql):
        if m.lastgroup == "var":
            seen.add(m.group()[1:])
        if m.lastgroup == "open":
            if depth == 0 and start is None:
                start = len(out) + 1  # where VALUES goes: just inside the outermost group
            depth += 1
        elif m.lastgroup == "close":
            depth -= 1
        elif m.lastgroup == "var" and depth > 0 and m.group()[1:] in literal:
            out += [sparql[pos:m.start()], literal[m.group()[1:]]]
            pos = m.end()
            continue
        out.append(sparql[pos:m.end()])
        pos = m.end()
        if m.lastgroup == "open" and start == len(out):
            out.append(" " + " ".join(f"VALUES ?{k} {{ {v} }}" for k, v in literal.items()))
    if start is None:
        raise StoreError("cannot bind parameters: the query has no { … } group")
    missing = sorted(set(literal) - seen)
    if missing:
        raise StoreError(f"the query has no variable {', '.join('?' + k for k in missing)} to bind")
    return "".join(out) + sparql[pos:]


VALUES_PER_QUERY = 100  # (Oxigraph joins a long VALUES list in time that grows faster than the list:
# the tasks of 400 plans in one query took 5.9 s, in queries of 100 plans 1.8 s)


def values_blocks(var: str, iris: list[str], size: int = VALUES_PER_QUERY) -> list[str]:
    """``VALUES ?var { <…> … }`` blocks of at most ``size`` IRIs each, to ask a query once per
    block rather than once for a long list.

    >>> values_blocks("g", ["a:1", "a:2", "a:3"], 2)
    ['VALUES ?g { <a:1> <a:2> }', 'VALUES ?g { <a:3> }']
    """
    return ["VALUES ?%s { %s }" % (var, " ".join(f"<{i}>" for i in iris[k:k + size])) for k in range(0, len(iris), size)]
