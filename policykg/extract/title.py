"""The plan's title: its identity, read from the evidence a header gives.

In order of trust:

1. the 印发 notice, ``X关于印发《Y》的通知`` → Y, also when the notice is broken over several
   lines, sits behind a banner (``【栏目】…``) or a metadata label (``信息名称：…``);
2. a title block: consecutive short lines that together end like a plan title
   (``国务院关于加快推进某某产业`` / ``转型升级的指导意见``), with a bracket line such as
   ``（2023-2025年）`` after it;
3. a notice that is itself the document (``X关于Y的通知`` without 印发);
4. a report naming the plan it carries (``《Y》（文号）印发``);
5. the first line that reads like text (not a page marker, a URL or a menu).

>>> from policykg.extract.text import normalise
>>> from policykg.extract import lines as L
>>> norm = normalise("国务院关于加快推进某某产业\\n转型升级的指导意见\\n国发〔2030〕1号\\n")
>>> find_title(norm, L.split_lines(norm)).title
'国务院关于加快推进某某产业转型升级的指导意见'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..ontology import vocab
from . import lines as L
from . import title_page as P
from .names import owner_kind
from .tables import column_kind_exact
from .text import NormText
from .title_wording import covers, place_put_in, same_title, subsequence, title_key

NOTICE = re.compile(r"^(?P<issuer>.*?)(?:关于印发|印发|关于下达|下达)\s*《?(?P<title>.+?)》?\s*的通知$")
OWN_NOTICE = re.compile(r"^(?P<issuer>.*?)关于(?P<topic>.+)的(通知|决定|意见|批复|通报|公示|公告|通告)$")
_OWN_ENDINGS = ("通知", "通报", "公示", "公告", "通告")  # a notice that is the document itself, not its plan
_TAIL = re.compile(r"^（[^（）]{2,20}）$")
_PART = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]$")  # 分工方案（一）: a part of the plan, not its title
_YEAR_NOTE = re.compile(r"[（(](\d{4}(-\d{4})?年(版|度)?|[一二三四五六七八九十]{1,3}|征求意见稿|送审稿|草案|试行|暂行)[）)]$")  # notes a title may end with
_REPORT = re.compile(r"《([^《》]{4,80})》\s*(（[^（）]*号）)?\s*(?:正式)?(?:制定)?(?:印发|出台|发布|提出|提到|明确)|(?:印发|出台|发布|形成)(?:了)?《([^《》]{4,80})》"
                     r"|^\s*《([^《》]{4,80})》(?:已经|已)[^。]{0,20}同意", re.MULTILINE)
_TEXTLIKE = re.compile(r"[\u4e00-\u9fa5]{4}")
_QUOTED = re.compile(r"['\"](?P<q>[^'\"，。；：\s]{6,80}?)['\"]")  # a field of a database export's row
_DATE = re.compile(r"^[\d〇○零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_NEEDS_ABOUT = re.compile(r"的(指导|实施|若干)?(意见|决定|通知)$")


@dataclass
class Title:
    title: str
    line: L.Line | None
    issuer: str = ""  # the issuing body a notice names ("" when it does not)
    evidence: str = ""  # notice | block | own notice | report | first line


def clean_title(title: str) -> str:
    """A title as written, with layout spaces removed (PDF and web pages break titles) and the
    inner title marks of a notice (印发〈X〉的通知) dropped.

    >>> clean_title("〈四川省稳就业若干措施〉")
    '四川省稳就业若干措施'
    """
    title = re.sub(r"\s+", "", title)
    title = _TITLE_NOISE.sub("", title)
    wrapped = (title[:1], title[-1:]) in (("《", "》"), ("〈", "〉"))
    return title[1:-1] if wrapped and title.count(title[0]) == 1 else title


# Around a title, not part of it: a page's 【栏目】 tag, a count note (共118项), a headline before !,
# the date it was issued, a page number and the 附件 mark before it, a table's unit note after it
_TITLE_NOISE = re.compile(r"^【[^】]{1,12}】|^[^！!《》]{2,30}[！!]+(?=[\u4e00-\u9fa5]{8})|[（(]共\d{1,4}项[）)]$"
                          r"|[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$"  # …工作要点（2023年04月28日）
                          r"|^(\d{1,3}[―—–-])?附件(\d{1,2}(?!\d))?[：:]?(?=\S{8})"  # 22―附件2019年…计划表
                          r"|(?<=[表单])[（(]?单位[：:][^，。：]{1,6}[）)]?$")  # …计划表单位：万元


_RUN_ON = re.compile(r"(?P<title>.{6,}?(通知|意见|方案|规划|计划|要点|措施|清单|办法|决定))"
                     r"(?=\s*([\u4e00-\u9fa5]{1,8}\s*[〔\[［]\s*\d{4}|一、|(发布|成文|发文|印发)(日期|时间)|(信息)?来源\s*：|浏览|字体"
                     r"|。(为|根据|按照|经)))"
                     # …的通知中华文库 (a site's name), not …的意见任务分工的通知 (the title goes on to its end)
                     r"|(?P<notice>.{6,}?的(通知|意见|决定))(?=(?![\u4e00-\u9fa5]*(通知|意见|决定|方案|分工)$)[\u4e00-\u9fa5]{2,8}$)"
                     r"|(?P<about>.*?关于.{2,}?的(通知|决定))(?=[^》〉”\s])")  # 关于印发X的通知“十一五”…: a notice ends there
_DOCNO_TAIL = re.compile(r"\s*[（(][^（）()]{0,12}[〔\[［]\d{4}[〕\]］]\s*\d{1,4}\s*号[）)]\s*$")
# A header line ending in a word that needs what follows (推动, 关于, 和, 的 …) goes on in the next.
_GOES_ON = re.compile(r"(推动|促进|加快|推进|加强|深化|支持|做好|关于|进一步|全面|和|与|及|的|对|为|》|\d{4}年度?)$")
# How a title's first line opens when the title wraps: 2023年上海市发展和改 / 革委员会政务公开工作要点,
# 7月20日市容环境 / 综合整治情况的通报, 深圳市2025年优化 / 法治化营商环境工作方案 (not 2023年第5期)
_OPENS = re.compile(r"^(关于|全[省市县区]|[省市区县](?=[\u4e00-\u9fa5]{1,8}\d{4}年)|([\d〇○零一二三四五六七八九]{4})年(?!第?\d{1,3}期$)|\d{1,2}月\d{1,2}日"
                    r"|[\u4e00-\u9fa5]{1,8}?[省市区县州盟旗镇乡](?=[\u4e00-\u9fa5\d“《]))")
# A header line citing the plan with its 文号: (issuer)《关于…》（文号）
_CITED = re.compile(r"(?P<issuer>[^《》]{0,20})《(?P<title>[^《》]{6,80})》(（[^（）]*〔\d{4}〕\d+号）)?")


@functools.cache
def _site_after_space() -> re.Pattern:
    """…若干措施的通知 中华文库: a short name after a space that follows a complete title."""
    ends = "".join(sorted({w[-1] for w in vocab()["plan"]["title_endings"]} | set("知定")))
    return re.compile(rf"(?<=[{ends}])\s+[\u4e00-\u9fa5]{{2,8}}\s*$")


def _title_span(text: str) -> tuple[int, int]:
    """Where a title can stand in a header line: not in a site's name after it (…的通知 中华文库),
    trailing cell marks, what a page or a PDF ran on after it (title 豫政〔2023〕5号 现将…, title一、…,
    title发布日期：…), a 文号 or continuation note after it; in a metadata table's row, the cell
    after 名称：."""
    t = text
    site = _site_after_space().search(t)
    if site:
        t = t[: site.start()]
    t = t.rstrip(" |｜")
    run_on = _RUN_ON.search(t)
    if run_on and not re.search(r"[，。；]", t[: run_on.end()]):
        t = t[: next(run_on.end(g) for g in ("title", "notice", "about") if run_on.group(g))]
    tail = _DOCNO_TAIL.search(t) or P.CONTINUED.search(t)
    if tail:
        t = t[: tail.start()]
    cells = list(re.finditer(r"[^|｜]+", t)) if ("|" in t or "｜" in t) else []
    for n, m in enumerate(cells[:-1]):  # 名称： | 2023年…清单 | 文号： | 无 |
        if P.LABEL.match(m.group(0).strip()):
            return cells[n + 1].span()
    keys = vocab()["plan"]["metadata_keys"]
    if any(re.sub(r"[\s：:]", "", m.group(0)) in keys for m in cells):
        return 0, 0  # 主题词 | 兴平市 人民政府 印发 … 的通知 |: the page's other metadata, no title
    return 0, len(t)


_TITLE_WINDOW = 400  # characters of a header line a title can stand in


def _compact(norm: NormText, line: L.Line) -> tuple[str, str]:
    """A header line without spaces, banner or metadata label: (normalised, as written). The
    two have the same length (normalising maps a character to one character), so a match in
    the first is sliced from the second."""
    end = min(line.end, line.start + _TITLE_WINDOW)  # a page flattened to one line: its title opens it
    text, written = line.text[: end - line.start], norm.written(line.start, end)
    if "\t" in text or P.MENU.search(text):  # a table row (序号 | 年度目标任务 | 进展情况), a site's menu
        return "", ""
    if len(written) == len(text):
        a, b = _title_span(text)
        text, written = text[a:b], written[a:b]
    text, written = re.sub(r"\s+", "", text), re.sub(r"\s+", "", written)
    cited = _CITED.fullmatch(text)
    if cited and (not cited.group("issuer") or owner_kind(cited.group("issuer"))) and len(written) == len(text):  # 国务院办公厅《关于…的指导意见》（国办发〔2019〕38号）
        a, b = cited.span("title")
        text, written = (t[: a - 1] + t[a:b] for t in (text, written))
    cut = len(text) - len(P.LABEL.sub("", P.BANNER.sub("", P.BANNER.sub("", text))))  # 【国家】（2005）国务院办公厅…
    docno = L.DOCNO.match(text, cut)
    if docno and len(text) - docno.end() >= 8:  # 龙府发〔2009〕23号成都市…的通知: the 文号 before the title
        cut = docno.end()
    cut += len(P.FILE_NUMBER.match(text[cut:]).group(0)) if P.FILE_NUMBER.match(text[cut:]) and P.FILE.search(text) else 0
    site = P.SITE.search(text) or P.FILE.search(text)
    stop = site.start() if site and site.start() > cut + 8 else len(text)
    if len(written) != len(text):
        written = text
    return text[cut:stop], written[cut:stop]


def _fragment(text: str) -> bool:
    return 2 <= len(text) <= 30 and not re.fullmatch(r"[\d年月日.\-/]+", text) and not P.FRAGMENT_BAD.search(text) and not L.DOCNO.fullmatch(text) \
        and not _DATE.match(text) and not _TAIL.match(text) and not L.heading(text) and not L.BOX.match(text) and not P.SITE_NAME.match(text)


def _joins(compact: list[str], i: int) -> list[tuple[str, int]]:
    """Line ``i`` alone and joined with up to three short lines above it, shortest first, as
    (text, index of the first line): a title broken over lines is one of them."""
    out, joined, j = [(compact[i], i)], compact[i], i
    while j > 0 and i - j < 3 and _fragment(compact[j - 1]):
        j -= 1
        joined = compact[j] + joined
        out.append((joined, j))
    return out


def _wraps(line: str, endings: tuple[str, ...]) -> bool:
    """``line`` opens a title that goes on below it: it starts as titles do, is no organisation
    and no whole title itself, and is not closed by a bracket or a year."""
    return bool(_OPENS.match(line)) and (line.startswith("关于") or not owner_kind(line)) and not _plan_title(_YEAR_NOTE.sub("", line), endings) \
        and not re.search(r"[）)】”]$", line) and not _DATE.match(re.sub(r"[^\d〇○零一二三四五六七八九十年月日]", "", line))


def _headline(compact: list[str], j: int, endings: tuple[str, ...]) -> str:
    """Line ``j``, with the line below when it wraps there (7月20日市容环境 / 综合整治情况的通报)."""
    below = compact[j + 1] if j + 1 < len(compact) else ""
    # (or a line that goes on into a short line with a title's end: 突出生态环境问题 / 整改验收销号公示)
    ends = not compact[j].endswith(endings + _OWN_ENDINGS) and below.endswith(endings + _OWN_ENDINGS) and len(below) <= 12
    return compact[j] + below if (_wraps(compact[j], endings) or ends) and _fragment(below) else compact[j]


def _lead_in(text: str) -> str:
    """某区高新技术企业奖励政策：关于深入实施…的若干政策意见 → the title after the lead-in."""
    head, _, rest = text.rpartition("：")
    return rest if head and len(rest) >= 8 else text


@functools.cache
def _annex_or_bare() -> re.Pattern:
    """A plan named without 《》: as an attachment (附件:常熟市2018年政府工作任务分解表), or in a
    report (…人民政府发布发黑龙江省“十四五”节能减排综合工作实施方案的通知); or the notice that
    issues it cited whole (《印发关于办好十件民生实事的分工方案的通知》)."""
    ends = "|".join(map(re.escape, sorted(vocab()["plan"]["title_endings"], key=len, reverse=True)))
    return re.compile(rf"附件\d{{0,2}}\s*[：:]\s*(?P<t>[^，。；：\s《》]{{6,60}}?(?:{ends}))(?=[\s。；]|$)"
                      rf"|(?:印发|发布)了?发?(?!关于)(?P<b>[^，。；：\s《》]{{6,60}}?(?:{ends}))的通知"
                      # 挂出《印发关于办好十件民生实事的分工方案的通知》: the notice cited, the plan inside it
                      rf"|《[^《》]{{0,20}}?印发(?P<c>[^《》]{{4,80}}?(?:{ends}))的通知》")


def _plan_title(text: str, endings: tuple[str, ...]) -> bool:
    return 4 <= len(text) <= 80 and text.endswith(endings) and not re.search(r"[。，；：>＞›]|\d{4}年\d{1,2}月\d{1,2}日", text) \
        and not text.startswith(("关于印发", "为", "依据", "根据", "（")) and "印发" not in text \
        and not re.match(r"^\d{1,2}[.、．]", text)  # 2.某某分解: an item of an attachment list


def find_title(norm: NormText, header: list[L.Line]) -> Title:
    """The plan's title from the header lines (see the module docstring), completed by the notice
    that issues it (see :func:`_completed`)."""
    found = _found_title(norm, header)
    found = _completed(found, norm, header) if found.title else found
    plan = re.fullmatch(r"(?P<plan>.+?)的通知", found.title)
    if plan and "关于" not in found.title and "印发" not in found.title \
            and _plan_title(plan.group("plan"), tuple(vocab()["plan"]["title_endings"])):
        # 2022市食品安全重点工作安排的通知 (a file's name): the notice of the plan it carries
        return Title(plan.group("plan"), found.line, found.issuer, found.evidence)
    return found


def _cited_titles(text: str) -> set[str]:
    """The keys of the titles ``text`` cites in 《》."""
    return {title_key(m.group(1)) for m in re.finditer(r"《([^《》]{4,80})》", text)}


def _one_of_several(norm: NormText, header: list[L.Line], notice: Title, block: Title) -> Title | None:
    """The heading below the notice (with the line above it, when it wraps: 政府工作报告“十四五”时期 /
    重点工作责任分解) when it names one of several plans the notice cites in 《》."""
    if notice.line is None or block.line is None or block.line.start <= notice.line.end:
        return None
    cited = _cited_titles(norm.text[notice.line.end : block.line.start])
    k = next((n for n, ln in enumerate(header) if ln is block.line), None)
    above = header[k - 1] if k else None
    for line, title in ((block.line, block.title), (above, (above.text.strip() if above else "") + block.title)):
        own = title_key(title)  # (not a heading the notice's title words more fully: 2019年 + 政府工作报告…)
        if line is not None and len(cited) >= 2 and own in cited and not subsequence(own, title_key(notice.title)):
            return Title(clean_title(title), line, block.issuer, block.evidence)
    return None


# The plan a notice issues: 现将《X》印发给你们, 《X》已经市政府同意，现印发给你们
_ISSUED = re.compile(r"现将《(?P<a>[^《》]{4,100})》|《(?P<b>[^《》]{4,100})》[^。《》]{0,40}?(?:现\s*予\s*印\s*发|印\s*发\s*给\s*你\s*们)")  # (a PDF's line break: 印发给 你们)
_TWO = re.compile(r"《(?P<a>[^《》]{4,100})》和《")


def _completed(found: Title, norm: NormText, header: list[L.Line]) -> Title:
    """A title that is only the end of the plan's title (兰西城市群建设2020年重点任务清单 under a
    first line 海东市与兰州市、临夏州共同推进) takes the whole one the notice issues; a notice issuing
    two plans at once (…重点工作和民生实事项目责任分工方案) gives the first plan, whose own heading
    follows or whose title the notice cites first."""
    key = re.sub(r"[?？\ufffd]", "", title_key(found.title))  # 贵州?017年…: a character a bad encoding lost
    end = min(len(norm.text), (header[-1].end if header else 0) + 3000)
    matches = list(_ISSUED.finditer(norm.text, 0, end))
    issued = [clean_title(m.group("a") or m.group("b")) for m in matches]
    # the plan's own heading under the notice that issues it is its title as it calls itself
    # (九江市支持大南昌都市圈发展行动方案, which its notice cites as 《…发展的行动方案》)
    heading_after = found.evidence == "block" and found.line is not None and any(m.end() <= found.line.start for m in matches)
    for written in issued:  # (the 《》 of the 印发 sentence, which names the plan in full)
        if heading_after and title_key(written).replace("的", "") == key.replace("的", ""):
            break  # only a 的 apart: the heading stands
        full = title_key(written)
        if len(key) >= 8 and full != key and len(full) >= len(key) and len(full) - len(key) <= 24 \
                and subsequence(key, full) and not place_put_in(key, full):
            # …政策若干措施 → 厦门市…政策的若干措施: the same words and more (the plan's own heading
            # stands when the notice only adds where it applies: 2025年上海市奉贤区…)
            return Title(written, found.line, found.issuer, found.evidence)
    if "和" in key:
        lines = [clean_title(ln) for ln in norm.text[:end].split("\n")]
        firsts = [clean_title(m.group("a")) for m in _TWO.finditer(norm.text, 0, end)]
        endings = tuple(vocab()["plan"]["title_endings"])
        for written in lines + firsts:  # (compared without marks, given as written)
            cand = title_key(written)
            # the two plans share the words around 和: 2018年政府工作报告重点工作[和十方面民生实事]责任分解
            if 8 <= len(cand) < len(key) and cand[:6] == key[:6] and cand[-2:] == key[-2:] and "和" not in cand \
                    and _plan_title(cand, endings) and subsequence(cand, key):
                return Title(written, found.line, found.issuer, found.evidence)
    return found


def _found_title(norm: NormText, header: list[L.Line]) -> Title:
    endings = tuple(vocab()["plan"]["title_endings"])
    stop = next((i for i, ln in enumerate(header) if L.heading(ln.text) or L.heading(re.sub(r"\s+", "", ln.text))
                 or L.BOX.match(ln.text)), len(header))  # 一 、 承担的…: a heading a PDF spaced out
    header = header[:stop]
    # titles the header cites in 《》: a 的意见 heading without 关于 is a title when its notice cites it so
    cited = _cited_titles("\n".join(ln.text for ln in header))
    pairs = [_compact(norm, ln) for ln in header]
    compact = [c for c, _ in pairs]
    written = "".join(w for _, w in pairs)
    starts = [0]
    for c in compact:
        starts.append(starts[-1] + len(c))
    as_written = lambda j, a, b: clean_title(written[starts[j] + a : starts[j] + b])  # noqa: E731
    notice = block = own = None
    for i in range(len(header)):
        joins = _joins(compact, i)
        for text, j in reversed(joins):  # the longest notice: it carries its issuer
            m = NOTICE.match(text)
            if m and notice is None:
                a, b = m.span("title")
                # 印发《A方案》和《B要点》的通知 (or without marks): the first plan; not 《A分解和B方案》
                both = re.search(r"》和《" if text[a - 1 : a] == "《" else "和", text[a:b])
                rest = text[a + both.end() : b].rstrip("》") if both else ""
                if both and _plan_title(text[a : a + both.start()].rstrip("》"), endings) and _plan_title(rest, endings) and len(rest) >= 8:
                    b = a + both.start()
                notice = Title(as_written(j, a, b), header[j], as_written(j, *m.span("issuer")), "notice")
        # a later title that holds the one found whole (X / X（2016—2030年）实施分工方案, 石景山区X)
        extends = block is not None and any(clean_title(block.title) in c and len(c) > len(block.title) for c, _ in joins[1:])
        header_cell = column_kind_exact(compact[i])  # 目标 / 任务: a table's header cells, never a title's end
        if not header_cell and (block is None or extends or block.title.startswith(tuple(c for c, _ in joins if len(c) >= 8))):
            # The shortest whole title: a line that reads as a complete title stands alone (the
            # banner lines above it are not part of it); a fragment (发展规划, a 的意见 title without
            # its 关于) takes the lines above it, never a line that is only an organisation; a
            # title that opens with 关于 on the line above is taken whole. A later title that an
            # earlier one only extends (X / X第一季度进展情况) is the plan's.
            about = [(t, j) for t, j in joins if j < i and compact[j].startswith("关于")]
            for text, j in about[-1:] + joins:
                if j < i and owner_kind(compact[j]) and not compact[j].startswith("关于"):
                    break
                above = compact[j - 1] if j > 0 else ""
                if _fragment(above) and (_GOES_ON.search(above) or above.count("《") > above.count("》") or _wraps(above, endings)
                                         or text.startswith(("及", "和", "与", "暨"))) and j - 1 >= i - 3:
                    # 广东省激发企业活力推动 / 高质量发展的若干政策措施; 《政府工作报告》2022年重点工作 /
                    # 及民生实事项目任务分解方案: the line above goes on here
                    continue
                full, text = text, _lead_in(text)
                core = _YEAR_NOTE.sub("", text)
                if not _plan_title(core, endings) or len(core) < 8 or (
                        _NEEDS_ABOUT.search(core) and "关于" not in core and title_key(core) not in cited):
                    continue
                tail = compact[i + 1] if i + 1 < len(compact) else ""
                start, end = len(full) - len(text), len(full) + (len(tail) if _TAIL.match(tail) else 0)
                above = compact[j - 1] if j > 0 else ""
                if start == 0 and text.startswith("关于") and owner_kind(above) == "department" and not P.SITE_NAME.match(above):
                    j = j - 1  # 石家庄市人民政府 / 关于促进…的实施意见: the issuer opens the title
                    end += len(above)
                title = as_written(j, start, end)
                block = Title(title[: -len(_PART.search(title).group(0))] if _PART.search(title) else title, header[j], evidence="block")
                break
        for text, j in reversed(joins):
            m = OWN_NOTICE.match(text)
            if own is None and m and text.endswith(_OWN_ENDINGS) and "印发" not in text and "关于" in text:
                own = Title(as_written(j, 0, len(text)), header[j], as_written(j, *m.span("issuer")), "own notice")
    if notice and block and same_title(notice.title, block.title):
        return block  # the plan's own title line, where the notice words it slightly otherwise
    heading = _one_of_several(norm, header, notice, block) if notice and block else None
    if heading is not None:
        return heading  # the notice issues 《A》《B》和《C》; the heading under it says the tasks are A's
    if notice:
        return notice
    attached = any(ln.text.startswith("附件") for ln in header)  # the tasks are in an attachment, titled by it
    topic = OWN_NOTICE.match(re.sub(r"\s+", "", own.title)).group("topic") if own else ""
    if block and own and not attached and len(own.title) > len(block.title) and covers(own.title, block.title) \
            and _plan_title(topic.strip("《》"), endings) and "转发" not in own.title:  # (a notice forwarding the plan)
        # 吉林：应对…若干政策措施 (a headline) / 吉林省人民政府办公厅关于应对…若干政策措施的通知; not a notice
        # about something else than a plan (关于分解落实…民生实事项目的通知 over its …任务分解方案)
        return own
    if block:
        return block
    if own:
        return own
    for rx, groups in ((P.SHARED_FILE, ("title",)), (_REPORT, (1, 3, 4)), (_annex_or_bare(), ("t", "b", "c"))):
        m = rx.search(norm.text, 0, header[-1].end if header else 0)
        group = next((g for g in groups if m and m.group(g)), None)  # the first match, by the form it has
        if group is not None:
            line = next((ln for ln in header if ln.start <= m.start(group) < ln.end + 1), None)
            return Title(clean_title(norm.written(m.start(group), m.end(group))), line, evidence="report")
    for j, ln in enumerate(header):  # a page repeats its title: as the page's title and as the heading
        text = compact[j]
        if len(text) >= 8 and compact.count(text) >= 2 and _TEXTLIKE.search(text) and not P.FRAGMENT_BAD.match(text) \
                and not L.FIELD_START.match(text):  # (责任单位：区教委 under each item is no title)
            return Title(as_written(j, 0, len(text))[:60], ln, evidence="first line")
        quoted = _QUOTED.search(ln.text)
        if quoted and _plan_title(quoted.group("q"), endings):  # ('46','11','news','关于推进…实施意见',…: an export's row
            return Title(quoted.group("q"), ln, evidence="first line")
    for j, ln in enumerate(header):
        text = compact[j]
        if not _TEXTLIKE.search(text) and ln.text.startswith("【") and _TEXTLIKE.search(ln.text) and "】" in ln.text:
            return Title(ln.text.strip()[:60], ln, evidence="first line")  # 【文明卫生县城创建通报】3月26日至30日: a headline
        if re.search(r"(来源|发布时间|发布日期)\s*：", ln.text) or P.SITE_NAME.match(text) or owner_kind(text):
            continue  # the page's metadata (发布时间：…), a site's name, the organisation alone above its title
        if P.SITE_LINKS.search(text) and not text.endswith(endings):
            continue  # 中国政府网 | 重庆市人民政府网 区人大 区政协 网站专栏: the site's links
        text = _headline(compact, j, endings)
        if _TEXTLIKE.search(text) and not P.FRAGMENT_BAD.match(text) and not L.DOCNO.fullmatch(text) and not P.BYLINE.search(text) \
                and not text.endswith("：") and not re.search(r"[，。]", text):  # not addressees, not prose
            k = next((k for k in range(j + 1, min(j + 6, len(compact))) if compact[k].startswith("关于")
                      and covers(_headline(compact, k, endings), text)), j)  # the page's headline / 关于 + the same words
            return Title(as_written(k, 0, len(_headline(compact, k, endings)))[:60], header[k], evidence="first line")
    return Title("", header[0] if header else None, evidence="")
