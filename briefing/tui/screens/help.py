"""Every key binding, where it works, and what it does (with the keys as remapped by config)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.screen import ModalScreen
from textual.widgets import Static

__all__ = ["HelpScreen", "HelpRow"]

HelpRow = tuple[str, str, str]
"""``(keys, description, tooltip)`` of one binding."""


def _table(groups: Sequence[tuple[str, Sequence[HelpRow]]]) -> Group:
    # rich Text (never a str, which rich would parse as markup) in a table that wraps the last column.
    parts: list[RenderableType] = []
    for title, rows in groups:
        table = Table(box=None, show_header=False, expand=True, padding=(0, 2, 0, 0),
                      title=Text(title, style="bold"), title_justify="left")
        table.add_column(no_wrap=True, style="bold")
        table.add_column(no_wrap=True)
        table.add_column(ratio=1, style="dim")
        for keys, description, tooltip in rows:
            table.add_row(Text(keys), Text(description), Text(tooltip))
        parts += [table, Text("")]
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """A scrollable table of bindings grouped by where they apply; Escape or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="back", tooltip="Close the help"),
        Binding("question_mark", "close", "Close", show=False, id="help", tooltip="Close the help"),
        Binding("j", "scroll_down", "Down", show=False, id="cursor_down", tooltip="Scroll down"),
        Binding("k", "scroll_up", "Up", show=False, id="cursor_up", tooltip="Scroll up"),
    ]

    def __init__(self, groups: Sequence[tuple[str, Sequence[HelpRow]]]) -> None:
        super().__init__()
        self.groups = groups
        """What the table lists: ``(where, rows)`` pairs."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "Escape closes"
            yield Static(_table(self.groups), id="help-table")

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss()

    def action_scroll_down(self) -> None:
        """Scroll the table down."""
        self.query_one("#help-body", VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        """Scroll the table up."""
        self.query_one("#help-body", VerticalScroll).scroll_up()
