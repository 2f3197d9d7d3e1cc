"""Cross-level alignment on Yingkou ↔ Liaoning against hand labels, and the queries and export
built on it."""

import csv
import io

from click.testing import CliRunner

from policykg.kg.align import dice
from policykg.cli.main import cli
from policykg.export.tables import alignment_rows
from policykg.store.queries import named_queries
from tests.conftest import FIXTURES

YINGKOU_PLAN = "营口市“十四五”就业和社会保障发展规划"
LIAONING_PLAN = "辽宁省“十四五”就业和社会保障发展规划"


def _gold() -> dict[str, str]:
    """Yingkou task title → the Liaoning task title it carries out ("" for none), by hand."""
    gold = {}
    for line in (FIXTURES / "expected" / "alignment-yingkou-liaoning.psv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _, task, _, parent = line.split("|")
            gold[task] = parent
    return gold


def test_precision_and_recall_against_hand_labels(built_store):
    gold = _gold()
    assert len(gold) == 74 and sum(1 for v in gold.values() if v) == 67
    found = {(r["task"], r["parent_task"]) for r in alignment_rows(built_store) if r["plan"] == YINGKOU_PLAN}
    true = {(c, p) for c, p in gold.items() if p}
    precision = len(found & true) / len(found)
    recall = len(found & true) / len(true)
    print(f"alignment Yingkou→Liaoning: {len(found & true)} right, {len(found - true)} wrong, "
          f"{len(true - found)} missed; precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.95 and recall >= 0.9


def test_reordered_title_aligns_and_municipal_additions_stay_unaligned(built_store):
    rows = {r["task"]: r for r in alignment_rows(built_store) if r["plan"] == YINGKOU_PLAN}
    r = rows["发现培育劳务品牌计划"]
    assert (r["parent_task"], r["lead"], r["parent_lead"]) == (
        "劳务品牌发现培育计划", "营口市人力资源和社会保障局", "辽宁省人力资源和社会保障厅")
    # 专栏17 of Yingkou: its Liaoning box is missing from the Liaoning text, nothing to carry out
    for task in ["就业服务基层基础能力提升计划", "开展专项招聘服务", "打造“就业951”新媒体就业服务平台"]:
        assert task not in rows


def test_unaligned_tasks_query(built_store):
    res = built_store.select(named_queries()["unaligned-tasks"].text)
    got = {(row[0], row[3], row[4]) for row in res.rows}
    assert {("added", "17", str(i)) for i in range(1, 6)} <= got
    assert ("added", "3", "8") in got  # 落实大学生退役士兵专考专招政策
    assert ("dropped", "6", "8") in got  # 实施乡村振兴重点帮扶地区职业技能提升工程 has no Yingkou task
    assert ("dropped", "9", "3") in got  # 确保职业年金平稳运营


def test_commitment_trace_gives_the_owner_at_each_level(built_store):
    query = named_queries()["commitment-trace"].text
    for keyword, provincial, municipal in [
        ("劳务品牌", ("劳务品牌发现培育计划", "辽宁省人力资源和社会保障厅"), ("发现培育劳务品牌计划", "营口市人力资源和社会保障局")),
        ("高校毕业生", ("实施高校毕业生就业创业促进计划", "辽宁省人力资源和社会保障厅"),
         ("实施高校毕业生就业创业促进计划", "营口市人力资源和社会保障局")),
    ]:
        res = built_store.select(query, {"keyword": keyword})
        rows = [dict(zip(res.columns, row)) for row in res.rows]
        levels = {(r["level"], r["plan"], r["task"], r["owner"]) for r in rows}
        assert ("provincial", LIAONING_PLAN, *provincial) in levels
        assert ("municipal", YINGKOU_PLAN, *municipal) in levels
        city = next(r for r in rows if r["plan"] == YINGKOU_PLAN and r["task"] == municipal[0])
        assert (city["carries_out"], city["parent_plan"]) == (provincial[0], LIAONING_PLAN)
        # provincial rows come before municipal ones
        assert [r["level"] for r in rows] == sorted((r["level"] for r in rows), key=["provincial", "municipal"].index)


def test_export_alignments_csv(tmp_path, built_store):
    res = CliRunner().invoke(cli, ["export", "alignments", "--store", str(built_store.path)])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.output)))
    assert rows[0] == ["plan", "task", "lead", "parent_plan", "parent_task", "parent_lead", "score"]
    assert rows[1][:6] == [YINGKOU_PLAN, "发现培育劳务品牌计划", "营口市人力资源和社会保障局", LIAONING_PLAN,
                           "劳务品牌发现培育计划", "辽宁省人力资源和社会保障厅"]


