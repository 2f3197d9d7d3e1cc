"""Any SPARQL 1.1 store as a PolicyKG store: query it over the SPARQL Protocol, load the named
graphs into it over the Graph Store Protocol (Oxigraph server, Fuseki, GraphDB, Virtuoso,
QLever… speak both).

Query parameters are bound as escaped literals (:mod:`.binding`).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from .binding import bind_values
from .embedded import PREFIX_HEADER, PlanStore, Result, StoreError


class RemoteStore:
    """A SPARQL endpoint with the ``select`` interface of :class:`PlanStore`."""

    def __init__(self, endpoint: str, timeout: float = 120.0):
        self.endpoint, self.timeout = endpoint, timeout
        self.path = endpoint
        self._client = None  # one connection pool: a new client per query costs ~20 ms

    def select(self, sparql: str, params: dict[str, str] | None = None) -> Result:
        import httpx

        text = PREFIX_HEADER + bind_values(sparql, params)
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout)
        try:
            r = self._client.post(self.endpoint, data={"query": text}, headers={"Accept": "application/sparql-results+json"})
        except httpx.HTTPError as err:
            raise StoreError(f"cannot reach {self.endpoint}: {err}") from None
        if r.status_code != 200:
            raise StoreError(f"{self.endpoint} answered {r.status_code}: {r.text.strip()[:300]}")
        try:
            data = r.json()
        except ValueError:
            raise StoreError(f"{self.endpoint} did not answer with SPARQL JSON results: {r.text.strip()[:200]}") from None
        if "boolean" in data:
            return Result(["ask"], [[str(data["boolean"]).lower()]])
        columns = data["head"]["vars"]
        return Result(columns, [[b.get(c, {}).get("value", "") for c in columns] for b in data["results"]["bindings"]])


def graph_store_url(endpoint: str) -> str:
    """Oxigraph's Graph Store endpoint next to its query endpoint (…/query → …/store)."""
    return re.sub(r"/(query|sparql)/?$", "", endpoint.rstrip("/")) + "/store"


def push(store: PlanStore, graph_store: str, timeout: float = 300.0) -> list[tuple[str, int]]:
    """PUT every named graph of ``store`` to ``graph_store`` (Graph Store Protocol: PUT replaces
    the graph). Returns (graph, triples) per graph."""
    import httpx
    import pyoxigraph as ox

    done = []
    graphs = sorted(str(g.value) for g in store.ox.named_graphs())
    with httpx.Client(timeout=timeout) as client:
        for g in graphs:
            data = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g))
            r = client.put(f"{graph_store}?graph={quote(g, safe='')}", content=data,
                           headers={"Content-Type": "application/n-triples"})
            if r.status_code not in (200, 201, 204):
                raise StoreError(f"{graph_store} refused graph {g}: {r.status_code} {r.text.strip()[:200]}")
            done.append((g, data.count(b"\n")))
    return done


def prune_remote(store: PlanStore, graph_store: str, endpoint: str, timeout: float = 300.0) -> list[str]:
    """DELETE from ``graph_store`` every PolicyKG document graph the local store no longer has (a
    document removed or renamed since the last push); other graphs of the remote store are never
    touched. Returns the graphs deleted."""
    import httpx

    from ..kg.iris import ID

    ours = str(ID["graph/"])
    local = {str(g.value) for g in store.ox.named_graphs()}
    rows = RemoteStore(endpoint, timeout).select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    gone = sorted(g for (g,) in rows if g.startswith(ours) and g not in local)
    with httpx.Client(timeout=timeout) as client:
        for g in gone:
            try:
                r = client.delete(f"{graph_store}?graph={quote(g, safe='')}")
            except httpx.HTTPError as err:
                raise StoreError(f"cannot reach {graph_store}: {err}") from None
            if r.status_code not in (200, 204, 404):
                raise StoreError(f"{graph_store} refused to delete graph {g}: {r.status_code} {r.text.strip()[:200]}")
    return gone
