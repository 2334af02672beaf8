"""Exports of a briefing: Markdown for people, JSON for programs, written atomically."""

from briefing.export.jsonout import SCHEMA, to_dict, to_json
from briefing.export.markdown import inert, to_markdown
from briefing.export.write import ExportError, write_atomic

__all__ = ["SCHEMA", "to_dict", "to_json", "to_markdown", "inert", "write_atomic", "ExportError", "render"]


def render(briefing, fmt: str) -> str:
    """The briefing in format ``md`` or ``json``."""
    if fmt == "json":
        return to_json(briefing)
    if fmt == "md":
        return to_markdown(briefing)
    raise ValueError(f"unknown export format {fmt!r} (md or json)")
