"""The evidence pane: what the selected item says, how well it is backed, and its quotes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from briefing.model import Briefing, Item, Quote, Section
from briefing.tui.present import item_header
from briefing.tui.widgets.quote_list import QuoteList

__all__ = ["EvidencePanel"]


class EvidencePanel(Vertical):
    """A header (item, sources, facts, discrepancies) above the list of its quotes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Evidence"

    def compose(self) -> ComposeResult:
        head = VerticalScroll(id="item-head-scroll")
        head.can_focus = False  # Tab goes topics -> items -> quotes; the header scrolls with the mouse
        with head:
            yield Static(Content("Select an item to see its quotes."), id="item-head")
        yield QuoteList(id="quotes")

    @property
    def quotes(self) -> QuoteList:
        """The list of quotes (focusable)."""
        return self.query_one(QuoteList)

    @property
    def header(self) -> Static:
        """The item summary above the quotes."""
        return self.query_one("#item-head", Static)

    def show(self, briefing: Briefing, row: tuple[Section, Item] | None, query: str = "") -> None:
        """Show the evidence of ``row`` (a section and one of its items), or an empty state."""
        if row is None:
            self.header.update(Content("Select an item to see its quotes."))
            self.quotes.show(briefing, None)
            return
        section, item = row
        self.header.update(item_header(item, section.title))
        self.quotes.show(briefing, item, query)
        shown, total = len(self.quotes.shown), len(item.quotes)
        self.border_title = f"Evidence ({shown} of {total} quotes)" if shown < total else f"Evidence ({total})"

    @property
    def quote(self) -> Quote | None:
        """The highlighted quote."""
        return self.quotes.quote
