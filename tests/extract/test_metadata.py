"""Plan metadata and citations of all five seeds, read by hand from their headers and preambles."""

import pytest

from policykg.extract.pipeline import extract_file, extract_text
from tests.conftest import LIAONING, NEWS, SHENYANG, SICHUAN, YINGKOU

SHENYANG_CITIES = [
    "沈阳市人力资源和社会保障局", "鞍山市人力资源和社会保障局", "抚顺市人力资源和社会保障局",
    "本溪市人力资源和社会保障局", "阜新市人力资源和社会保障局", "铁岭市人力资源和社会保障局",
    "辽阳市人力资源和社会保障局", "沈抚示范区党建工作部",
]


def _meta(path):
    p = extract_file(path).plan
    return p.title, p.issuers, p.doc_no, p.date, p.level, p.region


def test_liaoning_metadata():
    assert _meta(LIAONING) == (
        "辽宁省“十四五”就业和社会保障发展规划", ["辽宁省人民政府办公厅"], "辽政办发〔2021〕37号", "", "provincial", "辽宁省"
    )


def test_yingkou_metadata():
    assert _meta(YINGKOU) == (
        "营口市“十四五”就业和社会保障发展规划", ["营口市人民政府办公室"], "营政办发〔2022〕20号", "2022-09-01", "municipal", "营口市"
    )


def test_shenyang_metadata_joint_issuers_from_signature_block():
    assert _meta(SHENYANG) == (
        "沈阳现代化都市圈人力资源(社会保障)一体化专项规划", SHENYANG_CITIES, "", "2023-10-30", "metropolitan", "沈阳现代化都市圈"
    )


def test_sichuan_metadata_issuer_not_stated():
    assert _meta(SICHUAN) == ("四川省人力资源和社会保障事业发展“十四五”规划", [], "", "", "provincial", "四川省")


def test_news_report_carries_the_plan_it_reports():
    rec = extract_file(NEWS)
    assert _meta(NEWS) == (
        "辽宁省人力资源社会保障领域全面振兴新突破三年行动方案(2023-2025年)",
        ["辽宁省人力资源和社会保障厅"], "辽人社发〔2023〕5号", "", "provincial", "辽宁省",
    )
    assert rec.plan.issuer_basis == "docno"
    assert rec.citations == []


def _parents(path):
    return [(c.title, c.doc_no, c.publisher, c.level) for c in extract_file(path).citations if c.relation == "parent"]


def test_liaoning_parent_plans():
    assert _parents(LIAONING) == [
        ("“十四五”就业促进规划", "国发〔2021〕14号", "国务院", "national"),
        ("人力资源和社会保障事业发展“十四五”规划", "人社部发〔2021〕47号", "人力资源社会保障部", "department"),
        ("辽宁省国民经济和社会发展的第十四个五年规划和二〇三五年远景目标纲要", "", "", "provincial"),
    ]


def test_yingkou_parent_plans():
    assert _parents(YINGKOU) == [
        ("辽宁省“十四五”就业和社会保障发展规划", "辽政办发〔2021〕37号", "", "provincial"),
        ("营口市国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要", "", "", "municipal"),
    ]


def test_sichuan_parent_plans():
    assert [t for t, *_ in _parents(SICHUAN)] == [
        "中共四川省委关于制定四川省国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
        "四川省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "人力资源和社会保障事业发展“十四五”规划",
    ]
    assert _parents(SICHUAN)[2][2] == "人力资源社会保障部"


def test_shenyang_parent_plans_and_no_self_citation():
    titles = [t for t, *_ in _parents(SHENYANG)]
    assert titles == [
        "辽宁省推进“一圈一带两区”区域协调发展三年行动方案",
        "关于培育发展现代化都市圈的指导意见",
        "辽宁省推进“一圈一带两区”区域协调发展三年行动方案",
        "沈阳都市圈发展规划",
        "辽宁省推进“一圈一带两区”区域协调发展三年行动方案",
        "辽宁省人力资源和社会保障事业发展“十四五”规划",
        "沈阳现代化都市圈建设规划",
    ]
    assert _parents(SHENYANG)[1][2:] == ("国家发改委", "department")


