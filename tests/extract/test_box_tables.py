"""Tables drawn with box characters (issue 11): 2006年省会郑州城市管理年园林绿化整治各责任单位工作任务 as a law
database prints it — a 责任单位 cell merged down over six rows, task cells wrapped over two lines.
Expected tuples read off the table by hand."""

from policykg.extract.pipeline import extract_text
from tests.extract.owner_tuples import owner_tuples

TABLE = (
    "附件：\n2006年省会郑州城市管理年园林绿化整治各责任单位工作任务\n"
    "┌──┬────┬──────────────────┬─────┬────┬───┐\n"
    "│序号│责任单位│ 任务目标 │ 完成时间 │分管领导│责任人│\n"
    "├──┼────┼──────────────────┼─────┼────┼───┤\n"
    "│ 1 │ 金水区 │1.新建绿地50万平方米。 │2006.11.30│ │ 区长 │\n"
    "│ │ ├──────────────────┼─────┤ │ │\n"
    "│ │ │2.2006年春完成辖区所有区管公园、游园、道路绿化的植物 │2006.04.30│ │ │\n"
    "│ │ │充实工作。 │ │ │ │\n"
    "├──┼────┼──────────────────┼─────┼────┼───┤\n"
    "│ 2 │ 二七区 │1.新建绿地30万平方米。 │2006.11.30│ │ 区长 │\n"
    "└──┴────┴──────────────────┴─────┴────┴───┘\n"
)


def test_rows_of_a_box_table_with_a_merged_owner_cell_and_wrapped_task_cells():
    assert owner_tuples(TABLE) == [
        ("新建绿地50万平方米", [], ["金水区"]),
        ("2006年春完成辖区所有区管公园、游园、道路绿化的植物充实工作", [], ["金水区"]),
        ("新建绿地30万平方米", [], ["二七区"]),
    ]


def test_a_box_tables_tasks_point_at_their_own_lines():
    rec = extract_text("t.txt", TABLE)
    assert [t.span.line for t in rec.tasks] == [6, 8, 11]
    assert [r.owner.written for t in rec.tasks for r in t.responsibilities] == ["金水区", "金水区", "二七区"]


def test_a_cell_of_units_one_a_line_keeps_each_unit_as_written():
    # 宁波 节水型城市 考核内容及责任分解表: 配合单位 cell 市城管局 / 市水利局 over two lines of one row
    text = ("┌──┬──────┬────┬────┐\n│序号│考核内容│责任单位│配合单位│\n├──┼──────┼────┼────┤\n"
            "│ 9 │工业用水重复利用率│ 市经委 │ 市城管局 │\n│ │ │ │ 市水利局 │\n└──┴──────┴────┴────┘\n")
    assert owner_tuples(text) == [("工业用水重复利用率", ["市经委"], ["市城管局", "市水利局"])]
    written = sorted(r.owner.written for t in extract_text("t.txt", text).tasks for r in t.responsibilities)
    assert written == ["市城管局", "市水利局", "市经委"]


def test_a_box_table_on_a_page_that_puts_a_blank_line_after_every_line():
    assert owner_tuples(TABLE.replace("\n", "\n\n")) == owner_tuples(TABLE)
