"""Owner statements written as labels inside paragraphs (……推进XX。责任单位：省发改委牵头，…配合),
label lines (牵头单位：X 责任单位：Y), owner sentences on a line of their own (由A、B负责落实), and
where a numbered item run into a paragraph begins. Used by :mod:`.body`.
"""

from __future__ import annotations

import functools
import re

from ..ontology import vocab
from . import lines as L
from .responsibility import OwnerList, parse_owner_list
from .role_words import first_leads_rule, patterns, role_words
from .tables import column_kind

# A numbered heading run into the text (a page flattened into one paragraph, or a digest that runs
# its items on after their owner brackets): ……制定本方案。一、加强要素支持（一）强化财税政策保障。贯彻……
INLINE_ITEM = re.compile(
    r"(?:(?<=[。；！？：）])|(?<=[\u4e00-\u9fa5]))\s*(?:（(?P<sub>[一二三四五六七八九十]{1,3})）|(?<=[。；！？：\s])(?P<part>[一二三四五六七八九十]{1,3})、)"
    # ……改革。（1）全面落实…: a numbered sub-item run into its item's paragraph
    r"|(?<=[。；！？）])\s*（(?P<num>\d{1,2})）(?=[\u4e00-\u9fa5])"
    # ……能力 1.实施… (a page flattened to one line; a PDF drops the space: 能力1.实施…, or adds one: 1 .实施)
    r"|(?:(?<=[\u4e00-\u9fa5。；！？）\]】] )|(?<=[\u4e00-\u9fa5）。；])(?<![第表图件号年月日]))(?P<dot>\d{1,2})(?:[.．、]| [.．])(?=[\u4e00-\u9fa5])"
)
OWNER_SENTENCE = re.compile(r"由(?P<who>[^。；：]{2,120}?)(?:牵头负责|牵头落实|负责落实|具体负责|负责)(?=。?$)")
# A paragraph that opens with who carries it out (由某副市长负责，市发改委牵头，相关部门配合，尽快完成……):
# the person who answers for it is no unit; the units are the clause from the 牵头 unit to the last role word.
_OPENING_ROLES = re.compile(r"(?:由[^，。；：]{2,20}?负责，)?由?(?P<who>[^，。；：（）由]{2,40}?(?:牵头|承办)"
                           r"(?:，[^，。；：（）]{2,60}?(?:配合|参与|协助|协办|协调推进|协同推进|按职责分工负责))?)(?=[，。；])(?!，会同)")  # (由X牵头，会同Y…: a sentence)
# The line right under an item that says who fixes it (整改措施：由包片单位县文广局督促住户移走……,
# 由县环卫站负责清除……): the unit after 由 (a descriptor ending in 单位 dropped) with its role word.
_MEASURE_OWNER = re.compile(r"(?:[^：，。；]{2,8}：)?由(?:[^，。；：、]{0,10}单位)?(?P<who>[^，。；：]{2,80}?)"
                           r"(?P<role>负责|牵头|督促|组织)(?!，会同)"  # (由X牵头，会同Y…: a sentence, read as one)
                           # 由林业局牵头，A、B…按照管理权限予以规范: the units after 牵头 take part
                           r"(?:(?<=牵头)，(?P<co>[^，。；：]{2,80}?)(?=配合|参与|协助|协调|协同|按照|按职责|负责))?")
# 由X牵头，会同Y、Z等部门提出具体实施意见; 由A、B负责落实; 由A、B研究提出意见 (inside an item's sentence)
_IN_SENTENCE = re.compile(r"由(?P<who>(?:[^，。；：（）]|（[^（），。；]{1,20}）){2,80}?)(?:（(?P<inner>[^（）]{2,30}?)牵头）)?(?:共同|联合)?(?P<role>牵头负责|牵头|负责落实|负责|组织|研究|推进|制定|开展|实施|指导|统筹"
                          # 由A、B分别与11个县区政府共同编制: all of them, no lead
                          r"|(?:分别)?与(?P<jointly>[^，。；：（）]{2,40}?)共同(?:编制|负责|推进|实施|研究|制定)?)(?!的)"  # not 由多个单位负责的
                          r"(?:(?<=牵头)[，,]\s*会同(?P<co>[^，。；：]{2,80}?)(?=等(?:有关|相关)?(?:部门|单位)"
                          r"|负责|落实|提出|研究|制定|在|予以|做好|抓紧|组织|推进|实施|开展|共同|协同|联合|按|进一步)"
                          # 由X与Y牵头，有关部门参与: the units in the next clause take part
                          r"|[，,]\s*(?P<part>[^，。；：]{2,80}?)(?:参与|配合|协助|参加|协调推进|协同推进)(?=[，。；]|$))?")
_NEXT_MARK = re.compile(r"\s+(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十\d]{1,3}）)(?=[\u4e00-\u9fa5])")

@functools.cache
def person_clause():
    """A person label inside a paragraph: 分管领导：某某, 责任领导：某某."""
    return re.compile(r"(?<=[。；！？\s])(?![^。；：，\s]{0,6}(单位|部门))[^。；：，\s]{0,6}(领导|责任人|联系人)\s*：")


