"""The SKOS schemes the graph refers to — administrative areas (GB/T 2260), functional sectors and
plan levels — as one named graph (``iris.VOCAB_GRAPH``), written from the data files in ontology/.

>>> g = vocabulary_graph()
>>> from rdflib.namespace import SKOS
>>> str(g.value(region_iri("营口市", "210800"), SKOS.broader))
'https://w3id.org/policykg/id/region/210000'
"""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from ..ontology import path
from .agencies import regions, sectors
from .iris import ID, PKG, region_iri, sector_iri

REGION_SCHEME = ID["scheme/regions"]
SECTOR_SCHEME = ID["scheme/sectors"]


def _region(name: str) -> URIRef:
    r = regions().get(name)
    return region_iri(name, r.code if r else "")


def vocabulary_graph() -> Graph:
    g = Graph()
    g.parse(path("levels.ttl"), format="turtle")
    g.add((REGION_SCHEME, RDF.type, SKOS.ConceptScheme))
    g.add((REGION_SCHEME, SKOS.prefLabel, Literal("行政区划 (GB/T 2260)", lang="zh")))
    for r in regions().values():
        iri = _region(r.name)
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, SKOS.inScheme, REGION_SCHEME))
        g.add((iri, SKOS.prefLabel, Literal(r.name, lang="zh")))
        g.add((iri, PKG.areaKind, Literal(r.kind)))
        for alias in r.aliases:
            g.add((iri, SKOS.altLabel, Literal(alias, lang="zh")))
        if r.code:
            g.add((iri, SKOS.notation, Literal(r.code)))
            g.add((iri, DCTERMS.identifier, Literal(r.code)))
        if r.parent:
            g.add((iri, SKOS.broader, _region(r.parent)))
            g.add((_region(r.parent), SKOS.narrower, iri))
        else:
            g.add((REGION_SCHEME, SKOS.hasTopConcept, iri))
        for member in r.members:  # a metropolitan area groups areas without containing them
            g.add((iri, PKG.memberArea, _region(member)))
    g.add((SECTOR_SCHEME, RDF.type, SKOS.ConceptScheme))
    g.add((SECTOR_SCHEME, SKOS.prefLabel, Literal("职能领域", lang="zh")))
    for key, label in sectors().items():
        iri = sector_iri(key)
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, SKOS.inScheme, SECTOR_SCHEME))
        g.add((SECTOR_SCHEME, SKOS.hasTopConcept, iri))
        g.add((iri, SKOS.prefLabel, Literal(label, lang="zh")))
        g.add((iri, SKOS.notation, Literal(key)))
    return g
