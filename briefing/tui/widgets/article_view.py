"""A whole article, wrapped by our own offsets so a quote can be highlighted and scrolled to exactly."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.text import SafeText, line_index, safe_text, wrap_offsets

__all__ = ["ArticleView"]


class ArticleView(ScrollView, can_focus=True):
    """Read-only article text with one highlighted span (the quote) and marked spans (entities).

    The text is wrapped here rather than by Textual so that every screen line is a known slice of the
    text: the line holding the quote is then a lookup, not a guess.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-view--span", "article-view--mark"}
    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        padding: 0 1;
        overflow-y: scroll;  /* always there, so the wrap width does not change when it appears */
        scrollbar-size-vertical: 1;
        & > .article-view--span { background: $accent 35%; text-style: bold; }
        & > .article-view--mark { text-style: bold underline; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False, id="cursor_down", tooltip="Scroll down (or the down arrow)"),
        Binding("k", "scroll_up", "Up", show=False, id="cursor_up", tooltip="Scroll up (or the up arrow)"),
    ]

    def __init__(self, text: str, span: tuple[int, int], marks: Sequence[tuple[int, int]] = (), *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.source: SafeText = safe_text(text)
        """The article as shown, with the map from original offsets."""
        self.span = span
        """The highlighted span, as offsets into the original article text."""
        self.shown_span = self.source.span(*span)
        """The same span in :attr:`source`'s ``plain`` text."""
        self.marks = [self.source.span(a, b) for a, b in marks]
        """Secondary highlights (entities, amounts) in shown offsets."""
        self.lines: list[tuple[int, int]] = []
        """Screen lines as ``(start, end)`` offsets into the shown text."""
        self._width = 0

    @property
    def highlighted_text(self) -> str:
        """The characters drawn with the span highlight."""
        return self.source.plain[slice(*self.shown_span)]

    @property
    def span_line(self) -> int:
        """Index of the screen line where the highlighted span starts."""
        return line_index(self.lines, self.shown_span[0])

    def _rewrap(self) -> None:
        width = max(1, self.scrollable_content_region.width)
        if width != self._width:
            self._width = width
            self.lines = wrap_offsets(self.source.plain, width)
            self.virtual_size = Size(width, len(self.lines))

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap to the new width and keep the span in view."""
        self._rewrap()
        self.scroll_to_span()

    def scroll_to_span(self) -> None:
        """Scroll so the span starts a third of the way down (or at the top if it is long)."""
        self._rewrap()
        first = self.span_line
        last = line_index(self.lines, max(self.shown_span[0], self.shown_span[1] - 1))
        height = max(1, self.scrollable_content_region.height)
        room = height - (last - first + 1)
        self.scroll_to(y=max(0, first - max(0, min(room, height // 3))), animate=False, immediate=True)

    def _line_text(self, index: int, base: Style) -> Text:
        start, end = self.lines[index]
        text = Text(self.source.plain[start:end], style=base, no_wrap=True, end="")
        layers = [(self.marks, self.get_component_rich_style("article-view--mark")),
                  ([self.shown_span], self.get_component_rich_style("article-view--span"))]
        for spans, style in layers:
            for a, b in spans:
                if a < end and b > start:
                    text.stylize(style, max(a, start) - start, min(b, end) - start)
        return text

    def render_line(self, y: int) -> Strip:
        """One screen line: a slice of the article with the highlights that fall in it."""
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if width != self._width:  # a width change that came without a Resize (e.g. a scrollbar)
            self.call_after_refresh(self.scroll_to_span)
        base = self.rich_style
        if not 0 <= index < len(self.lines):
            return Strip.blank(width, base)
        text = self._line_text(index, base)
        segments = [s for s in text.render(self.app.console) if s.text != "\n"]
        return Strip(segments, text.cell_len).crop_extend(scroll_x, scroll_x + width, base)
