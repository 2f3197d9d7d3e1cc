"""Tables pasted as text with spaces between cells (issue 11). Text in the style of a State Council
量化指标任务分工 as a law library prints it; expected tuples read off by hand."""

from policykg.extract.pipeline import extract_text


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
