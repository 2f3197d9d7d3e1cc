"""Example plan documents bundled with PolicyKG (see SOURCES.md)."""
