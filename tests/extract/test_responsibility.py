"""Owner brackets in the forms real plans use (fixtures written in the documents' own style)."""

import pytest

from policykg.extract.pipeline import extract_text
from policykg.extract.responsibility import parse_owner_list


def _one(item_line: str, extra: str = ""):
    rec = extract_text("t.txt", f"某市规划\n\n专栏1 测试\n\n{item_line}\n{extra}\n第二章 下一章\n")
    (task,) = rec.tasks
    return task.title, [o.written for o in task.lead], [o.written for o in task.co]


@pytest.mark.parametrize(
    "line,expected",
    [
        ("1. 任务甲（省人力资源社会保障厅、省农业农村厅）", ("任务甲", ["省人力资源社会保障厅"], ["省农业农村厅"])),
        ("1.任务甲(市人社局、市国资委、营口理工学院)", ("任务甲", ["市人社局"], ["市国资委", "营口理工学院"])),
        ("2.大力开展职业技能培训工作。(市人社局)", ("大力开展职业技能培训工作", ["市人社局"], [])),
        ("1．任务甲（ 市财政局，市税务局 ）", ("任务甲", ["市财政局"], ["市税务局"])),
        ("1、任务甲（市财政局；市税务局）", ("任务甲", ["市财政局"], ["市税务局"])),
        ("1.任务甲(市财政局,市税务局)", ("任务甲", ["市财政局"], ["市税务局"])),
        ("（1）任务甲（人民银行营口市中心支行）", ("任务甲", ["人民银行营口市中心支行"], [])),
        ("1.任务甲（国家统计局辽宁调查总队）", ("任务甲", ["国家统计局辽宁调查总队"], [])),
        ("1.建立乡镇（街道）临时救助备用金制度（省民政厅）", ("建立乡镇（街道）临时救助备用金制度", ["省民政厅"], [])),
        ("1.建立乡镇（街道）临时救助备用金制度", ("建立乡镇（街道）临时救助备用金制度", [], [])),
        ("1.任务甲（市教育局牵头，市财政局配合）", ("任务甲", ["市教育局"], ["市财政局"])),
        ("1.任务甲（市财政局、市人社局按职责分工负责）", ("任务甲", [], ["市财政局", "市人社局"])),
        ("1.任务甲（牵头单位：市发展改革委；配合单位：市委组织部、市人社局）", ("任务甲", ["市发展改革委"], ["市委组织部", "市人社局"])),
        ("1.任务甲（省发展改革委、交通运输厅牵头）", ("任务甲", ["省发展改革委", "交通运输厅"], [])),
    ],
)
def test_owner_bracket_forms(line, expected):
    assert _one(line) == expected


def test_elided_prefix_is_restored_in_the_name_not_the_written_form():
    rec = extract_text("t.txt", "某省规划\n\n专栏1 测试\n\n1.任务甲（省发展改革委、交通运输厅、水利厅）\n")
    owners = [(r.owner.written, r.owner.name, r.role) for r in rec.tasks[0].responsibilities]
    assert owners == [("省发展改革委", "省发展改革委", "lead"), ("交通运输厅", "省交通运输厅", "co"), ("水利厅", "省水利厅", "co")]


def test_unit_brackets_and_words_are_not_owners():
    assert _one("1.城镇新增就业人数（万人）")[1:] == ([], [])
    assert _one("1.试点工作（暂行）")[1:] == ([], [])


def test_title_wrapped_onto_the_next_line_is_one_item():
    rec = extract_text("t.txt", "某市规划\n\n专栏4 测试\n\n4.劳务品牌宣传推广(市\n人社局)\n定期开展劳务品牌征集，组织竞赛。\n")
    (task,) = rec.tasks
    assert (task.title, [o.written for o in task.lead], task.span.line) == ("劳务品牌宣传推广", ["市人社局"], 5)


def test_collective_actor_kept_as_collective():
    rec = extract_text("t.txt", "某市规划\n\n专栏1 测试\n\n1.任务甲（市人社局、各县（市）区人民政府）\n")
    kinds = [(r.owner.name, r.owner.kind) for r in rec.tasks[0].responsibilities]
    assert kinds == [("市人社局", "department"), ("各县（市）区人民政府", "collective")]


