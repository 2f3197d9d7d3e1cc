"""PolicyKG: Chinese government plans → a knowledge graph of who owns which commitment.

Data flows one way: file → text → structure → records (``extract``) → RDF (``kg``) → store
(``store``), orchestrated by ``build``; ``export`` and ``viz`` read the store; ``cli`` is the face.
"""

__version__ = "0.5.0"
