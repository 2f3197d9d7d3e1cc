"""Files written whole or not at all: through a temporary file in the same folder, renamed into
place, so a reader (or a crash) never sees half an export."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0o022)  # the only portable way to read it is to set it and put it back
    os.umask(mask)
    return mask


def _clear_left_behind(path: Path) -> None:
    """Remove the temporary files of earlier writes of ``path`` whose process is gone (a killed
    export cannot remove its own): their names carry the writer's process id."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*"):
        pid = tmp.name[len(path.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def atomic_path(path: Path):
    """A temporary path to write to (same folder, same suffix); renamed to ``path`` on success,
    removed on failure."""
    path = Path(path)
    if path.is_dir():  # (before a temporary file goes into the folder above it)
        raise IsADirectoryError(f"{path} is a directory: give the name of the file to write")
    path.parent.mkdir(parents=True, exist_ok=True)
    _clear_left_behind(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    # mkstemp creates 0600; an export is an ordinary file, so it gets the user's umask like any
    # other (colleagues on a shared folder must be able to open 部门任务清单.xlsx).
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_text(path: Path):
    """A UTF-8 text file, written atomically (see :func:`atomic_path`)."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        yield fh
