"""Extraction: any input file → normalised text with offsets → plan structure → records."""
