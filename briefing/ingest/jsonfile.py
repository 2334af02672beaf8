"""JSON and JSON Lines exports: one article per record, field names from ``[ingest.json]``.

``.json`` holds one object, a list of objects, or ``{"articles": [...]}``; ``.jsonl`` one object per
line. Each record becomes an article labelled ``file#N`` (N = 1-based record number; for JSON Lines
the line number). A record that cannot be used is reported on its own (``file#N``, or ``file:N`` for a
line that is not JSON) and the others are kept; only a file with no usable record is skipped whole
(see :mod:`briefing.ingest.records`). A body stored as HTML is turned into text by trafilatura.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timezone
from functools import partial
from typing import Any

from briefing.ingest import ReadContext, _wire_credit, make_article
from briefing.ingest.dates import normalise_date
from briefing.ingest.decode import SkipArticle, decode_bytes
from briefing.ingest.html import html_to_text, looks_like_html
from briefing.ingest.records import Attempt, Records, collect, one_line, require_content
from briefing.model import Article

__all__ = ["read_json", "read_jsonl", "record_article"]

_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}

_CONTAINERS = ("articles", "items", "entries", "data", "results")
"""Keys under which exports commonly nest their list of articles."""


def _loads(text: str, one_line: bool = False) -> Any:
    """``json.loads`` with every failure (syntax, nesting depth, huge numbers) as a one-line reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if one_line else f"line {exc.lineno}, column {exc.colno}"
        raise SkipArticle(f"invalid JSON ({exc.msg}: {where})") from None
    except RecursionError:
        raise SkipArticle("invalid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise SkipArticle(f"invalid JSON ({one_line(exc)})") from None


def _lookup(record: dict[str, Any], names: list[str]) -> Any:
    """The first non-empty value among ``names`` (exact key first, then ignoring case)."""
    folded = {str(k).casefold(): v for k, v in record.items()}
    for name in names:
        value = record.get(name, folded.get(name.casefold()))
        if value not in (None, "", [], {}):
            return value
    return None


def _as_line(value: Any) -> str:
    """A metadata value as one line: lists joined (several authors), objects by their name."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, list):
        return ", ".join(filter(None, (_as_line(v) for v in value)))
    if isinstance(value, dict):
        return _as_line(_lookup(value, ["name", "title", "text"]))
    text = str(value)
    return " ".join((html_to_text(text) if looks_like_html(text) else text).split())


def _as_body(value: Any) -> str:
    """The article body: a string (HTML turned into text) or a list of paragraphs."""
    if isinstance(value, list):
        return "\n\n".join(filter(None, (_as_body(v) for v in value)))
    if isinstance(value, dict):
        return _as_body(_lookup(value, ["text", "body", "content", "value"]))
    if not isinstance(value, str):
        return ""
    return html_to_text(value) if looks_like_html(value) else value.strip()


def _epoch(value: float) -> str:
    """Seconds (or milliseconds) since 1970 as ISO 8601 UTC, for plausible news-era values only."""
    seconds = value / 1000 if 1e12 <= value < 1e13 else value
    if not 1e8 <= seconds < 1e10:
        return ""
    return datetime.fromtimestamp(seconds, timezone.utc).isoformat()


def _as_date(value: Any) -> tuple[str, list[str]]:
    """ISO date and, if the record's date could not be read, a warning saying it was left out."""
    if value is None:
        return "", []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        iso = _epoch(float(value))
    else:
        iso = normalise_date(_as_line(value))
    return iso, [] if iso else [f"date {str(value)[:40]!r} not understood; left out"]


def record_article(label: str, record: Any, ctx: ReadContext, warnings: Sequence[str] = ()) -> Article:
    """One JSON record as an :class:`Article`; raises :class:`SkipArticle` if it has no usable text."""
    if not isinstance(record, dict):
        raise SkipArticle(f"not a JSON object (a JSON {_JSON_TYPES.get(type(record), 'value')})")
    names = ctx.config["ingest"]["json"]
    text = _as_body(_lookup(record, names["text"]))
    if not text:
        raise SkipArticle(f"no article text (tried fields: {', '.join(names['text'])})")
    published, date_warnings = _as_date(_lookup(record, names["date"]))
    source = _as_line(_lookup(record, names["source"])) or _wire_credit(text, 0)
    return make_article(
        label, text, ctx, warnings=[*warnings, *date_warnings], title=_as_line(_lookup(record, names["title"])),
        source=source, author=_as_line(_lookup(record, names["author"])), published=published,
        url=_as_line(_lookup(record, names["url"])),
    )


def _records(value: Any, text_fields: list[str]) -> list[Any]:
    """The records of a parsed ``.json`` file."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        if _lookup(value, text_fields) is not None:
            return [value]
        for key in _CONTAINERS:
            if isinstance(value.get(key), list):
                return value[key]
    raise SkipArticle("no articles in this JSON (expected an object, a list of objects or {\"articles\": [...]})")


def _attempt(label: str, n: int, record: Any, ctx: ReadContext, warnings: list[str]) -> Attempt:
    return f"{label}#{n}", partial(record_article, f"{label}#{n}", record, ctx, warnings)


def read_json(label: str, data: bytes, ctx: ReadContext) -> Records:
    """A ``.json`` file: one article, or one per record of its list."""
    require_content(data)
    text, warning = decode_bytes(data)
    warnings = [warning] if warning else []
    records = _records(_loads(text), ctx.config["ingest"]["json"]["text"])
    return collect(label, [_attempt(label, n, r, ctx, warnings) for n, r in enumerate(records, 1)])


def _broken_line(reason: str) -> Article:
    raise SkipArticle(reason)


def read_jsonl(label: str, data: bytes, ctx: ReadContext) -> Records:
    """A ``.jsonl`` file: one article per line; a broken line is reported as ``file:N`` and skipped."""
    require_content(data)
    text, warning = decode_bytes(data)
    warnings = [warning] if warning else []
    attempts = []
    # Split on "\n" only: str.splitlines would also cut at U+2028, which JSON allows inside strings.
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            attempts.append(_attempt(label, n, _loads(line, one_line=True), ctx, warnings))
        except SkipArticle as exc:
            attempts.append((f"{label}:{n}", partial(_broken_line, str(exc))))
    return collect(label, attempts, kind="line")
