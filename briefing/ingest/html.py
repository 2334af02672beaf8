"""Saved web pages: the main text and metadata, extracted by trafilatura (offline, never fetching).

``Article.text`` is the extracted main text with one blank line between paragraphs; every offset
indexes it, and the JSON export carries it. Navigation, footers, comments, related links and tables are
left out (trafilatura with ``favor_precision``). When the extracted text starts with the headline, the
headline is metadata: ``body_start`` moves past it, as for a title line in a text file.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Callable
from typing import TypeVar

import trafilatura
from trafilatura.settings import set_date_params

from briefing.ingest import ReadContext, _wire_credit, make_article
from briefing.ingest.dates import normalise_date
from briefing.ingest.decode import SkipArticle, binary_kind, decode_bytes
from briefing.ingest.records import one_line, require_content
from briefing.model import Article

__all__ = ["read_html", "html_to_text", "looks_like_html", "as_paragraphs", "run_parser"]

for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    # These libraries log parse trouble at ERROR; with no handler Python prints it to stderr, which
    # would scribble over the TUI. A NullHandler keeps it quiet unless the application configures logging.
    logging.getLogger(_name).addHandler(logging.NullHandler())

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)

_TAG = re.compile(
    r"<(?:p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img|article|section"
    r"|table|tr|td|html|body)\b[^<>]{0,500}>|&(?:amp|lt|gt|quot|nbsp|#\d{1,6}|#x[0-9a-f]{1,6});",
    re.I,
)

T = TypeVar("T")


def looks_like_html(text: str) -> bool:
    """True if ``text`` has HTML tags or entities (e.g. a JSON body or feed summary stored as HTML)."""
    return _TAG.search(text) is not None


def run_parser(what: str, call: Callable[[], T]) -> T:
    """Run a third-party parser; whatever it raises on hostile markup becomes a skip, not a crash."""
    try:
        return call()
    except SkipArticle:
        raise
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura raise many types on broken input
        raise SkipArticle(f"{what} failed ({type(exc).__name__}: {one_line(exc)})") from None


def _decode_page(data: bytes) -> tuple[str, str | None]:
    """UTF-8, else the charset the page declares, else :func:`decode_bytes`' legacy fallback."""
    kind = binary_kind(data)
    if kind:
        raise SkipArticle(f"not text ({kind})")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            codecs.lookup(name)
            return data.decode(name), None
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


def as_paragraphs(text: str) -> str:
    """One paragraph per non-empty line, separated by blank lines, so paragraph splitting is exact."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry, a JSON body): all of it, paragraphs kept, markup gone."""
    page = f"<html><body><article>{fragment}</article></body></html>"
    text = run_parser("HTML parsing", lambda: trafilatura.extract(
        page, favor_recall=True, include_comments=False, include_tables=False, include_links=False,
        include_images=False, with_metadata=False))
    if not text:
        text = run_parser("HTML parsing", lambda: trafilatura.html2txt(page))
    return as_paragraphs(text or "")


def _extract(page: str) -> trafilatura.settings.Document | None:
    return run_parser("HTML extraction", lambda: trafilatura.bare_extraction(
        page, with_metadata=True, favor_precision=True, include_comments=False, include_tables=False,
        include_links=False, include_images=False, include_formatting=False,
        # No extensive search: only dates the page states in its markup, none guessed from stray numbers.
        date_extraction_params=set_date_params(extensive=False)))


def _after_headline(text: str, title: str) -> int:
    """Where the body starts: after a first paragraph that repeats the headline, else 0."""
    first, sep, _ = text.partition("\n\n")
    if title and sep and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return len(first) + len(sep)
    return 0


def read_html(label: str, data: bytes, ctx: ReadContext) -> list[Article]:
    """A saved HTML page: its main text, title, site name, author, date and URL."""
    require_content(data)
    page, warning = _decode_page(data)
    if not looks_like_html(page):
        raise SkipArticle("not an HTML page (no HTML markup found)")
    doc = _extract(page)
    text = as_paragraphs(doc.text or "") if doc is not None else ""
    if not text.strip():
        raise SkipArticle("no article text found in the HTML page")
    title = doc.title or ""
    body_start = _after_headline(text, title)
    return [make_article(
        label, text, ctx, body_start=body_start, warnings=[warning] if warning else [],
        title=title, source=doc.sitename or _wire_credit(text, body_start), author=doc.author or "",
        published=normalise_date(doc.date or ""), url=doc.url or "",
    )]
