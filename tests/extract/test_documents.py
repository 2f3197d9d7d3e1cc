"""Documents in the formats users download, written in the conventions of real 分工方案 and task
tables (tests/fixtures/documents, made by tests/fixtures/make_documents.py or written by hand).
Every expectation below was read off the document by a person, not printed by the code."""

import pytest

from policykg.extract.formats import read_document
from policykg.extract.pipeline import extract_file
from tests.conftest import FIXTURES

DOCS = FIXTURES / "documents"
SCOPE = ("各县市区", "co", "scope rule")  # 以下均需各县市区落实，不再逐一列出 (task 一（三）)


def _tasks(rec):
    return [
        (t.item_no, t.title, [(r.owner.name, r.role, r.basis) if r.basis else (r.owner.name, r.role)
                              for r in t.responsibilities], t.deadline)
        for t in rec.tasks
    ]


# 滨江市 分工方案: numbered paragraphs closed by owner brackets, a label line, a scope rule,
# 一是… enumerations, Word auto-numbered items, 会同, a deadline bracket, names with brackets.
BINJIANG_PARAGRAPHS = [
    ("一", "加大援企稳岗力度", [("市人力资源和社会保障局", "lead"), ("市财政局", "co"), ("市税务局", "co")], ""),
    ("二", "支持中小微企业吸纳就业", [("市人社局", "lead"), ("市财政局", "co"), ("各区、县级市", "co")], ""),
    ("三", "推进重大项目建设带动就业", [("市发改委", "lead"), ("市政府有关部门", "co"), ("各县市区", "co")], ""),
    ("一是", "开发政策性岗位", [("市委组织部", "co"), ("市人社局", "co"), SCOPE], ""),
    ("三是", "加强就业指导服务", [("市教育局", "lead"), ("各高校", "co"), SCOPE], ""),
    ("2", "做好退役军人就业", [("市退役军人事务局", "lead"), ("市人社局", "co"), ("市国资委", "co"), SCOPE], ""),
    ("3", "建立乡镇（街道）就业服务站点，在社区设立就业服务窗口",
     [("市民政局", "lead"), ("各区", "co"), ("各部门", "co"), SCOPE], "2025年底前"),
    ("一", "加强交通出行保障", [("市住房城乡建设管理委", "co"), ("市交通委（市道运局）", "co"), ("市规划资源局", "co"), SCOPE], ""),
    ("二", "强化知识产权服务就业",
     [("市市场监管局（市知识产权局）", "co"), ("市科技局", "co"), ("各区、县级市", "co"), SCOPE], ""),
]
BINJIANG_TABLE = [
    ("1", "实施重点产业链岗位开发计划", [("市工业和信息化局", "lead"), ("市发改委", "co"), ("市人社局", "co"), SCOPE], "2024年12月底前"),
    ("2", "开展“春风行动”专项招聘", [("市人社局", "lead"), SCOPE], "年内持续推进"),
    # 牵头单位 merged down over rows 2 and 3 of the table
    ("3", "推进零工市场建设", [("市人社局", "lead"), ("各区、县级市人民政府", "co"), SCOPE], "2024年9月底前"),
]


def test_word_task_division_plan():
    rec = extract_file(DOCS / "binjiang-task-division.docx")
    assert (rec.plan.title, rec.plan.issuers, rec.plan.doc_no, rec.plan.level) == (
        "滨江市促进高质量充分就业重点任务分工方案", ["滨江市人民政府办公室"], "滨政办发〔2024〕15号", "municipal")
    assert [(c.title, c.relation, c.doc_no) for c in rec.citations] == [
        ("辽宁省“十四五”就业和社会保障规划", "parent", "辽政办发〔2021〕29号")]
    assert _tasks(rec) == BINJIANG_PARAGRAPHS + BINJIANG_TABLE


def test_word_automatic_numbering_is_rendered():
    text = read_document(DOCS / "binjiang-task-division.docx").text
    assert "\n2.做好退役军人就业。由市退役军人事务局会同" in text


def test_pdf_of_the_same_plan_gives_the_same_tasks():
    """LibreOffice's PDF: the page width wrapped most paragraphs, one owner bracket starts its
    own line, and 〔2021〕29号 was moved whole to the next line; the task table is ruled, and its
    牵头单位 cell merged over two rows owns both, as in the Word file."""
    rec = extract_file(DOCS / "binjiang-task-division.pdf")
    assert _tasks(rec) == BINJIANG_PARAGRAPHS + BINJIANG_TABLE
    assert [c.doc_no for c in rec.citations] == ["辽政办发〔2021〕29号"]


