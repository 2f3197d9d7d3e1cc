"""The store from Python: tasks, agencies and query results as pandas DataFrames.

``policykg.open(path)`` opens a store read-only (it never creates one: a path that is not a store
raises :class:`PolicyKGError`). Its tables are those of the command line: :meth:`~KnowledgeGraph.tasks`
has the columns of ``policykg export tasks``, :meth:`~KnowledgeGraph.query` runs a shipped named
query (``policykg query --list``) with its parameters bound as ``--param`` binds them, an agency
(``dept``) given by official name, spelling or abbreviation, and :meth:`~KnowledgeGraph.select`
runs any SELECT.

Column types come from the datatypes of the RDF literals, never from how the text looks:
xsd:integer and its kin → ``int64`` (``Int64`` when some rows have no value), xsd:decimal, double
and float (integers among them too) → ``float64``, xsd:boolean → ``boolean``, xsd:date and
dateTime → ``datetime64``; every other column (text, IRIs, mixed datatypes) → ``string``, with ""
where a row has no value, as the exports write it.

>>> import tempfile
>>> from pathlib import Path
>>> import policykg
>>> from policykg.build.documents import build
>>> from policykg.store.embedded import PlanStore
>>> examples = sorted((Path(policykg.__file__).parent / "examples").glob("*.txt"))
>>> path = Path(tempfile.mkdtemp()) / "kg"
>>> [r.status for r in build(examples, PlanStore(path))]
['built', 'built', 'built', 'built', 'built']
>>> with policykg.open(path) as kg:
...     tasks, load = kg.tasks(), kg.query("department-workload")
...     mine = kg.query("department-tasks", dept="营口市人社局")
>>> tasks.shape, str(tasks["task"].dtype), str(tasks["line"].dtype)
((192, 16), 'string', 'int64')
>>> load[["department", "led", "total"]].head(3)
      department  led  total
0  营口市人力资源和社会保障局   51     53
1  辽宁省人力资源和社会保障厅   47     49
2        四川省人民政府    0     48
>>> mine["dept"].iloc[0], bool(mine["task"].str.contains("劳务品牌").any())
('营口市人力资源和社会保障局', True)
>>> import shutil; shutil.rmtree(path.parent)
"""

from __future__ import annotations

import functools
from pathlib import Path

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                              "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
                              "unsignedByte")}
_FLOAT = {XSD + t for t in ("decimal", "double", "float")}
_DATE = {XSD + t for t in ("date", "dateTime", "dateTimeStamp")}
_BOOLEAN = XSD + "boolean"
_SAMPLED_GRAPHS = 20  # (at most: the documents read for the datatypes of a query answered from the build's sums)


class PolicyKGError(Exception):
    """A store that cannot be opened or read, a query that cannot run, a name that is no agency."""


class AgencyError(PolicyKGError, LookupError):
    """A name that means no agency, or several: ``candidates`` holds the official names it matches."""

    def __init__(self, message: str, candidates: list[str]):
        super().__init__(message)
        self.candidates = candidates


def open(path: str | Path) -> KnowledgeGraph:  # noqa: A001 (policykg.open, as the package offers it)
    """The store at ``path``, read-only (see the module docstring)."""
    return KnowledgeGraph(path)


def _reading(method):
    """A store's error (a query that fails, a store that cannot be read) as a :class:`PolicyKGError`."""

    @functools.wraps(method)
    def run(self, *args, **kwargs):
        from .store.embedded import StoreError

        try:
            return method(self, *args, **kwargs)
        except StoreError as err:
            raise PolicyKGError(str(err)) from None

    return run


