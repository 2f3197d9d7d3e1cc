"""Exports are written whole, and created like any other file of the user's (umask), not 0600."""

import os
import stat

import pytest

from policykg.files import atomic_path, atomic_text


@pytest.mark.parametrize("mask,mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_files_get_the_users_umask(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        with atomic_text(tmp_path / "tasks.csv") as fh:
            fh.write("a\n")
        with atomic_path(tmp_path / "部门任务清单.xlsx") as tmp:
            tmp.write_bytes(b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "tasks.csv").st_mode) == mode
    assert stat.S_IMODE(os.stat(tmp_path / "部门任务清单.xlsx").st_mode) == mode


def test_a_failed_write_leaves_nothing(tmp_path):
    (tmp_path / "tasks.csv").write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_text(tmp_path / "tasks.csv") as fh:
            fh.write("half")
            raise RuntimeError("disk full")
    assert [p.name for p in tmp_path.iterdir()] == ["tasks.csv"]
    assert (tmp_path / "tasks.csv").read_text(encoding="utf-8") == "old\n"


def test_the_temporary_file_of_a_killed_write_is_cleared_by_the_next(tmp_path):
    import subprocess
    import sys

    from policykg.files import atomic_text

    target = tmp_path / "tasks.csv"
    killed = subprocess.run([sys.executable, "-c", f"""import os, sys
from pathlib import Path
from policykg.files import atomic_text
with atomic_text(Path({str(target)!r})) as fh:
    fh.write("half")
    fh.flush()
    os._exit(9)  # as kill -9: no cleanup runs"""])
    assert killed.returncode == 9
    assert len(list(tmp_path.glob(".tasks.csv.*"))) == 1
    with atomic_text(target) as fh:
        fh.write("whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tasks.csv"] and target.read_text() == "whole"
