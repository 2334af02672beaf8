"""briefing: turn a pile of news articles into a briefing whose every line is backed by verbatim quotes.

The core (``briefing.pipeline``, ``briefing.nlp``, ``briefing.ingest``, ``briefing.export``) never
imports Textual; ``briefing.tui`` is a thin layer over it.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
