"""Messages between the pipeline worker, the screens and the app: small and immutable in spirit.

The worker thread only ever posts these; handlers on the app own every widget change.
"""

from __future__ import annotations

from textual.message import Message

from briefing.model import Briefing
from briefing.signals import Progress

__all__ = ["PipelineProgress", "BriefingReady", "PipelineFailed", "ExportFinished"]


class PipelineProgress(Message):
    """The pipeline reported progress; a burst of these collapses into the latest."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress
        """Stage, units done and total, as the pipeline reported them."""

    def can_replace(self, message: Message) -> bool:
        """Any later progress report makes this one stale."""
        return isinstance(message, PipelineProgress)


class BriefingReady(Message):
    """The pipeline finished (the briefing may have no article if nothing was readable)."""

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        """The result, skipped inputs included."""


class PipelineFailed(Message):
    """The pipeline could not produce a briefing; ``error`` is one line for the user."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error
        """What went wrong, without a traceback."""


class ExportFinished(Message):
    """An export was attempted: ``error`` is None when ``path`` was written."""

    def __init__(self, path: str, error: str | None = None, replaced: bool = False) -> None:
        super().__init__()
        self.path = path
        """Where the Markdown went (or would have gone)."""
        self.error = error
        """One-line reason it was not written, if it was not."""
        self.replaced = replaced
        """True when an existing file was replaced after confirmation."""
