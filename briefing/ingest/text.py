"""Plain-text and Markdown articles: an optional metadata block, then the body.

Recognised metadata (all optional, at the very top):
- Markdown front matter between ``---`` lines (``title: ...``, ``date: ...``, ``source: ...``);
- ``Title:`` / ``Date:`` / ``Source:`` / ``Author:`` / ``URL:`` lines;
- a bare ``date 2025-03-03`` prefix, as some scrapers write it.
The article text is the file's decoded content exactly; metadata only moves ``body_start``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.ingest.dates import normalise_date

__all__ = ["Metadata", "headline_span", "markdown_title", "parse_metadata", "title_from_line"]

_FIELDS = {
    "title": "title",
    "headline": "title",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "author": "author",
    "by": "author",
    "byline": "author",
    "url": "url",
    "link": "url",
}


@dataclass(slots=True)
class Metadata:
    """Metadata found at the top of a text article."""

    fields: dict[str, str] = field(default_factory=dict)
    body_start: int = 0


_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_LINE = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(.*\S)?[ \t]*(?:\n|\Z)")
_BARE_DATE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?)[ \t]*", re.I)


def _store(meta: Metadata, key: str, value: str) -> bool:
    name = _FIELDS.get(key.lower())
    if not name or not value:
        return False
    value = value.strip().strip("\"'")
    if name == "published":
        # An unreadable date is dropped rather than shown as if it were ISO 8601.
        value = normalise_date(value)
    if value:
        meta.fields[name] = value
    return True


def parse_metadata(text: str) -> Metadata:
    """Find the metadata block at the top of ``text`` and where the body starts."""
    meta = Metadata()
    front = _FRONT.match(text)
    if front:
        for line in front.group(1).splitlines():
            key, _, value = line.partition(":")
            _store(meta, key.strip(), value)
        meta.body_start = front.end()
        return meta
    bare = _BARE_DATE.match(text)
    if bare:
        meta.fields["published"] = normalise_date(bare.group(1)) or bare.group(1)
        meta.body_start = bare.end()
        return meta
    pos = 0
    while (line := _LINE.match(text, pos)) and line.group(1).lower() in _FIELDS:
        _store(meta, line.group(1), line.group(2) or "")
        pos = line.end()
    if meta.fields:
        meta.body_start = pos
    return meta


_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)


def markdown_title(text: str, start: int) -> tuple[str, tuple[int, int] | None]:
    """The first Markdown heading after ``start`` and its span, if there is one near the top."""
    match = _HEADING.search(text, start)
    if match and not text[start:match.start()].strip():
        return match.group(1).strip(), (match.start(), match.end())
    return "", None


_FIRST_LINE = re.compile(r"\s*([^\n]*[^\s])[ \t]*\n[ \t]*\n\s*\S")
_SENTENCE_END = (".", "!", "?", ":", ";")


def headline_span(text: str, start: int) -> tuple[int, int] | None:
    """The headline over the body, if the text has one: a Markdown heading at the top, or a first line of its
    own (a blank line and more text after it) short enough for a headline and ending in no sentence
    punctuation ("Spain pledges 130 million euros for Colombian water"), not a one-line lead paragraph."""
    _, span = markdown_title(text, start)
    if span:
        return span
    first = _FIRST_LINE.match(text, start)
    if first is None:
        return None
    line = first.group(1).rstrip("\"'”’")
    if len(line) > 200 or line.endswith(_SENTENCE_END):
        return None
    return first.start(1), first.end(1)


def title_from_line(line: str, limit: int = 100) -> str:
    """A title from the first paragraph: the whole line if short, else its first words."""
    line = " ".join(line.split())
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
