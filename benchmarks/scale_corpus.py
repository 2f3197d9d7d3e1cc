"""A synthetic corpus of N distinct, linked plans made from the bundled examples (benchmarks only).

The corpus is shaped like the real one: a few national plans; a plan per province for each sector
and period, half of which cite a national plan by title; and city plans, half of them general plans
that cite their province's plan by title and 文号, half special plans with no parent in the corpus.
So links, counterparts and alignment have the work they have on real documents. Every plan has its own title (place × sector × period);
the texts are the examples' own, so extraction meets the examples' structure.

    >>> plans = corpus_plan(100)
    >>> len(plans), len({p.title for p in plans})
    (100, 100)
    >>> sorted({p.level for p in plans})
    ['city', 'national', 'province']
    >>> cities = [p for p in plans if p.level == "city"]
    >>> all(c.parent in {p.title for p in plans} for c in cities if c.parent)
    True
"""

from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "policykg" / "examples"
REGIONS = Path(__file__).resolve().parent.parent / "policykg" / "ontology" / "regions.toml"

# The sector phrase of the employment plans' titles and the period, varied per plan.
SECTORS = ["就业和社会保障", "就业促进和社会保障", "技能人才和社会保障", "社会保险和就业服务",
           "劳动就业和社会保障", "城乡就业和社会保障", "人才发展和社会保障", "公共就业和社会保障"]
# The same for the Sichuan-shaped plans (the ministry's plan and the provinces' that cite it).
HR_SECTORS = ["人力资源和社会保障", "人力资源和就业服务", "人才和社会保障", "社会保险和人力资源",
              "劳动保障和人力资源", "人力资源和技能人才", "人力资源和劳动关系", "人力资源和人才服务"]
PERIODS = [("十四五", "2021"), ("十五五", "2026"), ("十三五", "2016")]
# Characters of the generated city names: none of them a numeral, a level word or a role word.
_NAME_CHARS = "安宁平和东西南北江河山湖云海青白金玉丰华兴盛泰福临清阳春秋林松柏桂梅兰竹德光远"


@dataclass(frozen=True)
class PlannedDoc:
    name: str  # file name
    level: str
    title: str
    parent: str  # title of the plan it cites as its parent ("" for none)
    text: str


def _provinces() -> list[tuple[str, str]]:
    """(full name, short name) of each province-level area in the regions table."""
    regions = tomllib.loads(REGIONS.read_text(encoding="utf-8"))["region"]
    out = []
    for r in regions:
        if r.get("kind") == "province":
            name = r["name"]
            short = name
            for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"):
                if name.endswith(suffix):
                    short = name[: -len(suffix)]
                    break
            out.append((name, short))
    return out


def _city_names():
    for n in itertools.count(2):
        for chars in itertools.permutations(_NAME_CHARS, n):
            yield "".join(chars)


def _vary(text: str, sector: int, period: tuple[str, str]) -> str:
    name, year = period
    return text.replace("就业和社会保障", SECTORS[sector]).replace("人力资源和社会保障事业", HR_SECTORS[sector] + "事业").replace("十四五", name).replace("〔2021〕", f"〔{year}〕").replace("〔2022〕", f"〔{int(year) + 1}〕")


def corpus_plan(n: int) -> list[PlannedDoc]:
    """N plans: about 1 % national, 15 % provincial, the rest city plans, in an order where every
    parent comes before the plans that cite it."""
    liaoning = (EXAMPLES / "liaoning-employment-social-security-plan.txt").read_text(encoding="utf-8")
    yingkou = (EXAMPLES / "yingkou-employment-social-security-plan.txt").read_text(encoding="utf-8")
    sichuan = (EXAMPLES / "sichuan-hrss-plan.txt").read_text(encoding="utf-8")
    metro = (EXAMPLES / "shenyang-metro-hr-integration-plan.txt").read_text(encoding="utf-8")
    combos = [(s, p) for p in PERIODS for s in range(len(SECTORS))]
    provinces = _provinces()
    n_national = max(1, min(len(combos), n // 100))
    n_province = max(1, min(n_national * len(provinces) * 2, n * 15 // 100))
    n_city = max(0, n - n_national - n_province)
    docs: list[PlannedDoc] = []
    national_titles = []
    for k in range(n_national):
        sector, period = combos[k]
        # the Sichuan plan cites the ministry's plan by title: the national plan is that title
        text = _vary(sichuan, sector, period).replace("四川省", "").replace("四川", "全国")
        title = _vary("人力资源和社会保障事业发展“十四五”规划", sector, period)
        text = text.replace("人力资源和社会保障事业发展 “", "人力资源和社会保障事业发展“")
        national_titles.append(title)
        docs.append(PlannedDoc(f"national/{k:03d}.txt", "national", title, "", text))
    employment = []  # (province plan title, its province, its 文号, sector, period) the cities cite
    for k in range(n_province):
        (province, short), family = provinces[k % len(provinces)], (k // len(provinces)) % 2
        sector, period = combos[(k // (2 * len(provinces))) % n_national]
        if family == 0:  # the Liaoning plan: cites the State Council's plan (not in the corpus) by 文号
            docno = f"{short[0]}政办发〔{period[1]}〕{k + 1}号"
            text = _vary(liaoning, sector, period).replace("辽政办发〔", f"{short[0]}政办发〔").replace(
                f"政办发〔{period[1]}〕37号", f"政办发〔{period[1]}〕{k + 1}号").replace("辽宁省", province).replace("辽宁", short)
            title = f"{province}“{period[0]}”{SECTORS[sector]}发展规划"
            employment.append((title, short, province, docno, sector, period))
        else:  # the Sichuan plan: cites the national plan of its sector and period by title
            text = _vary(sichuan, sector, period).replace("四川省", province).replace("四川", short)
            title = f"{province}人力资源和社会保障事业发展“{period[0]}”规划"
            title = _vary(title, sector, period)
        docs.append(PlannedDoc(f"province/{k:04d}.txt", "province", title,
                               national_titles[(k // (2 * len(provinces))) % n_national] if family else "", text))
    names = _city_names()
    for k in range(n_city):
        title_p, short, province, docno, sector, period = employment[k % len(employment)]
        city = next(names)
        if k % 2:  # a city's special plan (the Shenyang metropolitan-area plan, 16 KB): no parent in the corpus
            text = metro.replace("辽宁省", province).replace("辽宁", short).replace("沈阳", city)
            docs.append(PlannedDoc(f"city/{k // 1000:02d}/{k:05d}.txt", "city",
                                   f"{city}现代化都市圈人力资源(社会保障)一体化专项规划", "", text))
            continue
        text = _vary(yingkou, sector, period).replace("辽政办发〔", f"{short[0]}政办发〔").replace(
            f"政办发〔{period[1]}〕37号", docno[len(short[0]):]).replace("辽宁省", province).replace("辽宁", short).replace(
            "营政办发", f"{city[0]}政办发").replace("营口", city)
        title = f"{city}市“{period[0]}”{SECTORS[sector]}发展规划"
        docs.append(PlannedDoc(f"city/{k // 1000:02d}/{k:05d}.txt", "city", title, title_p, text))
    return docs


def write_corpus(n: int, folder: Path) -> int:
    """Write the N plans under ``folder``; returns the bytes written."""
    size = 0
    for doc in corpus_plan(n):
        path = folder / doc.name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = doc.text.encode("utf-8")
        path.write_bytes(data)
        size += len(data)
    return size
