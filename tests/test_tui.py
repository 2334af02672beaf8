"""The terminal app driven as a user would (App.run_test + Pilot), asserting on messages and state.

Most tests show the seeds' briefing built once per session (spaCy is the slow part); the worker tests
run the real pipeline in the app. Snapshots live in test_tui_snapshots.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.message import Message
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input
from textual.worker import WorkerState, get_current_worker

import briefing.nlp.entities as entities_module
from briefing.config import Config, load_config
from briefing.export import render
from briefing.export.markdown import strip_controls
from briefing.model import Article, Briefing, Item, Quote
from briefing.pipeline import build_briefing
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.commands import palette_commands
from briefing.tui.keys import bindings_of
from briefing.tui.messages import BriefingReady, ExportFinished, PipelineFailed, PipelineProgress
from briefing.tui.screens import (ArticleScreen, BriefingScreen, ConfirmScreen, ExportScreen, HelpScreen,
                                  MentionsScreen)
from briefing.tui.text import line_index, safe_text, wrap_offsets
from briefing.tui.widgets import SKIPPED_ID, ArticleView, PaneList

HOSTILE = ("[Reuters] Britain pledges missiles to Ukraine [bold]x[/bold]\n\n"
           "LONDON [Reuters] - British Prime Minister Keir Starmer announced on Sunday that Britain will give "
           "Ukraine 1.6 billion pounds [bold]x[/bold] to buy 5,000 air defense missiles, a summit in London heard. "
           "[@click=app.quit]press[/] \x1b[31mLeaders from France, Germany and Italy attended the summit hosted "
           "by Starmer.\x1b[0m\n\n"
           "Starmer said Europe must do the heavy lifting [sic] to support Ukraine, and \x1b]0;pwned\x07the talks "
           "would continue.\n")
"""An article whose text is markup, an action link, a bracketed credit and terminal escape codes."""


# -- helpers -----------------------------------------------------------------------------------------


def quiet(app: BriefingApp) -> BriefingApp:
    """No animations (scrolls are immediate)."""
    app.animation_level = "none"
    return app


def app_for(briefing: Briefing, config: Config) -> BriefingApp:
    """The app on a prebuilt briefing, cursor blink and animations off."""
    return quiet(make_app(["seeds"], config, briefing=briefing, blink=False))


def screen_text(app: BriefingApp) -> str:
    """What the terminal shows, as plain text (the compositor's output, as screenshots use it)."""
    return "\n".join("".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips())


def main(app: BriefingApp) -> BriefingScreen:
    assert isinstance(app.screen, BriefingScreen)
    return app.screen


async def select_item(pilot: Pilot, predicate: Callable[[Item], bool], limit: int = 60) -> Item:
    """Move down the sections pane (j) until the highlighted item satisfies ``predicate``."""
    screen = main(pilot.app)
    screen.items.focus()
    await pilot.pause()
    for _ in range(limit):
        row = screen.items.current
        if row is not None and predicate(row[1]):
            return row[1]
        await pilot.press("j")
    raise AssertionError("no such item")


def is_big_pledge(item: Item) -> bool:
    return item.facts.get("currency") == "GBP" and item.facts.get("amount") == 1.6e9


async def click_text(pilot: Pilot, needle: str, widget: Widget | None = None) -> None:
    """Click where ``needle`` is first drawn on screen (inside ``widget`` if given)."""
    region = widget.region if widget is not None else pilot.app.screen.region
    lines = screen_text(pilot.app).splitlines()
    for y in range(region.y, region.bottom):
        x = lines[y].find(needle, region.x, region.right)
        if x >= 0:
            await pilot.click(offset=(x + 1, y))
            await pilot.pause()
            return
    raise AssertionError(f"{needle!r} is not on screen")


async def wait_for(pilot: Pilot, condition: Callable[[], bool], rounds: int = 400) -> None:
    """Let the app process messages until ``condition`` holds (a bounded number of event-loop turns)."""
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition never held")


# -- untrusted text, offsets and wrapping (no app) ---------------------------------------------------


def test_safe_text_strips_escapes_and_keeps_offsets() -> None:
    safe = safe_text(HOSTILE)
    assert safe.plain == strip_controls(HOSTILE)
    for needle in ("[@click=app.quit]press[/]", "Leaders from France", "the talks", "[sic]"):
        start = HOSTILE.index(needle)
        shown = safe.span(start, start + len(needle))
        assert safe.plain[shown[0]:shown[1]] == needle
    assert "\x1b" not in safe.plain and "[31m" not in safe.plain and "pwned" not in safe.plain


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab cd\nxy 中文\t")), max_size=200), st.integers(1, 30))
def test_wrapped_lines_are_slices_that_fit(text: str, width: int) -> None:
    lines = wrap_offsets(text, width)
    position = 0
    for start, end in lines:
        assert start >= position and cell_len(text[start:end]) <= max(width, 2)
        assert text[position:start].strip(" \n") == ""  # only the break (spaces, a newline) is left out
        position = end
    assert text[position:].strip(" \n") == ""
    assert line_index(lines, lines[-1][0]) == len(lines) - 1


# -- the briefing screen -----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_opens_on_the_first_topic_and_shows_the_pledge_with_two_sources(seed_briefing: Briefing,
                                                                              config: Config) -> None:
    messages: list[Message] = []
    app = app_for(seed_briefing, config)
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await pilot.pause()
        ready = [m for m in messages if isinstance(m, BriefingReady)]
        assert len(ready) == 1 and ready[0].briefing is seed_briefing
        screen = main(app)
        assert app.focused is screen.topics and screen.topics.topic is seed_briefing.topics[0]
        item = await select_item(pilot, is_big_pledge)
        quotes = screen.evidence.quotes.shown
        assert {q.article_id for q in quotes} == {a.id for a in seed_briefing.articles}
        for quote in quotes:
            assert seed_briefing.article(quote.article_id).text[quote.start:quote.end] == quote.text
        assert item.source_count == 2 and item.facts["discrepancies"]
        text = screen_text(app)
        assert "2 sources" in text and "⚠ Sources differ on the number" in text and "Xinhua · 2025-03-03" in text
        assert "Xinhua)" in " ".join(text.split())  # each version is named by its outlet, not an article id


