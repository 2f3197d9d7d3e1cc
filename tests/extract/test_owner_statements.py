"""Owner statements in the forms real plans from other provinces and ministries use (issue 11).
Each fixture is written in the documents' own style; the expected tuples were read off by hand."""

import pytest

from policykg.extract.pipeline import extract_text
from tests.extract.owner_tuples import owner_tuples as _tuples


def test_run_in_paragraph_with_several_brackets_makes_several_tasks():
    text = ("国务院关于某某工作的意见\n\n二、重点任务\n"
            "推进甲类排放治理，强化源头管控。完善标准体系。（生态环境部牵头，工业和信息化部、市场监管总局参与）"
            "加快乙类设施建设。统筹布局，分类推进。（住房城乡建设部负责）健全丙类监测网络。（生态环境部、气象局按职责分工负责）\n")
    assert _tuples(text) == [
        ("推进甲类排放治理，强化源头管控", ["生态环境部"], ["工业和信息化部", "市场监管总局"]),
        ("加快乙类设施建设", ["住房城乡建设部"], []),
        ("健全丙类监测网络", [], ["生态环境部", "气象局"]),
    ]


def test_a_bracket_that_only_explains_a_noun_is_no_owner_statement():
    text = "某市行动方案\n\n一、重点任务\n人社部门（市人社局）负责统筹推进零工市场建设，定期通报进展。\n"
    assert _tuples(text) == []


def test_short_title_line_before_the_body_is_the_title():
    text = ("某省实施方案\n\n（三）提升公共服务水平\n"
            "完善服务网络，推动资源下沉。（省卫生健康委牵头，省财政厅配合）\n")
    assert _tuples(text) == [("提升公共服务水平", ["省卫生健康委"], ["省财政厅"])]


def test_item_number_split_over_lines_by_a_web_page():
    text = "某市电网建设方案\n\n2\n.\n加快\n配电网建设。\n推进城乡配网改造。（市发展改革委牵头，供电公司配合）\n"
    rec = extract_text("t.txt", text)
    (task,) = rec.tasks
    assert (task.item_no, task.title, [o.written for o in task.lead], [o.written for o in task.co]) == (
        "2", "加快配电网建设", ["市发展改革委"], ["供电公司"])
    assert task.span.line == 5  # the title begins on line 5 of the original text (the number on line 3)


def test_table_pasted_one_cell_per_line():
    text = ("某区重点工作任务分解表\n\n序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n1\n\n建设社区食堂20个\n\n区民政局\n\n"
            "各街道\n\n2\n\n新增公办托位300个\n\n区卫生健康局\n\n区教育局\n")
    assert _tuples(text) == [("建设社区食堂20个", ["区民政局"], ["各街道"]), ("新增公办托位300个", ["区卫生健康局"], ["区教育局"])]


def test_names_the_vocabulary_does_not_know_are_owners_on_evidence():
    text = ("某市实施方案\n\n一、重点任务\n1.推进机关党建融合。（市直机关工委牵头，市委编办、市广播电视台配合）\n"
            "2.建设开放平台。（省商务厅、宁波市）\n3.打造科创高地。\n牵头单位：之江实验室\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, [(o.written, o.name) for o in t.lead], [(o.written, o.name) for o in t.co]) for t in rec.tasks] == [
        ("推进机关党建融合", [("市直机关工委", "市直机关工委")], [("市委编办", "市委编办"), ("市广播电视台", "市广播电视台")]),
        ("建设开放平台", [("省商务厅", "省商务厅")], [("宁波市", "宁波市人民政府")]),
        ("打造科创高地", [("之江实验室", "之江实验室")], []),
    ]
    # 工委 and 编办 end like organisations; a broadcaster (台) and a city are owners here only by evidence
    assert sorted(o.written for o in rec.unknown_names) == ["宁波市", "市广播电视台"]


def test_person_labels_are_skipped_and_the_units_kept():
    text = "某区责任分解\n\n1.地区生产总值增长6%。（责任领导：张某某；牵头单位：区发改局；责任单位：区统计局）\n"
    assert _tuples(text) == [("地区生产总值增长6%", ["区发改局"], ["区统计局"])]


def test_declared_convention_applies_from_where_it_is_stated():
    text = ("国务院办公厅关于某某工作的实施意见\n\n一、主要任务\n"
            "（一）优化审批流程。（发展改革委、司法部负责）\n"
            "（二）推行告知承诺制。（司法部、市场监管总局等负责。列第一位者为牵头单位，下同）\n"
            "（三）强化事中事后监管。（市场监管总局、商务部等和各有关省级人民政府负责）\n"
            "（四）完善信用体系。（国家发展改革委指导，人民银行负责落实）\n"
            "（五）加强督促检查。（国务院办公厅会同有关部门负责）\n")
    rec = extract_text("t.txt", text)
    got = [(t.title, [(r.owner.written, r.role, r.basis) for r in t.responsibilities]) for t in rec.tasks]
    assert got == [
        ("优化审批流程", [("发展改革委", "co", ""), ("司法部", "co", "")]),
        ("推行告知承诺制", [("司法部", "lead", "convention"), ("市场监管总局", "co", "")]),
        ("强化事中事后监管", [("市场监管总局", "lead", "convention"), ("商务部", "co", ""), ("各有关省级人民政府", "co", "")]),
        ("完善信用体系", [("国家发展改革委", "co", ""), ("人民银行", "lead", "")]),
        ("加强督促检查", [("国务院办公厅", "lead", ""), ("有关部门", "co", "")]),
    ]
    rule = rec.tasks[1].responsibilities[0].basis_span
    assert text[rule.start:rule.end] == "列第一位者为牵头单位"


