"""Layered TOML configuration: packaged defaults < user file < ``--config FILE``.

Each layer overrides the one below key by key. Every key must exist in the packaged defaults (a typo
is an error, not a silent no-op), except inside the open tables listed in ``OPEN_TABLES`` and for new
sections under ``[sections.NAME]``, whose keys are checked against ``SECTION_KEYS``.
"""

from __future__ import annotations

import copy
import re
import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

from platformdirs import user_config_path

__all__ = ["Config", "ConfigError", "SectionSpec", "load_config", "default_config", "user_config_file"]

OPEN_TABLES = ("entities.aliases",)
"""Tables whose keys are the user's own (alias surface forms)."""

SECTION_KEYS = {
    "title": str,
    "kind": str,
    "cues": list,
    "labels": list,
    "also": list,
    "max_items": int,
}
"""Keys a section table may have, with their types."""

SECTION_KINDS = ("pledges", "attendees", "summary", "cues")
"""``pledges``/``attendees`` use the fact extractors, ``summary`` is sumy, ``cues`` is cue words + labels."""


class ConfigError(Exception):
    """A configuration file is broken; the message is one line naming file, line and key."""


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """One section of every topic, as defined in TOML."""

    key: str
    title: str
    kind: str
    cues: tuple[str, ...] = ()
    """Lemmas (or short lowercase phrases) that mark a sentence for this section."""
    labels: tuple[str, ...] = ()
    """spaCy entity labels a matching sentence must mention (any of them)."""
    also: tuple[str, ...] = ()
    """Lemmas that may stand in for an entity label (e.g. 'troop' for a non-monetary pledge)."""
    max_items: int = 12


class Config:
    """The merged configuration: ``config["nlp"]["model"]`` plus typed helpers."""

    def __init__(self, data: dict[str, Any], files: tuple[str, ...] = ()) -> None:
        self.data = data
        self.files = files
        """The files merged over the defaults, lowest first."""

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    @property
    def sections(self) -> list[SectionSpec]:
        """Section definitions in file order (defaults first, then user additions)."""
        return [_section_spec(key, table) for key, table in self.data["sections"].items()]

    @property
    def aliases(self) -> dict[str, str]:
        """Surface form -> canonical entity name."""
        return dict(self.data["entities"]["aliases"])


def _section_spec(key: str, table: dict[str, Any]) -> SectionSpec:
    return SectionSpec(
        key=key,
        title=table.get("title", key.replace("_", " ").capitalize()),
        kind=table.get("kind", "cues"),
        cues=tuple(str(c).lower() for c in table.get("cues", ())),
        labels=tuple(str(label).upper() for label in table.get("labels", ())),
        also=tuple(str(a).lower() for a in table.get("also", ())),
        max_items=int(table.get("max_items", 12)),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


@cache
def _defaults() -> dict[str, Any]:
    text = resources.files("briefing").joinpath("defaults/default.toml").read_text("utf-8")
    return tomllib.loads(text)


def default_config() -> Config:
    """The packaged defaults alone (no user file)."""
    return Config(copy.deepcopy(_defaults()))


def user_config_file() -> Path:
    """``<platformdirs user config dir>/briefing/config.toml`` (may not exist)."""
    return user_config_path("briefing", appauthor=False) / "config.toml"


def _line_of(path: Path, dotted: str) -> int:
    """Best-effort line number of a key (TOML parsers do not report positions)."""
    parts = dotted.split(".")
    leaf = re.escape(parts[-1])
    patterns = [rf'^\s*\[+\s*{re.escape(dotted)}\s*\]+', rf'^\s*"?{leaf}"?\s*=', rf'^\s*\[+[^\]]*\b{leaf}"?\s*\]+']
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0
    for pattern in patterns:
        for number, line in enumerate(lines, 1):
            if re.search(pattern, line):
                return number
    return 0


def _fail(path: Path, dotted: str, problem: str) -> ConfigError:
    line = _line_of(path, dotted)
    where = f"{path}:{line}" if line else str(path)
    return ConfigError(f"{where}: key '{dotted}': {problem}")


def _type_name(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "a table"}.get(
        type(value), type(value).__name__
    )


def _check_type(path: Path, dotted: str, new: Any, old: Any) -> Any:
    if isinstance(old, float) and isinstance(new, int) and not isinstance(new, bool):
        return float(new)
    if type(new) is not type(old):
        raise _fail(path, dotted, f"expected {_type_name(old)}, got {_type_name(new)}")
    return new


def _merge(path: Path, base: dict[str, Any], layer: dict[str, Any], prefix: str = "") -> None:
    for key, value in layer.items():
        dotted = f"{prefix}{key}"
        if prefix == "sections.":
            _merge_section(path, base, key, value)
        elif dotted in OPEN_TABLES:
            _merge_aliases(path, base.setdefault(key, {}), value, dotted)
        elif key not in base:
            raise _fail(path, dotted, "unknown key")
        elif isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise _fail(path, dotted, f"expected a table, got {_type_name(value)}")
            _merge(path, base[key], value, f"{dotted}.")
        else:
            base[key] = _check_type(path, dotted, value, base[key])


def _merge_aliases(path: Path, base: dict[str, Any], layer: Any, dotted: str) -> None:
    if not isinstance(layer, dict):
        raise _fail(path, dotted, "expected a table of \"surface form\" = \"canonical name\"")
    for surface, canonical in layer.items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise _fail(path, f"{dotted}.{surface}", "expected a non-empty string")
        base[surface] = canonical


def _merge_section(path: Path, sections: dict[str, Any], key: str, table: Any) -> None:
    dotted = f"sections.{key}"
    if not isinstance(table, dict):
        raise _fail(path, dotted, "expected a table")
    target = sections.setdefault(key, {})
    for name, value in table.items():
        if name not in SECTION_KEYS:
            raise _fail(path, f"{dotted}.{name}", f"unknown key (known: {', '.join(SECTION_KEYS)})")
        if not isinstance(value, SECTION_KEYS[name]) or isinstance(value, bool):
            raise _fail(path, f"{dotted}.{name}", f"expected {_type_name(SECTION_KEYS[name]())}")
        if name == "kind" and value not in SECTION_KINDS:
            raise _fail(path, f"{dotted}.kind", f"unknown kind '{value}' (known: {', '.join(SECTION_KINDS)})")
        target[name] = value
    if target.get("kind", "cues") == "cues" and not target.get("cues"):
        raise _fail(path, dotted, "a section of kind 'cues' needs a non-empty 'cues' list")


def load_config(extra: str | Path | None = None, *, use_user_file: bool = True) -> Config:
    """Merge the defaults, the user file (if it exists) and ``extra`` (which must exist).

    Reads files only; never writes. Raises :class:`ConfigError` with a one-line message.
    """
    data = copy.deepcopy(_defaults())
    files: list[str] = []
    layers = [user_config_file()] if use_user_file else []
    if use_user_file and not layers[0].is_file():
        layers = []
    if extra is not None:
        extra_path = Path(extra)
        if not extra_path.is_file():
            raise ConfigError(f"{extra_path}: config file not found")
        layers.append(extra_path)
    for path in layers:
        _merge(path, data, _read_toml(path))
        files.append(str(path))
    return Config(data, tuple(files))
