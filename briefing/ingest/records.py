"""Files that hold many articles (JSON, JSON Lines, feeds): one bad record never costs the others.

A multi-record reader returns :class:`Records`: the articles it could build plus one
:class:`~briefing.model.Skipped` per unusable record, which :func:`briefing.ingest.read_paths` adds to
its skipped list. Only when *no* record is usable does the reader raise
:class:`~briefing.ingest.decode.SkipArticle`, so a wholly bad file is reported once, by its name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from briefing.ingest.decode import SkipArticle
from briefing.model import Article, Skipped

__all__ = ["Attempt", "Records", "collect", "require_content", "one_line", "MAX_REPORTED"]

MAX_REPORTED = 20
"""Bad records reported one by one per file; the rest are summed up in one line."""


class Records(list[Article]):
    """Articles read from one file, plus the records of that file that were skipped."""

    def __init__(self, articles: Iterable[Article] = (), skipped: Iterable[Skipped] = ()) -> None:
        super().__init__(articles)
        self.skipped: list[Skipped] = list(skipped)
        """One entry per unusable record, labelled ``file#N`` (or ``file:N`` for a broken line)."""


def one_line(value: object, limit: int = 80) -> str:
    """``str(value)`` on one line and at most ``limit`` characters, for a library's error in a reason."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def require_content(data: bytes) -> None:
    """Raise :class:`SkipArticle` for a file that is empty or only whitespace."""
    if not data.strip():
        raise SkipArticle("empty file")


Attempt = tuple[str, Callable[[], Article]]
"""A record's label and the function that builds its article (or raises :class:`SkipArticle`)."""


def collect(label: str, attempts: Iterable[Attempt], kind: str = "record") -> Records:
    """Build every record's article, in file order; raise :class:`SkipArticle` when none is usable."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for record_label, build in attempts:
        try:
            articles.append(build())
        except SkipArticle as exc:
            skipped.append(Skipped(record_label, str(exc)))
    if not articles:
        raise SkipArticle(_none_usable(kind, skipped))
    return Records(articles, _capped(label, skipped))


def _none_usable(kind: str, skipped: list[Skipped]) -> str:
    if not skipped:
        return f"no {kind}s found"
    first = skipped[0]
    return f"no usable {kind} ({len(skipped)} bad; first {first.path}: {first.reason})"


def _capped(label: str, skipped: list[Skipped]) -> list[Skipped]:
    """At most :data:`MAX_REPORTED` lines per file, so a broken export does not flood the report."""
    if len(skipped) <= MAX_REPORTED:
        return skipped
    rest = len(skipped) - MAX_REPORTED
    return [*skipped[:MAX_REPORTED], Skipped(label, f"{rest} more bad records not listed")]
