"""Records → RDF → embedded Oxigraph store → queries, exports and the command line."""
