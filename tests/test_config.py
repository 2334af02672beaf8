"""Layered configuration and its one-line errors (a table of tiny broken files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import ConfigError, load_config, user_config_file


def _toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "broken.toml"
    path.write_text(text)
    return path


BROKEN = [
    ("[nlp]\nmodel = \n", "invalid TOML", None),
    ("[nlp]\nmodle = \"x\"\n", "key 'nlp.modle': unknown key", 2),
    ("[summary]\nsentences = \"five\"\n", "key 'summary.sentences': expected an integer", 2),
    ("\n\n[nosuch]\nx = 1\n", "key 'nosuch': unknown key", 3),
    ("[sections.sanctions]\ntitle = \"Sanctions\"\n", "needs a non-empty 'cues' list", 1),
    ("[sections.sanctions]\ncues = [\"sanction\"]\ncolour = \"red\"\n", "key 'sections.sanctions.colour'", 3),
    ("[sections.sanctions]\ncues = [\"sanction\"]\nkind = \"magic\"\n", "unknown kind 'magic'", 3),
    ("[entities.aliases]\n\"Kyiv\" = 3\n", "expected a non-empty string", 2),
    ("[cluster]\nthreshold = true\n", "expected a number", 2),
]


@pytest.mark.parametrize(("text", "message", "line"), BROKEN)
def test_broken_config_names_file_line_and_key(tmp_path: Path, text: str, message: str, line: int | None) -> None:
    path = _toml(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    shown = str(err.value)
    assert "\n" not in shown
    assert shown.startswith(str(path))
    assert message in shown
    if line:
        assert shown.startswith(f"{path}:{line}:")


def test_missing_and_binary_config_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00junk")
    with pytest.raises(ConfigError, match="not UTF-8|invalid TOML"):
        load_config(binary)


def test_layers_override_key_by_key(tmp_path: Path) -> None:
    user = user_config_file()
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text("[summary]\nsentences = 3\nalgorithm = \"lsa\"\n")
    try:
        extra = _toml(tmp_path, "[summary]\nsentences = 7\n[entities.aliases]\n\"Kyiv\" = \"Kyiv\"\n"
                                "[sections.sanctions]\ntitle = \"Sanctions\"\ncues = [\"sanction\", \"asset freeze\"]\n")
        config = load_config(extra)
    finally:
        user.unlink()
    assert config["summary"]["sentences"] == 7  # --config beats the user file
    assert config["summary"]["algorithm"] == "lsa"  # the user file beats the defaults
    assert config["summary"]["position_decay"] == load_config()["summary"]["position_decay"]
    assert config.aliases["Kyiv"] == "Kyiv" and config.aliases["UK"] == "United Kingdom"
    assert [s.key for s in config.sections] == ["pledges", "attendees", "context", "sanctions"]
    assert config.sections[-1].cues == ("sanction", "asset freeze")


def test_packaged_defaults_are_the_repository_config() -> None:
    root = Path(__file__).resolve().parent.parent
    assert (root / "config" / "default.toml").read_text() == (root / "briefing" / "defaults" / "default.toml").read_text()
