"""Tables pasted one cell per line whose rows open with their task cell's own number (issue 11):
no 序号 column, or rows under one 序号 whose first cells a page merged away. Text in the style of
county 政府工作报告 分解 tables; expected tuples read off by hand."""

from policykg.extract.pipeline import extract_text
from tests.extract.owner_tuples import owner_tuples as _tuples


def test_rows_without_a_number_column_open_with_a_numbered_task_cell_after_the_leader():
    text = ("2021年市政府重点工作责任分工抓落实方案\n\n牵头领导\n\n重点工作\n\n牵头单位\n\n配合单位\n\n备注\n\n"
            "周阳市长\n\n1.始终做到忠诚于党。学懂弄通做实习近平新时代中国特色社会主义思想。\n\n市府办\n\n各单位\n\n"
            "2.深化作风建设。持续整治形式主义。\n\n市纪委\n\n市府办\n\n"
            "李四副市长\n\n3.推进政务公开。\n\n市政务服务中心\n\n各乡镇人民政府\n")
    assert _tuples(text) == [
        ("始终做到忠诚于党", ["市府办"], ["各单位"]),
        ("深化作风建设", ["市纪委"], ["市府办"]),
        ("推进政务公开", ["市政务服务中心"], ["各乡镇人民政府"]),
    ]


def test_rows_under_one_number_with_their_first_cells_merged_away():
    text = ("区政府2024年重点工作目标任务分解落实方案\n序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n"
            "一、2024年全区经济社会发展主要预期目标\n|\n||||\n1\n|\n主要预期目标\n|\n1.地区生产总值增长5%以上。\n|\n"
            "钱 宇\n|\n★区发改委、统计局\n|\n2.一般公共预算收入同口径增长6%以上。\n|\n★区财政局、税务局\n|\n|||\n"
            "3.主要污染物排放总量削减完成上级下达任务。\n|\n王 嵘\n方 勇\n|\n★生态环境局\n|\n||\n")
    assert _tuples(text) == [
        ("地区生产总值增长5%以上", [], ["区发改委", "统计局"]),
        ("一般公共预算收入同口径增长6%以上", [], ["区财政局", "税务局"]),
        ("主要污染物排放总量削减完成上级下达任务", [], ["生态环境局"]),
    ]


def test_a_count_column_named_over_two_lines_is_one_column():
    text = ("区本级重点工作责任分解\n序号\n\n重点工作\n\n区本级\n\n任务数\n\n责任单位\n\n"
            "1\n\n地区生产总值增长6.5%。\n\n\n区发改局\n\n2\n\n固定资产投资增长10.0%左右。\n\n5%\n\n区发改局\n")
    assert [(title.rstrip("。"), lead, co) for title, lead, co in _tuples(text)] == [
        ("地区生产总值增长6.5%", [], ["区发改局"]),
        ("固定资产投资增长10.0%左右", [], ["区发改局"]),
    ]


def test_group_lines_before_the_first_row_and_a_leader_column_named_over_two_lines():
    text = ("2021年市政府工作报告部署工作责任分工\n\n序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n备注\n\n"
            "强化科技创新支撑能力。\n\n\n(一)\n\n加强战略科技力量建设。\n\n"
            "1\n\n加快建设科技创新轴。\n\n王 东\n\n市科技局\n\n黄埔区、南沙区政府\n\n"
            "2\n\n全力做好国家实验室筹建保障服务工作。\n\n王 东\n\n市科技局\n\n市政府办公厅、市财政局\n")
    assert [(title.rstrip("。"), lead, co) for title, lead, co in _tuples(text)] == [
        ("加快建设科技创新轴", ["市科技局"], ["黄埔区", "南沙区政府"]),
        ("全力做好国家实验室筹建保障服务工作", ["市科技局"], ["市政府办公厅", "市财政局"]),
    ]


