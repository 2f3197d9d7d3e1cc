"""Owners named by a heading over the items under it (issue 11): ``（一）省监察厅牵头的工作``, items
or paragraphs below, ``协同单位：`` lines giving co-owners; a heading naming a person is no owner.
Text in the style of a provincial 工作目标责任分解; expected tuples read off by hand."""

from policykg.extract.pipeline import extract_text
from tests.extract.owner_tuples import owner_tuples as _tuples


EXPECTED = [
    ("加强行政监察工作,全面落实政府系统党风廉政建设责任制", ["省监察厅"], []),
    ("全面加强审计工作", ["省审计厅"], ["省直各部门", "各市人民政府"]),
    ("深化行政管理体制改革,优化政府机构设置", ["省编办"], []),
    ("积极稳妥地推进乡镇机构改革", ["省编办"], ["省财政厅", "省人事厅", "各市人民政府"]),
    ("加强政府自身建设", ["省人民政府办公厅"], ["省直有关部门"]),
]


def test_a_heading_names_the_lead_of_every_item_under_it():
    text = ("山西省人民政府关于印发2008年省人民政府工作目标责任分解的通知\n"
            "一、某某省长负责的工作\n全面负责省人民政府工作任务的落实。\n"
            "(一)省监察厅牵头的工作\n加强行政监察工作,全面落实政府系统党风廉政建设责任制。\n"
            "(二)省审计厅牵头的工作\n全面加强审计工作。\n协同单位:省直各部门和各市人民政府。\n"
            "(三)省编办牵头的工作\n1.深化行政管理体制改革,优化政府机构设置。\n2.积极稳妥地推进乡镇机构改革。\n"
            "协同单位:省财政厅、省人事厅等省直有关部门和各市人民政府。\n"
            "二、某某常务副省长负责的工作\n协助省长抓好省人民政府工作任务的落实。\n"
            "(一)省人民政府办公厅牵头的工作\n1.加强政府自身建设。\n协同单位:省直有关部门。\n")
    assert _tuples(text) == EXPECTED


def test_the_same_page_flattened_onto_one_line_reads_the_same():
    text = ("山西省人民政府关于印发2008年省人民政府工作目标责任分解的通知 一、某某省长负责的工作 "
            "全面负责省人民政府工作任务的落实。 "
            "(一)省监察厅牵头的工作 加强行政监察工作,全面落实政府系统党风廉政建设责任制。 "
            "(二)省审计厅牵头的工作 全面加强审计工作。 协同单位:省直各部门和各市人民政府。 "
            "(三)省编办牵头的工作 1.深化行政管理体制改革,优化政府机构设置。 2.积极稳妥地推进乡镇机构改革。 "
            "协同单位:省财政厅、省人事厅等省直有关部门和各市人民政府。 "
            "二、某某常务副省长负责的工作 协助省长抓好省人民政府工作任务的落实。 "
            "(一)省人民政府办公厅牵头的工作 1.加强政府自身建设。 协同单位:省直有关部门。\n")
    assert _tuples(text) == EXPECTED


def test_a_heading_that_names_no_unit_owns_nothing():
    text = "某省工作分解\n一、某某省长负责的工作\n1.全面负责省人民政府工作任务的落实。\n2.抓好安全生产。\n"
    assert _tuples(text) == []


def test_a_group_heading_without_de_and_with_a_count_and_a_person_heading_of_the_same_shape():
    text = ("2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设水产养殖基地。\n"
            "2.打造食用菌酵素生产基地。\n二、张三区政府党组成员牵头重点工作\n1.提高临空经济示范区能级。\n")
    assert _tuples(text) == [
        ("投资3000万元建设水产养殖基地", ["县示范区管委会"], []),
        ("打造食用菌酵素生产基地", ["县示范区管委会"], []),
    ]


def test_a_paragraph_going_on_after_a_numbered_item_under_a_group_is_that_item_s_description():
    text = ("某省工作分解\n(一)省编办牵头的工作\n1.深化行政管理体制改革。\n继续优化政府机构设置，推进职能转变。\n"
            "2.积极稳妥地推进乡镇机构改革。\n协同单位:省财政厅。\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, t.description, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks] == [
        ("深化行政管理体制改革", "继续优化政府机构设置，推进职能转变", ["省编办"], []),
        ("积极稳妥地推进乡镇机构改革", "", ["省编办"], ["省财政厅"]),
    ]


def test_a_heading_naming_only_a_bare_government_owns_nothing():
    assert _tuples("某市方案\n二、发展目标\n（一）政府负责的工作\n到2025年，城镇新增就业10万人。\n") == []