def test_excel_task_list_with_merged_cells_and_two_sheets():
    rec = extract_file(DOCS / "binjiang-task-list.xlsx")
    rows = [(t.span.line, t.item_no, t.title, [(r.owner.name, r.role) for r in t.responsibilities], t.deadline, t.section)
            for t in rec.tasks]
    first = "重点任务 / 一、稳定和扩大就业岗位 / "
    second = "重点任务 / 二、强化重点群体就业服务 / "
    assert rows == [
        (4, "1", "落实失业保险稳岗返还政策", [("市人社局", "lead"), ("市财政局", "co"), ("市税务局", "co")], "2024年6月底前", first + "稳岗扩岗"),
        (5, "2", "发放一次性扩岗补助", [("市人社局", "lead")], "2024年12月底前", first + "稳岗扩岗"),
        (6, "3", "建设省级创业孵化示范基地", [("市人社局", "lead"), ("市科技局", "lead"), ("各区、县级市人民政府", "co")], "2025年底前",
         first + "支持创业带动就业"),
        (8, "4", "开展“百日千万”招聘专项行动", [("市人社局", "lead"), ("市教育局", "co"), ("团市委", "co")], "2024年8月底前",
         second + "高校毕业生就业"),
        (9, "5", "开发科研助理岗位", [("滨江大学", "lead"), ("之江实验室", "lead"), ("市科技局", "co")], "2024年9月底前",
         second + "高校毕业生就业"),
        (10, "6", "开发公益性岗位兜底安置", [("市人社局", "lead"), ("市民政局", "co"), ("市残联（市残疾人就业服务中心）", "co")], "年内持续推进",
         second + "困难群体帮扶"),
        # sheet 民生实事: only 责任单位, so nobody leads; 按职责分工负责 in a cell is read too
        (2, "1", "新建10个“15分钟就业服务圈”", [("市人社局", "co"), ("市民政局", "co")], "2024年底", "民生实事"),
        (3, "2", "完成技能培训2万人次", [("省经信厅", "co"), ("省科技厅", "co")], "2024年底", "民生实事"),
    ]
    assert rec.tasks[6].span.source == "binjiang-task-list.xlsx"


def test_csv_in_gbk_with_a_title_row():
    rec = extract_file(DOCS / "municipal-livelihood-projects.csv")
    assert rec.encoding == "csv/gb18030"
    assert [(t.span.line, t.item_no, t.title, [(r.owner.name, r.role) for r in t.responsibilities], t.deadline)
            for t in rec.tasks] == [
        (3, "1", "新增城镇就业1.2万人", [("市人社局", "lead"), ("各区县人民政府", "co")], "2024年12月"),
        (4, "2", "建设\"家门口\"就业服务站20个", [("市人社局", "lead"), ("市民政局", "co"), ("各区县人民政府", "co")], "2024年10月"),
        # 责任单位 cell with one unit per line (a line break inside the CSV cell); row 5 in Excel
        (5, "3", "开展职业技能培训1.5万人次", [("市人社局", "lead"), ("市教育局", "lead"), ("市总工会", "co"), ("团市委", "co")], "2024年11月"),
    ]


def test_government_web_page_in_gb2312():
    rec = extract_file(DOCS / "qingchuan-stable-employment-page.html")
    assert (rec.plan.title, rec.plan.issuers, rec.plan.doc_no, rec.plan.date, rec.plan.level, rec.plan.region) == (
        "青川县稳就业行动方案", ["青川县人民政府"], "青府发〔2024〕3号", "2024-03-18", "county", "青川县")
    assert [(c.title, c.relation, c.doc_no) for c in rec.citations] == [("四川省稳就业若干措施", "parent", "川办发〔2023〕12号")]
    assert _tasks(rec) == [
        ("一", "支持企业稳岗扩岗", [("县人力资源社会保障局", "lead"), ("县财政局", "co"), ("县税务局", "co")], ""),
        # 责任单位： on a line of its own (after <br/>): no lead; the label governs 各乡镇人民政府 too
        ("二", "扩大公益性岗位规模", [("县人力资源社会保障局", "co"), ("县乡村振兴局", "co"), ("各乡镇人民政府", "co")], ""),
        ("一是", "开展“技能青川”培训行动", [("县人力资源社会保障局", "lead")], ""),
        ("二是", "建设县级公共实训基地", [("县发展改革局", "lead"), ("县教育局", "lead"), ("县财政局", "co")], ""),
        ("二", "办好“春风行动”等招聘活动", [("县人力资源社会保障局", "co"), ("县总工会", "co"), ("团县委", "co"), ("县妇联", "co")],
         "2024年4月底前"),
        ("1", "开展高校毕业生“三支一扶”招募", [("县人力资源社会保障局", "lead"), ("县教育局", "co"), ("团县委", "co")], "2024年7月"),
        # rowspan=2 牵头单位 applies to the second row too
        ("2", "开发就业见习岗位300个", [("县人力资源社会保障局", "lead"), ("县国资中心", "co")], "2024年底前"),
        ("3", "农民工返乡创业园区建设", [("县经济信息化和科学技术局", "lead")], "2025年6月底前"),
    ]


def test_web_page_boilerplate_and_scripts_are_not_read():
    text = read_document(DOCS / "qingchuan-stable-employment-page.html").text
    for noise in ("不应出现的任务", "脚本里的文字", "首页", "您当前的位置", "分享到", "ICP备", "县长信箱"):
        assert noise not in text


