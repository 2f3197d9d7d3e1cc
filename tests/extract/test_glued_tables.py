"""Tables a page printed with no separator between header, rows and cells (issue 11). Text in the
style of a provincial e-paper's 重点任务分工清单; expected tuples read off by hand."""

from policykg.extract.pipeline import extract_text
from tests.extract.owner_tuples import numbered_owner_tuples as _tuples


GLUED = ("重点任务分工清单\n\n(上接第三版)\n\n"
         "序号工作任务责任单位21树立婚育新风。构建新型婚育文化。省委宣传部、省妇联牵头;省总工会、团省委配合;"
         "各州(市)党委和政府落实22实行特别扶助制度扶助标准动态调整机制。对2个以上困难家庭发放护理补贴。"
         "省财政厅牵头;省优化生育政策工作部门联席会议成员单位配合;各州(市)党委和政府落实23依申请给予医疗救助。省医保局牵头\n")


def test_rows_cells_and_header_run_together_are_read_by_their_numbers_and_owner_cells():
    assert _tuples(GLUED) == [
        ("21", "树立婚育新风。构建新型婚育文化", ["省委宣传部", "省妇联"], ["省总工会", "团省委", "各州(市)党委和政府"]),
        ("22", "实行特别扶助制度扶助标准动态调整机制。对2个以上困难家庭发放护理补贴", ["省财政厅"],
         ["省优化生育政策工作部门联席会议成员单位", "各州(市)党委和政府"]),
        ("23", "依申请给予医疗救助", ["省医保局"], []),
    ]


def test_a_glued_row_whose_units_follow_no_sentence_end_is_left_as_text():
    # 何海平 (a leader's name) runs into 教育局: no sentence end tells the cells apart
    text = "分解表\n序号项目名称牵头单位1增加教育资源供给何海平教育局2促进就业稳定增长人社局\n"
    assert _tuples(text) == []


def test_a_glued_lead_and_co_column_without_role_words_are_not_guessed():
    text = "分解表\n序号重点任务牵头单位配合单位1建设甲。市发改委市财政局2推进乙。市人社局市财政局\n"
    assert _tuples(text) == []


def test_a_page_flattened_onto_one_long_line_reads_in_linear_time():
    # a 70,000-character line took minutes when the title search and the row search scanned it
    # again for every candidate; now it is read in well under a second
    import time
    text = "序号工作任务责任单位21" + "树立婚育新风22。" * 7000 + "\n"
    started = time.perf_counter()
    extract_text("t.txt", text)
    assert time.perf_counter() - started < 10
