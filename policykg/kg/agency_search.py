"""Which agency a user means: the one resolver behind every command, view and the server that
takes an agency name (``query department-tasks``, ``export tasks --department``, ``viz
department``, the server's department view).

People type agencies the way plans write them: the official name, an abbreviation (人社, 医保,
残联), a name relative to an area (省人社厅 means Liaoning's in a Liaoning context) or a piece
of the name. :func:`find_agency` tries, in order, and stops at the first step that finds any:

1. the official name (``skos:prefLabel``);
2. a spelling some plan used for it (``skos:altLabel``): 市人社局;
3. the official name the written form stands for in each area the store knows
   (:func:`.agencies.canonical`): 省人社厅 → 辽宁省人力资源和社会保障厅, 四川省…;
4. an abbreviation of an agency type from the agency tables, with an optional area or level
   word and suffix: 人社, 省医保局, 营口残联 → the agencies of that type (in that area);
5. a piece of the official name or of a spelling.

``area`` keeps the agencies of one area and the areas in it (辽宁 → 辽宁省, 营口市, …). Several
agencies found is an answer too: the caller lists them and asks which one; none found comes
with the names nearest to what was typed (rapidfuzz), for a "did you mean".

>>> known = [KnownAgency("a:1", "辽宁省人力资源和社会保障厅", "辽宁省", ("省人力资源社会保障厅",)),
...          KnownAgency("a:2", "营口市人力资源和社会保障局", "营口市", ("市人社局",)),
...          KnownAgency("a:3", "四川省人力资源和社会保障厅", "四川省", ("省人力资源社会保障厅",))]
>>> [a.name for a in find_agency("市人社局", known).agencies]
['营口市人力资源和社会保障局']
>>> found = find_agency("省人社厅", known)
>>> found.how, [a.name for a in found.agencies]
('area-relative', ['四川省人力资源和社会保障厅', '辽宁省人力资源和社会保障厅'])
>>> [a.name for a in find_agency("省人社厅", known, area="辽宁").agencies]
['辽宁省人力资源和社会保障厅']
>>> print(find_agency("省人社厅", known).problem())
省人社厅 matches 2 agencies (by area-relative); give the official name, or the area it is in:
  1. 四川省人力资源和社会保障厅
  2. 辽宁省人力资源和社会保障厅
>>> print(find_agency("人社局x", known).problem())
no agency matches 人社局x; did you mean 营口市人力资源和社会保障局、辽宁省人力资源和社会保障厅、四川省人力资源和社会保障厅?
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agencies import _region_names, _short_region_names, _tables, ancestors, canonical, region

STEPS = ("official name", "spelling", "area-relative", "abbreviation", "part of a name")


@dataclass(frozen=True)
class KnownAgency:
    """An agency the store holds: its IRI, official name, area and every spelling plans used."""

    iri: str
    name: str
    jurisdiction: str
    spellings: tuple[str, ...] = ()


@dataclass
class AgencyMatch:
    """What :func:`find_agency` found: the agencies (sorted by name), the step that found them
    (one of :data:`STEPS`, "" when none), and, when none, the nearest names."""

    query: str
    agencies: list[KnownAgency]
    how: str = ""
    suggestions: list[str] = field(default_factory=list)
    area: str = ""

    def problem(self, shown: int = 20, narrow: str = "the area it is in") -> str:
        """What to tell a user whose name does not mean exactly one agency ("" when it does):
        one line when none matches, the agencies numbered when several do (``narrow``: how the
        user names the area, --area on the command line)."""
        where = f" in {self.area}" if self.area else ""
        if not self.agencies:
            hint = f"; did you mean {'、'.join(self.suggestions)}?" if self.suggestions else ""
            return f"no agency{where} matches {self.query}{hint}"
        if len(self.agencies) == 1:
            return ""
        listed = "".join(f"\n  {i}. {a.name}" for i, a in enumerate(self.agencies[:shown], 1))
        more = f"\n  … and {len(self.agencies) - shown} more" if len(self.agencies) > shown else ""
        return (f"{self.query} matches {len(self.agencies)} agencies{where} (by {self.how}); "
                f"give the official name, or {narrow}:{listed}{more}")


def find_agency(query: str, known: list[KnownAgency], area: str = "") -> AgencyMatch:
    """The agencies of ``known`` that ``query`` names (see the module docstring)."""
    q = "".join(query.split())
    pool = [a for a in known if _in_area(a.jurisdiction, area)] if area else list(known)
    steps = [
        lambda a: a.name == q,
        lambda a: q in a.spellings,
        _area_relative(q, pool),
        _abbreviation(q),
        lambda a: bool(q) and (q in a.name or any(q in s for s in a.spellings)),
    ]
    for how, test in zip(STEPS, steps):
        found = sorted((a for a in pool if test(a)), key=lambda a: (a.name, a.iri))
        if found:
            return AgencyMatch(query, _distinct(found), how, area=area)
    return AgencyMatch(query, [], "", _nearest(q, pool), area)


def _distinct(found: list[KnownAgency]) -> list[KnownAgency]:
    seen: dict[str, KnownAgency] = {}
    for a in found:
        seen.setdefault(a.iri, a)
    return list(seen.values())


def area_name(written: str) -> str:
    """The area a user's word names: 辽宁 → 辽宁省, 营口 → 营口市, 沈抚示范区 → 沈抚改革创新示范区."""
    w = "".join(written.split())
    if region(w).kind != "unknown":
        return region(w).name
    return next((name for short, name in _short_region_names() if short == w), w)


