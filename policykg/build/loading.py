"""New documents' graphs loaded together by Oxigraph's bulk loader, with a journal.

A build into a new or growing store writes mostly graphs the store does not hold yet. Loading
them one transaction each costs some 150 ms for a 100 KB plan's 4,000 triples (most of a
build); the bulk loader takes a batch of them in about half that. The bulk loader is not one
transaction, so the batch's graphs are first written to the journal (``pkg:loading`` in the
state graph), in one transaction, and struck from it once loaded: a build killed while
loading leaves them in the journal, and the next build drops those graphs before it looks at
what the store holds, so that their files are built again (never kept half-written).
"""

from __future__ import annotations

import threading

from ..kg.iris import INDEX_GRAPH, PKG, STATE_GRAPH
from ..kg.rdf import in_graph
from ..store.embedded import PlanStore, StoreError

BATCH_DOCUMENTS = 64


class BatchLoadError(StoreError):
    """The bulk loader failed (a full disk, a store error): the build stops; the batch's graphs
    stay in the journal, and the next build drops them and builds their files again."""

_JOURNAL = f"SELECT ?g WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?g <{PKG.loading}> true }} }}"


class GraphBatch:
    """Graphs waiting to be bulk-loaded. A batch loads on a thread of its own (the loader lets go
    of the interpreter), so that the build goes on taking documents from the workers meanwhile;
    ``plans`` (of the graphs waiting or loading) lets the build :meth:`settle` the batch before it
    asks the store about one of their plans."""

    def __init__(self, store: PlanStore, size: int = BATCH_DOCUMENTS):
        self.store, self.size = store, size
        self.graphs: list[str] = []
        self.loaded = 0  # graphs loaded so far
        self.unindexed: list[str] = []  # graphs added without their index entries
        self.plans: set[str] = set()
        self._quads: list[str] = []
        self._loading: threading.Thread | None = None
        self._failed: BaseException | None = None

    def add(self, graph: str, plan: str, ntriples: str, index: str = "") -> None:
        """``index``: the graph's entries in the links index (N-Triples), loaded with it."""
        self._quads.append(in_graph(ntriples, graph) + in_graph(index, str(INDEX_GRAPH)))
        self.graphs.append(graph)
        if not index:
            self.unindexed.append(graph)
        self.plans.add(plan)
        if len(self.graphs) >= self.size:
            self.load()

    def load(self) -> None:
        """Start loading the graphs waiting (once the batch before them is loaded)."""
        self._wait()
        if not self.graphs:
            self.plans = set()
            return
        graphs, unindexed, quads = self.graphs, self.unindexed, "".join(self._quads)
        marks = "".join(f"<{g}> <{PKG.loading}> true .\n" for g in graphs)
        self.store.update(f"INSERT DATA {{ GRAPH <{STATE_GRAPH}> {{\n{marks}}} }}")
        self.graphs, self.unindexed, self._quads = [], [], []
        self.loaded += len(graphs)

        def run():
            try:
                self.store.bulk_load_nquads(quads, unindexed)
                self.store.update(f"DELETE DATA {{ GRAPH <{STATE_GRAPH}> {{\n{marks}}} }}")
            except BaseException as err:  # (raised in the build's thread by _wait)
                self._failed = err if isinstance(err, (KeyboardInterrupt, SystemExit)) else BatchLoadError(
                    f"loading {len(graphs)} documents into the store failed ({type(err).__name__}: {err}); "
                    f"the next build builds them again")

        self._loading = threading.Thread(target=run, name="bulk-load")
        self._loading.start()

    def settle(self) -> None:
        """Load every graph waiting, and wait until the store holds them."""
        self.load()
        self._wait()
        self.plans = set()

    def _wait(self) -> None:
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        if self._failed is not None:
            err, self._failed = self._failed, None
            raise err


def drop_half_loaded(store: PlanStore) -> list[str]:
    """Drop the graphs a killed build left in the journal; returns them."""
    graphs = [g for (g,) in store.select(_JOURNAL).rows]
    for g in graphs:
        store.drop_graph(g)
        store.ox.update(f"DELETE DATA {{ GRAPH <{STATE_GRAPH}> {{ <{g}> <{PKG.loading}> true }} }}")
    return graphs
