"""Cleaning that never loses the way back to the article text.

The cleaned text is what spaCy reads: captions, credits and boilerplate removed, glued sentences
("in London.The goal") given their missing space, control characters blanked. It is built from
*pieces* of the original text plus a few inserted separators, and :class:`CleanText` maps any span
of the cleaned text back to the original spans it came from. A span that crosses a removed caption
maps to two original spans, never to one that would include the caption.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

__all__ = ["CleanRules", "CleanText", "clean_text", "paragraph_spans"]

_CONTROL = {i: " " for i in (*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160))}
"""Same-length blanking of control characters, so offsets still hold."""

_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]|\x9b[0-?]*[ -/]*[@-~]")
"""Terminal escape sequences (CSI, OSC, two-character); blanked whole, so "[31m" is not left as text."""


def blank_controls(text: str) -> str:
    """``text`` with escape sequences and control characters replaced by spaces (same length)."""
    text = _ESCAPE.sub(lambda m: " " * len(m.group()), text)
    return text.translate(_CONTROL)


@dataclass(frozen=True, slots=True)
class CleanRules:
    """Compiled cleaning rules from the ``[clean]`` config table."""

    drop_paragraphs: tuple[re.Pattern[str], ...] = ()
    drop_spans: tuple[re.Pattern[str], ...] = ()
    drop_sentences: tuple[re.Pattern[str], ...] = ()
    repair_glued_sentences: bool = True

    @classmethod
    def from_config(cls, table: dict) -> CleanRules:
        """Compile the regular expressions of a ``[clean]`` table."""
        return cls(
            drop_paragraphs=tuple(re.compile(p) for p in table["drop_paragraphs"]),
            drop_spans=tuple(re.compile(p) for p in table["drop_spans"]),
            drop_sentences=tuple(re.compile(p) for p in table["drop_sentences"]),
            repair_glued_sentences=table["repair_glued_sentences"],
        )

    def is_junk_sentence(self, sentence: str) -> bool:
        """A caption or credit that slipped into running text."""
        return any(p.search(sentence) for p in self.drop_sentences) or any(
            p.search(sentence) for p in self.drop_paragraphs
        )


@dataclass(slots=True)
class CleanText:
    """Cleaned text plus the map back to the original.

    ``pieces`` are ``(clean_start, orig_start, length)``, sorted and non-overlapping; characters of the
    cleaned text outside every piece were inserted (separators) and belong to no original offset.
    """

    text: str
    pieces: list[tuple[int, int, int]]
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    """Paragraph spans in cleaned coordinates; sentences never cross them."""
    removed: list[tuple[int, int]] = field(default_factory=list)
    """Original spans that cleaning removed (captions, credits, metadata), for inspection."""

    def original_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The original spans covered by cleaned ``[start, end)``, merged where contiguous."""
        return [(o0, o1) for _, _, o0, o1 in self.map_span(start, end)]

    def map_span(self, start: int, end: int) -> list[tuple[int, int, int, int]]:
        """``(clean_start, clean_end, orig_start, orig_end)`` runs covering cleaned ``[start, end)``.

        Runs are merged where the original is contiguous (an inserted space does not break a run);
        a run never spans text that cleaning removed.
        """
        out: list[tuple[int, int, int, int]] = []
        first = max(0, bisect.bisect_right(self.pieces, (start, 1 << 62, 0)) - 1)
        for clean_start, orig_start, length in self.pieces[first:]:
            if clean_start >= end:
                break
            lo, hi = max(start, clean_start), min(end, clean_start + length)
            if lo >= hi:
                continue
            o0, o1 = orig_start + lo - clean_start, orig_start + hi - clean_start
            if out and out[-1][3] == o0:
                out[-1] = (out[-1][0], hi, out[-1][2], o1)
            else:
                out.append((lo, hi, o0, o1))
        return out


