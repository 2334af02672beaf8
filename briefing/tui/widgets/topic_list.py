"""The topics pane: one entry per topic (label, article count, sources, dates), plus skipped inputs."""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option

from briefing.model import Briefing, Topic
from briefing.tui.present import WARN, article_index, topic_prompt
from briefing.tui.widgets.pane_list import PaneList

__all__ = ["TopicList", "SKIPPED_ID"]

SKIPPED_ID = "skipped-inputs"
"""Option id of the entry listing skipped inputs and reading warnings."""


def _problem_count(briefing: Briefing) -> int:
    return len(briefing.skipped) + sum(len(a.warnings) for a in briefing.articles)


class TopicList(PaneList):
    """Topics of the briefing, in briefing order."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._topics: dict[str, Topic] = {}
        self.border_title = "Topics"

    def show(self, briefing: Briefing) -> None:
        """List the topics of ``briefing`` and highlight the first."""
        self._topics = {topic.id: topic for topic in briefing.topics}
        index = article_index(briefing)
        options = [Option(topic_prompt(briefing, topic, index), id=topic.id) for topic in briefing.topics]
        problems = _problem_count(briefing)
        if problems:
            label = f"⚠ {problems} skipped input{'s' if problems != 1 else ''} or warnings"
            options.append(Option(Content.styled(label, WARN), id=SKIPPED_ID))
        self.set_options(options)
        self.border_title = f"Topics ({len(briefing.topics)})"
        self.action_first()

    @property
    def topic(self) -> Topic | None:
        """The highlighted topic (None on the skipped-inputs entry or when empty)."""
        return self._topics.get(self.highlighted_id or "")
