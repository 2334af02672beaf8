"""The core never imports Textual: only briefing.tui does, and only the CLI imports that, lazily."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = ["briefing.pipeline", "briefing.export", "briefing.cli", "briefing.config", "briefing.model",
        "briefing.progress", "briefing.ingest", "briefing.nlp.analyze", "briefing.cache"]


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_check_would_notice_textual() -> None:
    code = "import sys, briefing.tui.app; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"