def test_box_header_forms():
    text = "某市规划\n\n专栏一：测试甲\n1.任务甲（市人社局）\n\n专栏 2\n测试乙\n1.任务乙（市财政局）\n"
    rec = extract_text("t.txt", text)
    assert [(b.number, b.title) for b in rec.boxes] == [("1", "测试甲"), ("2", "测试乙")]


# The bracket and label forms collected in ../shared/GUIDE.md §1 from real documents, each with
# the owners a reader takes from it: (name, kind, role), whether the list is open (等), deadline.
D, C = "department", "collective"
GUIDE_FORMS = [
    ("市政府办公室、市行政审批制度改革工作领导小组办公室牵头，市级各有关部门及各县市区政府按职责分工负责",
     [("市政府办公室", D, "lead"), ("市行政审批制度改革工作领导小组办公室", D, "lead"),
      ("市级各有关部门", C, "co"), ("各县市区政府", C, "co")], False, ""),
    ("省发展改革委、交通运输厅、水利厅、住房城乡建设厅、能源局等省有关部门和各地级以上市人民政府按职责分工负责",
     [("省发展改革委", D, "co"), ("省交通运输厅", D, "co"), ("省水利厅", D, "co"), ("省住房城乡建设厅", D, "co"),
      ("省能源局", D, "co"), ("各地级以上市人民政府", C, "co")], True, ""),
    ("省科技厅、工业和信息化厅按职责分工负责，各地级以上市人民政府结合实际落实",
     [("省科技厅", D, "co"), ("省工业和信息化厅", D, "co"), ("各地级以上市人民政府", C, "co")], False, ""),
    ("省政务和数据局牵头，省国资委等单位按职责分工负责", [("省政务和数据局", D, "lead"), ("省国资委", D, "co")], True, ""),
    ("省工业和信息化厅、广电局牵头", [("省工业和信息化厅", D, "lead"), ("省广电局", D, "lead")], False, ""),
    ("牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市",
     [("市发展改革委", D, "lead"), ("市委组织部", D, "co"), ("市人力资源和社会保障局", D, "co"), ("各区、县级市", C, "co")], False, ""),
    ("牵头单位：区发改局 责任单位：立山经济开发区，全区经济运行各专班",
     [("区发改局", D, "lead"), ("立山经济开发区", D, "co"), ("全区经济运行各专班", C, "co")], False, ""),
    ("牵头责任单位：省发展改革委。协同责任单位：省经济和信息化厅、省财政厅…等。",
     [("省发展改革委", D, "lead"), ("省经济和信息化厅", D, "co"), ("省财政厅", D, "co")], True, ""),
    ("部门分工：省发展改革委牵头，各地、各部门配合。", [("省发展改革委", D, "lead"), ("各地", C, "co"), ("各部门", C, "co")], False, ""),
    ("由发展改革委会同中央农办、农业部、财政部等部门负责",
     [("发展改革委", D, "lead"), ("中央农办", D, "co"), ("农业部", D, "co"), ("财政部", D, "co")], True, ""),
    ("国务院各部门分别负责，年内持续推进", [("国务院各部门", C, "co")], False, "年内持续推进"),
    ("责任部门：市住房城乡建设管理委、市交通委（市道运局）、市规划资源局",
     [("市住房城乡建设管理委", D, "co"), ("市交通委（市道运局）", D, "co"), ("市规划资源局", D, "co")], False, ""),
    ("省经信厅、省科技厅按职责分工负责", [("省经信厅", D, "co"), ("省科技厅", D, "co")], False, ""),
    ("市发改委 市财政局", [("市发改委", D, "lead"), ("市财政局", D, "co")], False, ""),
]


@pytest.mark.parametrize("text,units,open_list,deadline", GUIDE_FORMS, ids=[f[0][:14] for f in GUIDE_FORMS])
def test_guide_responsibility_forms(text, units, open_list, deadline):
    from policykg.extract.responsibility import parse_owner_list
    from policykg.extract.text import normalise

    parsed = parse_owner_list(normalise(text).text)
    assert [(u.name, u.kind, u.role) for u in parsed.units] == units
    assert (parsed.open_list, parsed.deadline) == (open_list, deadline)


