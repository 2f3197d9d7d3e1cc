"""Scale benchmark: N distinct, linked plans (see scale_corpus.py) through every stage a user runs.

    python benchmarks/bench_scale.py --plans 1000
    python benchmarks/bench_scale.py --plans 100 --rdflib     # also every named query on rdflib
    python benchmarks/bench_scale.py --plans 10000 --skip views,exports

Each stage runs as its own `policykg` process, as a user runs it, and reports wall time, CPU time
(the process and its workers), peak memory (the sum over the process and its workers, sampled
every 0.2 s) and, for the build, MB of plan text per second per core and the store's size on
disk. Named queries are answered as `policykg query NAME` answers them, in one process on the
read-only store, each ``--runs`` times (p50, p95 in ms); a stage or query over ``--timeout``
seconds is stopped and reported as such. Results go to standard output as a Markdown table (for
the README) and to ``--json`` if given.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scale_corpus import corpus_plan, write_corpus  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants."""
    parent, rss = {}, {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                fields = stat[stat.rindex(")") + 2:].split()
                parent[int(entry)], rss[int(entry)] = int(fields[1]), int(fields[21]) * PAGE
            except (OSError, ValueError, IndexError):
                continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += [c for c, pp in parent.items() if pp == p]
    return total


def run(args: list[str], timeout: float, cwd: Path | None = None) -> dict:
    """Run ``policykg ARGS``; wall and CPU seconds, peak tree RSS in MB, and whether it finished."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "policykg", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    peak, done = [0], threading.Event()

    def sample():
        while not done.wait(0.2):
            peak[0] = max(peak[0], tree_rss(proc.pid))

    threading.Thread(target=sample, daemon=True).start()
    try:
        _, status, usage = _wait(proc, timeout)
    finally:
        done.set()
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
    return {"wall": round(wall, 2), "cpu": round(usage.ru_utime + usage.ru_stime, 2) if usage else None,
            "rss_mb": round(peak[0] / 2**20), "ok": status == 0,
            "error": "" if status == 0 else ("timeout" if status is None else (err[-1] if err else f"exit {status}"))}


def _wait(proc: subprocess.Popen, timeout: float):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return pid, proc.returncode, usage
        time.sleep(0.05)
    proc.kill()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = -9
    return proc.pid, None, None


def du(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


QUERY_WORKER = r"""
import json, statistics, sys, time
from policykg.build.summaries import answer
from policykg.store.embedded import PlanStore
from policykg.store.queries import named_queries
store = PlanStore(sys.argv[1], read_only=True)
name, params, runs = sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4])
q = named_queries()[name]
times = []
for _ in range(runs):  # (as `policykg query NAME` answers it)
    t0 = time.perf_counter(); rows = len(answer(store, name, q.text, params).rows); times.append(time.perf_counter() - t0)
