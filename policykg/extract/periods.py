"""Times as plans write them, read as a reader reads them: the period of an indicator table's
column (``2020 年``, ``“十三五” 规划目标``, ``年均/累计``), the period a plan covers (its title:
十四五, 2023-2025年), and a task's deadline (``2025年底前``, ``2024年6月底前``, ``年内``,
``“十四五”期间``, ``2026年7月``, ``长期坚持``) as an interval of dates, the written form kept.

>>> read_deadline("2024年6月底前")
Due(written='2024年6月底前', start=None, end=datetime.date(2024, 6, 30), kind='by')
>>> d = read_deadline("年内", year=2023); (d.end, d.kind)
(datetime.date(2023, 12, 31), 'by')
>>> d = read_deadline("“十四五”期间"); (d.start, d.end, d.kind)
(datetime.date(2021, 1, 1), datetime.date(2025, 12, 31), 'during')
>>> read_deadline("二〇二五年底前").end
datetime.date(2025, 12, 31)
>>> read_column("“十三五” 规划目标")
Column(written='“十三五” 规划目标', start=2016, end=2020, role='target')
>>> plan_period("辽宁省人力资源社会保障领域全面振兴新突破三年行动方案(2023-2025年)")
(2023, 2025)
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta


def five_year_plan(ordinal: int) -> tuple[int, int]:
    """The years of the n-th five-year plan (the third began in 1966, after three years of
    adjustment: 十四五 = 2021–2025)."""
    start = 1953 + 5 * (ordinal - 1) if ordinal <= 2 else 1966 + 5 * (ordinal - 3)
    return start, start + 4


def _int(text: str) -> int:
    if text.isdigit():
        return int(text)
    if all(c in "〇零一二三四五六七八九" for c in text):  # 二〇二五: digit by digit
        return int("".join(str("〇一二三四五六七八九".index(c) if c != "零" else 0) for c in text))
    import cn2an

    return int(cn2an.cn2an(text, "smart"))


def _fyp(text: str) -> tuple[int, int] | None:
    m = re.search(r"十([一二三四五六七八九]?)五", text)
    if not m:
        return None
    return five_year_plan(10 + ("一二三四五六七八九".index(m.group(1)) + 1 if m.group(1) else 0))


def plan_period(title: str, year: int | None = None) -> tuple[int, int] | None:
    """The years a plan covers, from its title (十四五; 2023-2025年; 2024年…要点), else the year
    it was issued in (``year``), else None."""
    m = re.search(r"(\d{4})\s*[-—–~至到]+\s*(\d{4})\s*年?", title)
    if m:
        return int(m.group(1)), int(m.group(2))
    found = _fyp(title)
    if found:
        return found
    m = re.search(r"(\d{4})\s*年", title)
    if m:
        return int(m.group(1)), int(m.group(1))
    return (year, year) if year else None


@dataclass(frozen=True)
class Column:
    """An indicator table's column: the years it is about and what its figures are."""

    written: str
    start: int | None
    end: int | None
    role: str  # baseline / target / actual / expected / cumulative / annual / "" (a plain year)


_ROLES = [("基数", "baseline"), ("基期", "baseline"), ("现状", "baseline"), ("完成", "actual"), ("实际", "actual"),
          ("预计", "expected"), ("目标", "target"), ("累计", "cumulative"), ("年均", "annual")]


def read_column(written: str, plan: tuple[int, int] | None = None) -> Column:
    """The period and role of a column header; ``plan``: the plan's years (for 年均/累计 and for
    telling a baseline year from a target year)."""
    text = re.sub(r"\s+", "", written)
    role = next((r for word, r in _ROLES if word in text), "")
    m = re.search(r"(\d{4})年?", text)
    if m:
        y = int(m.group(1))
        if not role and plan:
            role = "baseline" if y < plan[0] else "target"
        return Column(written, y, y, role)
    found = _fyp(text) or (plan if role in ("cumulative", "annual") else None)
    return Column(written, found[0] if found else None, found[1] if found else None, role)


@dataclass(frozen=True)
class Due:
    """When a task is due: ``kind`` by (done by ``end``), during (within start–end), from
    (beginning at ``start``), ongoing (长期, 持续) or recurring (每年, 每季度); "" when unread."""

    written: str
    start: date | None = None
    end: date | None = None
    kind: str = ""