@pytest.mark.asyncio
async def test_enter_opens_the_quote_in_its_article_and_escape_returns_to_the_same_place(
        seed_briefing: Briefing, config: Config) -> None:
    app = app_for(seed_briefing, config)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = main(app)
        item = await select_item(pilot, is_big_pledge)
        await pilot.press("enter")  # on an item: into its quotes
        assert app.focused is screen.evidence.quotes
        await pilot.press("j")  # the second quote
        quote = screen.evidence.quote
        assert quote is item.quotes[1]
        await pilot.press("enter")
        assert isinstance(app.screen, ArticleScreen)
        view = app.screen.view
        assert app.screen.article.id == quote.article_id
        assert view.span == (quote.start, quote.end) and view.highlighted_text == quote.text
        top = view.scroll_offset.y
        assert top <= view.span_line < top + view.scrollable_content_region.height
        await pilot.press("escape")
        assert app.screen is screen and app.focused is screen.evidence.quotes
        assert screen.items.current[1] is item and screen.evidence.quote is quote


@pytest.mark.asyncio
async def test_the_highlight_drawn_is_the_quote_and_a_deep_quote_is_scrolled_to(config: Config) -> None:
    paragraphs = [f"Paragraph {n} says nothing in particular about anything at all." for n in range(120)]
    text = "\n\n".join(paragraphs + ["The minister pledged 40 tanks to the coalition on Friday."])
    start = text.index("The minister")
    quote = Quote("a1", start, len(text), text[start:], ((21, 23),))
    article = Article("a1", "long.txt", text, title="Long")
    app = quiet(make_app([], config, briefing=Briefing([article], []), blink=False))
    async with app.run_test(size=(60, 16)) as pilot:
        await app.push_screen(ArticleScreen(article, (quote.start, quote.end), [(start + 21, start + 23)]))
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert view.scroll_offset.y > 0
        span_bg = view.get_component_rich_style("article-view--span").bgcolor
        drawn = "".join(segment.text for y in range(view.scrollable_content_region.height)
                        for segment in view.render_line(y) if segment.style and segment.style.bgcolor == span_bg)
        assert drawn.replace(" ", "") == quote.text.replace(" ", "")


