"""Screens and dialogs of the briefing app, one per module."""

from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.briefing import BriefingScreen
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.screens.export import ExportScreen
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.mentions import MentionsScreen

__all__ = ["ArticleScreen", "BriefingScreen", "ConfirmScreen", "ExportScreen", "HelpScreen", "MentionsScreen"]
