"""The command palette: every bound action of the app and of the current screen, plus topics and entities."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.screen import Screen
from textual.style import Style

from briefing.tui.keys import bindings_of, key_label, remapped
from briefing.tui.text import one_line

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp

__all__ = ["BriefingCommands", "PaletteCommand", "palette_commands"]


@dataclass(frozen=True, slots=True)
class PaletteCommand:
    """One entry of the palette."""

    name: str
    """What the user searches for (plain text; may come from an article for topics and entities)."""
    help: str
    """The line under the name."""
    run: Callable[[], Any]
    """What choosing it does."""


def _action_commands(app: BriefingApp, screen: Screen) -> Iterator[PaletteCommand]:
    seen: set[str] = set()
    for node in (screen, app):
        for binding in bindings_of(type(node)):
            if not binding.id or binding.action == "command_palette" or binding.action in seen:
                continue
            seen.add(binding.action)
            key = key_label(app, remapped(binding, app.keymap))
            run = partial(node.run_action, binding.action)
            yield PaletteCommand(binding.description, f"{binding.tooltip} ({key})", run)


def _topic_commands(app: BriefingApp) -> Iterator[PaletteCommand]:
    screen = app.main_screen
    if screen.briefing is None:
        return
    for topic in screen.briefing.topics:
        yield PaletteCommand(f"Topic: {one_line(topic.label)}", "Show this topic", partial(app.go_to_topic, topic.id))
    topic = screen.topics.topic
    for entity in topic.entities if topic is not None else ():
        yield PaletteCommand(f"Mentions: {one_line(entity.key)}", f"Every mention of this {entity.label} in the topic",
                             partial(app.show_mentions, entity.key))


def palette_commands(app: BriefingApp, screen: Screen) -> list[PaletteCommand]:
    """Everything the palette offers when opened on ``screen``, actions first."""
    return list(_action_commands(app, screen)) + list(_topic_commands(app))


def _highlight(text: str, offsets: Iterable[int], style: Style) -> Content:
    # Not Matcher.highlight(): it parses the candidate as markup, and topic labels come from articles.
    content = Content(text)
    for offset in offsets:
        content = content.stylize(style, offset, offset + 1)
    return content


class BriefingCommands(Provider):
    """Offers :func:`palette_commands`, fuzzy-matched."""

    async def discover(self) -> Hits:
        """Every command, before anything is typed."""
        for command in palette_commands(self.app, self.screen):  # type: ignore[arg-type]
            yield DiscoveryHit(Content(command.name), command.run, text=command.name, help=command.help)

    async def search(self, query: str) -> Hits:
        """Commands matching ``query``."""
        matcher = self.matcher(query)
        for command in palette_commands(self.app, self.screen):  # type: ignore[arg-type]
            score = matcher.match(command.name)
            if score > 0:
                _, offsets = matcher.fuzzy_search.match(query, command.name)
                yield Hit(score, _highlight(command.name, offsets, matcher.match_style), command.run,
                          text=command.name, help=command.help)
