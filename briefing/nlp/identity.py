"""What identifies a spaCy pipeline's output, read from its files without importing spaCy.

Both caches key their entries by it, and the briefing cache must be able to answer a warm run
without paying spaCy's import (close to a second), so this module imports only the standard library.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ModelInfo", "model_files", "model_identity"]


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What identifies a spaCy pipeline's output, read without loading it."""

    name: str
    lang: str
    fingerprint: str
    """Hash of the name, the pipeline's meta.json and config.cfg (version, components, settings)."""


def _package_root(name: str) -> Path | None:
    """The folder of the installed package ``name``, found without importing it (None if not one)."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError, TypeError):  # a path, a relative or a dotted name of nothing
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def model_files(name: str) -> list[bytes]:
    """meta.json (first) and config.cfg of an installed package or a pipeline folder; [] if not found."""
    try:
        root = _package_root(name) or Path(name)
        meta = root / "meta.json"
        if not meta.is_file():
            return []
        configs = sorted(root.glob("config.cfg")) + sorted(root.glob("*/config.cfg"))
        return [meta.read_bytes(), *(c.read_bytes() for c in configs)]
    except (OSError, ValueError):
        return []


def model_identity(name: str, files: list[bytes] | None = None) -> ModelInfo | None:
    """The identity of pipeline ``name`` from ``files`` (default: :func:`model_files`); None if none."""
    files = model_files(name) if files is None else files
    if not files:
        return None
    try:
        lang = json.loads(files[0])["lang"]
    except (ValueError, KeyError, TypeError):
        return None
    digest = hashlib.sha256(name.encode("utf-8"))
    for data in files:
        digest.update(b"\0" + data)
    return ModelInfo(name, lang, digest.hexdigest())