def test_body_references_are_mentions_not_parents():
    mentions = [c.title for c in extract_file(LIAONING).citations if c.relation == "mention"]
    assert "辽宁省工伤保险基金省级统筹实施方案" in mentions
    assert "辽宁省关于完善残疾人就业保障金制度更好促进残疾人就业的实施方案" in mentions


def test_a_joint_notice_names_each_issuer():
    from policykg.extract.pipeline import extract_text

    text = ("中共某市委办公室 某市人民政府办公室\n关于印发《某市乡村振兴重点任务清单》的通知\n各区县党委和人民政府：\n"
            "现将《某市乡村振兴重点任务清单》印发给你们。\n一、重点任务\n1.推进甲。（市农业农村局负责）\n")
    assert extract_text("t.txt", text).plan.issuers == ["中共某市委办公室", "某市人民政府办公室"]
    text = "中共某县委 某县人民政府\n关于印发《某县民生实事清单》的通知\n一、重点任务\n1.推进乙。（县民政局负责）\n"
    assert extract_text("t.txt", text).plan.issuers == ["中共某县委", "某县人民政府"]


def test_a_title_that_opens_with_its_issuer_names_the_issuer():
    from policykg.extract.pipeline import extract_text

    text = "某市人民政府\n关于加快推进数字经济\n高质量发展的实施意见\n某政发〔2030〕3号\n一、重点任务\n1.推进甲。（市发改委负责）\n"
    assert extract_text("t.txt", text).plan.issuers == ["某市人民政府"]
    text = "关于加快推进某某工作的意见\n一、重点任务\n1.推进甲。（市发改委负责）\n"
    assert extract_text("t.txt", text).plan.issuers == []  # nobody named: not guessed


