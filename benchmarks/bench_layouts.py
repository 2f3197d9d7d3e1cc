"""How robust extraction is to the ways web pages lay out the same text.

Titles: every development document whose title is found right today is read again under each
header a real site adds: a menu line above it, the site's own name above it, metadata rows, a
menu of spaced names, and the title wrapped at its middle onto a second line (a narrow column
or a ``<br>`` in a heading). Tuples: every development document is read again with a blank
line after every line (each line its own paragraph), with no blank lines, with every line
indented by 　　, with ASCII or full-width punctuation throughout, and with CRLF line ends;
the full-tuple count is compared with the document as collected.

    python benchmarks/bench_layouts.py          # counts and the first failures of each kind
    python benchmarks/bench_layouts.py -v       # every failure
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extraction import FIXTURES, documents, read_labels, score  # noqa: E402

from policykg.extract.metadata import plan_key  # noqa: E402
from policykg.extract.pipeline import extract_file  # noqa: E402

BANNERS = {
    "menu line": "首页 | 政务公开 | 政务服务 | 互动交流 | 走进本市\n当前位置：首页 > 政务公开 > 政策文件 > 规范性文件\n",
    "metadata rows": "索引号：11370700004XXX/2023-00012\t主题分类：综合政务\n发布机构：市政府办公室\t发文日期：2023年01月05日\n",
    "news header": "【字体：大 中 小】 发布时间：2023-01-05 10:12 来源：市政府办公室 浏览次数：1234\n分享到：\n",
    "site name": "某某市人民政府门户网站\n",
    "spaced menu": "网站首页 政务公开 政务服务 互动交流 数据开放\n",
}


LAYOUTS = {
    "blank lines added": lambda t: t.replace("\n", "\n\n"),
    "blank lines removed": lambda t: re.sub(r"\n\s*\n", "\n", t),
    "indented 　　": lambda t: re.sub(r"(?m)^(?=\S)", "　　", t),
    "ASCII punctuation": lambda t: t.translate(str.maketrans("（），：；", "(),:;")),
    "full-width punct.": lambda t: t.translate(str.maketrans("(),:;", "（），：；")),
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
}


def wrapped(text: str, title: str) -> str | None:
    """The text with its first line that carries the whole title broken at the title's middle."""
    for line in text.splitlines():
        s = line.strip()
        if len(s) >= 12 and title in s and len(s) <= len(title) + 20:
            k = s.index(title) + len(title) // 2
            return text.replace(s, s[:k] + "\n" + s[k:], 1)
    return None


def titles(tmp: Path, verbose: bool) -> None:
    tried: dict[str, int] = {k: 0 for k in [*BANNERS, "wrapped title"]}
    failed: dict[str, list[str]] = {k: [] for k in tried}
    for psv in sorted((FIXTURES / "dev").glob("*.psv")):
        labels, txt = read_labels(psv), psv.with_suffix(".txt")
        if not labels.title_in_text or plan_key(extract_file(txt).plan.title) != plan_key(labels.title):
            continue
        text = txt.read_text(encoding="utf-8")
        variants = [(k, b + text) for k, b in BANNERS.items()]
        if (w := wrapped(text, labels.title)) is not None:
            variants.append(("wrapped title", w))
        for kind, variant in variants:
            path = tmp / txt.name
            path.write_text(variant, encoding="utf-8")
            found = extract_file(path).plan.title
            tried[kind] += 1
            if plan_key(found) != plan_key(labels.title):
                failed[kind].append(f"{psv.stem}: {found!r} ≠ {labels.title!r}")
    print(f"{'page header':20} {'titles right':>12}")
    for kind, n in tried.items():
        print(f"{kind:20} {n - len(failed[kind]):>5}/{n:<6}")
        for line in failed[kind] if verbose else failed[kind][:3]:
            print(f"    {line}")


def tuples(tmp: Path, verbose: bool) -> None:
    docs = documents("dev")
    base = {txt.stem: score(txt, labels).full for txt, labels in docs}
    total = sum(len(labels.tasks) for _, labels in docs)
    print(f"\n{'text layout':20} {'full tuples':>12}   (as collected: {sum(base.values())}/{total})")
    for kind, change in LAYOUTS.items():
        full, worse = 0, []
        for txt, labels in docs:
            path = tmp / txt.name
            path.write_text(change(txt.read_text(encoding="utf-8")), encoding="utf-8")
            got = score(path, labels).full
            full += got
            if got < base[txt.stem]:
                worse.append(f"{txt.stem}: {got}/{base[txt.stem]}")
        print(f"{kind:20} {full:>5}/{total:<6}")
        for line in worse if verbose else worse[:3]:
            print(f"    {line}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every failure")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    titles(tmp, args.v)
    tuples(tmp, args.v)


if __name__ == "__main__":
    main()
