"""Cross-level alignment: which task of the parent plan each task of a lower plan carries out.

For every plan whose parent plan (``eli:applies``) is in the corpus, each of its tasks is
compared with every task of the parent on three pieces of evidence — the task titles, their
descriptions and the titles of the boxes (or sections) they sit in — as character-bigram Dice
similarities (Chinese needs no word segmentation for this, and reordered titles such as
发现培育劳务品牌计划 / 劳务品牌发现培育计划 still share most bigrams). The best parent task is
kept when the weighted score reaches ``THRESHOLD``; a task with no parent task that good stays
unaligned (a commitment the lower level added). Alignments, with their evidence, are written to
their own named graph after every build.

>>> round(dice("发现培育劳务品牌计划", "劳务品牌发现培育计划"), 2)
0.78
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .iris import ALIGN_GRAPH, LINKS_GRAPH, PKG
from ..store.embedded import PlanStore

WEIGHTS = {"title": 0.6, "description": 0.3, "box": 0.1}
THRESHOLD = 0.4
_NOISE = re.compile(r"[\s\d\W_a-zA-Z]+")

_PLAN_PAIRS = f"""
SELECT DISTINCT ?child ?parent WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?child eli:applies ?parent }} }}"""
_TASKS = """
SELECT ?t ?plan ?title ?desc ?container ?ord WHERE {
  GRAPH ?g {
    ?t a pkg:Task ; pkg:plan ?plan ; dcterms:title ?title ; pkg:ordinal ?ord ; eli:is_part_of ?part .
    OPTIONAL { ?t dcterms:description ?desc }
    OPTIONAL { ?part a pkg:Box ; dcterms:title ?boxTitle }
    OPTIONAL { ?t pkg:section ?section }
  }
  BIND(COALESCE(?boxTitle, ?section, "") AS ?container)
}"""


def bigrams(text: str) -> set[str]:
    s = _NOISE.sub("", text)
    return {s[i : i + 2] for i in range(len(s) - 1)} or ({s} if s else set())


def dice(a: str, b: str) -> float:
    """Dice similarity of the character bigrams of two texts (0–1)."""
    x, y = bigrams(a), bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


@dataclass(frozen=True)
class TaskText:
    iri: str
    plan: str
    title: str
    description: str
    container: str
    ordinal: int


@dataclass(frozen=True)
class Alignment:
    child: str
    parent: str
    score: float
    evidence: dict  # title / description / box similarities


def score(child: TaskText, parent: TaskText) -> tuple[float, dict]:
    evidence = {
        "title": dice(child.title, parent.title),
        "description": dice(child.description, parent.description),
        "box": dice(child.container, parent.container),
    }
    return sum(WEIGHTS[k] * v for k, v in evidence.items()), evidence


def align_tasks(children: list[TaskText], parents: list[TaskText], threshold: float = THRESHOLD) -> list[Alignment]:
    """For each child task, its best parent task if the score reaches ``threshold``.
    Ties go to the earlier parent task, so the result is deterministic."""
    out = []
    for c in children:
        best = None
        for p in parents:
            s, ev = score(c, p)
            if best is None or s > best[0] + 1e-12:
                best = (s, p, ev)
        if best and best[0] >= threshold:
            out.append(Alignment(c.iri, best[1].iri, round(best[0], 4), {k: round(v, 4) for k, v in best[2].items()}))
    return out


def task_texts(store: PlanStore) -> dict[str, list[TaskText]]:
    """Tasks of every plan in the store, in document order."""
    plans: dict[str, list[TaskText]] = {}
    for t, plan, title, desc, container, ordinal in store.select(_TASKS).rows:
        plans.setdefault(plan, []).append(TaskText(t, plan, title, desc or "", container or "", int(ordinal)))
    for tasks in plans.values():
        tasks.sort(key=lambda x: x.ordinal)
    return plans


def refresh_alignments(store: PlanStore) -> int:
    """Recompute the alignments graph; returns the number of aligned tasks."""
    plans = task_texts(store)
    found: list[Alignment] = []
    for child, parent in store.select(_PLAN_PAIRS).rows:
        if child in plans and parent in plans:
            found += align_tasks(plans[child], plans[parent])
    lines = []
    for a in sorted(found, key=lambda a: (a.child, a.parent)):
        node = f"{a.child}/alignment"
        ev = "; ".join(f"{k} {v:.2f}" for k, v in a.evidence.items())
        lines += [
            f"<{a.child}> <{PKG.carriesOut}> <{a.parent}> .",
            f"<{node}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{PKG.Alignment}> .",
            f"<{node}> <{PKG.childTask}> <{a.child}> .",
            f"<{node}> <{PKG.parentTask}> <{a.parent}> .",
            f'<{node}> <{PKG.score}> "{a.score}"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
            f'<{node}> <{PKG.evidence}> "{ev}" .',
        ]
    store.replace_graph(str(ALIGN_GRAPH), "".join(ln + "\n" for ln in sorted(lines)))
    return len(found)