@pytest.mark.parametrize("header,title", [
    ("国务院关于加快推进某某产业\n转型升级的指导意见\n国发〔2030〕1号\n", "国务院关于加快推进某某产业转型升级的指导意见"),
    ("首页 > 政务公开 > 政策文件\n【政策文件】某省人民政府办公厅关于印发某省数字乡村\n建设行动方案的通知\n", "某省数字乡村建设行动方案"),
    ("- 1 -\n某市稳就业若干措施\n（2030-2032年）\n", "某市稳就业若干措施（2030-2032年）"),
    ("某市人民政府\nwww.example.gov.cn\n某市人民政府关于进一步促进消费的意见\n", "某市人民政府关于进一步促进消费的意见"),
    # a channel before the title, a site's name after it, a title cited with its 文号
    ("时政|国务院办公厅关于进一步优化某某环境的实施意见\n来源：某某网\n", "国务院办公厅关于进一步优化某某环境的实施意见"),
    ("国务院关于促进某某增长若干措施的通知 某某文库\n国发〔2030〕9号\n", "国务院关于促进某某增长若干措施的通知"),
    ("政策法规\n国务院办公厅《关于促进某某经济健康发展的指导意见》(国办发〔2030〕38号)\n", "国务院办公厅关于促进某某经济健康发展的指导意见"),
    # 下达 hands a task list down like 印发; a heading a PDF spaced out is not the title
    ("某县人民政府办公室关于下达2030年某县民生实事项目任务的通知\n", "2030年某县民生实事项目任务"),
    ("某市人民政府办公室 关于认真做好2030年重点工作任务落实的通知\n某政办〔2030〕6号\n一 、 承担的2030年重点工作任务及责任分解\n",
     "某市人民政府办公室关于认真做好2030年重点工作任务落实的通知"),
    # 和 inside one plan's name is no second plan; a line ending in 推动 or an open 《 goes on
    ("某区人民政府关于印发《某区政府2030年重点工作任务分解和责任分工方案》的通知\n", "某区政府2030年重点工作任务分解和责任分工方案"),
    ("原文如下：\n某省激发企业活力推动\n高质量发展的若干政策措施\n", "某省激发企业活力推动高质量发展的若干政策措施"),
    ("贯彻落实《关于加强某某工作的意见》的任务分解方案\n栏目：策划方案\n某区贯彻落实《关于加强\n某某工作的意见》的任务分解方案\n",
     "某区贯彻落实《关于加强某某工作的意见》的任务分解方案"),
    ("附件：某某发展纲要（2030—2040年）实施分工方案\n某某办公室\n某某发展纲要\n（2030—2040年）实施分工方案\n",
     "某某发展纲要（2030—2040年）实施分工方案"),
    # page chrome: a region tag, a breadcrumb, a newspaper's continuation note, a 文号 after the
    # title, a metadata table's 名称 cell, a headline shortened from the notice below it
    ("导航菜单\n(某某省)2030年某市《政府工作报告》确定的主要目标任务责任分解方案\n", "2030年某市《政府工作报告》确定的主要目标任务责任分解方案"),
    ("某某考试网>考试快讯>某省关于统筹推进某某工作的若干措施\n", "某省关于统筹推进某某工作的若干措施"),
    ("重点任务分工清单(上接第三版)\n", "重点任务分工清单"),
    ("某省人民政府关于进一步做好稳定就业工作的实施意见 (某政规发〔2030〕4号)\n", "某省人民政府关于进一步做好稳定就业工作的实施意见"),
    ("索引号： | 0001/2030-00030 | 组配分类： | 决策部署 |\n名称： | 2030年区民政局重点工作任务清单 | 文号： | 无 |\n"
     "生成日期： | 2030-08-28 | 发布日期： | 2030-08-28 |\n", "2030年区民政局重点工作任务清单"),
    ("某省：应对某某冲击若干政策措施\n来源： 某省人民政府\n某省人民政府办公厅关于应对某某冲击进一步帮助市场主体纾困解难若干政策措施的通知\n",
     "某省人民政府办公厅关于应对某某冲击进一步帮助市场主体纾困解难若干政策措施的通知"),
    # a pipe table's title row, a 文号 with its number left blank, title and 文号 and text on one line
    ("某县2030年重大民生实事项目进展情况(截至12月10日) | ||||||||\n", "某县2030年重大民生实事项目进展情况(截至12月10日)"),
    ("某高新管发〔2030〕 号\n某高新区管委会\n关于做好2030年为民办实事的通知\n", "某高新区管委会关于做好2030年为民办实事的通知"),
    ("某省人民政府 关于明确2030年 重点工作责任单位的通知 某政〔2030〕5号 现将重点工作任务予以分解\n",
     "某省人民政府关于明确2030年重点工作责任单位的通知"),
    # the same run together by a PDF reader, which drops the spaces
    ("某省人民政府关于明确2030年重点工作责任单位的通知某政〔2030〕5号现将重点工作任务予以分解\n",
     "某省人民政府关于明确2030年重点工作责任单位的通知"),
    ("某区人民政府办公室关于印发2030年区政府工作报告目标任务的通知发布日期:2030-01-21\n", "2030年区政府工作报告目标任务"),
    ("国务院关于促进某某增长若干措施的通知某某文库\n国发〔2030〕9号\n", "国务院关于促进某某增长若干措施的通知"),
    ("发布时间：2030-03-29 字体：［ ］2030年某区政府民生实事任务分解方案\n", "2030年某区政府民生实事任务分解方案"),
    ("某市某区人民政府办公室关于印发某区“十一五”规划工作分解的通知“十一五”规划工作分解之四：社会事业发展\n",
     "某区“十一五”规划工作分解"),
    ("文档介绍：某府发〔2030〕23号某市某区人民政府关于2030年重点推进重大项目有关事项的通知各街道办事处：\n",
     "某市某区人民政府关于2030年重点推进重大项目有关事项的通知"),
    ("作者：来源：某区人民政府办公室发布时间：2030-04-17 08:50:33 2030年某区政府工作报告重点工作责任分解\n",
     "2030年某区政府工作报告重点工作责任分解"),
    # the notice completes a title whose first words stand on a line of their own, and gives the
    # first of two plans it issues at once; a column tag, a count note, a headline before ! go
    ("某市人民政府办公室\n关于印发区政府2030年第一季度工作要点的通知\n现将《某市某区人民政府2030年第一季度工作要点》印发给你们。\n"
     "某市某区人民政府\n2030年第一季度工作要点\n", "某市某区人民政府2030年第一季度工作要点"),
    ("某市人民政府办公室关于印发2030年政府工作报告重点工作和十方面民生实事责任分解的通知\n"
     "《2030年政府工作报告重点工作责任分解》和《2030年十方面民生实事责任分解》已经市政府审议通过，现印发给你们。\n",
     "2030年政府工作报告重点工作责任分解"),
    ("某市人民政府办公室关于印发2030年〈政府工作报告〉重点工作和民生实事责任分解的通知\n某政办发〔2030〕3号\n"
     "2030年《政府工作报告》重点工作责任分解\n", "2030年《政府工作报告》重点工作责任分解"),
    ("【保基本民生】某市民生工作领导小组办公室关于2030年实施47项民生实事的通知\n", "某市民生工作领导小组办公室关于2030年实施47项民生实事的通知"),
    ("区政府2030年重点工作目标任务分解落实方案(共118项)\n", "区政府2030年重点工作目标任务分解落实方案"),
    ("某自治区人民政府发布通知!某自治区人民政府关于推动某某一体化发展若干举措的通知\n", "某自治区人民政府关于推动某某一体化发展若干举措的通知"),
    ("某市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知\n"
     "《某市聚焦企业关切进一步落实优化营商环境政策的若干措施》已经市政府同意，现印发给你们。\n",
     "某市聚焦企业关切进一步落实优化营商环境政策的若干措施"),
    ("关于支持“双招双引”的十条意见。为落实市委、市政府的部署，结合实际，现提出以下意见。\n", "关于支持“双招双引”的十条意见"),
    # a news lead that quotes the notice is prose, not the title
    ("7月17日，某市人民政府关于明确2030年重点工作责任单位的通知印发。\n某市人民政府关于明确2030年重点工作责任单位的通知\n",
     "某市人民政府关于明确2030年重点工作责任单位的通知"),
])
def test_plan_titles_from_header_evidence(header, title):
    rec = extract_text("t.txt", header + "\n各区人民政府：\n为做好某某工作，制定本方案。\n")
    assert rec.plan.title == title


def test_owner_like_statements_that_make_no_task_are_reported():
    text = "某市行动方案\n\n牵头单位：市发改委\n\n（市人社局牵头，市财政局配合）\n"
    rec = extract_text("t.txt", text)
    assert rec.tasks == []
    assert [(u.span.line, u.reason) for u in rec.unattached] == [
        (3, "label line with no task before it"), (5, "owner statement with no task text before it")]


def test_build_and_text_report_what_made_no_task(tmp_path):
    from click.testing import CliRunner

    from policykg.cli.main import cli

    doc = tmp_path / "plan.txt"
    doc.write_text("某市行动方案\n\n牵头单位：市发改委\n\n1.推进甲。（市直机关工委牵头，市广播电视台配合）\n", encoding="utf-8")
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(doc), "--store", str(tmp_path / "kg")])
    assert "1 task (1 with a named lead)" in built.output
    assert "1 unattached owner statement, 1 owner name taken on evidence" in built.output
    shown = runner.invoke(cli, ["text", str(doc), "--tasks"])
    assert "    3  label line with no task before it: 牵头单位：市发改委" in shown.output
    assert "not by their form: 市广播电视台" in shown.output
    stats = runner.invoke(cli, ["stats", "--store", str(tmp_path / "kg")])
    assert "unattached owner statements: 1  owner names taken on evidence: 1" in stats.output


def test_box_laid_out_as_a_table_without_owners():
    """A 专栏 whose commitments are table rows (类别 | 细分 | 重点任务): one task per row, owned by
    the issuer (inferred), never vanishing."""
    text = ("某省人民政府关于印发某省就业促进规划的通知\n\n第三章 重点任务\n\n专栏3 重点群体就业工程\n"
            "类别\t细分\t重点任务\n青年\t高校毕业生\t实施高校毕业生就业创业推进计划\n\t\t开展青年就业见习岗位募集\n"  # merged cells
            "农民工\t返乡创业\t建设返乡入乡创业园区\n\n第四章 保障措施\n")
    rec = extract_text("t.txt", text)
    assert [(t.box_no, t.title, t.section, t.lead, t.co) for t in rec.tasks] == [
        ("3", "实施高校毕业生就业创业推进计划", "第三章 重点任务 / 青年 / 高校毕业生", [], []),
        ("3", "开展青年就业见习岗位募集", "第三章 重点任务 / 青年 / 高校毕业生", [], []),
        ("3", "建设返乡入乡创业园区", "第三章 重点任务 / 农民工 / 返乡创业", [], []),
    ]
    assert rec.plan.inferred_owner[0] == "某省人民政府"


def test_hard_wrapped_bracket_and_a_leading_deadline():
    text = ("某市实施方案\n\n一、重点任务\n（一）推进零工市场建设。建设零工驿站10个。（2025年底前，市人社局牵\n"
            "头，市财政局配合）\n（二）完善统计制度。（市统计局牵头，市人社局等配合）\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, t.deadline, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks] == [
        ("推进零工市场建设", "2025年底前", ["市人社局"], ["市财政局"]),
        ("完善统计制度", "", ["市统计局"], ["市人社局"]),
    ]


