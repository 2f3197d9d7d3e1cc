"""Tables pasted as text with spaces between cells (issue 11). Text in the style of a State Council
量化指标任务分工 as a law library prints it; expected tuples read off by hand."""

from policykg.extract.pipeline import extract_text
from tests.extract.owner_tuples import numbered_owner_tuples


def test_a_header_name_spaced_out_letter_by_letter_is_one_column():
    text = ("2016年《政府工作报告》量化指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n"
            "1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n"
            "3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n")
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, [o.written for o in t.lead]) for t in rec.tasks] == [
        ("1", "居民消费价格涨幅3%左右", ["发展改革委"]),
        ("2", "城镇新增就业1000万人以上", ["人力资源社会保障部"]),
        ("3", "安排财政赤字2.18万亿元,赤字率提高到3%", ["财政部"]),
    ]


def test_a_two_level_header_pasted_one_cell_per_line_gives_its_lower_names_last():
    # 重点工作 spans 工作内容 and 主要任务; a page lists the upper names first, then the lower ones
    text = ("2023年区政府重点工作任务\n\n序号\n\n重点工作\n\n具体任务分解\n\n完成时限\n\n牵头单位\n\n责任单位\n\n"
            "牵头区领导\n\n备注\n\n工作\n\n内容\n\n主要任务\n\n"
            "1\n\n一、全年主要预期目标\n\n1.地区生产总值\n\n增长8.5%左右,力争增长9%\n\n2023年12月底前\n\n区发展改革委\n\n"
            "区经济和信息化局、区商务局\n\n鲁胜启\n\n"
            "2\n\n2.固定资产投资\n\n增长10%\n\n2023年12月底前\n\n区发展改革委\n\n区住房城乡建设局\n\n鲁胜启\n")
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, t.description, t.deadline, [o.written for o in t.lead], [o.written for o in t.co])
            for t in rec.tasks] == [
        ("1", "地区生产总值", "增长8.5%左右，力争增长9%", "2023年12月底前", ["区发展改革委"], ["区经济和信息化局", "区商务局"]),
        ("2", "固定资产投资", "增长10%", "2023年12月底前", ["区发展改革委"], ["区住房城乡建设局"]),
    ]


def test_a_responsible_column_split_into_lead_and_co_below_it():
    text = ("某市任务分解表\n序号\n重点任务\n责任单位\n完成时限\n牵头单位\n配合单位\n"
            "1\n建设社区食堂20个\n市民政局\n各区政府\n2024年底\n2\n新增托位300个\n市卫生健康委\n市教育局\n2024年6月\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, [o.written for o in t.lead], [o.written for o in t.co], t.deadline) for t in rec.tasks] == [
        ("建设社区食堂20个", ["市民政局"], ["各区政府"], "2024年底"),
        ("新增托位300个", ["市卫生健康委"], ["市教育局"], "2024年6月"),
    ]


def test_a_numbered_item_after_a_table_laid_out_with_spaces_is_not_more_of_its_last_row():
    text = ("2016年《政府工作报告》量化指标任务分工\n序号 工作任务 牵头负责部门\n"
            "6 推进5万个行政村通光纤 工业和信息化部\n"
            "1.全县生产总值增长7.5%左右。 责任单位:县发改局、县财政局 2.落实党政机关过紧日子的要求。 责任单位:县财政局\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks] == [
        ("推进5万个行政村通光纤", ["工业和信息化部"], []),
        ("全县生产总值增长7.5%左右", [], ["县发改局", "县财政局"]),
        ("落实党政机关过紧日子的要求", [], ["县财政局"]),
    ]


def test_a_notice_run_into_the_header_and_group_headings_and_blank_lines_between_rows():
    # 常熟市2018年政府工作任务分解表, a forum reprint: rows "N 任务. 单位" with a blank line between
    text = ("市政府办公室关于分解落实2018年 政府工作任务的通知 各镇人民政府: 附件:常熟市2018年政府工作任务分解表 "
            "常熟市人民政府办公室 2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n"
            "一、经济社会发展主要预期目标分解(11项)\n\n1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n\n"
            "2 一般公共预算收入增长8%以上. 财政局\n\n"
            "7 全社会固定资产投资额550亿元,其中:工业技改投资增长10%. 发改委、经信委、科技局\n")
    assert numbered_owner_tuples(text) == [
        ("1", "地区生产总值增长7%以上,服务业增加值占GDP比重47.1%", ["发改委"], []),
        ("2", "一般公共预算收入增长8%以上", ["财政局"], []),
        ("7", "全社会固定资产投资额550亿元,其中:工业技改投资增长10%", ["发改委", "经信委", "科技局"], []),
    ]


def test_sentences_a_layout_put_in_an_owner_column_are_reported_not_read_as_names():
    # 广东省妇女发展规划 目标责任分解书, flattened: a target's sentences landed in the 主要责任单位 column
    text = "序号\t主要目标\t主要责任单位\n1\t妇女享有良好的基本卫生服务\t——到2020年，两癌死亡率降低。\n"  # a reader's cells
    rec = extract_text("t.txt", text)
    assert [(t.title, t.lead, t.co) for t in rec.tasks] == [("妇女享有良好的基本卫生服务", [], [])]
    assert [u.reason for u in rec.unattached] == ["owner cell whose units could not be read"]


def test_rows_of_a_space_table_indented_as_paragraphs_are():
    # 2016年《政府工作报告》量化指标任务分工 (国办函〔2016〕38号) on a page that indents every line with 　　
    text = ("2016年《政府工作报告》量化指标任务分工\n\n　　序号 工 作 任 务 牵头负责部门\n　　1 居民消费价格涨幅3%左右 发展改革委\n"
            "　　2 城镇新增就业1000万人以上 人力资源社会保障部\n　　4 安排地方专项债券4000亿元 财政部\n")
    assert numbered_owner_tuples(text) == [
        ("1", "居民消费价格涨幅3%左右", ["发展改革委"], []),
        ("2", "城镇新增就业1000万人以上", ["人力资源社会保障部"], []),
        ("4", "安排地方专项债券4000亿元", ["财政部"], []),
    ]