def test_rows_numbered_after_a_task_column_the_header_names_before_an_unnamed_number():
    # 工作任务 merged over rows 3 and 4; the rows' numbers stand in a column the header does not name
    text = ("某局政务公开重点任务清单\n工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n"
            "强化行政规范性文件集中规范公开\n|\n1\n|\n对行政规范性文件进行全面清理。\n|\n办公室\n|\n年底前\n|\n"
            "做好主动公开基础工作\n|\n2\n|\n严格规范政府信息公开专栏。\n|\n各科室\n|\n持续推进\n|\n"
            "3\n|\n规范做好年度报告编制发布工作。\n|\n办公室\n|\n持续推进\n|\n"
            "认真抓好工作落实\n|\n4\n|\n制定并公开本部门政务公开重点任务清单，逐项推动工作落实。\n|\n办公室\n|\n持续推进\n|\n")
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, [o.written for o in t.co], t.deadline) for t in rec.tasks] == [
        ("1", "强化行政规范性文件集中规范公开", ["办公室"], "年底前"),
        ("2", "做好主动公开基础工作", ["各科室"], "持续推进"),
        ("3", "做好主动公开基础工作", ["办公室"], "持续推进"),
        ("4", "认真抓好工作落实", ["办公室"], "持续推进"),
    ]


def test_street_offices_and_towns_one_a_line_in_a_responsible_cell():
    text = ("万盛经开区2026年重点民生实事工作目标任务\n\n序号\n\n事项名称\n\n责任单位\n\n事项内容\n\n"
            "1\n\n实施中心城区“15分钟高品质生活服务圈”建设\n\n万盛街道\n\n东林街道\n\n万东镇\n\n完成服务圈建设，持续提升功能设施便捷度。\n\n"
            "2\n\n实施老旧小区居住品质提升工程\n\n住房城乡建设局\n\n完成老旧小区改造。\n")
    assert _tuples(text) == [
        ("实施中心城区“15分钟高品质生活服务圈”建设", [], ["万盛街道", "东林街道", "万东镇"]),
        ("实施老旧小区居住品质提升工程", [], ["住房城乡建设局"]),
    ]


def test_a_goal_with_empty_unit_cells_heads_its_targets_each_closed_by_its_units():
    # 《广东省妇女发展规划(2011—2020年)》目标责任分解书, pasted one cell per line: a numbered goal whose
    # unit cells are empty (lines of spaces), its —— targets over several lines, the units one per
    # line (the first in 主要责任单位); a goal with units of its own is a row itself
    text = ("领域\n主要目标\n主要责任单位\n责任单位\n1.妇女在整个生命周期享有良好的基本卫生服务。\n \n \n"
            "——女性人均预期寿命延长。\n——建立妇女健康档案。到2020年,健康档案建档率达90%。\n省卫生厅\n省发改委\n省人口计生\n省妇联\n"
            "2.提高孕产妇医疗保健水平。\n \n \n——孕产妇死亡率控制在15/10万以内。\n省卫生厅\n省公安厅\n"
            "——孕产妇中重度贫血患病率降低。\n省卫生厅\n省工商局\n"
            "3.妇女享有优质避孕节育计生服务,人工流产率降低。\n省计生委\n省卫生厅\n")
    assert _tuples(text) == [
        ("女性人均预期寿命延长", ["省卫生厅"], ["省发改委", "省人口计生", "省妇联"]),
        ("孕产妇死亡率控制在15/10万以内", ["省卫生厅"], ["省公安厅"]),
        ("孕产妇中重度贫血患病率降低", ["省卫生厅"], ["省工商局"]),
        ("妇女享有优质避孕节育计生服务,人工流产率降低", ["省计生委"], ["省卫生厅"]),
    ]