times.sort()
print(json.dumps({"rows": rows, "p50": statistics.median(times) * 1000, "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))] * 1000}))
"""

RDFLIB_WORKER = r"""
import json, sys, time
import rdflib
from policykg.store.embedded import PREFIXES
from policykg.store.queries import named_queries
ds = rdflib.Dataset(default_union=True)
ds.parse(sys.argv[1], format="nquads")
out = {}
for name, params in json.loads(sys.argv[2]).items():
    q = named_queries()[name]
    t0 = time.perf_counter()
    rows = len(list(ds.query(q.text, initNs=PREFIXES, initBindings={k: rdflib.Literal(v) for k, v in params.items()})))
    out[name] = {"rows": rows, "ms": (time.perf_counter() - t0) * 1000}
    print(json.dumps({name: out[name]}), flush=True)
"""


def query_params(store: Path, docs: Path) -> dict[str, dict[str, str]]:
    """Parameters that select one department, one plan, one keyword of the generated corpus."""
    from policykg.store.queries import named_queries

    city = sorted((docs / "city").rglob("*.txt"))[0].relative_to(docs).as_posix()
    name = next(p.title for p in corpus_plan(200) if p.level == "city")
    agency = name[: name.index("市") + 1] + "人力资源和社会保障局"  # the first city's human-resources bureau
    by_name = {"department-tasks": {"dept": agency}, "commitment-trace": {"keyword": "劳务品牌"},
               "tasks-with-many-owners": {"min": "5"}, "plan-changes": {"old": city, "new": city},
               "indicators": {"keyword": "城镇新增就业"}, "due-before": {"date": "2025-06-30"}, "overdue": {"date": "2026-12-03"}}
    return {name: by_name.get(name, {}) for name in named_queries()}


def time_queries(store: Path, params: dict, timeout: float, runs: int) -> dict:
    out = {}
    for name, p in params.items():
        try:
            res = subprocess.run([sys.executable, "-c", QUERY_WORKER, str(store), name, json.dumps(p), str(runs)],
                                 capture_output=True, timeout=timeout, check=True)
            out[name] = json.loads(res.stdout)
        except subprocess.TimeoutExpired:
            out[name] = {"error": f"over {timeout:g} s"}
        except subprocess.CalledProcessError as err:
            out[name] = {"error": err.stderr.decode().strip().splitlines()[-1]}
        print(f"  query {name}: {out[name]}", file=sys.stderr, flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=None, help="build --jobs (default: the build's own default)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a stage is stopped")
    ap.add_argument("--query-timeout", type=float, default=120)
    ap.add_argument("--runs", type=int, default=5, help="runs of each named query (p50, p95 over them)")
    ap.add_argument("--skip", default="", help="comma-separated: queries, exports, views, rebuild")
    ap.add_argument("--rdflib", action="store_true", help="also time every named query on rdflib's in-memory engine")
    ap.add_argument("--keep", help="keep the corpus and store in this folder")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="policykg-scale-"))
    docs, store = work / "docs", work / "kg"
    shutil.rmtree(store, ignore_errors=True)
    r: dict = {"plans": args.plans, "cores": len(os.sched_getaffinity(0))}
    if not docs.exists():
        r["corpus_mb"] = round(write_corpus(args.plans, docs) / 2**20, 1)
    else:
        r["corpus_mb"] = round(sum(f.stat().st_size for f in docs.rglob("*.txt")) / 2**20, 1)
    print(f"{args.plans} plans, {r['corpus_mb']} MB of text in {docs}", file=sys.stderr, flush=True)
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    b = r["build"] = run(["build", str(docs), "--store", str(store), "-q", *jobs], args.timeout)
    b["mb_per_s_per_core"] = round(r["corpus_mb"] / b["wall"] / r["cores"], 3) if b["ok"] else None
    b["store_mb"] = round(du(store))
    print(f"  build: {b}", file=sys.stderr, flush=True)
    if "rebuild" not in skip:
        one = docs / corpus_plan(args.plans)[-1].name
        text = one.read_text(encoding="utf-8")
        one.write_text(text.replace("规划", "规划。", 1) if "规划" in text else text + "\n", encoding="utf-8")
        r["rebuild_one"] = run(["build", str(docs), "--store", str(store), "-q", *jobs], args.timeout)
        r["rebuild_none"] = run(["build", str(docs), "--store", str(store), "-q", *jobs], args.timeout)
        print(f"  rebuild one: {r['rebuild_one']}, none: {r['rebuild_none']}", file=sys.stderr, flush=True)
    params = query_params(store, docs)
    if "queries" not in skip:
        r["queries"] = time_queries(store, params, args.query_timeout, args.runs)
    if "exports" not in skip:
        out = work / "out"
        out.mkdir(exist_ok=True)
        for name, cmd in {"export tasks (csv)": ["export", "tasks", "-o", str(out / "tasks.csv")],
                          "export tasks --by-department (xlsx)": ["export", "tasks", "--by-department", "--format", "xlsx", "-o", str(out / "by-dept.xlsx")],
                          "export alignments": ["export", "alignments", "-o", str(out / "alignments.csv")],
                          "export rdf": ["export", "rdf", "-o", str(out / "all.nq")]}.items():
            r.setdefault("exports", {})[name] = run([*cmd, "--store", str(store)], args.timeout)
            print(f"  {name}: {r['exports'][name]}", file=sys.stderr, flush=True)
    if "views" not in skip:
        for name in ("departments", "plans"):
            r.setdefault("views", {})[f"viz {name}"] = run(["viz", name, "--store", str(store), "-o", str(work / f"{name}.html")], args.timeout)
            print(f"  viz {name}: {r['views'][f'viz {name}']}", file=sys.stderr, flush=True)
    if args.rdflib:
        dump = work / "all-rdflib.nq"
        subprocess.run([sys.executable, "-m", "policykg", "export", "rdf", "--store", str(store), "-o", str(dump)], check=True,
                       capture_output=True)
        res = subprocess.run([sys.executable, "-c", RDFLIB_WORKER, str(dump), json.dumps(params)], capture_output=True,
                             timeout=args.timeout)
        r["rdflib"] = {k: v for line in res.stdout.decode().splitlines() for k, v in json.loads(line).items()}
    print(report(r))
    if args.json:
        Path(args.json).write_text(json.dumps(r, ensure_ascii=False, indent=1), encoding="utf-8")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def report(r: dict) -> str:
    """The results as a Markdown table."""
    def stage(name, s):
        if not s["ok"]:
            return f"| {name} | {s['error']} | | |"
        return f"| {name} | {s['wall']:.1f} s | {s['cpu']:.1f} s | {s['rss_mb']} MB |"

    lines = [f"**{r['plans']} plans** ({r['corpus_mb']} MB of text, {r['cores']} cores)", "",
             "| stage | wall | CPU | peak memory |", "|---|---|---|---|", stage("build", r["build"])]
    b = r["build"]
    for key, name in (("rebuild_one", "rebuild, one plan changed"), ("rebuild_none", "rebuild, nothing changed")):
        if key in r:
            lines.append(stage(name, r[key]))
    for group in ("exports", "views"):
        for name, s in r.get(group, {}).items():
            lines.append(stage(name, s))
    if b["ok"]:
        lines += ["", f"Build: {b['mb_per_s_per_core']} MB/s per core; store {b['store_mb']} MB on disk."]
    if "queries" in r:
        lines += ["", "| named query | rows | p50 ms | p95 ms |" + (" rdflib ms |" if "rdflib" in r else ""),
                  "|---|---|---|---|" + ("---|" if "rdflib" in r else "")]
        for name, q in r["queries"].items():
            extra = f" {r['rdflib'].get(name, {}).get('ms', float('nan')):.0f} |" if "rdflib" in r else ""
            lines.append(f"| {name} | {q['error']} | | |" if "error" in q else
                         f"| {name} | {q['rows']} | {q['p50']:.0f} | {q['p95']:.0f} |{extra}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
