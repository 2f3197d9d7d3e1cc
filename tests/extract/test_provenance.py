"""Every task and owner points back to its file, line and character offsets."""

from policykg.extract.pipeline import extract_file
from policykg.extract.text import normalise
from tests.conftest import LIAONING, YINGKOU


def test_owner_spans_slice_the_original_text():
    text = LIAONING.read_text(encoding="utf-8")
    rec = extract_file(LIAONING)
    for task in rec.tasks:
        for r in task.responsibilities:
            s = r.owner.span
            assert text[s.start : s.end] == r.owner.written
            assert text.splitlines()[s.line - 1].find(r.owner.written) >= 0


def test_task_line_and_span():
    text = YINGKOU.read_text(encoding="utf-8")
    task = [t for t in extract_file(YINGKOU).tasks if (t.box_no, t.item_no) == ("7", "5")][0]
    assert task.span.line == 419
    assert text.splitlines()[418] == "5.建设劳动力市场、人才市场(\u00a0市人社局)"  # NBSP in the page text
    assert text[task.span.start : task.span.end] == "建设劳动力市场、人才市场(\u00a0市人社局)"
    assert task.responsibilities[0].owner.written == "市人社局"


def test_normalisation_keeps_offsets():
    raw = "1.\u00a0任务(市人社局 ,市财政局)\r\n第二行"
    t = normalise(raw)
    assert t.text == "1. 任务（市人社局 ，市财政局）\n第二行"
    i = t.text.index("市财政局")
    assert t.written(i, i + 4) == "市财政局" and raw[t.origin[i]] == "市"
    assert t.line_of(t.text.index("第二行")) == 2
