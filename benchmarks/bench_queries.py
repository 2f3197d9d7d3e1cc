"""Latency of every named query on the seeds' store: embedded (pyoxigraph, in process) and over
HTTP through ``policykg serve`` (Oxigraph's server behind the Starlette front), p50 and p95.

    python benchmarks/bench_queries.py [--runs 50]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policykg.build.documents import build  # noqa: E402
from policykg.cli.demo import example_files  # noqa: E402
from policykg.store.queries import named_queries  # noqa: E402
from policykg.store.remote import RemoteStore  # noqa: E402
from policykg.cli.serve import create_app, free_port  # noqa: E402
from policykg.store.embedded import PlanStore  # noqa: E402

PARAMS = {"department-tasks": {"dept": "省乡村振兴局"}, "commitment-trace": {"keyword": "劳务品牌"},
          "tasks-with-many-owners": {"min": "5"}}


def percentiles(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    return statistics.median(s), s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()
    import uvicorn

    path = Path(tempfile.mkdtemp()) / "kg"
    store = PlanStore(path)
    build(example_files(), store)
    del store
    gc.collect()
    local = PlanStore(path, read_only=True)
    port = free_port()
    app = create_app(path, timeout=30)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    remote = RemoteStore(f"http://127.0.0.1:{port}/query")
    print(f"{'query':30} {'rows':>5} {'embedded p50':>13} {'p95':>7} {'HTTP p50':>9} {'p95':>7}   (ms, {args.runs} runs)")
    try:
        for name, q in named_queries().items():
            params = PARAMS.get(name)
            rows = len(local.select(q.text, params).rows)
            timings = {}
            for label, target in (("embedded", local), ("http", remote)):
                target.select(q.text, params)  # warm up
                samples = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    target.select(q.text, params)
                    samples.append((time.perf_counter() - t0) * 1000)
                timings[label] = percentiles(samples)
            (e50, e95), (h50, h95) = timings["embedded"], timings["http"]
            print(f"{name:30} {rows:>5} {e50:>13.1f} {e95:>7.1f} {h50:>9.1f} {h95:>7.1f}")
    finally:
        server.should_exit = True
        app.state.backend.stop()


if __name__ == "__main__":
    main()
