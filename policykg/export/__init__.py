"""Outputs read from the store: task tables (CSV, Markdown, JSON), Excel workbooks, graph files
(GraphML, GEXF), workload analytics and store statistics. May import: store, kg, files, ontology."""
