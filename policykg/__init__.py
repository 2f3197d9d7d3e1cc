"""PolicyKG: Chinese government plans → a knowledge graph of who owns which commitment.

Data flows one way: file → text → structure → records (``policykg.extract``) → RDF graph and
store (``policykg.kg``) → views (``policykg.viz``).
"""

__version__ = "0.2.0"
