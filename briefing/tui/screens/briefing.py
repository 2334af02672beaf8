"""The main screen: topics -> the topic's card and sections -> the evidence for the selected item."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList

from briefing.model import Briefing, Skipped
from briefing.signals import Progress
from briefing.tui.present import entity_for, skipped_sections, topic_meta, topic_sections
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.mentions import MentionsScreen
from briefing.tui.text import one_line
from briefing.tui.widgets import SKIPPED_ID, EvidencePanel, FilterBar, ItemList, ProgressPanel, TopicList

__all__ = ["BriefingScreen"]


class BriefingScreen(Screen[None]):
    """Three panes (two rows of panes below 120 columns), a filter bar and the progress panel."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [(0, "-narrow"), (120, "-wide")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter", id="filter", tooltip="Filter items and quotes as you type"),
        Binding("m", "mentions", "Mentions", id="mentions",
                tooltip="List every mention of the selected attendee or entity across the topic"),
        Binding("escape", "back", "Back", show=False, id="back",
                tooltip="Back one pane (quotes -> items -> topics); closes and clears the filter"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="next_pane", tooltip="Focus the next pane"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="previous_pane",
                tooltip="Focus the previous pane"),
    ]

    class Ready(Message):
        """The screen's widgets exist: the app may start feeding it."""

    def __init__(self, blink: bool = True) -> None:
        super().__init__()
        self.briefing: Briefing | None = None
        """The briefing shown, once the pipeline has produced it."""
        self._blink = blink
        self._shown_topic: str | None = None
        self._shown_row: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield ProgressPanel(id="progress")
        with Container(id="panes"):
            yield TopicList(id="topics")
            with Horizontal(id="detail"):
                yield ItemList(id="items")
                yield EvidencePanel(id="evidence")
        yield FilterBar(id="filter", blink=self._blink)
        yield Footer()

    def on_mount(self) -> None:
        """Tell the app the panes exist (the pipeline starts then, so no report arrives too early)."""
        self.post_message(self.Ready())

    # -- the widgets -------------------------------------------------------------------------------

    @property
    def topics(self) -> TopicList:
        """The topics pane."""
        return self.query_one(TopicList)

    @property
    def items(self) -> ItemList:
        """The sections pane."""
        return self.query_one(ItemList)

    @property
    def evidence(self) -> EvidencePanel:
        """The evidence pane."""
        return self.query_one(EvidencePanel)

    @property
    def filter_bar(self) -> FilterBar:
        """The filter input."""
        return self.query_one(FilterBar)

    @property
    def filter_text(self) -> str:
        """The filter in force ("" when none)."""
        bar = self.filter_bar
        return bar.value.strip() if bar.active else ""

    # -- what the app tells it -----------------------------------------------------------------------

    def show_progress(self, progress: Progress) -> None:
        """Show a progress report from the pipeline."""
        self.query_one(ProgressPanel).show_progress(progress)

    def show_failure(self, error: str, skipped: list[Skipped], hint: str) -> None:
        """Show why there is no briefing."""
        self.query_one(ProgressPanel).show_failure(error, skipped, hint)

    def show_briefing(self, briefing: Briefing) -> None:
        """Replace the progress panel with the briefing, first topic selected, topics focused."""
        self.briefing = briefing
        self.add_class("-ready")
        self.topics.show(briefing)
        self._show_topic()
        self.topics.focus()

    # -- keeping the panes in step -------------------------------------------------------------------

    def _show_topic(self, keep: str | None = None) -> None:
        if self.briefing is None:
            return
        self._shown_topic = self.topics.highlighted_id
        topic = self.topics.topic
        if topic is not None:
            sections = topic_sections(topic)
            self.items.border_title = Content(one_line(topic.label))
            self.items.border_subtitle = Content(topic_meta(self.briefing, topic))
        else:
            sections = skipped_sections(self.briefing) if self._shown_topic == SKIPPED_ID else []
            self.items.border_title = "Skipped inputs" if sections else "Sections"
            self.items.border_subtitle = None
        self.items.show(sections, self.filter_text, keep)
        self._show_item()

    def _show_item(self) -> None:
        if self.briefing is None:
            return
        self._shown_row = self.items.highlighted_id
        self.evidence.show(self.briefing, self.items.current, self.filter_text)

    @on(OptionList.OptionHighlighted, "#topics")
    def _topic_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_id != self._shown_topic:
            self._show_topic()

    @on(OptionList.OptionHighlighted, "#items")
    def _item_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_id != self._shown_row:
            self._show_item()

    @on(OptionList.OptionSelected, "#topics")
    def _topic_selected(self) -> None:
        self.items.focus()

    @on(OptionList.OptionSelected, "#items")
    def _item_selected(self) -> None:
        if self.evidence.quote is not None:
            self.evidence.quotes.focus()

    @on(OptionList.OptionSelected, "#quotes")
    def _quote_selected(self) -> None:
        self.open_quote()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._show_topic(keep=self.items.highlighted_id)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.items.focus()

    # -- actions ---------------------------------------------------------------------------------

    def open_quote(self) -> None:
        """Open the highlighted quote's article, the quote highlighted and in view."""
        quote = self.evidence.quote
        if quote is None or self.briefing is None:
            return
        article = self.briefing.article(quote.article_id)
        marks = [(quote.start + a, quote.start + b) for a, b in quote.highlights]
        self.app.push_screen(ArticleScreen(article, (quote.start, quote.end), marks))

    def action_filter(self) -> None:
        """Open the filter bar."""
        if self.briefing is not None:
            self.filter_bar.open()

    def action_back(self) -> None:
        """Go back one pane, or close the filter."""
        focused = self.focused
        if focused is self.filter_bar or (focused is self.topics and self.filter_bar.active):
            self.filter_bar.close()
            self.items.focus()
        elif focused is self.evidence.quotes:
            self.items.focus()
        elif focused is self.items:
            self.topics.focus()

    def action_mentions(self) -> None:
        """List every mention of the selected item's entity across its topic."""
        if self.briefing is None:
            return
        topic, row = self.topics.topic, self.items.current
        entity = entity_for(topic, row[1]) if topic is not None and row is not None else None
        if entity is None:
            self.notify("Select an attendee (or another item about one entity) to list its mentions.",
                        severity="warning", markup=False)
            return
        self.app.push_screen(MentionsScreen(self.briefing, topic, entity))
