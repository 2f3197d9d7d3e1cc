"""The one way to read and write the graph: the embedded Oxigraph store, a remote SPARQL
endpoint with the same interface, the named-query library and the read-queries outputs share.
May import: policykg.kg (IRIs, namespaces), policykg.files, policykg.ontology."""
