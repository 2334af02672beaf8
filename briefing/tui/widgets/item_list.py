"""The sections pane: the selected topic's event card and sections, each with its items."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Item, Section
from briefing.tui.present import item_matches, item_prompt
from briefing.tui.text import one_line
from briefing.tui.widgets.pane_list import PaneList

__all__ = ["ItemList"]


def _heading(section: Section, shown: int) -> Option:
    count = f"  {shown}" if section.items else ""
    return Option(Content.assemble((one_line(section.title).upper(), "bold $secondary"), (count, "dim")),
                  disabled=True)


def _note(text: str) -> Option:
    return Option(Content.styled(text, "italic dim"), disabled=True)


class ItemList(PaneList):
    """Items grouped under section headings; headings and notes cannot be highlighted."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: dict[str, tuple[Section, Item]] = {}
        self.border_title = "Sections"

    def show(self, sections: Sequence[Section], query: str = "", keep: str | None = None) -> None:
        """List ``sections``, keeping only items that match ``query``; re-highlight ``keep`` if still listed."""
        self._rows = {}
        options: list[Option] = []
        for number, section in enumerate(sections):
            items = [(i, item) for i, item in enumerate(section.items) if item_matches(item, query)]
            if query and not items:
                continue  # while filtering, a section with no match is noise
            options.append(_heading(section, len(items)))
            if not section.items:
                options.append(_note("  Nothing found in these articles."))
            for index, item in items:
                row_id = f"s{number}i{index}"
                self._rows[row_id] = (section, item)
                options.append(Option(item_prompt(item, query), id=row_id))
        if query and not self._rows:
            options.append(_note(f"No item or quote matches “{one_line(query)}”."))
        self.set_options(options)
        self.highlight_id(keep)

    @property
    def rows(self) -> list[tuple[Section, Item]]:
        """The items listed (after filtering), in order, each with its section."""
        return list(self._rows.values())

    @property
    def current(self) -> tuple[Section, Item] | None:
        """The highlighted item and its section."""
        return self._rows.get(self.highlighted_id or "")
