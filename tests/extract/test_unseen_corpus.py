"""Extraction quality on the hand-labelled corpus of real documents (tests/fixtures/unseen/).

The labels were written by reading the documents; the floor is what the extractor measured when
this test was written, so a change that loses commitments on real documents fails here.
"""

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_extraction.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_extraction", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_real_documents_keep_their_commitments():
    bench = _bench()
    scores = [bench.score(txt, labels) for txt, labels in bench.documents("dev")]
    expected = sum(s.expected for s in scores)
    assert len(scores) >= 620 and expected >= 2628
    assert not [s.name for s in scores if any(e.startswith("extraction failed") for e in s.errors)]
    assert sum(s.full for s in scores) / expected >= 0.945
    # precision: tasks no label has (known: 陕西's title cut at its lead-in, 平顶山's two-level space table,
    # 侵权假冒 2021's heading taken for a headlined paragraph's title, 安徽 2016's heading over a cut paragraph,
    # 广元's notice line, 红羊乡's heading row inside its table, 潍坊's table rows titled by their own
    # paragraphs, 陕西 2022's first task under a short title line, 金华 2011's lead-in sentence, 文昌 2023's
    # page run into one line, its headings into their bodies, 新建区's two-level table, 二连浩特's meeting report,
    # a 妇女儿童 heading wrapped by its page, 江苏 十二五's heading over a self-titled paragraph, 调兵山's summary line;
    # v34/v35: 黟县's 任务要求 field lines, the 园林 table's spaced-out category, 江苏 十一五's heading over its lines,
    # 淄川's report heading, a 范文 page's wrapped item; v36: 兰州's in-sentence owners, titled without them)
    assert sum(s.extra for s in scores) <= 32
    titled = [s for s in scores if s.title_ok is not None]
    # known misses: a notice whose plan is only its attachment (连云港), a title only in prose
    # (济南市中区), a draft's version note (杭州 征求意见稿V2.2), and 宁夏 (titled as the
    # page writes it, not as the label does), 咸宁 (a gazette: its contents list comes first),
    # 万州 (a banner of site names),
    # 石家庄 (a notice issuing two plans, the page from the second), 四平 铁西 (the page's form name 督查通知单), 广元 (its notice names the plan without 广元),
    # 红羊乡 (the notice's 《》 taken, the label names the attachment's table), 武汉 2022 (the label keeps
    # 征求意见稿, the tool takes a document site's file name), 上海 2017 (the page writes 市政府关于…),
    # 福建 餐桌污染 (the copy writes 省治理…), 文昌 2023 (its notice's title, issuer first), two 哈工大（威海） pages (the institution on the line above the title),
    # 湖南 长江中游 (an attachment's title inside a flattened page), 调兵山 (an English site banner first),
    # 嘉兴 十一五 (a page flattened into one line), a 范文 page (its title with the site's 2016年到2020年 before it),
    # 淮南 林业局 (a spam site's name run onto the title)
    assert len([s for s in titled if not s.title_ok]) <= 21


def test_scoring_counts_a_wrong_co_owner_as_wrong(tmp_path):
    """The scorer itself: a tuple with one co-owner missing is found but not right."""
    bench = _bench()
    doc = tmp_path / "d.txt"
    doc.write_text("某市方案\n\n1.推进甲。（市发改委牵头，市财政局配合）\n", encoding="utf-8")
    labels = bench.Labels("某市方案", True, [bench.Expected("推进甲", frozenset({"市发改委"}), frozenset({"市财政局", "市统计局"}))])
    s = bench.score(doc, labels)
    assert (s.found, s.lead, s.co, s.full, s.title_ok) == (1, 1, 0, 0, True)


def test_a_word_file_of_a_copied_page_reads_like_the_page(tmp_path):
    """Text pasted from a web page into Word keeps the page's damage (split numbers, one table
    cell per line): the Word file gets the same layout repair and the same tasks."""
    bench = _bench()
    docs = dict((txt.stem, (txt, labels)) for txt, labels in bench.documents("dev"))
    for name in ("henan-sanmenxia-gzbg-2023", "zhejiang-lishui-liandu-gzbg-fenjie-2023", "zhejiang-shengsi-xiangcun-qingdan-2021"):
        txt, labels = docs[name]
        as_text, as_word = bench.score(txt, labels), bench.score(txt, labels, "docx", tmp_path)
        assert as_word.full == as_text.full >= len(labels.tasks) - 2, name


def test_a_web_page_of_a_document_reads_like_its_text(tmp_path):
    """The same documents as government web pages (navigation, metadata table, scripts and
    footer around the text, tables as tables) give the same tasks and titles as their text."""
    bench = _bench()
    for txt, labels in bench.documents("dev"):
        if txt.read_text(encoding="utf-8").lstrip().startswith("<"):
            continue  # a page's markup saved as text (三亚 美篇): wrapped in a page it is text, not markup
        as_text, as_page = bench.score(txt, labels), bench.score(txt, labels, "html", tmp_path)
        assert (as_page.full, as_page.title_ok) == (as_text.full, as_text.title_ok), txt.stem


def test_every_owner_is_named_in_the_text():
    """No department the text does not name: on every real document, each owner's written form
    stands in the document's text (spaces and character widths aside). Canonical names may add
    an elided prefix; what is written never does."""
    import re
    import unicodedata

    from policykg.extract.pipeline import extract_file

    def squeeze(s):
        return unicodedata.normalize("NFKC", re.sub(r"\s+", "", s))

    bench = _bench()
    unnamed = []
    for txt, _ in bench.documents("dev"):
        text = squeeze(txt.read_text(encoding="utf-8"))
        for task in extract_file(txt).tasks:
            unnamed += [(txt.stem, o.written) for o in [*task.lead, *task.co] if squeeze(o.written) not in text]
    assert unnamed == []
