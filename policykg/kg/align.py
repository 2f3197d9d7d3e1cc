"""Cross-level alignment: which task of the parent plan each task of a lower plan carries out.

For every plan whose parent plan (``eli:applies``) is in the corpus, each of its tasks is
compared with every task of the parent on three pieces of evidence — the task titles, their
descriptions and the titles of the boxes (or sections) they sit in — as character-bigram Dice
similarities (Chinese needs no word segmentation for this, and reordered titles such as
发现培育劳务品牌计划 / 劳务品牌发现培育计划 still share most bigrams). The best parent task is
kept when the weighted score reaches ``THRESHOLD``; a task with no parent task that good stays
unaligned (a commitment the lower level added). The build's cross-document step reads the tasks
from the store and writes these alignments, with their evidence, to their own named graph.

>>> round(dice("发现培育劳务品牌计划", "劳务品牌发现培育计划"), 2)
0.78
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .iris import PKG

WEIGHTS = {"title": 0.6, "description": 0.3, "box": 0.1}
THRESHOLD = 0.4
_NOISE = re.compile(r"[\s\d\W_a-zA-Z]+")

@lru_cache(maxsize=200_000)  # each task's texts meet every task of the parent plan: make their bigrams once
def bigrams(text: str) -> frozenset[str]:
    s = _NOISE.sub("", text)
    return frozenset({s[i : i + 2] for i in range(len(s) - 1)} or ({s} if s else set()))


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
    Ties go to the earlier parent task, so the result is deterministic.

    The same as keeping the best :func:`score` over every parent task, faster: each text's
    bigrams are made once, and a parent task whose title alone cannot lift its score above
    the best so far (the other two pieces of evidence at most 1) is not scored further."""
    w_title, w_desc, w_box = WEIGHTS["title"], WEIGHTS["description"], WEIGHTS["box"]
    rest = w_desc + w_box
    ps = [(p, bigrams(p.title), bigrams(p.description), p.container) for p in parents]
    out = []
    for c in children:
        ct, cd = bigrams(c.title), bigrams(c.description)
        boxes: dict[str, float] = {}
        best = None
        for p, pt, pd, pbox in ps:
            t = 2 * len(ct & pt) / (len(ct) + len(pt)) if ct and pt else 0.0
            if best is not None and w_title * t + rest <= best[0] + 1e-12:
                continue
            d = 2 * len(cd & pd) / (len(cd) + len(pd)) if cd and pd else 0.0
            b = boxes.get(pbox)
            if b is None:
                b = boxes[pbox] = dice(c.container, pbox)
            s = sum((w_title * t, w_desc * d, w_box * b))  # (summed as score sums them)
            if best is None or s > best[0] + 1e-12:
                best = (s, p, {"title": t, "description": d, "box": b})
        if best and best[0] >= threshold:
            out.append(Alignment(c.iri, best[1].iri, round(best[0], 4), {k: round(v, 4) for k, v in best[2].items()}))
    return out


def unaligned(plan: str, tasks: list[TaskText], parents: dict[str, list[TaskText]],
              found: list[Alignment]) -> set[tuple[str, str, str]]:
    """What the alignment of lower plan ``plan`` (its ``tasks``) leaves over, as triples: each of
    its tasks that carries out no task of any parent plan (``pkg:carriesOutNoneOf`` each parent
    plan: a commitment it added), and each task of a parent plan that none of its tasks carries
    out (``pkg:notCarriedOutBy`` the lower plan: one it dropped, though another lower plan may
    carry it out). ``parents``: each parent plan's tasks; ``found``: the alignments to them.

    >>> c, p = TaskText("c1", "C", "a", "", "", 1), TaskText("p1", "P", "b", "", "", 1)
    >>> for triple in sorted(unaligned("C", [c], {"P": [p]}, [])): print(*triple)
    c1 https://w3id.org/policykg/ontology#carriesOutNoneOf P
    p1 https://w3id.org/policykg/ontology#notCarriedOutBy C
    """
    aligned, carried = {a.child for a in found}, {a.parent for a in found}
    added = [t.iri for t in tasks if t.iri not in aligned]
    out = set()
    for parent, parent_tasks in parents.items():
        out |= {(t, str(PKG.carriesOutNoneOf), parent) for t in added}
        out |= {(t.iri, str(PKG.notCarriedOutBy), plan) for t in parent_tasks if t.iri not in carried}
    return out


def alignment_ntriples(found: list[Alignment], left: set[tuple[str, str, str]] = frozenset()) -> str:
    """The alignments graph as sorted N-Triples: ``pkg:carriesOut`` plus one ``pkg:Alignment``
    node per aligned task holding the score and its evidence, and what was left unaligned
    (:func:`unaligned`)."""
    lines = [f"<{s}> <{p}> <{o}> ." for s, p, o in left]
    for a in found:
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
    return "".join(ln + "\n" for ln in sorted(lines))
