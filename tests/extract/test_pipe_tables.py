"""Tables a web page wrote with `` | `` separators (issue 11): the line break before each separator,
names broken over lines by a narrow column, a 牵头单位 column on the left merged down over its rows.
Text in the style of a city's 政府工作报告 目标任务责任分解表; expected tuples read off by hand."""

from policykg.extract.pipeline import extract_text
from tests.extract.owner_tuples import owner_tuples as _tuples


LEADING_PIPES = ("牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n"
                 "市政\n府办\n公厅\n| 强化行政监督,自觉接受人大和政协监督\n| 市直各单位、各区县市\n|\n"
                 "推进国家安全工作发展\n| 市直各单位、各区县市\n|\n"
                 "长沙\n先导\n区管委会\n| 推进河西商业配套建设\n| 商务局、高新区、岳麓区\n|\n"
                 "继续开展岳麓山景区综合整治\n| 环保局、林业局、岳麓区和市直相关单位\n|\n")


def test_rows_broken_before_each_separator_with_a_lead_column_merged_down():
    assert _tuples(LEADING_PIPES) == [
        ("强化行政监督,自觉接受人大和政协监督", ["市政府办公厅"], ["市直各单位", "各区县市"]),
        ("推进国家安全工作发展", ["市政府办公厅"], ["市直各单位", "各区县市"]),
        ("推进河西商业配套建设", ["长沙先导区管委会"], ["商务局", "高新区", "岳麓区"]),
        ("继续开展岳麓山景区综合整治", ["长沙先导区管委会"], ["环保局", "林业局", "岳麓区", "市直相关单位"]),
    ]


def test_an_empty_owner_cell_right_of_the_task_is_not_filled_from_above():
    text = "序号 | 重点任务 | 牵头单位 |\n1 | 建设甲 | 市发改委 |\n2 | 推进乙 | |\n"
    assert _tuples(text) == [("建设甲", ["市发改委"], []), ("推进乙", [], [])]  # a task of the table, owner not written


def test_rows_numbered_in_a_column_the_header_does_not_name():
    text = ("2030年政务公开任务分解责任清单\n工作任务 | 具体要求 | 责任单位 | 时限要求 | ||\n"
            "一、以公开助力经济平稳健康发展。 | (一)加强涉及市场主体的信息公开。 | 1 | 进一步增强政策文件制定实施的透明度。 | "
            "市政府各有关部门,各县市区人民政府负责落实 | 持续推进 |\n"
            "2 | 开设行业帮扶政策公开专题。 | 市商务局牵头,市文旅局配合 | 2030年底前 |\n")
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, [o.written for o in t.lead], [o.written for o in t.co], t.deadline) for t in rec.tasks] == [
        ("1", "进一步增强政策文件制定实施的透明度", [], ["市政府各有关部门", "各县市区人民政府"], "持续推进"),
        ("2", "开设行业帮扶政策公开专题", ["市商务局"], ["市文旅局"], "2030年底前"),
    ]


def test_a_row_with_no_owner_over_rows_numbered_another_way_heads_them():
    # 芜湖市人民政府关于2025年重点工作及责任分解的通知: 1 | 大力提振消费。 | || over (8) (9) with owners
    from policykg.extract.pipeline import extract_text

    text = ("芜湖市2025年重点工作及责任分解\n序号 | 重点工作 | 牵头单位 | 责任单位 |\n"
            "(7) | 单位GDP能耗和主要污染物减排完成省下达指标。 | 市发展改革委 | 各县市区政府 |\n"
            "(一)加强经济运行调节。 | |||\n1 | 大力提振消费。 | ||\n"
            "(8) | 统筹衔接消费券发放与消费品以旧换新行动。 | 市商务局 | 市财政局 |\n"
            "(9) | 实施提振消费专项行动。 | 市发展改革委 | 市财政局 |\n")
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, [o.written for o in t.lead]) for t in rec.tasks] == [
        ("（7）", "单位GDP能耗和主要污染物减排完成省下达指标", ["市发展改革委"]),
        ("（8）", "统筹衔接消费券发放与消费品以旧换新行动", ["市商务局"]),
        ("（9）", "实施提振消费专项行动", ["市发展改革委"]),
    ]
    assert rec.tasks[1].section.endswith("大力提振消费")


def test_rows_whose_merged_task_cell_the_page_dropped_keep_their_number_and_finer_task():
    # 广东省卫生健康委 2021年政务公开工作重点任务台账: 工作任务 merged down over its 细化分工 rows,
    # so rows 2 and 3 have one cell fewer; each row's task is its 细化分工
    text = ("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
            "1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情、隔离管控等发布权威信息 | 应急处、疾控处等按职责分工落实 | 长期推进 |\n|\n"
            "2 | 扎实做好疫苗接种信息公开和舆论引导工作 | 疾控处 | 长期推进 |\n|\n"
            "3 | 提高新冠肺炎疫情信息发布规范化水平 | 宣传处 | 2021年8月前 |\n|\n")
    assert _tuples(text) == [
        ("重点围绕散发疫情、隔离管控等发布权威信息", [], ["应急处", "疾控处"]),
        ("扎实做好疫苗接种信息公开和舆论引导工作", [], ["疾控处"]),
        ("提高新冠肺炎疫情信息发布规范化水平", [], ["宣传处"]),
    ]


