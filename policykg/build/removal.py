"""Removing documents from the store: a file's graph and what is derived from it.

``remove`` drops each named file's graph (or every file of a plan, by its title), then
recomputes the cross-document graphs (plan links, agency counterparts, alignments), so nothing
derived from a removed document stays. When the file of a plan's current version goes, its
latest earlier version, if the store holds one, becomes current again. A file that was another manifestation of a removed
supplier's plan is reported: it holds no tasks of its own until it is built again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..kg.iris import graph_iri, source_iri
from ..store.embedded import PlanStore
from .corpus import is_stale, mark_stale, refresh_corpus_graphs
from .versions import restore_latest


@dataclass
class Removal:
    source: str
    removed: bool
    orphans: list[str] = field(default_factory=list)  # files of its plan that took their tasks from it
    restored: str = ""  # the file of the plan's earlier version that is current again

    def line(self) -> str:
        if not self.removed:
            return f"✗ {self.source}: not in the store"
        line = f"- {self.source}: removed"
        if self.orphans:
            line += (f"; {'、'.join(self.orphans)} took {'their' if len(self.orphans) > 1 else 'its'} tasks from it: "
                     f"build {'them' if len(self.orphans) > 1 else 'it'} again (policykg build --force FILE)")
        if self.restored:
            line += f"; {self.restored}, the latest earlier version of its plan, is the current version again"
        return line


def files_of_plan(store: PlanStore, title: str) -> list[str]:
    """Every stored file of the plan titled ``title`` (as the graph gives it), suppliers and manifestations."""
    rows = store.select(
        """SELECT DISTINCT ?name ?title WHERE {
             { GRAPH ?g { ?p dcterms:title ?title ; pkg:source ?s . ?s pkg:fileName ?name } }
             UNION { GRAPH ?g { ?p dcterms:title ?title ; pkg:source ?o } . GRAPH ?h { ?m pkg:tasksFrom ?o ; pkg:fileName ?name } }
           } ORDER BY ?name""",
        {"title": title},
    ).rows
    return [name for name, _ in rows]


def stored_key(path: str, known) -> str:
    """The key of a stored document named as given (``a/规划.txt``), or by its file name."""
    given = Path(path).as_posix().removeprefix("./")
    return given if given in known else Path(path).name


def remove(store: PlanStore, files: list[str]) -> list[Removal]:
    """Drop the graphs of ``files`` (paths or names), then recompute what is derived from all documents."""
    known = store.documents()
    names = {stored_key(f, known) for f in files}
    out, changed = [], (None if is_stale(store) else set())  # (stale: what an earlier build changed is unknown)
    for f in files:
        name = stored_key(f, known)
        if name not in known:
            out.append(Removal(name, False))
            continue
        rows = store.select(
            f"""SELECT ?name WHERE {{ GRAPH ?g {{ ?m pkg:tasksFrom <{source_iri(name)}> ; pkg:fileName ?name }} }} ORDER BY ?name"""
        ).rows
        plans = store.select(f"SELECT ?p WHERE {{ GRAPH <{graph_iri(name)}> {{ ?p a pkg:Plan ; pkg:source ?s }} }}").rows
        mark_stale(store)
        store.drop_graph(str(graph_iri(name)))
        out.append(Removal(name, True, [n for (n,) in rows if n not in files and n not in names]))
        for (plan,) in plans:  # it carried the current version of a plan: is there an earlier one?
            out[-1].restored = restore_latest(store, plan)
            if changed is not None:
                changed.add(plan)
    if any(r.removed for r in out):
        refresh_corpus_graphs(store, changed)
    store.flush()
    return out
