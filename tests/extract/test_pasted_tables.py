"""Tables pasted as text with spaces between cells (issue 11). Text in the style of a State Council
量化指标任务分工 as a law library prints it; expected tuples read off by hand."""

from policykg.extract.pipeline import extract_text
from tests.extract.owner_tuples import numbered_owner_tuples, owner_tuples as _tuples


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


def test_a_progress_report_keeps_its_owner_column_beside_a_progress_column():
    # 区政府工作报告目标任务上半年推进情况汇总表: the owner cell runs over lines (one unit a line,
    # 区供销联社 unknown to the vocabulary but carrying the cell's 区), the office's 推进情况 after it,
    # a group and a subgroup heading before row 10
    text = ("2025年区政府工作报告目标任务上半年推进情况汇总表\n序号 目标任务 责任单位 上半年推进情况\n"
            "一、经济社会发展主要预期目标\n1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n"
            "2 第一产业增加值增长5%。 区农业农村委\n区林业局\n区供销联社\n区畜牧业发展中心\n第一产业增加值同比增长3.4%。\n"
            "二、重点工作\n(一)以创建国家高新区为抓手,更大力度推动科技创新\n"
            "10 实施高能级创新平台建设行动,启动创建国家高能级科技型企业孵化器。 区科技局 全面启动国家高新区创建工作。\n")
    assert numbered_owner_tuples(text) == [
        ("1", "地区生产总值增长6%以上", [], ["区发展改革委"]),
        ("2", "第一产业增加值增长5%", [], ["区农业农村委", "区林业局", "区供销联社", "区畜牧业发展中心"]),
        ("10", "实施高能级创新平台建设行动,启动创建国家高能级科技型企业孵化器", [], ["区科技局"]),
    ]


def test_a_leaders_name_spaced_out_and_a_starred_row_stay_in_their_columns():
    # 牵头县领导 holds 路 军 (a two-character name the page spaced out); ★6 marks a key task
    text = ("怀远县2021年度政府重点工作任务第一季度完成情况汇总表\n序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况\n"
            "1 地区生产总值增长9%以上。 路 军 发展改革委 数据上报中\n"
            "5\n单位生产总值能耗、主要污染物排放均控制在上级下达的目标以内。\n路 军\n屈 磊\n发展改革委\n生态环境分局\n"
            "发展改革委:单位生产总值能耗控制在上级下达的目标以内。\n"
            "★6 更深层次更多领域融入长三角产业分工协作,积极与沪苏浙开展结对共建。 路 军 发展改革委 已成功申报15个项目。\n")
    assert [t[2:] for t in numbered_owner_tuples(text)] == [
        (["发展改革委"], []),
        (["发展改革委", "生态环境分局"], []),
        (["发展改革委"], []),
    ]


def test_one_offices_share_of_a_county_list_keeps_the_lists_row_numbers_one_cell_per_line():
    # 农业农村局…承担政府重点工作完成情况: rows 6, 52, 53 of the county's list; sections (股) own them
    text = ("农业农村局2023年11月承担政府重点工作完成情况\n\n序号\n\n目标任务\n\n牵头责任单位\n\n计划完成时间\n\n"
            "目前完成情况\n\n是否达到序时进度\n\n"
            "6\n\n农村常住居民人均可支配收入与经济增长同步。\n\n经管站\n\n2023年底\n\n三季度绝对数16285元,增幅7.4%\n\n"
            "52\n\n建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。\n\n农田建设管理股、农业股\n\n2023年底\n\n"
            "高标准农田8.3万亩正在施工中,整体进度70%。\n\n"
            "53\n\n加快推动农业规模化经营,完成“一村一块田”改革试验20万亩。\n\n经管站\n\n2023年底\n\n"
            "已累计完成“一村一块田”改革试验面积31.7万亩。\n")
    assert numbered_owner_tuples(text) == [
        ("6", "农村常住居民人均可支配收入与经济增长同步", ["经管站"], []),
        ("52", "建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上", ["农田建设管理股", "农业股"], []),
        ("53", "加快推动农业规模化经营,完成“一村一块田”改革试验20万亩", ["经管站"], []),
    ]


def test_a_space_table_on_a_page_that_puts_a_blank_line_after_every_line():
    # the 推进情况 table of 区政府工作报告目标任务 as a page gives it with a blank line after each line
    text = ("序号 目标任务 责任单位 上半年推进情况\n\n"
            "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n\n"
            "2 第一产业增加值增长5%。 区农业农村委\n\n区林业局\n\n区供销联社\n\n第一产业增加值同比增长3.4%。\n\n"
            "3 规上工业增加值增长3.5%。 区经济信息委 规上工业增加值同比增长0.4%。\n\n"
            "二、重点工作\n\n全区各部门要抓好落实。\n")
    assert numbered_owner_tuples(text) == [
        ("1", "地区生产总值增长6%以上", [], ["区发展改革委"]),
        ("2", "第一产业增加值增长5%", [], ["区农业农村委", "区林业局", "区供销联社"]),
        ("3", "规上工业增加值增长3.5%", [], ["区经济信息委"]),
    ]


