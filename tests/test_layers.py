"""The package layout is the data flow: an upward import (say, kg importing the store, or the
store importing an export) fails here, not in a reviewer's memory."""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]


def test_layers_contract_holds(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_contract_catches_an_upward_import(tmp_path, monkeypatch):
    """The contract is live: the same layers over a copy with kg importing the store fail."""
    import shutil

    shutil.copytree(ROOT / "policykg", tmp_path / "policykg", ignore=shutil.ignore_patterns("__pycache__", "examples"))
    with open(tmp_path / "policykg" / "kg" / "iris.py", "a", encoding="utf-8") as fh:
        fh.write("\nfrom ..store import embedded  # noqa: upward on purpose\n")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    import sys

    saved = {k: v for k, v in sys.modules.items() if k == "policykg" or k.startswith("policykg.")}
    for k in saved:
        del sys.modules[k]
    try:
        assert lint_imports(config_filename=str(tmp_path / "pyproject.toml"), no_cache=True) == 1
    finally:
        for k in [k for k in sys.modules if k == "policykg" or k.startswith("policykg.")]:
            del sys.modules[k]
        sys.modules.update(saved)
