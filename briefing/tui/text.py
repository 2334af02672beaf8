"""Untrusted text made fit for the screen, without losing the offsets that point into it.

Article text, titles, labels and quotes come from the articles, so they are never parsed as markup:
they become :class:`~textual.content.Content` (or rich ``Text``) built from plain strings, and styles
are applied by offsets. Terminal escape sequences and other control characters are removed for
display; :class:`SafeText` keeps a map from offsets in the original text to offsets in what is shown,
so a quote's ``start``/``end`` still find the right characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.cells import get_character_cell_size
from textual.content import Content

__all__ = ["SafeText", "safe_text", "one_line", "styled", "wrap_offsets", "line_index", "shorten"]

_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI (colours, cursor moves)
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC (titles, hyperlinks)
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # C0 (but tab and newline) and C1 controls, ESC itself
    r"|[\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"  # zero-width and bidi overrides
)
"""What never reaches the terminal. Same sequences as ``export.markdown.strip_controls``, plus the
bidi overrides that could reorder a line on screen (a ``Cf`` character the Markdown export drops too)."""


@dataclass(frozen=True, slots=True)
class SafeText:
    """Text fit for the screen, with a map back from offsets in the original text."""

    plain: str
    """The text as shown: controls removed, tabs as single spaces."""
    runs: tuple[tuple[int, int, int], ...]
    """Kept runs of the original as ``(original_start, original_end, shown_start)``, in order."""

    def offset(self, original: int) -> int:
        """Where original offset ``original`` lands in :attr:`plain` (removed text maps to its end)."""
        index = bisect_right([run[0] for run in self.runs], original) - 1
        if index < 0:
            return 0
        start, end, shown = self.runs[index]
        return shown + min(original, end) - start

    def span(self, start: int, end: int) -> tuple[int, int]:
        """An original ``[start, end)`` span as a span of :attr:`plain`."""
        return self.offset(start), self.offset(end)


def safe_text(text: str) -> SafeText:
    """``text`` with control sequences removed, and the map back to its offsets."""
    pieces: list[str] = []
    runs: list[tuple[int, int, int]] = []
    shown = position = 0
    for match in _CONTROL.finditer(text):
        if match.start() > position:
            runs.append((position, match.start(), shown))
            pieces.append(text[position:match.start()])
            shown += match.start() - position
        position = match.end()
    if position < len(text) or not runs:
        runs.append((position, len(text), shown))
        pieces.append(text[position:])
    return SafeText("".join(pieces).replace("\t", " "), tuple(runs))


def one_line(text: str) -> str:
    """Untrusted ``text`` as one line of plain characters (controls gone, whitespace collapsed)."""
    return " ".join(safe_text(text).plain.split())


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def styled(text: str, spans: Iterable[tuple[int, int]], style: str) -> Content:
    """``text`` (untrusted) as Content with ``style`` on each ``[start, end)`` span of the original."""
    safe = safe_text(text)
    content = Content(safe.plain)
    for start, end in spans:
        shown_start, shown_end = safe.span(start, end)
        content = content.stylize(style, shown_start, shown_end)
    return content


def _cells(text: str, start: int, end: int) -> list[int]:
    return [get_character_cell_size(ch) for ch in text[start:end]]


def _wrap_paragraph(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` (no newline inside) into spans of at most ``width`` cells."""
    lines: list[tuple[int, int]] = []
    sizes = _cells(text, start, end)
    position = start
    while position < end:
        used, stop = 0, position
        while stop < end and used + sizes[stop - start] <= width:
            used += sizes[stop - start]
            stop += 1
        if stop == end:
            lines.append((position, end))
            break
        space = text.rfind(" ", position, stop + 1)
        if space > position:
            lines.append((position, space))
            stop = space
        else:  # one word wider than the line: cut it (at least one character, so the loop ends)
            stop = max(stop, position + 1)
            lines.append((position, stop))
        while stop < end and text[stop] == " ":
            stop += 1
        position = stop
    return lines or [(start, start)]


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Lines of ``text`` wrapped to ``width`` cells, as ``(start, end)`` offsets into ``text``.

    Every line is a slice of the text (so a highlight by offset is a highlight on screen); newlines
    end lines, and the spaces where a line was broken belong to no line.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        lines.extend(_wrap_paragraph(text, start, end, width))
        start = end + 1
    return lines


def line_index(lines: Sequence[tuple[int, int]], offset: int) -> int:
    """Index of the line holding ``offset`` (the last line whose start is at or before it)."""
    return max(0, bisect_right([line[0] for line in lines], offset) - 1)