def test_indicator_type_and_scope_rule_clauses():
    from policykg.extract.responsibility import parse_owner_list
    from policykg.extract.text import normalise

    text = "预期性指标，牵头单位：市发改委；责任单位：市政府有关部门，各县市区，以下均需各县市区落实，不再逐一列出"
    parsed = parse_owner_list(normalise(text).text)
    assert [(u.name, u.role) for u in parsed.units] == [("市发改委", "lead"), ("市政府有关部门", "co"), ("各县市区", "co")]
    assert [u.name for u in parsed.scope] == ["各县市区"]


@pytest.mark.parametrize("text", ["2025年底前", "万人", "含", "街道", "点击查看政策解读", "2021—2025年"])
def test_brackets_that_name_no_owner(text):
    from policykg.extract.responsibility import parse_owner_list
    from policykg.extract.text import normalise

    assert parse_owner_list(normalise(text).text) is None


def test_scope_rule_applies_only_to_later_items():
    text = ("某市规划\n\n专栏1 测试\n\n1.任务甲（市人社局）\n2.任务乙（牵头单位：市发改委；以下均需各县市区落实，不再逐一列出）\n"
            "3.任务丙（市财政局）\n")
    rec = extract_text("t.txt", text)
    assert [[(r.owner.name, r.role, r.basis) for r in t.responsibilities] for t in rec.tasks] == [
        [("市人社局", "lead", "")],
        [("市发改委", "lead", "")],
        [("市财政局", "lead", ""), ("各县市区", "co", "scope rule")],
    ]


def test_body_paragraph_wrapped_in_plain_text_and_paragraphs_without_owners():
    text = ("某市零工市场建设行动方案\n\n一、主要任务\n（一）加快建设零工市场。在各区建设零工驿站，提供岗位信息、\n"
            "技能培训等服务。（市人社局牵头，各区政府配合）\n（二）完善统计制度。建立就业统计监测制度。\n"
            "坚持以人民为中心，全面落实就业优先政策（2021—2025年）。\n")
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, t.description, [(r.owner.name, r.owner.kind, r.role) for r in t.responsibilities], t.section, t.span.line)
            for t in rec.tasks] == [
        ("一", "加快建设零工市场", "在各区建设零工驿站，提供岗位信息、技能培训等服务",
         [("市人社局", "department", "lead"), ("各区政府", "collective", "co")], "一、主要任务", 4),
    ]


def test_label_lines_of_their_own_after_a_numbered_item():
    """分工方案 that put 牵头单位 and 责任单位 on lines of their own under each item."""
    text = ("某区政府2024年重点工作任务分解和责任分工方案\n\n一、主要预期目标\n\n1.地区生产总值增长6%左右。\n\n"
            "牵头单位:区发改局\n\n责任单位:某某经济开发区,全区经济运行各专班\n\n2.固定资产投资增长10%左右。\n\n"
            "牵头单位:区发改局\n\n责任单位:各街道、区直各部门\n\n3.其他主要经济指标不低于全市平均水平。\n")
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, [(r.owner.name, r.owner.kind, r.role) for r in t.responsibilities]) for t in rec.tasks] == [
        ("1", "地区生产总值增长6%左右", [("区发改局", "department", "lead"), ("某某经济开发区", "department", "co"),
                                  ("全区经济运行各专班", "collective", "co")]),
        ("2", "固定资产投资增长10%左右", [("区发改局", "department", "lead"), ("各街道", "collective", "co"),
                                   ("区直各部门", "collective", "co")]),
    ]


def test_a_bracket_that_is_only_a_scope_rule_makes_no_task_in_the_body():
    text = ("某市行动方案\n\n一、重点任务\n各项任务按年度推进（以下均需各县市区落实，不再逐一列出）。\n"
            "（一）建设零工市场。（市人社局）\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, [(r.owner.name, r.role, r.basis) for r in t.responsibilities]) for t in rec.tasks] == [
        ("建设零工市场", [("市人社局", "lead", ""), ("各县市区", "co", "scope rule")]),
    ]


