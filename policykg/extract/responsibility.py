"""Who owns a task: parse the department list a plan writes after a task title.

Works on normalised text (full-width brackets and separators) and returns positions, so callers
can point back into the original. Deciding what is an owner goes by the *form* of the name
(suffixes in ``ontology/vocab.toml``), never by a closed list.

>>> [(u.name, u.role) for u in parse_owner_list("省人力资源社会保障厅、省农业农村厅").units]
[('省人力资源社会保障厅', 'lead'), ('省农业农村厅', 'co')]
>>> [(u.name, u.role) for u in parse_owner_list("省科技厅、工业和信息化厅按职责分工负责").units]
[('省科技厅', 'co'), ('省工业和信息化厅', 'co')]
>>> parse_owner_list("街道") is None
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..ontology import vocab
from . import lines as L
from .names import alias_stripped, name_like, name_tables, owner_kind, place_government, split_joined, without_person
from .role_words import deadline_in, patterns, reading_note

_CLAUSE_SEP = "，；。"
_REGION_PREFIX = re.compile(r"^(省|市|县|区|州|自治区|盟|旗)(?!级)")
# A bare unit after an elided prefix: 交通运输厅 after 省发展改革委.
# A collective actor over several area kinds opens with 各 or a count: 各区、县级市; 13个街道、镇.
# what opens a collective actor of areas: 各区、县级市; 有关县（市）、区政府; 3个区、县
_COLLECTIVE_HEAD = re.compile(r"各|(?:有关|相关)(?=[县市区旗乡镇])|[0-9一二三四五六七八九十]{1,3}个")
# Role words that share a duty among everyone listed, not ones that assist a lead (配合, 参与).
_SHARED_DUTY = re.compile(r"[^，；。]{0,3}(按职责分工|按照职责分工|分别|共同|分工)?负责|[^，；。]{0,3}(结合实际)?落实")
_JOINTLY = re.compile(r"\s*(共同|一同)?负责(?![^，；。]*配合)")
_ASSISTING = re.compile(r"\s*[^，；。]{0,3}(配合|参与|协助|协同|参加)")
_LEAD_MARK = re.compile(r"（(牵头|牵头单位|牵头部门)）\s*$")
_NOTE = re.compile(r"（([^（）]{4,40})）")
_LEADS_A_PART = re.compile(r"(?P<who>[^、，；：。（）\s]{2,20}?)牵头(?P<part>(?!负责|落实|实施|推进|组织|抓总)[^、，；：。（）牵]{2,10})(?=[、，；]|$)")
_ASSISTS = re.compile(r"\s*(?P<co>[^，；。]{2,60}?)配合(?P<lead>[^，；。]{2,60}?)(?:抓好落实|做好|负责|落实|开展|实施|推进)[^，；。]{0,10}\s*")
_BY = re.compile(r"[-—–－\s]*(?:(?:此|该|本|上述|以上)(?:项|些)?(?:工作|任务|事项|措施)?)?由")
_BARE_UNIT = re.compile(r"^(?!国家|国务院|中国|中央)[^省市县区州各有关]{2,10}(厅|局|委|办)$")  # 国土资源厅 too; not 国家能源局


@dataclass(frozen=True)
class Unit:
    start: int  # offsets inside the parsed string
    end: int
    name: str  # normalised name (elided prefix restored; a bare place → its government)
    kind: str  # department | collective
    role: str  # lead | co
    known: bool = True  # False: accepted on the text's evidence alone, not by the form of its name
    # named under a 责任单位 label with no lead: a co-owner that leads if a co label follows
    responsible: bool = False


@dataclass
class OwnerList:
    units: list[Unit] = field(default_factory=list)
    open_list: bool = False
    deadline: str = ""
    # Owners of a scope rule (以下均需各县市区落实): they co-own every later task.
    scope: list[Unit] = field(default_factory=list)
    # Where the list declares that the first unit of every bracket leads (列第一位者为牵头单位).
    first_leads: tuple[int, int] | None = None

    def all_known(self) -> bool:
        """Some units, each with an owner's form (not one taken on the text's evidence alone)."""
        return bool(self.units) and all(u.known for u in self.units)


def _strip(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a] in " \n★☆※*＊-—–－":  # ★区发改委, --由市农业局: a mark before a unit, not its name
        a += 1
    while b > a and s[b - 1] in " \n★☆※*＊-—–－":
        b -= 1
    return a, b


def _clauses(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses split at ，；。 and before a label inside the clause (``牵头单位：区发改局
    责任单位：立山经济开发区``, and without the space when a PDF lost it)."""
    out = []
    for ca, cb in L.top_level_split(s, _CLAUSE_SEP, start, end):
        labels = [ca + m.start() for m in patterns()["any_label"].finditer(s[ca:cb]) if m.start() > 0]
        cuts = [ca] + labels + [cb]
        for a, b in zip(cuts, cuts[1:]):
            # X牵头、Y配合: a 、 right after a role word ends a clause too
            ends = [x for x, y in L.top_level_split(s, "、", a, b)][1:]
            role_ends = [x for x in ends if any(s[a : x - 1].endswith(w) and not _name_ending_in(s, ends, a, x, w)
                                                for w, _ in patterns()["suffixes"])]
            for x, y in zip([a] + role_ends, [e - 1 for e in role_ends] + [b]):
                out.append(_strip(s, x, y))
    return [(a, b) for a, b in out if a < b]


