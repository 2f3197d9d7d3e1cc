"""The hostile-input corpus (tests/extract/hostile.py): each file is refused with its own one
line naming the limit or the reason, the other files still build, and the whole corpus runs in
one build process under 1 GB and 10 s per file."""

import subprocess
import sys
import time

import pytest

from policykg.extract.formats import read_document
from policykg.extract.limits import set_limits
from policykg.extract.pipeline import extract_source
from policykg.extract.records import ExtractionError
from tests.conftest import YINGKOU
from tests.extract.hostile import WARNINGS, write

RUN = """import resource, sys
from policykg.cli.main import main
try:
    main()
finally:
    print(f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB", file=sys.stderr)
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return folder, write(folder / "files")


def test_each_hostile_file_is_refused_alone_with_its_line_in_bounded_memory(corpus, tmp_path):
    folder, expected = corpus
    (folder / "files" / "yingkou.txt").write_bytes(YINGKOU.read_bytes())  # a good file among them
    t0 = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", RUN, "build", str(folder / "files"), "--store", str(tmp_path / "kg")],
                         capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - t0
    assert run.returncode == 1 and "Traceback" not in run.stderr
    lines = {line.split(": ", 1)[0].rsplit("/", 1)[-1]: line.split(": ", 1)[1] for line in run.stderr.splitlines()
             if line.startswith("✗ ")}
    for name, reason in expected.items():
        if reason is None:
            assert name not in lines and f"warning: {WARNINGS[name]}" in run.stdout
        else:
            assert reason in lines[name], name
    assert len(lines) == sum(r is not None for r in expected.values())
    assert "✓ yingkou.txt: 营口市“十四五”就业和社会保障发展规划 — 19 boxes, 74 tasks" in run.stdout
    peak = int(run.stderr.rsplit("peak ", 1)[1].split()[0])
    assert peak < 1024, f"peak RSS {peak} MB"
    assert elapsed < 10 * len(expected)


def test_every_hostile_file_is_refused_within_seconds_in_process(corpus):
    folder, expected = corpus
    for name, reason in expected.items():
        t0 = time.perf_counter()
        try:
            extract_source(read_document(folder / "files" / name))
        except ExtractionError as err:
            assert reason and reason in str(err), name
        else:
            assert reason is None, name
        assert time.perf_counter() - t0 < 10, name


def test_a_limit_can_be_raised_and_a_bad_one_is_named(corpus):
    folder, _ = corpus
    try:
        set_limits(["line_chars=300000"])
        assert "规" in read_document(folder / "files" / "one-line.txt").text
    finally:
        set_limits([])
    with pytest.raises(ValueError, match="--limit takes NAME=VALUE with NAME one of file_mb, unpacked_mb"):
        set_limits(["pages=3"])
