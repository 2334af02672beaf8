"""How briefing objects look on screen: pure functions from the model to Content, no widgets.

Every string that came from an article goes through :mod:`briefing.tui.text` (never markup);
the only styles are the constants below, applied by offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from textual.content import Content

from briefing.model import Article, Briefing, Entity, Item, Mention, Quote, Section, Topic
from briefing.tui.text import one_line, shorten, styled

__all__ = [
    "HIGHLIGHT", "MATCH", "WARN",
    "plural", "article_meta", "article_index", "topic_sources", "topic_prompt", "topic_meta", "sources_badge",
    "item_prompt", "item_header", "item_matches", "quote_matches", "quote_prompt", "fact_lines",
    "claims_by_article", "card_section", "entity_by_key", "entity_for", "mention_prompt", "find_all",
    "skipped_sections", "topic_sections",
]

HIGHLIGHT = "bold $accent"
"""Entities and amounts inside a quote."""
MATCH = "reverse"
"""What the filter matched."""
WARN = "bold $warning"
"""Discrepancies between sources."""
_GOOD = "bold $success"
_DIM = "dim"
_CARD_ORDER = ("what", "where", "when", "host")


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of ``needle`` in ``text`` as offsets into ``text`` itself."""
    if not needle:
        return []
    return [m.span() for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


def article_meta(article: Article, title_limit: int = 70) -> Content:
    """``outlet · date · title`` on one line, the outlet in bold (no title if ``title_limit`` is 0)."""
    # the title follows on the same line, so the outlet falls back to the file name, not the title
    parts: list[str | tuple[str, str]] = [(one_line(article.outlet()), "bold")]
    if article.published:
        parts += [" · ", one_line(article.published[:10])]
    if article.title and title_limit > 0:
        parts += [" · ", (shorten(one_line(article.title), title_limit), _DIM)]
    return Content.assemble(*parts)


def article_index(briefing: Briefing) -> dict[str, Article]:
    """Articles by id (``Briefing.article`` is a linear search; a screen of thousands needs a dict)."""
    return {article.id: article for article in briefing.articles}


def topic_sources(briefing: Briefing, topic: Topic, index: dict[str, Article] | None = None) -> int:
    """Distinct outlets behind a topic (an article of unknown outlet counts as its own)."""
    index = index if index is not None else article_index(briefing)
    return len({(index[i].source or index[i].path) for i in topic.article_ids if i in index})


def plural(count: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def topic_meta(briefing: Briefing, topic: Topic, index: dict[str, Article] | None = None) -> str:
    """``3 articles · 2 sources · 2025-03-01 to 2025-03-03`` (``index``: :func:`article_index`, if at hand)."""
    parts = [plural(len(topic.article_ids), "article"), plural(topic_sources(briefing, topic, index), "source")]
    if topic.date_range:
        first, last = (one_line(d) for d in topic.date_range)
        parts.append(first if first == last else f"{first} to {last}")
    return " · ".join(parts)


def topic_prompt(briefing: Briefing, topic: Topic, index: dict[str, Article] | None = None) -> Content:
    """A topic in the topics list: its label, then counts and dates."""
    meta = topic_meta(briefing, topic, index)
    return Content.assemble((one_line(topic.label) or topic.id, "bold"), "\n", (meta, _DIM))


def sources_badge(count: int) -> Content:
    """``2 sources`` (corroborated, in green) or ``1 source``."""
    return Content.styled(plural(count, "source"), _GOOD if count > 1 else _DIM)


def _discrepancies(item: Item) -> list[str]:
    value = item.facts.get("discrepancies") or []
    return [one_line(str(v)) for v in value] if isinstance(value, list) else [one_line(str(value))]


def item_prompt(item: Item, query: str = "", limit: int = 110) -> Content:
    """An item in the sections list: its text (shortened), corroboration and a discrepancy flag."""
    text = shorten(one_line(item.text), limit)
    parts: list[Content | str | tuple[str, str]] = ["• ", styled(text, find_all(text, query), MATCH)]
    if item.source_count > 1:
        parts += ["  ", sources_badge(item.source_count)]
    if _discrepancies(item):
        parts += ["  ", ("⚠ sources differ", WARN)]
    return Content.assemble(*parts)


def item_matches(item: Item, query: str) -> bool:
    """Whether the filter ``query`` occurs in the item's text or in one of its quotes."""
    return not query or bool(find_all(item.text, query)) or any(quote_matches(q, query) for q in item.quotes)


def quote_matches(quote: Quote, query: str) -> bool:
    """Whether the filter ``query`` occurs in the quote."""
    return not query or bool(find_all(quote.text, query))


def _fact_value(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)):
        return f"{value:,}"
    if isinstance(value, Quote):
        return f"“{shorten(one_line(value.text), 80)}”"
    if isinstance(value, dict):
        if "text" in value:
            thing = value.get("thing")
            return one_line(str(value["text"])) + (f" {one_line(thing)}" if isinstance(thing, str) and thing else "")
        return ", ".join(f"{one_line(str(k))} {_fact_value(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return "; ".join(_fact_value(v) for v in value)
    return one_line(str(value))


def fact_lines(facts: dict[str, Any]) -> list[tuple[str, str]]:
    """Structured facts as ``(name, value)`` lines, whatever their fields (kind and discrepancies aside)."""
    lines = []
    for key, value in facts.items():
        if key in ("kind", "discrepancies") or value in (None, "", [], {}, ()):
            continue
        lines.append((one_line(str(key)).replace("_", " "), _fact_value(value)))
    return lines


def item_header(item: Item, section_title: str) -> Content:
    """The top of the evidence panel: section and corroboration, discrepancies, full text, then facts."""
    parts: list[Content | str | tuple[str, str]] = [(one_line(section_title), "bold $secondary"), " · ",
                                                   sources_badge(item.source_count),
                                                   f" · {plural(len(item.quotes), 'quote')}"]
    for note in _discrepancies(item):  # first, so it is seen even when the header is cut short
        parts += ["\n", *_discrepancy_line(note)]
    parts += ["\n", (one_line(item.text), "bold")]
    for name, value in fact_lines(item.facts):
        parts += ["\n", (f"{name}: ", _DIM), value]
    return Content.assemble(*parts)


def _discrepancy_line(note: str) -> list[tuple[str, str]]:
    """"⚠ Sources differ on …" once, whether or not the note already starts with those words."""
    lead = "sources differ"
    if note.lower().startswith(lead):
        return [("⚠ Sources differ", WARN), (note[len(lead):], "$warning")]
    return [("⚠ Sources differ: ", WARN), (note, "$warning")]


def claims_by_article(item: Item) -> dict[str, list[str]]:
    """What each article claims, from facts that say which articles back them (e.g. quantities)."""
    claims: dict[str, list[str]] = {}
    for value in item.facts.values():
        for entry in value if isinstance(value, list) else ():
            if isinstance(entry, dict) and isinstance(entry.get("article_ids"), list):
                for article_id in entry["article_ids"]:
                    claims.setdefault(str(article_id), []).append(_fact_value(entry))
    return claims


def quote_prompt(briefing: Briefing, quote: Quote, claims: Iterable[str] = (), query: str = "",
                 discrepant: bool = False) -> Content:
    """A quote in the evidence panel: its article, then the quote verbatim with its highlights."""
    text = styled(quote.text, quote.highlights, HIGHLIGHT)  # highlights are relative to the quote
    for start, end in find_all(text.plain, query):
        text = text.stylize(MATCH, start, end)
    try:
        head = article_meta(briefing.article(quote.article_id))
    except KeyError:
        head = Content(f"article {quote.article_id} (not in this briefing)")
    parts: list[Content | str | tuple[str, str]] = [head, "\n“", text, "”"]
    for claim in claims:
        parts += ["\n", ("  says: ", _DIM), (claim, "$warning" if discrepant else "")]
    return Content.assemble(*parts)


def _as_quotes(value: Any) -> list[Quote]:
    quotes = []
    for entry in value if isinstance(value, list) else ():
        if isinstance(entry, Quote):
            quotes.append(entry)
        elif isinstance(entry, dict) and {"article_id", "start", "end", "text"} <= entry.keys():
            highlights = tuple(tuple(h) for h in entry.get("highlights", ()))
            quotes.append(Quote(str(entry["article_id"]), int(entry["start"]), int(entry["end"]),
                                str(entry["text"]), highlights))
    return quotes


def card_section(topic: Topic) -> Section | None:
    """The event card (what, where, when, host, and any other field) as a section of quoted items."""
    names = [n for n in _CARD_ORDER if n in topic.card] + [n for n in topic.card if n not in _CARD_ORDER]
    items = []
    for name in names:
        entry = topic.card[name]
        text = entry.get("text", "") if isinstance(entry, dict) else entry
        if not text:
            continue
        quotes = _as_quotes(entry.get("quotes")) if isinstance(entry, dict) else []
        label = one_line(str(name)).replace("_", " ").capitalize()
        items.append(Item(f"{label}: {_fact_value(text)}", quotes, {"kind": "card"}))
    return Section("card", "Event", items) if items else None


def entity_by_key(topic: Topic, key: str) -> Entity | None:
    """The topic entity with this canonical name (exact, else ignoring case)."""
    for entity in topic.entities:
        if entity.key == key:
            return entity
    folded = key.casefold()
    return next((e for e in topic.entities if e.key.casefold() == folded), None)


def entity_for(topic: Topic, item: Item) -> Entity | None:
    """The topic entity an item is about (attendees name theirs in ``facts['entity']``)."""
    key = item.facts.get("entity")
    return entity_by_key(topic, key) if isinstance(key, str) else None


def _snippet_bounds(text: str, start: int, end: int, radius: int) -> tuple[int, int, bool, bool]:
    """``(left, right, cut_left, cut_right)``: words around ``[start, end)`` within its paragraph."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    left = max(paragraph_start, start - radius)
    if left > paragraph_start:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(paragraph_end, end + radius)
    if right < paragraph_end:
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return left, right, left > paragraph_start, right < paragraph_end


def mention_prompt(article: Article, mention: Mention, radius: int = 90) -> Content:
    """A mention in its article: where it is from, and the words around it with the mention highlighted."""
    left, right, cut_left, cut_right = _snippet_bounds(article.text, mention.start, mention.end, radius)
    around = styled(article.text[left:right], [(mention.start - left, mention.end - left)], HIGHLIGHT)
    return Content.assemble(article_meta(article), "\n", "…" if cut_left else "", around, "…" if cut_right else "")


def skipped_sections(briefing: Briefing) -> list[Section]:
    """Skipped inputs and reading warnings as sections of (quote-less) items."""
    skipped = [Item(f"{s.path}: {s.reason}", [], {"kind": "skipped"}) for s in briefing.skipped]
    warnings = [Item(f"{a.path}: {w}", [], {"kind": "warning"}) for a in briefing.articles for w in a.warnings]
    sections = [Section("skipped", "Skipped inputs", skipped)] if skipped else []
    return sections + ([Section("warnings", "Reading warnings", warnings)] if warnings else [])


def topic_sections(topic: Topic) -> list[Section]:
    """What the sections pane lists for a topic: the event card (if any), then its sections."""
    card = card_section(topic)
    return ([card] if card else []) + list(topic.sections)
