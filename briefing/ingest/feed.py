"""RSS and Atom feed files, parsed by feedparser from bytes (never from a URL, so nothing is fetched).

Each entry is one article labelled ``file#N`` (N counts entries from 1). Its text is the full content
(``content:encoded`` / Atom ``<content>``), else the summary, turned from HTML into text by trafilatura.
A feed that declares XML entities is refused outright: an external entity could pull in a local file
and nested ones can expand without end, and no real news feed needs them.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from functools import partial
from typing import Any

import feedparser

from briefing.ingest import ReadContext, _wire_credit, make_article
from briefing.ingest.dates import normalise_date
from briefing.ingest.decode import SkipArticle, binary_kind
from briefing.ingest.html import html_to_text, looks_like_html, run_parser
from briefing.ingest.records import Records, collect, one_line, require_content
from briefing.model import Article

__all__ = ["read_feed", "entry_text"]

_ENTITY = re.compile(rb"<!ENTITY", re.I)


def _parse(data: bytes) -> Any:
    """feedparser on the bytes themselves: a ``str`` argument could be taken for a URL or a file name."""
    require_content(data)
    kind = binary_kind(data)
    if kind:
        raise SkipArticle(f"not text ({kind})")
    if _ENTITY.search(data):
        raise SkipArticle("feed declares XML entities (<!ENTITY>); refused so nothing outside the file is read")
    return run_parser("feed parsing", lambda: feedparser.parse(io.BytesIO(data), resolve_relative_uris=False))


def _problem(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    return f"{type(exc).__name__}: {one_line(exc)}" if exc else ""


def _as_text(detail: dict, value: str) -> str:
    """``value`` as plain text: HTML (by the declared type, or by its looks) goes through trafilatura."""
    kind = (detail or {}).get("type", "text/html")
    if "html" in kind or looks_like_html(value):
        return html_to_text(value)
    return value.strip()


def entry_text(entry: dict) -> str:
    """The fullest text an entry carries: its longest ``content``, else its summary."""
    contents = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return _as_text(best, best["value"])
    summary = entry.get("summary") or ""
    return _as_text(entry.get("summary_detail"), summary) if summary.strip() else ""


def _date(entry: dict) -> str:
    """The entry's date as ISO 8601, keeping the stated offset when the raw string has one."""
    for key in ("published", "updated", "created"):
        iso = normalise_date(entry.get(key) or "")
        if iso:
            return iso
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    return ""


def _title(entry: dict) -> str:
    title = entry.get("title") or ""
    return " ".join(_as_text(entry.get("title_detail"), title).split()) if title else ""


def _author(entry: dict) -> str:
    return (entry.get("author_detail") or {}).get("name") or entry.get("author") or ""


def _entry_article(label: str, entry: dict, feed_title: str, ctx: ReadContext, warnings: list[str]) -> Article:
    text = entry_text(entry)
    if not text:
        raise SkipArticle("entry has no content or summary")
    source = (entry.get("source") or {}).get("title") or feed_title or _wire_credit(text, 0)
    return make_article(label, text, ctx, warnings=warnings, title=_title(entry), source=source,
                        author=_author(entry), published=_date(entry), url=entry.get("link") or "")


def read_feed(label: str, data: bytes, ctx: ReadContext) -> Records:
    """An RSS or Atom file: one article per entry with usable text."""
    parsed = _parse(data)
    if not parsed.get("version") and not parsed.entries:
        problem = _problem(parsed)
        raise SkipArticle("not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
    if not parsed.entries:
        raise SkipArticle("feed has no entries")
    warnings = [f"malformed feed ({_problem(parsed)}); read what could be recovered"] if parsed.get("bozo") else []
    feed_title = " ".join((parsed.feed.get("title") or "").split())
    attempts = [(f"{label}#{n}", partial(_entry_article, f"{label}#{n}", entry, feed_title, ctx, warnings))
                for n, entry in enumerate(parsed.entries, 1)]
    return collect(label, attempts, kind="entry")
