"""Owner statements written as labels and owner sentences (issue 11): a page flattened to one
line, a convention stated inside the first label, an owner sentence on its own line, bare
area words among named owners. Text in the style of county 责任分解 documents; expected
tuples read off by hand."""

from tests.extract.owner_tuples import numbered_owner_tuples as _tuples
from tests.extract.owner_tuples import owner_tuples


def test_labels_of_a_page_flattened_to_one_line_with_the_convention_inside_the_first_label():
    text = ("政府工作报告2022年重点工作责任分解\n\n"
            "一、县长牵头重点工作 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。 "
            "责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局 2.落实党政机关过紧日子的要求。 "
            "责任单位:县财政局 二、常务副县长牵头重点工作 1.坚持县政府常务会议集体学法。 责任单位:县司法局、县政府办\n")
    assert _tuples(text) == [
        ("1", "全县生产总值增长7.5%左右;一般公共预算收入增长8.5%", ["县发改局"], ["县财政局", "县税务局"]),
        ("2", "落实党政机关过紧日子的要求", ["县财政局"], []),
        ("1", "坚持县政府常务会议集体学法", ["县司法局"], ["县政府办"]),
    ]


def test_an_owner_sentence_on_its_own_line_closes_the_item_above():
    text = ("某市人民政府关于做好2013年重点工作的通知\n一、强化项目带动\n"
            "1.抓好189个市级重点项目,总投资1906.4亿元。加大推进力度。\n"
            "由市发展改革委,各县市区人民政府,市经济开发区管委会负责落实\n"
            "2.全面完成铁路复线电气化改造。\n由市交通运输局负责\n"
            "3.开通旅客列车。\n由此带动沿线发展\n")
    assert _tuples(text) == [
        ("1", "抓好189个市级重点项目,总投资1906.4亿元", [], ["市发展改革委", "各县市区人民政府", "市经济开发区管委会"]),
        ("2", "全面完成铁路复线电气化改造", ["市交通运输局"], []),
    ]


def test_bare_area_words_among_named_owners_with_a_role_word_are_collective_owners():
    text = "某区目标任务分解落实方案\n1.推进硅巷建设。(区科技局、高新区管委会主办,区相关部门、街道、板块协办)\n"
    assert _tuples(text) == [("1", "推进硅巷建设", ["区科技局", "高新区管委会"], ["区相关部门", "街道", "板块"])]
    # alone, an area word in brackets explains (各街道（社区）), it names no owner
    assert _tuples("某区方案\n1.建设食堂（街道）。\n") == []


def test_a_measures_column_is_the_task_column():
    text = ("2024年政府工作报告主要工作任务分解表\n\n序号\n\n主要工作举措\n\n牵头单位\n\n配合单位\n\n责任领导\n\n"
            "一、做大做强主导产业\n\n1\n\n加快构建现代化产业体系。\n\n区农业农村局\n\n区发展改革局、沈阳近海经济区管委会\n\n"
            "2\n\n加快在建项目的建设进度。\n\n沈阳近海经济区管委会\n\n自然资源分局\n\n冯冬昌\n")
    assert [(n, t.rstrip("。"), lead, co) for n, t, lead, co in _tuples(text)] == [
        ("1", "加快构建现代化产业体系", ["区农业农村局"], ["区发展改革局", "沈阳近海经济区管委会"]),
        ("2", "加快在建项目的建设进度", ["沈阳近海经济区管委会"], ["自然资源分局"]),
    ]


def test_a_convention_naming_the_lead_a_work_lead_and_a_combined_co_label():
    text = ("2020年政府工作报告重点工作责任分解\n1.坚定不移支持企业发展。\n"
            "责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)\n"
            "2.实施技能培训工程。(牵头责任单位:市人社局、市民政局,协同配合责任单位:市财政局)\n")
    assert _tuples(text) == [
        ("1", "坚定不移支持企业发展", ["市经信局"], ["市财政局", "市税务局"]),
        ("2", "实施技能培训工程", ["市人社局", "市民政局"], ["市财政局"]),
    ]