def _name_ending_in(s: str, ends: list[int], a: int, x: int, word: str) -> bool:
    """Is the piece before the 、 at ``x`` a unit whose name ends in a role word (省经协办: the
    economic co-operation office), not a unit and its role (市发改委牵头)?"""
    piece = s[max([a] + [e for e in ends if e < x]) : x - 1].strip()
    return owner_kind(piece) is not None and owner_kind(piece[: -len(word)]) is None


def _clause_role(s: str, a: int, b: int) -> tuple[str | None, int, int]:
    """Role given by a label (牵头单位：) or a role suffix (…配合), and the remaining range.
    ``single`` is a bare 负责: it leads when one unit is named."""
    text = s[a:b]
    for rx, role in patterns()["labels"]:
        m = rx.match(text)
        if m:
            inner = _clause_role(s, a + m.end(), b)
            if role is None or inner[0] is not None:  # 部门分工：X牵头, 责任部门：X牵头 — the role word decides
                return inner
            return role, a + m.end(), b
    squeezed = "".join(text.split()) if " " in text else text  # 各省级人民政府负 责: a PDF's wrap inside the word
    for suffix, role in patterns()["suffixes"]:
        if squeezed.endswith(suffix) and len(squeezed) > len(suffix):
            cut, left = b, len(suffix)
            while left:  # back over the suffix's characters, not the spaces between them
                cut -= 1
                left -= not s[cut].isspace()
            m = patterns()["modifier"].search(s, a, cut)
            while m and m.start() > a:  # 分别负责落实, 按职责分工分别牵头: the qualifiers before the role word
                cut, role = m.start(), "co" if role == "single" else role
                m = patterns()["modifier"].search(s, a, cut)
            return role, a, cut
    return None, a, b


def _bare(name: str) -> bool:
    """A place written bare (南京, 盐城, 禄丰): two or three characters, no owner's form and no
    word of a level or an office at its end (not 黄埔区, 仁兴街, 组干科, 五金城)."""
    return re.fullmatch(r"[\u4e00-\u9fa5][^省市区县乡镇街村科股室组局委办厅\W\d]|[\u4e00-\u9fa5]{2}[^省市区县州盟旗乡镇街村城科股室组局委办厅\W\d]",
                        name) is not None and owner_kind(name) is None


def _bare_level(name: str) -> bool:
    """A level of government written bare before the others share its suffix (市 in 市、县人民政府)."""
    return bool(patterns()["area"].fullmatch(name)) and not re.search(r"(政府|办事处)$", name)