class KnowledgeGraph:
    """A PolicyKG store opened read-only; a context manager (``with policykg.open(p) as kg:``)
    that lets the store go when the block ends (or at :meth:`close`)."""

    def __init__(self, path: str | Path):
        from .store.embedded import PlanStore, StoreError

        self.path = Path(path)
        store_files = self.path.is_dir() and ((self.path / "CURRENT").exists() or any(self.path.glob("MANIFEST-*")))
        if self.path.exists() and not store_files:  # (a folder of documents, say: PlanStore would call it half a store)
            raise PolicyKGError(f"{self.path} is not a PolicyKG store (build one with: policykg build … --store {self.path})")
        try:
            self._store = PlanStore(self.path, read_only=True)
        except StoreError as err:
            raise PolicyKGError(str(err)) from None

    def __repr__(self) -> str:
        return f"<policykg.KnowledgeGraph {self.path}{' (closed)' if self._store is None else ''}>"

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._store = None

    @property
    def store(self):
        """The :class:`policykg.store.embedded.PlanStore` (what the exports read)."""
        if self._store is None:
            raise PolicyKGError(f"the store {self.path} is closed")
        return self._store

    @_reading
    def tasks(self, department: str | None = None, *, area: str = "", all_versions: bool = False):
        """One row per task, the columns of ``policykg export tasks`` in its order. ``department``:
        only the tasks that agency leads or co-owns (any name :meth:`agency` takes, ``area`` where
        it is relative); ``all_versions``: the tasks of earlier versions of plans too, with the
        columns ``version`` and ``current``."""
        from .export.tables import _TASKS, EXTRA_COLUMNS, TASK_COLUMNS, VERSION_COLUMNS, task_rows

        rows = task_rows(self.store, self.agency(department, area) if department else None, all_versions)
        columns = TASK_COLUMNS + EXTRA_COLUMNS + (VERSION_COLUMNS if all_versions else [])
        _, _, types = _solutions(self.store, _TASKS)  # (the datatypes of the columns the export takes as they are)
        return _frame(columns, [[row[c] for c in columns] for row in rows], types)

    @_reading
    def agencies(self):
        """One row per agency the plans name (current versions and earlier ones), by official name:
        ``agency``, ``jurisdiction``, the ``spellings`` plans used (、-joined), the tasks it leads
        (``led``), co-owns and is the ``inferred`` owner of, ``tasks`` in all and ``plans``, as
        ``department-workload`` counts them (0 for an agency that owns no task), and its ``iri``.
        Busiest first."""
        import pandas as pd

        from .store.reading import known_agencies

        known = known_agencies(self.store)
        named = pd.DataFrame({"agency": pd.array([a.name for a in known], dtype="string"),
                              "jurisdiction": pd.array([a.jurisdiction for a in known], dtype="string"),
                              "spellings": pd.array(["、".join(a.spellings) for a in known], dtype="string"),
                              "iri": pd.array([a.iri for a in known], dtype="string")})
        load = self.query("department-workload").rename(columns={"department": "agency", "total": "tasks"})
        out = named.merge(load, on=["agency", "jurisdiction"], how="left")
        counts = ["led", "co_owned", "inferred", "tasks", "plans"]
        for c in counts:
            out[c] = pd.to_numeric(out[c]).fillna(0).astype("int64")
        out = out.sort_values(["tasks", "led", "agency"], ascending=[False, False, True], ignore_index=True)
        return out[["agency", "jurisdiction", "spellings", *counts, "iri"]]

    @_reading
    def agency(self, name: str, area: str = "") -> str:
        """The official name of the one agency ``name`` means, as the command line resolves it
        (official name, a spelling plans used, 省人社厅 with ``area="辽宁"``, 人社, part of a
        name). None or several: :class:`AgencyError`, its message naming the nearest or the matches."""
        from .store.reading import find_agency_in

        found = find_agency_in(self.store, name, area)
        if len(found.agencies) != 1:
            raise AgencyError(found.problem(narrow="area=…"), [a.name for a in found.agencies])
        return found.agencies[0].name

    @_reading
    def query(self, name: str, /, *, area: str = "", all_versions: bool = False, **params):
        """The rows of shipped query ``name`` (``policykg query --list``), its parameters given as
        keywords and bound as literals (``kg.query("department-tasks", dept="省人社厅", area="辽宁")``);
        ``all_versions``: tasks of earlier versions of plans too."""
        from .store.queries import AGENCY_PARAMS, named_queries

        queries = named_queries()
        if name not in queries:
            raise PolicyKGError(f"unknown query '{name}': the shipped queries are {', '.join(queries)}")
        q = queries[name]
        missing = [p for p in q.params if p not in params]
        if missing:
            raise PolicyKGError(f"query '{name}' needs {missing[0]}=… ({q.params[missing[0]]})")
        bound = {k: str(v) for k, v in params.items()}
        for p in AGENCY_PARAMS & set(q.params):
            bound[p] = self.agency(bound[p], area)
        if all_versions:
            from .kg.versions import all_versions as widened

            return self.select(widened(q.text), **bound)
        summed = None if bound else self._summed(q)
        return self.select(q.text, **bound) if summed is None else summed

    @_reading
    def select(self, sparql: str, **params):
        """The rows of a SELECT query (the prefixes pkg:, dcterms:, prov: … are declared), each
        keyword bound to a plain literal as ``policykg query --param`` binds it."""
        return _frame(*_solutions(self.store, sparql, {k: str(v) for k, v in params.items()} or None))

    def _summed(self, q):
        """The rows the build keeps for query ``q`` (as ``policykg query`` answers it: quick at any
        size of store), typed by its datatypes in the first documents that have each column; or
        None when the store keeps none."""
        from .build.summaries import in_graphs, summary_answer

        res = summary_answer(self.store, q.name)
        if res is None:
            return None
        types: dict[str, set[str]] = {c: set() for c in res.columns}
        for g in sorted(self.store.document_graphs())[:_SAMPLED_GRAPHS]:
            for c, found in _solutions(self.store, in_graphs(q.text, [g]))[2].items():
                types[c] |= found
            if all(types.values()):
                break
        return _frame(res.columns, res.rows, types)