def test_a_flattened_page_whose_joins_lost_their_spaces_before_headings():
    # 山西省…“十一五”规划纲要的报告工作目标责任分解, printed to PDF: paragraphs run together on one line,
    # with no space left before （二）
    text = ("第一部分:主要工作任务的责任分解 一、于幼军省长负责的工作 对主要工作任务负总责,同时具体负责以下工作: "
            "(一)省监察委员会牵头的工作 强化行政监察,建立健全惩治和预防腐败体系。 协同部门:省政府办公厅、发展改革委、"
            "教育厅、公安厅、财政厅、国土厅、建设厅、交通厅、农业厅、卫生厅、审计厅、国资委、环保局、安监局、法制办、物价局等。"
            "(二)省审计厅牵头的工作 强化审计监督,依法开展审计工作,维护财政经济秩序,促进廉政建设。 "
            "协同部门:省政府办公厅、财政厅、地税局等和各市、县人民政府。(三)省编办牵头的工作 "
            "1.进一步优化政府组织机构,建立权责明确、行为规范、监督有力、协调高效的行政管理体制。 协同部门:省人民政府各部门。\n")
    assert [(t.title, [o.written for o in t.lead], [o.written for o in t.co][-1]) for t in extract_text("t.txt", text).tasks] == [
        ("强化行政监察,建立健全惩治和预防腐败体系", ["省监察委员会"], "物价局"),
        ("强化审计监督,依法开展审计工作,维护财政经济秩序,促进廉政建设", ["省审计厅"], "各市、县人民政府"),
        ("进一步优化政府组织机构,建立权责明确、行为规范、监督有力、协调高效的行政管理体制", ["省编办"], "省人民政府各部门"),
    ]


def test_a_duty_list_whose_heading_names_two_units():
    # 汕头市文明委成员及相关单位文明创建工作职责: 一、A、B：duties (the first named leads)
    text = ("一、市委办公室、市政府办公室:将精神文明建设工作纳入市委、市政府管理目标;督查重要事项落实情况。\n"
            "二、市委组织部:加强领导班子和干部队伍思想政治建设;把精神文明建设工作纳入综合考核评价内容。\n")
    assert _tuples(text) == [
        ("将精神文明建设工作纳入市委、市政府管理目标;督查重要事项落实情况", ["市委办公室"], ["市政府办公室"]),
        ("加强领导班子和干部队伍思想政治建设;把精神文明建设工作纳入综合考核评价内容", ["市委组织部"], []),
    ]


def test_a_department_named_on_a_line_of_its_own_owns_the_numbered_items_under_it():
    # 某市妇女儿童发展规划 成员单位工作目标: 市教育局 / 一、… 二、… / 市卫生局 / 一、… ; a signature owns nothing
    text = ("市教育局\n一、继续开展资助农村义务教育活动。\n二、继续巩固义务教育成果。\n"
            "市卫生局\n一、开展助产机构清理整顿工作,坚决打击、取缔非法接生;\n并进行助产人员资格审查及重新注册。\n"
            "二、继续加强妇女孕产期保健工作。\n"
            "市妇联\n2005年3月1日\n请认真贯彻执行。\n")
    assert _tuples(text) == [
        ("继续开展资助农村义务教育活动", ["市教育局"], []),
        ("继续巩固义务教育成果", ["市教育局"], []),
        ("开展助产机构清理整顿工作,坚决打击、取缔非法接生", ["市卫生局"], []),
        ("继续加强妇女孕产期保健工作", ["市卫生局"], []),
    ]


def test_a_list_of_duties_whose_paragraphs_open_with_their_department():
    # 潍坊市市区扬尘污染防治方案: 市规划局：负责……。 one paragraph per department, no numbers
    text = ("市经贸委:负责抓好市区内市属企业炉外脱硫工程调度;做好老旧汽车报废工作。\n"
            "市城管执法局:采取有效措施,及时制止和查处市区内露天烧烤行为。\n"
            "市公安局:负责对尾气污染严重的车辆强制安排尾气检测;会同市经贸委做好老旧汽车报废工作。\n"
            "目标:市区扬尘污染明显减少。\n")
    assert _tuples(text) == [
        ("负责抓好市区内市属企业炉外脱硫工程调度;做好老旧汽车报废工作", ["市经贸委"], []),
        ("采取有效措施,及时制止和查处市区内露天烧烤行为", ["市城管执法局"], []),
        ("负责对尾气污染严重的车辆强制安排尾气检测;会同市经贸委做好老旧汽车报废工作", ["市公安局"], ["市经贸委"]),
    ]


def test_a_flattened_page_with_arabic_numbers_in_brackets_gets_its_line_breaks_back():
    # 江苏省“十二五”规划纲要 工作分工 (a law mirror's later page): (5)短标题 正文……（X牵头负责） run together
    text = ("[接上页] 在2011年实现农村贫困人口全部脱贫基础上,继续推进脱贫奔小康工程。(省扶贫办牵头负责) "
            "努力优化二次分配,强化政府调节,有效调节过高收入,减轻中低收入者税收负担,缩小城乡、区域、行业和社会成员之间的收入差距。"
            "(省国税局、地税局、财政厅按职责分工负责) "
            "(3)加强和完善社会保障 完善社会救助体系,逐步提高社会救助水平,实现城乡社会救助全覆盖,大力发展社会福利事业。(省民政厅牵头负责) "
            "(5)推进保障性住房建设 加大公共租赁住房、廉租住房建设,改造城市危旧住房3500万平方米。(省住房城乡建设厅牵头负责) "
            "(6)提升公共服务能力 建立基本公共服务体系,强化政府公共服务供给责任。(省发展改革委牵头,教育厅、财政厅参与)\n")
    assert _tuples(text)[-2:] == [
        ("推进保障性住房建设", ["省住房城乡建设厅"], []),
        ("提升公共服务能力", ["省发展改革委"], ["教育厅", "财政厅"]),
    ]
