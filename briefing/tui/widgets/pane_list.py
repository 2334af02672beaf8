"""The list every pane is built on: an OptionList that never parses markup and knows j/k."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import OptionDoesNotExist

__all__ = ["PaneList"]


class PaneList(OptionList):
    """An OptionList whose prompts are plain text or Content, with vi-style movement."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="cursor_down", tooltip="Move down (or the down arrow)"),
        Binding("k", "cursor_up", "Up", show=False, id="cursor_up", tooltip="Move up (or the up arrow)"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        # markup=False: a prompt that is a plain string (say, a file name) is shown as typed.
        super().__init__(id=id, classes=classes, markup=False)

    @property
    def highlighted_id(self) -> str | None:
        """The id of the highlighted option, if any."""
        option = self.highlighted_option
        return option.id if option is not None else None

    def highlight_id(self, option_id: str | None) -> bool:
        """Highlight the option with this id (True), else the first enabled option (False)."""
        if option_id is not None:
            try:
                self.highlighted = self.get_option_index(option_id)
                return True
            except OptionDoesNotExist:
                pass
        self.action_first()
        return False
