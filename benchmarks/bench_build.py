"""Build-time and store-size benchmark (never run by the tests).

Usage:
    python benchmarks/bench_build.py            # the five bundled examples, whole process
    python benchmarks/bench_build.py --copies 40 # scale: the examples copied 40 times (renamed)

Reports: wall time of `policykg build` as a subprocess (whole process, cold start included),
in-process extraction/RDF/store time, and the store's size on disk.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from policykg.cli.demo import example_files


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for n in range(args.copies):
            for f in example_files():
                # A different title per copy, so each copy is its own plan.
                text = f.read_text(encoding="utf-8")
                name = f"{n:03d}-{f.name}" if args.copies > 1 else f.name
                if n:  # every 规划 and 方案: each copy's title is its own (a title's first mention may come
                    # late: a contents list, a cover line), and copy n's city cites copy n's province
                    text = text.replace("规划", f"规划{n}").replace("方案", f"方案{n}")
                (docs / name).write_text(text, encoding="utf-8")
        times = []
        for i in range(args.repeat):
            store = Path(tmp) / f"store{i}"
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "policykg", "build", str(docs), "--store", str(store), "-q"], check=True)
            times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "policykg", "build", str(docs), "--store", str(store), "-q"], check=True)
        noop = time.perf_counter() - t0
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "policykg", "--help"], check=True, capture_output=True)
        help_t = time.perf_counter() - t0
        n_docs = len(list(docs.iterdir()))
        print(f"documents: {n_docs}  input: {du(docs) / 1024:.0f} KiB")
        print(f"build (whole process, fresh store): min {min(times):.2f} s, median {sorted(times)[len(times)//2]:.2f} s over {args.repeat} runs")
        print(f"rebuild, all unchanged: {noop:.2f} s")
        print(f"store size on disk: {du(store) / 1024 / 1024:.1f} MiB")
        print(f"policykg --help: {help_t * 1000:.0f} ms")
        shutil.rmtree(store, ignore_errors=True)


if __name__ == "__main__":
    main()
