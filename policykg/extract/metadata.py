"""Plan metadata: title, issuing body, 文号, date, level and region, read from the header.

>>> plan_key("《辽宁省“十四五”就业和社会保障 发展规划》") == plan_key("辽宁省十四五就业和社会保障发展规划")
True
>>> normalise_docno("辽人社发[2023]5号")
'辽人社发〔2023〕5号'
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..ontology import vocab
from . import lines as L
from .records import PlanMeta
from .responsibility import owner_kind
from .text import NormText
from .title import NOTICE, Title, clean_title, find_title

DOCNO = L.DOCNO
DATE_LINE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
PUBLISHED = re.compile(r"发布(?:时间|日期)\s*[：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
HEADER_LINES = 60


def plan_key(title: str) -> str:
    """Normalised title used to recognise the same plan across documents: the 印发 notice, a
    trailing 文号 and quotation marks do not count.

    >>> plan_key("关于加快建设交通强区的若干政策措施（桂政办发〔2021〕69号）")
    '关于加快建设交通强区的若干政策措施'
    >>> plan_key("国务院办公厅关于印发《某某分工方案》的通知") == plan_key("某某分工方案")
    True
    """
    t = unicodedata.normalize("NFKC", title).replace("○", "〇")
    t = re.sub(r"\s+", "", t)
    t = re.sub(r"\(([^()]*，)?[^()]*?[〔\[(]\d{4}[〕\])]\d{0,4}号\)$", "", t)  # …意见（国办发〔2021〕35号）: the 文号 is not the title
    m = NOTICE.match(t)
    if m:
        t = m.group("title")
    return re.sub(r"[\s“”‘’\"'「」『』《》〈〉·・]", "", t)


_TITLED_ISSUER = re.compile(r"(?P<issuer>[^《》“”]{2,40}?)关于")
_BODY_END = re.compile(r"办公室|办公厅|委员会|人民政府|(?<=[省市县区州])委")
_BODY_START = re.compile(r"(?!办公|委员会|人民政府)(中共|[\u4e00-\u9fa5]{1,8}?(省|市|县|区|自治区|自治州))")


def joint_issuers(issuer: str) -> list[str]:
    """The bodies of a joint notice, written one after another (中共某市委办公室 某市人民政府办公室).

    >>> joint_issuers("中共某市委办公室某市人民政府办公室"), joint_issuers("某省人民政府办公厅")
    (['中共某市委办公室', '某市人民政府办公室'], ['某省人民政府办公厅'])
    """
    for m in _BODY_END.finditer(issuer):
        head, rest = issuer[: m.end()], issuer[m.end() :]
        if rest and _BODY_START.match(rest) and owner_kind(head) and owner_kind(rest):
            tail = joint_issuers(rest)
            if all(owner_kind(t) for t in tail):
                return [head] + tail
    return [issuer]


def normalise_docno(text: str) -> str:
    m = DOCNO.search(text)
    return f"{m.group(1)}〔{m.group(2)}〕{m.group(3) or ''}号" if m else ""


@functools.cache
def _regions():
    v = vocab()["regions"]
    provinces = {full: abbr for full, abbr in v["provinces"]}
    cities = {full: abbr for full, abbr in v["cities"]}
    return provinces, cities


def issuer_from_docno(docno: str) -> tuple[str, str]:
    """(issuing body, region) implied by a 文号 prefix: 辽政办发 → 辽宁省人民政府办公厅."""
    if not docno:
        return "", ""
    prefix = docno.split("〔")[0]
    table = vocab()["docno"]
    for code, body in sorted(table["national"], key=lambda p: -len(p[0])):
        if prefix.startswith(code) and prefix[len(code):] in ("", "发", "函", "字"):
            return body, ""
    provinces, cities = _regions()
    candidates = [(full, abbr, True) for full, abbr in provinces.items()] + [
        (full, abbr, False) for full, abbr in cities.items()
    ]
    for full, abbr, is_province in candidates:
        if not prefix.startswith(abbr):
            continue
        code = re.sub(r"(发|函|字|办字|发电)$", "", prefix[len(abbr):])
        for agency, prov_name, city_name in sorted(table["agency_codes"], key=lambda p: -len(p[0])):
            if code == agency:
                return full + (prov_name if is_province else city_name), full
    return "", ""


def region_and_level(issuers: list[str], title: str, docno: str) -> tuple[str, str]:
    """(region, level) from the issuing body, the title and the 文号, in that order."""
    levels = vocab()["levels"]
    provinces, _ = _regions()

    def central(text: str) -> str:
        if any(re.search(p, text) for p in levels["department"]) and not _local(text, provinces):
            return "department"
        if any(re.search(p, text) for p in levels["national"]):
            return "national"
        return ""

    if issuers and central(issuers[0]):  # a plan issued by the centre is central whatever its topic
        return "中国", central(issuers[0])
    for word in levels["metropolitan"]:
        m = re.search(rf"([\u4e00-\u9fa5]{{2,10}}?{word})", title)
        if m:
            return m.group(1), "metropolitan"
    candidates = issuers[:1] + [title]
    if central(title):
        return "中国", central(title)
    for text in candidates:
        region = _local(text, provinces)
        if region:
            return region
    _, region = issuer_from_docno(docno)
    if region:
        return region, "provincial" if region in provinces else "municipal"
    return "", ""


def _local(text: str, provinces: dict) -> tuple[str, str] | None:
    for full in provinces:
        short = re.sub(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$", "", full)
        if text.startswith(full) or (len(short) >= 2 and text.startswith(short) and not text.startswith(short + "市")):
            return full, "provincial"
    m = re.match(r"^([\u4e00-\u9fa5]{2,6}?(市|州|盟|地区))", text)
    if m:
        return m.group(1), "municipal"
    m = re.match(r"^([\u4e00-\u9fa5]{2,6}?(县|区|旗))", text)
    if m:
        return m.group(1), "county"
    return None


def _iso(y: str, m: str, d: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


# A page saved from a static site opens with its fields (Jekyll/Hugo front matter):
# ---\ntitle: "山西省数字政府建设规划（2023-2025年）"\nsubtitle: "晋政办发〔2023〕82号"\n---
# (every line between the two --- a field; near the top: a page may put its site's rows above it)
_FRONT_MATTER = re.compile(r"^---[ \t]*\n(?P<body>(?:[A-Za-z_]+[ \t]*[:：].*\n){1,40}?)---[ \t]*$", re.M)
_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*[:：][ \t]*[\"'“]?(?P<value>.*?)[\"'”]?[ \t]*$", re.M)


def front_matter(norm: NormText, lines: list[L.Line]) -> dict[str, tuple[str, L.Line]]:
    """The fields of a page's front matter, each with its line.

    >>> from .text import normalise
    >>> norm = normalise('---\\ntitle: "某某方案"\\nauthor: 某某市人民政府\\n---\\n正文')
    >>> {k: v for k, (v, _) in front_matter(norm, L.split_lines(norm)).items()}
    {'title': '某某方案', 'author': '某某市人民政府'}
    """
    m = _FRONT_MATTER.search(norm.text, 0, lines[-1].end + 1 if lines else 0)
    if not m or m.start() > 400:
        return {}
    fields = {}
    for f in _FIELD.finditer(norm.text, m.start("body"), m.end("body")):
        line = next((ln for ln in lines if ln.start <= f.start("value") <= ln.end), None)
        if line is not None and f.group("value"):
            fields.setdefault(f.group("key").lower(), (norm.written(f.start("value"), f.end("value")), line))
    return fields


def extract_metadata(norm: NormText, lines: list[L.Line], source: str) -> PlanMeta:
    """Title, issuers, 文号, date, region and level of the plan a document carries."""
    header = lines[:HEADER_LINES]
    fields = front_matter(norm, header)
    field = lambda key: fields[key][0] if key in fields else ""  # noqa: E731
    found = find_title(norm, header)
    if "title" in fields:  # the page's own field names the title
        found = Title(clean_title(fields["title"][0]), fields["title"][1], evidence="front matter")
    title, title_line, notice_issuer = found.title or source, found.line, found.issuer
    docno = normalise_docno(field("subtitle")) if DOCNO.fullmatch(field("subtitle").strip()) else ""
    for line in header:
        if DOCNO.fullmatch(line.text.strip()) and not docno:
            docno = normalise_docno(line.text)
            break
    if found.evidence == "report":
        m = re.search(r"《[^《》]{4,80}》\s*(（[^（）]*号）)", norm.text)
        docno = docno or normalise_docno(m.group(1) if m else "")
    issuers, basis = [], ""
    if notice_issuer:
        issuers, basis = joint_issuers(clean_title(notice_issuer)), "stated"
    else:
        issuers = _signature_block(lines[:HEADER_LINES])
        author = re.sub(r"\s+", "", field("author"))
        issuers = issuers or ([author] if owner_kind(author) == "department" else [])
        basis = "stated" if issuers else ""
    if not issuers:  # 某市人民政府关于加快推进……的实施意见: the title opens with its issuer
        m = _TITLED_ISSUER.match(re.sub(r"\s+", "", title))
        if m and m.group("issuer") and owner_kind(m.group("issuer")):
            issuers, basis = joint_issuers(m.group("issuer")), "stated"
    if not issuers:
        body, _ = issuer_from_docno(docno)
        if body:
            issuers, basis = [body], "docno"
    region, level = region_and_level(issuers, title, docno)
    dated = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", field("date"))
    meta = PlanMeta(title, issuers, basis, docno, _date(header, lines) or (_iso(*dated.groups()) if dated else ""), level, region)
    if title_line is not None:
        meta.title_span = L.span(norm, source, title_line.start, title_line.end)
    return meta


def _signature_block(header: list[L.Line]) -> list[str]:
    """Organisation lines directly above a date line: the bodies that signed the notice."""
    for i, line in enumerate(header):
        if DATE_LINE.match(line.text) and i > 0:
            names = []
            j = i - 1
            while j >= 0 and len(header[j].text) <= 30 and owner_kind(re.sub(r"\s+", "", header[j].text)) == "department":
                names.insert(0, re.sub(r"\s+", "", header[j].text))
                j -= 1
            if names:
                return names
    return []


def _date(header: list[L.Line], lines: list[L.Line]) -> str:
    for i, line in enumerate(header):  # the signature date (成文日期) first
        m = DATE_LINE.match(line.text)
        if m and i > 0 and owner_kind(re.sub(r"\s+", "", header[i - 1].text)) == "department":
            return _iso(*m.groups())
    for line in header:
        m = PUBLISHED.search(line.text) or DATE_LINE.match(line.text)
        if m:
            return _iso(*m.groups())
    return ""