@functools.cache
def _field_label():
    """A label of another field of the same task (任务目标：, 完成时限：, 咨询电话：): an owner label's
    value ends there even when no space or 。 separates them (责任单位：莲塘镇任务目标：…)."""
    table = vocab()["table"]
    words = sorted(table["task"] + table["target"] + table["deadline"] + table["contact_fields"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})\s*：")


def field_end(text: str, a: int, b: int) -> int:
    m = _field_label().search(text, a, b)
    return m.start() if m and m.start() > a else b


@functools.cache
def run_in_label():
    """A label that opens a clause after a sentence: ……推进XX。责任单位：省发改委牵头，…配合; or
    right after a person's name where a PDF lost the space (分管领导：某某部门分工：X牵头)."""
    return re.compile(rf"(?<=[。；！？，\s])(?P<label>{L.label_words()}){L.LABEL_MORE}\s*："
                      rf"|(?:领导|责任人|联系人)\s*：[^。；：]{{1,40}}?(?P<after>{L.label_words()})\s*：")


def label_statements(text: str, start: int, end: int) -> list[tuple[int, int, object]]:
    """Owner statements that a label opens inside a paragraph, each up to its 。."""
    out = []
    for m in run_in_label().finditer(text, start, end):
        a = m.start("label") if m.group("label") else m.start("after")
        if out and a < out[-1][1]:
            continue  # 牵头单位：X；责任单位：Y — the second label is read with the first
        stop = text.find("。", a, end)
        b = field_end(text, a, stop if stop >= 0 else end)
        # 责任单位：县财政局 二、…… 1.坚持…: the next heading or item of a page flattened to one line
        item = _NEXT_MARK.search(text, a, b) or INLINE_ITEM.search(text, a, b)
        if item:
            b, stop = L.trim_end(text, a, item.start()), b
        owners = parse_owner_list(text, a, b)
        if owners and owners.units:
            out.append((a, b if stop >= 0 else b - 1, owners))
    for m in _label_is().finditer(text, start, end):  # ……，责任单位为区发改委；
        if not any(x <= m.start() < y for x, y, _ in out):
            role = next(r for lrx, r in patterns()["labels"] if r and lrx.fullmatch(m.group("label") + "："))
            owners = parse_owner_list(text, m.start("who"), m.end("who"), default_role=role)
            if owners and owners.units:
                out.append((m.start("label"), m.end("who"), owners))
    return sorted(out, key=lambda st: st[0])


@functools.cache
def _label_is():
    """A label written as a clause, with 为 for its colon, after the task it closes
    (人均地区生产总值：增长6%左右，责任单位为区发改委；)."""
    return re.compile(rf"(?<=[，,；;])\s*(?P<label>{L.label_words(neutral=False)})为(?P<who>[^，。；,;（）]{{2,60}})(?=[。；;，,]|$)")



@functools.cache
def _role_end():
    """A role word closing a text (牵头落实, 分别负责, 配合)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, role_words()))})。?$")


def owner_line(text: str, line: L.Line):
    """Owners of a line that is only owners and their role word (市发改委牵头落实; 市金融办、人民银行
    潍坊市中心支行分别牵头落实; X牵头，Y配合), closing the paragraph above it; or None. Every unit
    must have an owner's form: a line of prose ending in 落实 is not one."""
    a, b = line.start, line.end
    if b - a > 80 or not _role_end().search(text, a, b) or re.search(r"[（）()：]", text[a:b]) \
            or first_leads_rule().search(text, a, b):  # 各项任务中，列第一位的为牵头单位: a convention
        return None
    owners = parse_owner_list(text, a, b - (text[b - 1] == "。"))
    return owners if owners and owners.all_known() else None


@functools.cache
def label_line():
    return re.compile(rf"^（?({L.label_words()}){L.LABEL_MORE}\s*：")


def body_owners(text: str, line: L.Line, under_item: bool, title_only: bool):
    """Owners of the line right under an item that opens with who carries it out, or None: after a
    short title line, 由某副市长负责，X牵头，Y配合，…… (the person is no unit); under any item, a
    measure 整改措施：由（包片单位）X督促/负责…… . Every unit must have an owner's form."""
    m = _OPENING_ROLES.match(text, line.start, line.end) if under_item and title_only else None
    if m and (owners := parse_owner_list(text, m.start("who"), m.end("who"))) and owners.all_known():
        return owners
    m = _MEASURE_OWNER.match(text, line.start, line.end) if under_item else None  # 1、问题。 / 整改措施：由X督促……
    if m is None:
        return None
    lead = parse_owner_list(text, m.start("who"), m.end("role" if m.group("role") in ("负责", "牵头") else "who"))
    if m.group("co"):  # X牵头，A、B按照…: read as X牵头，A、B配合
        co = parse_owner_list(text, m.start("co"), m.end("co"), default_role="co")
        if lead and co and lead.all_known() and co.all_known():
            lead.units.extend(co.units)
            return lead
    return lead if lead and lead.all_known() else None


