"""Build: files → records → graphs → store, one document at a time.

A file that cannot be read gets a one-line error and contributes nothing; the other files are
still built. An unchanged file (same content hash, same extractor version) is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..extract.formats import DOCUMENT_SUFFIXES
from ..extract.records import DocumentRecord
from ..kg.iris import graph_iri, plan_iri
from ..kg.rdf import manifestation_ntriples
from ..store.embedded import PlanStore
from .extraction import Extracted, extract_all
from .link_index import put_entries
from .loading import BATCH_DOCUMENTS, BatchLoadError, GraphBatch, drop_half_loaded
from .corpus import is_stale, mark_stale, refresh_corpus_graphs
from .manifestations import demote, differences, later_version, record_tasks, supplier, supplies_rather
from .versions import retire, store_earlier


@dataclass
class DocSummary:
    source: str
    path: str
    status: str  # built | same (another manifestation of a plan another file supplies) | earlier | unchanged | failed
    plan: str = ""
    boxes: int = 0
    tasks: int = 0
    named_lead: int = 0  # tasks whose document names their lead (the rest: pkg:ownerInferred true)
    citations: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    unattached: int = 0  # owner statements that made no task
    unknown_names: int = 0  # owners taken on evidence alone
    why_empty: str = ""  # for a document with no task: what was (not) found
    same_as: str = ""  # the file that supplies this plan's tasks (status same), or the one this file took them from
    version: str = ""  # "later": same_as is the earlier version of the plan (a different 文号 or date) it replaced
    current: str = ""  # status earlier: the file of the plan's current version

    def line(self) -> str:
        if self.status == "failed":
            return f"✗ {self.path}: {self.error}"
        if self.status == "unchanged":
            return f"= {self.source}: unchanged, kept"
        if self.status == "earlier" and self.same_as:
            return (f"= {self.source}: same earlier version as {self.same_as} of the plan {self.current} carries, "
                    f"recorded as another manifestation")
        if self.status == "earlier":
            return (f"= {self.source}: an earlier version of the plan {self.current} carries, kept with its {self.tasks} "
                    f"tasks (shown with --all-versions; `policykg diff {self.source} {self.current}` lists what changed)")
        if self.status == "same":
            how = "identical tasks" if not self.warnings else f"{len(self.warnings)} differences"
            return f"= {self.source}: same plan as {self.same_as} ({how}), recorded as another manifestation"
        line = (
            f"✓ {self.source}: {self.plan} — {_n(self.boxes, 'box', 'boxes')}, {_n(self.tasks, 'task')} "
            f"({self.named_lead} with a named lead), {_n(self.citations, 'citation')}, {_n(len(self.warnings), 'warning')}"
        )
        if self.unattached:
            line += f", {self.unattached} unattached owner statement{'s' if self.unattached > 1 else ''}"
        if self.unknown_names:
            line += f", {self.unknown_names} owner name{'s' if self.unknown_names > 1 else ''} taken on evidence"
        if self.same_as and self.version:
            line += f"; a later version of the plan {self.same_as} carried, which is kept as an earlier version"
        elif self.same_as:
            line += f"; supplies the tasks {self.same_as} gave before, which is kept as another manifestation"
        return line + (f" ({self.why_empty})" if self.why_empty else "")


def collect_files(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, str]], list[DocSummary]]:
    """Files to build, each with its key in the store, plus failures for unusable paths.

    A file is keyed by its path under the directory given (``a/规划.txt`` for ``plans/a/规划.txt``
    when ``plans`` was given), and a file given by itself by its name; when two files of one
    build would share a key, each takes as many of its parent folders as tell them apart
    (``a/规划.txt``, ``b/规划.txt``), so that no file ever overwrites another."""
    found, failed = [], []
    for raw in paths:
        p = Path(raw)
        if not p.exists() and not p.is_symlink():
            failed.append(DocSummary(p.name, str(p), "failed", error="no such file or directory"))
        elif p.is_dir():
            # (not only regular files: a FIFO or a link loop named like a document is reported, not skipped)
            files = sorted(f for f in p.rglob("*") if f.suffix.lower() in DOCUMENT_SUFFIXES and not f.is_dir())
            if not files:
                failed.append(DocSummary(p.name, str(p), "failed", error="directory holds no documents (.txt .html .docx .pdf .xlsx .csv)"))
            found += [(f, f.relative_to(p).as_posix()) for f in files]
        else:
            found.append((p, p.name))
    return _distinct_keys(found), failed


def _distinct_keys(found: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    by_key: dict[str, list[Path]] = {}
    for path, key in found:
        by_key.setdefault(key, []).append(path)
    out: dict[tuple[Path, str], None] = {}  # (in order, once each)
    for path, key in found:
        if len(by_key[key]) > 1 and len(same := list(dict.fromkeys(q.resolve() for q in by_key[key]))) > 1:
            # the shortest tail of the full path that no other file of the key shares
            parts = path.resolve().parts
            key = next("/".join(parts[-n:]) for n in range(1, len(parts) + 1)
                       if sum(q.parts[-n:] == parts[-n:] for q in same) == 1)
        out[(path, key)] = None
    return list(out)


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def summarise(rec: DocumentRecord, path: Path) -> DocSummary:
    return DocSummary(
        rec.source,
        str(path),
        "built",
        plan=rec.plan.title,
        boxes=len(rec.boxes),
        tasks=len(rec.tasks),
        named_lead=sum(1 for t in rec.tasks if t.lead),  # (as the graph's pkg:ownerInferred says: stats counts the same)
        citations=len(rec.citations),
        warnings=list(rec.warnings),
        unattached=len(rec.unattached),
        unknown_names=len(rec.unknown_names),
        why_empty=why_no_tasks(rec),
    )


def why_no_tasks(rec: DocumentRecord) -> str:
    """For a document that gave no task, the reason in words ("" when it gave tasks)."""
    if rec.tasks:
        return ""
    if rec.unattached:
        return "owner statements found, but no task text before them: see `policykg text FILE --tasks`"
    if any(b.kind == "indicators" for b in rec.boxes):
        return "only indicator boxes (主要指标), no task boxes and no owner statements"
    return "no 专栏 and no owner statements found"


def build(
    paths: Iterable[str | Path],
    store: PlanStore,
    force: bool = False,
    on_done: Callable[[DocSummary], None] | None = None,
    progress: bool = False,
    jobs: int | None = None,
) -> list[DocSummary]:
    """Build the given files/directories into ``store``; returns one summary per input.
    Files are read on ``jobs`` processes (default: every core; see :mod:`.extraction`)."""
    files, results = collect_files(paths)
    for r in results:
        if on_done:
            on_done(r)
    if drop_half_loaded(store):  # a build killed while bulk-loading: those files are built again
        mark_stale(store)
    known = store.documents()
    stale = is_stale(store)  # a build was killed before its cross-document step ended
    changed: set[str] | None = None if stale else set()  # plans whose documents this build writes (None: unknown)
    batch = GraphBatch(store)
    extracted = extract_all(files, known, force, jobs)
    if progress and len(files) > 1:
        from tqdm import tqdm

        extracted = tqdm(extracted, total=len(files), desc="building", unit="doc", leave=False)
    for x in extracted:
        if x.error:
            summary = DocSummary(x.key, str(x.path), "failed", error=x.error)
        elif x.unchanged:
            summary = DocSummary(x.key, str(x.path), "unchanged")
        else:
            if not stale:
                mark_stale(store)
                stale = True
            try:
                if changed is not None:
                    changed.add(str(plan_iri(x.record.plan.title)))
                summary = _store_record(store, x, batch if x.key not in known else None)
            except BatchLoadError:  # (the documents of a whole batch: the build stops)
                raise
            except Exception as err:  # (a store error on one document is that document's failure)
                summary = DocSummary(x.key, str(x.path), "failed", error=f"internal error: {type(err).__name__}: {err}")
        results.append(summary)
        if on_done:
            on_done(summary)
    batch.settle()
    if stale:  # the cross-document graphs follow from the documents: bring them up to date
        refresh_corpus_graphs(store, changed)
    if batch.loaded >= BATCH_DOCUMENTS:
        # many bulk loads leave many small sorted files: compacted, the store is smaller and its
        # queries faster (at 1,000 plans: 995 → 824 MB, a department's tasks 185 → 152 ms)
        store.optimize()
    store.flush()
    return results


def _store_record(store: PlanStore, x: Extracted, batch: GraphBatch | None) -> DocSummary:
    """Write one document's graph: the whole plan; or, when another file of the same plan supplies
    its tasks, only this file as one more manifestation (see :mod:`.manifestations`); or, when
    it is an earlier version of a plan the store holds, the whole plan as that earlier version
    (see :mod:`.versions`). A graph the store does not hold yet goes to ``batch`` (see
    :mod:`.loading`); None: the file's graph is in the store, and is replaced."""
    rec, path, ntriples = x.record, x.path, x.ntriples
    plan = str(plan_iri(rec.plan.title))
    if batch is not None and plan in batch.plans:  # another file of this plan waits in the batch
        batch.settle()
    other = supplier(store, rec)
    ours = record_tasks(rec)
    later = later_version(rec, other) if other is not None else None  # a later version is the current one
    if later is False:
        peer = store_earlier(store, rec, ntriples, plan)
        return DocSummary(rec.source, str(path), "earlier", plan=rec.plan.title, tasks=len(ours), same_as=peer,
                          current=other.name)
    if other is not None and later is None and not supplies_rather(rec.source, ours, other):
        store.replace_graph(str(graph_iri(rec.source)), manifestation_ntriples(rec, other.name))
        return DocSummary(rec.source, str(path), "same", plan=rec.plan.title, tasks=len(ours), same_as=other.name,
                          warnings=differences(ours, other.tasks))
    if batch is not None and other is None:
        batch.add(str(graph_iri(rec.source)), plan, ntriples, x.index)
    else:
        store.replace_graph(str(graph_iri(rec.source)), ntriples)
        put_entries(store, str(graph_iri(rec.source)), x.index)
    summary = summarise(rec, path)
    if other is not None and later:
        retire(store, other.name, plan, other.date, other.doc_no)
        summary.same_as, summary.version = other.name, "later"
    elif other is not None:  # this file wins by the rule (see supplies_rather)
        demote(store, other.name, plan, rec.source)
        summary.same_as = other.name
        summary.warnings += differences(ours, other.tasks)
    return summary
