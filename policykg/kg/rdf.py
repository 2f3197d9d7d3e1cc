"""Records → RDF: one rdflib Graph per document, serialised as sorted N-Triples.

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

ROLE = {"lead": PKG.Lead, "co": PKG.Co, "inferred": PKG.InferredOwner}


class _Builder:
    def __init__(self, rec: DocumentRecord):
        self.rec, self.g = rec, Graph()
        self.source = source_iri(rec.source)
        self.region = rec.plan.region

    def add(self, s, p, o):
        if o is None or o == "":
            return
        self.g.add((s, p, o if isinstance(o, (URIRef, Literal)) else Literal(o)))

    def span(self, subject: URIRef, span: Span | None) -> None:
        if span is None:
            return
        node = URIRef(f"{subject}/span")
        self.add(subject, PROV.wasDerivedFrom, node)
        self.add(node, RDF.type, PKG.TextSpan)
        self.add(node, RDF.type, OA.TextPositionSelector)
        self.add(node, OA.hasSource, self.source)
        self.add(node, PKG.sourceFile, self.rec.source)
        self.add(node, PKG.line, Literal(span.line))
        self.add(node, OA.start, Literal(span.start))
        self.add(node, OA.end, Literal(span.end))

    def agent(self, name: str, kind: str = "department") -> URIRef:
        """The canonical agency behind a name as written (see agencies.py); the written form
        becomes an altLabel, so every spelling seen stays searchable."""
        a = canonical(name, self.region)
        collective = kind == "collective" or a.kind == "collective"
        iri = org_iri(a.name, a.jurisdiction, self.region, collective)
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
            node = URIRef(f"{self.source}/unattached/{n}")
            self.add(self.source, PKG.unattachedStatement, node)
            self.add(node, RDF.type, PKG.UnattachedStatement)
            self.add(node, RDFS.label, u.text)
            self.add(node, PKG.reason, u.reason)
            self.span(node, u.span)
        plan = plan_iri(p.title)
        self.plan = plan
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
            iri = URIRef(f"{self.plan}/box/{box.number}" + (f"-{n}" if n > 1 else ""))
            self.add(iri, RDF.type, PKG.Box)
            self.add(iri, RDF.type, ELI.LegalResourceSubdivision)
            self.add(iri, ELI.is_part_of, self.plan)
            self.add(iri, PKG.boxNumber, box.number)
            self.add(iri, DCTERMS.title, box.title)
            self.add(iri, PKG.boxKind, box.kind)
            self.add(iri, PKG.chapter, box.chapter)
            self.span(iri, box.span)
            for ind in box.indicators:
                ii = URIRef(f"{iri}/indicator/{ind.item_no}")
                self.add(ii, RDF.type, PKG.Indicator)
                self.add(ii, ELI.is_part_of, iri)
                self.add(ii, PKG.itemNumber, ind.item_no)
                self.add(ii, DCTERMS.title, ind.name)
                self.add(ii, PKG.unit, ind.unit)
                self.span(ii, ind.span)
            for task in box.tasks:
                self.task(iri, task)

    def body_tasks(self):
        for task in self.rec.body_tasks:
            self.task(self.plan, task)

    def task(self, box: URIRef, task: Task):
        """A task, part of its box (or of the plan itself when it is outside boxes)."""
        iri = URIRef(f"{box}/task/{task.item_no or '0'}-{task.ordinal}" if box != self.plan else f"{box}/task/{task.ordinal}")
        self.add(iri, RDF.type, PKG.Task)
        self.add(iri, RDF.type, ELI.LegalResourceSubdivision)
        self.add(iri, ELI.is_part_of, box)
        self.add(iri, PKG.plan, self.plan)
        self.add(iri, PKG.itemNumber, task.item_no)
        self.add(iri, PKG.ordinal, Literal(task.ordinal))
        self.add(iri, DCTERMS.title, task.title)
        self.add(iri, DCTERMS.description, task.description)
        self.add(iri, PKG.openList, Literal(True) if task.open_list else None)
        self.add(iri, PKG.deadline, task.deadline)
        self.add(iri, PKG.section, task.section)
        self.span(iri, task.span)
        for r in task.responsibilities:
            self.responsibility(iri, r)
        for n, m in enumerate(task.mentions, start=1):
            node = URIRef(f"{iri}/mention/{n}")
            agent = self.agent(m.name)
            self.add(iri, PKG.mentions, agent)
            self.add(node, RDF.type, PKG.AgencyMention)
            self.add(node, PKG.mentionOf, agent)
            self.add(node, PKG.asWritten, m.written)
            self.add(node, DCTERMS.isPartOf, iri)
            self.span(node, m.span)
        inferred = not task.lead
        self.add(iri, PKG.ownerInferred, Literal(inferred))
        name, basis = self.rec.plan.inferred_owner
        if inferred and not task.responsibilities and name:
            res = URIRef(f"{iri}/resp/inferred")
            agent = self.agent(name)
            self.add(iri, PKG.inferredOwner, agent)
            self.add(iri, PROV.qualifiedAttribution, res)
            self.add(res, RDF.type, PKG.Responsibility)
            self.add(res, PROV.agent, agent)
            self.add(res, PROV.hadRole, PKG.InferredOwner)
            self.add(res, PKG.inferenceBasis, basis)

    def responsibility(self, task: URIRef, r: Responsibility):
        owner = r.owner
        res = URIRef(f"{task}/resp/{r.order}")
        agent = self.agent(owner.name, owner.kind)
        self.add(task, PKG.leadDepartment if r.role == "lead" else PKG.coDepartment, agent)
        self.add(task, PROV.qualifiedAttribution, res)
        self.add(res, RDF.type, PKG.Responsibility)
        self.add(res, PROV.agent, agent)
        self.add(res, PROV.hadRole, ROLE[r.role])
        self.add(res, PKG.order, Literal(r.order))
        self.add(res, PKG.asWritten, owner.written)
        self.add(res, PKG.basis, r.basis)
        self.add(res, PKG.nameKnown, None if owner.known else Literal(False))
        self.span(res, owner.span)
        if r.basis_span is not None:  # the rule (列第一位者为牵头单位) that gave this role
            rule = URIRef(f"{res}/basis")
            self.add(res, PKG.basisSource, rule)
            self.span(rule, r.basis_span)

    def citations(self):
        for n, c in enumerate(self.rec.citations, start=1):
            iri = URIRef(f"{self.plan}/citation/{n}")
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


def record_to_graph(rec: DocumentRecord) -> Graph:
    """The RDF graph of one document (to be stored as its named graph)."""
    b = _Builder(rec)
    b.document()
    b.boxes()
    b.body_tasks()
    b.citations()
    return b.g


def manifestation_graph(rec: DocumentRecord, supplier: str) -> Graph:
    """The graph of a file that is one more manifestation of a plan whose tasks another file,
    ``supplier``, gives (the Word file and the PDF of one plan): the file itself and the plan it
    embodies, never a second copy of the plan's tasks."""
    b = _Builder(rec)
    b.source_file()
    b.add(plan_iri(rec.plan.title), ELI.is_embodied_by, b.source)
    b.add(b.source, PKG.tasksFrom, source_iri(supplier))
    return b.g


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
