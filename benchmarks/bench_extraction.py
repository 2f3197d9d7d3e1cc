"""Extraction quality on real documents labelled by hand (tests/fixtures/unseen/).

Each document ``NAME.txt`` has ``NAME.psv``: header lines ``# title:`` (the plan's title as a
reader cites it), ``# title-in-text: no`` when the text does not carry it, then one line per
owner statement, ``task|lead units|co units`` (units as written, joined by 、; a 、 inside one
collective unit written as ／). Prints per document and overall: tasks found / expected, tasks
found that no label has, lead accuracy, co-set accuracy, full-tuple accuracy (title, lead set
and co set all right) and whether the plan title is right.

    python benchmarks/bench_extraction.py                 # dev and held-out sets
    python benchmarks/bench_extraction.py --set heldout   # one set
    python benchmarks/bench_extraction.py -v              # every wrong or missed tuple
    python benchmarks/bench_extraction.py --as pdf        # each text printed to PDF first

``--as docx|html|pdf`` reads each document in another format a user downloads: a Word file
(one paragraph per line), a government-style web page, or a PDF printed from that page by
headless Chromium (real line wrapping, page breaks); the labels are the same.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policykg.extract.metadata import plan_key  # noqa: E402
from policykg.extract.pipeline import extract_file  # noqa: E402
from policykg.kg.align import dice  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "unseen"
_WIDTH = str.maketrans("()[]:;,", "（）〔〕：；，")
_PUNCT = re.compile(r"[\s，。；：、,.;:!?！？“”\"'《》〈〉（）()\[\]【】〔〕—\-]+")


@dataclass
class Expected:
    title: str
    lead: frozenset
    co: frozenset


@dataclass
class Labels:
    title: str
    title_in_text: bool
    tasks: list[Expected] = field(default_factory=list)


def unit(name: str) -> str:
    """A unit name compared without width, spacing and trailing 等 differences."""
    name = re.sub(r"\s+", "", name.translate(_WIDTH)).replace("／", "、")
    return re.sub(r"(等单位|等部门|等)$", "", name)


def units(field_text: str) -> frozenset:
    out, depth, cur = [], 0, ""
    for ch in field_text.strip():
        depth += ch in "（(〔[【"
        depth -= ch in "）)〕]】"
        if ch == "、" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return frozenset(unit(u) for u in out if u.strip())


def read_labels(path: Path) -> Labels:
    meta, tasks = {}, []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            key, _, value = raw[1:].partition(":")
            meta[key.strip()] = value.strip()
        elif raw.strip():
            title, lead, co = (raw.split("|") + ["", ""])[:3]
            tasks.append(Expected(title.strip(), units(lead), units(co)))
    return Labels(meta.get("title", ""), meta.get("title-in-text", "yes") != "no", tasks)


def _plain(s: str) -> str:
    return _PUNCT.sub("", s.translate(_WIDTH))


def same_title(found: str, expected: str) -> bool:
    """Titles match when equal without punctuation, when one holds the other and is at least
    half as long, or when their character bigrams mostly agree (Dice ≥ 0.7)."""
    a, b = _plain(found), _plain(expected)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return (short in long_ and len(short) >= 0.5 * len(long_)) or dice(a, b) >= 0.7


@dataclass
class Score:
    name: str
    expected: int = 0
    found: int = 0  # expected tasks matched by a found task
    extra: int = 0  # found tasks no label matches
    lead: int = 0
    co: int = 0
    full: int = 0
    title_ok: bool | None = None
    errors: list[str] = field(default_factory=list)


def as_format(txt: Path, fmt: str, out_dir: Path) -> Path:
    """The document as a user would download it in ``fmt`` (see the module docstring)."""
    from tests.convert import text_lines, to_docx, to_html

    lines = text_lines(txt)
    out = out_dir / f"{txt.stem}.{fmt}"
    if fmt == "docx":
        out.write_bytes(to_docx(lines))
    elif fmt == "html":
        out.write_bytes(to_html(lines))
    else:
        page = out_dir / f"{txt.stem}.print.html"
        body = "\n".join(f"<p>{html.escape(ln.strip())}</p>" for ln in lines if ln.strip())
        page.write_text(f"<!DOCTYPE html><meta charset='utf-8'><style>@page {{ size: A4; margin: 28mm }}"
                        f" body {{ font: 16px 'Noto Serif CJK SC'; text-align: justify }}</style>{body}",
                        encoding="utf-8")
        subprocess.run([shutil.which("chromium") or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--print-to-pdf={out}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
    return out


def score(txt: Path, labels: Labels, fmt: str = "txt", tmp: Path | None = None) -> Score:
    s = Score(txt.stem, expected=len(labels.tasks))
    try:
        rec = extract_file(txt if fmt == "txt" else as_format(txt, fmt, tmp))
    except Exception as err:  # a crash is a result here, not an abort
        s.errors.append(f"extraction failed: {type(err).__name__}: {err}")
        return s
    got = [(t, frozenset(unit(o.written) for o in t.lead), frozenset(unit(o.written) for o in t.co)) for t in rec.tasks]
    used: set[int] = set()
    for exp in labels.tasks:
        # Labels and tasks are both in document order: the first unused task whose title matches.
        match = next((i for i, (t, _, _) in enumerate(got) if i not in used and same_title(t.title, exp.title)), None)
        if match is None:
            s.errors.append(f"missed  {exp.title[:40]} | {'、'.join(sorted(exp.lead))} | {'、'.join(sorted(exp.co))}")
            continue
        used.add(match)
        task, lead, co = got[match]
        s.found += 1
        s.lead += lead == exp.lead
        s.co += co == exp.co
        s.full += lead == exp.lead and co == exp.co
        if lead != exp.lead or co != exp.co:
            s.errors.append(f"wrong   {exp.title[:40]}: lead {sorted(lead)} ≠ {sorted(exp.lead)}; co {sorted(co)} ≠ {sorted(exp.co)}")
    for i, (t, lead, co) in enumerate(got):
        if i not in used:
            s.extra += 1
            s.errors.append(f"extra   {t.title[:40]} | {'、'.join(sorted(lead))} | {'、'.join(sorted(co))} (line {t.span.line})")
    if labels.title_in_text:
        s.title_ok = plan_key(rec.plan.title) == plan_key(labels.title)
        if not s.title_ok:
            s.errors.append(f"title   {rec.plan.title!r} ≠ {labels.title!r}")
    return s


def documents(which: str) -> list[tuple[Path, Labels]]:
    sets = ["dev", "heldout"] if which == "all" else [which]
    out = []
    for name in sets:
        for psv in sorted((FIXTURES / name).glob("*.psv")):
            out.append((psv.with_suffix(".txt"), read_labels(psv)))
    return out


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "—"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="all", choices=["all", "dev", "heldout"])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--as", dest="fmt", default="txt", choices=["txt", "docx", "html", "pdf"])
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scores = [score(txt, labels, args.fmt, Path(tmp)) for txt, labels in documents(args.set)]
    print(f"{'document':44} {'found':>9} {'extra':>5} {'lead':>6} {'co':>6} {'full':>6}  title")
    for s in scores:
        title = "—" if s.title_ok is None else ("ok" if s.title_ok else "WRONG")
        print(f"{s.name[:44]:44} {s.found:>4}/{s.expected:<4} {s.extra:>5} {ratio(s.lead, s.expected):>6} "
              f"{ratio(s.co, s.expected):>6} {ratio(s.full, s.expected):>6}  {title}")
        if args.verbose:
            for e in s.errors:
                print("    " + e)
    n = sum(s.expected for s in scores)
    titled = [s for s in scores if s.title_ok is not None]
    print(f"{'overall (' + str(len(scores)) + ' documents)':44} {sum(s.found for s in scores):>4}/{n:<4} "
          f"{sum(s.extra for s in scores):>5} {ratio(sum(s.lead for s in scores), n):>6} "
          f"{ratio(sum(s.co for s in scores), n):>6} {ratio(sum(s.full for s in scores), n):>6}  "
          f"{sum(s.title_ok for s in titled)}/{len(titled)} titles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
