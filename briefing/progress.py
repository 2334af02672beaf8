"""A progress bar on stderr for long exports, fed by the pipeline's :class:`~briefing.pipeline.Progress`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from briefing.signals import Progress

__all__ = ["progress_reporter", "STAGES"]

STAGES = {"read": "Reading", "parse": "Analysing articles", "cluster": "Clustering", "write": "Writing topics"}
"""What each pipeline stage is called on screen."""


@contextmanager
def progress_reporter(enabled: bool = True, min_total: int = 5) -> Iterator[Callable[[Progress], None]]:
    """Yield an ``on_progress`` callback drawing a rich bar on stderr (a no-op when not enabled).

    Stages with fewer than ``min_total`` units draw nothing: a bar for three articles is noise.
    """
    if not enabled:
        yield lambda progress: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

    bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
              console=Console(stderr=True), transient=True)
    tasks: dict[str, int] = {}

    def report(progress: Progress) -> None:
        if progress.total < min_total:
            return
        if progress.stage not in tasks:
            tasks[progress.stage] = bar.add_task(STAGES.get(progress.stage, progress.stage), total=progress.total)
        bar.update(tasks[progress.stage], completed=progress.done, total=progress.total)

    with bar:
        yield report
