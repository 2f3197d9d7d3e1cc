"""Per-department task lists, as a supervision office (督查督办) tracks 分工 in Excel: one sheet per
agency, with who leads and who co-owns each task, its target and deadline, where it is written,
and empty 进展情况 / 备注 columns for the office to fill; a 汇总 sheet first.

Read from the store (never by re-parsing documents). Agencies are grouped by official name, so
市人社局 in one plan and 营口市人力资源和社会保障局 in another are one list. Sheets come by level
(national, provincial, municipal, county), then area in GB/T 2260 order (北京 before 辽宁 before
四川), then name, as officials list them.
"""

from __future__ import annotations

from ..kg.agencies import region
from ..store.embedded import PlanStore
from ..store.reading import due_dates, responsibilities, task_targets

COLUMNS = ["序号", "任务", "任务描述", "角色", "牵头单位", "配合单位", "目标", "完成时限", "截止日期", "专栏/章节", "规划",
           "层级", "来源:行", "进展情况", "备注"]

SUMMARY_COLUMNS = ["部门", "层级", "地区", "牵头", "配合", "推定牵头", "合计", "规划数"]
SUMMARY = "汇总"
_LEVELS = {"country": (0, "国家"), "province": (1, "省级"), "metropolitan": (2, "都市圈"), "city": (2, "市级"),
           "zone": (2, "市级"), "county": (3, "县级")}


def _day(iso: str | None):
    """A date cell for Excel (sorts and filters as a date), "" when the task has none."""
    from datetime import date

    return date.fromisoformat(iso) if iso else ""


def agency_level(jurisdiction: str) -> tuple[int, str]:
    """(rank, 国家/省级/市级/县级) of an agency by the kind of area it serves.

    >>> agency_level("辽宁省"), agency_level("营口市"), agency_level("中华人民共和国")
    ((1, '省级'), (2, '市级'), (0, '国家'))
    """
    return _LEVELS.get(region(jurisdiction).kind, (4, "")) if jurisdiction else (4, "")


def agency_order(agency: str, jurisdiction: str) -> tuple:
    """Sort key of a sheet: level, area (its GB/T 2260 code, then name), agency name."""
    r = region(jurisdiction) if jurisdiction else None
    return agency_level(jurisdiction)[0], (r.code or "999999") if r else "999999", jurisdiction, agency


def department_lists(store: PlanStore) -> tuple[dict, object]:
    """(agency → DataFrame of its tasks in :data:`COLUMNS`, sheets in :func:`agency_order`;
    the 汇总 DataFrame, one row per agency, busiest first)."""
    import pandas as pd  # lazy: heavy

    rows = responsibilities(store)
    targets, due = task_targets(store), due_dates(store)
    owners: dict[str, dict[str, list[str]]] = {}
    for r in rows:
        owners.setdefault(r["task_id"], {"牵头": [], "配合": [], "推定牵头": []})[r["角色"]].append(r["agency"])
    by_agency: dict[str, list[dict]] = {}
    where: dict[str, str] = {}
    for r in rows:
        by_agency.setdefault(r["agency"], []).append(r)
        where.setdefault(r["agency"], r["jurisdiction"])
    frames, summary = {}, []
    for agency in sorted(by_agency, key=lambda a: agency_order(a, where[a])):
        tasks = by_agency[agency]
        frames[agency] = pd.DataFrame(
            [[i, r["任务"], r["任务描述"], r["角色"], "、".join(owners[r["task_id"]]["牵头"] or owners[r["task_id"]]["推定牵头"]),
              "、".join(owners[r["task_id"]]["配合"]), targets.get(r["task_id"], ""), r["完成时限"], _day(due.get(r["task_id"])),
              r["专栏"], r["规划"], r["层级"], r["来源"], "", ""]
             for i, r in enumerate(tasks, 1)], columns=COLUMNS)
        roles = [r["角色"] for r in tasks]
        led, co, inferred = roles.count("牵头"), roles.count("配合"), roles.count("推定牵头")
        summary.append([agency, agency_level(where[agency])[1], where[agency], led, co, inferred, len(tasks),
                        len({r["规划"] for r in tasks})])
    summary.sort(key=lambda r: -r[6])  # busiest first (a stable sort: ties stay in sheet order)
    return frames, pd.DataFrame(summary, columns=SUMMARY_COLUMNS)


def summary_chart(ws, rows: int, top: int = 20) -> None:
    """A stacked bar chart (openpyxl) of the busiest agencies' 牵头 / 配合 / 推定牵头 beside the
    汇总 table on ``ws`` (its data rows 2…rows+1; the chart shows the first ``top``, which the
    caller has put busiest first)."""
    from openpyxl.chart import BarChart, Reference

    n = min(rows, top)
    if not n:
        return
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
    chart.title = f"任务最多的{n}个部门"
    chart.y_axis.title = "任务数"
    chart.add_data(Reference(ws, min_col=4, max_col=6, min_row=1, max_row=n + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=n + 1))
    chart.x_axis.scaling.orientation = "maxMin"  # (the busiest at the top)
    chart.height, chart.width = 4 + 0.5 * n, 18
    ws.add_chart(chart, "J2")
