"""How often deadlines read to the dates a reader gives: the hand-labelled expressions of
tests/fixtures/expected/deadlines.psv (dev: what the reader was tuned on) or
deadlines-heldout.psv (held out: every third expression collected, set aside before tuning).

    python benchmarks/bench_deadlines.py [--set dev|heldout] [--show]

Prints: expressions, how many give the reader's dates exactly (start and end), how many also the
reader's kind (by / during / from / ongoing / recurring); --show lists the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policykg.extract.periods import read_deadline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["dev", "heldout"], default="dev")
    ap.add_argument("--show", action="store_true", help="List the expressions read otherwise.")
    args = ap.parse_args()
    name = "deadlines" if args.set == "dev" else "deadlines-heldout"
    lines = (ROOT / "tests" / "fixtures" / "expected" / f"{name}.psv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("|") for line in lines if line and not line.startswith("#")]
    dates = kinds = 0
    for source, line, written, year, start, end, kind in rows:
        d = read_deadline(written, int(year) if year else None)
        same = (str(d.start or ""), str(d.end or "")) == (start, end)
        dates += same
        kinds += same and d.kind == kind
        if args.show and not (same and d.kind == kind):
            print(f"  {written}  (year {year or '—'}): reader {start or '…'}–{end or '…'} {kind}; "
                  f"read {d.start or '…'}–{d.end or '…'} {d.kind}  [{source}:{line}]")
    docs = len({r[0] for r in rows})
    print(f"{args.set}: {len(rows)} expressions from {docs} documents; dates as the reader's: {dates} "
          f"({dates / len(rows):.1%}); dates and kind: {kinds} ({kinds / len(rows):.1%})")


if __name__ == "__main__":
    main()