@pytest.mark.asyncio
async def test_filter_narrows_items_and_quotes_as_you_type_and_escape_clears(seed_briefing: Briefing,
                                                                             config: Config) -> None:
    app = app_for(seed_briefing, config)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = main(app)
        before = len(screen.items.rows)
        await pilot.press("slash", *"trudeau")
        assert app.focused is screen.filter_bar and screen.filter_text == "trudeau"
        rows = screen.items.rows
        assert 0 < len(rows) < before
        for _, item in rows:
            assert "trudeau" in (item.text + " ".join(q.text for q in item.quotes)).lower()
        assert all("trudeau" in q.text.lower() for q in screen.evidence.quotes.shown)
        await pilot.press("enter")
        assert app.focused is screen.items and screen.filter_text == "trudeau"
        await pilot.press("slash", "escape")
        assert screen.filter_text == "" and len(screen.items.rows) == before


@pytest.mark.asyncio
async def test_attendee_mentions_lists_every_mention_and_opens_one(seed_briefing: Briefing, config: Config) -> None:
    app = app_for(seed_briefing, config)
    topic = seed_briefing.topics[0]
    async with app.run_test(size=(100, 30)) as pilot:
        screen = main(app)
        item = await select_item(pilot, lambda i: i.facts.get("entity") == "Keir Starmer")
        await pilot.press("m")
        assert isinstance(app.screen, MentionsScreen)
        entity = next(e for e in topic.entities if e.key == "Keir Starmer")
        listed = app.screen.mentions
        assert sorted(listed, key=id) == sorted(entity.mentions, key=id) and len(listed) > 5
        for mention in listed:
            assert seed_briefing.article(mention.article_id).text[mention.start:mention.end] == mention.text
        await pilot.press("j", "enter")
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.view.span == (listed[1].start, listed[1].end)
        await pilot.press("escape", "escape")
        assert app.screen is screen and screen.items.current[1] is item and app.focused is screen.items


@pytest.mark.asyncio
async def test_mentions_on_an_item_without_an_entity_says_so(seed_briefing: Briefing, config: Config) -> None:
    app = app_for(seed_briefing, config)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await select_item(pilot, is_big_pledge)
        await pilot.press("m")
        assert isinstance(app.screen, BriefingScreen)
        await pilot.pause()
        assert "Select an attendee" in screen_text(app)


@pytest.mark.asyncio
async def test_export_writes_markdown_and_refuses_to_overwrite_without_confirmation(
        seed_briefing: Briefing, config: Config, tmp_path: Path) -> None:
    messages: list[Message] = []
    target = tmp_path / "brief.md"
    app = app_for(seed_briefing, config)
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text() == render(seed_briefing, "md")
        target.write_text("the analyst's own notes")

        await pilot.press("e", "enter")  # the dialog offers the last path
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # Cancel has the focus: Enter alone never replaces
        await pilot.pause()
        assert target.read_text() == "the analyst's own notes"

        await pilot.press("e", "enter", "y")
        await pilot.pause()
        assert target.read_text() == render(seed_briefing, "md")
    finished = [m for m in messages if isinstance(m, ExportFinished)]
    assert [(m.error, m.replaced) for m in finished] == [(None, False), ("not replaced", False), (None, True)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.md"]


@pytest.mark.asyncio
async def test_export_failure_is_a_message_not_a_crash(seed_briefing: Briefing, config: Config,
                                                       tmp_path: Path) -> None:
    messages: list[Message] = []
    app = app_for(seed_briefing, config)
    async with app.run_test(message_hook=messages.append) as pilot:
        await pilot.press("e")
        app.screen.query_one(Input).value = str(tmp_path / "no" / "such" / "folder.md")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
    failed = [m for m in messages if isinstance(m, ExportFinished)]
    assert len(failed) == 1 and "does not exist" in failed[0].error


# -- keys, help, palette -----------------------------------------------------------------------------


def _all_binding_classes() -> list[type]:
    return [BriefingApp, BriefingScreen, PaneList, ArticleScreen, ArticleView, MentionsScreen, HelpScreen,
            ExportScreen, ConfirmScreen]


def test_every_binding_has_a_tooltip_and_its_default_key_in_config(config: Config) -> None:
    from textual.keys import _character_to_key

    keys = config["keys"]
    for cls in _all_binding_classes():
        for binding in cls.__dict__.get("BINDINGS", ()):
            assert binding.id and binding.tooltip, f"{cls.__name__}: {binding}"
            default = ",".join(_character_to_key(k) if len(k) == 1 else k for k in keys[binding.id].split(","))
            assert default == binding.key, f"[keys] {binding.id} = {keys[binding.id]!r}; {cls.__name__}: {binding.key!r}"


@pytest.mark.asyncio
async def test_keys_are_remapped_from_config(seed_briefing: Briefing, tmp_path: Path) -> None:
    user = tmp_path / "keys.toml"
    user.write_text('[keys]\nhelp = "f1"\nfilter = "ctrl+f"\n')
    config = load_config(user)
    app = app_for(seed_briefing, config)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("ctrl+f")
        assert main(app).filter_bar.active
        await pilot.press("escape", "f1")
        assert isinstance(app.screen, HelpScreen)
        rows = [row for _, rows in app.screen.groups for row in rows]
        assert ("f1", "Help", "List every key binding") in rows
        assert any(keys == "^f" and description == "Filter" for keys, description, _ in rows)


@pytest.mark.asyncio
async def test_help_lists_every_binding(seed_briefing: Briefing, config: Config) -> None:
    app = app_for(seed_briefing, config)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        described = {(description, tooltip) for _, rows in app.screen.groups for _, description, tooltip in rows}
        for cls in _all_binding_classes():
            for binding in bindings_of(cls):
                if binding.id:
                    assert (binding.description, binding.tooltip) in described, binding
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)