def _solutions(store, sparql: str, params: dict[str, str] | None = None):
    """(columns, rows of text with "" where unbound, the datatypes each column's values have
    ("" for an IRI or a blank node)) of a SELECT."""
    import pyoxigraph as ox

    from .store.embedded import term_value

    res = store.solutions(sparql, params)
    if not isinstance(res, ox.QuerySolutions):
        raise PolicyKGError("select() answers SELECT queries, not ASK, CONSTRUCT or DESCRIBE")
    columns = [v.value for v in res.variables]
    rows, types = [], {c: set() for c in columns}
    for solution in res:
        terms = [solution[c] for c in columns]
        rows.append([term_value(t) for t in terms])
        for c, t in zip(columns, terms):
            if t is not None:
                types[c].add(t.datatype.value if isinstance(t, ox.Literal) else "")
    return columns, rows, types


def _frame(columns: list[str], rows: list[list[str]], types: dict[str, set[str]]):
    import pandas as pd

    return pd.DataFrame({c: _column([row[i] for row in rows], types.get(c, set())) for i, c in enumerate(columns)},
                        columns=columns)


def _column(values: list[str], datatypes: set[str]):
    """A column of values written as text, typed by the datatypes its literals have (integers and
    decimals together: float64; any other mixture: string)."""
    import pandas as pd

    if not datatypes:
        return pd.array(values, dtype="string")
    if datatypes <= _INTEGER:
        ints = pd.array([int(v) if v else None for v in values], dtype="Int64")
        return ints if ints.isna().any() else ints.astype("int64")
    if datatypes <= _INTEGER | _FLOAT:
        return pd.array([float(v) if v else float("nan") for v in values], dtype="float64")
    if datatypes == {_BOOLEAN}:
        return pd.array([v in ("true", "1") if v else None for v in values], dtype="boolean")
    if datatypes <= _DATE:
        texts = pd.Series([v or None for v in values], dtype="object")
        for utc in (False, True):  # (naive unless some carry a time zone)
            try:
                return pd.to_datetime(texts, format="ISO8601", utc=utc).array
            except (ValueError, TypeError):
                pass
    return pd.array(values, dtype="string")
