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

from ..kg.iris import PKG, STATE_GRAPH
from ..store.embedded import PlanStore

BATCH_DOCUMENTS = 64

_JOURNAL = f"SELECT ?g WHERE {{ GRAPH <{STATE_GRAPH}> {{ ?g <{PKG.loading}> true }} }}"


class GraphBatch:
    """Graphs waiting to be bulk-loaded; ``plans`` lets the build load them before it asks the
    store about one of their plans."""

    def __init__(self, store: PlanStore, size: int = BATCH_DOCUMENTS):
        self.store, self.size = store, size
        self.graphs: list[str] = []
        self.plans: set[str] = set()
        self._quads: list[str] = []

    def add(self, graph: str, plan: str, ntriples: str) -> None:
        # (each N-Triples line ends in " .\n" and no literal holds a bare line break)
        self._quads.append(ntriples.replace(" .\n", f" <{graph}> .\n"))
        self.graphs.append(graph)
        self.plans.add(plan)
        if len(self.graphs) >= self.size:
            self.load()

    def load(self) -> None:
        if not self.graphs:
            return
        marks = "".join(f"<{g}> <{PKG.loading}> true .\n" for g in self.graphs)
        self.store.ox.update(f"INSERT DATA {{ GRAPH <{STATE_GRAPH}> {{\n{marks}}} }}")
        self.store.bulk_load_nquads("".join(self._quads), self.graphs)
        self.store.ox.update(f"DELETE DATA {{ GRAPH <{STATE_GRAPH}> {{\n{marks}}} }}")
        self.graphs, self.plans, self._quads = [], set(), []


def drop_half_loaded(store: PlanStore) -> list[str]:
    """Drop the graphs a killed build left in the journal; returns them."""
    graphs = [g for (g,) in store.select(_JOURNAL).rows]
    for g in graphs:
        store.drop_graph(g)
        store.ox.update(f"DELETE DATA {{ GRAPH <{STATE_GRAPH}> {{ <{g}> <{PKG.loading}> true }} }}")
    return graphs
