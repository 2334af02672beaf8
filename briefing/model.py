"""The briefing's data model: plain dataclasses, no NLP and no Textual.

Everything a briefing shows points back into an :class:`Article`'s ``text`` by character
offsets. ``Article.text`` is the text exactly as read (for ``.txt``/``.md`` the decoded file), and
every :class:`Quote` satisfies ``article.text[quote.start:quote.end] == quote.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

__all__ = [
    "Article",
    "Skipped",
    "Sentence",
    "Quote",
    "Mention",
    "Entity",
    "Item",
    "Section",
    "Topic",
    "Briefing",
]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read, with the metadata found alongside it."""

    id: str
    """Stable short id (derived from the text), unique within a briefing."""
    path: str
    """Where it was read from (file path, ``-`` for stdin, ``file#n`` for a record inside a file)."""
    text: str
    """The article text exactly as read; all offsets index this string."""
    title: str = ""
    """Title from metadata, a Markdown heading or the first line."""
    source: str = ""
    """The outlet (publisher), if known."""
    published: str = ""
    """Publication date as ISO 8601 (``YYYY-MM-DD`` or a full timestamp), if known."""
    author: str = ""
    """Byline, if known."""
    url: str = ""
    """Canonical URL, if known."""
    body_start: int = 0
    """Offset where the body begins (after any metadata block)."""
    warnings: tuple[str, ...] = ()
    """Non-fatal problems met while reading (e.g. a legacy encoding)."""
    reprints: tuple[str, ...] = ()
    """Paths of other inputs whose text duplicates this one (not independent sources)."""

    def outlet(self, title_width: int = 0) -> str:
        """How an analyst names where the article comes from: the outlet ("Reuters"); else, with a
        ``title_width``, the title shortened to that many characters at a word; else the file name."""
        if self.source.strip():
            return " ".join(self.source.split())
        title = " ".join(self.title.split())
        if title and title_width:
            return title if len(title) <= title_width else title[:title_width].rsplit(" ", 1)[0] + "…"
        return PurePath(self.path).name


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not used, and why (one line for the user)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article, located by offsets into ``Article.text``."""

    article_id: str
    index: int
    """Position of the sentence among the article's kept sentences (0 = lead)."""
    start: int
    end: int
    text: str
    """Always ``article.text[start:end]``."""


@dataclass(frozen=True, slots=True)
class Quote:
    """Verbatim evidence: ``article.text[start:end] == text``."""

    article_id: str
    start: int
    end: int
    text: str
    highlights: tuple[tuple[int, int], ...] = ()
    """Spans inside the quote (relative to ``start``) worth highlighting: entities, amounts."""

    @classmethod
    def of(cls, sentence: Sentence, highlights: tuple[tuple[int, int], ...] = ()) -> Quote:
        """The quote covering a whole sentence."""
        return cls(sentence.article_id, sentence.start, sentence.end, sentence.text, highlights)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in an article."""

    article_id: str
    start: int
    end: int
    text: str
    label: str


@dataclass(slots=True)
class Entity:
    """A canonical entity with every surface form that was merged into it."""

    key: str
    """Canonical name, e.g. ``Volodymyr Zelenskyy`` or ``United Kingdom``."""
    label: str
    """spaCy label decided by vote over the mentions (PERSON, GPE, ORG, NORP, ...)."""
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def article_ids(self) -> set[str]:
        """Articles that mention this entity."""
        return {m.article_id for m in self.mentions}


@dataclass(slots=True)
class Item:
    """One line of a section, backed by at least one verbatim quote."""

    text: str
    quotes: list[Quote]
    facts: dict[str, Any] = field(default_factory=dict)
    """Structured fields (pledge amount, attendee role, ...); documented in README."""

    @property
    def source_count(self) -> int:
        """How many distinct articles back this item."""
        return len({q.article_id for q in self.quotes})


@dataclass(slots=True)
class Section:
    """A titled part of a topic (Pledges, Attendees, Diplomatic context, custom ones)."""

    key: str
    title: str
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class Topic:
    """A cluster of articles about one story or event."""

    id: str
    label: str
    article_ids: list[str]
    sections: list[Section] = field(default_factory=list)
    card: dict[str, Any] = field(default_factory=dict)
    """The event card: what, where, when, host (each backed by quotes where known)."""
    date_range: tuple[str, str] | None = None
    entities: list[Entity] = field(default_factory=list)
    """Canonical entities mentioned in the topic, most mentioned first."""


@dataclass(slots=True)
class Briefing:
    """The whole result: articles read, topics written up, inputs skipped."""

    articles: list[Article]
    topics: list[Topic]
    skipped: list[Skipped] = field(default_factory=list)

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError if none)."""
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)
