"""Command line: ``briefing [PATHS...]`` (the app), ``briefing export PATHS... [-o FILE]`` and
``briefing cache info|clear``.

Exit codes: 0 done; 1 nothing could be produced (no readable article, a write failed); 2 bad usage or
configuration; 3 done, but some inputs were skipped (each named on stderr); 130 interrupted.
The TUI and the NLP pipeline are imported lazily: exports never load Textual, and the app can draw
its first screen before spaCy and scikit-learn are imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing import __version__
from briefing.cache import AnalysisCache, open_cache
from briefing.config import Config, ConfigError, load_config
from briefing.export import ExportError, render, write_atomic
from briefing.model import Briefing
from briefing.signals import ModelError

__all__ = ["main", "seeds_dir", "EXIT_OK", "EXIT_FAILED", "EXIT_USAGE", "EXIT_SKIPPED"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def seeds_dir() -> Path:
    """The bundled sample articles (used when no path is given)."""
    packaged = Path(__file__).parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


class _Fail(Exception):
    """A one-line error for the user, with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files or folders (searched recursively); - reads standard input; "
                             "none: the bundled sample articles")
    parser.add_argument("--config", metavar="FILE", help="TOML file overriding the defaults and the user config")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the analysis cache")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn news articles into a briefing whose every line is backed by verbatim quotes. "
                    "Subcommands: 'briefing export --help', 'briefing cache --help'.")
    _common(parser)
    parser.add_argument("--print", action="store_true", dest="print_md",
                        help="print the Markdown briefing instead of opening the app")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing export", description="Write the briefing as Markdown or JSON.")
    _common(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of standard output")
    parser.add_argument("--format", choices=("md", "json"), help="md or json (default: from the -o suffix, else md)")
    parser.add_argument("--force", action="store_true", help="replace an existing output file")
    return parser


def _cache_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing cache",
                                     description="The analysis cache: each article's spaCy result, reused on "
                                                 "the next run over the same text.")
    parser.add_argument("action", choices=("info", "clear"), help="info: where it is and its size; clear: empty it")
    parser.add_argument("--config", metavar="FILE", help="TOML file overriding the defaults and the user config")
    return parser


def _config(args: argparse.Namespace) -> Config:
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        raise _Fail(str(exc), EXIT_USAGE) from None
    if getattr(args, "no_cache", False):
        # Through the config, so the app's own pipeline runs see it too.
        config["cache"]["enabled"] = False
    return config


def _warn(message: str) -> None:
    print(f"briefing: warning: {message}", file=sys.stderr)


def _cache(config: Config) -> AnalysisCache | None:
    return open_cache(config["cache"], on_warning=_warn)


def _paths(args: argparse.Namespace) -> list[str]:
    return list(args.paths) or [str(seeds_dir())]


def _build(paths: Sequence[str], config: Config, progress: bool) -> Briefing:
    from briefing.pipeline import build_briefing

    try:
        from briefing.progress import progress_reporter

        cache = _cache(config)
        try:
            with progress_reporter(enabled=progress) as report:
                briefing = build_briefing(paths, config, on_progress=report, cache=cache, no_cache=cache is None)
        finally:
            if cache is not None:
                cache.close()
    except ModelError as exc:
        raise _Fail(str(exc), EXIT_USAGE) from None
    for skipped in briefing.skipped:
        print(f"briefing: skipped {skipped}", file=sys.stderr)
    for article in briefing.articles:
        for warning in article.warnings:
            print(f"briefing: warning: {article.path}: {warning}", file=sys.stderr)
    if not briefing.articles:
        raise _Fail(f"no readable article in {', '.join(paths)}", EXIT_FAILED)
    return briefing


def _status(briefing: Briefing) -> int:
    return EXIT_SKIPPED if briefing.skipped else EXIT_OK


def _run_export(argv: Sequence[str]) -> int:
    args = _export_parser().parse_args(argv)
    fmt = args.format or ("json" if args.output and args.output.lower().endswith(".json") else "md")
    config = _config(args)
    if args.output and Path(args.output).exists() and not args.force:
        raise _Fail(f"{args.output}: already exists (use --force to replace it)", EXIT_FAILED)
    briefing = _build(_paths(args), config, progress=bool(args.output) and sys.stderr.isatty())
    content = render(briefing, fmt)
    if args.output and args.output != "-":
        try:
            write_atomic(args.output, content, force=args.force)
        except ExportError as exc:
            raise _Fail(str(exc), EXIT_FAILED) from None
        print(f"briefing: wrote {args.output} ({_count(len(briefing.topics), 'topic')}, "
              f"{_count(len(briefing.articles), 'article')})",
              file=sys.stderr)
    else:
        sys.stdout.write(content)
    return _status(briefing)


def _run_app(argv: Sequence[str]) -> int:
    args = _app_parser().parse_args(argv)
    config = _config(args)
    paths = _paths(args)
    if args.print_md or not (sys.stdout.isatty() and sys.stdin.isatty()):
        briefing = _build(paths, config, progress=False)
        sys.stdout.write(render(briefing, "md"))
        return _status(briefing)
    try:
        from briefing.tui.app import run_app
    except ImportError:  # pragma: no cover - the TUI ships with the package
        briefing = _build(paths, config, progress=False)
        sys.stdout.write(render(briefing, "md"))
        return _status(briefing)
    return run_app(paths, config)


def _size(n: int) -> str:
    return f"{n / 1e6:,.1f} MB"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _run_cache(argv: Sequence[str]) -> int:
    args = _cache_parser().parse_args(argv)
    config = _config(args)
    cache = AnalysisCache(max_bytes=config["cache"]["max_bytes"], on_warning=_warn)
    with cache:
        if args.action == "clear":
            held = cache.info()
            if cache.clear() is None:
                raise _Fail(f"could not clear {cache.path}", EXIT_FAILED)
            print(f"briefing: cleared {_count(held.entries, 'cached article')} and "
                  f"{_count(held.briefings, 'cached briefing')} from {cache.path}", file=sys.stderr)
            return EXIT_OK
        info = cache.info()
    state = "on" if config["cache"]["enabled"] else "off ([cache] enabled = false)"
    print(f"path:     {info.path}\nstate:    {state}\narticles: {info.entries}\nbriefings: {info.briefings}\n"
          f"stored:   {_size(info.stored_bytes)} of {_size(info.max_bytes)} (least recently used evicted beyond)\n"
          f"on disk:  {_size(info.file_bytes)}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["export"]:
            return _run_export(argv[1:])
        if argv[:1] == ["cache"]:
            return _run_cache(argv[1:])
        return _run_app(argv)
    except _Fail as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("briefing: interrupted; nothing was written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
