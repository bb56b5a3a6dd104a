"""The layer contracts of pyproject.toml hold: pytest alone catches an import that goes the wrong way."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# the `lint-imports` command, run by the interpreter of this test run (its venv has the dev extras)
LINT_IMPORTS = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def test_layer_contracts_are_kept() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert {c["id"] for c in contracts} >= {"no-telegram-below-handlers", "presentation-through-services",
                                             "storage-at-the-bottom"}
    run = subprocess.run([sys.executable, "-c", LINT_IMPORTS, "--no-cache", "--no-logo"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=False)
    report = run.stdout + run.stderr
    if run.returncode != 0:
        broken = report[report.find("Broken contracts"):] if "Broken contracts" in report else report
        pytest.fail(f"an import breaks a layer contract (pyproject.toml, [tool.importlinter]):\n{broken}",
                    pytrace=False)
    assert f"Contracts: {len(contracts)} kept, 0 broken." in report, report
