"""Every mention of one entity across a topic's articles; Enter opens a mention in its article."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Briefing, Entity, Mention, Topic
from briefing.tui.present import article_index, mention_prompt
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.text import one_line
from briefing.tui.widgets.pane_list import PaneList

__all__ = ["MentionsScreen", "ordered_mentions"]


def ordered_mentions(topic: Topic, entity: Entity) -> list[Mention]:
    """The entity's mentions in the topic's articles, in topic article order then text order."""
    rank = {article_id: n for n, article_id in enumerate(topic.article_ids)}
    kept = [m for m in entity.mentions if m.article_id in rank]
    return sorted(kept, key=lambda m: (rank[m.article_id], m.start))


def _heading(topic: Topic, entity: Entity, mentions: list[Mention]) -> Content:
    articles = len({m.article_id for m in mentions})
    parts: list[Content | str | tuple[str, str]] = [
        (one_line(entity.key), "bold"), (f"  {one_line(entity.label)}", "dim"), "\n",
        f"{len(mentions)} mention{'s' if len(mentions) != 1 else ''} in {articles} "
        f"article{'s' if articles != 1 else ''} of “", one_line(topic.label), "”"]
    aliases = [one_line(a) for a in entity.aliases if a != entity.key]
    if aliases:
        parts += ["\n", ("also written: ", "dim"), ", ".join(aliases)]
    return Content.assemble(*parts)


class MentionsScreen(Screen[None]):
    """A list of mentions with the words around each."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="back", tooltip="Return exactly where you were"),
    ]

    def __init__(self, briefing: Briefing, topic: Topic, entity: Entity) -> None:
        super().__init__()
        self.briefing = briefing
        self.topic = topic
        self.entity = entity
        """The entity whose mentions are listed."""
        self.mentions = ordered_mentions(topic, entity)
        """What the list shows, in order."""

    def compose(self) -> ComposeResult:
        yield Static(_heading(self.topic, self.entity, self.mentions), id="mentions-head")
        mention_list = PaneList(id="mentions")
        mention_list.border_title = "Mentions"
        yield mention_list
        yield Footer()

    def on_mount(self) -> None:
        """Fill the list and focus it."""
        mention_list = self.query_one(PaneList)
        options: list[Option | None] = []
        articles = article_index(self.briefing)
        for number, mention in enumerate(self.mentions):
            article = articles[mention.article_id]
            options += [Option(mention_prompt(article, mention), id=f"m{number}"), None]  # None: a rule
        mention_list.set_options(options[:-1])
        mention_list.action_first()
        mention_list.focus()

    @on(OptionList.OptionSelected, "#mentions")
    def _open(self, event: OptionList.OptionSelected) -> None:
        mention = self.mentions[event.option_index]
        article = self.briefing.article(mention.article_id)
        self.app.push_screen(ArticleScreen(article, (mention.start, mention.end), what="mention"))

    def action_back(self) -> None:
        """Close the list."""
        self.dismiss()
