"""Small types the pipeline shares with its front ends, importable without spaCy or scikit-learn.

The app imports these at start-up and the heavy pipeline only inside its worker, so its first
screen appears before the NLP libraries have loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Progress", "Cancelled", "ModelError"]


@dataclass(frozen=True, slots=True)
class Progress:
    """A progress report: ``stage`` is read, parse, cluster or write; ``done`` of ``total`` units."""

    stage: str
    done: int
    total: int


class Cancelled(Exception):
    """``is_cancelled`` returned True; no briefing was produced."""


class ModelError(Exception):
    """The configured spaCy pipeline cannot be loaded (one-line message)."""
