"""What shows while the pipeline runs, and instead of the briefing when it fails."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import ProgressBar, Static

from briefing.model import Skipped
from briefing.signals import Progress
from briefing.progress import STAGES
from briefing.tui.text import one_line

__all__ = ["ProgressPanel", "describe"]


def describe(progress: Progress) -> str:
    """One line for the user: the stage and, for articles, how many of how many."""
    if progress.stage == "read":
        if progress.done < progress.total:
            return "Reading the inputs…"
        return "Loading the language model…"
    name = STAGES.get(progress.stage, progress.stage.capitalize())
    if progress.stage in ("parse", "write"):  # articles, then topics
        return f"{name}: {progress.done} of {progress.total}"
    return f"{name}…"


class ProgressPanel(Vertical):
    """A stage line and a bar of articles processed, or a failure and the inputs that were skipped."""

    def compose(self) -> ComposeResult:
        yield Static(Content("Starting…"), id="progress-stage")
        yield ProgressBar(id="progress-bar", show_eta=False)
        yield Static(Content(""), id="progress-detail")

    def show_progress(self, progress: Progress) -> None:
        """Show one progress report; the bar counts articles while they are analysed."""
        self.remove_class("-failed")
        self.query_one("#progress-stage", Static).update(Content(describe(progress)))
        bar = self.query_one(ProgressBar)
        if progress.stage in ("parse", "cluster", "write"):
            bar.update(total=max(1, progress.total), progress=progress.done)

    def show_failure(self, error: str, skipped: Sequence[Skipped] = (), hint: str = "") -> None:
        """Replace the bar with ``error``, the inputs that could not be used and a ``hint`` line."""
        self.add_class("-failed")
        self.query_one("#progress-stage", Static).update(Content.styled(one_line(error), "bold $error"))
        lines = [Content(hint)]
        if skipped:
            lines.insert(0, Content.styled("Skipped inputs:", "bold"))
            for entry in skipped:
                lines.insert(-1, Content(f"  {one_line(entry.path)}: {one_line(entry.reason)}"))
        self.query_one("#progress-detail", Static).update(Content("\n").join(lines))