def _in_area(jurisdiction: str, area: str) -> bool:
    target = area_name(area)
    return jurisdiction == target or target in ancestors(jurisdiction)


def _area_relative(q: str, pool: list[KnownAgency]):
    """Test: the agency is what ``q`` means as written in a plan of the agency's own area."""
    meant = {canonical(q, j).name for j in {a.jurisdiction for a in pool}}
    return lambda a: a.name in meant


def _abbreviation(q: str):
    """Test: ``q`` is [area or level word] + an alias of an agency type + [suffix], and the
    agency is of that type (in that area, with that suffix: 辽宁人社厅 is the province's 厅,
    not a city's 局)."""
    t = _tables()
    place, rest = "", q
    for written, name in _region_names() + _short_region_names():
        if rest.startswith(written) and len(rest) > len(written):
            place, rest = name, rest[len(written):]
            break
    level = ""
    if not place and re.match(r"^[省市县区州]", rest) and len(rest) > 2:
        level, rest = rest[0], rest[1:]
    suffix = ""
    for short, full in t.suffixes:
        if rest.endswith(short) and len(rest) > len(short):
            rest, suffix = rest[: -len(short)], full
            break
    cores = {agency["core"] for alias, agency in t.aliases if rest == alias}
    kinds = {"省": "province", "市": "city", "州": "city", "县": "county", "区": "county"}

    def test(a: KnownAgency) -> bool:
        if not any(core in a.name for core in cores) or not a.name.endswith(suffix):
            return False
        if place:
            return _in_area(a.jurisdiction, place)
        return not level or region(a.jurisdiction).kind == kinds[level]
    return test


def search_terms(agency: KnownAgency) -> list[str]:
    """Every way a reader may type ``agency`` into a view's search box, for a substring search
    to find it by: its spellings, and the aliases of its type bare, after a level word and
    after its area's short name (the forms step 4 of :func:`find_agency` reads).

    >>> terms = search_terms(KnownAgency("a:1", "营口市人力资源和社会保障局", "营口市", ("市人社局",)))
    >>> [t for t in ("市人社局", "人社", "营口人社局", "市人力资源社会保障局") if any(t in x for x in terms)]
    ['市人社局', '人社', '营口人社局', '市人力资源社会保障局']
    """
    t = _tables()
    suffixes = [short for short, full in t.suffixes if agency.name.endswith(full)][:2] or [""]
    short = next((s for s, name in _short_region_names() if name == agency.jurisdiction), "")
    level = {"province": "省", "city": "市", "county": "县"}.get(region(agency.jurisdiction).kind, "")
    terms = {*agency.spellings}
    for alias, kind in t.aliases:
        if kind["core"] in agency.name and alias != kind["core"]:
            terms.update(f"{place}{alias}{suffix}" for place in {short, level} for suffix in suffixes)
    terms.discard(agency.name)
    return sorted(terms)


def _nearest(q: str, pool: list[KnownAgency], limit: int = 3) -> list[str]:
    """The official names nearest to ``q`` by any of their spellings."""
    from rapidfuzz import fuzz, process

    if not q or not pool:
        return []
    choices = {}
    for a in pool:
        for s in (a.name, *a.spellings):
            choices.setdefault(s, a.name)
    best: dict[str, float] = {}
    for spelling, score, _ in process.extract(q, list(choices), scorer=fuzz.WRatio, limit=limit * 4):
        name = choices[spelling]
        best[name] = max(best.get(name, 0), score)
    return [n for n, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))][:limit]