def test_one_role_per_unit_and_several_leads_each():
    text = ("某市责任分解\n\n1.推进甲。\n牵头单位：市发展改革委\n责任单位：市发展改革委、市统计局\n"
            "2.推进乙。（市科技局、市经信局分别牵头）\n")
    assert _tuples(text) == [("推进甲", ["市发展改革委"], ["市统计局"]), ("推进乙", ["市科技局", "市经信局"], [])]


@pytest.mark.parametrize("rule", ["（以下各项任务排在第一位的部门为牵头部门）", "各项任务中，列第一位的为牵头单位。", "（排名第一的为牵头单位，下同）"])
def test_convention_forms(rule):
    text = f"某省实施方案\n\n{rule}\n\n（一）推进甲。（省财政厅、省税务局负责）\n"
    rec = extract_text("t.txt", text)
    assert [(r.owner.written, r.role, r.basis) for r in rec.tasks[0].responsibilities] == [
        ("省财政厅", "lead", "convention"), ("省税务局", "co", "")]


def test_host_and_assisting_units():
    """主办/协办 (host/assist) are lead/co, in a bracket and in label lines; a 责任单位 label
    followed by a 协办单位 label is the lead; posts held by people (分管副省长) are no owners."""
    text = ("某省政府工作报告重点工作责任分工的意见\n\n"
            "1.公共财政收入增长13%左右。（省财政厅主办，省国税局、地税局协办）\n"
            "三、实施农村寄宿制学校建设工程\n（一）责任领导：某某\n（二）责任单位：市教育局\n（三）协办单位：市财政局、农业局\n"
            "（四）完成时限：2030年内\n"
            "四、推进旧城改造\n责任单位：市住建局、市城管局\n")
    assert _tuples(text) == [
        ("公共财政收入增长13%左右", ["省财政厅"], ["省国税局", "地税局"]),
        ("实施农村寄宿制学校建设工程", ["市教育局"], ["市财政局", "农业局"]),
        ("推进旧城改造", [], ["市住建局", "市城管局"]),  # 责任单位 alone: no lead
    ]


def test_brackets_closing_clauses_and_reading_notes_inside_them():
    """One paragraph, three brackets: one closes a clause before a comma; a post held by a person
    and reading notes (明确牵头部门的，其他有关部门配合，不逐一列出) are not owners."""
    text = ("某省重点工作部门分工的意见\n\n（一）增强创新能力。推进示范区建设（分管副省长、协管副秘书长负责，省科技厅牵头。"
            "明确牵头部门的，其他有关部门配合，不逐一列出，下同）。落实研发费用加计扣除政策（分管副省长负责，省科技厅、省财政厅等负责。"
            "列第一位的为牵头部门，其他部门和单位按职责分工负责，下同），建设一批众创空间（省科技厅牵头）。\n")
    assert _tuples(text) == [
        ("增强创新能力", ["省科技厅"], []),
        ("落实研发费用加计扣除政策", ["省科技厅"], ["省财政厅"]),
        ("建设一批众创空间", ["省科技厅"], []),
    ]


@pytest.mark.parametrize("bracket,lead,co", [
    # a remark after the owners (适用范围：…) does not cancel them
    ("（商务部、文化和旅游部按职责分工负责；适用范围：所有试验区，以下除标注外，适用范围均为所有试验区）", [], ["商务部", "文化和旅游部"]),
    # 等 closes the department list before a category word with a note or a second category
    ("（省发展改革委、科技厅、省市场监管局等部门（单位）和各市（州）人民政府按职责分工负责）", [],
     ["省发展改革委", "科技厅", "省市场监管局", "各市（州）人民政府"]),
    ("（责任单位：省投资促进局、省财政厅等有关部门和单位，各州、市人民政府）", [], ["省投资促进局", "省财政厅", "各州、市人民政府"]),
    # two collective actors, each complete: not one actor across the 、
    ("（牵头单位：市城镇化服务中心；配合单位：各乡镇政府、街道办事处）", ["市城镇化服务中心"], ["各乡镇政府", "街道办事处"]),
    # two labels with the space between them lost (text from a PDF)
    ("（牵头单位：市商务局责任单位：市编办、各区县政府）", ["市商务局"], ["市编办", "各区县政府"]),
    # one 负责 closes a list written over a comma: no lead
    ("（省财政厅，省税务局、深圳市税务局负责）", [], ["省财政厅", "省税务局", "深圳市税务局"]),
    ("（金融办牵头，财政、经贸等相关部门负责配合）", ["金融办"], ["财政", "经贸"]),
    ("（知识产权局、中央宣传部按职责分别负责）", [], ["知识产权局", "中央宣传部"]),
    ("（省发改委总牵头）", ["省发改委"], []),
    # 按职责分工负责 closing a list over a comma shares the duty: no lead
    ("〔各市（地）、县（市）政府（行署），省工信厅、省市场监管局等部门按职责分工负责〕", [],
     ["各市（地）、县（市）政府（行署）", "省工信厅", "省市场监管局"]),
    ("（责任单位：市行政审批服务局、市直有关部门、单位，各区市政府、开发区管委）", [],
     ["市行政审批服务局", "市直有关部门、单位", "各区市政府", "开发区管委"]),
    ("（责任科室：组干科、机关党委）", [], ["组干科", "机关党委"]),
    ("（责任单位：区发改局、环保拱墅分局，各街道（园区））", [], ["区发改局", "环保拱墅分局", "各街道（园区）"]),
    ("（责任单位：区政数局、区商务局等数字经济工作领导小组成员单位，各乡、街办、管理处）", [], ["区政数局", "区商务局", "各乡、街办、管理处"]),
])
def test_owner_lists_with_remarks_and_categories(bracket, lead, co):
    assert _tuples(f"某省若干措施\n\n1.推进甲。{bracket}\n") == [("推进甲", lead, co)]


def test_layout_and_label_fields():
    """A line ending with a comma goes on in the next; an owner label's value ends where the
    next field's label begins; a 项目内容 column holds the task."""
    text = ("某县民生实事\n\n（一）以开放发展理念为指导，\n推动新一轮高水平开放。修订目录。（商务部、发展改革委牵头）\n"
            "二、老旧小区改造项目\n牵头单位：县城管执法局\n责任单位：莲塘镇任务目标：2030年改造完成10个小区\n")
    assert _tuples(text) == [("以开放发展理念为指导，推动新一轮高水平开放", ["商务部", "发展改革委"], []),
                             ("老旧小区改造项目", ["县城管执法局"], ["莲塘镇"])]
    table = "某县民生实事进度表\n\n序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n1\n\n建设四好农村路55公里。\n\n95%\n\n县交通局\n\n县民生实事\n"
    assert _tuples(table) == [("建设四好农村路55公里", ["县交通局"], [])]


def test_a_title_is_the_first_sentence_not_its_first_clause():
    text = "某区民生项目清单\n\n1.开工及改扩建学校5所；继续实施突破西部工程。做好项目建设。（责任单位：区教育体育局）\n"
    assert _tuples(text) == [("开工及改扩建学校5所；继续实施突破西部工程", [], ["区教育体育局"])]


def test_text_copied_from_a_pdf_keeps_the_page_width():
    """Lines cut at the page's width mid-sentence are one paragraph again, so an owner name
    wrapped across two lines (园区党工 / 委) is whole; short lines and headings stay apart."""
    text = ("某区任务分解方案\n一、提高城市基层党建工作水平，加强党对基层治理的全面\n领导\n"
            "1.完善街道党工委对地区治理重大工作的领导体制机制，优\n化决策程序，涉及基层治理的重大事项由街道党工委讨论\n"
            "决定，全面提升街道抓党建、抓治理、抓服务的领导能力和\n水平。\n牵头单位：区委组织部\n"
            "协办单位：区委编办、区民政局（区委社会工委）、园区党工\n委、各街道党工委\n")
    assert _tuples(text) == [("完善街道党工委对地区治理重大工作的领导体制机制，优化决策程序，涉及基层治理的重大事项由街道党工委讨论决定，"
                              "全面提升街道抓党建、抓治理、抓服务的领导能力和水平", ["区委组织部"],
                              ["区委编办", "区民政局（区委社会工委）", "园区党工委", "各街道党工委"])]


