"""Records → RDF, and what is derived from the graph: IRIs and namespaces, canonical agencies,
cross-level alignment, plan links, SKOS vocabulary, SHACL validation. May import: extract, ontology."""
