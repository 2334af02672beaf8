"""The Textual app: runs the pipeline in a worker and hands what it posts to the screens.

Build it with :func:`make_app` (tests do, with a prebuilt briefing if they like) or run it with
:func:`run_app` (the CLI does). The core never imports this package.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.config import Config
from briefing.export import ExportError, render, write_atomic
from briefing.model import Briefing
from briefing.signals import Cancelled, ModelError
from briefing.tui.commands import BriefingCommands
from briefing.tui.keys import bindings_of, key_label, remapped
from briefing.tui.messages import BriefingReady, ExportFinished, PipelineFailed, PipelineProgress
from briefing.tui.present import entity_by_key, plural
from briefing.tui.screens import (ArticleScreen, BriefingScreen, ConfirmScreen, ExportScreen, HelpScreen,
                                  MentionsScreen)
from briefing.tui.screens.help import HelpRow
from briefing.tui.text import one_line
from briefing.tui.widgets import ArticleView, PaneList

__all__ = ["BriefingApp", "make_app", "run_app", "EXIT_OK", "EXIT_FAILED", "EXIT_USAGE", "EXIT_SKIPPED"]

# The CLI's exit codes (briefing.cli), repeated here so the app need not import the CLI.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def _error_line(error: BaseException) -> str:
    """An exception as one line for the user: expected failures as they are, others named."""
    if isinstance(error, (ModelError, OSError)):
        return one_line(str(error))
    return one_line(f"unexpected error ({type(error).__name__}: {error}); please report it")


class BriefingApp(App[int]):
    """Browse a briefing: topics, their sections and items, the quotes behind each, the articles."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit", tooltip="Quit (stops an analysis in progress)"),
        Binding("question_mark", "help", "Help", id="help", tooltip="List every key binding"),
        Binding("e", "export", "Export", id="export", tooltip="Write the briefing to a Markdown file"),
        Binding("ctrl+p", "command_palette", "Commands", id="palette", priority=True, show=False,
                tooltip="Search every action, topic and entity"),
    ]
    COMMANDS = App.COMMANDS | {BriefingCommands}

    def __init__(self, paths: Sequence[str], config: Config, *, briefing: Briefing | None = None,
                 blink: bool = True) -> None:
        super().__init__()
        self.paths = list(paths)
        """The inputs the pipeline reads (unused when a briefing is given)."""
        self.config = config
        self.keymap: dict[str, str] = {str(k): str(v) for k, v in config["keys"].items()}
        """Binding id -> key(s), from the ``[keys]`` config table."""
        self.blink = blink
        """Whether text cursors blink (tests turn it off for stable screenshots)."""
        self.briefing: Briefing | None = None
        """The briefing once ready (it may have no article when nothing was readable)."""
        self.exit_code = EXIT_OK
        """What quitting returns: the CLI's codes (3 when inputs were skipped, 1 or 2 on failure)."""
        self.export_path = "briefing.md"
        """The path the export dialog offers (the last one used)."""
        self.main_screen = BriefingScreen(blink=blink)
        """The three-pane screen at the bottom of the stack."""
        self._prebuilt = briefing

    def get_default_screen(self) -> Screen:
        """The briefing screen is the first screen."""
        return self.main_screen

    def on_mount(self) -> None:
        """Apply the configured keys."""
        self.set_keymap(self.keymap)
        self.sub_title = "working…"

    @on(BriefingScreen.Ready)
    def _screen_ready(self) -> None:
        """Show the given briefing, or start building one, once the panes exist."""
        if self._prebuilt is not None:
            self.post_message(BriefingReady(self._prebuilt))
        else:
            self.run_pipeline()

    # -- the pipeline --------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="pipeline", name="pipeline")
    def run_pipeline(self) -> None:
        """Build the briefing in a thread; everything it has to say goes out as messages."""
        from briefing.pipeline import build_briefing  # heavy (spaCy, scikit-learn): load it off the UI thread

        worker = get_current_worker()
        briefing = build_briefing(self.paths, self.config,
                                  on_progress=lambda progress: self.post_message(PipelineProgress(progress)),
                                  is_cancelled=lambda: worker.is_cancelled)
        self.post_message(BriefingReady(briefing))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Turn a failed pipeline into a message (a cancelled one says nothing)."""
        worker = event.worker
        if worker.group == "pipeline" and event.state == WorkerState.ERROR and worker.error is not None:
            if not isinstance(worker.error, Cancelled):
                self.exit_code = EXIT_USAGE if isinstance(worker.error, ModelError) else EXIT_FAILED
                self.post_message(PipelineFailed(_error_line(worker.error)))

    @on(PipelineProgress)
    def _pipeline_progress(self, message: PipelineProgress) -> None:
        self.main_screen.show_progress(message.progress)

    @on(PipelineFailed)
    def _pipeline_failed(self, message: PipelineFailed) -> None:
        self.sub_title = "failed"
        self.main_screen.show_failure(message.error, [], self._hint())

    @on(BriefingReady)
    def _pipeline_ready(self, message: BriefingReady) -> None:
        briefing = self.briefing = message.briefing
        if not briefing.articles:
            self.exit_code = EXIT_FAILED
            self.sub_title = "no readable article"
            where = ", ".join(one_line(p) for p in self.paths) or "the given inputs"
            self.main_screen.show_failure(f"No readable article in {where}", briefing.skipped, self._hint())
            return
        self.exit_code = EXIT_SKIPPED if briefing.skipped else EXIT_OK
        self.sub_title = self._summary(briefing)
        self.main_screen.show_briefing(briefing)
        if briefing.skipped:
            first = one_line(str(briefing.skipped[0]))
            more = f" and {len(briefing.skipped) - 1} more" if len(briefing.skipped) > 1 else ""
            self.notify(f"Skipped {first}{more}. All are listed at the end of the topics.",
                        title="Some inputs were skipped", severity="warning", timeout=10, markup=False)

    @staticmethod
    def _summary(briefing: Briefing) -> str:
        parts = [plural(len(briefing.articles), "article"), plural(len(briefing.topics), "topic")]
        if briefing.skipped:
            parts.append(f"{len(briefing.skipped)} skipped")
        return " · ".join(parts)

    def key_for(self, binding_id: str) -> str:
        """How the key bound to ``binding_id`` is written (as remapped by config)."""
        for binding in bindings_of(type(self)) + bindings_of(BriefingScreen):
            if binding.id == binding_id:
                return key_label(self, remapped(binding, self.keymap))
        return binding_id

    def _hint(self) -> str:
        return f"Press {self.key_for('quit')} to quit, {self.key_for('help')} for help."

    # -- actions -------------------------------------------------------------------------------------

    def action_quit(self) -> None:
        """Stop the pipeline if it runs (the worker sees is_cancelled) and leave."""
        self.workers.cancel_group(self, "pipeline")
        self.exit(self.exit_code, return_code=self.exit_code)

    def action_help(self) -> None:
        """Show every binding."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_groups()))

    def help_groups(self) -> list[tuple[str, list[HelpRow]]]:
        """Bindings by where they apply, with the keys as configured."""
        groups: list[tuple[str, tuple[type, ...]]] = [
            ("Everywhere", (type(self),)), ("Briefing screen", (BriefingScreen,)), ("In lists", (PaneList,)),
            ("Article", (ArticleScreen, ArticleView)), ("Mentions", (MentionsScreen,)),
            ("Dialogs", (ExportScreen, ConfirmScreen, HelpScreen)),
        ]
        return [(title, self._rows(classes)) for title, classes in groups]

    def _rows(self, classes: Iterable[type]) -> list[HelpRow]:
        rows: dict[tuple[str, str, str], list[str]] = {}
        for cls in classes:
            for binding in bindings_of(cls):
                if binding.system or not binding.description:
                    continue
                shown = remapped(binding, self.keymap)
                keys = rows.setdefault((binding.action, binding.description, binding.tooltip), [])
                keys.append(key_label(self, shown))
        return [(" / ".join(keys), description, tooltip) for (_, description, tooltip), keys in rows.items()]

    def action_export(self) -> None:
        """Ask for a path and write the briefing there as Markdown."""
        if self.briefing is None or not self.briefing.articles:
            self.notify("Nothing to export yet.", severity="warning", markup=False)
            return
        self.push_screen(ExportScreen(self.export_path, blink=self.blink), self._export_to)

    def _export_to(self, path: str | None) -> None:
        if not path:
            return
        target = Path(path).expanduser()
        self.export_path = str(target)
        if target.exists() and not target.is_dir():
            question = Content.assemble(("Replace ", "bold"), (str(target), "bold $warning"), ("?", "bold"),
                                        "\nThe file already exists; replacing it loses what it holds.")
            self.push_screen(ConfirmScreen(question), partial(self._confirmed, str(target)))
        else:
            self.write_export(str(target), force=False)

    def _confirmed(self, path: str, replace: bool | None) -> None:
        if replace:
            self.write_export(path, force=True)
        else:
            self.notify(f"Kept {path} as it was.", markup=False)
            self.post_message(ExportFinished(path, "not replaced"))

    def write_export(self, path: str, force: bool) -> bool:
        """Write the Markdown export atomically; refuses to replace ``path`` unless ``force``."""
        assert self.briefing is not None
        try:
            write_atomic(path, render(self.briefing, "md"), force=force)
        except ExportError as exc:
            self.notify(str(exc), title="Export failed", severity="error", markup=False)
            self.post_message(ExportFinished(path, str(exc)))
            return False
        self.notify(f"Wrote {path} ({self._summary(self.briefing)}).", markup=False)
        self.post_message(ExportFinished(path, None, replaced=force))
        return True

    # -- palette entry points ------------------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's commands, minus those ours replace (quit, keys)."""
        for command in super().get_system_commands(screen):
            if command.title not in ("Quit", "Keys"):
                yield command

    def go_to_topic(self, topic_id: str) -> None:
        """Select a topic on the briefing screen."""
        if self.screen is self.main_screen:
            self.main_screen.topics.highlight_id(topic_id)
            self.main_screen.topics.focus()

    def show_mentions(self, entity_key: str) -> None:
        """List the mentions of an entity of the selected topic."""
        screen = self.main_screen
        topic = screen.topics.topic
        if screen.briefing is None or topic is None:
            return
        entity = entity_by_key(topic, entity_key)
        if entity is not None:
            self.push_screen(MentionsScreen(screen.briefing, topic, entity))


def make_app(paths: Sequence[str], config: Config, *, briefing: Briefing | None = None,
             blink: bool = True) -> BriefingApp:
    """The app for ``paths`` (or for a prebuilt ``briefing``, which skips the pipeline)."""
    return BriefingApp(paths, config, briefing=briefing, blink=blink)


def run_app(paths: list[str], config: Config) -> int:
    """Run the app in the terminal; returns the exit code (see :mod:`briefing.cli`)."""
    app = make_app(paths, config)
    result = app.run()
    return result if isinstance(result, int) else (app.return_code or 0)
