"""First paint of a large departments view in headless Chromium.

Builds a synthetic agency–task graph of ``--nodes`` nodes (300 agencies; every task has a lead
and 0–3 co-owners, as in real plans), renders it with policykg's renderer (layout computed up
front, physics off) and measures, in Debian's Chromium driven by Playwright, the time from
navigation start to vis-network's first ``afterDrawing`` event. Best and median of ``--repeat``
page loads; also the time to build the HTML in Python.

    python benchmarks/bench_viz.py [--nodes 5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policykg.viz.render import write_html  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic"]


def synthetic(nodes: int, agencies: int = 300):
    import networkx as nx

    rnd = random.Random(7)
    g = nx.Graph()
    names = [f"agency:某市第{i}局" for i in range(agencies)]
    for i, a in enumerate(names):
        g.add_node(a, label=a[7:], kind="agency", group=f"领域{i % 24}", title=a[7:])
    for t in range(nodes - agencies):
        tid = f"task:{t}"
        g.add_node(tid, label=f"任务{t} 实施就业促进行动", kind="task", group=f"规划{t % 8}", title=f"任务{t}\n专栏{t % 19}")
        owners = rnd.sample(names, 1 + rnd.choice([0, 0, 1, 2, 3]))
        for k, a in enumerate(owners):
            g.add_edge(a, tid, dashes=k > 0, role="牵头" if k == 0 else "配合")
    return g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    g = synthetic(args.nodes)
    out = Path(tempfile.mkdtemp()) / "big.html"
    t0 = time.perf_counter()
    write_html(g, out, "benchmark")
    build = time.perf_counter() - t0
    paints = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for _ in range(args.repeat):
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(out.as_uri())
            # polled from here: wait_for_function polls with eval(), which the view's CSP forbids
            deadline = time.monotonic() + 120
            while not page.evaluate("!!(window.policykg && window.policykg.ready)"):
                if time.monotonic() > deadline:
                    raise SystemExit("the view did not draw within 120 s")
                page.wait_for_timeout(50)
            paints.append(page.evaluate("window.policykg.firstPaint") / 1000)
            page.close()
        browser.close()
    print(f"nodes: {g.number_of_nodes()}  edges: {g.number_of_edges()}  html: {out.stat().st_size / 2**20:.1f} MiB")
    print(f"HTML built in {build:.2f} s (layout included)")
    print(f"first paint: best {min(paints):.2f} s, median {statistics.median(paints):.2f} s over {len(paints)} loads")


if __name__ == "__main__":
    main()