def test_party_committee_and_government_of_each_area_are_one_collective_actor():
    owners = parse_owner_list("省医保局牵头；省民政厅配合；各州（市）党委和政府落实")
    assert [(u.name, u.role) for u in owners.units] == [
        ("省医保局", "lead"), ("省民政厅", "co"), ("各州（市）党委和政府", "co")]
    # two named owners joined by 和 are still two
    assert [u.name for u in parse_owner_list("市委组织部和市人社局负责").units] == ["市委组织部", "市人社局"]


def test_a_label_written_with_a_semicolon_instead_of_a_colon():
    owners = parse_owner_list("责任单位；住建局、畜牧局、各乡镇场")
    assert [(u.name, u.role) for u in owners.units] == [("住建局", "co"), ("畜牧局", "co"), ("各乡镇场", "co")]
    # a label with its colon keeps every unit after it, commas or not
    owners = parse_owner_list("责任单位：各街道，区市场局")
    assert [u.name for u in owners.units] == ["各街道", "区市场局"]


@pytest.mark.parametrize("bracket, lead, co", [
    ("责任单位：省发展改革委（牵头）、省财政厅、省商务厅", ["省发展改革委"], ["省财政厅", "省商务厅"]),
    ("市发改委负总责，市财政局配合", ["市发改委"], ["市财政局"]),
    ("市发改委为牵头单位，市财政局、市商务局为配合单位", ["市发改委"], ["市财政局", "市商务局"]),
    ("市发改委牵头，各区县政府具体落实", ["市发改委"], ["各区县政府"]),
    ("市委组织部、市人社局牵头，各县区党委、政府负责", ["市委组织部", "市人社局"], ["各县区党委、政府"]),
    # 福州 2006: a 主办单位 named beside a 牵头单位 assists it (alone, it leads)
    ("牵头领导：某某；牵头单位：市文化局；主办单位：市广电局、各县（市）及相关区政府", ["市文化局"], ["市广电局", "各县（市）及相关区政府"]),
    ("主办单位：省扶贫办、省住房城乡建设厅", ["省扶贫办", "省住房城乡建设厅"], []),
    # collective actors written over a 、 or a 及: 山东省人社厅 2021, 江苏 2021
    ("牵头单位：办公室、规财处，责任单位：各有关处室、单位", ["办公室", "规财处"], ["各有关处室、单位"]),
    ("责任单位：省发展改革委、省商务厅等，南京、苏州、盐城等设区市人民政府", [], ["省发展改革委", "省商务厅", "南京、苏州、盐城等设区市人民政府"]),
    # 临汾 2018: bare places share the suffix of the name after them; named districts do not (广州 2012)
    ("市环保局牵头，市经信委、临汾、侯马、洪洞经济开发区管委会配合", ["市环保局"], ["市经信委", "临汾、侯马、洪洞经济开发区管委会"]),
    ("市科技局牵头，黄埔区、南沙区政府配合", ["市科技局"], ["黄埔区人民政府", "南沙区政府"]),  # a place stands for its government
    # 生态环境部 2019: the ministry's own 司, a bare bracket
    ("监测司、大气司", ["监测司"], ["大气司"]),
    # 深圳 c.2007 改革任务: an owner line with its lead-in, the lead list written over a comma
    ("此项工作由市委宣传部，市文化局、文化产业办牵头，市财政局、编办参加", ["市委宣传部", "市文化局", "市文化产业办"], ["市财政局", "编办"]),
    # a province's 城镇化 任务分解 c.2004: 等 and a category word close one piece of the list, not the list
    ("省劳动保障厅负责，省监察厅等省直有关部门、各省辖市政府配合", ["省劳动保障厅"], ["省监察厅", "各省辖市政府"]),
    ("省文化厅配合省委宣传部抓好落实", ["省委宣传部"], ["省文化厅"]),
    # a city's 经济体制改革 意见 c.2006: each lead named with its part; 负责具体落实 shared
    ("责任单位：市发改委牵头集体企业、市国资委牵头国有企业，市经委、市贸粮局、市供销社等相关部门负责具体落实",
     ["市发改委", "市国资委"], ["市经委", "市贸粮局", "市供销社"]),
    # a site that rewrote the text with synonyms (配合 → 协作); an assistant to the governor is a person
    ("市食安办牵头，市食安委各有关成员单位协作", ["市食安办"], ["市食安委各有关成员单位"]),
    ("市监察委员会牵头，刘某某省长助理协助", ["市监察委员会"], []),
])
def test_more_ways_a_bracket_names_its_lead(bracket, lead, co):
    owners = parse_owner_list(bracket)
    assert ([u.name for u in owners.units if u.role == "lead"], [u.name for u in owners.units if u.role == "co"]) == (lead, co)


