"""Any SPARQL 1.1 store as a PolicyKG store: query it over the SPARQL Protocol, load the named
graphs into it over the Graph Store Protocol (Oxigraph server, Fuseki, GraphDB, Virtuoso,
QLever… speak both).

Query parameters are bound as escaped literals (:mod:`.binding`).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from .binding import bind_values
from .embedded import PREFIX_HEADER, GraphWrites, PlanStore, Result, StoreError


class RemoteStore(GraphWrites):
    """A SPARQL endpoint with the ``select`` interface of :class:`PlanStore`; with an ``update``
    endpoint (SPARQL Update), also the graph writes the cross-document step makes."""

    def __init__(self, endpoint: str, timeout: float = 120.0, update: str = ""):
        self.endpoint, self.timeout, self.update_endpoint = endpoint, timeout, update
        self.path = endpoint
        self.written = set()
        self._client = None  # one connection pool: a new client per query costs ~20 ms

    def _post(self, url: str, data: dict[str, str], accept: str):
        import httpx

        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout)
        try:
            r = self._client.post(url, data=data, headers={"Accept": accept})
        except httpx.HTTPError as err:
            raise StoreError(f"cannot reach {url}: {err}") from None
        if r.status_code not in (200, 204):
            raise StoreError(f"{url} answered {r.status_code}: {r.text.strip()[:300]}")
        return r

    def update(self, sparql: str) -> None:
        if not self.update_endpoint:
            raise StoreError(f"{self.endpoint}: no SPARQL Update endpoint given")
        self._post(self.update_endpoint, {"update": PREFIX_HEADER + sparql}, "*/*")

    def graph_ntriples(self, graph: str) -> str:
        r = self._post(self.endpoint, {"query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"},
                       "application/n-triples")
        return r.text

    def named_graphs(self) -> list[str]:
        return sorted(g for (g,) in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").rows)

    def select(self, sparql: str, params: dict[str, str] | None = None) -> Result:
        r = self._post(self.endpoint, {"query": PREFIX_HEADER + bind_values(sparql, params)}, "application/sparql-results+json")
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


def update_url(endpoint: str) -> str:
    """Oxigraph's SPARQL Update endpoint next to its query endpoint (…/query → …/update)."""
    return re.sub(r"/(query|sparql)/?$", "", endpoint.rstrip("/")) + "/update"


def push(store: PlanStore, graph_store: str, update: str = "", timeout: float = 300.0, transport=None) -> list[tuple[str, int]]:
    """Replace every named graph of ``store`` in the remote store; returns (graph, triples) per graph.

    With a SPARQL Update endpoint (``update``), all at once: each graph is first PUT under a
    staging name, then one update MOVEs them all into place, so the remote store holds the old
    graphs or the new ones, never a mix; when an upload fails, the staging graphs are deleted and
    nothing was replaced. Without one (or when it refuses the MOVE), each graph is PUT in place
    (Graph Store Protocol: PUT replaces the graph), and a failure names the graphs already replaced
    (pushing again finishes the job)."""
    import httpx
    import pyoxigraph as ox

    graphs = store.data_graphs()
    payload = {g: store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)) for g in graphs}
    staged = {g: f"urn:policykg:staging:{hashlib.sha1(g.encode()).hexdigest()}" for g in graphs}
    with httpx.Client(timeout=timeout, transport=transport) as client:
        def put(g: str, name: str) -> None:
            try:
                r = client.put(f"{graph_store}?graph={quote(name, safe='')}", content=payload[g],
                               headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as err:
                raise StoreError(f"cannot reach {graph_store}: {err}") from None
            if r.status_code not in (200, 201, 204):
                raise StoreError(f"{graph_store} refused graph {g}: {r.status_code} {r.text.strip()[:200]}")

        if update:
            try:
                for g in graphs:
                    put(g, staged[g])
            except StoreError as err:
                _delete(client, graph_store, list(staged.values()))
                raise StoreError(f"{err}; nothing was replaced") from None
            moves = " ;\n".join(f"MOVE SILENT <{staged[g]}> TO <{g}>" for g in graphs)
            try:
                r = client.post(update, data={"update": moves})
                ok = r.status_code in (200, 204)
            except httpx.HTTPError:
                ok = False
            if ok:
                return [(g, payload[g].count(b"\n")) for g in graphs]
            _delete(client, graph_store, list(staged.values()))  # (no update endpoint: one by one)
        done: list[str] = []
        for g in graphs:
            try:
                put(g, g)
            except StoreError as err:
                raise StoreError(f"{err}; {len(done)} of {len(graphs)} graphs replaced"
                                 + (f" ({', '.join(done)})" if done else "") + ": push again to finish") from None
            done.append(g)
    return [(g, payload[g].count(b"\n")) for g in graphs]


def _delete(client, graph_store: str, names: list[str]) -> None:
    for name in names:  # best effort: a staging graph left behind holds a copy, never a live graph
        try:
            client.delete(f"{graph_store}?graph={quote(name, safe='')}")
        except Exception:
            pass


def prune_remote(store: PlanStore, graph_store: str, endpoint: str, timeout: float = 300.0) -> list[str]:
    """DELETE from ``graph_store`` every PolicyKG document graph the local store no longer has (a
    document removed or renamed since the last push); other graphs of the remote store are never
    touched. Returns the graphs deleted."""
    import httpx

    from ..kg.iris import ID

    ours = str(ID["graph/"])
    local = set(store.data_graphs())
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
