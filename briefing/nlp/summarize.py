"""Sentence centrality for summarising: LexRank vectorised, sumy's other summarisers on our own words.

sumy never sees raw text here. Each sentence enters sumy's document model as the words our spaCy pass
produced (lemmas), handed back by a tokenizer that looks them up, and summarisers use sumy's
``null_stemmer`` (lower-casing: the identity on those words). Scores come back as one list in input order,
so callers keep their own sentence records (article, offsets) and never map text back.

sumy is imported only when a sumy algorithm runs: importing it pulls in NLTK (about 1.5 s), which the
default "lexrank" path does not need.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from briefing.nlp.lexrank import lexrank_scores

if TYPE_CHECKING:
    from sumy.models.dom import ObjectDocumentModel, Sentence
    from sumy.summarizers._summarizer import AbstractSummarizer

__all__ = [
    "ALGORITHMS",
    "centrality",
    "sumy_document",
    "sumy_lexrank_scores",
    "sumy_ratings",
    "sumy_summarizer",
]

_SUMY_CLASSES: dict[str, tuple[str, str]] = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
    "reduction": ("sumy.summarizers.reduction", "ReductionSummarizer"),
}

ALGORITHMS: tuple[str, ...] = tuple(_SUMY_CLASSES)
"""Algorithms :func:`centrality` knows. "lexrank" runs our vectorised LexRank (any size); the others run
sumy itself, in pure Python: textrank and reduction grow with the square of the sentence count, kl with
its cube (keep it to small inputs). sumy's Edmundson is left out: it needs cue-word lists (bonus, stigma)
and headings that we do not have, and without them it only rewards first and last sentences."""


def centrality(
    sentences: Sequence[Sequence[str]],
    algorithm: str = "lexrank",
    stop_words: frozenset[str] = frozenset(),
) -> list[float]:
    """One score per sentence (a list of words), in input order; higher = more central."""
    _check_algorithm(algorithm)
    if algorithm == "lexrank":
        return [float(score) for score in lexrank_scores(sentences, stop_words)]
    return sumy_ratings(algorithm, sentences, stop_words)


def sumy_lexrank_scores(
    sentences: Sequence[Sequence[str]], stop_words: frozenset[str] = frozenset()
) -> list[float]:
    """sumy's own LexRankSummarizer rating of each sentence (slow; the reference for lexrank_scores)."""
    return sumy_ratings("lexrank", sentences, stop_words)


def sumy_ratings(
    algorithm: str, sentences: Sequence[Sequence[str]], stop_words: frozenset[str] = frozenset()
) -> list[float]:
    """Run sumy's summariser for ``algorithm`` and return the rating it gave each sentence, in order."""
    _check_algorithm(algorithm)
    if not sentences:
        return []
    summarizer = _recording(_sumy_class(algorithm))(_null_stemmer())
    summarizer.stop_words = stop_words
    summarizer(sumy_document(sentences), len(sentences))
    if summarizer.ratings is None:
        # sumy returns before rating when nothing can be rated (LSA on sentences without any word)
        return [0.0] * len(sentences)
    return summarizer.ratings


def sumy_summarizer(algorithm: str, stop_words: frozenset[str] = frozenset()) -> AbstractSummarizer:
    """sumy's own summariser for ``algorithm``, set up as :func:`centrality` uses it (null stemmer)."""
    _check_algorithm(algorithm)
    summarizer = _sumy_class(algorithm)(_null_stemmer())
    summarizer.stop_words = stop_words  # type: ignore[attr-defined]
    return summarizer


def sumy_document(sentences: Sequence[Sequence[str]]) -> ObjectDocumentModel:
    """A one-paragraph sumy document whose sentences carry our precomputed words.

    Sentence ``i`` has the text ``str(i)``: sumy hashes and compares sentences by text and keys its
    ratings by sentence, so two sentences with the same wording (a reprint, a boilerplate line) would
    otherwise share one rating. The index also lets the tokenizer look the words up.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _PrecomputedWords(sentences)
    return ObjectDocumentModel([Paragraph([Sentence(str(i), tokenizer) for i in range(len(sentences))])])


class _PrecomputedWords:
    """sumy tokenizer whose sentence text is an index into words computed beforehand."""

    def __init__(self, sentences: Sequence[Sequence[str]]) -> None:
        self._words = [tuple(words) for words in sentences]

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """The words of the sentence whose text is its index."""
        return self._words[int(sentence)]


def _check_algorithm(algorithm: str) -> None:
    """ValueError naming the known algorithms when ``algorithm`` is not one of them."""
    if algorithm not in _SUMY_CLASSES:
        raise ValueError(f"unknown algorithm {algorithm!r}; known: {', '.join(ALGORITHMS)}")


def _sumy_class(algorithm: str) -> type[AbstractSummarizer]:
    """The sumy summariser class for a known algorithm name, imported on first use."""
    module, name = _SUMY_CLASSES[algorithm]
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _null_stemmer() -> Callable[[str], str]:
    """sumy's null stemmer (lower-casing): our words are lemmas already."""
    from sumy.nlp.stemmers import null_stemmer

    return null_stemmer


def _recording(cls: type[AbstractSummarizer]) -> Any:
    """Subclass of a sumy summariser that records every sentence's rating instead of choosing."""

    class Recording(cls):  # type: ignore[valid-type, misc]
        ratings: list[float] | None = None

        def _get_best_sentences(
            self, sentences: Sequence[Sentence], count: Any, rating: Any, *args: Any, **kwargs: Any
        ) -> tuple[Sentence, ...]:
            # rate in document order, as sumy's _get_best_sentences does (LSA's rating is an iterator)
            rate: Callable[..., float] = rating.__getitem__ if isinstance(rating, dict) else rating
            self.ratings = [float(rate(s, *args, **kwargs)) for s in sentences]
            return ()

    Recording.__name__ = f"Recording{cls.__name__}"
    return Recording