def test_an_item_number_right_after_a_heading_sentence_of_a_flattened_page_opens_the_item():
    text = ("某市降低制造业企业成本实施方案\n二、工作措施(一)降低企业税收负担。1.严格执行城镇土地使用税适用税额标准。"
            "按照省的规定执行。(市财政局牵头,市税务局配合)\n")
    assert _tuples(text) == [("1", "严格执行城镇土地使用税适用税额标准", ["市财政局"], ["市税务局"])]


def test_a_label_whose_units_stand_on_the_next_line_and_a_numbered_field_title():
    text = ("全县“我为群众办实事”实践活动20个项目进展与成效情况总结汇报\n01 项目名称:提升县域生态环境\n项目内容:\n"
            "连通城区河道水系。持续推进厕所革命。\n责任单位:\n水务局、城管局、自然资源局\n进展与成效:\n已完成开标。\n"
            "02 项目名称:加大文化惠民力度\n项目内容:\n新建“城市书房”1个。\n责任单位\n文广旅局\n")
    assert _tuples(text) == [
        ("01", "提升县域生态环境", [], ["水务局", "城管局", "自然资源局"]),
        ("02", "加大文化惠民力度", [], ["文广旅局"]),
    ]


def test_the_first_responsible_unit_leads_when_the_document_says_so_and_sub_items_run_into_an_item():
    text = ("某市聚焦企业关切若干措施\n(一)推进完善PPP健康运行长效机制。\n"
            "责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n(二)严格落实全省统一的招投标政策。\n责任单位:市建设局\n"
            "1.深化商事制度改革。(1)全面落实“多证合一”改革。按照能整合的尽量整合的原则推进。(市工商质监局负责)"
            "(2)完善企业登记全程电子化。(市工商质监局、市政务服务中心负责)\n")
    assert _tuples(text) == [
        ("一", "推进完善PPP健康运行长效机制", ["市发改委"], ["市财政局"]),
        ("二", "严格落实全省统一的招投标政策", ["市建设局"], []),
        ("1", "全面落实“多证合一”改革", ["市工商质监局"], []),
        ("2", "完善企业登记全程电子化", ["市工商质监局"], ["市政务服务中心"]),
    ]


def test_an_owner_bracket_a_page_cut_off_at_the_end_of_its_line():
    text = ("某县2024年民生实事\n(7)实行企业职工退休一件事一次办理。(牵头单位:县人社局\n\n(8)稳步推进长期护理保险制度建设。(牵头单位:县医保局)\n"
            "(9)建设城市书房。(详见附件\n")
    assert _tuples(text) == [
        ("7", "实行企业职工退休一件事一次办理", ["县人社局"], []),
        ("8", "稳步推进长期护理保险制度建设", ["县医保局"], []),
    ]


def test_a_long_paragraph_with_a_space_after_each_sentence_stays_one_paragraph():
    # only spaces before headings and item numbers show a page was flattened onto one line
    text = ("某市方案\n一、重点任务\n1.推进甲工作。 " + "加强乙建设，完善丙机制，提升丁水平，" * 20
            + "推动戊发展。 落实己要求。 强化庚保障。（市发改委牵头，市财政局配合）\n")
    assert _tuples(text) == [("1", "推进甲工作", ["市发改委"], ["市财政局"])]


def test_a_printed_page_number_between_an_items_label_lines_does_not_cut_them_apart():
    # 北京 教育纲要任务分工 (京政办发〔2011〕72号) as copied from its PDF: the page's number sits
    # between 牵头部门 and 责任单位 of item 4
    text = ("北京市中长期教育改革和发展规划纲要任务分工\n"
            "  4.广泛开展民族团结教育。\n  牵头部门:市教委\n - 2 -  \n \n \n"
            "  责任单位:市委统战部、团市委、市民委、市新闻出版局、各区县政府\n"
            "  5.深化基础教育课程教材改革。\n  牵头部门:市教委\n  责任单位:各区县政府\n")
    assert _tuples(text) == [
        ("4", "广泛开展民族团结教育", ["市教委"], ["市委统战部", "团市委", "市民委", "市新闻出版局", "各区县政府"]),
        ("5", "深化基础教育课程教材改革", ["市教委"], ["各区县政府"]),
    ]