def test_bigram_similarity_ignores_order_and_punctuation():
    assert dice("建立乡镇(街道)临时救助备用金制度", "建立乡镇（街道）临时救助备用金制度") == 1.0
    assert dice("完善职业培训政策", "实施高素质农民培育计划") == 0.0


def test_each_tasks_bigrams_are_made_once_not_once_per_pair():
    """Issue 14: a plan's tasks meet every task of the parent plan; 270 × 270 pairs of real task
    texts take well under the seconds they took when bigrams were rebuilt for every pair."""
    import time

    from policykg.kg.align import TaskText, align_tasks
    from tests.conftest import LIAONING

    lines = [ln.strip() for ln in LIAONING.read_text(encoding="utf-8").splitlines() if len(ln.strip()) > 20]
    children = [TaskText(f"c{i}", "c", ln[:20], ln, ln[:10], i) for i, ln in enumerate(lines)]
    parents = [TaskText(f"p{i}", "p", ln[5:25], ln[3:], ln[2:12], i) for i, ln in enumerate(lines)]
    t0 = time.perf_counter()
    assert len(align_tasks(children, parents)) == len(lines) > 250  # each finds itself, reworded
    assert time.perf_counter() - t0 < 2.0


def test_a_parent_task_one_of_two_children_does_not_carry_out_is_dropped_by_that_one(tmp_path):
    """Two cities carry out Liaoning's plan; one has no 劳务品牌 task: Liaoning's
    劳务品牌发现培育计划 is dropped by that city, and not by Yingkou, which carries it out."""
    from policykg.build.documents import build
    from policykg.store.embedded import PlanStore
    from tests.conftest import LIAONING, YINGKOU

    text = YINGKOU.read_text(encoding="utf-8")
    other = text.replace("营口", "盘锦").replace("营政办发", "盘政办发").replace(
        "发现培育劳务品牌计划", "海洋渔业捕捞许可证核发")
    (tmp_path / "panjin.txt").write_text(other, encoding="utf-8")
    store = PlanStore(tmp_path / "kg")
    build([LIAONING, YINGKOU, tmp_path / "panjin.txt"], store)
    res = store.select(named_queries()["unaligned-tasks"].text)
    dropped = {(r[1], r[5]) for r in res.rows if r[0] == "dropped"}
    assert ("盘锦市“十四五”就业和社会保障发展规划", "劳务品牌发现培育计划") in dropped
    assert (YINGKOU_PLAN, "劳务品牌发现培育计划") not in dropped
    assert (YINGKOU_PLAN, "实施乡村振兴重点帮扶地区职业技能提升工程") in dropped  # (as with Yingkou alone)


def test_a_lower_plan_with_no_tasks_drops_every_task_of_its_parent(tmp_path):
    """A city plan that applies Liaoning's plan but names no task of its own carries out none of
    Liaoning's: each of them is dropped by it, and it adds nothing."""
    from policykg.build.documents import build
    from policykg.store.embedded import PlanStore
    from tests.conftest import LIAONING

    (tmp_path / "panjin.txt").write_text(
        "盘锦市“十四五”就业促进规划\n\n为贯彻落实《辽宁省“十四五”就业和社会保障发展规划》，结合我市实际，制定本规划。\n",
        encoding="utf-8")
    store = PlanStore(tmp_path / "kg")
    build([LIAONING, tmp_path / "panjin.txt"], store)
    res = store.select(named_queries()["unaligned-tasks"].text)
    rows = [dict(zip(res.columns, r)) for r in res.rows]
    liaoning_tasks = store.select("SELECT (COUNT(?t) AS ?n) WHERE { GRAPH ?g { ?t a pkg:Task } }").rows[0][0]
    assert {r["change"] for r in rows} == {"dropped"}
    assert {r["lower_plan"] for r in rows} == {"盘锦市“十四五”就业促进规划"}
    assert len(rows) == int(liaoning_tasks) > 60
    assert ("2", "1", "劳务品牌发现培育计划") in {(r["box_no"], r["item_no"], r["task"]) for r in rows}
