"""Issue 15, "Numbers that disagree": one definition of each count, the same in every output.
An agency is counted when it owns a task (lead, co or inferred owner); a task has a named lead
when its document names one (the graph's pkg:ownerInferred false)."""

import re

import openpyxl
from click.testing import CliRunner

from policykg.cli.main import cli
from tests.conftest import ALL_EXAMPLES


def test_build_stats_analyze_and_workbooks_count_the_same(tmp_path):
    r, store = CliRunner(), str(tmp_path / "kg")
    built = r.invoke(cli, ["build", *map(str, ALL_EXAMPLES), "--store", store])
    assert built.exit_code == 0, built.output
    per_file = {m[1]: (int(m[2]), int(m[3]), int(m[4])) for m in
                re.finditer(r"✓ (\S+): .* — (\d+) boxes, (\d+) tasks \((\d+) with a named lead\)", built.output)}
    # read from the plans: Yingkou and Liaoning name a lead for every task, Sichuan's 48 have none
    assert per_file["yingkou-employment-social-security-plan.txt"] == (19, 74, 74)
    assert per_file["sichuan-hrss-plan.txt"] == (20, 48, 0)
    stats = r.invoke(cli, ["stats", "--store", store]).output
    table = {line.split()[0]: line.split() for line in stats.splitlines() if line.endswith(("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")) and ".txt" in line}
    for source, (boxes, tasks, named_lead) in per_file.items():
        row = table[source]
        assert tuple(map(int, row[-6:-3])) == (boxes, tasks, named_lead), row  # boxes tasks named_lead citations …
    total_tasks = sum(t for _, t, _ in per_file.values())
    total_led = sum(n for _, _, n in per_file.values())
    agencies = int(re.search(r"agencies: (\d+) owning tasks", stats).group(1))
    assert f"tasks: {total_tasks} ({total_led} with a named lead)" in stats
    analyze = r.invoke(cli, ["analyze", "--store", store]).output
    assert analyze.startswith(f"{agencies} agencies, ")
    res = r.invoke(cli, ["export", "tasks", "--by-department", "--store", store, "-o", str(tmp_path / "d.xlsx")])
    assert res.output.startswith(f"{agencies} agencies → ")
    book = openpyxl.load_workbook(tmp_path / "d.xlsx", read_only=True)
    assert book.sheetnames[0] == "汇总" and len(book.sheetnames[1:]) == agencies
    assert len(list(book["汇总"].iter_rows(min_row=2))) == agencies
    workload = r.invoke(cli, ["query", "department-workload", "--store", store, "--format", "csv"]).output
    assert len({line.split(",")[0] for line in workload.splitlines()[1:]}) == agencies
