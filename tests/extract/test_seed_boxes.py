"""Every task of every 专栏 box of the three box-structured seed plans, against expectations read
by hand from the documents (tests/fixtures/expected/*.psv)."""

import pytest

from policykg.extract.pipeline import extract_file
from tests.conftest import LIAONING, SICHUAN, YINGKOU, expected_tasks


def _actual(path):
    rec = extract_file(path)
    return [
        (t.box_no, t.item_no, t.title, "、".join(o.written for o in t.lead), "、".join(o.written for o in t.co))
        for t in rec.tasks
    ]


@pytest.mark.parametrize("name,path", [("liaoning", LIAONING), ("yingkou", YINGKOU), ("sichuan", SICHUAN)])
def test_every_box_task_with_its_owners(name, path):
    assert _actual(path) == expected_tasks(name)


def test_indicator_tables_are_not_tasks():
    for path, boxes in [(LIAONING, {"1": 16}), (YINGKOU, {"1": 16}), (SICHUAN, {"1": 13, "2": 27})]:
        rec = extract_file(path)
        indicators = {b.number: len(b.indicators) for b in rec.boxes if b.kind == "indicators"}
        assert indicators == boxes
        assert not any(t.box_no in boxes for t in rec.tasks)


def test_indicator_rows_keep_name_and_unit():
    rec = extract_file(YINGKOU)
    first = rec.boxes[0].indicators[0]
    assert (first.item_no, first.name, first.unit) == ("1", "城镇新增就业人数", "万人")
    sichuan = extract_file(SICHUAN).boxes[0].indicators
    assert (sichuan[11].name, sichuan[11].unit) == ("乡镇(街道)、社区(村)就业社保服务机构标准化率", "%")


def test_box_numbers_and_titles():
    rec = extract_file(LIAONING)
    assert [b.number for b in rec.boxes] == [str(n) for n in range(1, 20) if n != 17]
    assert rec.boxes[2].title == "重点群体就业创业工程"
    assert rec.boxes[2].chapter == "第二章 推动实现更加充分更高质量就业 / 第二节 促进重点群体充分就业"


def test_box_ends_where_body_text_resumes():
    rec = extract_file(LIAONING)
    box2 = rec.boxes[1]
    assert box2.tasks[-1].description.startswith("定期开展劳务品牌征集")
    assert "加强脱贫人口就业帮扶" not in box2.tasks[-1].description


def test_tasks_without_department_get_the_inferred_owner():
    rec = extract_file(SICHUAN)
    assert rec.plan.inferred_owner == ("四川省人民政府", "region government (issuer not stated)")
    assert all(not t.responsibilities for t in rec.tasks)
    assert extract_file(YINGKOU).plan.inferred_owner == ("营口市人民政府办公室", "issuer (stated)")


def test_no_tasks_in_documents_without_boxes():
    from tests.conftest import NEWS, SHENYANG

    assert extract_file(SHENYANG).tasks == []
    assert extract_file(NEWS).tasks == []