def _last(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SEASON = {"春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 12)}
_XUN = {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}
_MONTH = r"\d{1,2}|十[一二]?|[一二三四五六七八九]"
_DATE = re.compile(
    rf"(?:(?P<y>\d{{4}})年)?(?:(?P<part>上半年|下半年|全年|[春夏秋冬]季?|(?:第)?(?P<q>[一二三四1-4])季度(?P<qend>末)?)"
    rf"|(?P<m>{_MONTH})月份?(?:(?P<d>\d{{1,2}})日|(?P<xun>上旬|中旬|下旬|初))?)?"
    rf"(?P<tail>底前|底|末前|末|以前|之前|前|内|起|开始)?")
_TO = r"[至到\-—－~–]+"


def _month(text: str) -> int:
    return int(text) if text.isdigit() else _int(text)


def _span(m: re.Match, year: int | None) -> tuple[date, date] | None:
    """The interval one date expression names (``year``: where it names no year)."""
    y = int(m.group("y")) if m.group("y") else year
    if y is None or not (m.group("y") or m.group("part") or m.group("m")):
        return None
    part = m.group("part") or ""
    if part in ("上半年", "下半年", "全年"):
        return {"上半年": (date(y, 1, 1), date(y, 6, 30)), "下半年": (date(y, 7, 1), date(y, 12, 31)),
                "全年": (date(y, 1, 1), date(y, 12, 31))}[part]
    if part[:1] in _SEASON:
        a, b = _SEASON[part[0]]
        return date(y, a, 1), _last(y, b)
    if m.group("q"):
        q = _Q[m.group("q")]
        return (date(y, 3 * q - 2, 1) if not m.group("qend") else _last(y, 3 * q)), _last(y, 3 * q)
    if m.group("m"):
        mo = _month(m.group("m"))
        if not 1 <= mo <= 12:
            return None
        if m.group("d"):
            d = date(y, mo, min(int(m.group("d")), calendar.monthrange(y, mo)[1]))
            return d, d
        if m.group("xun"):
            a, b = _XUN[m.group("xun")]
            return date(y, mo, a), date(y, mo, min(b, calendar.monthrange(y, mo)[1]))
        return date(y, mo, 1), _last(y, mo)
    return date(y, 1, 1), date(y, 12, 31)


def _normalise(written: str, year: int | None) -> str:
    """One spelling for the forms a reader takes as the same: 二〇二五年, 2006.11.30, 202312月
    (a lost 年), 2016年6底 (a lost 月), 2023年年底, 明年 / 今年 (from the document's year)."""
    t = re.sub(r"\s+", "", written).replace("○", "〇")
    t = re.sub(r"([〇零一二三四五六七八九]{4})(?=年)", lambda m: str(_int(m.group(1))), t)
    t = re.sub(r"(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})", r"\1年\2月\3日", t)
    t = re.sub(r"(?<!\d)(\d{4})(\d{1,2})月", r"\1年\2月", t)
    t = re.sub(r"年(\d{1,2})底", r"年\1月底", t).replace("年年底", "年底").replace("年年末", "年末")
    t = re.sub(r"第(十[一二三四五六七八九]?)个五年规划", r"\1五", t)
    if year:
        t = t.replace("明年", f"{year + 1}年").replace("今年", f"{year}年").replace("本年度", f"{year}年")
    return t


def read_deadline(written: str, year: int | None = None, plan: tuple[int, int] | None = None) -> Due:
    """A deadline as a reader gives it (see the module docstring): ``year``, the year the
    document is about, for 年内 and 6月底前; ``plan``, the plan's years, for 期间 alone. When a
    text names several times, the last one it ends by is the deadline."""
    text = _normalise(written, year)
    if not text:
        return Due(written)
    if plan and re.fullmatch(r"(?:在)?(?:规划期|本规划期|规划实施期|实施期)(?:内|间)?|期间", text):
        return Due(written, date(plan[0], 1, 1), date(plan[1], 12, 31), "during")
    dates = [m for m in _DATE.finditer(text) if m.group("y") or m.group("part") or m.group("m")]
    if re.search(r"每(?:年|季度?|月|半年|周|两年)|定期", text) or len(re.findall(r"[月日](?:底前|底|前)?、", text)) >= 2:
        listed = {int(m.group("y")) for m in dates if m.group("y")} or ({year} if year else set())
        y = listed.pop() if len(listed) == 1 else None
        return Due(written, date(y, 1, 1) if y else None, date(y, 12, 31) if y else None, "recurring")
    fyp = _fyp(text)
    if fyp and re.search(r"十[一二三四五六七八九]?五[”\"」』]?(?:末|时期末|末期)", text):
        return Due(written, None, date(fyp[1], 12, 31), "by")
    if fyp and not dates:
        return Due(written, date(fyp[0], 1, 1), date(fyp[1], 12, 31), "during")
    m = re.search(rf"(\d{{4}})年?{_TO}(\d{{4}})年(底前|底|前)?", text)
    if m and 1900 < int(m.group(1)) <= int(m.group(2)) < 2200:
        return Due(written, date(int(m.group(1)), 1, 1), date(int(m.group(2)), 12, 31), "by" if m.group(3) else "during")
    m = re.search(r"(?:(\d{4})年起)?(\d+|[一二两三四五六七八九十]+)年内", text)
    if m and (m.group(1) or year):
        start = int(m.group(1)) if m.group(1) else year
        n = int(m.group(2)) if m.group(2).isdigit() else _int(m.group(2).replace("两", "二"))
        return Due(written, date(start, 1, 1), date(start + n - 1, 12, 31), "during" if m.group(1) else "by")
    m = re.search(r"(\d{1,2})月(\d{1,2})日" + _TO + r"(\d{1,2})日", text)
    y = int(dates[0].group("y")) if dates and dates[0].group("y") else year
    if m and y:
        mo = int(m.group(1))
        return Due(written, date(y, mo, int(m.group(2))), date(y, mo, int(m.group(3))), "during")
    if not dates and re.search(r"年[内底末]|全年", text):
        if not year:
            return Due(written, kind="by")
        if re.search(r"持续|长期|常态|全年", text):  # 年内持续推进: throughout the year
            return Due(written, date(year, 1, 1), date(year, 12, 31), "during")
        return Due(written, None, date(year, 12, 31), "by")
    known, context = [], year
    for m in dates:  # a date without a year is in the year of the date before it (1月1日至12月31日)
        span = _span(m, context)
        if span:
            known.append((m, span))
        context = int(m.group("y")) if m.group("y") else context
    if len(known) >= 2 and re.search(_TO, text[known[0][0].end():known[1][0].start()]):  # 2022年6月至2023年6月
        return Due(written, known[0][1][0], known[1][1][1], "during")
    found: list[tuple[date | None, date | None, str]] = []
    for m, span in known:
        tail = m.group("tail") or ""
        before = text[max(0, m.start() - 4):m.start()]
        if tail in ("起", "开始") or re.match(r"[^，。；]{0,12}(?:起|开始实施|开始执行)$", text[m.end():]):
            found.append((span[0], None, "from"))
        elif re.search(r"延续|延长|有效期|规划期", before):
            found.append((None, span[1], "during"))
        elif tail in ("前", "以前", "之前") and not m.group("d") and not m.group("part"):
            found.append((None, span[0] - timedelta(days=1), "by"))  # 2021年8月前: before August
        elif tail or before[-1:] in ("到", "至") or "完成" in text[m.end():m.end() + 3]:
            found.append((None, span[1], "by"))
        elif m.group("d"):  # a day named alone is the day it is due (2006.11.30)
            found.append((span[0], span[1], "by"))
        else:
            found.append((span[0], span[1], "during"))
    if found:
        start, end, kind = max(found, key=lambda f: (f[1] or f[0], f[2] != "from"))
        return Due(written, start, end, kind)
    if dates:  # a month or a day without a year the document gives
        return Due(written, kind="by" if re.search(r"底|前|末", text) else "during")
    if re.search(r"长期|持续|常态|逐步|久久为功|稳步", text):
        return Due(written, kind="ongoing")
    return Due(written)

