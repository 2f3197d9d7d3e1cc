"""A plan saved as Markdown (a web clipper's or a converter's output) reads as the text it marks up
(issue 11): heading marks, bold runs and bullets go; offsets still point into the file."""

from policykg.extract.pipeline import extract_text

PLAN = ("# 某省就业促进行动方案\n\n## 一、重点任务\n\n"
        "**（一）推进零工市场建设。** 建设一批零工市场，完善服务功能。（省人社厅牵头，省财政厅配合）\n\n"
        "- **（二）加强技能培训。** 开展补贴性培训。（省人社厅、省教育厅按职责分工负责）\n")


def test_markdown_marks_are_not_part_of_titles_numbers_or_headings():
    rec = extract_text("plan.md", PLAN)
    assert rec.plan.title == "某省就业促进行动方案"
    assert [(t.item_no, t.title, [o.written for o in t.lead], [o.written for o in t.co], t.section) for t in rec.tasks] == [
        ("一", "推进零工市场建设", ["省人社厅"], ["省财政厅"], "一、重点任务"),
        ("二", "加强技能培训", [], ["省人社厅", "省教育厅"], "一、重点任务"),
    ]
    first = rec.tasks[0].span
    assert (first.line, PLAN[first.start:first.end]) == (5, "推进零工市场建设")


def test_a_plain_text_plan_with_one_asterisk_is_left_alone():
    text = "某市方案\n一、重点任务\n1.建设*号站点。（市发改委负责）\n"
    assert [t.title for t in extract_text("t.txt", text).tasks] == ["建设*号站点"]


def test_a_template_s_blanks_are_not_markdown():
    text = "某县____年民生实事方案\n一、重点任务\n1.新建____个托育点。（县卫健委负责）\n2.改造____公里道路。（县交通局负责）\n"
    assert [t.title for t in extract_text("t.txt", text).tasks] == ["新建____个托育点", "改造____公里道路"]


def test_heading_marks_a_pdf_ran_into_their_text_go_too():
    # a Markdown page printed to PDF and read back: the space after ### is lost
    text = ("##三、全面建设开放共享的数据资源体系\n###（一）健全数据管理机制。\n"
            "进一步健全完善数据共享协调机制。（牵头单位：省大数据局，责任单位：省政府各部门）\n"
            "###（二）提升政务云平台支撑能力。\n全面提升政务云服务能力。（牵头单位：省大数据局，责任单位：省政府各部门）\n")
    rec = extract_text("plan.txt", text)
    assert [(t.item_no, t.title, [o.written for o in t.lead]) for t in rec.tasks] == [
        ("一", "健全数据管理机制", ["省大数据局"]),
        ("二", "提升政务云平台支撑能力", ["省大数据局"]),
    ]
