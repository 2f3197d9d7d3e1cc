"""Agencies named inside task descriptions: mentions with offsets, never owners."""

from policykg.extract.mentions import find_in_text
from policykg.extract.pipeline import extract_file
from tests.conftest import LIAONING, YINGKOU


def test_mentions_in_a_liaoning_description():
    """专栏16 item 1, line 499: “…人力资源社会保障部下发的…定期与省公安厅、司法厅、民政厅、市场监管总局等
    部门…逐步完善省检察院、法院、医保局等部门信息共享…”."""
    rec = extract_file(LIAONING)
    task = next(t for t in rec.tasks if (t.box_no, t.item_no) == ("16", "1"))
    assert [(m.written, m.name, m.span.line) for m in task.mentions] == [
        ("人力资源社会保障部", "人力资源社会保障部", 499), ("省公安厅", "省公安厅", 499), ("司法厅", "省司法厅", 499),
        ("民政厅", "省民政厅", 499), ("市场监管总局", "市场监管总局", 499), ("省检察院", "省检察院", 499),
        ("法院", "省法院", 499), ("医保局", "省医保局", 499),
    ]
    text = LIAONING.read_text(encoding="utf-8")
    assert all(text[m.span.start:m.span.end] == m.written for m in task.mentions)
    # a mention is not an owner: the task's owners are what its bracket says
    assert [(r.owner.name, r.role) for r in task.responsibilities] == [("省人力资源社会保障厅", "lead")]


def test_every_mention_points_at_its_text():
    for path in (LIAONING, YINGKOU):
        text = path.read_text(encoding="utf-8")
        rec = extract_file(path)
        mentions = [m for t in rec.tasks for m in t.mentions]
        assert mentions and all(text[m.span.start:m.span.end] == m.written for m in mentions)


def test_jurisdiction_written_before_a_name_and_two_character_names():
    found = [(m.written, m.name) for m in find_in_text("由营口市人社局会同市政府、残联推进，加强政府投资和法院建设")]
    # 残联 counts after 、 (in a list); 政府 and 法院 standing alone in a sentence are words, not bodies
    assert found == [("营口市人社局", "营口市人社局"), ("市政府", "市政府"), ("残联", "市残联")]
