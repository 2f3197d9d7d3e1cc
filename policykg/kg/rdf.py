"""Records → RDF: one document's triples, written straight as sorted N-Triples lines.

The lines are written by hand rather than through an rdflib Graph: a 100 KB plan makes some
3,000 triples, and building and serialising an rdflib Graph of them cost more than reading the
plan (49 + 12 ms per document against 32 ms of extraction). The lines are exactly what rdflib's
N-Triples serialiser writes for the same triples; :func:`record_to_graph` still gives an rdflib
Graph where one serves (SHACL validation, Turtle for humans).

Terms reuse ELI (plans and their parts), W3C ORG (organisations), PROV (qualified attribution for
lead/co roles, derivation from text spans), Web Annotation (text positions) and DCTERMS; the
PolicyKG terms are defined in ``ontology/policykg.ttl``.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS

from .. import __version__
from ..extract.metadata import plan_key
from ..extract.records import DocumentRecord, Responsibility, Span, Task
from .agencies import canonical, region
from .iris import ELI, LEVEL, OA, PKG, org_iri, plan_iri, region_iri, sector_iri, source_iri
from .targets import document_years, due, indicator_values, task_targets

ROLE = {"lead": PKG.Lead, "co": PKG.Co, "inferred": PKG.InferredOwner}


_XSD = "http://www.w3.org/2001/XMLSchema#"


def literal(value) -> str:
    """A Python value as an N-Triples literal, escaped as rdflib's serialiser escapes it."""
    if isinstance(value, Literal):
        lexical, datatype = str(value), value.datatype
    elif isinstance(value, bool):
        lexical, datatype = ("true" if value else "false"), _XSD + "boolean"
    elif isinstance(value, int):
        lexical, datatype = str(value), _XSD + "integer"
    else:
        lexical, datatype = str(value), None
    quoted = '"%s"' % lexical.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f"{quoted}^^<{datatype}>" if datatype else quoted


class Iri(str):
    """An IRI made here from IRIs already valid (``<plan>/task/3``): no rdflib URIRef check."""

    __slots__ = ()