def test_pages_flattened_by_a_document_sharing_site():
    """A shared file's text numbers its pages 1、 2、 … mid-sentence, and a page flattened to one
    line runs numbered items into each other: the markers go, the items are found."""
    text = ("《某市实施方案.docx》由会员分享，可在线阅读。\n"
            "1、某市实施方案为深入贯彻有关部署，制定本实施方案。一、加强要素支持（一）强化财税政策保障。落实减税降费政策，小微企业和个体工商\n"
            "2、户贷款利息收入免征增值税。（市税务局、市财政局负责。列第一位的为牵头单位，下同）\n")
    assert _tuples(text) == [("强化财税政策保障", ["市税务局"], ["市财政局"])]
    flat = ("某区政策清单 为推动产业发展，提出如下政策清单。 一、推进农牧业转型 （一）增强粮食生产能力 1.实施增粮示范行动，安排资金，"
            "稳定粮食播种面积。(责任单位:区农牧局、财政局) 2.实施耕地保护行动，支持高标准农田建设。(责任单位:区农牧局)\n")
    assert _tuples(flat) == [("实施增粮示范行动，安排资金，稳定粮食播种面积", [], ["区农牧局", "财政局"]),
                             ("实施耕地保护行动，支持高标准农田建设", [], ["区农牧局"])]


def test_table_row_with_cells_the_page_dropped():
    """Cells go where their content fits when a row lost some: a number to 年度目标, a unit of
    measure to 单位, text to the task; a row under a merged group cell starts later."""
    text = ("某县乡村振兴任务清单\n\n序号\n考核指标\n考核内容\n单位\n年度目标\n责任部门\n"
            "1\n确保粮食供给\n粮食总产量\n亿斤\n0.5\n县农业农村局\n"
            "2\n农业劳动生产率\n万元/人\n全市统筹\n县海洋与渔业局\n"   # 考核指标 merged down from row 1
            "3\n建设美丽牧场\n0\n县农业农村局\n")                       # 单位 left empty
    assert _tuples(text) == [("粮食总产量", [], ["县农业农村局"]), ("农业劳动生产率", [], ["县海洋与渔业局"]),
                             ("建设美丽牧场", [], ["县农业农村局"])]


def test_table_header_cells_broken_over_lines_and_counted_collectives():
    text = ("某区规划工作分解\n\n序号\n\n项目\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n"
            "108\n\n继续全面推进素质教育\n\n教育局\n\n13个街道、镇\n\n2030年\n\n"
            "109\n\n加强婴幼儿教育\n\n教育局\n\n人口计生委等相关部门，13个街道、镇\n\n2030年\n")
    assert _tuples(text) == [("继续全面推进素质教育", ["教育局"], ["13个街道、镇"]),
                             ("加强婴幼儿教育", ["教育局"], ["人口计生委", "13个街道、镇"])]


def test_paragraphs_with_their_own_headlines_under_one_heading():
    """A heading over one paragraph titles it; over two paragraphs that open with headline
    sentences of their own, each paragraph is titled by its headline."""
    text = ("某省实施意见\n\n（一）加强统一市场建设。\n消除市场分割。清理妨碍公平竞争的规定。（省发展改革委、省商务厅负责，列第一位者为牵头单位，下同）\n"
            "打破行业垄断。依法查处垄断协议。（省工商局负责）\n"
            "（二）扩大开放。\n推进口岸建设，提升通关效率。（省商务厅负责）\n")
    assert _tuples(text) == [("消除市场分割", ["省发展改革委"], ["省商务厅"]), ("打破行业垄断", ["省工商局"], []),
                             ("扩大开放", ["省商务厅"], [])]


def test_headline_paragraphs_after_an_unowned_opening_paragraph():
    """江苏省“十四五”数字政府建设规划 (2021, abridged): a heading, a paragraph that opens the
    section with no owners, then paragraphs each with its headline and its 责任单位: each is
    titled by its headline, not by the heading."""
    text = ("江苏省“十四五”数字政府建设规划\n#### 3．提升政务运行协同化水平。  \n"
            "  推行一体事联办。围绕人员管理、项目规划。（责任单位：省政务办、省大数据管理中心等）  \n"
            "  深化数字法治建设。建立智慧法院体系。（责任单位：省法院、省检察院等）  \n"
            "  提升政府管理数字化水平。加快建设省级规划综合管理。（责任单位：省发展改革委、省档案馆等）  \n"
            "  打造大数据辅助决策体系。建设政府“数据大脑”。（责任单位：省政务办、省大数据管理中心等，各设区市人民政府）  \n"
            "### （二）构建普惠包容的数字社会体系。  \n"
            "  强化基本公共服务数字化供给，提升公民数字素养，加快智能终端推广应用，营造数字社会发展环境。  \n"
            "  优化数字教育建设。开展慕课、名师空中课堂等。（责任单位：省教育厅、省科技厅等）  \n"
            "  强化数字人社建设。对接全国统一的社会保险公。（责任单位：省人力资源社会保障厅等）  \n")
    assert [t for t, _, _ in _tuples(text)][-3:] == ["打造大数据辅助决策体系", "优化数字教育建设", "强化数字人社建设"]


def test_scope_rule_for_the_measures_below():
    text = ("某市实施细则\n\n1.争取省级专项资金。（责任单位：市工信局、市财政局等有关部门，各县区人民政府。"
            "以下政策措施均需各县区人民政府落实，不再单独列出）\n2.成立工作专班。（责任单位：市工信局）\n")
    assert _tuples(text) == [("争取省级专项资金", [], ["市工信局", "市财政局", "各县区人民政府"]),
                             ("成立工作专班", [], ["市工信局", "各县区人民政府"])]  # 责任单位 alone: no lead


def test_more_label_words_numbering_and_scope_forms():
    text = ("某县任务分解\n\n1.加强公共卫生风险防控。\n牵头责任单位：县卫健委\n主要协作单位：各乡镇人民政府，县政府有关部门\n"
            "一、全面实施就业优先战略\n㈠ 强化促进就业主体责任。强化各级政府责任。（州人社局牵头，州财政局配合。以下各项措施责任单位均包括各县市人民政府，不再单独列出）\n"
            "㈡ 加强就业服务。（州人社局负责）\n")
    assert _tuples(text) == [
        ("加强公共卫生风险防控", ["县卫健委"], ["各乡镇人民政府", "县政府有关部门"]),
        ("强化促进就业主体责任", ["州人社局"], ["州财政局"]),
        ("加强就业服务", ["州人社局"], ["各县市人民政府"]),
    ]


def test_table_rows_under_group_headings_with_a_selection_of_numbers():
    """A page showing the rows one office owns: group headings between rows, numbers that jump."""
    text = ("某区任务分解表\n\n序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n一、主要预期目标\n\n3\n\n固定资产投资增长7.5%左右。\n\n"
            "区发改委\n\n区工信局\n\n二、扩投资\n\n三、惠民生\n\n68\n\n持续推进学前教育普及普惠。\n\n区教育局\n\n区政府有关部门\n\n"
            "69\n\n深化与某集团合作。\n\n区教育局\n\n区投资促进中心\n")
    assert _tuples(text) == [("固定资产投资增长7.5%左右", ["区发改委"], ["区工信局"]),
                             ("持续推进学前教育普及普惠", ["区教育局"], ["区政府有关部门"]),
                             ("深化与某集团合作", ["区教育局"], ["区投资促进中心"])]


def test_text_from_a_pdf_without_the_spaces_between_clauses():
    """A PDF reader drops the gaps a page set between Chinese words: a run-in item with no space
    before its number, a label right after a person's name."""
    text = ("某市意见\n\n为做好就业工作，现提出以下意见：一、深入实施就业优先战略1.坚持就业优先发展战略。各级政府制定规划。"
            "（市发展改革委、市人力资源社会保障局牵头，市教育局配合）\n"
            "某项工作。加快信创产业发展。分管领导：某某副省长张三部门分工：省工业和信息化厅牵头，省委网信办等配合。\n")
    assert _tuples(text) == [("坚持就业优先发展战略", ["市发展改革委", "市人力资源社会保障局"], ["市教育局"]),
                             ("某项工作", ["省工业和信息化厅"], ["省委网信办"])]


def test_unit_and_person_in_one_label():
    text = ("某省利民行动任务目标\n\n一、扩大再就业\n全年新增就业50万人。\n责任单位和责任人：省劳动和社会保障厅张某某\n"
            "二、改善住房条件\n（三）分管领导：李某 责任单位和责任人：省建设厅王某\n")
    assert _tuples(text) == [("扩大再就业", [], ["省劳动和社会保障厅"]), ("改善住房条件", [], ["省建设厅"])]


