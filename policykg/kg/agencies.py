"""Department names as written → canonical agencies (official full name, jurisdiction, kind,
sector), and the administrative areas they belong to.

The knowledge is data in ``ontology/agencies.toml`` (abbreviations, suffixes, kinds, sectors),
``ontology/regions.toml`` (GB/T 2260 areas) and ``ontology/sectors.toml``; this module only
applies it. A name is read as jurisdiction + alias + suffix; the jurisdiction of a relative name
(市人社局) comes from the plan's region.

>>> a = canonical("市人社局", "营口市")
>>> a.name, a.jurisdiction, a.kind, a.sector
('营口市人力资源和社会保障局', '营口市', 'department', 'human-resources-social-security')
>>> canonical("省人力资源社会保障厅", "辽宁省").name
'辽宁省人力资源和社会保障厅'
>>> canonical("省税务局", "辽宁省").name, canonical("省国资委", "辽宁省").name
('国家税务总局辽宁省税务局', '辽宁省人民政府国有资产监督管理委员会')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..ontology import table

_LEVEL_PREFIX = re.compile(r"^(省|市|县|区|州|盟|旗)(?!级|直|委|场)")


@dataclass(frozen=True)
class Region:
    name: str
    code: str
    kind: str  # province | city | county | zone | metropolitan | country | unknown
    parent: str  # name of the area it lies in ("" if none known)
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agency:
    """One real body: its official name, the area it serves, what it is, and its sector."""

    name: str
    jurisdiction: str  # region name; "" when the text does not tell
    kind: str  # government | department | vertical | party | congress | judicial | university | enterprise | mass | collective
    sector: str  # key of ontology/sectors.toml; "" when unknown


@functools.cache
def regions() -> dict[str, Region]:
    """Every listed area by name, plus 中华人民共和国 at the top."""
    rows = table("regions.toml")["region"]
    by_code = {r["code"]: r["name"] for r in rows if r["code"]}
    out = {"中华人民共和国": Region("中华人民共和国", "", "country", "")}
    for r in rows:
        parent = by_code.get(r.get("parent", ""), r.get("parent", "")) or "中华人民共和国"
        out[r["name"]] = Region(r["name"], r["code"], r["kind"], parent, tuple(r.get("aliases", ())), tuple(r.get("members", ())))
    return out


@functools.cache
def _region_names() -> list[tuple[str, str]]:
    """(written form, region name), longest first: 营口市, 沈抚示范区, …"""
    pairs = [(n, n) for n in regions() if n != "中华人民共和国"]
    pairs += [(a, r.name) for r in regions().values() for a in r.aliases]
    return sorted(pairs, key=lambda p: -len(p[0]))


@functools.cache
def _short_region_names() -> list[tuple[str, str]]:
    """(name without its 省/市/县 word, region name), longest first: 辽宁 → 辽宁省."""
    pairs = []
    for r in regions().values():
        short = re.sub(r"(省|市|县|区|自治区|特别行政区|壮族自治区|回族自治区|维吾尔自治区)$", "", r.name)
        if len(short) >= 2 and r.kind in ("province", "city", "county"):
            pairs.append((short, r.name))
    return sorted(pairs, key=lambda p: -len(p[0]))


@functools.cache
def _by_alias() -> dict[str, Region]:
    out: dict[str, Region] = {}
    for r in regions().values():
        for a in r.aliases:
            out.setdefault(a, r)  # (the first region in the table that has the alias, as a scan finds it)
    return out


def region(name: str) -> Region:
    """The area called ``name`` (an unknown one gets no code and no parent).

    >>> region("沈抚示范区").name, region("沈抚示范区").parent
    ('沈抚改革创新示范区', '辽宁省')
    """
    return regions().get(name) or _by_alias().get(name) or Region(name, "", "unknown", "")


def ancestors(name: str) -> list[str]:
    """Areas ``name`` lies in, nearest first.

    >>> ancestors("青川县")
    ['广元市', '四川省', '中华人民共和国']
    """
    out, seen = [], {name}
    while (parent := region(name).parent) and parent not in seen:
        out.append(parent)
        seen.add(parent)
        name = parent
    return out


@functools.cache
def sectors() -> dict[str, str]:
    """Sector key → Chinese label."""
    return dict(table("sectors.toml")["sector"])


class _Tables(NamedTuple):
    """agencies.toml, compiled once."""

    data: dict
    suffixes: list[tuple[str, str]]  # written → official, longest first
    aliases: list[tuple[str, dict]]  # alias → agency type, longest first
    kinds: list[tuple[re.Pattern, str]]
    sector_rules: list[tuple[re.Pattern, str]]
    national: list[re.Pattern]
    renames: list[tuple[re.Pattern, dict]]
    national_bodies: dict[str, str]


@functools.cache
def _tables() -> _Tables:
    data = table("agencies.toml")
    return _Tables(
        data,
        sorted(data["suffixes"].items(), key=lambda kv: -len(kv[0])),
        sorted(((alias, a) for a in data["agency"] for alias in a["aliases"]), key=lambda p: -len(p[0])),
        [(re.compile(k["pattern"]), k["kind"]) for k in data["kind"]],
        [(re.compile(s["pattern"]), s["sector"]) for s in data["sector_rule"]],
        [re.compile(m) for m in data["national"]["markers"]],
        [(re.compile(r["pattern"]), r) for r in data.get("rename", [])],
        data.get("national_bodies", {}),
    )


def _level_region(prefix: str, plan_region: str) -> str:
    """The area a level prefix (省/市/县…) means in a plan of ``plan_region``."""
    want = {"省": ("province",), "市": ("city",), "州": ("city",), "盟": ("city",),
            "县": ("county",), "区": ("county",), "旗": ("county",)}[prefix]
    for name in [plan_region] + ancestors(plan_region):
        r = region(name)
        if r.kind in want or (r.kind == "unknown" and name.endswith(prefix)):
            return name
    return ""


# How a national plan's region is written (region_and_level says 中国).
NATIONAL = ("中国", "中华人民共和国")


def _jurisdiction(name: str, plan_region: str) -> tuple[str, str, str]:
    """(jurisdiction, rest of the name, how it was found)."""
    if plan_region in NATIONAL and not _LEVEL_PREFIX.match(name):
        # In a State Council document a bare 发展改革委 is the national commission.
        if not any(name.startswith(w) for w, _ in _region_names()):
            return "中华人民共和国", re.sub(r"^(中华人民共和国|国家(?!统计局|税务总局))", "", name), "national"
    for written, region_name in _region_names():
        if name.startswith(written) and len(name) > len(written):
            return region_name, name[len(written):], "named"
    if any(rx.search(name) for rx in _tables().national):
        # A national body's local office names its area: 国家统计局营口调查队 serves 营口市.
        local = next((r for short, r in _short_region_names() if short in name[2:]), "")
        rest = re.sub(r"^(中华人民共和国|国家(?!统计局|税务总局))", "", name)
        return local or "中华人民共和国", rest, "local" if local else "national"
    m = _LEVEL_PREFIX.match(name)
    if m:
        return _level_region(m.group(1), plan_region), name[1:], "level"
    if plan_region and name.startswith(plan_region):  # an area regions.toml does not list
        return plan_region, name[len(plan_region):], "named"
    return plan_region, name, "plan"


def kind_of(name: str) -> str:
    """What sort of body a name (without jurisdiction) is.

    >>> kind_of("人民银行营口市中心支行"), kind_of("营口理工学院"), kind_of("残联"), kind_of("各有关部门")
    ('vertical', 'university', 'mass', 'collective')
    """
    for rx, kind in _tables().kinds:
        if rx.search(name):
            return kind
    return "department"


def canonical(written: str, plan_region: str = "") -> Agency:
    """The canonical agency behind a department name written in a plan of ``plan_region``."""
    name = "".join(written.split())
    t = _tables()
    kind = kind_of(name)
    if kind == "collective":
        return Agency(name, plan_region, "collective", "")
    for rx, rule in t.renames:
        m = rx.match(name)
        if m:
            place = _level_region(m.group("level"), plan_region)
            return Agency(rule["template"].format(region=place) if place else name, place, rule["kind"], rule["sector"])
    outer = _alias_free(name)  # 市交通委（市道运局）: the body is the name outside the bracket
    region_name, rest, how = _jurisdiction(outer, plan_region)
    if how == "national":
        official = t.national_bodies.get(outer) or t.national_bodies.get(rest)
        if official:  # 国管局, 银保监会, 中央统战部: short names of national bodies
            sector = next((s for rx, s in t.sector_rules if rx.search(official)), "")
            written_kind = kind_of(outer)
            return Agency(official, "中华人民共和国", written_kind if written_kind != "department" else kind_of(official), sector)
    for alias, agency in t.aliases:
        k = rest.find(alias)
        if k < 0 or (k > 0 and "template" not in agency):
            continue
        if "{rest}" in agency.get("template", ""):
            official = agency["template"].format(rest=rest[k + len(alias):], region=region_name)
            return Agency(official, region_name, kind, agency["sector"])
        tail = rest[k + len(alias):]
        suffix = next((full for short, full in t.suffixes if tail == short), None)
        if (suffix is None and tail) or ("only_suffixes" in agency and tail not in agency["only_suffixes"]):
            continue
        if not region_name:  # a relative name whose area the text does not give stays as written
            return Agency(name, region_name, kind, agency["sector"])
        template = agency.get(f"template_{region(region_name).kind}", agency.get("template", "{region}{core}{suffix}"))
        place = region_name
        if how == "national":
            national = t.data["national"]
            place = national["prefix"] if suffix == "部" else national["bureau_prefix"]
        official = template.format(region=place, core=agency["core"], suffix=suffix or "")
        return Agency(official, region_name, kind, agency["sector"])
    sector = next((s for rx, s in t.sector_rules if rx.search(name)), "")
    if how == "level" and region_name:
        return Agency(region_name + rest, region_name, kind, sector)
    return Agency(outer, region_name, kind, sector)


def _alias_free(name: str) -> str:
    """市交通委（市道运局） → 市交通委 (a second name in brackets is the same body's other sign)."""
    m = re.match(r"^(.+?)（[^（）]+）$", name)
    return m.group(1) if m else name
