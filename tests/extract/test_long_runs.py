"""Long runs of one character (a page padded with spaces, a row of pipes) are read in time linear in
their length: a pattern that tries every start in a run and scans the rest of it each time takes
minutes (a line of 200,000 spaces took 254 s before the fix)."""

import time

import pytest

from policykg.extract.pipeline import extract_text


@pytest.mark.parametrize("filler", [
    " " * 100_000 + "\n",  # a line of spaces on its own (a trailing-cell-mark pattern)
    "1.推进甲。" + " " * 100_000 + "x\n",  # spaces inside a paragraph (the run-in label pattern)
    "\u3000" * 100_000 + "x\n",
    "| " * 50_000 + "\n",
])
def test_a_long_run_of_one_character_is_read_in_linear_time(filler):
    started = time.perf_counter()
    rec = extract_text("t.txt", "某市方案\n1.推进甲。（市发改委牵头）\n" + filler)
    assert time.perf_counter() - started < 10
    assert [t.title for t in rec.tasks] == ["推进甲"]