def test_task_table_with_named_items_and_co_units_one_per_line():
    """事项分类 / 事项名称 / 项目内容 / 牵头单位 / 协同单位, one cell per line; the co-owners of a row
    run over many lines (past the last column), a name with a quantity is no unit, / is nobody."""
    text = ("某区民生实事任务分解方案\n\n序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n"
            "1\n打造区域教育高地\n新(改、扩)建一批中小学校\n实施新建中小学校5家。\n区教体局\n东孝街道\n孝顺镇\n傅村镇\n区发改局\n"
            "2\n中小学校清廉阳光厨房建设\n对28所中小学校食堂安装验收平台。\n区教体局\n/\n")
    assert _tuples(text) == [("新(改、扩)建一批中小学校", ["区教体局"], ["东孝街道", "孝顺镇", "傅村镇", "区发改局"]),
                             ("中小学校清廉阳光厨房建设", ["区教体局"], [])]


def test_a_task_that_ends_like_a_unit_is_not_one():
    from policykg.extract.names import owner_kind

    assert [owner_kind(n) for n in ("建成县残疾人综合服务中心", "迁建县政务服务中心", "县政务服务中心", "县代建中心")] == [
        None, None, "department", "department"]


def test_declared_convention_that_a_lone_responsible_unit_leads():
    text = ("某市目标任务责任分解方案\n\n各有关单位：无牵头单位的，责任单位即为牵头单位。\n\n"
            "1.推进甲。（牵头单位：市发改委；责任单位：市财政局）\n2.推进乙。（责任单位：市商务局）\n"
            "3.推进丙。\n牵头单位：市住建局\n责任单位：市城管局\n4.推进丁。（责任单位：市教育局、市财政局）\n")
    rec = extract_text("t.txt", text)
    assert [(t.title, [(r.owner.name, r.role, r.basis) for r in t.responsibilities]) for t in rec.tasks] == [
        ("推进甲", [("市发改委", "lead", ""), ("市财政局", "co", "")]),
        ("推进乙", [("市商务局", "lead", "convention")]),
        ("推进丙", [("市住建局", "lead", ""), ("市城管局", "co", "")]),
        ("推进丁", [("市教育局", "lead", "convention"), ("市财政局", "lead", "convention")]),
    ]
    rule = rec.tasks[1].responsibilities[0].basis_span
    assert text[rule.start:rule.end] == "无牵头单位的，责任单位即为牵头单位"


def test_a_list_of_measures_flattened_into_one_line():
    text = ("关于科技支持全县经济平稳发展的八条政策措施一、从快组织实施一批科技创新项目1.组织企业申报省级科研项目，拟争取省级资金500万元，"
            "（县发改局、县财政局负责）2.组织新认定的高新技术企业申报奖励，（县发改局负责）二、拓宽企业融资渠道3.开展政银企保对接会议，"
            "（县发改局、县金融办及有关银行部门负责）。\n")
    rec = extract_text("t.txt", text)
    assert rec.plan.title == "关于科技支持全县经济平稳发展的八条政策措施"
    assert _tuples(text) == [("组织企业申报省级科研项目，拟争取省级资金500万元", [], ["县发改局", "县财政局"]),
                             ("组织新认定的高新技术企业申报奖励", ["县发改局"], []),
                             ("开展政银企保对接会议", [], ["县发改局", "县金融办", "有关银行部门"])]


def test_pipe_table_with_a_work_item_column_and_a_target_column():
    """重点工作事项 names the task even beside a 工作目标 column; 分管领导 names a person."""
    text = ("2030年区民政局重点工作任务清单 | ||||\n序号 | 重点工作事项 | 工作目标 | 分管领导 | 责任科室 |\n"
            "一、区委全会任务 | ||||\n1 | 健全群众自治组织机制 | 加强村（居）民委员会规范化建设 | 张某 | 区划地名科 |\n")
    assert _tuples(text) == [("健全群众自治组织机制", [], ["区划地名科"])]


def test_an_owner_cell_that_names_no_unit_is_reported_not_taken():
    text = "某区任务分解表\n\n序号\t重点任务\t牵头单位\t配合单位\n1\t建设社区食堂20个\t区民政局\t（详见附件）\n"
    rec = extract_text("t.txt", text)
    assert [(t.title, [o.name for o in t.lead], [o.name for o in t.co]) for t in rec.tasks] == [("建设社区食堂20个", ["区民政局"], [])]
    assert [u.reason for u in rec.unattached] == ["owner cell whose units could not be read"]


def test_an_owner_bracket_that_a_page_pushed_to_the_start_of_the_next_line_closes_the_sentence_above():
    # 天津 十一五 纲要 工作分工 (2006): indicator sentences each closed by (X牵头), one bracket wrapped
    text = ("天津市国民经济和社会发展第十一个五年规划纲要主要目标和任务工作分工\n"
            "万元工业增加值取水量降低20%。(市节水办、市经委牵头)耕地保有量保持在国务院确定的我市2010年耕地保有量面积。\n"
            "(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)\n")
    assert _tuples(text) == [
        ("万元工业增加值取水量降低20%", ["市节水办", "市经委"], []),
        ("耕地保有量保持在国务院确定的我市2010年耕地保有量面积", ["市国土房管局"], []),
        ("主要污染物排放总量减少10%", ["市环保局"], []),
    ]


def test_a_bracketed_field_label_opening_a_metadata_line_is_no_owner_statement():
    # a law library's page of 石政发[2011]20号: 【法规名称】 / 【颁布部门】 石家庄市政府 / 【发文字号】 …
    text = ("【法规名称】 \n【颁布部门】 石家庄市政府\n【发文字号】 石政发[2011]20号\n"
            "1.制定《生态市建设规划》,并通过市人大审议、颁布实施。[责任部门:市环保局;配合部门:市直各相关部门]\n")
    assert _tuples(text) == [("制定《生态市建设规划》,并通过市人大审议、颁布实施", ["市环保局"], ["市直各相关部门"])]


def test_a_part_heading_run_into_a_pdf_paragraph_is_not_part_of_its_first_tasks_title():
    # 国办发〔2016〕30号 2016年食品安全重点工作安排, as copied from its PDF: one line, wrap spaces kept
    text = ("2016年食品安全重点工作安排 2015年,全国食品安全形势持续稳定向好,但食 品安全基础依然薄弱。现就2016年食品安全重点工"
            "作作出如下安排: 一、加快完善食品安全法规制度 全面宣传贯彻新修订的食品安全法,配合全国 人大常委会做好食品安全法执法检查。"
            "(食品药品监 管总局、国务院食品安全办会同各省级人民政府负 责)深化食品生产经营许可改革。(食品药品监管总局负责)\n")
    assert _tuples(text) == [
        ("全面宣传贯彻新修订的食品安全法,配合全国 人大常委会做好食品安全法执法检查", ["食品药品监 管总局", "国务院食品安全办"], ["各省级人民政府"]),
        ("深化食品生产经营许可改革", ["食品药品监管总局"], []),
    ]


def test_an_owner_bracket_with_a_stray_closer_typed_before_its_own_is_still_read():
    # 佳木斯市2018年度水污染防治重点工作实施方案: [X牵头,Y配合,Z负责落实。……不再列出)]
    text = ("佳木斯市2018年度水污染防治重点工作实施方案\n"
            "1.控制用水总量。强化用水监督管理。[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。"
            "以下均需各县(市)区政府落实,不再列出)]\n")
    assert _tuples(text) == [("控制用水总量", ["市水务局"], ["市工信委", "城乡建设局", "各县(市)区政府"])]


def test_a_statement_closing_the_last_of_a_headings_ownerless_paragraphs_owns_the_section():
    # 河北省农民工工作联席会议2007年工作要点: three paragraphs under 一、, one bracket after the last
    text = ("河北省农民工工作联席会议2007年工作要点\n"
            "一、建立农民工工资支付保障制度,加强工资水平宏观调节\n"
            "建立健全预防和解决拖欠农民工工资的长效机制。建立和完善工资支付监控制度。\n"
            "及时调整最低工资标准和小时最低工资标准。对企业执行最低工资标准情况进行监督检查。\n"
            "以建筑、煤炭和纺织等行业为重点,组织开展劳动定员定额行业标准的制修订工作。(省劳动保障厅牵头,省安监局、建设厅配合)\n"
            "二、加强组织领导\n"
            "科学精准优化防控措施。\n"
            "坚持人民至上,有序组织实施新阶段疫情防控举措。(省卫生厅负责)\n")
    assert _tuples(text) == [
        ("建立农民工工资支付保障制度,加强工资水平宏观调节", ["省劳动保障厅"], ["省安监局", "建设厅"]),
        # a sub-heading line between: the paragraph titles itself
        ("坚持人民至上,有序组织实施新阶段疫情防控举措", ["省卫生厅"], []),
    ]


