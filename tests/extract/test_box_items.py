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


def test_a_box_item_whose_short_title_ends_with_a_colon():
    text = ("某省就业促进规划\n第三章 重点任务\n专栏2：就业服务提升工程\n"
            "2.公共就业服务能力提升工程：建设省级公共就业服务平台，推进服务下沉。（省人力资源社会保障厅牵头，省财政厅配合）\n"
            "3.实施“技能中国行动”：每年培训100万人次。（省人力资源社会保障厅）\n")
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, t.description, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks] == [
        ("2", "公共就业服务能力提升工程", "建设省级公共就业服务平台，推进服务下沉", ["省人力资源社会保障厅"], ["省财政厅"]),
        ("3", "实施“技能中国行动”", "每年培训100万人次", ["省人力资源社会保障厅"], []),
    ]