@pytest.mark.asyncio
async def test_every_action_is_in_the_command_palette(seed_briefing: Briefing, config: Config) -> None:
    app = app_for(seed_briefing, config)
    async with app.run_test(size=(100, 30)) as pilot:
        names = {command.name for command in palette_commands(app, app.screen)}
        for cls in (BriefingApp, BriefingScreen):
            for binding in bindings_of(cls):
                if binding.id and binding.action != "command_palette":
                    assert binding.description in names
        assert f"Topic: {seed_briefing.topics[0].label}" in names and "Mentions: Keir Starmer" in names
        await pilot.press("ctrl+p", *"filter")  # a screen's action, offered on the palette over that screen
        await pilot.pause(0.3)  # the palette searches in a task; let it answer
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, BriefingScreen) and app.screen.filter_bar.active)


# -- untrusted text in the app -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_hostile_article_renders_literally_and_runs_nothing(tmp_path: Path, config: Config) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    briefing = build_briefing([str(path)], config)
    app = app_for(briefing, config)
    async with app.run_test(size=(200, 50)) as pilot:
        screen = main(app)
        await select_item(pilot, lambda i: "[@click=app.quit]" in i.quotes[0].text if i.quotes else False)
        text = screen_text(app)
        for literal in ("[Reuters] Britain pledges missiles to Ukraine", "[bold]x[/bold]", "[@click=app.quit]press[/]"):
            assert literal in text
        assert "\x1b" not in text and "[31m" not in text
        await click_text(pilot, "press[/]", screen.evidence.quotes)  # were it markup, this would quit
        assert app.is_running and app.return_code is None
        assert isinstance(app.screen, ArticleScreen)
        text = screen_text(app)
        for literal in ("[Reuters] Britain pledges missiles to Ukraine [bold]x[/bold]", "[@click=app.quit]press[/]",
                        "heavy lifting [sic]", "Ukraine, and the talks would continue."):
            assert literal in text
        assert "\x1b" not in text and "[31m" not in text and "[0m" not in text and "pwned" not in text
        await click_text(pilot, "press[/]")
        assert app.is_running and isinstance(app.screen, ArticleScreen)
        assert app.screen.view.highlighted_text.startswith("[@click=app.quit]press[/] Leaders from France")


# -- the pipeline in a worker ------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_the_worker_builds_the_briefing_with_progress(seeds: Path, config: Config) -> None:
    messages: list[Message] = []
    app = quiet(make_app([str(seeds)], config, blink=False))
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await app.workers.wait_for_complete()
        await wait_for(pilot, lambda: app.briefing is not None)
        await pilot.pause()
        assert main(app).has_class("-ready") and main(app).topics.option_count >= 1
        assert app.focused is main(app).topics
        assert app.exit_code == 0
    progress = [m.progress for m in messages if isinstance(m, PipelineProgress)]
    assert progress and progress[0].stage == "read"
    assert all(p.done <= p.total for p in progress)
    ready = [m.briefing for m in messages if isinstance(m, BriefingReady)]
    assert len(ready) == 1 and len(ready[0].articles) == 2 and ready[0].topics