# Plan titles as real pages write them (abridged), each with the form it shows: banners, notices,
# two-line titles, metadata rows, tables; the expected titles read off by hand.
TITLES = [
    # 溆浦县人民政府 曝光台 (2018): 【文明卫生县城创建通报】3月26日至30日 / 发布时间:… 信息来源:…
    pytest.param(("首页 > 政务公开 > 专题专栏 > 两城同创 > 曝光台\n\n【文明卫生县城创建通报】3月26日至30日\n\n"
                  "发布时间: 2018-03-31 02:09信息来源:溆浦县人民政府\n\n"
                  "3月26日至30日,县文明办对城区车辆管理进行了检查,发现如下问题:\n一、张家桥农贸市场旁无牌货车长期占道停放。(交警大队)\n"),
                 "【文明卫生县城创建通报】3月26日至30日", id="溆浦县人民政府"),
    # 济南市中区 2019年第二季度《政府工作报告》主要工作任务落实情况表 (a 情况表, no plan word at its end)
    pytest.param(("无障碍阅读 关怀版 返回首页\n政府信息公开\n2019年第二季度《政府工作报告》主要工作任务落实情况表\n"
                  "113701037059525546-A/2019-4422282\n市中区政府办公室\n2019-07-15\n\n"
                  "2019年第二季度《政府工作报告》主要工作任务落实情况表\n\n字号:\n\n打印整页 打印内容 分享\n"),
                 "2019年第二季度《政府工作报告》主要工作任务落实情况表", id="济南市中区"),
    # 奉贤区 2025: the notice cites 《2025年上海市奉贤区…》, the plan's heading says 2025年奉贤区…
    pytest.param(("各镇人民政府,街道办事处,区政府各部门:\n经区政府同意,现将《2025年上海市奉贤区政务公开工作要点》印发给你们,请认真按照执行。\n"
                  "2025年4月23日\n2025年奉贤区政务公开工作要点\n一、依法履行政府信息公开职责\n"
                  "1.严格执行公文公开属性审查和发布审查程序。(责任单位:各有关单位)\n"),
                 "2025年奉贤区政务公开工作要点", id="奉贤区"),
    # 普陀区 2025: the other way round
    pytest.param(("上海市普陀区人民政府办公室关于印发2025年普陀区政务公开工作要点的通知\n区政府各委、办、局:\n"
                  "经区政府同意,现将《2025年普陀区政务公开工作要点》印发给你们,请认真贯彻落实。\n"
                  "2025年上海市普陀区政务公开工作要点\n一、夯实根基\n2.适时启动本区法定主动公开事项目录编制研究。(责任单位:区府办、各部门)\n"),
                 "2025年上海市普陀区政务公开工作要点", id="普陀区"),
    # 上海市发改委 2023: the day it was issued, in brackets after the title
    pytest.param(("2023年上海市发展和改革委员会政务公开工作要点 ( 2023年04月28日 )\n一、总体考虑\n"
                  "1.严格执行政府信息公开审查制度。(责任处室:各处室)\n"),
                 "2023年上海市发展和改革委员会政务公开工作要点", id="上海市发改委"),
    # 监利市 2022: the notice distributes the report's tasks; the plan's own title is two lines
    pytest.param(("监利市人民政府办公室关于分解落实《政府工作报告》2022年重点工作及民生实事项目的通知\n\n"
                  "各乡、镇人民政府,市政府各部门:\n\n经市政府同意,现将《政府工作报告》2022年重点工作任务及民生实事项目进行责任分解。\n\n"
                  "2021年11月22日????????\n\n《政府工作报告》2022年重点工作\n\n及民生实事项目任务分解方案\n\n一、2022年主要预期目标\n\n"
                  "1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局)\n"),
                 "《政府工作报告》2022年重点工作及民生实事项目任务分解方案", id="监利市"),
    # 兴平市 2022: the page's 主题词 cell runs 印发 … 的通知 together from keywords
    pytest.param(("公开时限 | 长期公开 | 主题词 | 兴平市 人民政府 政府办公室 印发 国民经济 社会发展 第十四 四个 五年规划 三五 的通知 | ||\n"
                  "各镇人民政府,市人民政府各有关工作部门:\n兴平市人民政府办公室\n2022年7月25日\n"
                  "兴平市国民经济和社会发展第十四个五年规划和二O三五年远景纲要任务分工方案\n一、目标定位\n"
                  "1.聚力建设西安都市圈核心区。(牵头部门:市发改局,配合部门:市级相关部门,各镇办)\n"),
                 "兴平市国民经济和社会发展第十四个五年规划和二O三五年远景纲要任务分工方案", id="兴平市"),
    # 广西 2019年为民办实事工程 资金筹措计划表, a PDF page: 22 ― 附件 … 单位:万元
    pytest.param(("编辑: 黎文定 | 2019-11-21 |\n22 ― 附件 2019年自治区人民政府为民办实事工程项目资金筹措计划表 单位:万元\n"
                  "序号 | 项目名称 | 牵头单位 |\n1 | 城乡居民基本养老保险项目 | 自治区人力资源社会保障厅 |\n"),
                 "2019年自治区人民政府为民办实事工程项目资金筹措计划表", id="广西"),
    # 北极星能源网 (2022): a news lead reports the plan without 《》
    pytest.param(("北极星能源网获悉,3月31日,黑龙江省人民政府发布发黑龙江省“十四五”节能减排综合工作实施方案的通知。方案中提出要实施煤炭清洁高效利用工程。\n"
                  "制定能源领域碳达峰实施方案,严格合理控制煤炭消费增长。(省发改委、省生态环境厅等按职责分工负责)\n"),
                 "黑龙江省“十四五”节能减排综合工作实施方案", id="北极星能源网"),
    # 常熟 2018, a forum reprint: the notice, its 附件 line, signature and date run together on one line
    pytest.param(("编辑: sunny爹 2018-06-25\n市政府办公室关于分解落实2018年 政府工作任务的通知 各镇人民政府: 请认真组织实施. "
                  "附件:常熟市2018年政府工作任务分解表 常熟市人民政府办公室 2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n"
                  "1 地区生产总值增长7%以上. 发改委\n\n2 一般公共预算收入增长8%以上. 财政局\n"),
                 "常熟市2018年政府工作任务分解表", id="常熟"),
    # 广东省妇女发展规划 目标责任分解书: 首页 > 纲要规划 is the page's breadcrumb, not a 规划
    pytest.param(("手机版\n首页 > 纲要规划\n《广东省妇女发展规划(2011—2020年)》目标责任分解书\n来源:本网 时间:2014-02-12\n"
                  "《广东省妇女发展规划(2011—2020年)》目标责任分解书\n领域\n主要目标\n主要责任单位\n责任单位\n"),
                 "《广东省妇女发展规划(2011—2020年)》目标责任分解书", id="广东省妇女发展规划"),
    # 临沂市交通运输局 2020: 信息名称 without its colon, then the title again
    pytest.param(("索 引 号  1440153660/jtysj/2020-0000137  发布机构  临沂市交通运输局\n 信息名称  2020年临沂市政府工作报告责任分工-市交通运输局\n"
                  "2020年临沂市政府工作报告责任分工-市交通运输局\n2020-07-08   作者: 点击数:  \n"
                  "28.加快农村公路提档升级。\n牵头单位:市交通运输局\n配合单位:市公路事业发展中心、市财政局等。\n"),
                 "2020年临沂市政府工作报告责任分工-市交通运输局", id="临沂市交通运输局"),
    # 潍坊 2017, one cell per line: the header cells 目标 / 任务 below the title are not part of it
    pytest.param(("潍坊市2017年政务公开工作要点实施方案\n目标\n任务\n主要内容\n责任单位\n一、以政务公开助力稳增长\n(一)加强预期引导\n"
                  "围绕全市经济政策执行落实情况及时宣传解读。\n市发改委牵头落实\n"),
                 "潍坊市2017年政务公开工作要点实施方案", id="潍坊"),
    # 滕州 2023: the plan's heading ends in 重点工作任务, the notice says 重点任务
    pytest.param(("滕州市人民政府办公室关于印发《滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点任务》的通知\n"
                  "各镇人民政府、街道办事处:\n滕州市人民政府办公室\n2023年8月15日\n滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务\n"
                  "一、加快科技创新\n1.完善实验室体系。(责任单位:市科技局)\n"),
                 "滕州市深化新旧动能转换推动绿色低碳高质量发展2023年重点工作任务", id="滕州"),
    # 广东 2011, a news reprint under a site's breadcrumb and its own headline
    pytest.param(("您的位置首页  装饰装修  建材选购\n\n省31万保障房责任单位浮出水面 住建厅将牵头\n\n"
                  "  昨日,广东省政府官方网站挂出《印发关于办好十件民生实事的分工方案的通知》,分工方案明确了十件民生实事的职责\n\n"
                  "  分工方案\n\n  2、加大扶贫开发力度。(由省农业厅牵头,会同省财政厅等单位负责落实)\n"),
                 "关于办好十件民生实事的分工方案", id="广东"),
    # 川办函〔2017〕172号: the notice is the plan; cutting at 的意见 would name its parent instead
    pytest.param(("四川省人民政府办公厅关于贯彻落实国务院办公厅进一步激发社会领域投资活力的意见任务分工的通知\n川办函〔2017〕172号\n"
                  "各市(州)人民政府,省政府各部门:\n一、扎实有效放宽行业准入\n(一)研究制定实施细则。(省发展改革委牵头,教育厅、民政厅配合)\n"),
                 "四川省人民政府办公厅关于贯彻落实国务院办公厅进一步激发社会领域投资活力的意见任务分工的通知", id="川办函〔2017〕172号"),
    # 通州区 2023, a news page: 《X》提到…, then each item's 责任单位 line (repeated, never the title)
    pytest.param(("《2023年通州区重要民生实事项目》提到关于集团化办理、配套小学,详情见下:\n"
                  "全区集团化办学覆盖率达到60%以上,进一步优化教育资源布局\n责任单位:区教委\n完成期限:2023年12月底前\n"
                  "建成台湖公租房配套小学,提供学位1200个,解决入学难问题\n责任单位:区教委\n"),
                 "2023年通州区重要民生实事项目", id="通州区"),
    # Titles a page wraps over two lines, under a site's menu and name: each first line opens a
    # title (a place and year, 关于, a date, 县 + a department) and is no organisation
    pytest.param(("网站首页 政务公开 政务服务 互动交流 数据开放\n北京市人民政府门户网站\n北京市2019年\n政务公开工作要点\n"
                  "来源:    时间:2020-07-23    作者:\n一、深化重点领域信息公开\n1.推进预算决算公开。(责任单位:市财政局)\n"),
                 "北京市2019年政务公开工作要点", id="wrapped-北京"),
    pytest.param(("关于振作天津市工业经济运行\n推动工业高质量发展的若干举措\n\n为深入贯彻中央经济工作会议精神,制定如下工作措施。\n"
                  "一、加大助企纾困力度\n1.落实减税降费政策。(市税务局、市财政局按职责分工负责)\n"),
                 "关于振作天津市工业经济运行推动工业高质量发展的若干举措", id="wrapped-天津"),
    pytest.param(("首页 | 信息公开 | 决策部署落实情况\n浏览量:  【字体:   】\n\n县卫健委2021年\n政府工作报告任务分解\n\n"
                  "文章来源:灵璧县卫生健康委员会 发表时间:2021-05-07 10:49\n1.推进紧密型县域医共体建设。(责任股室:医政股)\n"),
                 "县卫健委2021年政府工作报告任务分解", id="wrapped-灵璧"),
    pytest.param(("附件1\n成都市2023年\n民生实事工作目标\n一、交通出行\n"
                  "2.在重点区域开工建设公共停车场30个。(牵头单位:市住建局)\n"),
                 "成都市2023年民生实事工作目标", id="wrapped-成都"),
    # 紫阳 2024 under a site's menu and breadcrumb: the breadcrumb is never joined to the title as wrapped text
    pytest.param(("首页 | 政务公开 | 政务服务 | 互动交流 | 走进本市\n当前位置：首页 > 政务公开 > 政策文件 > 规范性文件\n"
                  "2024年第五次县政府常务会议确定事项 落实情况的通报\n\n时间:2024-06-18 15:36来源:紫阳县人民政府办公室\n"
                  "文件名称 2024年第五次县政府常务会议确定事项 落实情况的通报\n索引号 zyxzfzyxzfbgs/2024-2736 公开目录: 政务督查\n"
                  "公开责任部门 紫阳县政府办公室 公开形式: 主动公开\n文号 二〇二四年第十六期 成文日期: 2024年06月18日\n"
                  "有效性 有效 公开日期: 2024年06月18日\n内容概述 2024年第五次县政府常务会议确定事项落实情况的通报\n"
                  "按照《紫阳县政府系统督查检查工作办法》相关规定,县政府督查室对确定事项落实情况进行了督查。\n一、总体情况\n"),
                 "2024年第五次县政府常务会议确定事项落实情况的通报", id="紫阳-breadcrumb"),
    pytest.param(("突出生态环境问题\n整改验收销号公示\n宿州市2024年大排查专项行动突出生态环境问题已整改完成。\n一、整改问题\n"),
                 "突出生态环境问题整改验收销号公示", id="wrapped-宿马"),
    pytest.param(("生态环境部落实2019年\n政务公开工作要点实施方案\n为深入贯彻党中央、国务院关于政务公开工作的决策部署,制定本方案。\n"),
                 "生态环境部落实2019年政务公开工作要点实施方案", id="wrapped-生态环境部"),
    pytest.param(("泗洲头镇2024年度重\n点工作计划二季度执行情况\n序号 攻坚目标任务 责任科室\n"),
                 "泗洲头镇2024年度重点工作计划二季度执行情况", id="wrapped-泗洲头镇"),
    pytest.param(("7月20日市容环境\n综合整治情况的通报\n\n信息来源: 作者: 发布时间:2015-07-20 17:02 【 字体:\n"
                  "一、城关镇:1.城关大桥桥头摊点占道经营。(城关镇负责)\n"),
                 "7月20日市容环境综合整治情况的通报", id="wrapped-平利"),
    # 山西 2023, a blog's copy: the page's front matter names the title
    pytest.param(('---\nlayout: \tegov\ntitle: \t    "山西省数字政府建设规划（2023-2025年）"\nsubtitle: \t"晋政办发〔2023〕82号"\n'
                  'date: \t\t2023-12-28 00:00:00\nauthor: \t"山西省人民政府办公厅"\n---\n\n\n'
                  '为全面落实《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号），结合实际，编制本规划。\n\n## 一、建设现状\n'),
                 "山西省数字政府建设规划（2023-2025年）", id="front-matter"),
    # 南开 chinareal mirror (2005): 返回列表, a 【栏目】 and a year tag before the title
    pytest.param(("EN\n政策纵览\nPolicy Overview\n返回列表\n【国家】(2005)国务院办公厅关于落实中共中央国务院 关于进一步加强农村工作提高农业综合生产能力若干政策意见有关政策措施的通知\n"
                  "时间:2017-04-12\n\n国办函〔200516\n\n一、工作分工\n"),
                 "国务院办公厅关于落实中共中央国务院关于进一步加强农村工作提高农业综合生产能力若干政策意见有关政策措施的通知", id="返回列表"),
    # 贵州 2017 on a mirror with a bad encoding: the heading lost a character, the notice has it
    pytest.param(("各市、自治州人民政府,省政府各部门、各直属机构:\n《贵州省2017年政务公开工作要点》已经省人民政府同意,现印发给你们,请认真贯彻执行。\n"
                  "贵州?017年政务公开工作要点\n一、围绕稳增长加强信息公开\n"),
                 "贵州省2017年政务公开工作要点", id="bad-encoding"),
    # 大足 2024: the site's links, page tools and breadcrumb above; the document's own 关于 title wraps
    pytest.param(("中国政府网 | 重庆市人民政府网 区人大 区政协 网站专栏\n| 无障碍 | 敬老版 | | 注册 网站支持IPv6\n网站专栏\n"
                  "首页 走进大足 政务公开 政务服务 营商环境 政民互动 大足数据\n您当前的位置: 首页>政务公开>政府信息公开目录>政府工作报告> 执行情况\n\n"
                  "2023年度政府工作报告重点工作完成情况\n\n日期:2024-05-29\n\n关于2023年度政府工作报告重点工作\n\n完成情况\n\n"
                  "2023年,区政府紧紧围绕年度目标任务,全力推进各项重点工作。\n"),
                 "关于2023年度政府工作报告重点工作完成情况", id="大足"),
    # 会昌 2023: page tools and a breadcrumb whose last item is a column's name
    pytest.param(("关怀版 无障碍 无障碍\n\n您当前所在位置: 首页 > 法定主动公开内容 > 执行公开 > 政府重点工作 > 年度重点工作进展情况\n\n"
                  "关于2023年10月份民生实事项目进展情况的通报\n\n访问量:\n\n办好65件民生实事项目是县政府对全县人民的庄严承诺。\n"),
                 "关于2023年10月份民生实事项目进展情况的通报", id="会昌"),
    # 成安 2026: a 公示 is the document itself; its attachment's table heading and header cell are not
    pytest.param(("关于第三轮省生态环境保护督察整改任务销号的公示\n\n发布日期: 2026.01.27 索 引 号 : 00062121-0-0404-2011-1185\n"
                  "第三轮省生态环境保护督察指出的“河长巡查流于形式”问题已完成整改,并通过验收,拟按程序销号。\n\n附件:具体整改情况表\n\n"
                  "具体整改情况表\n\n整改任务\n\n河长巡查流于形式。\n\n责任单位\n\n成安县水利局\n"),
                 "关于第三轮省生态环境保护督察整改任务销号的公示", id="成安"),
    # 临汾 2018 on a digest page: the plan's title as a list item under the digest's bullets
    pytest.param(("《临汾市政府印发临汾市水污染防治2018年行动计划》\n\n  • 来源专题:水体污染治理\n  • 编译者: 王阳\n"
                  "  • 发布时间:2018-09-03\n  • 临汾市水污染防治2018年行动计划\n\n    为完成2018年度水污染防治工作目标任务,制定本计划。\n"),
                 "临汾市水污染防治2018年行动计划", id="临汾"),
    # 淘文阁 (a document-sharing site): the file's name is the notice of the plan it carries
    pytest.param(("2022市食品安全重点工作安排的通知.docx\n《2022市食品安全重点工作安排的通知.docx》由会员分享,可在线阅读,"
                  "更多相关《2022市食品安全重点工作安排的通知.docx(7页珍藏版)》请在淘文阁 - 分享文档赚钱的网站上搜索。\n"
                  "1、2022市食品安全重点工作安排的通知 各区政府:\n"),
                 "2022市食品安全重点工作安排", id="淘文阁"),
    # 广州 2012, a site's database export: the title is a field of the row
    pytest.param(("INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`content`) VALUES\n"
                  "('46','11','news','关于推进科技创新工程实施意见','432c61505457d626c2ea2f622c331f52','\n"
                  "一、加快建设创新平台\n1.建设国家级创新平台。（牵头单位：市科技和信息化局）\n"),
                 "关于推进科技创新工程实施意见", id="广州-export"),
    # 广水 2022, a PDF's text: its file name cut short, the notice's 《》 and 印发给 你们 broken by the page's lines
    pytest.param(("关于加强和改进新时代人才工作.pdf\n各镇人民政府,各街道办事处,市直有关部门: 《关于加强和改进新时代人才工作"
                  "助力冲刺百强县市的 若干措施》已经市政府九届二十五次常务会议同意,现印发给 你们,请认真组织实施。\n"),
                 "关于加强和改进新时代人才工作助力冲刺百强县市的若干措施", id="广水"),
    # 九江 2019: the notice cites the plan with a 的 its own heading, under the notice, does not have
    pytest.param(("各县(市、区)人民政府,市政府有关部门:\n《九江市支持大南昌都市圈发展的行动方案》已经市政府研究同意,"
                  "现印发给你们,请认真贯彻执行。\n2019年6月19日\n九江市支持大南昌都市圈发展行动方案\n"
                  "为深度融入大南昌都市圈,制定本方案。\n"),
                 "九江市支持大南昌都市圈发展行动方案", id="九江"),
    # 北京西城 2020: a progress table's title ends in 完成情况; the page prints it twice, a blank line apart,
    # and the short lines of one width around it (its copies, the table's title and header) are no PDF's margin
    pytest.param(("北京市西城区人民政府\n\n信息详情\n2020年西城区政府工作报告重点工作全年完成情况\n\n"
                  "2020年西城区政府工作报告重点工作全年完成情况\n\n发布时间:2021-03-08\n\n"
                  "西城区政府2020年重点工作任务目标全年完成情况\n类别序号重点督办内容牵头单位全年完成情况\n"
                  "经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委全年增速调整为正增长。\n"),
                 "2020年西城区政府工作报告重点工作全年完成情况", id="西城区 完成情况"),
    # 法搜网 copy: the site's name, written 法搜网--中国法律信息搜索网, on the line above the title
    pytest.param(("法搜网--中国法律信息搜索网\n江苏省政府关于落实江苏省国民经济和社会发展第十一个五年规划纲要主要目标和任务工作分工的通知\n"
                  "各市、县人民政府，省各委、办、厅、局，省各直属单位：\n"),
                 "江苏省政府关于落实江苏省国民经济和社会发展第十一个五年规划纲要主要目标和任务工作分工的通知", id="法搜网 banner"),
    # 衢州 2021: the notice issues three plans; the heading below it (wrapped over two lines) names the first
    pytest.param(("关于印发2021年政府工作报告重点工作责任分解的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n"
                  "《政府工作报告“十四五”时期重点工作责任分解》《政府工作报告2021年重点工作责任分解》和《2021年市政府民生实事项目"
                  "责任分解》已经市政府同意，现印发给你们，请认真贯彻落实。\n\n衢州市人民政府办公室\n\n2021年3月24日\n\n"
                  "政府工作报告“十四五”时期\n\n重点工作责任分解\n\n1.实施提高居民收入富民行动。\n\n责任单位：市发改委\n"),
                 "政府工作报告“十四五”时期重点工作责任分解", id="衢州 three plans"),
    # 湘潭 2007: a notice that forwards a plan (关于转发A、B<plan>的通知); the plan's heading below it, a 的意见
    # title without 关于 that the notice cites in 《》
    pytest.param(("湘潭市人民政府办公室关于转发市经济体制改革领导小组办公室、市发改委湘潭市2007年推进经济体制改革意见的通知\n"
                  "（潭政办发〔2007〕20号）\n各县（市）区人民政府，市直机关各单位：\n"
                  "市经济体制改革领导小组办公室、市发改委《湘潭市2007年推进经济体制改革的意见》已经市人民政府同意，现转发给你们，"
                  "请认真贯彻执行。\n二○○七年五月八日\n湘潭市2007年推进经济体制改革的意见\n"
                  "2007年，是全面贯彻落实科学发展观的重要一年。\n一、大力推进行政管理体制改革\n"),
                 "湘潭市2007年推进经济体制改革的意见", id="湘潭 转发"),
    # 拱墅 2020 一季度 under a site's menu: the title after 附件 and again on the next line, among metadata rows
    pytest.param(("网站首页 政务公开 政务服务 互动交流 数据开放\n信息索引号 K1493206-6/2020-11936 公开方式 主动公开\n"
                  "发布机构 区府办 公开范围 面向全社会\n备注/文号 公开时限 长期公开\n生成日期 2020-04-21 发布日期 2020-04-21\n"
                  "附件 2020第一季度政府工作报告重点任务目标执行情况\n2020第一季度政府工作报告重点任务目标执行情况\n\n"
                  "发布日期: 2020-04-21 15:27:17 点击率:\n"),
                 "2020第一季度政府工作报告重点任务目标执行情况", id="拱墅 附件 twice"),
]