def test_a_body_that_opens_with_who_carries_it_out_gives_the_title_line_above_its_owners():
    # 兰州 items to pursue with 国家发改委: a short title line, then 由<副市长>负责，X牵头，Y配合，……
    text = ("1、在兰州设立综合配套改革试验区事宜\n"
            "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》。\n"
            "4、兰州城市轨道交通项目\n"
            "由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案。\n"
            "5、国家新材料基地建设事宜\n"
            "由姚国庆副市长负责,抓紧研究。\n")
    assert _tuples(text) == [
        ("1", "在兰州设立综合配套改革试验区事宜", ["市发改委"], ["相关部门"]),
        ("4", "兰州城市轨道交通项目", ["市建设局"], ["市发改委"]),
    ]  # item 5 names only the vice-mayor who answers for it: a person, no unit


def test_two_labels_in_one_run_in_statement_make_one_task_and_no_report():
    # 徐州 2020年《政府工作报告》主要目标任务分解方案
    from policykg.extract.pipeline import extract_text

    text = ("2020年《政府工作报告》主要目标任务分解方案\n"
            "1.地区生产总值增长6%以上。牵头单位:市发改委;责任单位:各县(市)区政府\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks] == [
        ("地区生产总值增长6%以上", ["市发改委"], ["各县(市)区政府"])]
    assert rec.unattached == []  # the 责任单位 label is part of the statement, not one without a task


def test_a_label_that_names_one_more_kind_of_owner_after_its_word():
    # 武汉 2021年全市农业农村工作要点: (责任处室及单位:种植业管理处,农技中心)
    text = ("2021年全市农业农村工作要点\n"
            "(一)全力稳定粮食生产面积和产量。严格落实粮食安全党政同责。(责任处室及单位:种植业管理处,农技中心)\n"
            "(二)提升农机装备水平。\n牵头部门和单位:农机化处\n")
    assert _tuples(text) == [
        ("一", "全力稳定粮食生产面积和产量", [], ["种植业管理处", "农技中心"]),
        ("二", "提升农机装备水平", ["农机化处"], []),
    ]


def test_a_bracket_holding_only_a_role_word_names_no_unit():
    # 豫人社办〔2010〕9号: 二、继续实施农村劳动力技能培训计划。(主办) / 分管领导:… / 责任单位:农民工工作处
    text = ("河南省人力资源和社会保障厅办公室关于明确2010年河南省十项民生工程承办事项及责任单位的通知\n"
            "二、继续实施农村劳动力技能培训计划。(主办)\n分管领导:王金法 贾军芳\n责任单位:农民工工作处\n"
            "责 任 人:吕志华\n完成时限:2010年底前\n")
    assert _tuples(text) == [("二", "继续实施农村劳动力技能培训计划", [], ["农民工工作处"])]


def test_the_measure_line_under_a_problem_says_who_fixes_it():
    # 平利县 市容环境综合整治情况的通报 (2015): each problem, then 整改措施/整改要求：由X…
    text = ("11月8日市容环境综合整治情况的通报\n"
            "1、广伟商城户外宣传广告破损。\n\n整改措施:由县住建局督促商户更换。\n\n"
            "2、新正街邮储银行外人行道多处水果摊贩流动经营。\n\n整改措施:由市容环境综合整治联合执法工作组负责整治。\n\n"
            "3、河滨南路詹云茶行外有住户在行道树晾晒衣物。\n\n整改措施:由包片单位县文广局督促住户移走晾晒的衣物。\n\n"
            "4、西大桥西侧河边堤岸有垃圾死角。\n整改要求:由县环卫站负责清除上述地段垃圾死角。\n"
            "5、城关小学门口商户占路经营。\n整改要求:由城关小学和市容整治联合执法工作组负责。\n")
    assert _tuples(text) == [
        ("1", "广伟商城户外宣传广告破损", ["县住建局"], []),
        ("2", "新正街邮储银行外人行道多处水果摊贩流动经营", ["市容环境综合整治联合执法工作组"], []),
        ("3", "河滨南路詹云茶行外有住户在行道树晾晒衣物", ["县文广局"], []),
        ("4", "西大桥西侧河边堤岸有垃圾死角", ["县环卫站"], []),
        ("5", "城关小学门口商户占路经营", [], ["城关小学", "市容整治联合执法工作组"]),
    ]