def _pieces(s: str, a: int, b: int, result: OwnerList, evidence: bool = False) -> list[tuple[int, int]] | None:
    """Unit ranges of one list (X、Y、Z等), or None if a piece is not an owner. With
    ``evidence`` (a label, a role word or an owner column says these are owners) a piece whose
    name the vocabulary does not know is still taken when it looks like a name."""
    roles = name_tables()[3]
    raw = [_strip(s, x, y) for x, y in L.top_level_split(s, "、", a, b)]
    merged: list[tuple[int, int]] = []
    shared: set[int] = set()  # where a run of names sharing the last one's suffix starts
    for x, y in raw:  # 各区、县级市: one collective actor across the 、 (not 各乡镇政府、街道办事处)
        piece, last = "".join(s[x:y].split()), s[merged[-1][0] : merged[-1][1]] if merged else ""
        head = re.search(rf"(?:^|及|和|以及)(?={_COLLECTIVE_HEAD.pattern})", last)  # …等部门及各市、县级政府
        first_kind = re.split(r"以及|及|和", piece)[0]  # 各区、县（市）政府及开发区管委会: the areas end at 及
        if merged and head and patterns()["area"].match(first_kind) and not re.search(r"(政府|办事处|部门|单位)$", last):
            merged[-1] = (merged[-1][0], y)
        elif merged and piece in ("单位", "部门", "机构") and re.search(r"(有关|相关|各)\S*(部门|单位|处室|科室)$", last):
            merged[-1] = (merged[-1][0], y)  # 市直有关部门、单位; 各有关处室、单位: one collective actor
        elif merged and _bare(last) and (re.fullmatch(r"[\u4e00-\u9fa5]{2,4}等[^、]{0,8}(市|县|区)[^、]{0,6}政府", piece)
                                         or "等" not in piece and not _bare(piece) and owner_kind(piece)):
            # 南京、苏州、盐城等设区市人民政府; 临汾、侯马、洪洞经济开发区管委会: the names before share the last one's
            # suffix, one actor as written
            k = len(merged) - 1
            while k > 0 and _bare("".join(s[merged[k - 1][0] : merged[k - 1][1]].split())):
                k -= 1
            merged[k:] = [(merged[k][0], y)]
            shared.add(merged[k][0])
        elif merged and _bare_level(last) and re.search(r"(政府|办事处)$", piece) and patterns()["area"].match(piece):
            # 市、县（市、区）人民政府: the levels before share the last one's 人民政府, one actor as written
            k = len(merged) - 1
            while k > 0 and _bare_level("".join(s[merged[k - 1][0] : merged[k - 1][1]].split())):
                k -= 1
            merged[k:] = [(merged[k][0], y)]
            shared.add(merged[k][0])
        elif merged and piece in ("政府", "人民政府") and last.startswith("各") and last.endswith("党委"):
            merged[-1] = (merged[-1][0], y)  # 各县区党委、政府: each area's party committee and government
        else:
            merged.append((x, y))
    out: list[tuple[int, int]] = []
    queue = list(merged)
    while queue:
        x, y = queue.pop(0)
        k = s.find("等", x, y)
        m = patterns()["category"].match(s, k) if k > x else None
        if m and m.end() < y:  # 能源局等省有关部门和各地级以上市人民政府; A、B等和各有关省级人民政府
            # (not past the piece: 省监察厅等省直有关部门、各省辖市政府 — the 、 closes this piece)
            result.open_list = True
            queue.insert(0, _strip(s, m.end(), y))
            y = k
        elif k >= x and patterns()["tail"].match(s[k:y]):  # 银保监会等国务院相关部门; a stray 、等区政府有关部门
            result.open_list = True
            y = k
        stripped = True
        while stripped:  # 省财政厅…等
            stripped = False
            for marker in roles["open_list_markers"]:
                if s[x:y].endswith(marker) and y - x > len(marker):
                    y -= len(marker)
                    result.open_list = stripped = True
                    break
        x, y = _strip(s, x, y)
        if x == y:
            continue
        split = [(x, y)] if x in shared else split_joined(s, x, y)
        if split is None and evidence and len(raw) > 1 and "".join(s[x:y].split()) in vocab()["organisation"]["areas"]:
            split = [(x, y)]  # 区相关部门、街道、板块协办: every 街道, a collective among named owners
        if split is None and name_like("".join(s[x:y].split())):
            split = [(x, y)] if evidence or place_government("".join(s[x:y].split())) else None
        if split is None:
            return None
        out.extend(split)
    return out


