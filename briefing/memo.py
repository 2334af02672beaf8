"""The briefing cache: a whole briefing, keyed by everything it was computed from.

The analysis cache spares a warm run spaCy, but entities, clusters and sections would still be
recomputed every time an analyst reopens the same folder. Those stages are pure functions of the
articles, the configuration, the spaCy pipeline and this package's code, so their result is stored
under a hash of exactly those (:func:`briefing_key`) and a run over the same inputs decodes it instead.
Any change (one article's text or metadata, their order, a config value, the pipeline, a source file
of the package) gives another key, so a stale result is never used; one changed article falls back to
the analysis cache for the others.

Stored briefings hold no article text: the key already fixes it, and it is attached again from the
articles just read, so every quote is checked against the text in hand (:func:`decode_result`).
The encoding is tagged JSON over the model's dataclasses only (no pickle: decoding a cache file
must never run code).
"""

from __future__ import annotations

import hashlib
import json
import platform
import zlib
from collections.abc import Sequence
from dataclasses import fields
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from briefing.model import Article, Briefing, Entity, Item, Mention, Quote, Section, Sentence, Skipped, Topic

__all__ = ["RESULT_VERSION", "briefing_key", "code_fingerprint", "fingerprint_files", "encode_result",
           "decode_result"]

RESULT_VERSION = 1
"""Bump when the stored layout changes (the code fingerprint covers changes to what is computed)."""

_PREFIX = "briefing:"
"""Keys of stored briefings share the analysis cache's table; the prefix keeps them apart from its
hex keys."""

_TYPES: dict[str, type] = {cls.__name__: cls for cls in
                           (Article, Skipped, Sentence, Quote, Mention, Entity, Item, Section, Topic)}
"""The only classes a stored briefing may contain."""

_SKIP_IN_PACKAGE = ("tui", "export", "cli.py", "progress.py", "__main__.py")
"""Parts of the package that only show or write a briefing and cannot change it: editing them must not
throw away every stored briefing."""


def fingerprint_files() -> list[Path]:
    """The package's files that can change a briefing: its Python sources and TOML data, minus the parts
    that only show or write one, relative to the package folder, sorted."""
    root = Path(__file__).resolve().parent
    return sorted(path.relative_to(root) for path in root.rglob("*")
                  if path.suffix in (".py", ".toml") and path.is_file()
                  and path.relative_to(root).parts[0] not in _SKIP_IN_PACKAGE)


@cache
def code_fingerprint() -> str:
    """Hash of this package's version and of every file :func:`fingerprint_files` lists."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(_version("briefing").encode())
    for relative in fingerprint_files():
        digest.update(b"\0" + str(relative).encode() + b"\0" + (root / relative).read_bytes())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


_LIBRARIES = ("spacy", "scikit-learn", "sumy", "numpy", "scipy")
"""Libraries whose upgrade can change a briefing (parses, TF-IDF and clustering, summaries)."""

_NOT_IN_RESULT = {"keys": None, "cache": None, "nlp": ("batch_size", "n_process", "min_articles_per_process")}
"""Config that cannot change a briefing (whole tables, or keys of a table): remapping a key or changing
the worker count must not throw away every stored briefing. Listed by exclusion, so a new table counts."""


def _result_config(config_data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for table, value in config_data.items():
        if table in _NOT_IN_RESULT and _NOT_IN_RESULT[table] is None:
            continue
        drop = _NOT_IN_RESULT.get(table) or ()
        out[table] = {k: v for k, v in value.items() if k not in drop} if isinstance(value, dict) else value
    return out


def briefing_key(articles: Sequence[Article], config_data: dict[str, Any], model_fingerprint: str) -> str:
    """The cache key of the briefing of ``articles`` (in order) under ``config_data`` and the pipeline.

    Config tables keep their file order (section order is output order), so the dump is not sorted."""
    digest = hashlib.sha256()
    versions = [platform.python_version(), *(_version(name) for name in _LIBRARIES)]
    for part in (str(RESULT_VERSION), code_fingerprint(), *versions, model_fingerprint,
                 json.dumps(_result_config(config_data), default=str, ensure_ascii=False)):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    for article in articles:
        digest.update(json.dumps([getattr(article, f.name) for f in fields(Article)],
                                 ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\0")
    return _PREFIX + digest.hexdigest()


def encode_result(briefing: Briefing, extra_skipped: Sequence[Skipped]) -> bytes:
    """``briefing`` (without article texts) and the skips analysis added, compressed."""
    articles = [[getattr(a, f.name) if f.name != "text" else None for f in fields(Article)]
                for a in briefing.articles]
    payload = {"articles": _tag(articles), "topics": _tag(briefing.topics), "skipped": _tag(list(extra_skipped))}
    return zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"), 1)


def decode_result(blob: bytes, articles: Sequence[Article]) -> tuple[Briefing, list[Skipped]] | None:
    """The briefing stored in ``blob`` with the texts of ``articles`` put back, and the skips analysis
    added; None if the blob does not decode or a quote is not the slice of its article it claims."""
    try:
        payload = json.loads(zlib.decompress(blob).decode("utf-8", "surrogatepass"))
        texts = {a.id: a.text for a in articles}
        kept = [Article(*[texts[row[0]] if f.name == "text" else value for f, value in zip(fields(Article), row)])
                for row in _untag(payload["articles"], [])]
        pointers: list[Quote | Mention] = []
        topics, skipped = _untag(payload["topics"], pointers), _untag(payload["skipped"], [])
    except (ValueError, KeyError, TypeError, IndexError, zlib.error):
        return None
    texts = {a.id: a.text for a in kept}
    if any(texts.get(p.article_id, "")[p.start:p.end] != p.text for p in pointers):
        return None  # every quote and mention, in sections, cards and facts alike, must fit the text in hand
    return Briefing(kept, topics, []), skipped


def _tag(value: Any) -> Any:
    """A JSON value that :func:`_untag` turns back into ``value``: lists, tuples, dicts and the model's
    dataclasses are tagged arrays, so tuples stay tuples and quotes inside facts stay quotes."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, list):
        return ["L", [_tag(v) for v in value]]
    if isinstance(value, tuple):
        return ["T", [_tag(v) for v in value]]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("only string keys can be stored")
        return ["M", {k: _tag(v) for k, v in value.items()}]
    name = type(value).__name__
    if _TYPES.get(name) is not type(value):
        raise TypeError(f"{name} cannot be stored in a briefing")
    return ["D", name, [_tag(getattr(value, f.name)) for f in fields(value)]]


def _untag(value: Any, pointers: list[Quote | Mention]) -> Any:
    """The value :func:`_tag` encoded; every Quote and Mention built is also added to ``pointers``."""
    if not isinstance(value, list):
        return value
    kind = value[0]
    if kind == "L":
        return [_untag(v, pointers) for v in value[1]]
    if kind == "T":
        return tuple(_untag(v, pointers) for v in value[1])
    if kind == "M":
        return {k: _untag(v, pointers) for k, v in value[1].items()}
    if kind == "D":
        built = _TYPES[value[1]](*[_untag(v, pointers) for v in value[2]])
        if isinstance(built, (Quote, Mention)):
            pointers.append(built)
        return built
    raise ValueError(f"unknown tag {kind!r}")
