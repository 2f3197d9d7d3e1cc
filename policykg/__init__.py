"""PolicyKG: Chinese government plans → a knowledge graph of who owns which commitment.

Data flows one way: file → text → structure → records (``extract``) → RDF (``kg``) → store
(``store``), orchestrated by ``build``; ``export`` and ``viz`` read the store; ``cli`` is the face.
From Python: ``kg = policykg.open("kg")``, then ``kg.tasks()``, ``kg.agencies()``,
``kg.query("department-workload")`` as pandas DataFrames (:mod:`policykg.api`).
"""

import importlib

__version__ = "0.6.0"
__all__ = ["open", "KnowledgeGraph", "PolicyKGError", "AgencyError"]


def _api():
    """:mod:`policykg.api`, loaded when first used (pandas and pyoxigraph with it) and by name: every
    layer imports this package for ``__version__``, and none of them may depend on the API above
    them (tests/test_layers.py)."""
    return importlib.import_module(".api", __name__)


def open(path):  # noqa: A001 (the package's own open: policykg.open(path))
    """The store at ``path``, read-only, as a :class:`policykg.api.KnowledgeGraph`."""
    return _api().open(path)


def __getattr__(name: str):
    if name in ("KnowledgeGraph", "PolicyKGError", "AgencyError"):
        return getattr(_api(), name)
    raise AttributeError(f"module 'policykg' has no attribute {name!r}")