def test_written_form_and_elided_prefix_in_a_web_page():
    rec = extract_file(DOCS / "qingchuan-stable-employment-page.html")
    owners = [(r.owner.written, r.owner.name) for r in rec.tasks[3].responsibilities]
    assert owners == [("县发展改革局", "县发展改革局"), ("教育局", "县教育局"), ("县财政局", "县财政局")]
    assert rec.tasks[3].open_list  # 县财政局等单位


@pytest.mark.parametrize("name", ["binjiang-task-division.docx", "binjiang-task-list.xlsx", "qingchuan-stable-employment-page.html"])
def test_owner_offsets_point_at_the_name_in_the_extracted_text(name):
    src = read_document(DOCS / name)
    rec = extract_file(DOCS / name)
    for t in rec.tasks:
        for r in t.responsibilities:
            assert src.text[r.owner.span.start:r.owner.span.end] == r.owner.written


def test_ruled_table_in_a_pdf_is_read_row_by_row():
    """滨河县 task table printed to PDF (make_documents.py --table-pdf): ruled cells whose text
    wraps inside the cell, a merged 重点任务 cell over two rows, a table running onto page 2."""
    rec = extract_file(DOCS / "binhe-task-table.pdf")
    tasks = _tasks(rec)
    assert len(tasks) == 31  # 30 numbered rows, task 3 with two rows of owners
    assert tasks[0] == ("1", "新建改建农村公路120公里，改造危桥10座",
                        [("县交通运输局", "lead"), ("县财政局", "co"), ("各乡镇人民政府", "co")], "2030年12月")
    assert tasks[2][1] == tasks[3][1] == "建成城乡社区嵌入式养老服务站15个，为困难老年人提供上门服务"
    assert (tasks[2][2:], tasks[3][2:]) == (([("县民政局", "lead"), ("县卫生健康局", "co"), ("县财政局", "co")], "2030年11月"),
                                            ([("县医保局", "lead"), ("各乡镇人民政府", "co")], "2030年12月"))
    assert tasks[-1] == ("30", "完成第30批老旧小区改造，惠及居民3000户", [("县住建局", "lead"), ("各街道办事处", "co")], "2030年10月")
    assert rec.plan.title == "滨河县2030年民生实事任务分解表"


def test_a_table_laid_out_with_spaces_in_a_pdf_keeps_its_columns():
    """国办函〔2016〕38号 量化指标任务分工 as a page shows it, printed to PDF (make_documents.py
    --table-pdf): no rules, one space between the cells. A gap as wide as a typed space between
    Chinese characters, after a row's number and before an item's number is a space, so the
    columns and the run-in items survive; between Chinese and Latin text it is not (就业951, yingkou)."""
    rec = extract_file(DOCS / "quantified-targets-space-table.pdf")
    assert _tasks(rec) == [
        ("1", "居民消费价格涨幅3%左右", [("发展改革委", "lead")], ""),
        ("2", "城镇新增就业1000万人以上", [("人力资源社会保障部", "lead")], ""),
        ("4", "安排地方专项债券4000亿元", [("财政部", "lead")], ""),
        ("5", "中央财政安排1000亿元专项奖补资金,重点用于职工分流安置,2016年安排500亿元", [("财政部", "lead")], ""),
        ("6", "推进5万个行政村通光纤", [("工业和信息化部", "lead")], ""),
        ("1", "全县生产总值增长7.5%左右", [("县发改局", "co"), ("县财政局", "co")], ""),
        ("2", "落实党政机关过紧日子的要求", [("县财政局", "co")], ""),
    ]


def test_a_row_number_that_ends_a_pdf_page_is_not_taken_for_the_page_number():
    """吴江 2024 任务分解 printed one cell per line: page 1 ends with row 1's number, at the text's
    left edge; the page number of page 2 is centred under the text."""
    from policykg.extract.formats.pdf import _PdfLine, _strip_page_numbers

    def line(text, left, top):
        return _PdfLine(text, left, left + 11 * len(text), top, top - 11, 11.0, 0)

    page = [line("序号", 86, 700), line("一、2024年全区经济社会发展主要预期目标", 86, 680), line("1", 86.5, 108)]
    assert [ln.text for ln in _strip_page_numbers(page)] == ["序号", "一、2024年全区经济社会发展主要预期目标", "1"]
    page = [line("主要预期目标", 86, 700), line("1.地区生产总值增长5%以上。", 86, 680), line("2", 295, 60)]
    assert [ln.text for ln in _strip_page_numbers(page)] == ["主要预期目标", "1.地区生产总值增长5%以上。"]
    page = [line("主要预期目标", 86, 700), line("- 2 -", 86, 60)]  # framed by dashes: a page number wherever it stands
    assert [ln.text for ln in _strip_page_numbers(page)] == ["主要预期目标"]
