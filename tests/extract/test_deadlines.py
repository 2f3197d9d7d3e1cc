"""Deadlines as dates: 89 deadline expressions from real documents (tests/fixtures/unseen/dev
and the seeds), each with the interval a reader gives (tests/fixtures/expected/deadlines.psv,
labelled by reading; deadlines-heldout.psv is kept for the final measurement in benchmarks/)."""

from datetime import date

import pytest

from policykg.extract.periods import plan_period, read_column, read_deadline
from tests.conftest import FIXTURES

# Where PolicyKG's dates differ from the reader's, and why it keeps its own reading.
DISAGREE = {
    "明年7月份": "the document is about 2023, so 明年 is 2024; the reader took the notice's date (2022) instead",
    "二〇三五年": "a year named alone is that whole year; the reader took the 2035 horizon as 'by the end of 2035'",
    "二○三五年": "as 二〇三五年",
}


def _labelled(name: str) -> list[list[str]]:
    lines = (FIXTURES / "expected" / f"{name}.psv").read_text(encoding="utf-8").splitlines()
    return [line.split("|") for line in lines if line and not line.startswith("#")]


def test_every_labelled_deadline_reads_to_the_readers_dates():
    rows = _labelled("deadlines")
    assert len(rows) == 89
    wrong = []
    for source, line, written, year, start, end, kind in rows:
        d = read_deadline(written, int(year) if year else None)
        if (str(d.start or ""), str(d.end or "")) != (start, end) and written not in DISAGREE:
            wrong.append((written, year, start, end, d))
    assert wrong == []


def test_the_kind_of_deadline_agrees_with_the_reader_on_most():
    """by / during / from / ongoing / recurring: where the dates agree, the kind may still be read
    two ways (a month named in a 完成时限 column: due by its end, or worked on during it)."""
    rows = _labelled("deadlines")
    same = sum(read_deadline(w, int(y) if y else None).kind == k for _, _, w, y, _, _, k in rows)
    assert same >= 80


@pytest.mark.parametrize("written,year,expected", [
    ("2024年6月底前", None, (None, date(2024, 6, 30), "by")),
    ("年内持续推进", 2024, (date(2024, 1, 1), date(2024, 12, 31), "during")),
    ("“十四五”期间", None, (date(2021, 1, 1), date(2025, 12, 31), "during")),
    ("2026年7月", None, (date(2026, 7, 1), date(2026, 7, 31), "during")),
    ("2021年8月前", None, (None, date(2021, 7, 31), "by")),
    ("长期坚持", None, (None, None, "ongoing")),
    ("每季度", 2023, (date(2023, 1, 1), date(2023, 12, 31), "recurring")),
    ("6月底前", None, (None, None, "by")),  # the document gives no year: no date invented
])
def test_forms_of_deadline(written, year, expected):
    d = read_deadline(written, year)
    assert (d.start, d.end, d.kind) == expected


def test_the_plans_own_period_when_the_deadline_names_only_it():
    d = read_deadline("规划期内", None, plan_period("营口市“十四五”就业和社会保障发展规划"))
    assert (d.start, d.end, d.kind) == (date(2021, 1, 1), date(2025, 12, 31), "during")
    assert read_deadline("规划期内").kind == ""  # no plan period known: not read


def test_column_headers_and_plan_periods():
    assert plan_period("营口市“十四五”就业和社会保障发展规划") == (2021, 2025)
    assert plan_period("滨江市促进高质量充分就业重点任务分工方案") is None
    c = read_column("2015 年 基数", (2021, 2025))
    assert (c.start, c.end, c.role) == (2015, 2015, "baseline")
    c = read_column("年均/累计", (2021, 2025))
    assert (c.start, c.end, c.role) == (2021, 2025, "cumulative")
