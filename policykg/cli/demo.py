"""``policykg demo``: build the bundled example plans and write the main exports."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from ..ontology import HERE as ONTOLOGY_DIR

EXAMPLES = ONTOLOGY_DIR.parent / "examples"


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))


def run_demo(out_dir: Path, echo: Callable[[str], None]) -> int:
    """Build the examples into ``out_dir/store`` and write exports next to it. Returns the
    exit status (0 when every example built)."""
    from ..build.documents import build
    from ..export.tables import text_width
    from ..export.tables import ALIGNMENT_COLUMNS, EXTRA_COLUMNS, TASK_COLUMNS, alignment_rows, result_rows, task_rows, write_rows
    from ..files import atomic_text
    from ..store.queries import named_queries
    from ..export.stats import store_stats
    from ..store.embedded import PlanStore

    out_dir.mkdir(parents=True, exist_ok=True)
    store = PlanStore(out_dir / "store")
    echo(f"Building {len(example_files())} bundled example documents ({EXAMPLES})")
    t0 = time.perf_counter()
    results = build(example_files(), store, on_done=lambda s: echo("  " + s.line()))
    echo(f"built in {time.perf_counter() - t0:.2f} s\n")
    echo(store_stats(store))
    written = []
    rows = task_rows(store)
    for fmt in ("csv", "md"):
        path = out_dir / f"tasks.{fmt}"
        with atomic_text(path) as fh:
            write_rows(rows, TASK_COLUMNS + EXTRA_COLUMNS, fmt, fh)
        written.append((path, f"{len(rows)} tasks"))
    aligned = alignment_rows(store)
    with atomic_text(out_dir / "alignments.csv") as fh:
        write_rows(aligned, ALIGNMENT_COLUMNS, "csv", fh)
    written.append((out_dir / "alignments.csv", f"{len(aligned)} alignments"))
    for name in ("plan-hierarchy", "plan-parents", "department-workload", "department-counterparts", "unaligned-tasks"):
        res = store.select(named_queries()[name].text)
        path = out_dir / f"{name}.csv"
        with atomic_text(path) as fh:
            write_rows(result_rows(res), res.columns, "csv", fh)
        written.append((path, f"{len(res.rows)} rows"))
    echo("\nplan hierarchy (plan → parent):")
    for r in result_rows(store.select(named_queries()["plan-parents"].text)):
        mark = " [in corpus]" if r["parent_in_corpus"] == "yes" else ""
        echo(f"  {r['plan']} → {r['parent']}{mark}")
    echo("\none commitment at two levels (policykg query commitment-trace --param keyword=劳务品牌):")
    trace = store.select(named_queries()["commitment-trace"].text, {"keyword": "劳务品牌"})
    for r in result_rows(trace):
        carries = f"  → carries out {r['carries_out']} ({r['score']})" if r["carries_out"] else ""
        echo(f"  {r['level']:<10} {r['task']} — {r['owner']}{carries}")
    echo("\nfirst tasks:")
    for r in rows[:5]:
        owner = r["lead"] or f"{r['owner_inferred']} (inferred)"
        echo(f"  {r['source']}:{r['line']} 专栏{r['box_no']}-{r['item_no']} {r['task']} — {owner}")
    written += _views_and_workbooks(store, out_dir)
    echo("\noutputs:")
    echo(f"  store      {out_dir / 'store'}   (policykg query … --store {out_dir / 'store'})")
    for path, what in written:
        echo(f"  {path.name}{' ' * max(1, 32 - text_width(path.name))}{what}{' ' * max(1, 22 - text_width(what))}{path}")
    return 0 if all(r.status != "failed" for r in results) else 1


def _views_and_workbooks(store, out_dir: Path) -> list[tuple[Path, str]]:
    """The files people open: HTML views, Excel task lists, matrix, indicator values and targets, the
    network for Gephi."""
    from ..export.targets import DATE_COLUMNS, INDICATOR_COLUMNS, NUMBER_COLUMNS, TARGET_COLUMNS, indicator_rows, target_rows
    from ..export.workbook import write_sheet
    from ..viz.build import make_view
    from ..export.tables import write_rows
    from ..files import atomic_text
    from ..export.network import WORKLOAD_COLUMNS, collaboration_graph, workload
    from ..export.publish import write_department_lists, write_graph, write_matrix

    written = []
    for view, name, file in [("departments", None, "view-departments.html"), ("plans", None, "view-plans.html"),
                             ("trace", "劳务品牌", "view-trace-劳务品牌.html"),
                             ("department", "辽宁省人力资源和社会保障厅", "view-department-省人社厅.html")]:
        nodes, edges = make_view(store, view, name, None, out_dir / file)
        written.append((out_dir / file, f"{nodes} nodes"))
    n = write_department_lists(store, "xlsx", str(out_dir / "部门任务清单.xlsx"))
    written.append((out_dir / "部门任务清单.xlsx", f"汇总 + {n} agencies"))
    tasks, agencies = write_matrix(store, "xlsx", out_dir / "责任矩阵.xlsx")
    written.append((out_dir / "责任矩阵.xlsx", f"{tasks} × {agencies}"))
    for file, sheet, rows_, columns, what in (
            ("指标.xlsx", "指标", indicator_rows(store), list(INDICATOR_COLUMNS.values()), "indicator values"),
            ("目标与时限.xlsx", "目标与时限", target_rows(store), TARGET_COLUMNS, "tasks")):
        write_sheet(rows_, columns, out_dir / file, sheet, NUMBER_COLUMNS, DATE_COLUMNS)
        written.append((out_dir / file, f"{len(rows_)} {what}"))
    rows = workload(collaboration_graph(store))
    with atomic_text(out_dir / "workload.csv") as fh:
        write_rows(rows, WORKLOAD_COLUMNS, "csv", fh)
    written.append((out_dir / "workload.csv", f"{len(rows)} agencies"))
    nodes, edges = write_graph(store, "gexf", out_dir / "policykg.gexf")
    written.append((out_dir / "policykg.gexf", f"{nodes} nodes"))
    return written
