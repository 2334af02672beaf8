"""The one spaCy pass: clean each article, run ``nlp.pipe`` in batches, map results back.

An :class:`Analysis` keeps the spaCy ``Doc`` of the cleaned text (for parse-based extraction) and
the article's :class:`~briefing.model.Sentence` records in original offsets. Nothing downstream
re-parses text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefing.ingest.clean import CleanRules, CleanText, clean_text, split_on_paragraphs
from briefing.model import Article, Mention, Sentence

__all__ = ["Analysis", "ModelError", "load_model", "analyze", "sentences_of", "mentions_of", "Progress"]

Progress = Callable[[int, int], None]
"""Called with (articles done, articles in all)."""


class ModelError(Exception):
    """The configured spaCy pipeline cannot be loaded (one-line message)."""


@dataclass(slots=True)
class Analysis:
    """One article after the spaCy pass."""

    article: Article
    clean: CleanText
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    """``spans[i]`` is the Doc span (cleaned text) of ``sentences[i]``."""
    mentions: list[tuple[Mention, Span]] = field(default_factory=list)
    """Entity mentions in original offsets, with their Doc spans."""

    def sentence_at(self, token_i: int) -> int | None:
        """Index of the sentence holding token ``token_i`` (None if it was dropped)."""
        for i, span in enumerate(self.spans):
            if span.start <= token_i < span.end:
                return i
        return None


@cache
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (cached per process)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed (set [nlp] model to an installed pipeline)"
        ) from None
    missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline '{name}' lacks {', '.join(missing)}, which briefing needs")
    return nlp


_LETTER = re.compile(r"[^\W\d_]")


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def sentences_of(article: Article, clean: CleanText, doc: Doc, rules: CleanRules) -> tuple[list[Sentence], list[Span]]:
    """Sentence records in original offsets, split at paragraphs and removed text, junk dropped."""
    sentences: list[Sentence] = []
    spans: list[Span] = []
    for sent in doc.sents:
        for p0, p1 in split_on_paragraphs(sent.start_char, sent.end_char, clean.paragraphs):
            for r0, r1, _, _ in clean.map_span(p0, p1):
                # Strip in cleaned coordinates (where escapes and controls are blanks), then map.
                c0, c1 = _strip(clean.text, r0, r1)
                if c0 >= c1:
                    continue
                runs = clean.map_span(c0, c1)
                o0, o1 = runs[0][2], runs[-1][3]
                text = article.text[o0:o1]
                if not _LETTER.search(text) or rules.is_junk_sentence(text):
                    continue
                span = doc.char_span(c0, c1, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                sentences.append(Sentence(article.id, len(sentences), o0, o1, text))
                spans.append(span)
    return sentences, spans


def mentions_of(article: Article, clean: CleanText, doc: Doc) -> list[tuple[Mention, Span]]:
    """Entity mentions mapped to original offsets; an entity split by removed text is dropped."""
    out = []
    for ent in doc.ents:
        runs = clean.map_span(ent.start_char, ent.end_char)
        if len(runs) != 1:
            continue
        _, _, o0, o1 = runs[0]
        out.append((Mention(article.id, o0, o1, article.text[o0:o1], ent.label_), ent))
    return out


def _n_process(config: dict, count: int) -> int:
    import os

    wanted = config["n_process"]
    if wanted > 0:
        return wanted
    per = max(1, config["min_articles_per_process"])
    return max(1, min(os.cpu_count() or 1, count // per))


def analyze(articles: Sequence[Article], config: dict, rules: CleanRules, *,
            on_progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None) -> list[Analysis]:
    """Clean and parse ``articles`` with one ``nlp.pipe`` pass; ``config`` is the ``[nlp]`` table."""
    nlp = load_model(config["model"])
    cleaned = [clean_text(a.text, rules, a.body_start) for a in articles]
    docs = nlp.pipe((c.text for c in cleaned), batch_size=config["batch_size"],
                    n_process=_n_process(config, len(articles)))
    return list(_collect(articles, cleaned, docs, rules, on_progress, is_cancelled))


def _collect(articles: Sequence[Article], cleaned: Sequence[CleanText], docs: Iterable[Doc], rules: CleanRules,
             on_progress: Progress | None, is_cancelled: Callable[[], bool] | None) -> Iterable[Analysis]:
    total = len(articles)
    for done, (article, clean, doc) in enumerate(zip(articles, cleaned, docs), 1):
        if is_cancelled and is_cancelled():
            return
        sentences, spans = sentences_of(article, clean, doc, rules)
        yield Analysis(article, clean, doc, sentences, spans, mentions_of(article, clean, doc))
        if on_progress:
            on_progress(done, total)
