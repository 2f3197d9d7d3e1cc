"""Choose a view, build its graph from the store and write the HTML file."""

from __future__ import annotations

from pathlib import Path

from ..store.embedded import PlanStore
from . import views
from .render import write_html


def make_view(store: PlanStore, view: str, name: str | None, plan: str | None, path: Path) -> tuple[int, int]:
    """Write one view; returns (nodes, edges) drawn (0 nodes: nothing matched, nothing written)."""
    if view == "departments":
        g = views.departments_view(store, plan)
        title, sub = "部门与任务 Agencies and tasks", f"规划：{plan}" if plan else "全部规划 all plans"
    elif view == "plans":
        g = views.plans_view(store, plan)
        title, sub = "规划层级 Plan hierarchy", "国家 → 省 → 市 → 都市圈；虚线：仅被引用的上位规划" + (f"；规划：{plan} 及其上位规划" if plan else "")
    elif view == "trace":
        g = views.trace_view(store, name)
        title, sub = f"任务追踪 Commitment trace：{name}", "每行一个层级；箭头：上级任务 → 落实它的下级任务（carried out by）"
    else:
        g = views.department_view(store, name)
        title, sub = f"部门 Agency：{name}", "该部门的任务、共同承担的部门与规划"
    if g.number_of_nodes():
        write_html(g, path, title, f"{sub} · {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    return g.number_of_nodes(), g.number_of_edges()
