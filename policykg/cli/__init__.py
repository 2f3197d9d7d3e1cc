"""The faces: click commands (one error handler), the read-only SPARQL server and the demo.
Thin: they parse options and call the layers below. May import every other package."""
