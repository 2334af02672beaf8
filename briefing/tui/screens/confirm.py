"""A yes/no question; used before replacing a file."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

__all__ = ["ConfirmScreen"]


class ConfirmScreen(ModalScreen[bool]):
    """Answers True for y (or the Replace button), False for n, Escape or Cancel."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm", tooltip="Yes, go ahead"),
        Binding("n", "answer(False)", "No", show=False, id="deny", tooltip="No, leave it"),
        Binding("escape", "answer(False)", "No", id="back", tooltip="No, leave it"),
    ]

    def __init__(self, question: Content, yes: str = "Replace") -> None:
        super().__init__()
        self.question = question
        """What is asked (built as Content: it may contain a path the user typed)."""
        self._yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(self.question)
            yield Static(Content.styled("y: yes · n or Escape: no", "dim"))
            with Horizontal(id="confirm-buttons"):
                yield Button(self._yes, variant="warning", id="yes")
                yield Button("Cancel", id="no")

    def on_mount(self) -> None:
        """Focus Cancel: Enter alone never replaces a file."""
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """Close with this answer."""
        self.dismiss(yes)