def test_an_unnumbered_entry_titled_by_the_short_line_above_its_fields():
    # 嵩明县 创建省级文明城市 第16次实地督查问题曝光通报 (2024)
    text = ("嵩明县开展创建省级文明城市暨巩固国家卫生县建设成果第16次实地督查问题曝光通报\n"
            "5月24日,嵩明县创建省级文明城市领导小组开展实地督导检查,现对督查发现的问题曝光如下:\n"
            "明馨园小区\n存在问题:公示栏、公益广告管理不到位,电动车乱停放。\n责任单位:嵩阳街道\n"
            "黄龙街县医院路段\n存在问题:电动车乱停放,占据人行道。\n责任单位:县卫生健康局、县综合行政执法局、县公安局\n")
    assert _tuples(text) == [
        ("", "明馨园小区", [], ["嵩阳街道"]),
        ("", "黄龙街县医院路段", [], ["县卫生健康局", "县综合行政执法局", "县公安局"]),
    ]
    # a table's header cells above a label are no title
    assert _tuples("某市责任分工\n工作措施\n完成时限：2020年12月\n责任单位：市财政局\n") == []
    # nor is a plan's title line right over a label


def test_a_measure_line_that_names_a_lead_and_the_units_taking_part():
    # 平利县 7月20日市容环境综合整治情况的通报 (2015)
    text = ("7月20日市容环境综合整治情况的通报\n3、农商行东城分行对面行道树上缆线乱牵乱挂。\n"
            "整改措施:由林业局牵头,广电网络公司、电信局、电力局、移动公司、联通公司按照管理权限予以规范。\n")
    assert _tuples(text) == [
        ("3", "农商行东城分行对面行道树上缆线乱牵乱挂", ["林业局"], ["广电网络公司", "电信局", "电力局", "移动公司", "联通公司"])]


def test_a_line_of_owners_and_their_role_word_closes_the_paragraph_above_it():
    # 潍坊市2017年政务公开工作要点实施方案 (a table copied one cell per line): each 主要内容
    # paragraph, then its owners alone on a line, with no 由 and no bracket
    text = ("一、以政务公开助力稳增长\n(一)加强预期引导\n"
            "围绕全市相关经济政策执行落实情况,通过新闻发布会等形式及时宣传解读。\n市发改委牵头落实\n"
            "围绕出台促进就业规划、就业创业政策,加强就业创业政策信息公开。\n市人社局牵头落实\n"
            "加强金融政策信息公开,及时准确将政策意图传递给市场。\n"
            "市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实\n"
            "各地各部门要把政务公开摆上重要位置,抓好落实。\n")  # prose ending in 落实 names nobody
    assert [t[1:] for t in _tuples(text)] == [
        ("加强预期引导", ["市发改委"], []),
        ("围绕出台促进就业规划、就业创业政策,加强就业创业政策信息公开", ["市人社局"], []),
        ("加强金融政策信息公开,及时准确将政策意图传递给市场", ["市金融办", "人民银行潍坊市中心支行", "潍坊银监分局"], []),
    ]


def test_a_part_heading_written_on_one_line_with_its_body_and_labels_ends_at_the_space():
    # 德阳市6月民生实事项目清单 (2025): heading, body, 责任单位 and 完成时限 on one line, spaces between
    text = ("德阳市6月民生实事项目清单\n"
            "一、 开展市域内7条道路交通 安全隐患治理 为提升德阳市道路交通安全水平,对重点道路进行综合整治。 "
            "责任单位: 德阳经开区管委会,各区(市、县)人民政府 完成时限: 2025年6月\n"
            "二、 打通什邡市金河西路断头路 什邡市金河西路因历史遗留问题长期未贯通,致使停车资源匮乏。 "
            "责任单位: 什邡市人民政府 完成时限: 2025年8月\n")
    assert [t[1:] for t in _tuples(text)] == [
        ("开展市域内7条道路交通 安全隐患治理", [], ["德阳经开区管委会", "各区(市、县)人民政府"]),
        ("打通什邡市金河西路断头路", [], ["什邡市人民政府"]),
    ]


