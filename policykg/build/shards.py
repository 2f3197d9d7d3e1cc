"""A corpus too large for one machine: each machine extracts a shard of the files to N-Quads,
with no store; any SPARQL store's bulk loader takes the parts (``oxigraph load``, QLever's
indexer, Virtuoso's ``ld_dir``); :func:`link_corpus` then derives the cross-document graphs
(areas and sectors, links index, plan links, counterparts, alignments) through the store's
SPARQL endpoints.

A file is in shard ``i`` of ``n`` by a hash of its key (its path under the folder given, as
``build`` keys it), so that adding files moves no other file to another shard. Each file's graph
is the one ``build`` writes for it. What ``build`` settles between files because it sees the
store (two files of one plan, an earlier version of a plan) cannot be settled in a shard:
:func:`link_corpus` reports every plan that more than one file carries, so that nothing is
counted twice unnoticed; build such files into one store instead.

>>> [in_shard(k, 1, 2) for k in ("a.txt", "b.txt", "c.txt")] == [not in_shard(k, 2, 2) for k in ("a.txt", "b.txt", "c.txt")]
True
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..files import atomic_path
from ..kg.iris import graph_iri
from ..kg.rdf import in_graph
from .corpus import refresh_corpus_graphs
from .documents import DocSummary, collect_files, summarise
from .extraction import extract_all
from .link_index import corpus_rows, indexed_graphs


def in_shard(key: str, i: int, n: int) -> bool:
    """Is the file keyed ``key`` in shard ``i`` (1 … n) of ``n``?"""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % n == i - 1


def extract_shard(paths: Iterable[str | Path], i: int, n: int, out: Path, jobs: int | None = None,
                  on_done: Callable[[DocSummary], None] | None = None) -> tuple[list[DocSummary], int]:
    """Extract the files of shard ``i`` of ``n`` among ``paths`` and write their graphs to ``out``
    as N-Quads (whole or not at all); returns a summary per file and the number of quads."""
    files, results = collect_files(paths)
    for r in results:
        if on_done:
            on_done(r)
    quads = 0
    with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8") as f:
        for x in extract_all([(p, k) for p, k in files if in_shard(k, i, n)], {}, True, jobs):
            if x.error:
                summary = DocSummary(x.key, str(x.path), "failed", error=x.error)
            else:
                f.write(in_graph(x.ntriples, str(graph_iri(x.record.source))))
                quads += x.ntriples.count("\n")
                summary = summarise(x.record, x.path)
            results.append(summary)
            if on_done:
                on_done(summary)
    return results, quads


@dataclass
class LinkReport:
    documents: int
    plan_links: int
    aligned: int
    shared_plans: list[str] = field(default_factory=list)  # one line per plan more than one file carries


def link_corpus(store) -> LinkReport:
    """Derive every cross-document graph of ``store`` (a :class:`~policykg.store.remote.RemoteStore`
    with an update endpoint, or an embedded store) from its document graphs."""
    plan_links, aligned = refresh_corpus_graphs(store, None)
    files: dict[str, list[str]] = {}
    for plan, _date, _no, name in corpus_rows(store)["current"]:
        files.setdefault(plan, []).append(name)
    shared = [f"{plan} is carried by {len(names)} files ({', '.join(sorted(names))}): its tasks are counted once "
              f"for each; build these files into one store to keep one" for plan, names in sorted(files.items()) if len(names) > 1]
    return LinkReport(len(indexed_graphs(store)), plan_links, aligned, shared)
