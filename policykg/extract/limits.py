"""Limits that stop a hostile or broken file before it eats the machine: each refuses the file
with one line naming the limit and how to raise it; nothing else in the build is affected.

The defaults sit far above real plans (the seeds have up to 35 k characters and 2 k lines; the
620 documents of the development set up to 16 k characters and lines of 9 k) and below what a
build handles in about 10 s and 650 MB (1 M characters of the densest seed repeated, 4 k tasks).
The hostile-input corpus (``tests/extract/hostile.py``) is refused in about a second and 110 MB.
``build`` and ``text`` take ``--limit NAME=VALUE`` to raise one.

>>> check("chars", 6_000_000)
Traceback (most recent call last):
...
policykg.extract.records.ExtractionError: 6,000,000 characters of text, over the limit of 1,000,000 (raise it with --limit chars=…)
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from .records import ExtractionError


@dataclass(frozen=True)
class Limits:
    file_mb: float = 64  # bytes in one file
    unpacked_mb: float = 512  # what an Office file (a ZIP) holds once unpacked
    unpack_ratio: float = 200  # unpacked size / size on disk, for an Office file
    table_cells: int = 500_000  # cells of one table once merged cells are spread over their rows
    chars: int = 1_000_000  # characters of extracted text
    lines: int = 100_000  # lines of extracted text
    line_chars: int = 100_000  # characters on one line of extracted text


WHAT = {"file_mb": "MB on disk", "unpacked_mb": "MB once unpacked", "unpack_ratio": "times its size once unpacked",
        "table_cells": "table cells once merged cells are spread", "chars": "characters of text",
        "lines": "lines of text", "line_chars": "characters on one line"}
_current = Limits()


def current() -> Limits:
    return _current


def use(limits: Limits) -> None:
    """Take these limits (a build's worker processes take the limits the command set)."""
    global _current
    _current = limits


def set_limits(pairs: list[str] | tuple[str, ...]) -> Limits:
    """Raise (or lower) limits from ``NAME=VALUE`` pairs; ValueError names a bad pair."""
    global _current
    names = {f.name: f.type for f in fields(Limits)}
    changes = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or name not in names:
            raise ValueError(f"--limit takes NAME=VALUE with NAME one of {', '.join(names)}; got '{pair}'")
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"--limit {name} needs a number, got '{value}'") from None
        changes[name] = number if names[name] == "float" else int(number)
    _current = replace(Limits(), **changes)
    return _current


def check(name: str, value: float) -> None:
    """Refuse the file when ``value`` passes limit ``name``."""
    limit = getattr(_current, name)
    if value > limit:
        raise ExtractionError(f"{_num(value)} {WHAT[name]}, over the limit of {_num(limit)} (raise it with --limit {name}=…)")


def _num(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 or float(x).is_integer() else f"{x:,.1f}"