def parse_owner_list(s: str, start: int = 0, end: int | None = None, default_role: str | None = None) -> OwnerList | None:
    """Parse s[start:end] as a responsibility list, or None if it is not one (a unit does not
    have an owner's form). Roles: explicit 牵头/配合/负责 words and labels win; otherwise
    ``default_role`` (a table column says it), else the first unit leads. A list whose only
    roles are 按职责分工负责-style gets no lead.

    >>> r = parse_owner_list("国务院各部门分别负责，年内持续推进")
    >>> [(u.name, u.kind, u.role) for u in r.units], r.deadline
    ([('国务院各部门', 'collective', 'co')], '年内持续推进')
    """
    end = len(s) if end is None else end
    rx = patterns()
    result = OwnerList()
    for m in list(_NOTE.finditer(s, start, end)):  # A（首位单位为牵头单位，下同）、B: a note, not a name
        if m.start() > start and reading_note(m.group(1)):
            rule = rx["first_leads"].search(s, m.start(), m.end())
            if rule:
                result.first_leads = rule.span()
            s = s[: m.start()] + " " * (m.end() - m.start()) + s[m.end() :]  # offsets stay
    parts = [m for m in _LEADS_A_PART.finditer(s, start, end) if owner_kind("".join(s[m.start("who"):m.end("who")].split()))]
    if len(parts) >= 2:  # 市发改委牵头集体企业、市国资委牵头国有企业: each leads its part; both lead
        for m in parts:
            a = m.start("part") if m is parts[-1] else m.end("who")
            s = s[:a] + " " * (m.end() - a) + s[m.end():]
    # (role, unit ranges, whether a label gave the role)
    clauses: list[tuple[str | None, list[tuple[int, int]], bool]] = []
    unread = 0  # clauses that name no owner
    pending = None  # a label written without its colon, whose units are the next clause
    ranges = [(start, end)]
    scope = rx["scope"].search(s, start, end)
    if scope:  # 以下均需A、B，C落实，不再列出 / 以下任务均涉及A: they co-own every later task
        group = next(g for g in ("owners", "involved", "included") if scope.group(g))
        for a, b in L.top_level_split(s, "，", scope.start(group), scope.end(group)):
            for x, y in _pieces(s, a, b, result, evidence=True) or []:
                name = "".join(s[x:y].split())
                result.scope.append(Unit(x, y, name, owner_kind(name) or "collective", "co"))
        ranges = [(start, scope.start()), (scope.end(), end)]
    for ca, cb in [c for a, b in ranges for c in _clauses(s, a, b)]:
        text = s[ca:cb]
        rule = rx["first_leads"].search(text)
        if rule:  # 列第一位者为牵头单位（，下同）: a reading rule, not an owner
            result.first_leads = (ca + rule.start(), ca + rule.end())
            continue
        if rx["person"].match(text) or any(p.search(text) for p in rx["skip"]):
            continue

        bare = not clauses and len(text.strip()) <= 8 and next(
            (r for lrx, r in rx["labels"] if r and lrx.fullmatch(text.strip() + "：")), None)
        if bare:
            pending = bare  # （责任单位;住建局、畜牧局）: a label the page wrote with ; instead of ：
            continue
        role, ua, ub = _clause_role(s, ca, cb)
        if all(rx["post"].search("".join(s[x:y].split())) for x, y in L.top_level_split(s, "、", ua, ub)):
            continue  # 分管副省长、协管副秘书长负责: people, not units
        labelled = role is not None and ua > ca and ub == cb  # the role came from a label (责任单位：)
        if role is None and pending:
            role, labelled, pending = pending, True, None
        by = _BY.match(s, ua, ub)
        if by:  # 由X牵头; 此项工作由X牵头: who carries it out follows
            ua = by.end()
        opening = rx["together"].match(s, ua, ub)
        if opening and clauses:  # 由X牵头，会同Y、Z等单位负责落实
            ua, role = opening.end(), "co"
        word = rx["together"].search(s, ua + 1, ub)
        if word and rx["modifier"].fullmatch(s, ua, word.start()):
            continue  # …为主要责任单位，按照各自职能组织有关部门实施: how the units above work, no more units
        if word:  # X会同Y: X leads, Y co-owns
            together = word.start()
            head_role, _, lead_end = _clause_role(s, ua, together)  # A、B分别牵头会同Y: the lead's own role word goes
            lead_end = lead_end if head_role == "lead" else together
            lead, co = _pieces(s, ua, lead_end, result, True), _pieces(s, word.end(), ub, result, True)
            if not lead or not co:
                return None
            clauses += [("lead", lead, False), ("co", co, False)]
            continue
        assists = _ASSISTS.fullmatch(s, ca, cb)
        if assists:  # 省文化厅配合省委宣传部抓好落实: the unit after 配合 leads
            lead, co = _pieces(s, *assists.span("lead"), result, True), _pieces(s, *assists.span("co"), result, True)
            if lead and co:
                clauses += [("lead", lead, False), ("co", co, False)]
                continue
        if role is None and deadline_in(text) and owner_kind("".join(text.split())) is None:
            result.deadline = result.deadline or text  # 2025年底前，市发改委牵头: a date is no owner
            continue
        if role is None and clauses and clauses[-1][2]:
            role, labelled = clauses[-1][0], True  # 责任单位：A、B，C — a label governs what follows
        units = _pieces(s, ua, ub, result, evidence=role is not None or default_role is not None)
        if units and labelled and "责任人" in s[ca:ua]:  # 责任单位和责任人：省劳动和社会保障厅秦玉德
            units = [without_person(s, x, y) for x, y in units]
        elif units:  # 市民政局 伍泽国 (a 牵头单位及主要负责人 cell): the unit, its head's name set apart
            units = [without_person(s, x, y) if re.search(r"\s[\u4e00-\u9fa5]{2,3}$", s[x:y]) else (x, y) for x, y in units]
        if units:  # 市发改委、张三同志负责: a person among units is not one of them
            units = [(x, y) for x, y in units if owner_kind("".join(s[x:y].split())) or not rx["post"].search(s[x:y])]
        if not units:
            unread += 1  # 适用范围：…, a remark: not owners; the list stands if role words say so
            continue
        marked = [(x, m.start()) for x, y in units if (m := _LEAD_MARK.search(s, x, y))]
        if marked:  # 责任单位：省发展改革委（牵头）、省财政厅: the mark names the lead, the others co-own
            clauses.append(("lead", marked, False))
            rest = [(x, y) for x, y in units if not _LEAD_MARK.search(s, x, y)]
            clauses += [("co", rest, False)] if rest else []
            continue
        if role == "lead" and "主办" in s[ca:ua]:
            role = "host"  # 主办单位：X leads, unless a 牵头单位 is named too (牵头单位：A；主办单位：B)
        clauses.append((role, units, labelled))
    if unread and (default_role is None and all(role is None for role, _, _ in clauses)):
        return None  # an explanation that names a unit in passing is not an owner list
    if not clauses:
        return result if (result.scope or result.first_leads) else None
    _carry_back(clauses)
    _assign_roles(s, clauses, default_role, result)
    evidenced = default_role is not None or any(role is not None for role, _, _ in clauses)
    if not evidenced and not any(u.known for u in result.units):
        return None  # places alone, with no role word, are not an owner list
    if not evidenced and all(u.kind == "department" and u.name.endswith(("街道", "镇")) for u in result.units):
        return None  # 新建社区服务中心（万盛街道）: where, not who, unless a role word or column says so
    return result


