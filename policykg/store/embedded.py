"""The persistent embedded store (Oxigraph): one named graph per source document.

Replacing a document's graph is one SPARQL update (DROP + INSERT DATA), which Oxigraph runs as
one transaction: a reader sees the old graph or the new one, never half of it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..kg.iris import BASE, INDEX_GRAPH, LINKS_GRAPH, PKG, STATE_GRAPH, is_document_graph

DEFAULT_STORE = "policykg-store"
_BUILD_GRAPHS = {str(INDEX_GRAPH), str(STATE_GRAPH)}
PREFIXES = {
    "pkg": str(PKG),
    "id": BASE + "id/",
    "level": BASE + "level/",
    "eli": "http://data.europa.eu/eli/ontology#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
PREFIX_HEADER = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def default_store_path() -> Path:
    """``$POLICYKG_STORE`` or ``./policykg-store``."""
    return Path(os.environ.get("POLICYKG_STORE", DEFAULT_STORE))


class StoreError(Exception):
    pass


@dataclass
class Result:
    """A SELECT result as plain Python values: column names and rows of strings."""

    columns: list[str]
    rows: list[list[str]]


def term_value(term) -> str:
    if term is None:
        return ""
    return term.value


class GraphWrites:
    """Writing named graphs by SPARQL Update, for a store with ``update(sparql)`` and
    ``graph_ntriples(graph)``: the embedded store and a remote one write graphs the same way."""

    written: set[str]  # the named graphs written or dropped since the links index read them

    def replace_graph(self, graph: str, ntriples: str) -> None:
        """Atomically replace named graph ``graph`` with the given N-Triples."""
        self.written.add(graph)
        self.update(f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}")

    def patch_graph(self, graph: str, lines: set[str]) -> None:
        """Make named graph ``graph`` hold exactly these N-Triples lines, writing only what
        differs from what it holds (one transaction; nothing when nothing differs)."""
        self.written.add(graph)
        held = set(self.graph_ntriples(graph).splitlines(keepends=True))
        gone, new = sorted(held - lines), sorted(lines - held)
        parts = ([f"DELETE DATA {{ GRAPH <{graph}> {{\n{''.join(gone)}}} }}"] if gone else []) + (
            [f"INSERT DATA {{ GRAPH <{graph}> {{\n{''.join(new)}}} }}"] if new else [])
        if parts:
            self.update(" ;\n".join(parts))

    def drop_graph(self, graph: str) -> None:
        self.written.add(graph)
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def document_graphs(self) -> set[str]:
        """The graphs of source files (not the cross-document or the build's own graphs)."""
        return {g for g in self.named_graphs() if is_document_graph(g)}

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def graph_ntriples(self, graph: str) -> str:
        raise NotImplementedError

    def named_graphs(self) -> list[str]:
        raise NotImplementedError


class PlanStore(GraphWrites):
    """A PolicyKG store on disk.

    >>> import tempfile; s = PlanStore(tempfile.mkdtemp())
    >>> s.documents()
    {}
    """

    def __init__(self, path: Path | str | None, read_only: bool = False):
        self.path = Path(path) if path else None
        self.written = set()
        try:
            if self.path is None:
                self.ox = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path} (run 'policykg build' first)")
                if not (self.path / "CURRENT").exists():  # (RocksDB writes it last when it creates a store)
                    raise StoreError(f"{self.path} is not a whole store (a build may have been stopped while creating it): "
                                     f"build again with --store {self.path}, or remove the directory")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as err:
            raise StoreError(f"cannot open store {self.path}: {err}") from None

    # -- writing ---------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        """Run a SPARQL Update (one transaction)."""
        self.ox.update(sparql)

    def bulk_load_nquads(self, nquads: str, written: list[str]) -> None:
        """Oxigraph's bulk loader: fast, not one transaction (see build.loading's journal);
        ``written``: the named graphs the links index is to read (those loaded without their
        entries in it)."""
        self.written.update(written)
        self.ox.bulk_load(nquads.encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True)

    def graph_ntriples(self, graph: str) -> str:
        """Named graph ``graph`` as N-Triples."""
        from ..kg.rdf import ntriples_of

        return ntriples_of(self.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def flush(self) -> None:
        self.ox.flush()

    def optimize(self) -> None:
        """Compact the store's files (Oxigraph's optimize)."""
        self.ox.optimize()

    # -- reading ---------------------------------------------------------------------------
    def select(self, sparql: str, params: dict[str, str] | None = None) -> Result:
        """Run a SELECT with the standard prefixes; ``params`` bind variables to plain literals,
        written by pyoxigraph, escaped, never pasted in as SPARQL (see :mod:`.binding`: bound in
        the query text rather than by pyoxigraph's substitutions, which the query planner does
        not see: a department's tasks took 0.6 s instead of 11 ms on 100 plans)."""
        res = self.solutions(sparql, params)
        if isinstance(res, ox.QueryBoolean):
            return Result(["ask"], [[str(bool(res)).lower()]])
        if isinstance(res, ox.QueryTriples):
            return Result(["subject", "predicate", "object"], [[str(t.subject), str(t.predicate), str(t.object)] for t in res])
        columns = [v.value for v in res.variables]
        return Result(columns, [[term_value(sol[c]) for c in columns] for sol in res])

    def solutions(self, sparql: str, params: dict[str, str] | None = None):
        """What :meth:`select` runs: pyoxigraph's answer, terms with their datatypes (read by
        :mod:`policykg.api` to type its columns)."""
        from .binding import bind_values

        try:
            return self.ox.query(bind_values(sparql, params), prefixes=PREFIXES)
        except SyntaxError as err:
            raise StoreError(f"SPARQL syntax error: {err}") from None
        except (RuntimeError, ValueError) as err:  # e.g. a --param naming a variable the query lacks
            raise StoreError(f"query failed: {err}") from None

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs())

    def data_graphs(self) -> list[str]:
        """The named graphs that hold the data, sorted: every graph but the build's own (its
        links index and its state), which exports and pushes leave out."""
        return [g for g in self.named_graphs() if g not in _BUILD_GRAPHS]

    def dump(self, path: Path, fmt: str = "nquads") -> int:
        """Write every data graph as N-Quads or TriG (atomically); returns the number of quads."""
        from ..files import atomic_path
        from ..kg.rdf import in_graph

        n = 0
        with atomic_path(path) as tmp, open(tmp, "wb") as out:
            for g in self.data_graphs():
                body = self.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g))
                n += body.count(b"\n")
                out.write(in_graph(body, g) if fmt == "nquads" else f"<{g}> {{\n".encode() + body + b"}\n")
        return n

    def documents(self) -> dict[str, dict[str, str]]:
        """Stored source files: name → {sha256, version, graph}."""
        res = self.select(
            """SELECT ?g ?name ?sha ?ver WHERE { GRAPH ?g { ?s a pkg:SourceDocument ;
               pkg:fileName ?name ; pkg:sha256 ?sha ; pkg:extractorVersion ?ver } }"""
        )
        return {name: {"graph": g, "sha256": sha, "version": ver} for g, name, sha, ver in res.rows}

    def links_graph(self) -> str:
        return str(LINKS_GRAPH)
