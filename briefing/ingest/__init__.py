"""Reading articles: files, folders (recursively) and ``-`` for standard input.

Each format has a reader ``(label, data, ctx) -> list[Article]`` registered in :data:`READERS` by file
extension. A reader raises :class:`SkipArticle` with a one-line reason for input it cannot use; the
caller records it as :class:`~briefing.model.Skipped` and goes on with the rest.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing.config import Config
from briefing.ingest.clean import CleanRules, paragraph_spans
from briefing.ingest.decode import SkipArticle, check_article_text, decode_bytes
from briefing.ingest.records import Records
from briefing.ingest.text import markdown_title, parse_metadata, title_from_line
from briefing.model import Article, Skipped

__all__ = ["IngestResult", "ReadContext", "READERS", "SkipArticle", "read_paths", "read_bytes", "make_article", "article_id"]


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What readers need besides the bytes: config and compiled cleaning rules."""

    config: Config
    rules: CleanRules

    @classmethod
    def of(cls, config: Config) -> ReadContext:
        """Compile the cleaning rules of ``config`` once for a whole read."""
        return cls(config, CleanRules.from_config(config["clean"]))


@dataclass(slots=True)
class IngestResult:
    """Articles read (duplicates merged) and inputs skipped."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def article_id(text: str) -> str:
    """Stable id from the text: identical texts get the same id."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _derive_title(text: str, body_start: int, rules: CleanRules) -> str:
    heading, _ = markdown_title(text, body_start)
    if heading:
        return heading
    for p0, p1 in paragraph_spans(text, body_start):
        paragraph = text[p0:p1]
        if paragraph.strip() and not any(r.search(paragraph) for r in rules.drop_paragraphs):
            return title_from_line(paragraph)
    return ""


def make_article(label: str, text: str, ctx: ReadContext, *, body_start: int = 0, warnings: Iterable[str] = (),
                 **meta: str) -> Article:
    """Build an :class:`Article` from text and metadata, or raise :class:`SkipArticle`."""
    ingest = ctx.config["ingest"]
    check_article_text(text[body_start:], min_words=ingest["min_words"],
                       min_english_share=ingest["min_english_stopword_share"])
    fields = {k: " ".join(str(v).split()) for k, v in meta.items() if v}
    title = fields.pop("title", "") or _derive_title(text, body_start, ctx.rules)
    return Article(id=article_id(text), path=label, text=text, title=title, body_start=body_start,
                   warnings=tuple(warnings), **fields)


def read_text_article(label: str, data: bytes, ctx: ReadContext) -> list[Article]:
    """A ``.txt`` or ``.md`` file: metadata block (optional) and body."""
    text, warning = decode_bytes(data)
    meta = parse_metadata(text)
    source = meta.fields.pop("source", "") or _wire_credit(text, meta.body_start)
    return [make_article(label, text, ctx, body_start=meta.body_start, warnings=[warning] if warning else [],
                         source=source, **meta.fields)]


_WIRES = ("Xinhua", "Reuters", "AP", "AFP", "dpa", "ANSA", "Anadolu", "Kyodo", "Yonhap", "PTI", "TASS", "EFE")


def _wire_credit(text: str, start: int) -> str:
    """The news agency named in photo credits such as ``(Xinhua/Li Ying)`` or ``(AP Photo/...)``."""
    for match in re.finditer(r"\((?:Photo by [^()/\n]*/)?([A-Z][A-Za-z]+)(?: Photo)?/[^()\n]*\)", text[start:]):
        if match.group(1) in _WIRES:
            return match.group(1)
    return ""


Reader = Callable[[str, bytes, ReadContext], list[Article]]
"""A reader; one for a file of many records returns :class:`Records`, whose bad records are reported too."""


def _lazy(module: str, name: str) -> Reader:
    """A reader imported on first use: trafilatura alone takes a third of a second to import."""

    def read(label: str, data: bytes, ctx: ReadContext) -> list[Article]:
        return getattr(importlib.import_module(module), name)(label, data, ctx)

    return read


