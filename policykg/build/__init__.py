"""Build orchestration: files → records (extract) → RDF (kg) → store, then the cross-document
step (vocabulary, links, alignments). May import: store, kg, extract, files, ontology."""
