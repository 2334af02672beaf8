"""Asks where to write the Markdown export."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

__all__ = ["ExportScreen"]


class ExportScreen(ModalScreen[str | None]):
    """A path prompt: Enter answers the path, Escape answers None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="back", tooltip="Do not export"),
    ]

    def __init__(self, default: str, blink: bool = True) -> None:
        super().__init__()
        self.default = default
        """The path offered."""
        self._blink = blink

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog") as dialog:
            dialog.border_title = "Export to Markdown"
            yield Static(Content("Write the briefing to this file (Enter writes, Escape cancels):"))
            path = Input(self.default, id="export-path", select_on_focus=False)
            path.set_reactive(Input.cursor_blink, self._blink)
            yield path

    @on(Input.Submitted, "#export-path")
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)