@pytest.mark.parametrize("text,title", TITLES)
def test_plan_titles(text, title):
    assert extract_text("t.txt", text).plan.title == title


def test_front_matter_fields_give_docno_issuer_and_date():
    text = TITLES[[p.id for p in TITLES].index("front-matter")].values[0]
    plan = extract_text("t.txt", text).plan
    assert (plan.doc_no, plan.issuers, plan.date) == ("晋政办发〔2023〕82号", ["山西省人民政府办公厅"], "2023-12-28")


def test_a_flattened_page_gives_the_title_that_follows_its_notices_date():
    # 宁波 2004年《政府工作报告》主要任务分解: the whole page on one line, notice, signature, date, title, items
    text = ("各县(市)、区人民政府,市政府各部门、各直属单位: 市政府办公厅对2004年《政府工作报告》主要任务作了分解和细化,"
            "经市政府同意,现印发给你们。请各责任单位按照各自的分工,明确责任,相互配合,切实抓好落实,确保圆满完成全年的各项任务。"
            "市政府办公厅将对落实情况进行督促检查。 宁波市人民政府办公厅 二00四年四月二十四日 2004年《政府工作报告》主要任务分解 "
            "一、2004年主要调控预期目标 1.生产总值增长12%。 抓好宏观经济调控,第一产业增长4%。(市计委) "
            "2.财政一般预算收入增长12%。 一般预算总收入350亿元(原口径计算收入400亿元),按出口退税机制改革前口径计算增长12%,"
            "地方财政一般预算收入增长12%。(市财政局)\n")
    rec = extract_text("t.txt", text)
    assert rec.plan.title == "2004年《政府工作报告》主要任务分解"
    assert [(t.title, [o.written for o in t.lead]) for t in rec.tasks] == [
        ("生产总值增长12%", ["市计委"]), ("财政一般预算收入增长12%", ["市财政局"])]
