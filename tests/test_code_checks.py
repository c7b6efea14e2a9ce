"""The code's own checks, in the one test command: ruff (errors and warnings), the import contracts of the layers
(pyproject.toml, [tool.importlinter]) and mypy, each a subprocess from this environment, failing with its report."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@pytest.mark.parametrize("command", [
    ["ruff", "check", "app", "dialogs", "odoo_sandbox", "tests", "bench"],
    ["lint-imports"],
    ["mypy"],
], ids=["ruff", "import contracts", "mypy"])
def test_the_code_passes_its_checks(command: list[str]) -> None:
    checked = subprocess.run([str(BIN / command[0]), *command[1:]], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert checked.returncode == 0, (checked.stdout + checked.stderr)[-4000:]
