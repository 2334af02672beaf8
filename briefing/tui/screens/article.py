"""One article, whole, with the quote (or mention) that led here highlighted and in view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.model import Article
from briefing.tui.present import article_meta
from briefing.tui.text import one_line
from briefing.tui.widgets.article_view import ArticleView

__all__ = ["ArticleScreen"]


def _heading(article: Article, span: tuple[int, int], what: str) -> Content:
    parts: list[Content | str | tuple[str, str]] = [(one_line(article.title) or one_line(article.path), "bold"), "\n",
                                                   article_meta(article, title_limit=0), "\n",
                                                   (f"{one_line(article.path)} · {what} at characters "
                                                    f"{span[0]}–{span[1]}", "dim")]
    if article.url:
        parts += ["\n", (one_line(article.url), "dim")]
    return Content.assemble(*parts)


class ArticleScreen(Screen[None]):
    """The article text; Escape returns to the screen (and selection) it was opened from."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back", tooltip="Return exactly where you were"),
    ]

    def __init__(self, article: Article, span: tuple[int, int], marks: Sequence[tuple[int, int]] = (),
                 what: str = "quote") -> None:
        super().__init__()
        self.article = article
        """The article shown."""
        self.span = span
        """The highlighted span (offsets into ``article.text``)."""
        self._marks = marks
        self._what = what

    def compose(self) -> ComposeResult:
        yield Static(_heading(self.article, self.span, self._what), id="article-head")
        yield ArticleView(self.article.text, self.span, self._marks, id="article")
        yield Footer()

    def on_mount(self) -> None:
        """Focus the text so arrows scroll it."""
        self.query_one(ArticleView).focus()

    @property
    def view(self) -> ArticleView:
        """The article text widget."""
        return self.query_one(ArticleView)

    def action_back(self) -> None:
        """Close the article."""
        self.dismiss()
