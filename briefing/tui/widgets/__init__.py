"""Widgets of the briefing app, one per module."""

from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.evidence_panel import EvidencePanel
from briefing.tui.widgets.filter_bar import FilterBar
from briefing.tui.widgets.item_list import ItemList
from briefing.tui.widgets.pane_list import PaneList
from briefing.tui.widgets.progress_panel import ProgressPanel
from briefing.tui.widgets.quote_list import QuoteList
from briefing.tui.widgets.topic_list import SKIPPED_ID, TopicList

__all__ = ["ArticleView", "EvidencePanel", "FilterBar", "ItemList", "PaneList", "ProgressPanel", "QuoteList",
           "TopicList", "SKIPPED_ID"]
