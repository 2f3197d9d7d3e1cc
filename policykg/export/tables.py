"""Exports read from the store (never by re-parsing documents).

The task export contract (scripts rely on it): these columns first, in this order.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

from ..store.embedded import PlanStore, Result

TASK_COLUMNS = [
    "plan", "source", "level", "box_no", "box_title", "item_no", "task",
    "lead", "co_departments", "owner_inferred", "line",
]
# After the contract columns (new columns are only ever appended).
EXTRA_COLUMNS = ["section", "deadline", "lead_canonical", "co_canonical", "lead_sector"]
# With every version of each plan (--all-versions): which version a task is of, and is it current.
VERSION_COLUMNS = ["version", "current"]

_TASKS = """
SELECT ?t ?plan ?source ?level ?box_no ?box_title ?item_no ?task ?line ?ord ?section ?deadline ?docno ?issued ?current WHERE {
  GRAPH ?g {
    ?t a pkg:Task ; dcterms:title ?task ; pkg:plan ?p ; eli:is_part_of ?b ; pkg:ordinal ?ord ;
       prov:wasDerivedFrom ?span .
    OPTIONAL { ?t pkg:itemNumber ?item_no }
    OPTIONAL { ?t pkg:section ?section }
    OPTIONAL { ?t pkg:deadline ?deadline }
    ?p dcterms:title ?plan . OPTIONAL { ?p pkg:level ?lv }
    OPTIONAL { ?b pkg:boxNumber ?box_no . OPTIONAL { ?b dcterms:title ?box_title } }
    ?span pkg:sourceFile ?source ; pkg:line ?line .
  }
  BIND(STRAFTER(STR(?lv), "/level/") AS ?level)
}"""
# Which version each task is of: asked only with --all-versions (a third of the export's time).
_VERSION_OF = """    ?span pkg:sourceFile ?source ; pkg:line ?line .
    OPTIONAL { ?p dcterms:identifier ?docno } OPTIONAL { ?p dcterms:issued ?issued }
    BIND(EXISTS { ?p a pkg:Plan } AS ?current)
"""
_RESPONSIBILITIES = """
SELECT ?t ?role ?order ?written ?name ?sector WHERE {
  GRAPH ?g {
    ?t a pkg:Task ; prov:qualifiedAttribution ?r .
    ?r prov:agent ?a ; prov:hadRole ?roleTerm . ?a skos:prefLabel ?name .
    OPTIONAL { ?r pkg:order ?order } OPTIONAL { ?r pkg:asWritten ?written }
    OPTIONAL { ?a org:classification ?sector }
  }
  BIND(STRAFTER(STR(?roleTerm), "#") AS ?role)
}"""


def task_rows(store: PlanStore, department: str | None = None, all_versions: bool = False) -> list[dict[str, str]]:
    """One dict per task, contract columns first, sorted by source file and task order.
    ``department`` (an official name: ``cli.common.resolve_agency``) keeps the tasks that
    agency leads or co-owns. Tasks of current versions only, unless ``all_versions`` (then with
    :data:`VERSION_COLUMNS`)."""
    from ..kg.agencies import sectors
    from ..kg.versions import all_versions as widened

    labels = sectors()
    owners: dict[str, list[tuple[int, str, str, str, str]]] = {}
    query = widened if all_versions else (lambda q: q)  # noqa: E731
    tasks = _TASKS.replace("    ?span pkg:sourceFile ?source ; pkg:line ?line .\n", _VERSION_OF) if all_versions else _TASKS
    for t, role, order, written, name, sector in store.select(query(_RESPONSIBILITIES)).rows:
        sector_label = labels.get(sector.rsplit("/", 1)[-1], "") if sector else ""
        owners.setdefault(t, []).append((int(order or 0), role, written or name, name, sector_label))
    rows = []
    for t, plan, source, level, box_no, box_title, item_no, task, line, ord_, section, deadline, docno, issued, current \
            in store.select(query(tasks)).rows:
        resp = sorted(owners.get(t, []))
        lead = [w for _, r, w, _, _ in resp if r == "Lead"]
        co = [w for _, r, w, _, _ in resp if r == "Co"]
        inferred = [n for _, r, _, n, _ in resp if r == "InferredOwner"]
        if department and not any(n == department for _, r, _, n, _ in resp if r != "InferredOwner"):
            continue
        lead_sectors = list(dict.fromkeys(s for _, r, _, _, s in resp if r == "Lead" and s))
        rows.append(
            {
                "plan": plan, "source": source, "level": level, "box_no": box_no, "box_title": box_title,
                "item_no": item_no, "task": task, "lead": "、".join(lead), "co_departments": "、".join(co),
                "owner_inferred": "" if lead else "、".join(inferred), "line": line,
                "section": section or "", "deadline": deadline or "",
                "lead_canonical": "、".join(n for _, r, _, n, _ in resp if r == "Lead"),
                "co_canonical": "、".join(n for _, r, _, n, _ in resp if r == "Co"),
                "lead_sector": "、".join(lead_sectors),
                "_sort": (source, int(ord_)),
            }
        )
        if all_versions:
            rows[-1].update(version=" ".join(v for v in (docno, issued) if v), current="yes" if current == "true" else "no")
    rows.sort(key=lambda r: r["_sort"])
    for r in rows:
        del r["_sort"]
    return rows


ALIGNMENT_COLUMNS = ["plan", "task", "lead", "parent_plan", "parent_task", "parent_lead", "score"]
_ALIGNMENTS = f"""
SELECT ?t ?pt ?plan ?task ?parent_plan ?parent_task ?score ?src ?ord WHERE {{
  GRAPH ?ag {{ ?al pkg:childTask ?t ; pkg:parentTask ?pt ; pkg:score ?score }}
  GRAPH ?g {{ ?t dcterms:title ?task ; pkg:plan ?p ; pkg:ordinal ?ord ; prov:wasDerivedFrom ?span .
             ?span pkg:sourceFile ?src . ?p dcterms:title ?plan }}
  GRAPH ?g2 {{ ?pt dcterms:title ?parent_task ; pkg:plan ?pp . ?pp dcterms:title ?parent_plan }}
}}"""


def alignment_rows(store: PlanStore) -> list[dict[str, str]]:
    """One row per aligned task: the task and its lead (canonical names; an inferred owner is
    marked （推定）) beside the parent-plan task it carries out, with the score."""
    owners: dict[str, list[tuple[int, str]]] = {}
    for t, role, order, _, name, _ in store.select(_RESPONSIBILITIES).rows:
        if role in ("Lead", "InferredOwner"):
            owners.setdefault(t, []).append((int(order or 0), name + ("（推定）" if role == "InferredOwner" else "")))
    lead = lambda t: "、".join(n for _, n in sorted(owners.get(t, [])))  # noqa: E731
    rows = []
    for t, pt, plan, task, parent_plan, parent_task, score, src, ord_ in store.select(_ALIGNMENTS).rows:
        rows.append({"plan": plan, "task": task, "lead": lead(t), "parent_plan": parent_plan, "parent_task": parent_task,
                     "parent_lead": lead(pt), "score": score, "_sort": (src, int(ord_))})
    rows.sort(key=lambda r: r["_sort"])
    for r in rows:
        del r["_sort"]
    return rows


_MD = str.maketrans({"\\": "\\\\", "|": "\\|", "*": "\\*", "_": "\\_", "`": "\\`", "[": "\\[", "]": "\\]", "#": "\\#",
                    "<": "&lt;", ">": "&gt;", "&": "&amp;", "\n": " ", "\r": " "})
_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?%?")


def md_text(value: str) -> str:
    """Text as Markdown shows it, never as markup (HTML, links, emphasis, table cells)."""
    return value.translate(_MD)


def excel_text(value: str) -> str:
    """Text that Excel shows as text, never runs as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") and not _NUMBER.fullmatch(value) else value


