"""The briefing as Markdown: a pure function of a :class:`~briefing.model.Briefing`.

Article text is untrusted. Every piece of it is passed through :func:`inert`, which backslash-escapes
Markdown and HTML syntax and removes control characters, so a quote renders as exactly the characters
it quotes and can never become a link, heading, image or HTML tag.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.model import Article, Briefing, Item, Quote, Topic

__all__ = ["to_markdown", "inert"]

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~!&@$^])|(?<=[A-Za-z]):(?=//)|(?<=[Ww]{3})\.")
"""Markdown/HTML syntax characters, plus the ``:`` of ``http://`` and the ``.`` of ``www.`` (autolinks)."""
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences and control characters (keeps newlines and tabs)."""
    return _CONTROL.sub("", text)


def inert(text: str) -> str:
    """``text`` as Markdown that renders to the same characters, on one line, with no live syntax."""
    text = " ".join(strip_controls(text).split())
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf",) or ch == "\u200d")
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def _article_line(number: int, article: Article) -> str:
    parts = [f"**{inert(article.title or article.path)}**"]
    meta = ", ".join(inert(x) for x in (article.source, article.published[:10]) if x)
    if meta:
        parts.append(meta)
    parts.append(f"{inert(article.path)} (id {article.id})")
    if article.reprints:
        parts.append("reprinted as " + ", ".join(inert(p) for p in article.reprints))
    return f"{number}. " + " — ".join(parts)


class _Notes:
    """Footnotes numbered in order of first citation; one per distinct quote."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.numbers: dict[tuple[str, int, int], int] = {}
        self.lines: list[str] = []

    def cite(self, quote: Quote) -> str:
        key = (quote.article_id, quote.start, quote.end)
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
            article = self.briefing.article(quote.article_id)
            where = ", ".join(inert(x) for x in (article.title or article.path, article.source,
                                                  article.published[:10]) if x)
            self.lines.append(f"[^{self.numbers[key]}]: “{inert(quote.text)}” — {where} "
                              f"({inert(article.path)}, characters {quote.start}–{quote.end})")
        return f"[^{self.numbers[key]}]"


def _item_lines(item: Item, notes: _Notes) -> list[str]:
    cites = "".join(notes.cite(q) for q in item.quotes)
    count = item.source_count
    sources = f" *({count} sources)*" if count > 1 else ""
    lines = [f"- {inert(item.text)}{sources} {cites}"]
    differences = item.facts.get("differences") or []
    for diff in differences:
        # Each version with the quote that gives it, so the reader sees who says what.
        lines.append(f"  - **Sources differ** on {inert(_difference_label(diff))}:")
        for version in diff.get("versions", []):
            quotes = version.get("quotes", [])
            shown = " ".join(f"“{inert(q.text)}” {notes.cite(q)}" for q in quotes)
            lines.append(f"    - **{inert(version.get('text', ''))}** — {shown}".rstrip())
    if not differences:
        for note in item.facts.get("discrepancies", []):
            lines.append(f"  - **Sources differ:** {inert(note)}")
    return lines


def _difference_label(diff: dict) -> str:
    """What a disagreement is about: "the number of missiles", "the amount", "the date"."""
    if diff.get("field") == "quantity":
        return f"the number of {diff.get('thing', 'item')}s"
    return {"amount": "the amount", "donor": "who gives", "date": "the date"}.get(diff.get("field", ""), "a detail")


def _card_lines(topic: Topic, notes: _Notes) -> list[str]:
    lines = []
    for field in ("what", "where", "when", "host"):
        entry = topic.card.get(field)
        if not entry:
            continue
        value = entry.get("text", "") if isinstance(entry, dict) else str(entry)
        quotes = entry.get("quotes", []) if isinstance(entry, dict) else []
        cites = "".join(notes.cite(q) for q in quotes)
        count = len({q.article_id for q in quotes})
        sources = f" *({count} sources)*" if count > 1 else ""
        lines.append(f"- **{field.capitalize()}:** {inert(value)}{sources} {cites}".rstrip())
    return lines


def _topic_lines(number: int, topic: Topic, briefing: Briefing, notes: _Notes) -> list[str]:
    sources = len({briefing.article(a).source or briefing.article(a).path for a in topic.article_ids})
    dates = ""
    if topic.date_range:
        first, last = topic.date_range
        dates = f" · {first}" + (f" to {last}" if last != first else "")
    lines = [f"## {number}. {inert(topic.label)}", "",
             f"*{len(topic.article_ids)} articles · {sources} sources{dates}*", ""]
    card = _card_lines(topic, notes)
    if card:
        lines += card + [""]
    for section in topic.sections:
        lines += [f"### {inert(section.title)}", ""]
        if not section.items:
            lines += ["*Nothing found in these articles.*", ""]
            continue
        for item in section.items:
            lines += _item_lines(item, notes)
        lines.append("")
    return lines


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def to_markdown(briefing: Briefing) -> str:
    """The whole briefing as one Markdown document (deterministic for the same input)."""
    notes = _Notes(briefing)
    lines = [f"# Briefing: {_count(len(briefing.topics), 'topic')} from {_count(len(briefing.articles), 'article')}",
             "", "## Sources", ""]
    lines += [_article_line(i, a) for i, a in enumerate(briefing.articles, 1)]
    if briefing.skipped:
        lines += ["", "Skipped inputs:", ""]
        lines += [f"- {inert(s.path)}: {inert(s.reason)}" for s in briefing.skipped]
    lines.append("")
    for number, topic in enumerate(briefing.topics, 1):
        lines += _topic_lines(number, topic, briefing, notes)
    if notes.lines:
        lines += ["## Quotes", ""] + notes.lines + [""]
    return "\n".join(lines)