def _carry_back(clauses: list) -> None:
    """X牵头，A，B、C，D等配合: the units between the lead and the 配合 share its role; X，A、B牵头，
    C参加: the units that open the list share the 牵头 that closes them (a role word closes a list
    written over several commas)."""
    carry = None
    for n in range(len(clauses) - 1, -1, -1):
        role, units, labelled = clauses[n]
        if role in ("co", "lead") and not labelled:
            carry = role
        elif role is None and not labelled and carry == "co" and n > 0 and any(r == "lead" for r, _, _ in clauses[:n]):
            clauses[n] = (carry, units, False)
        elif role is None and not labelled and carry == "lead" and all(r is None for r, _, _ in clauses[:n]):
            clauses[n] = (carry, units, False)
        elif role is not None:
            carry = None


@functools.cache
def _province_names() -> tuple[str, ...]:
    """Provinces' names without their kind (内蒙古, 广西): a unit named so (内蒙古电力监管办) has its
    own place, so no elided prefix is restored before it."""
    kinds = r"(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$"
    return tuple(re.sub(kinds, "", full) for full, _ in vocab()["regions"]["provinces"])


def _assign_roles(s: str, clauses, default_role: str | None, result: OwnerList) -> None:
    host = "co" if any(r == "lead" for r, _, _ in clauses) else "lead"
    clauses = [(host if r == "host" else r, u, lb) for r, u, lb in clauses]
    lead_marked = any(r == "lead" for r, _, _ in clauses)
    if any(r == "responsible" for r, _, _ in clauses):
        # 责任单位：X；协办单位：Y — X leads; with a 牵头单位 it co-owns; alone it stays
        # "responsible" (co-owners, unless a co label on the next line makes them the lead)
        named_co = any(r == "co" and labelled for r, _, labelled in clauses)
        resolved = "co" if lead_marked else ("lead" if named_co else "responsible")  # → Unit.responsible
        clauses = [(resolved if r == "responsible" else r, u, lb) for r, u, lb in clauses]
        lead_marked = lead_marked or resolved == "lead"
    if not lead_marked:  # A、B共同负责，C、D配合: beside units that assist, those who are responsible lead
        own = [i for i, (r, u, lb) in enumerate(clauses) if r in ("co", "single") and not lb and _JOINTLY.match(s, u[-1][1])]
        helps = [i for i, (r, u, lb) in enumerate(clauses) if r == "co" and _ASSISTING.match(s, u[-1][1])]
        if len(own) == 1 and helps and own[0] < helps[0]:
            clauses[own[0]] = ("lead", clauses[own[0]][1], clauses[own[0]][2])
            lead_marked = True
    last = clauses[-1][0]
    shared = last == "single" or last == "co" and _SHARED_DUTY.match(s, clauses[-1][1][-1][1]) is not None
    if shared and all(r in (None, last) and not lb for r, _, lb in clauses):
        # 省财政厅，省税务局、深圳市税务局负责 / 各市政府，省工信厅等按职责分工负责: the role word
        # closes one list written over commas
        clauses = [(last, [u for _, units, _ in clauses for u in units], False)]
    prefix = ""
    first_unmarked = True
    for role, units, _ in clauses:
        roles_here = [role] * len(units)
        if role == "single":  # "X负责": a lone unit owns it; several share it without a lead
            roles_here = ["lead" if len(units) == 1 and not lead_marked else "co"] * len(units)
        elif role is None and default_role:
            roles_here = [default_role] * len(units)
        elif role is None:  # no role word: in "X、Y" the first unit leads, the others co-own
            lead_here = first_unmarked and not lead_marked
            roles_here = ["lead" if (lead_here and i == 0) else "co" for i in range(len(units))]
            first_unmarked = False
        for (a, b), unit_role in zip(units, roles_here):
            name = "".join(s[a:b].split())
            m = _REGION_PREFIX.match(name)
            if m and not prefix:
                prefix = m.group(1)  # written once: 省发展改革委、交通运输厅 → 省交通运输厅
            elif prefix and _BARE_UNIT.match(alias_stripped(name)) and not name.startswith(_province_names()):
                name = prefix + name
            elif not m:
                prefix = ""  # 市金融办、人民银行潍坊市中心支行、潍坊银监分局: the run of elided names has ended
            kind = owner_kind(name) or ("collective" if name in vocab()["organisation"]["areas"] else None)
            known = kind is not None
            if kind is None:  # taken on evidence: a place stands for its government
                name, kind = place_government(name) or name, "department"
            pending = unit_role == "responsible"
            result.units.append(Unit(a, b, name, kind, "co" if pending else unit_role, known, pending))
