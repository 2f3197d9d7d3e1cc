"""Whether a name has the form of an owner: an organisation (by its suffix, from the
vocabulary), a collective actor (各有关部门), or neither.

>>> owner_kind("市交通委（市道运局）"), owner_kind("各区、县级市"), owner_kind("街道")
('department', 'collective', None)
"""

from __future__ import annotations

import functools
import re

from ..ontology import vocab
from .role_words import role_and_label_words

OPEN, CLOSE = "（", "）"


@functools.cache
def name_tables():
    """(organisation table, suffixes longest first, collective patterns, role table), compiled once."""
    v = vocab()
    org = v["organisation"]
    suffixes = tuple(sorted(org["suffixes"], key=len, reverse=True))
    collective = [re.compile(p) for p in v["collective"]["patterns"]]
    roles = v["roles"]
    return org, suffixes, collective, roles


def alias_stripped(name: str) -> str:
    """市交通委（市道运局） → 市交通委: a trailing bracket naming the same body again."""
    if name.endswith(CLOSE) and OPEN in name:
        outer = name[: name.rindex(OPEN)]
        inner = name[name.rindex(OPEN) + 1 : -1]
        if outer and inner and _form(inner):
            return outer
    return name


# A task that ends like a unit (…服务中心) but opens with what is to be done to it.
_ACTION = re.compile(r"^(建成|新建|迁建|改建|扩建|续建|开工|启动|推进|实施|完成|加快|加强|开展|打造|提升|推动|建立|健全|完善|创建|组建|筹建)")


def _form(name: str) -> str | None:
    org, suffixes, collective, _ = name_tables()
    if not (org["min_length"] <= len(name) <= org["max_length"]):
        return None
    if any(p.match(name) for p in collective):
        return "collective"
    if name in org["not_owners"] or name in role_and_label_words() or any(ch in re.sub(r"“[^“”]{1,8}”", "", name) for ch in "。；：%“”《》…"):
        return None  # （主办）, （配合）: a role word alone names no unit (市“四城”创建办 is a name)
    if re.search(r"\d|一批|若干|一系列", name) or _ACTION.match(name):  # 新建一批中小学校, 建成县残疾人综合服务中心:
        return None  # a quantity or an action, not a unit's name
    if name.endswith("镇") and (len(name) > 6 or name.endswith(tuple(org["generic_towns"]))):
        return None  # 万东镇 is a town's government; 美丽城镇, 森林小镇, 历史文化名镇 are places to build
    return "department" if name.endswith(suffixes) and not name.endswith(tuple(org["not_owner_endings"])) else None


def owner_kind(name: str) -> str | None:
    """``department``, ``collective`` or None when ``name`` does not have an owner's form.

    >>> owner_kind("市交通委（市道运局）"), owner_kind("各区、县级市"), owner_kind("街道")
    ('department', 'collective', None)
    """
    return _form(alias_stripped(name))


# A place named where an owner stands means its government: 宁波市 → 宁波市人民政府.
_PLACE = re.compile(r"^(?!各)[\u4e00-\u9fa5]{1,9}(自治区|自治州|自治县|省|市|县|州|盟|旗|区)$")
_NOT_A_GOVERNMENT = re.compile(r"(新区|开发区|园区|功能区|示范区|片区|社区|城区|景区|街区|辖区|地区|山区|库区|林区|矿区|灾区|区域)$")
# Bracket contents that explain rather than name: 含…, 以下简称…, 详见附件…
_NOT_A_NAME = re.compile(r"^(含|如|即|包括|简称|以下|其中|不含|下同|详见|见|注|主要|重点|暂|试|例如|比如|全省|全市|全县|全区|全国)")


def place_government(name: str) -> str | None:
    """The government a bare place name stands for, or None.

    >>> place_government("宁波市"), place_government("高新区"), place_government("各市")
    ('宁波市人民政府', None, None)
    """
    if _PLACE.match(name) and not _NOT_A_GOVERNMENT.search(name) and len(name) >= 2:
        return name + "人民政府"
    return None


def name_like(name: str) -> bool:
    """Could this be the name of a body the vocabulary does not know (市直机关工委, 某某电视台,
    之江实验室)? Used only where the text gives structural evidence (a label, a role word, an
    owner column): a short run of text without sentence punctuation, digits or explanation words.

    >>> name_like("市直机关工委"), name_like("含县级"), name_like("2025年底前"), name_like("加快推进项目建设的")
    (True, False, False, False)
    """
    org = name_tables()[0]
    if not (org["min_length"] <= len(name) <= 25) or name in org["not_owners"]:
        return False
    if re.search(r"[\d%。；：“”《》…，,、！？!?]", name) or "的" in name:
        return False
    if re.search(r"牵头|负责|配合|参与|落实", re.sub(r"（[^（）]*）", "", name)):
        return False  # 市发改委牵头集体企业: a role and its object, not a name (a mark 省发展改革委（牵头） is)
    if name[:1] in "（([〔【":  # （详见附件）: a note in brackets, not a name
        return False
    return not _NOT_A_NAME.match(name)


def without_person(s: str, x: int, y: int) -> tuple[int, int]:
    """A unit with the name of its responsible person run into it (省劳动和社会保障厅秦玉德):
    the unit alone, when what follows an owner's name is a person's two or three characters."""
    for k in (y - 2, y - 3):
        unit = s[x:k].rstrip()  # (市民政局 伍泽国: a 牵头单位及主要负责人 cell)
        if k > x + 1 and owner_kind(unit) and not owner_kind(s[x:y]) and re.fullmatch(r"[\u4e00-\u9fa5]{2,3}", s[k:y]):
            return x, x + len(unit)
    return x, y


_ORG_END = re.compile(r"(政府|党委|党组|部门|单位|机构|委|局|办|厅|处|室|会|所|站|中心|公司)$")


def split_joined(s: str, x: int, y: int) -> list[tuple[int, int]] | None:
    """One owner, or several joined by 及/和 or spaces where every part is an owner
    (工业和信息化厅 stays whole: 工业 is not an owner)."""
    for conj in name_tables()[3]["conjunctions"]:
        k = s.find(conj, x, y)
        if k <= x:  # (not found: -1; s[x:-1] would be the rest of the document)
            continue
        left_name = "".join(s[x:k].split())
        if left_name.startswith("各") and not _ORG_END.search(left_name) and "".join(s[x:y].split()).endswith("政府"):
            return [(x, y)] if owner_kind("".join(s[x:y].split())) else None  # 各县（市）及相关区政府: they share 政府
        if s[k + len(conj):y] not in ("政府", "人民政府"):  # 各州（市）党委和政府: one actor
            left, right = split_joined(s, x, k), split_joined(s, k + len(conj), y)
            if left and right:
                return left + right
            place = "".join(s[x:k].split())
            if right and place_government(place) and len(place) <= 5:  # 岳麓区和市直相关单位
                return [(x, k)] + right
    words = [(m.start() + x, m.end() + x) for m in re.finditer(r"\S+", s[x:y])]
    if len(words) > 1 and all(owner_kind(s[p:q]) for p, q in words) \
            and not any(re.search(r"(有关|相关|所属|直属|各)$", s[p:q]) for p, q in words):
        return words  # 市发改委 市财政局 (one per line in a table cell); not 各相关 区人民政府 (a PDF's wrap)
    return [(x, y)] if owner_kind("".join(s[x:y].split())) else None
