"""The terminal app (Textual). Only the CLI imports it, lazily; nothing in the core does."""

from briefing.tui.app import BriefingApp, make_app, run_app

__all__ = ["BriefingApp", "make_app", "run_app"]
