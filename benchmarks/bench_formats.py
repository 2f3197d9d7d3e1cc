"""How long reading and extracting takes per input format.

The five seed documents are converted the way users receive them (Word via python-docx, web page
in UTF-8, PDF made by LibreOffice from tests/fixtures/pdf), plus the Excel task list, then each is
read (format detection + text extraction) and extracted (structure, owners, citations) ``--repeat``
times; the best time is reported.

    python benchmarks/bench_formats.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policykg.extract.formats import read_bytes  # noqa: E402
from policykg.extract.pipeline import extract_source  # noqa: E402
from tests.convert import PDF_DIR, text_lines, to_docx, to_html  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    seeds = sorted((ROOT / "policykg" / "examples").glob("*.txt"))
    inputs = {
        "txt": [(p.name, p.read_bytes()) for p in seeds],
        "html": [(p.stem + ".html", to_html(text_lines(p))) for p in seeds],
        "docx": [(p.stem + ".docx", to_docx(text_lines(p))) for p in seeds],
        "pdf": [(p.stem + ".pdf", (PDF_DIR / (p.stem + ".pdf")).read_bytes()) for p in seeds],
        "xlsx": [(n, (ROOT / "tests/fixtures/documents" / n).read_bytes()) for n in ["binjiang-task-list.xlsx"]],
    }
    print(f"{'format':<6} {'files':>5} {'MiB':>6} {'read s':>8} {'read+extract s':>15} {'tasks':>6}")
    for fmt, files in inputs.items():
        size = sum(len(d) for _, d in files) / 2**20
        read = best(lambda: [read_bytes(d, n) for n, d in files], args.repeat)
        tasks = sum(len(extract_source(read_bytes(d, n)).tasks) for n, d in files)
        both = best(lambda: [extract_source(read_bytes(d, n)) for n, d in files], args.repeat)
        print(f"{fmt:<6} {len(files):>5} {size:>6.2f} {read:>8.3f} {both:>15.3f} {tasks:>6}")


if __name__ == "__main__":
    main()
