"""What a section builder sees of one topic: its analysed articles and the corpus entities."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span

from briefing.model import Mention, Quote, Sentence
from briefing.nlp.analyze import Analysis
from briefing.nlp.entities import EntityIndex

__all__ = ["TopicData", "SentenceRef", "HIGHLIGHT_LABELS"]

HIGHLIGHT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "MONEY", "CARDINAL", "QUANTITY", "FAC", "LOC", "DATE"})
"""Entity labels marked inside a quote."""


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """A sentence of a topic with its Doc span and the analysis it came from."""

    analysis: Analysis
    index: int

    @property
    def sentence(self) -> Sentence:
        """The sentence record (original offsets)."""
        return self.analysis.sentences[self.index]

    @property
    def span(self) -> Span:
        """The spaCy span of the cleaned text."""
        return self.analysis.spans[self.index]

    @property
    def mentions(self) -> list[tuple[Mention, Span]]:
        """The entity mentions inside this sentence, in order."""
        return _mentions_by_sentence(self.analysis)[self.index]

    def quote(self, labels: frozenset[str] = HIGHLIGHT_LABELS) -> Quote:
        """The whole sentence as a quote, with its entities highlighted."""
        sentence = self.sentence
        highlights = tuple((m.start - sentence.start, m.end - sentence.start) for m, ent in self.mentions
                           if ent.label_ in labels)
        return Quote.of(sentence, highlights)

    def entity_keys(self, entities: EntityIndex) -> list[tuple[str, Span]]:
        """Canonical keys of the name entities inside this sentence, with their spans."""
        out = []
        for mention, ent in self.mentions:
            key = entities.key_of(mention)
            if key:
                out.append((key, ent))
        return out


_BY_SENTENCE = "briefing.mentions_by_sentence"


def _mentions_by_sentence(analysis: Analysis) -> list[list[tuple[Mention, Span]]]:
    """Each sentence's mentions (those wholly inside it), grouped once per article and kept on its Doc:
    section builders ask per sentence, and scanning every mention each time grew with the square."""
    cached = analysis.doc.user_data.get(_BY_SENTENCE)
    if cached is None:
        sentences = analysis.sentences
        starts = [s.start for s in sentences]
        cached = [[] for _ in sentences]
        for mention, ent in analysis.mentions:
            i = bisect_right(starts, mention.start) - 1
            # Sentences never overlap: only the last one starting at or before the mention can hold it.
            if i >= 0 and mention.end <= sentences[i].end:
                cached[i].append((mention, ent))
        analysis.doc.user_data[_BY_SENTENCE] = cached
    return cached


@dataclass(slots=True)
class TopicData:
    """A topic's analyses in reading order, and the corpus-wide entity index."""

    analyses: list[Analysis]
    entities: EntityIndex
    memo: dict = field(default_factory=dict)
    """Derived tables computed once per topic by the section builders (they are asked per sentence)."""

    def sentences(self) -> Iterator[SentenceRef]:
        """Every kept sentence of every article of the topic."""
        for analysis in self.analyses:
            for index in range(len(analysis.sentences)):
                yield SentenceRef(analysis, index)

    def key_for_span(self, analysis: Analysis, ent: Span) -> str | None:
        """Canonical key of an entity span of ``analysis`` (None if not a name)."""
        for mention, span in analysis.mentions:
            if span.start == ent.start and span.end == ent.end:
                return self.entities.key_of(mention)
        return None
