"""Shared fixtures: the bundled example documents (public plans, see policykg/examples/SOURCES.md)
and one store built from all of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from policykg.cli.demo import EXAMPLES

FIXTURES = Path(__file__).parent / "fixtures"
LIAONING = EXAMPLES / "liaoning-employment-social-security-plan.txt"
YINGKOU = EXAMPLES / "yingkou-employment-social-security-plan.txt"
SICHUAN = EXAMPLES / "sichuan-hrss-plan.txt"
SHENYANG = EXAMPLES / "shenyang-metro-hr-integration-plan.txt"
NEWS = EXAMPLES / "liaoning-hrss-action-plan-news.txt"
ALL_EXAMPLES = [LIAONING, YINGKOU, SICHUAN, SHENYANG, NEWS]


def examples_folder(tmp_path: Path) -> Path:
    """A folder of copies of every example, to change or add files in."""
    import shutil

    docs = tmp_path / "docs"
    docs.mkdir()
    for f in ALL_EXAMPLES:
        shutil.copy(f, docs / f.name)
    return docs


def expected_tasks(name: str) -> list[tuple[str, str, str, str, str]]:
    """Hand-checked (box, item, task, lead, co) rows from tests/fixtures/expected/NAME.psv."""
    rows = []
    for line in (FIXTURES / "expected" / f"{name}.psv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            box, item, task, lead, co = line.split("|")
            rows.append((box, item, task, lead, co))
    return rows


@pytest.fixture(scope="session")
def built_store(tmp_path_factory):
    from policykg.build.documents import build
    from policykg.store.embedded import PlanStore

    store = PlanStore(tmp_path_factory.mktemp("store") / "kg")
    results = build(ALL_EXAMPLES, store)
    assert [r.status for r in results] == ["built"] * 5
    return store
