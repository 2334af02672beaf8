"""The quotes of the selected item, each verbatim under the outlet, date and title of its article."""

from __future__ import annotations

from textual.widgets.option_list import Option

from briefing.model import Briefing, Item, Quote
from briefing.tui.present import claims_by_article, quote_matches, quote_prompt
from briefing.tui.widgets.pane_list import PaneList

__all__ = ["QuoteList"]


class QuoteList(PaneList):
    """Quotes backing one item; Enter opens the highlighted one in its article."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._quotes: dict[str, Quote] = {}

    def show(self, briefing: Briefing, item: Item | None, query: str = "") -> None:
        """List the quotes of ``item``: those matching ``query``, or all when none does."""
        quotes = list(item.quotes) if item else []
        matching = [q for q in quotes if quote_matches(q, query)]
        shown = matching or quotes  # the item matched by its own text: its quotes are still the evidence
        claims = claims_by_article(item) if item else {}
        discrepant = bool(item and item.facts.get("discrepancies"))
        self._quotes = {f"q{n}": quote for n, quote in enumerate(shown)}
        options: list[Option | None] = []
        for key, quote in self._quotes.items():
            prompt = quote_prompt(briefing, quote, claims.get(quote.article_id, ()), query, discrepant)
            options += [Option(prompt, id=key), None]  # None: a rule between quotes
        self.set_options(options[:-1])
        self.action_first()

    @property
    def shown(self) -> list[Quote]:
        """The quotes listed (after filtering), in order."""
        return list(self._quotes.values())

    @property
    def quote(self) -> Quote | None:
        """The highlighted quote."""
        return self._quotes.get(self.highlighted_id or "")
