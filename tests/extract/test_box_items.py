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


def test_box_items_written_as_paragraphs_each_closed_by_its_owners():
    """山西省数字政府建设规划 (2023) writes a box's items as unnumbered paragraphs, a run-in
    title, its description, its owners; a box with one paragraph and no run-in title of its
    own is one commitment titled by the box."""
    text = ("山西省数字政府建设规划\n### （一）构建数字化经济运行监测体系\n加快推进经济运行监测能力建设。推动财政、审计等领域数据共享。\n\n"
            "```\n专栏1　数字化经济运行监测体系建设工程\n"
            "发展改革领域数字化建设。建设经济治理基础数据库。（省发展改革委牵头，省工信厅、省商务厅等相关部门配合）\n\n"
            "能源领域数字化建设。建设山西省能源信息监管服务平台。（省能源局牵头，市县政府、省直相关部门配合）\n```\n\n"
            "### （二）深化数字化市场监管体系\n推进市场监管数字化。\n\n"
            "专栏2　数字机关运行体系建设工程\n建设全省统一的协同办公平台，推进公文全程网上流转。（省审批服务管理局牵头，市县政府配合）\n\n"
            "### （三）建设政务大数据中心\n加强政务数据统筹管理。\n")
    rec = extract_text("t.txt", text)
    assert [(t.box_no, t.title, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks] == [
        ("1", "发展改革领域数字化建设", ["省发展改革委"], ["省工信厅", "省商务厅"]),
        ("1", "能源领域数字化建设", ["省能源局"], ["市县政府", "省直相关部门"]),
        ("2", "数字机关运行体系建设工程", ["省审批服务管理局"], ["市县政府"]),
    ]
