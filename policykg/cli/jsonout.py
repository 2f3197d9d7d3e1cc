"""``--json``: a command prints one JSON document on standard output and nothing else (what
people read goes to standard error, or nowhere), for scripts: ``policykg stats --json | jq``.
Keys are English snake_case in a fixed order; text is UTF-8, never \\u-escaped."""

from __future__ import annotations

import json
import sys

import click

JSON_HELP = "Print one JSON document on standard output (and nothing else there), for scripts."


def json_option(f):
    return click.option("--json", "as_json", is_flag=True, help=JSON_HELP)(f)


def json_format(fmt: str | None, as_json: bool) -> str | None:
    """``--json`` as the ``--format json`` it stands for (a usage error beside another format)."""
    if as_json and fmt not in (None, "json"):
        raise click.UsageError(f"--json and --format {fmt} ask for two formats: give one")
    return "json" if as_json else fmt


def print_json(doc) -> None:
    """The one JSON document on standard output."""
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    sys.stdout.flush()


def build_document(s) -> dict:
    """One document of a build (a :class:`policykg.build.documents.DocSummary`)."""
    return {"file": s.source, "path": s.path, "status": s.status, "title": s.plan or None, "boxes": s.boxes, "tasks": s.tasks,
            "tasks_with_named_lead": s.named_lead, "citations": s.citations, "warnings": list(s.warnings),
            "unattached_owner_statements": s.unattached, "owner_names_on_evidence": s.unknown_names,
            "same_as": s.same_as or None, "current_version": s.current or None,
            "reason": s.why_empty or None,  # (why a document gave no task)
            "error": (s.error or None) if s.status == "failed" else None}


def build_report(results, removed, store_path, elapsed: float) -> dict:
    """``build --json``: every document, the files ``--prune`` removed, and the totals the last
    line of the human report gives."""
    count = lambda status: sum(r.status == status for r in results)  # noqa: E731
    return {
        "store": str(store_path), "documents": [build_document(r) for r in results], "removed": removed,
        "totals": {"documents": len(results), "built": count("built"), "same": count("same"), "earlier": count("earlier"),
                   "unchanged": count("unchanged"), "failed": count("failed"), "tasks": sum(r.tasks for r in results),
                   "tasks_with_named_lead": sum(r.named_lead for r in results)},
        "elapsed_seconds": round(elapsed, 3),
    }
