"""Sentence similarity over content lemmas: the one measure used to merge and de-duplicate."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span

__all__ = ["content_lemmas", "Bag", "cosine"]

Bag = Counter
"""A bag of lemmas."""


def content_lemmas(span: Span) -> list[str]:
    """Lowercased lemmas of the content words of a span (no stop words, punctuation or numbers)."""
    return [t.lemma_.lower() for t in span if t.is_alpha and not t.is_stop and len(t) > 1]


def bag(words: Iterable[str]) -> Counter[str]:
    """Count the words."""
    return Counter(words)


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two bags (0.0 when either is empty)."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(count * b.get(word, 0) for word, count in a.items())
    if not dot:
        return 0.0
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))