class _Terms:
    """A namespace whose terms are looked up once (rdflib makes a new URIRef on every access)."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, name: str) -> URIRef:
        term = self._ns[name]
        setattr(self, name, term)
        return term


RDF, RDFS, DCTERMS, ORG, PROV, SKOS, ELI, OA, PKG = map(_Terms, (RDF, RDFS, DCTERMS, ORG, PROV, SKOS, ELI, OA, PKG))


class Triples:
    """A set of N-Triples lines; IRIs (rdflib URIRefs or their text) are written as ``<…>``,
    everything else as a literal. ``None`` and ``""`` objects are not written (no value)."""

    def __init__(self):
        self.lines: set[str] = set()

    def add(self, s, p, o) -> None:
        if o is None or o == "":
            return
        obj = f"<{o}>" if isinstance(o, (Iri, URIRef)) else literal(o)
        self.lines.add(f"<{s}> <{p}> {obj} .\n")

    def ntriples(self) -> str:
        """Sorted, each line once: byte-identical for identical triples."""
        return "".join(sorted(self.lines))

    def graph(self) -> Graph:
        return Graph().parse(data=self.ntriples(), format="nt")


class _Builder:
    def __init__(self, rec: DocumentRecord):
        self.rec, self.g = rec, Triples()
        self.source = source_iri(rec.source)
        self.region = rec.plan.region
        self.add = self.g.add
        self._agents: dict[tuple[str, str], URIRef] = {}
        self._names: dict[URIRef, str] = {}  # agency → its canonical name

    def span(self, subject: URIRef, span: Span | None) -> None:
        if span is None:
            return
        node = Iri(f"{subject}/span")
        self.add(subject, PROV.wasDerivedFrom, node)
        self.add(node, RDF.type, PKG.TextSpan)
        self.add(node, RDF.type, OA.TextPositionSelector)
        self.add(node, OA.hasSource, self.source)
        self.add(node, PKG.sourceFile, self.rec.source)
        self.add(node, PKG.line, span.line)
        self.add(node, OA.start, span.start)
        self.add(node, OA.end, span.end)

    def agent(self, name: str, kind: str = "department") -> URIRef:
        """The canonical agency behind a name as written (see agencies.py); the written form
        becomes an altLabel, so every spelling seen stays searchable."""
        if (name, kind) in self._agents:  # (its triples are in already)
            return self._agents[(name, kind)]
        self._agents[(name, kind)] = iri = self._agent(name, kind)
        return iri

    def _agent(self, name: str, kind: str) -> URIRef:
        a = canonical(name, self.region)
        collective = kind == "collective" or a.kind == "collective"
        iri = org_iri(a.name, a.jurisdiction, self.region, collective)
        self._names[iri] = a.name
        self.add(iri, RDF.type, PKG.CollectiveActor if collective else PKG.Department)
        if not collective:
            self.add(iri, RDF.type, ORG.Organization)
        self.add(iri, RDF.type, PROV.Agent)
        self.add(iri, SKOS.prefLabel, a.name)
        self.add(iri, RDFS.label, a.name)
        if name != a.name:
            self.add(iri, SKOS.altLabel, name)
        self.add(iri, PKG.agencyKind, "collective" if collective else a.kind)
        self.add(iri, ORG.classification, sector_iri(a.sector) if a.sector else None)
        if a.jurisdiction:
            self.add(iri, DCTERMS.spatial, region_iri(a.jurisdiction, region(a.jurisdiction).code))
            self.add(iri, PKG.jurisdictionName, a.jurisdiction)
        return iri

    # -- document, plan ----------------------------------------------------------------
    def source_file(self):
        """The file itself: its name, hash, encoding and the extractor that read it."""
        rec = self.rec
        self.add(self.source, RDF.type, PKG.SourceDocument)
        self.add(self.source, RDF.type, PROV.Entity)
        self.add(self.source, PKG.fileName, rec.source)
        self.add(self.source, PKG.sha256, rec.sha256)
        self.add(self.source, PKG.encoding, rec.encoding)
        self.add(self.source, PKG.extractorVersion, __version__)

    def document(self):
        rec, p = self.rec, self.rec.plan
        self.source_file()
        for w in rec.warnings:
            self.add(self.source, PKG.warning, w)
        for n, u in enumerate(rec.unattached, start=1):  # reported, never silently dropped
            node = Iri(f"{self.source}/unattached/{n}")
            self.add(self.source, PKG.unattachedStatement, node)
            self.add(node, RDF.type, PKG.UnattachedStatement)
            self.add(node, RDFS.label, u.text)
            self.add(node, PKG.reason, u.reason)
            self.span(node, u.span)
        plan = plan_iri(p.title)
        self.plan = plan
        self.period, self.year = document_years(p.title, p.date or "", p.doc_no or "")
        self.add(plan, RDF.type, PKG.Plan)
        self.add(plan, RDF.type, ELI.LegalResource)
        self.add(plan, DCTERMS.title, p.title)
        self.add(plan, PKG.planKey, plan_key(p.title))
        self.add(plan, DCTERMS.identifier, p.doc_no)
        self.add(plan, DCTERMS.issued, Literal(p.date, datatype=XSD.date) if p.date else None)
        self.add(plan, PKG.level, LEVEL[p.level] if p.level else None)
        self.add(plan, PKG.regionName, p.region)
        self.add(plan, PKG.source, self.source)
        for name in p.issuers:
            self.add(plan, ELI.passed_by, self.agent(name))
        self.add(plan, PKG.issuerBasis, p.issuer_basis)
        self.span(plan, p.title_span)

    def boxes(self):
        seen: dict[str, int] = {}
        for box in self.rec.boxes:
            n = seen[box.number] = seen.get(box.number, 0) + 1
            iri = Iri(f"{self.plan}/box/{box.number}" + (f"-{n}" if n > 1 else ""))
            self.add(iri, RDF.type, PKG.Box)
            self.add(iri, RDF.type, ELI.LegalResourceSubdivision)
            self.add(iri, ELI.is_part_of, self.plan)
            self.add(iri, PKG.boxNumber, box.number)
            self.add(iri, DCTERMS.title, box.title)
            self.add(iri, PKG.boxKind, box.kind)
            self.add(iri, PKG.chapter, box.chapter)
            self.span(iri, box.span)
            for ind in box.indicators:
                ii = Iri(f"{iri}/indicator/{ind.item_no}")
                self.add(ii, RDF.type, PKG.Indicator)
                self.add(ii, ELI.is_part_of, iri)
                self.add(ii, PKG.itemNumber, ind.item_no)
                self.add(ii, DCTERMS.title, ind.name)
                self.add(ii, PKG.unit, ind.unit)
                self.span(ii, ind.span)
                indicator_values(self, ii, ind, self.period)
            for task in box.tasks:
                self.task(iri, task)

    def body_tasks(self):
        for task in self.rec.body_tasks:
            self.task(self.plan, task)

    def task(self, box: URIRef, task: Task):
        """A task, part of its box (or of the plan itself when it is outside boxes)."""
        iri = Iri(f"{box}/task/{task.item_no or '0'}-{task.ordinal}" if box != self.plan else f"{box}/task/{task.ordinal}")
        self.add(iri, RDF.type, PKG.Task)
        self.add(iri, RDF.type, ELI.LegalResourceSubdivision)
        self.add(iri, ELI.is_part_of, box)
        self.add(iri, PKG.plan, self.plan)
        self.add(iri, PKG.itemNumber, task.item_no)
        self.add(iri, PKG.ordinal, task.ordinal)
        self.add(iri, DCTERMS.title, task.title)
        self.add(iri, DCTERMS.description, task.description)
        self.add(iri, PKG.openList, True if task.open_list else None)
        self.add(iri, PKG.deadline, task.deadline)
        due(self, iri, task.deadline, self.period, self.year)
        task_targets(self, iri, task)
        self.add(iri, PKG.section, task.section)
        self.span(iri, task.span)
        for r in task.responsibilities:
            self.responsibility(iri, r)
        for n, m in enumerate(task.mentions, start=1):
            node = Iri(f"{iri}/mention/{n}")
            agent = self.agent(m.name)
            self.add(iri, PKG.mentions, agent)
            self.add(node, RDF.type, PKG.AgencyMention)
            self.add(node, PKG.mentionOf, agent)
            self.add(node, PKG.asWritten, m.written)
            self.add(node, DCTERMS.isPartOf, iri)
            self.span(node, m.span)
        inferred = not task.lead
        self.add(iri, PKG.ownerInferred, inferred)
        name, basis = self.rec.plan.inferred_owner
        if inferred and not task.responsibilities and name:
            res = Iri(f"{iri}/resp/inferred")
            agent = self.agent(name)
            self.add(iri, PKG.inferredOwner, agent)
            self.add(iri, PROV.qualifiedAttribution, res)
            self.add(res, RDF.type, PKG.Responsibility)
            self.add(res, PROV.agent, agent)
            self.add(res, PROV.hadRole, PKG.InferredOwner)
            self.add(res, PKG.ownerName, self._names[agent])
            self.add(res, PKG.inferenceBasis, basis)

    def responsibility(self, task: URIRef, r: Responsibility):
        owner = r.owner
        res = Iri(f"{task}/resp/{r.order}")
        agent = self.agent(owner.name, owner.kind)
        self.add(task, PKG.leadDepartment if r.role == "lead" else PKG.coDepartment, agent)
        self.add(task, PROV.qualifiedAttribution, res)
        self.add(res, RDF.type, PKG.Responsibility)
        self.add(res, PROV.agent, agent)
        self.add(res, PROV.hadRole, ROLE[r.role])
        self.add(res, PKG.order, r.order)
        self.add(res, PKG.asWritten, owner.written)
        # both names on the responsibility itself: a query for one agency, by either name, starts
        # from the index of this property instead of scanning every task
        self.add(res, PKG.ownerName, self._names[agent])
        self.add(res, PKG.ownerName, owner.written)
        self.add(res, PKG.basis, r.basis)
        self.add(res, PKG.nameKnown, None if owner.known else False)
        self.span(res, owner.span)
        if r.basis_span is not None:  # the rule (列第一位者为牵头单位) that gave this role
            rule = Iri(f"{res}/basis")
            self.add(res, PKG.basisSource, rule)
            self.span(rule, r.basis_span)

    def citations(self):
        for n, c in enumerate(self.rec.citations, start=1):
            iri = Iri(f"{self.plan}/citation/{n}")
            cited = plan_iri(c.title)
            self.add(iri, RDF.type, PKG.Citation)
            self.add(iri, PKG.citingPlan, self.plan)
            self.add(iri, PKG.citedPlan, cited)
            self.add(iri, PKG.relation, PKG.Parent if c.relation == "parent" else PKG.Mention)
            self.add(iri, PKG.citedAs, c.cited_as)
            self.add(iri, DCTERMS.identifier, c.doc_no)
            self.span(iri, c.span)
            # What the citing text says about the cited plan (a corpus plan may say more).
            self.add(cited, RDF.type, PKG.PlanReference)
            self.add(cited, PKG.citedTitle, c.title)
            self.add(cited, PKG.planKey, plan_key(c.title))
            self.add(cited, DCTERMS.identifier, c.doc_no)
            self.add(cited, PKG.level, LEVEL[c.level] if c.level else None)
            if c.publisher:
                self.add(cited, DCTERMS.publisher, self.agent(c.publisher))


def record_ntriples(rec: DocumentRecord) -> str:
    """The triples of one document (to be stored as its named graph), as sorted N-Triples."""
    b = _Builder(rec)
    b.document()
    b.boxes()
    b.body_tasks()
    b.citations()
    return b.g.ntriples()


def record_to_graph(rec: DocumentRecord) -> Graph:
    """The same triples as an rdflib Graph (for validation and Turtle)."""
    return Graph().parse(data=record_ntriples(rec), format="nt")


def manifestation_ntriples(rec: DocumentRecord, supplier: str) -> str:
    """The graph of a file that is one more manifestation of a plan whose tasks another file,
    ``supplier``, gives (the Word file and the PDF of one plan): the file itself and the plan it
    embodies, never a second copy of the plan's tasks."""
    b = _Builder(rec)
    b.source_file()
    b.add(plan_iri(rec.plan.title), ELI.is_embodied_by, b.source)
    b.add(b.source, PKG.tasksFrom, source_iri(supplier))
    return b.g.ntriples()


def in_graph(ntriples, graph: str):
    r"""N-Triples (text or bytes) as N-Quads of named graph ``graph``.

    >>> in_graph('<a:s> <a:p> "x ." .\n', "a:g")
    '<a:s> <a:p> "x ." <a:g> .\n'
    """
    # (each line ends in " .\n", and only there: N-Triples escapes a line break in a literal)
    end = f" <{graph}> .\n"
    return ntriples.replace(" .\n", end) if isinstance(ntriples, str) else ntriples.replace(b" .\n", end.encode())


def parse_ntriples(text: str) -> list:
    """N-Triples text as pyoxigraph triples."""
    import pyoxigraph as ox

    return list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


def ntriples_of(triples) -> str:
    """pyoxigraph triples (or quads, graph left out) as sorted N-Triples, each line once."""
    return "".join(sorted({f"{t.subject} {t.predicate} {t.object} .\n" for t in triples}))


def to_ntriples(g: Graph) -> str:
    """Sorted N-Triples: byte-identical for identical graphs."""
    lines = g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(set(ln for ln in lines if ln.strip()))) + "\n"