def paragraph_spans(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Paragraphs of ``text[start:]``: blocks between blank lines, and lines that end a sentence.

    Hard-wrapped prose (lines ending mid-sentence) stays one paragraph; one-paragraph-per-line
    text, common in exports, is split per line.
    """
    for block in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*", text[start:]):
        b0 = start + block.start()
        lines = list(re.finditer(r"[^\n]+", block.group()))
        p0 = lines[0].start()
        for i, line in enumerate(lines):
            tail = line.group().rstrip()
            last = i == len(lines) - 1
            if last or re.search(r"[.!?\"”’)]$", tail) or _looks_like_heading(tail):
                if line.end() > p0:
                    yield b0 + p0, b0 + line.end()
                if not last:
                    p0 = lines[i + 1].start()


def _looks_like_heading(line: str) -> bool:
    return line.lstrip().startswith("#") or (len(line) < 60 and not line.rstrip().endswith((",", ";")) and line[:1].isupper() and line.count(" ") < 8)


_GLUE = re.compile(r"(?<=[a-z0-9)][a-z)][.!?])([\"”’]?)(?=[\"“‘]?[A-Z][a-z])")
"""A sentence end glued to the next sentence ("London.The", "missiles.\"This", "air.\"\"Europe").

Two lowercase letters before the stop keep "U.S.Army" and initials ("J.R.Smith") out."""


def _glue_points(text: str, start: int, end: int) -> list[int]:
    """Offsets inside ``text[start:end]`` where a space belongs."""
    points = []
    for match in _GLUE.finditer(text, start, end):
        closing = match.group(1)
        before = text[start:match.start()]
        if closing and before.count('"') % 2 == 0:
            # An even count before means this quote opens the next sentence: break before it.
            points.append(match.start())
        else:
            points.append(match.end())
    return points


def _kept_spans(text: str, start: int, end: int, rules: CleanRules) -> list[tuple[int, int]]:
    """Spans of one paragraph left after removing credit spans."""
    cuts = sorted((m.start(), m.end()) for p in rules.drop_spans for m in p.finditer(text, start, end))
    spans, cursor = [], start
    for c0, c1 in cuts:
        if c0 > cursor:
            spans.append((cursor, c0))
        cursor = max(cursor, c1)
    if cursor < end:
        spans.append((cursor, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _gaps(start: int, end: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` not covered by ``spans`` (sorted), ignoring bare whitespace."""
    bounds = [start, *(x for span in spans for x in span), end]
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]


def clean_text(text: str, rules: CleanRules, body_start: int = 0) -> CleanText:
    """Clean ``text[body_start:]`` for NLP, keeping the map back to ``text``."""
    work = blank_controls(text)
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    paragraphs: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = [(0, body_start)] if body_start else []
    length = 0

    def emit(orig_start: int, orig_end: int) -> None:
        nonlocal length
        pieces.append((length, orig_start, orig_end - orig_start))
        out.append(work[orig_start:orig_end])
        length += orig_end - orig_start

    def insert(sep: str) -> None:
        nonlocal length
        out.append(sep)
        length += len(sep)

    for p0, p1 in paragraph_spans(work, body_start):
        paragraph = work[p0:p1]
        if not paragraph.strip() or any(rule.search(paragraph) for rule in rules.drop_paragraphs):
            removed.append((p0, p1))
            continue
        if paragraphs:
            insert("\n\n")
        para_start = length
        spans = _kept_spans(work, p0, p1, rules)
        removed.extend(_gaps(p0, p1, spans))
        for i, (s0, s1) in enumerate(spans):
            if i:
                insert(" ")
            cursor = s0
            points = _glue_points(work, s0, s1) if rules.repair_glued_sentences else []
            for point in points:
                emit(cursor, point)
                insert(" ")
                cursor = point
            emit(cursor, s1)
        if length > para_start:
            paragraphs.append((para_start, length))
    return CleanText("".join(out), pieces, paragraphs, removed)


def split_on_paragraphs(start: int, end: int, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a cleaned span ``[start, end)`` where it crosses paragraph boundaries."""
    parts = []
    first = max(0, bisect.bisect_right(paragraphs, (start, 1 << 62)) - 1)
    for p0, p1 in paragraphs[first:]:
        if p0 >= end:
            break
        lo, hi = max(start, p0), min(end, p1)
        if lo < hi:
            parts.append((lo, hi))
    return parts