def test_a_record_shown_as_a_two_column_table_of_fields():
    # 广州市 2023年重点工作落实情况: one task per page, field names left, values right
    text = "\n重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。 |\n牵头单位: | 市城市管理综合执法局 |\n"
    rec = extract_text("t.txt", text)
    assert [(t.item_no, t.title, [o.written for o in t.lead], [o.written for o in t.co]) for t in rec.tasks] == [
        ("135", "统筹违法建设治理与城市更新,促进违法建设科学分类治理", ["市城市管理综合执法局"], [])]


def test_a_task_that_names_units_stays_in_its_column_when_a_date_fills_the_date_column():
    # 徐庄镇2017年度安全生产专项整治工作计划: units in a cell separated by spaces
    text = ("专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |\n养老机构 | 4月份 | 民政所 |\n"
            "学校、幼儿园、午托部 | 10月份 | 文化站 |\n")
    assert _tuples(text) == [("烟花爆竹", [], ["安监站", "安监所"]), ("养老机构", [], ["民政所"]),
                             ("学校、幼儿园、午托部", [], ["文化站"])]


def test_cells_one_per_line_between_pipe_lines_under_a_fuze_bumen_header():
    # 遂宁市全面开展清洁城市环境活动实施方案 (2016): 负责部门, and a body the vocabulary does not know (市供销社)
    text = ("|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n1\n|\n完善城市管理体制\n|\n市委编办、市住建局、市城管局\n|\n"
            "省出台文件后 2 个月完成\n|\n|\n2\n|\n开展城镇生活垃圾分类试点\n|\n市住建局、市发改委、市商务局、市供销社,各县(区)政府\n|\n"
            "2016—2017 年底前\n|\n|\n")
    assert _tuples(text) == [("完善城市管理体制", [], ["市委编办", "市住建局", "市城管局"]),
                             ("开展城镇生活垃圾分类试点", [], ["市住建局", "市发改委", "市商务局", "市供销社", "各县(区)政府"])]


def test_a_page_that_puts_a_blank_line_between_every_line_keeps_its_tables():
    """The same tables as a page gives them with a blank line after every line (each row or
    cell its own paragraph): 嘉兴 2024's pipe rows and 长沙 2012's rows broken before each separator."""
    jiaxing = ("序号 | 主 要 工 作 任 务 | 责任单位 |\n1 | 地区生产总值增长6%左右。 | 市发展改革委 |\n"
               "2 | 规上工业增加值增长6%以上。 | 市经信局 |\n11 | 持续加大科技创新投入力度,争创科技创新鼎。 | 市科技局、市财政局 |\n")
    for text in (jiaxing, LEADING_PIPES):
        assert _tuples(text.replace("\n", "\n\n")) == _tuples(text)
    assert len(_tuples(jiaxing)) == 3


def test_a_zhuban_column_leads_beside_progress_columns():
    # 汶上县重点民生项目进展情况: 序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位
    text = ("序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位 |\n"
            "1 | 农村人居环境整治提升工程 | 推广“信用+”人居环境治理新模式,试点村达到100个。 | 试点村达到100个; | 已完成 | "
            "县农村人居环境整治工作专班 |\n"
            "2 | 城乡供水一体化工程 | 新建改造供水管网50公里。 | 已完成管网30公里; | 序时推进 | 县水务局 |\n")
    assert _tuples(text) == [
        ("农村人居环境整治提升工程", ["县农村人居环境整治工作专班"], []),
        ("城乡供水一体化工程", ["县水务局"], []),
    ]


def test_a_column_listing_numbered_measures_describes_the_task_beside_it():
    # 临安区2022年民生实事项目工作举措及实施计划: 实事项目 | 工作举措及实施计划 (1.… 2.… 3.…) | 责任单位 | 配合单位
    text = ("序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
            "1 | 新建成公办中小学、幼儿园7所。 | 1.4月底前学府路幼儿园主体完工。 2.8月底前学府路幼儿园竣工交付。 | 教育局 | 发改局、住建局 |\n"
            "2 | 新增婴幼儿照护服务托位500个。 | 1.婴幼儿照护服务托位:3月底前新增100个; 2.胃肠癌联合筛查:4月底前完成方案。 | 卫生健康局 | 财政局 |\n")
    assert _tuples(text) == [
        ("新建成公办中小学、幼儿园7所", ["教育局"], ["发改局", "住建局"]),
        ("新增婴幼儿照护服务托位500个", ["卫生健康局"], ["财政局"]),
    ]


def test_a_column_of_units_and_their_heads_gives_the_units():
    # 肇庆市十件民生实事落实进展情况表: 牵头单位及 主要负责人 | 市民政局 伍泽国; the first cell merged down
    text = ("大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n"
            "一、继续提高底线民生保障水平 | 1 | 将城乡低保补差水平提高到每人每月609元。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |\n"
            "2 | 特困供养人员基本生活标准不低于最低生活保障标准的1.6倍。 | 陈宣群 | 市民政局 伍泽国 | 已完成。 |\n")
    assert _tuples(text) == [
        ("将城乡低保补差水平提高到每人每月609元", ["市民政局"], []),
        ("特困供养人员基本生活标准不低于最低生活保障标准的1.6倍", ["市民政局"], []),
    ]
