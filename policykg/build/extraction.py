"""Files → records and their N-Triples, on every core.

Reading, extracting and writing a document's triples is independent per file and is
most of a build's time, so it runs in worker processes (``jobs`` of them); the build's one writer
takes the results in the order of the files, so the store is the same whatever ``jobs`` is. At
most a few documents per worker are in flight, so memory stays flat however many files there are.
A worker that dies (a crash in a PDF library, the out-of-memory killer) costs its file, reported;
the files in flight with it are read again, and the pool is started again for the rest.

Each worker checks its document's N-Triples with Oxigraph's parser, so that the writer can load
them without checking again and a bad IRI fails one document, never a batch.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Iterator

from .. import __version__
from ..extract import limits
from ..extract.formats import file_bytes, read_bytes
from ..extract.pipeline import extract_source
from ..extract.records import DocumentRecord, ExtractionError
from ..extract.text import digest

IN_FLIGHT_PER_JOB = 4
MIN_FILES_PER_JOB = 3  # below this a pool costs more to start (a second each) than it saves


@dataclass
class Extracted:
    """One file, read: unchanged since the store took it, a record with its triples, or an error."""

    path: Path
    key: str
    record: DocumentRecord | None = None
    ntriples: str = ""
    index: str = ""  # the graph's entries in the links index (see link_index.graph_entries)
    unchanged: bool = False
    error: str = ""


def default_jobs() -> int:
    """Worker processes when ``--jobs`` is not given: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # (not on Linux)
        return max(1, os.cpu_count() or 1)


def extract_one(path: Path, key: str) -> Extracted:
    """Read and extract one file (whether the store holds it unchanged is told before: :func:`extract_all`)."""
    from ..kg.iris import graph_iri
    from ..kg.rdf import record_ntriples
    from .link_index import graph_entries

    try:
        rec = extract_source(read_bytes(file_bytes(path), key))
        ntriples = record_ntriples(rec)
        # (making its index entries loads the N-Triples with Oxigraph's parser: that is the check)
        return Extracted(path, key, rec, ntriples, graph_entries(ntriples, str(graph_iri(rec.source))))
    except ExtractionError as err:
        return Extracted(path, key, error=str(err))
    except Exception as err:  # a parser bug must not take the other files down
        return Extracted(path, key, error=f"internal error: {type(err).__name__}: {err}")


def extract_all(files: list[tuple[Path, str]], known: dict[str, dict], force: bool = False,
                jobs: int | None = None) -> Iterator[Extracted]:
    """:func:`extract_one` for every file, in order, on ``jobs`` processes (default: every core).

    Files the store holds are hashed here first: a rebuild that changed one file of thousands
    reads that one, in this process, and starts no pool."""
    unchanged = set() if force else {(path, key) for path, key in files if _same(path, known.get(key))}
    changed = [f for f in files if f not in unchanged]
    results = _extract(changed, jobs or default_jobs())
    for path, key in files:
        yield Extracted(path, key, unchanged=True) if (path, key) in unchanged else next(results)


def _same(path: Path, prior: dict | None) -> bool:
    if not prior or prior["version"] != __version__:
        return False
    try:
        return digest(file_bytes(path)) == prior["sha256"]
    except ExtractionError:
        return False  # (reported when the file is read for extraction)


def _extract(files: list[tuple[Path, str]], jobs: int) -> Iterator[Extracted]:
    jobs = min(jobs, max(1, len(files) // MIN_FILES_PER_JOB))
    if jobs <= 1:
        for path, key in files:
            yield extract_one(path, key)
        return
    pending = deque(files)
    while pending:
        with _pool(jobs) as pool:
            window: deque[tuple[tuple[Path, str], Future]] = deque()
            try:
                while pending or window:
                    while pending and len(window) < jobs * IN_FLIGHT_PER_JOB:
                        path, key = pending.popleft()
                        window.append(((path, key), pool.submit(extract_one, path, key)))
                    future = window[0][1]
                    result = future.result()
                    window.popleft()
                    yield result
            except BrokenProcessPool:
                # Every file in flight fails with the pool: each goes again alone, so that only
                # the one that kills its worker is reported; the pool starts again for the rest.
                for (path, key), _ in window:
                    yield _alone(path, key)


def _alone(path: Path, key: str) -> Extracted:
    with _pool(1) as pool:
        try:
            return pool.submit(extract_one, path, key).result()
        except BrokenProcessPool:
            return Extracted(path, key, error="the process reading it stopped (a crash, or out of memory)")


def _pool(jobs: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent holds the store open (RocksDB's threads) and forking a threaded
    # process can deadlock the child
    return ProcessPoolExecutor(jobs, mp_context=get_context("spawn"), initializer=limits.use,
                               initargs=(limits.current(),))