def test_a_person_named_among_units_is_not_an_owner():
    owners = parse_owner_list("市发改委、张三同志负责")
    assert [(u.name, u.role) for u in owners.units] == [("市发改委", "lead")]


def test_a_named_town_is_a_unit_but_a_kind_of_town_is_not():
    from policykg.extract.names import owner_kind

    assert [owner_kind(n) for n in ("万东镇", "塔集镇", "美丽城镇", "森林小镇", "历史文化名镇", "重点镇")] == [
        "department", "department", None, None, None, None]


@pytest.mark.parametrize("text", [
    "某县方案\n一、重点任务\n1.新建社区服务中心（万盛街道）。\n",
    "某市方案\n一、重点任务\n1.推进老旧小区改造（涉及东林街道、万东镇）。\n",
    "某县方案\n一、重点任务\n1.在全县推广万东镇（全国重点镇）经验。\n",
])
def test_a_bracket_naming_only_streets_or_towns_without_a_role_word_says_where_not_who(text):
    assert extract_text("t.txt", text).tasks == []


def test_the_governments_of_the_areas_concerned_written_across_a_dunhao_are_one_collective_actor():
    # 石家庄 生态建设工程: 责任单位:市林业局、市旅游局、市环保局、有关县(市)、区政府
    owners = parse_owner_list("责任单位：市林业局、市旅游局、市环保局、有关县（市）、区政府")
    assert [u.name for u in owners.units] == ["市林业局", "市旅游局", "市环保局", "有关县（市）、区政府"]
    # a department after 有关部门 is still its own unit
    owners = parse_owner_list("责任单位：有关部门、区财政局")
    assert [u.name for u in owners.units] == ["有关部门", "区财政局"]


def test_a_role_word_that_a_pdf_wrap_split_with_a_space_still_gives_the_role():
    # 国办发〔2016〕30号 2016年食品安全重点工作安排, as copied from its PDF
    owners = parse_owner_list("食品药品监 管总局、国务院食品安全办会同各省级人民政府负 责")
    assert [(u.name, u.role) for u in owners.units] == [
        ("食品药品监管总局", "lead"), ("国务院食品安全办", "lead"), ("各省级人民政府", "co")]


def test_a_convention_that_says_the_unit_in_front_leads():
    # 肥城市土壤污染防治工作方案: the first bracket declares the convention after its units
    text = ("肥城市土壤污染防治工作方案\n"
            "1.深入开展土壤环境质量调查。认真落实调查制度。(责任单位:市环保局、市国土资源局,市财政局、各镇街区。"
            "以下均需各镇街区落实,不再列出。排在前位为牵头部门,下同。)\n"
            "2.建设质量监测网络。统一规划。(责任单位:市环保局、市国土资源局、市农业局)\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks] == [
        ("深入开展土壤环境质量调查", ["市环保局"], ["市国土资源局", "市财政局", "各镇街区"]),
        ("建设质量监测网络", ["市环保局"], ["市国土资源局", "市农业局", "各镇街区"]),
    ]


def test_units_that_each_lead_together_with_others():
    # 湘政办发〔2018〕4号: (A、B…分别牵头会同X、Y等负责)
    owners = parse_owner_list("省教育厅、省民政厅、省中医药管理局分别牵头会同省公安厅、省国土资源厅等负责")
    assert [(u.name, u.role) for u in owners.units] == [
        ("省教育厅", "lead"), ("省民政厅", "lead"), ("省中医药管理局", "lead"), ("省公安厅", "co"), ("省国土资源厅", "co")]


