"""Files for people and other tools: department task lists (xlsx / csv / md), the responsibility
matrix, the whole task list as a sheet, and the network as GraphML/GEXF. Every file is written
through files.py, so a reader never sees half a file.

CSV files meant for Excel carry a UTF-8 byte-order mark: without it Excel in a Chinese locale
reads UTF-8 as GBK and shows mojibake.
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

from .tables import md_text, write_rows
from ..files import atomic_path, atomic_text
from ..store.embedded import PlanStore
from .departments import SUMMARY, department_lists
from .workbook import responsibility_matrix, sheet_names, write_matrix_xlsx, write_xlsx


def write_department_lists(store: PlanStore, fmt: str, output: str | None, department: str | None = None,
                           bom: bool = True) -> int:
    """Write one task list per agency (``department``: that agency's only), with the 汇总 first
    (a sheet, a 汇总.csv, or a section); returns the number of agencies. ``bom``: CSV files
    start with a UTF-8 byte-order mark (for Excel)."""
    frames, summary = department_lists(store)
    if department:
        frames = {k: v for k, v in frames.items() if k == department}
        summary = summary[summary["部门"] == department]
    if fmt == "xlsx":
        write_xlsx(frames, Path(output), freeze="C2", summary=summary)
    elif fmt == "csv":
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        names = sheet_names([SUMMARY] + list(frames))  # the same safe, unique names as the sheets
        for key, df in [(SUMMARY, summary), *frames.items()]:
            with atomic_text(folder / f"{re.sub(r'[ ()]', '_', names[key])}.csv") as fh:
                write_rows(df.astype(str).to_dict("records"), list(df.columns), "csv", fh, bom=bom)
    else:
        with atomic_text(Path(output)) if output else contextlib.nullcontext(sys.stdout) as out:
            for key, df in [(SUMMARY, summary), *frames.items()]:
                out.write(f"## {md_text(key)}\n\n")
                write_rows(df.astype(str).to_dict("records"), list(df.columns), "md", out)
                out.write("\n")
    return len(frames)


def write_matrix(store: PlanStore, fmt: str, path: Path, bom: bool = True) -> tuple[int, int]:
    """Tasks × agencies; returns (tasks, agencies)."""
    df = responsibility_matrix(store)
    if fmt == "xlsx":
        write_matrix_xlsx(df, path)
    else:
        with atomic_text(path) as fh:
            write_rows(df.astype(str).to_dict("records"), list(df.columns), "csv", fh, bom=bom)
    return len(df), len(df.columns) - 4


def write_graph(store: PlanStore, fmt: str, path: Path, collaboration: bool = False) -> tuple[int, int]:
    """GraphML or GEXF of the task graph (or the collaboration network); returns (nodes, edges)."""
    import networkx as nx

    from .network import collaboration_graph, task_graph

    g = collaboration_graph(store) if collaboration else task_graph(store)
    with atomic_path(path) as tmp:
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, tmp)
    return g.number_of_nodes(), g.number_of_edges()