def write_rows(rows: list[dict], columns: list[str], fmt: str, out: io.TextIOBase, bom: bool = False) -> None:
    """Write rows as csv, json, jsonl, md (a Markdown table) or table (aligned text): the one
    writer of every text output, so that every CSV is written the same way. ``bom`` starts a CSV
    with a UTF-8 byte-order mark, which Excel in a Chinese locale needs to read UTF-8.

    Document text is escaped where the format would read it as markup: in Markdown, HTML and
    the characters that make links, emphasis and cells; in a CSV for Excel (``bom``), a cell
    that Excel would run as a formula (``=…``, ``+…``, ``-…``, ``@…`` that is not a number)
    starts with an apostrophe, as Excel itself writes text.

    >>> import io; out = io.StringIO()
    >>> write_rows([{"任务": "甲|乙<img src=x onerror=alert(1)>", "n": 1}], ["任务", "n"], "md", out); print(out.getvalue(), end="")
    | 任务 | n |
    |---|---|
    | 甲\\|乙&lt;img src=x onerror=alert(1)&gt; | 1 |
    """
    cell = lambda r, c: "" if r.get(c) is None else str(r.get(c))  # noqa: E731
    if fmt == "csv":
        if bom:
            out.write("\ufeff")
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        guard = excel_text if bom else (lambda v: v)
        for r in rows:
            w.writerow([guard(cell(r, c)) for c in columns])
    elif fmt == "json":
        out.write(json.dumps([{c: r.get(c, "") for c in columns} for r in rows], ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps({c: r.get(c, "") for c in columns}, ensure_ascii=False) + "\n")
    elif fmt == "md":
        out.write("| " + " | ".join(map(md_text, columns)) + " |\n")
        out.write("|" + "---|" * len(columns) + "\n")
        for r in rows:
            out.write("| " + " | ".join(md_text(cell(r, c)) for c in columns) + " |\n")
    elif fmt == "table":
        width = shutil.get_terminal_size().columns if getattr(out, "isatty", lambda: False)() else None
        out.write(format_table(columns, [[cell(r, c) for c in columns] for r in rows], width))
    else:
        raise ValueError(f"unknown format '{fmt}'")


def result_rows(res: Result) -> list[dict[str, str]]:
    return [dict(zip(res.columns, row)) for row in res.rows]


def text_width(s: str) -> int:
    """Columns a text takes in a terminal (CJK characters take two)."""
    from rich.cells import cell_len

    return cell_len(s)


def format_table(columns: list[str], rows: list[list[str]], width: int | None = None) -> str:
    """An aligned text table (rich), CJK double width respected. Cells are never cut when
    ``width`` is None (a file or a pipe); in a terminal of ``width`` columns, long cells wrap.

    >>> head, rule, row = format_table(["机构", "n"], [["营口市人力资源和社会保障局", "51"]]).splitlines()
    >>> head, set(rule), row
    ('机构                         n', {'─'}, '营口市人力资源和社会保障局   51')
    """
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="")
    for c in columns:
        table.add_column(Text(c), overflow="fold")
    for row in rows:
        table.add_row(*(Text(str(v)) for v in row))  # Text: document text is never read as markup
    buf = io.StringIO()
    natural = 10**6 if width is None else width
    Console(file=buf, width=natural, color_system=None, highlight=False, emoji=False).print(table)
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())
