"""Bytes to text: binary detection, UTF-8 with a legacy fallback, a language check."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["SkipArticle", "decode_bytes", "english_share", "check_article_text", "binary_kind", "TextCounts",
           "text_counts"]


class SkipArticle(Exception):
    """This input cannot be used; the message is the one-line reason shown to the user."""


_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive",
    b"RIFF": "a RIFF media file",
}


def binary_kind(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` is, or None if it looks like text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return "a binary file"
    return None


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode ``data`` as UTF-8 (BOM allowed), else cp1252, else latin-1.

    Returns the text and a warning when a legacy encoding was used.
    Raises :class:`SkipArticle` for binary data.
    """
    kind = binary_kind(data)
    if kind:
        raise SkipArticle(f"not text ({kind})")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise SkipArticle("broken UTF-16 text") from None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        where = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, f"not valid UTF-8 (byte {where}); read as {encoding}"
    raise SkipArticle("undecodable text")  # pragma: no cover - latin-1 decodes any bytes


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

_STOP = frozenset(
    """a about after against all also an and any are as at be been before being between both but by can could
    did do does during each for from had has have he her here him his how i if in into is it its may more most
    must no not of on one only or other our out over said says she should so some such than that the their them
    then there these they this those through to under up was we were what when where which while who will with
    would you""".split()
)
"""Frequent English function words; news in English is rarely below 20 % of these."""


def english_share(text: str) -> float:
    """Share of words in ``text`` that are frequent English function words (0.0 for no words)."""
    words = _WORD.findall(text[:20000])
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in _STOP) / len(words)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPACE = re.compile(r"\s")  # for str patterns, exactly the characters str.isspace() accepts
_SYMBOL = re.compile(r"[^\w\s.,;:'\"()\-]|_")  # visible, neither str.isalnum() nor ordinary punctuation


class TextCounts(NamedTuple):
    """Character classes of a text sample, counted in C rather than a Python loop per character."""

    controls: int
    """Control characters other than tab, newline and carriage return."""
    visible: int
    """Characters that are not whitespace."""
    wordlike: int
    """Letters, digits and ordinary punctuation (.,;:'"()-)."""


def text_counts(sample: str) -> TextCounts:
    """The counts :func:`check_article_text` judges a text by."""
    visible = len(sample) - len(_SPACE.findall(sample))
    # Symbols are few in text: counting them (and subtracting) builds far smaller lists than counting letters.
    return TextCounts(len(_CONTROL.findall(sample)), visible, visible - len(_SYMBOL.findall(sample)))


def check_article_text(text: str, *, min_words: int, min_english_share: float) -> None:
    """Raise :class:`SkipArticle` if ``text`` is empty, control junk or not English."""
    words = _WORD.findall(text[:20000])
    if len(words) < min_words:
        raise SkipArticle("empty (no article text)" if not words else f"too short ({len(words)} words)")
    sample = text[:20000]
    counts = text_counts(sample)
    if counts.controls > len(sample) * 0.1:
        raise SkipArticle("not text (mostly control characters)")
    if counts.wordlike < 0.6 * counts.visible:
        raise SkipArticle("not text (mostly symbols: binary or garbled data)")
    share = english_share(text)
    if share < min_english_share:
        raise SkipArticle(f"not English (only {share:.0%} common English words)")