def test_the_governments_of_a_number_of_counties_are_one_collective_actor():
    # 楚雄州2021年8项民生工程和10件惠民实事工作方案: 责任单位:州就业工作领导小组各成员单位,10县市人民政府
    owners = parse_owner_list("牵头部门：州人力资源和社会保障局；责任单位：州就业工作领导小组各成员单位，10县市人民政府")
    assert [(u.name, u.kind, u.role) for u in owners.units] == [
        ("州人力资源和社会保障局", "department", "lead"), ("州就业工作领导小组各成员单位", "collective", "co"),
        ("10县市人民政府", "collective", "co")]
    # a year is no count of areas
    assert parse_owner_list("2023年连云港市") is None


# Role words with qualifiers before them, as 政务公开工作要点 of 北京, 河北 and 潍坊 write them.
QUALIFIED_ROLES = [
    ("市发展改革委、市财政局、市人力社保局、市统计局分别负责落实",
     [("市发展改革委", "co"), ("市财政局", "co"), ("市人力社保局", "co"), ("市统计局", "co")]),
    ("省编委办、省人力资源社会保障厅按职责分工分别牵头", [("省编委办", "lead"), ("省人力资源社会保障厅", "lead")]),
    ("市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实",
     [("市金融办", "lead"), ("人民银行潍坊市中心支行", "lead"), ("潍坊银监分局", "lead")]),
    ("市交通委负责落实", [("市交通委", "lead")]),
    ("市体育局按职责负责", [("市体育局", "co")]),  # a qualified 负责 shares the task: it does not lead
    ("责任处室、单位：办公室、市发展改革研究院", [("办公室", "co"), ("市发展改革研究院", "co")]),
]


@pytest.mark.parametrize("text,units", QUALIFIED_ROLES, ids=[f[0][:14] for f in QUALIFIED_ROLES])
def test_qualified_role_words_and_joined_labels(text, units):
    from policykg.extract.responsibility import parse_owner_list
    from policykg.extract.text import normalise

    assert [(u.name, u.role) for u in parse_owner_list(normalise(text).text).units] == units


def test_a_collective_of_areas_ends_where_and_joins_another_actor():
    # 沈阳 2026 重点工作分工: 各区、县(市)政府 is one collective actor, 及 adds the zones' committees
    from policykg.extract.responsibility import parse_owner_list

    parsed = parse_owner_list("市发展改革委牵头，各区、县（市）政府及开发区管委会、市财政局配合")
    assert [(u.name, u.role) for u in parsed.units] == [
        ("市发展改革委", "lead"), ("各区、县（市）政府", "co"), ("开发区管委会", "co"), ("市财政局", "co")]


def test_a_clause_opening_with_huitong_after_the_lead_names_co_owners():
    # 广东 关于办好十件民生实事的分工方案 (2011): 由X牵头，会同Y、Z等单位负责落实
    from policykg.extract.responsibility import parse_owner_list

    parsed = parse_owner_list("由省农业厅牵头，会同省财政厅、住房和城乡建设厅等单位负责落实")
    assert [(u.name, u.role) for u in parsed.units] == [
        ("省农业厅", "lead"), ("省财政厅", "co"), ("省住房和城乡建设厅", "co")]
    parsed = parse_owner_list("由省财政厅牵头，会同省民政厅负责落实")  # one unit after 会同: still a co-owner
    assert [(u.name, u.role) for u in parsed.units] == [("省财政厅", "lead"), ("省民政厅", "co")]


def test_units_joined_by_he_and_ji_with_the_areas_concerned_are_each_an_owner():
    # 内蒙古…呼包银榆经济区发展规划重点工作分工方案: （自治区水利厅牵头，自治区发展改革委、国土资源厅、环保厅及相关盟市参与）
    r = parse_owner_list("自治区水利厅牵头，自治区发展改革委、国土资源厅、环保厅和内蒙古电力监管办及相关盟市参与")
    assert [(u.name, u.role) for u in r.units] == [
        ("自治区水利厅", "lead"), ("自治区发展改革委", "co"), ("自治区国土资源厅", "co"), ("自治区环保厅", "co"),
        ("内蒙古电力监管办", "co"), ("相关盟市", "co")]