def title_line_above(recent: list, candidate, last_label) -> L.Line | None:
    """The short line standing above a label line (the last of ``recent``), one or more field
    lines (存在问题：…) between: the title of an unnumbered list entry (明馨园小区 / 存在问题：… /
    责任单位：嵩阳街道). Not the line of ``candidate`` or of the last label, not a heading, an item or
    a table's header cell."""
    before = recent[:-1]
    k = len(before) - 1
    while k >= 0 and L.FIELD_START.match(before[k].text) and not label_line().match(before[k].text):
        k -= 1
    if k < 0 or k == len(before) - 1 or (candidate is not None and before[k] is candidate.line) or before[k] is last_label:
        return None  # (at least one field line between: a plan's title line over a label is no entry)
    text = before[k].text
    if L.short_title(text) and "：" not in text and not L.item(text) and not L.heading(text) and column_kind(text) is None:
        return before[k]
    return None


def sentence_owners(text: str, start: int, end: int) -> tuple[OwnerList, tuple[int, int]] | None:
    """Owners an item's own sentence names after 由 (its paragraph has no owner bracket), and
    where that clause stands.

    >>> o, where = sentence_owners("关于X的问题，由财政部牵头，会同发展改革委、农业部等部门提出具体实施意见。", 0, 40)
    >>> [(u.name, u.role) for u in o.units], where
    ([('财政部', 'lead'), ('发展改革委', 'co'), ('农业部', 'co')], (6, 25))
    >>> [(u.name, u.role) for u in sentence_owners("由财政部、发展改革委研究提出意见。", 0, 17)[0].units]
    [('财政部', 'co'), ('发展改革委', 'co')]
    """
    found = all_sentence_owners(text, start, end)
    return found[0] if found else None


def all_sentence_owners(text: str, start: int, end: int) -> list[tuple[OwnerList, tuple[int, int]]]:
    """Every owner clause after 由 in text[start:end] (see :func:`sentence_owners`)."""
    out = []
    for m in _IN_SENTENCE.finditer(text, start, end):
        found = _sentence_owner(text, start, m)
        if found is not None:
            out.append(found)
    return out


def _sentence_owner(text: str, start: int, m: re.Match) -> tuple[OwnerList, tuple[int, int]] | None:
    if m.group("inner"):  # 由某工作小组（财政部牵头）负责: the group and the unit leading it
        owners = parse_owner_list(text, m.start("who"), m.end("who"), default_role="lead")
    elif m.group("role") in ("牵头负责", "牵头", "负责落实", "负责") and m.group("part"):
        owners = parse_owner_list(text, m.start("who"), m.end())  # 由A、B负责，C配合: read whole, A and B lead
        return _clause(text, start, m, owners)
    elif m.group("role") in ("牵头负责", "牵头", "负责落实", "负责"):
        owners = parse_owner_list(text, m.start("who"), m.end("role"))
    else:  # 由A、B研究提出意见: who carries it out, no lead among several
        owners = parse_owner_list(text, m.start("who"), m.end("who"))
        if owners and len(owners.units) > 1 and not owners.first_leads:
            owners = parse_owner_list(text, m.start("who"), m.end("who"), default_role="co")
    if owners and owners.units and m.group("inner"):
        inner = parse_owner_list(text, m.start("inner"), m.end("inner"), default_role="lead")
        owners.units += inner.units if inner else []
    if owners and owners.units and m.group("jointly"):
        owners = parse_owner_list(text, m.start("who"), m.end("who"), default_role="co")
        jointly = parse_owner_list(text, m.start("jointly"), m.end("jointly"), default_role="co")
        owners.units += jointly.units if owners and jointly else []
    together = "co" if m.group("co") else "part"
    if owners and owners.units and m.group(together):
        co = parse_owner_list(text, m.start(together), m.end(together), default_role="co")
        owners.units += co.units if co else []
    return _clause(text, start, m, owners)


def _clause(text: str, start: int, m: re.Match, owners) -> tuple[OwnerList, tuple[int, int]] | None:
    a = m.start()
    while a > start and text[a - 1] in "，, ":  # ……的问题，由X牵头: the clause begins at its comma
        a -= 1
    return (owners, (a, m.end())) if owners and owners.units else None


# 如县发改局负责的“严格落实全县重点项目前期工作计划……。”: a report quotes the task after its owner
_QUOTED_TASK = re.compile(r"(?:^|(?<=[，。；：、\s]))(?:如|例如|其中|由)?(?P<who>[^，。；：“”（）\s]{2,60}?)负责的“(?P<task>[^“”]{4,300})”")


def quoted_tasks(text: str, start: int, end: int) -> list[tuple[OwnerList, tuple[int, int]]]:
    """Owners and the span of each task a sentence quotes after them (X负责的“…”).

    >>> [(o.units[0].name, t) for o, t in quoted_tasks("如县发改局负责的“严格落实前期工作计划。”截至目前……", 0, 30)]
    [('县发改局', (9, 19))]
    """
    out = []
    for m in _QUOTED_TASK.finditer(text, start, end):
        owners = parse_owner_list(text, m.start("who"), m.end("who") + 2)  # with its 负责
        if owners and owners.units:
            out.append((owners, (m.start("task"), L.trim_end(text, m.start("task"), m.end("task")))))
    return out
