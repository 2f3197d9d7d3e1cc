"""Quantified commitments in tasks, with values read from the documents by a person: the issue's
examples, and Yingkou's 专栏 tasks whose descriptions give numbers (lines 280, 372, 405)."""

from decimal import Decimal

import pytest

from policykg.extract.pipeline import extract_file
from policykg.extract.task_targets import find_targets
from tests.conftest import YINGKOU


@pytest.mark.parametrize("text,expected", [
    ("开发就业见习岗位300个", [("300个", "300", "个", "", None, False)]),
    ("到2025年，基本养老保险参保率达到95%", [("95%", "95", "%", "", 2025, False)]),
    ("每年培训1万人次以上", [("1万人次以上", "10000", "人次", "≥", None, True)]),
    ("新增15个省级创业孵化示范基地", [("15个", "15", "个", "", None, False)]),
    ("新增就业不少于十万人", [("不少于十万人", "100000", "人", "≥", None, False)]),
    ("开展“24365校园网络招聘”、第3批试点，2024年6月完成", []),  # a name, an ordinal, a date: no target
])
def test_targets_in_text(text, expected):
    got = [(t.written, str(t.number), t.unit, t.comparator, t.year, t.per_year) for _, _, t in find_targets(text)]
    assert got == expected


def test_yingkou_tasks_carry_the_numbers_their_descriptions_commit_to():
    tasks = {t.title: t for t in extract_file(YINGKOU).tasks}
    # line 280: 每年面向应届高校毕业生开发1万个就业岗位,举办全地区大型综合专场招聘会3场,组织人岗对接活动40场
    t = tasks["实施高校毕业生就业创业促进计划"].targets
    assert [(x.written, x.number, x.unit, x.span.line) for x in t] == [
        ("1万个", Decimal(10000), "个", 280), ("3场", Decimal(3), "场", 280), ("40场", Decimal(40), "场", 280)]
    assert t[0].per_year  # 每年 … 开发1万个
    # line 372: 开展各类补贴性职业技能培训6.5万人次
    assert [(x.written, x.number, x.unit) for x in tasks["大力开展职业技能培训工作"].targets] == [("6.5万人次", Decimal(65000), "人次")]
    # line 405: 全市经营性人力资源服务机构总数超过70家,从业人员达到4000人
    assert [(x.written, x.comparator, x.number) for x in tasks["培育人力资源服务骨干企业"].targets] == [
        ("超过70家", ">", Decimal(70)), ("4000人", "", Decimal(4000))]
    text = YINGKOU.read_text(encoding="utf-8")
    for x in tasks["实施高校毕业生就业创业促进计划"].targets:  # every span points at its text
        assert text[x.span.start:x.span.end] == x.written