def test_a_header_with_names_over_two_lines_and_a_last_row_short_of_a_cell():
    # 九江 2025年市人大代表票决民生实事项目进展情况表: 开工 / 时间, 总投资 / （万元）; units a line each; the page
    # stops before the last row's progress cell
    text = ("序号\n\n项目名称\n\n项目内容\n\n责任单位\n\n开工\n\n时间\n\n竣工\n\n时间\n\n总投资\n\n(万元)\n\n项目进展情况\n\n"
            "1\n\n中心城区完整社区建设项目\n\n①柴桑区完整社区建设;②濂溪区完整社区建设。\n\n市住建局\n\n柴桑区政府\n\n濂溪区政府\n\n"
            "2025年3月\n\n2025年12月\n\n23000\n\n①4月初开工建设。\n\n"
            "2\n\n打通“断头路”项目\n\n①浔阳区武装部南侧道路项目。\n\n市城管局\n\n市城发集团\n\n2024年7月\n\n2025年12月\n\n7300\n")
    assert numbered_owner_tuples(text) == [
        ("1", "中心城区完整社区建设项目", [], ["市住建局", "柴桑区政府", "濂溪区政府"]),
        ("2", "打通“断头路”项目", [], ["市城管局", "市城发集团"]),
    ]


def test_a_task_cell_of_numbered_lines_before_its_lead_and_co_cells():
    # 袁州区2023年区政府民生实事进展情况: ①… ②… lines of one cell, then 牵头单位 and 责任单位 a unit a line;
    # the page stops inside the last row's progress
    text = ("序号\n\n项目名称\n\n具体任务及目标\n\n牵头单位\n\n责任单位\n\n进展情况\n\n"
            "1\n\n公办教育资源扩容提质惠民工程\n\n①完成区第二幼儿园等2所公办幼儿园建设。\n\n②完成宜春十中改造项目工程。\n\n"
            "③完成赣西中等职业技术学校项目二期建设。\n\n④启动宜春市特教学校扩建工程。\n\n"
            "区教体局\n\n区国投集团\n\n各有关乡镇(街道)\n\n区第二幼儿园建设项目已完工。\n")
    assert numbered_owner_tuples(text) == [
        ("1", "公办教育资源扩容提质惠民工程", ["区教体局"], ["区国投集团", "各有关乡镇(街道)"]),
    ]


def test_a_column_named_only_name_before_the_task_column_is_the_rows_indicator_not_its_task():
    # 苏州 2011 政府工作任务分解表: 名称 | 工作任务 | 主要责任单位 (the task is the second column)
    text = ("苏州市2011年政府工作任务分解表\n序号\t名称\t工作任务\t主要责任单位\n"
            "1\t地区生产总值\t地区生产总值增长12%\t市发改委、统计局\n"
            "2\t财政收入\t地方财政一般预算收入增长12%以上\t市财政局、国税局、地税局\n")
    assert _tuples(text) == [
        ("地区生产总值增长12%", ["市发改委", "统计局"], []),
        ("地方财政一般预算收入增长12%以上", ["市财政局", "国税局", "地税局"], []),
    ]


def test_a_column_of_the_units_that_organise_and_carry_out_a_decision_names_its_owners():
    # 番禺 2017 重大行政决策事项目录: 组织承办部门 is the owner column, one cell per line ending in " |"
    text = ("2017年广州市番禺区人民政府重大行政决策事项目录\n序号 |\n决策事项名称 |\n决策事项主要内容 |\n组织承办部门 |\n"
            "1 |\n加快选址建设儿童医院 |\n建设区儿童专科医院 |\n区卫生和计划生育局 |\n"
            "2 |\n广州番禺区城乡更新总体规划（2014-2030） |\n审议通过城乡更新总体规划 |\n区城市更新局 |\n")
    rec = extract_text("t.txt", text)
    assert rec.plan.title == "2017年广州市番禺区人民政府重大行政决策事项目录"
    assert _tuples(text) == [
        ("加快选址建设儿童医院", [], ["区卫生和计划生育局"]),
        ("广州番禺区城乡更新总体规划（2014-2030）", [], ["区城市更新局"]),
    ]


def test_a_lead_cell_of_two_lines_then_the_list_of_co_owners_on_a_third():
    # 谯城区2025年政府工作报告重点工作任务分解表: cells separated by spaces; row 2's 主要责任单位 cell goes on
    # over a second line (one unit), then its 协同配合单位 cell, a list, on a line of its own
    text = ("谯城区2025年政府工作报告重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位\n"
            "1 地区生产总值增长6.5%左右。 区发改委 区政府各部门，谯城经开区管委会。\n"
            "2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n区政府有关部门，谯城经开区管委会，魏武国控集团。\n"
            "3 社会消费品零售总额增长8.2%左右。 区商务局 区发改委、区市场监管局。\n")
    assert _tuples(text)[1] == ("一般公共预算收入增长5%左右", ["区财政局", "区税务局"],
                                ["区政府有关部门", "谯城经开区管委会", "魏武国控集团"])
