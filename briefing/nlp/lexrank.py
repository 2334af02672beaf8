"""LexRank centrality as sumy rates it, rebuilt on sparse matrices so it scales to thousands of sentences.

This follows sumy 0.13.0 ``sumy/summarizers/lex_rank.py`` (``LexRankSummarizer.__call__``) step by step:

1. words: each word lower-cased (sumy's ``normalize_word``), stop words (lower-cased, as sumy's setter
   does) dropped, then stemmed. Our words are already lemmas, so the stemmer is sumy's ``null_stemmer``
   (lower-casing, i.e. the identity on our words) here and in every sumy summariser we build;
2. tf: a term's count in the sentence divided by the sentence's largest count;
3. idf over sentences: ``log(N / (1 + n_j))``; zero or negative for terms in almost every sentence
   (sumy squares it, so a negative idf still weighs);
4. idf-modified cosine: ``sum(tf1 * tf2 * idf**2) / (|tf1 * idf| * |tf2 * idf|)``, 0 when a norm is 0;
5. an edge wherever the cosine is strictly above ``threshold`` (a sentence's edge to itself included);
6. each row divided by its degree (edge count, 1 for a sentence without edges);
7. power method on the transpose from the uniform vector, L2-normalised each step, until the step changes
   the vector by at most ``epsilon`` (L2).

sumy fills a dense n-by-n matrix in pure Python (seconds for hundreds of sentences, growing with the
square). Here the similarities come from a sparse TF-IDF product computed a block of rows at a time, and
only the thresholded edges are kept, so memory grows with the number of edges, not with n squared. The
graph stays sparse for news (1.4% of pairs for 5,000 ECB+ sentences, see benchmarks/lexrank_scale.py); it
would only turn dense if most sentences shared heavily weighted words, and it is then exactly the graph
sumy builds, never an approximation.

Two deliberate differences, both where sumy has no meaningful answer. When no sentence has any edge
(no words at all, or e.g. two sentences with no word in common, where every idf is 0), sumy divides by
a zero norm and returns NaN for every sentence; this returns the uniform vector (nothing is more central
than anything else). And the power method stops after ``MAX_ITERATIONS`` steps, where sumy has no bound.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp

__all__ = ["MAX_ITERATIONS", "ROW_BLOCK", "lexrank_scores"]

MAX_ITERATIONS = 10_000
"""Bound on power-method steps (sumy has none; with a self-loop on every sentence it converges quickly)."""

ROW_BLOCK = 2_048
"""Rows of the similarity product computed at once: bounds the unthresholded intermediate to ROW_BLOCK x n."""


def lexrank_scores(
    sentences: Sequence[Sequence[str]],
    stop_words: frozenset[str] = frozenset(),
    threshold: float = 0.1,
    epsilon: float = 0.1,
) -> np.ndarray:
    """Return sumy's LexRank rating of each sentence (a list of words), in input order; higher = more central.

    ``threshold`` must be >= 0 (a negative one would make every pair an edge) and ``epsilon`` > 0.
    """
    if threshold < 0:
        raise ValueError(f"threshold must be >= 0, got {threshold}")
    if epsilon <= 0:
        raise ValueError(f"epsilon must be > 0, got {epsilon}")
    if not sentences:
        return np.zeros(0)
    counts = _term_counts(sentences, frozenset(w.lower() for w in stop_words))
    if counts.nnz == 0:
        return np.full(len(sentences), 1.0 / len(sentences))  # no words at all: sumy would return NaN
    unit_rows = _unit_rows(_tf_idf(counts))
    graph = _degree_normalised(_edges(unit_rows, threshold))
    return _power_method(graph, epsilon)


def _term_counts(sentences: Iterable[Sequence[str]], stop_words: frozenset[str]) -> sp.csr_matrix:
    """Sentence-by-term count matrix of the lower-cased words that are not stop words."""
    vocabulary: dict[str, int] = {}
    columns: list[int] = []
    row_starts = [0]
    for words in sentences:
        for word in words:
            term = word.lower()
            if term not in stop_words:
                columns.append(vocabulary.setdefault(term, len(vocabulary)))
        row_starts.append(len(columns))
    shape = (len(row_starts) - 1, len(vocabulary))
    counts = sp.csr_matrix((np.ones(len(columns)), columns, row_starts), shape=shape)
    counts.sum_duplicates()  # repeated words in a sentence become one entry holding their count
    return counts


def _tf_idf(counts: sp.csr_matrix) -> sp.csr_matrix:
    """Max-normalised tf times idf over sentences, as sumy's _compute_tf and _compute_idf."""
    sentence_count = counts.shape[0]
    row_max = counts.max(axis=1).toarray().ravel()
    row_max[row_max == 0] = 1  # sumy's _find_tf_max: 1 for a sentence without terms
    document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log(sentence_count / (1.0 + document_frequency))
    weights = counts.copy()
    weights.data = weights.data / np.repeat(row_max, np.diff(weights.indptr)) * idf[weights.indices]
    weights.eliminate_zeros()  # idf 0 terms add nothing to any cosine
    return weights


def _unit_rows(weights: sp.csr_matrix) -> sp.csr_matrix:
    """Rows scaled to unit L2 norm; a row of norm 0 stays zero (sumy's cosine is 0 there)."""
    norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    unit = weights.copy()
    unit.data = unit.data * np.repeat(inverse, np.diff(unit.indptr))
    return unit


def _edges(unit_rows: sp.csr_matrix, threshold: float) -> sp.csr_matrix:
    """0/1 matrix of the pairs whose idf-modified cosine is strictly above threshold."""
    transposed = unit_rows.T.tocsr()
    blocks = []
    for start in range(0, unit_rows.shape[0], ROW_BLOCK):
        cosines = (unit_rows[start : start + ROW_BLOCK] @ transposed).tocsr()
        cosines.data = (cosines.data > threshold).astype(float)
        cosines.eliminate_zeros()
        blocks.append(cosines)
    return sp.vstack(blocks, format="csr")


def _degree_normalised(edges: sp.csr_matrix) -> sp.csr_matrix:
    """Each row divided by its number of edges (1 when it has none), as sumy's _create_matrix."""
    degrees = np.maximum(np.diff(edges.indptr), 1)
    return sp.diags(1.0 / degrees) @ edges


def _power_method(matrix: sp.csr_matrix, epsilon: float) -> np.ndarray:
    """sumy's power_method: iterate p <- M^T p / |M^T p| from uniform until the step is <= epsilon."""
    transposed = matrix.T.tocsr()
    count = matrix.shape[0]
    p_vector = np.full(count, 1.0 / count)
    step = 1.0  # sumy starts its lambda at 1.0, so an epsilon >= 1 returns the uniform vector
    for _ in range(MAX_ITERATIONS):
        if step <= epsilon:
            break
        next_p = transposed @ p_vector
        norm = np.linalg.norm(next_p)
        if norm == 0 or not math.isfinite(norm):
            return np.full(count, 1.0 / count)  # no edges at all: sumy would return NaN
        next_p /= norm
        step = np.linalg.norm(next_p - p_vector)
        p_vector = next_p
    return p_vector
