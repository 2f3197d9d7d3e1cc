"""Owner brackets in the forms real plans use (fixtures written in the documents' own style)."""

import pytest

from policykg.extract.pipeline import extract_text


def _one(item_line: str, extra: str = ""):
    rec = extract_text("t.txt", f"某市规划\n\n专栏1 测试\n\n{item_line}\n{extra}\n第二章 下一章\n")
    (task,) = rec.tasks
    return task.title, [o.written for o in task.lead], [o.written for o in task.co]


@pytest.mark.parametrize(
    "line,expected",
    [
        ("1. 任务甲（省人力资源社会保障厅、省农业农村厅）", ("任务甲", ["省人力资源社会保障厅"], ["省农业农村厅"])),
        ("1.任务甲(市人社局、市国资委、营口理工学院)", ("任务甲", ["市人社局"], ["市国资委", "营口理工学院"])),
        ("2.大力开展职业技能培训工作。(市人社局)", ("大力开展职业技能培训工作", ["市人社局"], [])),
        ("1．任务甲（ 市财政局，市税务局 ）", ("任务甲", ["市财政局"], ["市税务局"])),
        ("1、任务甲（市财政局；市税务局）", ("任务甲", ["市财政局"], ["市税务局"])),
        ("1.任务甲(市财政局,市税务局)", ("任务甲", ["市财政局"], ["市税务局"])),
        ("（1）任务甲（人民银行营口市中心支行）", ("任务甲", ["人民银行营口市中心支行"], [])),
        ("1.任务甲（国家统计局辽宁调查总队）", ("任务甲", ["国家统计局辽宁调查总队"], [])),
        ("1.建立乡镇（街道）临时救助备用金制度（省民政厅）", ("建立乡镇（街道）临时救助备用金制度", ["省民政厅"], [])),
        ("1.建立乡镇（街道）临时救助备用金制度", ("建立乡镇（街道）临时救助备用金制度", [], [])),
        ("1.任务甲（市教育局牵头，市财政局配合）", ("任务甲", ["市教育局"], ["市财政局"])),
        ("1.任务甲（市财政局、市人社局按职责分工负责）", ("任务甲", [], ["市财政局", "市人社局"])),
        ("1.任务甲（牵头单位：市发展改革委；配合单位：市委组织部、市人社局）", ("任务甲", ["市发展改革委"], ["市委组织部", "市人社局"])),
        ("1.任务甲（省发展改革委、交通运输厅牵头）", ("任务甲", ["省发展改革委", "交通运输厅"], [])),
    ],
)
def test_owner_bracket_forms(line, expected):
    assert _one(line) == expected


def test_elided_prefix_is_restored_in_the_name_not_the_written_form():
    rec = extract_text("t.txt", "某省规划\n\n专栏1 测试\n\n1.任务甲（省发展改革委、交通运输厅、水利厅）\n")
    owners = [(r.owner.written, r.owner.name, r.role) for r in rec.tasks[0].responsibilities]
    assert owners == [("省发展改革委", "省发展改革委", "lead"), ("交通运输厅", "省交通运输厅", "co"), ("水利厅", "省水利厅", "co")]


def test_unit_brackets_and_words_are_not_owners():
    assert _one("1.城镇新增就业人数（万人）")[1:] == ([], [])
    assert _one("1.试点工作（暂行）")[1:] == ([], [])


def test_title_wrapped_onto_the_next_line_is_one_item():
    rec = extract_text("t.txt", "某市规划\n\n专栏4 测试\n\n4.劳务品牌宣传推广(市\n人社局)\n定期开展劳务品牌征集，组织竞赛。\n")
    (task,) = rec.tasks
    assert (task.title, [o.written for o in task.lead], task.span.line) == ("劳务品牌宣传推广", ["市人社局"], 5)


def test_collective_actor_kept_as_collective():
    rec = extract_text("t.txt", "某市规划\n\n专栏1 测试\n\n1.任务甲（市人社局、各县（市）区人民政府）\n")
    kinds = [(r.owner.name, r.owner.kind) for r in rec.tasks[0].responsibilities]
    assert kinds == [("市人社局", "department"), ("各县（市）区人民政府", "collective")]


def test_box_header_forms():
    text = "某市规划\n\n专栏一：测试甲\n1.任务甲（市人社局）\n\n专栏 2\n测试乙\n1.任务乙（市财政局）\n"
    rec = extract_text("t.txt", text)
    assert [(b.number, b.title) for b in rec.boxes] == [("1", "测试甲"), ("2", "测试乙")]