def test_units_responsible_beside_units_that_assist_lead():
    # 某市贯彻依法行政实施纲要实施意见: （A、B共同负责，C、D及相关部门配合）; （X牵头，Y、Z及相关部门各负其责）
    r = parse_owner_list("市编办、市政府法制办共同负责，市财政局、市监察局及相关部门配合")
    assert [(u.name, u.role) for u in r.units] == [
        ("市编办", "lead"), ("市政府法制办", "lead"), ("市财政局", "co"), ("市监察局", "co"), ("相关部门", "co")]
    r = parse_owner_list("市政府法制办牵头，市政府办公厅、市信息办及相关部门各负其责")
    assert [(u.name, u.role) for u in r.units] == [
        ("市政府法制办", "lead"), ("市政府办公厅", "co"), ("市信息办", "co"), ("相关部门", "co")]
    # units sharing a duty (按职责分工负责) do not lead, even beside units that assist
    r = parse_owner_list("市编办、市财政局按职责分工负责，市监察局配合")
    assert [u.role for u in r.units] == ["co", "co", "co"]


def test_a_unit_whose_name_ends_in_a_role_word_is_not_split_before_the_next_name():
    # 湖南 泛珠三角 规划编制分工: 省经协办 (省经济协作办公室) ends in 协办, yet is one unit of the list
    owners = parse_owner_list("省商务厅牵头，省港澳办、省经协办、省贸促会配合")
    assert [(u.name, u.role) for u in owners.units] == [
        ("省商务厅", "lead"), ("省港澳办", "co"), ("省经协办", "co"), ("省贸促会", "co")]
    owners = parse_owner_list("市发改委牵头、市财政局配合")  # a unit and its role before the 、
    assert [(u.name, u.role) for u in owners.units] == [("市发改委", "lead"), ("市财政局", "co")]


def test_units_that_handle_a_task_and_a_unit_that_organises_others():
    # a city's 依法行政工作要点 (c. 2008): (X会同Y办理), (A、B办理), (X组织有关单位)
    def roles(text):
        return [(u.name, u.role) for u in parse_owner_list(text).units]
    assert roles("市政府法制办会同市有关部门办理") == [("市政府法制办", "lead"), ("市有关部门", "co")]
    assert roles("市政府应急办公室办理") == [("市政府应急办公室", "lead")]
    assert roles("市政府法制办、市监察局办理") == [("市政府法制办", "co"), ("市监察局", "co")]
    assert roles("市法制局组织有关单位") == [("市法制局", "lead"), ("有关单位", "co")]
    assert roles("市委组织部、市人社局负责") == [("市委组织部", "co"), ("市人社局", "co")]  # (组织部 is a name)


def test_units_named_the_main_responsible_ones_and_how_they_work_after_them():
    # a city's 依法行政 实施意见: (A、B为主要责任单位，按照各自职能组织有关部门实施)
    owners = parse_owner_list("市府办、市法制办、市编办为主要责任单位，按照各自职能组织有关部门实施")
    assert [(u.name, u.role) for u in owners.units] == [("市府办", "lead"), ("市法制办", "lead"), ("市编办", "lead")]


def test_levels_of_government_written_bare_before_the_one_that_carries_their_suffix():
    # 太原 依法行政: 责任单位：市、县（市、区）人民政府 — every level's government, one actor as written
    owners = parse_owner_list("责任单位：市、县（市、区）人民政府")
    assert [(u.name, u.role) for u in owners.units] == [("市、县（市、区）人民政府", "co")]
    owners = parse_owner_list("市发改委、市、县人民政府负责")
    assert [u.name for u in owners.units] == ["市发改委", "市、县人民政府"]


def test_a_unit_responsible_for_drafting():
    # a city's 2010 行政审批制度改革 工作要点: (市法制局牵头，具体职能部门负责起草)
    owners = parse_owner_list("市法制局牵头，具体职能部门负责起草")
    assert [(u.name, u.role) for u in owners.units] == [("市法制局", "lead"), ("具体职能部门", "co")]