def test_a_header_name_spaced_out_and_rows_whose_numbers_the_page_left_out():
    # 芜湖市 2019/2020年度市政府重点工作任务分解表, one cell per line
    text = ("2019年度市政府重点工作任务分解表\n序号\n目   标   与   任   务\n牵头责任单位\n责任单位\n      1        \n"
            "增林地、增绿地、增湿地。\n市自然资源和规划局\n各县区政府、开发区管委会\n")
    assert _tuples(text) == [("增林地、增绿地、增湿地", ["市自然资源和规划局"], ["各县区政府", "开发区管委会"])]
    text = ("2020年度市政府重点工作任务分解表\n序号\n目标与任务\n牵头责任单位\n责任单位\n"
            "秉持“共抓大保护、不搞大开发”理念,加快推进国土空间规划编制。\n市自然资源和规划局\n各县(市)区政府、开发区管委会\n"
            "扎实打好污染防治攻坚战。抓好生态环境保护督察。\n市生态环境局\n各县(市)区政府、开发区管委会\n")
    assert _tuples(text) == [
        ("秉持“共抓大保护、不搞大开发”理念,加快推进国土空间规划编制", ["市自然资源和规划局"], ["各县(市)区政府", "开发区管委会"]),
        ("扎实打好污染防治攻坚战。抓好生态环境保护督察", ["市生态环境局"], ["各县(市)区政府", "开发区管委会"]),  # a cell whole
    ]


def test_a_spaced_header_name_a_split_leader_column_and_the_last_rows_units_over_lines():
    # 常州市钟楼区 2024年《政府工作报告》主要目标任务责任分解表, one cell per line: 工 作 标 准 spaced out,
    # 区政府 / 分管领导 one column, the numbered target in the second task column, the co cell a unit a line
    text = ("2024年《政府工作报告》主要目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n"
            "1\n全区经济社会发展的主要预期目标\n(1)地区生产总值增长6%左右。\n王旭锋\n发改局\n经开区\n高新园\n(邹区镇)\n各街道\n统计局\n")
    assert _tuples(text) == [("地区生产总值增长6%左右", ["发改局"], ["经开区", "高新园(邹区镇)", "各街道", "统计局"])]


def test_unnumbered_rows_under_group_marks_with_a_remarks_column_after_the_units():
    # 拱墅 2020 一季度: 项目名称 merged down over its rows ("（一）" on a line of its own), no 序号,
    # each row task / units / 进展情况, one remark short (正常) and one left empty
    text = ("2020第一季度政府工作报告重点任务目标执行情况\n\n项目名称\n\n项目内容\n\n责任单位\n\n进展情况\n\n"
            "（一）\n\n经济社会发展主要预期目标\n\n地区生产总值增长6.5%以上\n\n区发改经信局、各街道\n\n一季度指标尚未出报\n\n"
            "财政收入与经济增长基本同步\n\n区财政局、各街道\n\n正常\n\n"
            "有效投资确保完成市下达目标任务\n\n区发改经信局\n\n"
            "（二）\n\n支持实体企业发展\n\n落实减税降费等重大政策\n\n区科技局、区财政局\n\n已召开专题会议，部署落实\n")
    assert _tuples(text) == [
        ("地区生产总值增长6.5%以上", [], ["区发改经信局", "各街道"]),
        ("财政收入与经济增长基本同步", [], ["区财政局", "各街道"]),
        ("有效投资确保完成市下达目标任务", [], ["区发改经信局"]),
        ("落实减税降费等重大政策", [], ["区科技局", "区财政局"]),
    ]


def test_unnumbered_rows_with_their_leaders_between_the_task_and_the_units():
    # 余杭 2018《政府工作报告》工作任务分解表: 序号 left empty; task / one or two leaders / units, a line each
    text = ("2018年《政府工作报告》工作任务分解表\n\n序号\n重 点 工 作 任 务\n牵头领导\n牵头单位\n"
            "未来科技城要围绕打造创新驱动策源地、数字经济先行地，扎实推进创新载体建设。\n祝振伟\n陈夏林\n未来科技城（海创园）\n"
            "余杭经济技术开发区要对标国家级高新区，加强装备制造、生物医药等优势主导产业培育。\n沈  昱\n余杭经济技术开发区\n"
            "临平新城要围绕打造时尚产业新地标，启动建设九乔国际数字商贸城。\n祝振伟\n李敏华\n临平新城\n")
    assert [(t[:9], lead, co) for t, lead, co in _tuples(text)] == [
        ("未来科技城要围绕打", ["未来科技城（海创园）"], []),
        ("余杭经济技术开发区", ["余杭经济技术开发区"], []),
        ("临平新城要围绕打造", ["临平新城"], []),
    ]