_HTML = _lazy("briefing.ingest.html", "read_html")
_FEED = _lazy("briefing.ingest.feed", "read_feed")
READERS: dict[str, Reader] = {
    ".txt": read_text_article, ".md": read_text_article, ".markdown": read_text_article,
    ".html": _HTML, ".htm": _HTML,
    ".json": _lazy("briefing.ingest.jsonfile", "read_json"), ".jsonl": _lazy("briefing.ingest.jsonfile", "read_jsonl"),
    ".xml": _FEED, ".rss": _FEED, ".atom": _FEED,
}
"""Readers by lowercase file extension; files of other types in a folder are ignored."""


def read_bytes(label: str, data: bytes, ctx: ReadContext, suffix: str = ".txt") -> list[Article]:
    """Dispatch ``data`` to the reader for ``suffix`` (plain text when unknown)."""
    reader = READERS.get(suffix.lower(), read_text_article)
    return reader(label, data, ctx)


def _walk(root: Path, extensions: tuple[str, ...], skipped: list[Skipped]) -> Iterator[Path]:
    """Files below ``root`` with a known extension, sorted, without following symlink loops."""
    seen: set[str] = set()

    def onerror(err: OSError) -> None:
        skipped.append(Skipped(str(err.filename or root), f"cannot read folder: {err.strerror or err}"))

    for folder, dirs, files in os.walk(root, onerror=onerror, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if Path(name).suffix.lower() in extensions and not name.startswith("."):
                yield Path(folder) / name


def _read_limited(path: Path, limit: int) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # Opening a FIFO blocks until someone writes to it; a device may never end.
            raise SkipArticle("not a regular file (a pipe, socket or device)")
        size = info.st_size
        if size > limit:
            raise SkipArticle(f"too large ({size:,} bytes; limit {limit:,}, see [ingest] max_bytes)")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise SkipArticle(f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise SkipArticle(f"too large (over {limit:,} bytes, see [ingest] max_bytes)")
    return data


def _inputs(paths: Iterable[str], extensions: tuple[str, ...], skipped: list[Skipped]) -> Iterator[tuple[str, Path | None]]:
    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        path = Path(raw)
        if path.is_dir():
            yield from ((str(p), p) for p in _walk(path, extensions, skipped))
        elif path.exists():
            yield str(path), path
        else:
            skipped.append(Skipped(raw, "no such file or folder"))


def read_paths(paths: Iterable[str], config: Config, stdin: object = None) -> IngestResult:
    """Read every article under ``paths``; never raises for a bad input, records it instead."""
    ctx = ReadContext.of(config)
    limit = config["ingest"]["max_bytes"]
    result = IngestResult()
    by_id: dict[str, int] = {}
    for label, path in _inputs(paths, tuple(config["ingest"]["extensions"]), result.skipped):
        try:
            if path is None:
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read(limit + 1)
                if len(data) > limit:
                    raise SkipArticle(f"too large (over {limit:,} bytes, see [ingest] max_bytes)")
                articles = read_bytes("-", data, ctx)
            else:
                articles = read_bytes(label, _read_limited(path, limit), ctx, path.suffix)
        except SkipArticle as exc:
            result.skipped.append(Skipped(label, str(exc)))
            continue
        if isinstance(articles, Records):
            result.skipped.extend(articles.skipped)
        for article in articles:
            _add(result, by_id, article)
    return result


def _add(result: IngestResult, by_id: dict[str, int], article: Article) -> None:
    """Append ``article``, or record it as a reprint of an identical text already read."""
    if article.id in by_id:
        index = by_id[article.id]
        first = result.articles[index]
        result.articles[index] = replace(first, reprints=first.reprints + (article.path,))
        return
    by_id[article.id] = len(result.articles)
    result.articles.append(article)
