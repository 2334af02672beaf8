"""A few screenshots of the main screens at fixed sizes (blink and animations off). Assertions on
behaviour live in test_tui.py; these catch layout regressions. Update with --snapshot-update after
looking at the diff (a Textual upgrade is expected to move them)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.model import Briefing
from briefing.tui.app import BriefingApp, make_app

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def relative_briefing(seed_briefing: Briefing) -> Briefing:
    """The seeds' briefing with repository-relative paths, so screenshots do not depend on the checkout."""
    articles = [replace(a, path=Path(a.path).resolve().relative_to(ROOT).as_posix()) for a in seed_briefing.articles]
    return Briefing(articles, seed_briefing.topics, seed_briefing.skipped)


def _app(briefing: Briefing, config: Config) -> BriefingApp:
    app = make_app(["seeds"], config, briefing=briefing, blink=False)
    app.animation_level = "none"
    return app


def test_briefing_screen_with_the_pledge_selected(snap_compare, relative_briefing: Briefing, config: Config) -> None:
    assert snap_compare(_app(relative_briefing, config), press=["tab"], terminal_size=(100, 30))


def test_briefing_screen_filtered_at_80x24(snap_compare, relative_briefing: Briefing, config: Config) -> None:
    assert snap_compare(_app(relative_briefing, config), press=["slash", *"trudeau", "enter"], terminal_size=(80, 24))


def test_article_screen_with_the_quote_highlighted(snap_compare, relative_briefing: Briefing,
                                                    config: Config) -> None:
    press = ["tab", "enter", "j", "enter"]  # items -> the pledge's quotes -> the second quote -> its article
    assert snap_compare(_app(relative_briefing, config), press=press, terminal_size=(100, 30))


def test_help_screen(snap_compare, relative_briefing: Briefing, config: Config) -> None:
    assert snap_compare(_app(relative_briefing, config), press=["question_mark"], terminal_size=(100, 30))
