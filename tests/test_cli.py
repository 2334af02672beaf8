"""The command line as a user meets it: exit codes, one-line errors, files written whole or not at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main

BODY = ("Leaders from across Europe met in Brussels on Monday to discuss aid to Ukraine. The European Commission "
        "said it would provide 500 million euros in new funding for reconstruction.")


def test_export_markdown_to_stdout(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(seeds)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Briefing:") and "### Pledges" in out


def test_export_json_to_file_atomically_and_no_overwrite(seeds: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "b.json"
    assert main(["export", str(seeds), "-o", str(target)]) == 0
    doc = json.loads(target.read_text())
    assert doc["schema"] == "briefing.v1" and len(doc["articles"]) == 2
    before = target.read_bytes()
    assert main(["export", str(seeds), "-o", str(target)]) == 1
    assert "already exists (use --force" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert main(["export", str(seeds), "-o", str(target), "--force", "--format", "md"]) == 0
    assert target.read_text().startswith("# Briefing:")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.json"]


def test_skipped_inputs_are_named_and_change_the_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    assert main(["export", str(tmp_path)]) == 3
    captured = capsys.readouterr()
    assert captured.err.strip() == f"briefing: skipped {tmp_path / 'empty.txt'}: empty (no article text)"
    assert "# Briefing: 1 topic from 1 article" in captured.out


def test_nothing_readable_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    assert main(["export", str(tmp_path)]) == 1
    assert "briefing: error: no readable article" in capsys.readouterr().err


def test_bad_config_exits_2_with_one_line(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text("[nlp]\nmodel = 1\n")
    assert main(["export", str(seeds), "--config", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{bad}:2: key 'nlp.model'" in err


def test_missing_spacy_model_is_a_clear_error(tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conf = tmp_path / "c.toml"
    conf.write_text("[nlp]\nmodel = \"no_such_pipeline_xx\"\n")
    assert main(["export", str(seeds), "--config", str(conf)]) == 2
    assert "spaCy pipeline 'no_such_pipeline_xx' is not installed" in capsys.readouterr().err


def test_no_arguments_uses_the_bundled_seeds() -> None:
    """`briefing` with no paths, not on a terminal, prints the briefing of the seeds."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-m", "briefing"], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Keir Starmer" in done.stdout and "Traceback" not in done.stderr
