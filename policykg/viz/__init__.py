"""Offline interactive HTML views, drawn from what the store holds.
May import: store, kg, files, ontology (never export or cli)."""