def test_a_problem_titled_with_its_area_before_a_colon_keeps_the_whole_line():
    # 平利县 市容环境综合整治情况的通报 (2015): each problem opens with the 片区 it lies in
    text = ("8月30日市容环境综合整治情况的通报\n\n现就有关问题通报如下:\n\n"
            "1、人险公司片区:双阳路行道树绑有凉衣绳问题在巡查通报后仍未整改。\n\n整改措施:由包片单位县人险公司负责教育清除。\n\n"
            "2、人武部片区:建设路东段少数人行道道沿破损。\n\n整改措施:由县住建局负责修复。\n")
    assert [t[1:] for t in _tuples(text)] == [
        ("人险公司片区:双阳路行道树绑有凉衣绳问题在巡查通报后仍未整改", ["县人险公司"], []),
        ("人武部片区:建设路东段少数人行道道沿破损", ["县住建局"], []),
    ]


def test_a_label_line_under_a_paragraph_of_prose_makes_the_paragraph_a_task():
    # 铜陵市2018年民生工程 项目档案: the record's paragraph, then 承办部门 with its phone number
    text = ("巩固完善新型农村合作医疗和城镇居民基本医疗保险制度。新增筹资主要用于提高基本医疗保障水平。\n"
            "承办部门:市人社局 咨询电话:2126811\n")
    assert [t[1:] for t in _tuples(text)] == [("巩固完善新型农村合作医疗和城镇居民基本医疗保险制度", [], ["市人社局"])]


def test_items_a_digest_runs_on_after_their_owner_brackets():
    # 东莞市推动消费品以旧换新的行动方案 on a policy-digest page: (二)… (owners)(三)… (owners) on one line
    text = ("市、镇街(园区)联动开展汽车“报废换新”活动,(市发展和改革局、市商务局按职责分工负责)(二)加大金融支持力度,"
            "(市金融工作局、市税务局按职责分工负责)(三)严格执行汽车报废标准,推广使用新能源二手车动力电池检测平台,"
            "(市工业和信息化局、东莞海关按职责分工负责)\n")
    assert [t[:2] for t in _tuples(text)] == [
        ("", "市、镇街(园区)联动开展汽车“报废换新”活动"), ("二", "加大金融支持力度"), ("三", "严格执行汽车报废标准")]


def test_a_pdf_preview_with_a_space_before_the_items_dot_and_inside_a_unit():
    # 武汉市改善空气质量2022年工作方案 on a document-sharing site: "2 .提升…" and "各相关 区人民政府"
    text = ("……依法严厉打击重污染天气预警期间违法违规行 为。(责任单位:市重污染天气应急指挥部各成员单位)2 .提升重点行业企业环保绩效水平。"
            "组织东风本田汽车 有限公司创建A级绩效企业。(责任单位:市发改委、市经信局,各相关 区人民政府)\n")
    assert [t[1:] for t in _tuples(text)][1:] == [
        ("提升重点行业企业环保绩效水平", [], ["市发改委", "市经信局", "各相关 区人民政府"])]  # one unit, as written


def test_a_label_line_under_a_sentence_without_its_full_stop_makes_that_sentence_a_task():
    # 2023年通州区重要民生实事项目 on a news page: each project a sentence, then its 责任单位 and 完成期限 lines
    text = ("《2023年通州区重要民生实事项目》提到关于集团化办理、配套小学,详情见下:\n"
            "全区集团化办学覆盖率达到60%以上,进一步优化教育资源布局\n责任单位:区教委\n完成期限:2023年12月底前\n"
            "建成台湖公租房配套小学,提供学位1200个,解决入学难问题\n责任单位:区教委\n完成期限:2023年12月底前\n")
    assert [t[1:] for t in _tuples(text)] == [
        ("全区集团化办学覆盖率达到60%以上,进一步优化教育资源布局", [], ["区教委"]),
        ("建成台湖公租房配套小学,提供学位1200个,解决入学难问题", [], ["区教委"]),
    ]


