"""The filter input: `/` opens it, typing filters items and quotes, Enter keeps, Escape clears."""

from __future__ import annotations

from textual.widgets import Input

__all__ = ["FilterBar"]


class FilterBar(Input):
    """A one-line filter; hidden until asked for."""

    DEFAULT_CSS = """
    FilterBar { display: none; }
    FilterBar.-active { display: block; }
    """

    def __init__(self, *, id: str | None = None, blink: bool = True) -> None:
        super().__init__(placeholder="Filter items and quotes (Enter keeps, Escape clears)", id=id)
        self.set_reactive(Input.cursor_blink, blink)  # tests switch blinking off for stable screenshots

    @property
    def active(self) -> bool:
        """Whether the bar is shown."""
        return self.has_class("-active")

    def open(self) -> None:
        """Show the bar and focus it."""
        self.add_class("-active")
        self.focus()

    def close(self) -> None:
        """Clear the filter and hide the bar."""
        self.value = ""
        self.remove_class("-active")