def test_units_before_fenbie_fuze_each_lead_when_the_document_says_so():
    """《中共中央 国务院关于促进中医药传承创新发展的意见》重点任务分工方案 (2019): the first bracket
    declares that 分别负责 means each unit leads; the declaration is no unit, and it holds for the
    brackets after it until the document declares its first-unit rule."""
    text = ("《中共中央 国务院关于促进中医药传承创新发展的意见》重点任务分工方案\n一、健全中医药服务体系\n"
            "1.加强中医药服务机构建设。发挥中医药整体医学和健康医学优势。(国家发展改革委、国家卫生健康委、中国残联分别负责,"
            "分别负责为各单位按职责分别牵头,下同)\n"
            "2.遵循中医药发展规律,规范中医医院科室设置。(国家卫生健康委、住房城乡建设部分别负责,人力资源社会保障部参与)\n"
            "3.大力发展中医诊所、门诊部和特色专科医院。(国家卫生健康委、国家中医药局、国家发展改革委负责,排在第一位的为牵头单位,下同)\n")
    assert _tuples(text) == [
        ("加强中医药服务机构建设", ["国家发展改革委", "国家卫生健康委", "中国残联"], []),
        ("遵循中医药发展规律,规范中医医院科室设置", ["国家卫生健康委", "住房城乡建设部"], ["人力资源社会保障部"]),
        ("大力发展中医诊所、门诊部和特色专科医院", ["国家卫生健康委"], ["国家中医药局", "国家发展改革委"]),
    ]
    # without the declaration, 分别负责 names no lead
    assert _tuples(text.replace(",分别负责为各单位按职责分别牵头,下同", ""))[0] == (
        "加强中医药服务机构建设", [], ["国家发展改革委", "国家卫生健康委", "中国残联"])


def test_owners_named_in_the_sentence_of_a_state_council_division_of_work():
    """国办函 工作分工 (2005, 2007, from mirrors): each item ends 由X牵头，会同Y等部门…, 由A、B负责落实
    or 由A、B研究提出意见; one mirror lost the numerals of （一）（二）."""
    text = ("国务院办公厅关于落实某某若干政策意见有关政策措施的通知\n一、工作分工\n"
            "()关于进一步扩大农业税免征范围的问题,由国务院农村税费改革工作小组(财政部牵头)负责提出实施意见。\n\n"
            "()关于继续对种粮农民实行直接补贴的问题,由财政部牵头,会同发展改革委、农业部、粮食局等部门提出具体实施意见。\n\n"
            "()关于“财政支农投入的增量要继续高于上年”的问题,由财政部、发展改革委负责落实。\n\n"
            "()关于“要建立‘三农’投入稳定增长机制”的问题,由财政部、发展改革委、人民银行研究提出意见。\n\n"
            "()关于完善粮食最低收购价的问题,由发展改革委牵头,会同财政部、农业部等部门研\n")
    assert _tuples(text) == [
        ("关于进一步扩大农业税免征范围的问题", ["国务院农村税费改革工作小组", "财政部"], []),
        ("关于继续对种粮农民实行直接补贴的问题", ["财政部"], ["发展改革委", "农业部", "粮食局"]),
        ("关于“财政支农投入的增量要继续高于上年”的问题", [], ["财政部", "发展改革委"]),
        ("关于“要建立‘三农’投入稳定增长机制”的问题", [], ["财政部", "发展改革委", "人民银行"]),
        ("关于完善粮食最低收购价的问题", ["发展改革委"], ["财政部", "农业部"]),
    ]


def test_a_supervision_report_quotes_the_task_after_its_owner():
    """紫阳县 2024年第五次县政府常务会议确定事项落实情况的通报: 如X负责的“task。”; several units with
    负责 share it without a lead; a progress sentence (X负责国债项目5个) quotes no task."""
    text = ("2024年第五次县政府常务会议确定事项落实情况的通报\n"
            "在督查中发现,需要加快推进落实事项3件,如县发改局负责的“严格落实全县重点项目前期工作计划,提高项目成熟度。”截至目前,"
            "30个重点项目已完成前期论证工作;县自然资源局、县水利局、县农业农村局负责的“紧盯超长期国债项目6月底前开工的时间节点,"
            "加快推进项目实施。”县自然资源局负责国债项目5个,已开工3个。\n")
    assert _tuples(text) == [
        ("严格落实全县重点项目前期工作计划,提高项目成熟度", ["县发改局"], []),
        ("紧盯超长期国债项目6月底前开工的时间节点,加快推进项目实施", [], ["县自然资源局", "县水利局", "县农业农村局"]),
    ]


def test_a_record_whose_field_names_are_numbered_headings():
    """宿马园区 突出生态环境问题整改验收销号公示 (2024): 一、整改问题 / （一）… / 二、整改实施主体 / units."""
    text = ("突出生态环境问题整改验收销号公示\n一、整改问题\n(一)宿马园区唐河天门大道段有浮萍及垃圾被晒化流入唐河,污染水体。\n"
            "二、整改实施主体\n宿马园区党工委、管委会\n三、重点措施\n组织人员打捞浮萍,清理垃圾。\n")
    assert _tuples(text) == [("宿马园区唐河天门大道段有浮萍及垃圾被晒化流入唐河,污染水体", [], ["宿马园区党工委", "管委会"])]


def test_numbered_items_run_into_one_paragraph_each_naming_its_owners():
    """汉中市 灾后恢复重建规划编制工作安排 (2008, a mirror's page 2): items 5., 6., … run into one
    paragraph, each closed by 由X与Y牵头，有关部门参与 or 由X负责; a bracket after a word that ends
    like an office (格局) still assigns when it has a role word."""
    text = ("[接上页] 5.城镇体系规划。提出城镇布局、人口和用地规模。由市城规局与11个县区政府牵头,有关部门参与,7月1日完成。 "
            "6.土地利用规划。提出灾后重建用地布局。由市国土资源局与11个县区政府牵头,有关部门参与。 "
            "8.市场服务体系规划。提出城乡商贸服务网点布局。由市商务局、汉中银监局分别与11个县区政府共同编制,有关部门参与,7月1日完成。 "
            "9.防灾减灾规划。提出防治地震灾害的方案。由市地震局、水利局分别与11个县区政府共同编制,有关部门参加,市民政局汇总,"
            "其中生态修复由市林业局与11个县区政府牵头,有关部门参与,7月1日完成。 "
            "7.财政政策。研究提出灾后重建财政支持政策。由市财政局负责。\n"
            "深化文化体制改革。促进形成共同发展的文化产业格局(省文化厅配合省委宣传部抓好落实)。\n")
    assert _tuples(text) == [
        ("城镇体系规划", ["市城规局", "11个县区政府"], ["有关部门"]),
        ("土地利用规划", ["市国土资源局", "11个县区政府"], ["有关部门"]),
        ("市场服务体系规划", [], ["市商务局", "汉中银监局", "11个县区政府", "有关部门"]),
        ("防灾减灾规划", [], ["市地震局", "水利局", "11个县区政府", "有关部门"]),
        ("生态修复", ["市林业局", "11个县区政府"], ["有关部门"]),  # the part named after 其中
        ("财政政策", ["市财政局"], []),
        ("深化文化体制改革", ["省委宣传部"], ["省文化厅"]),
    ]
    # one paragraph's 由X负责 alone is prose, not a task
    assert _tuples("某县实施方案\n资金由县财政局负责统筹安排,专款专用。\n") == []


def test_an_item_whose_enumerated_points_share_its_one_bracket_keeps_its_title():
    """17、X。一是…；二是…。（owners）: one bracket closes the numbered item, whose title is X; the
    一是/二是 points title tasks only when brackets of their own close them."""
    text = ("某市经济体制改革工作意见\n"
            "17、继续抓好国有城镇集体企业产权制度改革工作。一是加快未改制企业改制进度;二是抓好已改制企业遗留问题处理工作,促进社会稳定。"
            "(责任单位:市发改委牵头,市经委、市贸粮局负责具体落实)\n"
            "18、深化教育体制改革。一是完善义务教育经费保障机制(市教育局负责);二是推进职业教育改革(市人社局负责)。\n")
    assert _tuples(text) == [
        ("继续抓好国有城镇集体企业产权制度改革工作", ["市发改委"], ["市经委", "市贸粮局"]),
        ("完善义务教育经费保障机制", ["市教育局"], []),
        ("推进职业教育改革", ["市人社局"], []),
    ]