def test_a_standing_note_in_a_label_line_makes_its_units_co_own_every_later_item():
    # 芜湖市林业保护发展“十四五”规划任务分工方案: the first label line says 各县(市、区)林业主管部门 work with
    # every later item, which therefore does not repeat them
    text = ("一、规划目标\n1.森林覆盖率达到27.30%。\n"
            "牵头责任单位:森林资源管理和林长制工作科,配合单位:局相关业务科室,各县(市、区)林业主管部门"
            "(以下均需各县(市、区)林业主管部门配合,不再列出)。\n"
            "2.森林蓄积量达到850立方米。\n牵头责任单位:森林资源管理和林长制工作科,配合单位:局相关业务科室。\n"
            "3.湿地保护率超过53%。\n责任单位:自然保护地管理科。\n")
    assert owner_tuples(text) == [
        ("森林覆盖率达到27.30%", ["森林资源管理和林长制工作科"], ["局相关业务科室", "各县(市、区)林业主管部门"]),
        ("森林蓄积量达到850立方米", ["森林资源管理和林长制工作科"], ["局相关业务科室", "各县(市、区)林业主管部门"]),
        ("湿地保护率超过53%", [], ["自然保护地管理科", "各县(市、区)林业主管部门"]),
    ]


def test_a_label_written_as_a_clause_with_wei_closes_each_record_of_a_report():
    # 县域经济考核指标目标任务情况汇报: 指标：目标（依据），责任单位为X； two records may share a line
    text = ("一、8项区人代会考核指标设置情况\n"
            "人均地区生产总值:增长6%左右(依据区人代会GDP目标8.5%增速设置),责任单位为区发改委;\n"
            "规模以上工业增加值:增长8%(依据区人代会目标设置),责任单位为区经信局;\n"
            "固定资产投资及技术改造投资占比:固定资产投资162亿元,增长7%,责任单位为区发改委;"
            "技改投资占固定资产投资比重16.5%,责任单位为区经信局;\n")
    assert owner_tuples(text) == [
        ("人均地区生产总值", [], ["区发改委"]),
        ("规模以上工业增加值", [], ["区经信局"]),
        ("固定资产投资及技术改造投资占比", [], ["区发改委"]),
        ("技改投资占固定资产投资比重16.5%", [], ["区经信局"]),
    ]


def test_an_event_plans_chengban_runs_each_part_and_xieban_assists():
    # 第二届世界传统武术节筹备工作总体方案: 承办：（who runs the part）/ 协办：/ 责任单位：
    text = ("八、旅游观光活动\n组织好来宾的旅游观光活动。\n承办:筹委会旅游部\n协办:筹委会联络接待部、竞赛部\n"
            "责任单位:市旅游局、接待办、外办\n")
    assert owner_tuples(text) == [
        ("旅游观光活动", ["筹委会旅游部"], ["筹委会联络接待部", "竞赛部", "市旅游局", "接待办", "外办"]),
    ]


def test_a_label_after_a_comma_closes_the_item_before_it():
    # 六安市2017年1至7月民生工程实施进度通报: 1、项目，牵头部门：X。进展……
    text = ("二、部分项目进展情况\n1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n"
            "2、农村饮水安全巩固提升工程,牵头部门:市水利局。未完成建设任务的县区为舒城县。\n")
    assert owner_tuples(text) == [
        ("农村道路畅通工程", ["市交通局"], []),
        ("农村饮水安全巩固提升工程", ["市水利局"], []),
    ]


def test_a_related_units_label_names_co_owners():
    # 某市经济转型攻坚战任务分解方案: 牵头责任单位： / 相关责任单位： under each numbered target
    text = ("一、经济转型攻坚战的目标任务\n\n1.加快工业结构调整，规模以上工业增加值占GDP比重达45%以上。提升装备制造业水平。\n\n"
            "牵头责任单位：市发展改革委、工业和信息化局\n\n相关责任单位：各县（市、区）政府\n\n"
            "2.加快服务业发展，服务业增加值占GDP比重达到37%。\n\n牵头责任单位：市服务业发展局\n\n相关责任单位：各县（市、区）政府\n")
    assert [(t[:10], lead, co) for t, lead, co in owner_tuples(text)] == [
        ("加快工业结构调整，规", ["市发展改革委", "工业和信息化局"], ["各县（市、区）政府"]),
        ("加快服务业发展，服务", ["市服务业发展局"], ["各县（市、区）政府"]),
    ]
