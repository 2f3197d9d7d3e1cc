"""专栏 box items in the forms real plans write them (issue 11): a short title, then a sentence
that describes it, then the owners; expected values read off by hand."""

from policykg.extract.pipeline import extract_text


def test_a_box_item_titled_by_its_first_sentence_and_described_by_the_rest():
    text = ("某市就业规划\n第三章 重点任务\n专栏1 就业重点工程\n"
            "1.零工市场建设工程。建设10个零工市场，完善服务功能。（市人社局、市财政局）\n"
            "2.技能提升行动（市人社局牵头，市教育局配合）\n3.大力开展职业技能培训工作。(市人社局)\n")
    rec = extract_text("t.txt", text)
    assert [(t.box_no, t.item_no, t.title, t.description, [o.written for o in t.lead], [o.written for o in t.co])
            for t in rec.tasks] == [
        ("1", "1", "零工市场建设工程", "建设10个零工市场，完善服务功能", ["市人社局"], ["市财政局"]),
        ("1", "2", "技能提升行动", "", ["市人社局"], ["市教育局"]),
        ("1", "3", "大力开展职业技能培训工作", "", ["市人社局"], []),
    ]