def test_a_list_by_department_under_headings_that_are_the_departments_names():
    """黑龙江省 2009年新农村建设 省直部门工作任务 (a mirror's page 4): 五、省发改委 heads the items it
    leads, short ones that read like headings too; a heading naming a place is no owner."""
    text = ("某省新农村建设省直部门工作任务\n三、省委政法委\n深入开展“平安乡村”创建活动,提高“平安乡村”建设标准和水平。\n"
            "五、省发改委\n(一)安排建设资金12亿元,建设通村公路1.2万公里。\n"
            "(二)安排农村饮水安全工程建设资金1.4亿元,优质粮食产业工程建设资金1亿元,以工代赈资金2亿元。\n"
            "六、交通出行\n1.打通中心城区“断头路”20条。(牵头单位:市住建局)\n")
    assert _tuples(text) == [
        ("深入开展“平安乡村”创建活动,提高“平安乡村”建设标准和水平", ["省委政法委"], []),
        ("安排建设资金12亿元,建设通村公路1.2万公里", ["省发改委"], []),
        ("安排农村饮水安全工程建设资金1.4亿元,优质粮食产业工程建设资金1亿元,以工代赈资金2亿元", ["省发改委"], []),
        ("打通中心城区“断头路”20条", ["市住建局"], []),
    ]


def test_a_numbered_item_whose_body_and_owners_go_on_in_the_next_paragraph():
    """四川 经济体制改革 要点 and 深圳 改革任务 (mirrors' later pages): the numbered item's first
    paragraph names no owner, the next one closes with its bracket or owner sentence; a line a
    page broke mid-word (完 / 善…) with two brackets gives the first to the item."""
    text = ("某省深化经济体制改革重点工作意见\n(二十六)积极稳妥分类推进事业单位改革。完成全省事业单位清理规范工作。\n"
            "研究提出我省事业单位分类参考目录。统筹推进事业单位改革。(省委编办、财政厅、人力资源社会保障厅负责)\n"
            "(二十八)加大扩权强县改革力度。完\n善全省扩权强县改革工作领导体制。(省发展改革委、财政厅牵头,省政府有关部门配合)"
            "深入推进经济发达镇行政管理体制改革试点。(省委编办牵头)\n"
            "6.完善政府对所属部门职能争议协调机制。认真落实《\n深圳市人民政府行政执法协调办法(试行)》,提高行政执法效率和水平。"
            "此项工作由市法制办牵头,市编办参加。\n")
    assert _tuples(text) == [
        ("积极稳妥分类推进事业单位改革", [], ["省委编办", "财政厅", "人力资源社会保障厅"]),
        ("加大扩权强县改革力度", ["省发展改革委", "财政厅"], ["省政府有关部门"]),
        ("深入推进经济发达镇行政管理体制改革试点", ["省委编办"], []),
        ("完善政府对所属部门职能争议协调机制", ["市法制办"], ["市编办"]),
    ]


def test_a_list_of_duties_each_opening_with_its_department():
    """A coastal city's 生态环境保护规划纲要 部门职责分工 (a mirror's page 7): 15、市卫生局：负责……;
    会同X、Y等有关部门 names co-owners; a 市“四城”创建办 keeps its quotes; --由X牵头 after a task;
    公安、交通部门 write their shared suffix once."""
    text = ("某市生态环境保护规划纲要部门职责分工\n15、市卫生局:负责对医疗废物集中处置单位的疾病防治。\n"
            "16、市物价局:负责组织召开城市污水处理费价格听证会,会同财政、环保、水利等有关部门制定相关收费标准。\n"
            "88、做好国家园林城创建的后续工作,推进国家卫生城创建(责任单位:市“四城”创建办、卫生局、各街道办事处)。\n"
            "(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要继续加大整治力度。\n")
    assert _tuples(text) == [
        ("负责对医疗废物集中处置单位的疾病防治", ["市卫生局"], []),
        ("负责组织召开城市污水处理费价格听证会,会同财政、环保、水利等有关部门制定相关收费标准", ["市物价局"], ["财政", "环保", "水利"]),
        ("做好国家园林城创建的后续工作,推进国家卫生城创建", [], ["市“四城”创建办", "卫生局", "各街道办事处"]),
        ("道路交通安全专项整治", ["公安、交通部门"], ["有关部门"]),
    ]
    assert _tuples("某市十二五纲要任务落实\n实施工业污染企业治理工程,推进企业达标排放。\n--由市环保局牵头,各县市区负责。\n") == [
        ("实施工业污染企业治理工程,推进企业达标排放", ["市环保局"], ["各县市区"])]


def test_an_item_closed_by_units_that_carry_it_out_together():
    # 民族乡基础设施建设工程实施方案: 由A、B共同组织实施 names who carries the item out, with no lead
    text = ("(一)民族乡政府所在地街道硬化项目。安排街道硬化11个项目,共投资220万元。由县民族局、民族乡政府共同组织实施。\n"
            "(二)交通项目。安排村屯级公路20个项目,共投资400万元。由县民族局、交通局共同组织实施。\n")
    assert _tuples(text) == [
        ("民族乡政府所在地街道硬化项目", [], ["县民族局", "民族乡政府"]),
        ("交通项目", [], ["县民族局", "交通局"]),
    ]


def test_numbered_measures_under_a_reported_problem_each_name_their_own_unit():
    # 平利县 市容环境综合整治情况的通报: 整改措施：1）由X负责……；（2）由包片单位Y负责……
    text = ("2、交通局片区:1)陈家坝商户出店占道经营;(2)盐务局门前电线杆上贴有野广告。\n\n"
            "整改措施:1)由市容环境整治联合执法组负责对上述出店商户予以规范;(2)由包片单位县交通局负责督促上述商户清理野广告。\n\n"
            "3、供销社片区:原征稽所前钢材经销部牌匾破损。\n\n整改措施:由包片单位县供销社负责督促业主更换破损牌匾。\n")
    assert _tuples(text) == [
        ("由市容环境整治联合执法组负责对上述出店商户予以规范", ["市容环境整治联合执法组"], []),
        ("由包片单位县交通局负责督促上述商户清理野广告", ["县交通局"], []),
        ("供销社片区:原征稽所前钢材经销部牌匾破损", ["县供销社"], []),
    ]


def test_headings_that_are_whole_items_closed_by_who_is_responsible():
    # 2008年广西壮族自治区人民政府新闻发布计划: （二）时间，发布会，由X负责。 — the heading is the item
    text = ("三、新闻发布的主要内容及日程安排\n"
            "(一)2008年第一季度,2007年广西劳动保障工作成效新闻通报会,由自治区劳动保障厅负责。\n"
            "(二)2008年3月,广西第二次全国农业普查主要成果新闻发布会,由自治区统计局负责。\n"
            "(三)2008年5月,2008年高考情况新闻通报会,由自治区教育厅负责。\n")
    assert _tuples(text) == [
        ("2008年第一季度,2007年广西劳动保障工作成效新闻通报会", ["自治区劳动保障厅"], []),
        ("2008年3月,广西第二次全国农业普查主要成果新闻发布会", ["自治区统计局"], []),
        ("2008年5月,2008年高考情况新闻通报会", ["自治区教育厅"], []),
    ]


def test_headings_that_are_items_closed_by_a_semicolon_and_not_read_as_a_group_of_departments():
    # 广元市“十二五”重点专项规划目录: （一）……规划，由X、Y牵头； — each heading is an item; a heading whose
    # words end in 由市发改委牵头 is no heading that only names departments (a group over the items below)
    text = ("四、重点专项规划目录\n"
            "（一）广元市“十二五”城镇化发展规划，由市规划和建设局、市发改委牵头；\n"
            "（二）广元市“十二五”能源发展和利用规划，由市发改委牵头；\n"
            "（三）广元市“十二五”旅游业发展规划，由市旅游局牵头；\n")
    assert _tuples(text) == [
        ("广元市“十二五”城镇化发展规划", ["市规划和建设局", "市发改委"], []),
        ("广元市“十二五”能源发展和利用规划", ["市发改委"], []),
        ("广元市“十二五”旅游业发展规划", ["市旅游局"], []),
    ]


def test_an_owner_line_after_an_articles_list_of_conditions_belongs_to_the_article():
    # 宝安区…若干措施 (2022): 第一条 title。body： (一)…(五) conditions, then （责任单位：…） on a line of its own
    text = ("第一章 大力发展先进制造业\n"
            "第一条 鼓励打造战略性新兴产业专业园区。对符合以下条件的园区给予扶持：\n"
            "（一）入驻企业主要属于战略性新兴产业。\n（二）建筑面积5万平方米以上。\n"
            "（三）园区年度单位建筑面积产值达到每平方米2万元以上。\n"
            "（责任单位：区工业和信息化局、区发展改革局）\n"
            "第二条 支持工业上楼。对新建工业楼宇给予奖励。（责任单位：区住房建设局）\n")
    assert _tuples(text) == [
        ("鼓励打造战略性新兴产业专业园区", [], ["区工业和信息化局", "区发展改革局"]),
        ("支持工业上楼", [], ["区住房建设局"]),
    ]