def _corpus(folder: Path, seeds: Path, count: int) -> None:
    """``count`` distinct articles (the seeds and the facts test articles): copies of the seeds would be
    reprints, which are set aside before spaCy, and the run would parse two articles, not ``count``."""
    sources = sorted(seeds.glob("*.txt")) + sorted((Path(__file__).parent / "data" / "facts").glob("*/*.txt"))
    assert len(sources) >= count
    for n, source in enumerate(sources[:count]):
        (folder / f"a{n:03}.txt").write_text(source.read_text("utf-8"), encoding="utf-8")


@pytest.mark.asyncio
async def test_app_stays_usable_while_the_worker_runs_and_quit_cancels_it(
        seeds: Path, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path, seeds, 80)
    messages: list[Message] = []
    # The stages after spaCy take about a second here, so the run could end before the keys below are
    # pressed: hold the worker after its spaCy pass until it is cancelled (or 30 s pass), and run without
    # the cache, which could answer the whole briefing at once.
    real_canonicalize = entities_module.canonicalize

    def held_canonicalize(*args: Any, **kwargs: Any) -> Any:
        worker, deadline = get_current_worker(), time.monotonic() + 30
        while not worker.is_cancelled and time.monotonic() < deadline:
            time.sleep(0.02)
        return real_canonicalize(*args, **kwargs)

    monkeypatch.setattr(entities_module, "canonicalize", held_canonicalize)
    uncached = Config({**config.data, "cache": {**config.data["cache"], "enabled": False}})
    app = quiet(make_app([str(tmp_path)], uncached, blink=False))
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await wait_for(pilot, lambda: any(isinstance(m, PipelineProgress) and m.progress.stage == "parse"
                                          for m in messages))
        worker = next(w for w in app.workers if w.group == "pipeline")
        assert worker.state == WorkerState.RUNNING
        assert "Analysing articles: " in screen_text(app) and " of 80" in screen_text(app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "q")
        assert worker.is_cancelled
    assert app.return_code == 0
    assert not any(isinstance(m, BriefingReady) for m in messages)


@pytest.mark.asyncio
async def test_a_bad_model_is_a_message_in_the_app(seeds: Path, tmp_path: Path) -> None:
    user = tmp_path / "bad.toml"
    user.write_text('[nlp]\nmodel = "no_such_pipeline_here"\n')
    messages: list[Message] = []
    app = quiet(make_app([str(seeds)], load_config(user), blink=False))
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await wait_for(pilot, lambda: any(isinstance(m, PipelineFailed) for m in messages))
        await pilot.pause()
        text = screen_text(app)
        assert "spaCy pipeline 'no_such_pipeline_here' is not installed" in text
        assert "Traceback" not in text and "Press q to quit, ? for help." in text
        await pilot.press("q")
    assert app.return_code == 2


@pytest.mark.asyncio
async def test_nothing_readable_says_so_and_lists_what_was_skipped(tmp_path: Path, config: Config) -> None:
    (tmp_path / "empty.txt").write_text("")
    app = quiet(make_app([str(tmp_path)], config, blink=False))
    async with app.run_test(size=(160, 30)) as pilot:
        await wait_for(pilot, lambda: app.briefing is not None)
        await pilot.pause()
        text = screen_text(app)
        assert f"No readable article in {tmp_path}" in text
        assert f"{tmp_path / 'empty.txt'}: empty (no article text)" in text
        await pilot.press("q")
    assert app.return_code == 1


@pytest.mark.asyncio
async def test_skipped_inputs_are_listed_after_the_topics(seeds: Path, config: Config, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    briefing = build_briefing([str(seeds), str(empty)], config)
    app = app_for(briefing, config)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = main(app)
        await pilot.pause()
        assert "Some inputs were skipped" in screen_text(app)
        await pilot.press("end")
        assert screen.topics.highlighted_id == SKIPPED_ID
        await pilot.pause()
        assert [item.text for _, item in screen.items.rows] == [f"{empty}: empty (no article text)"]
        await pilot.press("q")
    assert app.return_code == 3