def test_a_numbered_line_cut_before_the_law_its_verb_wants_goes_on_in_the_next_line():
    # a city's 依法行政工作要点 on a law mirror: the page dropped the 《》 link, leaving 7. 全面实施 / 政府信息公开条例，……
    text = ("三、转变政府职能，深化行政管理体制改革\n7. 全面实施\n政府信息公开条例，完善政府信息主动公开和依申请公开机制。（市政务公开办）\n"
            "（四）监察机关要按照\n行政监察法等规定，加大监察力度。（市监察局）\n")
    assert _tuples(text) == [
        ("全面实施政府信息公开条例，完善政府信息主动公开和依申请公开机制", ["市政务公开办"], []),
        ("监察机关要按照行政监察法等规定，加大监察力度", ["市监察局"], []),
    ]


def test_a_closing_sentence_naming_a_unit_with_its_other_name_in_brackets():
    # 湛江 深化政务公开: ……。此项工作由市政府办公室（市政府研究室）负责，市法制局配合。
    text = ("（二十八）充分发挥《湛江政务》公报的作用。开展深入基层调研发行、使用情况活动。"
            "此项工作由市政府办公室（市政府研究室）负责，市法制局配合。\n"
            "（二十九）加强政务信息新闻发布工作。完善新闻发布制度。此项工作由市委宣传部（市政府新闻办）负责，市有关部门配合。\n"
            "（三十）建立和完善政府信息查阅设施。此项工作由市政府办公室、市档案馆负责，市图书馆配合。\n")
    assert _tuples(text) == [
        ("充分发挥《湛江政务》公报的作用", ["市政府办公室（市政府研究室）"], ["市法制局"]),
        ("加强政务信息新闻发布工作", ["市委宣传部（市政府新闻办）"], ["市有关部门"]),
        ("建立和完善政府信息查阅设施", ["市政府办公室", "市档案馆"], ["市图书馆"]),  # 负责 against 配合: both lead
    ]


def test_duties_by_department_whose_name_closes_with_a_full_stop():
    # a city's 市域一体化 调研 分工: (二十一)市公安局。负责对……的调研，形成专题调研报告和实施方案。
    text = ("(二十一)市公安局。负责对市区和全市社会治安综合治理等方面一体化的调研，形成专题调研报告和实施方案。\n"
            "(二十二)市教育局。负责对市区和全市教育资源规划一体化方面的调研，形成专题调研报告和实施方案。\n")
    assert [(t[:12], lead, co) for t, lead, co in _tuples(text)] == [
        ("负责对市区和全市社会治安", ["市公安局"], []),
        ("负责对市区和全市教育资源", ["市教育局"], []),
    ]


def test_an_item_whose_line_breaks_inside_a_cited_title_is_one_line():
    # 淄博 依法行政 工作要点 (a mirror): 9.贯彻落实《 / 淄博市行政机关规范性文件制定办法》，…… / 牵头单位：……
    text = ("四、加强政府立法工作\n9.贯彻落实《\n淄博市行政机关规范性文件制定办法》，将所有规范性文件统一纳入法制机构审查范围。\n"
            "牵头单位：市政府法制办\n责任单位：市政府有关部门、有关单位\n")
    assert _tuples(text) == [("贯彻落实《淄博市行政机关规范性文件制定办法》，将所有规范性文件统一纳入法制机构审查范围",
                              ["市政府法制办"], ["市政府有关部门", "有关单位"])]


def test_bullets_under_a_heading_each_title_themselves():
    # a city's 2010 行政审批制度改革 工作要点: (三)heading / --bullet (X牵头，Y参加) — not the heading's title;
    # a bullet that is only its owners (--由X会同Y组织落实。) closes the paragraph above
    text = ("(三)深入开展行政审批专项配套清理\n"
            "--清理市政府规章和规范性文件，并提请市人大常委会开展地方性法规清理工作。(市审改办牵头，各相关单位参加)\n"
            "--进一步规范收费行为。2010年开展行政性收费清理。(市物价局牵头)\n"
            "加大背街小巷环境整治，积极控制城镇噪声污染。\n--由市住建委、市环保局会同各县市区组织落实。\n")
    assert _tuples(text) == [
        ("清理市政府规章和规范性文件，并提请市人大常委会开展地方性法规清理工作", ["市审改办"], ["各相关单位"]),
        ("进一步规范收费行为", ["市物价局"], []),
        ("加大背街小巷环境整治，积极控制城镇噪声污染", ["市住建委", "市环保局"], ["各县市区"]),
    ]


def test_the_end_of_a_bracket_a_page_cut_is_reported_not_given_to_the_title_above():
    # a 范文 site's page 4 of a 法治政府建设规划: it opens with the end of the last page's bracket
    text = ("2016年到2020年某某市法治政府建设“十三五”规划 下载本文\n\n头，各有关部门配合）\n\n"
            "（三）加强依法行政工作考核。制定依法行政考核办法。（市法制局牵头，市监察局配合）\n")
    assert _tuples(text) == [("加强依法行政工作考核", ["市法制局"], ["市监察局"])]
    rec = extract_text("t.txt", text)
    assert [(u.span.line, u.reason) for u in rec.unattached] == [(3, "bracket with role words whose units could not be read")]


def test_owners_that_open_a_section_or_an_item_before_its_task():
    # 福建省治理“餐桌污染”建设“食品放心工程”工作实施方案: 由X承办，A、B协办。 under a heading; （一）由X负责，A配合，<task>。
    text = ("一、治理畜牧业产品污染\n\n由省经贸委承办,省农业厅、卫生厅协办。治理工作目标:定点屠宰率均达85%以上。主要措施:\n\n"
            "(一)由省经贸委负责,省农业厅、环保局配合,加快省级无公害畜禽基地建设,加大畜禽养殖环保设施建设投入与监管。\n")
    assert _tuples(text) == [
        ("治理畜牧业产品污染", ["省经贸委"], ["省农业厅", "卫生厅"]),
        ("加快省级无公害畜禽基地建设,加大畜禽养殖环保设施建设投入与监管", ["省经贸委"], ["省农业厅", "环保局"]),
    ]


def test_owner_sentences_closing_items_with_hui_tong_and_xie_tong_tui_jin():
    # 河南省推进城镇化的意见 (土地制度): the line under each item names who leads and who works with it
    text = ("(一)健全土地综合整治机制。加强对土地综合整治的统筹。\n"
            "由省国土资源厅牵头,会同省住房城乡建设厅、农业厅、省委农办及各省辖市协同推进。\n"
            "(三)探索农村集体建设用地流转机制。开展农村集体建设用地流转试点。\n"
            "由省委农办、省国土资源厅牵头,省住房城乡建设厅、发展改革委、财政厅协调推进。\n")
    assert _tuples(text) == [
        ("健全土地综合整治机制", ["省国土资源厅"], ["省住房城乡建设厅", "农业厅", "省委农办", "各省辖市"]),
        ("探索农村集体建设用地流转机制", ["省委农办", "省国土资源厅"], ["省住房城乡建设厅", "发展改革委", "财政厅"]),
    ]


def test_units_that_carry_it_out_together_and_a_verb_ending_like_a_bank():
    # 二连浩特市环保局 污染防治攻坚战 任务分工: 由A和B一同负责 (no lead); …一同进行 is no unit although 行 ends banks
    text = ("(一)对20蒸吨以下燃煤锅炉普查。\n"
            "结合二连浩特市第二次全国污染源普查工作一同进行,由二污普领导小组办公室和环境监察局一同负责。\n")
    assert _tuples(text) == [("对20蒸吨以下燃煤锅炉普查", [], ["二污普领导小组办公室", "环境监察局"])]


def test_an_item_whose_mark_a_page_lost_continues_the_list():
    # 平利县 市容环境综合整治情况的通报: 1、 2、 3、 then 4关于…… (the 、 lost); 12月 is a date, not item 12
    text = ("1、林业局片区:宣传栏破损。\n整改措施:由包片单位县林业局负责督促拆除。\n"
            "2、交通局片区:野广告较多。\n整改措施:由包片单位县交通局负责督促清理。\n"
            "3关于网民反映月城巷下水道井盖下沉,存在安全隐患的问题。\n整改措施:由县住建局负责对此段下水井盖予以修缮。\n")
    assert _tuples(text) == [
        ("林业局片区:宣传栏破损", ["县林业局"], []),
        ("交通局片区:野广告较多", ["县交通局"], []),
        ("关于网民反映月城巷下水道井盖下沉,存在安全隐患的问题", ["县住建局"], []),
    ]
