"""The briefing cache: a warm run over the same inputs decodes the stored briefing (equal to a fresh
one, without spaCy or even importing it); any change to an article, the config or the stored entry
computes afresh, and a damaged entry is never trusted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import briefing.nlp.analyze as analyze_module
from briefing.cache import AnalysisCache
from briefing.config import Config
from briefing.ingest import read_paths
from briefing.memo import briefing_key, decode_result, encode_result, fingerprint_files
from briefing.model import Article, Briefing, Skipped
from briefing.pipeline import briefing_from_articles
from tests.conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def articles(config: Config) -> list[Article]:
    return read_paths([str(SEEDS)], config).articles


def fresh(articles: list[Article], config: Config) -> Briefing:
    return briefing_from_articles(articles, config, no_cache=True)


def test_the_stored_briefing_decodes_equal_to_the_briefing(seed_briefing: Briefing, articles: list[Article]) -> None:
    blob = encode_result(seed_briefing, [Skipped("x.txt", "could not be analysed")])
    decoded, extra = decode_result(blob, articles)
    assert decoded == seed_briefing  # dataclass equality: tuples stay tuples, quotes inside facts stay Quotes
    assert extra == [Skipped("x.txt", "could not be analysed")]
    assert all(isinstance(q.highlights, tuple) for t in decoded.topics for s in t.sections for i in s.items
               for q in i.quotes)


def test_a_second_run_over_the_same_articles_skips_analysis(
        articles: list[Article], config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reference = fresh(articles, config)
    with AnalysisCache(tmp_path) as cache:
        first = briefing_from_articles(articles, config, cache=cache)

        def refuse(*args: object, **kwargs: object) -> None:
            raise AssertionError("the analysis stage ran")

        monkeypatch.setattr(analyze_module, "analyze", refuse)
        second = briefing_from_articles(articles, config, [Skipped("bad.bin", "not text")], cache=cache)
    assert first == reference
    assert second.topics == reference.topics and second.articles == reference.articles
    assert second.skipped == [Skipped("bad.bin", "not text")]  # the read's skips are this run's, not stored


def test_a_changed_article_is_computed_afresh(articles: list[Article], config: Config, tmp_path: Path) -> None:
    changed = [replace(articles[0], text=articles[0].text.replace("£1.6 billion", "£1.9 billion")), *articles[1:]]
    with AnalysisCache(tmp_path) as cache:
        briefing_from_articles(articles, config, cache=cache)
        warm = briefing_from_articles(changed, config, cache=cache)
    assert warm == fresh(changed, config)
    assert any("£1.9 billion" in q.text for t in warm.topics for s in t.sections for i in s.items for q in i.quotes)


@pytest.mark.parametrize("change", ["metadata", "order"])
def test_metadata_and_order_are_part_of_the_key(articles: list[Article], config: Config, change: str) -> None:
    other = ([replace(articles[0], published="2025-03-09"), *articles[1:]] if change == "metadata"
             else list(reversed(articles)))
    assert briefing_key(other, config.data, "m") != briefing_key(articles, config.data, "m")
    assert briefing_key(articles, config.data, "m") == briefing_key(list(articles), config.data, "m")


def test_a_changed_config_is_computed_afresh(articles: list[Article], config: Config, tmp_path: Path) -> None:
    data = json.loads(json.dumps(config.data, default=str))
    first_section = next(iter(data["sections"]))
    data["sections"][first_section]["max_items"] = 1
    smaller = Config({**config.data, "sections": data["sections"]})
    assert briefing_key(articles, smaller.data, "m") != briefing_key(articles, config.data, "m")
    with AnalysisCache(tmp_path) as cache:
        briefing_from_articles(articles, config, cache=cache)
        warm = briefing_from_articles(articles, smaller, cache=cache)
    assert all(len(t.sections[0].items) <= 1 for t in warm.topics)
    assert warm == fresh(articles, smaller)


def test_a_stored_briefing_whose_quotes_do_not_fit_the_texts_is_refused(
        seed_briefing: Briefing, articles: list[Article]) -> None:
    blob = encode_result(seed_briefing, [])
    shifted = [replace(a, text=" " + a.text) for a in articles]  # same ids, every offset now off by one
    assert decode_result(blob, shifted) is None
    assert decode_result(b"not zlib at all", articles) is None
    assert decode_result(blob, articles[:1]) is None  # an article the entry names is missing


def test_an_entry_that_passes_its_digest_but_does_not_decode_is_forgotten_and_recomputed(
        articles: list[Article], config: Config, tmp_path: Path) -> None:
    with AnalysisCache(tmp_path) as cache:
        briefing_from_articles(articles, config, cache=cache)
        key = next(k for k in _keys(tmp_path) if k.startswith("briefing:"))
        cache.put_many([(key, b"\x78\x01garbage")])  # stored through the API: its digest is right
        again = briefing_from_articles(articles, config, cache=cache)
        assert again == fresh(articles, config)
        assert cache.get_many([key])[key] != b"\x78\x01garbage"  # replaced by a good entry


def _keys(directory: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(directory / "analysis.sqlite3") as db:
        return [row[0] for row in db.execute("SELECT key FROM docs")]


def test_a_warm_run_does_not_even_import_spacy(tmp_path: Path) -> None:
    """The whole point of caching the briefing: reopening a folder costs reading it, not the NLP stack
    (nor numpy, which only codes parsed docs)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    code = ("import sys, json; from briefing.config import load_config; from briefing.pipeline import build_briefing;"
            f"b = build_briefing([{str(SEEDS)!r}], load_config());"
            "print(json.dumps([len(b.topics), sorted(m for m in ('spacy', 'sklearn', 'sumy', 'numpy') if m in sys.modules)]))")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                           check=True) for _ in range(2)]
    cold, warm = (json.loads(r.stdout) for r in runs)
    assert "spacy" in cold[1] and warm == [cold[0], []]


def test_the_code_fingerprint_covers_what_computes_a_briefing_and_not_what_shows_it() -> None:
    files = {str(p) for p in fingerprint_files()}
    assert {"pipeline.py", "memo.py", "nlp/pledges.py", "nlp/entities.py", "ingest/clean.py",
            "defaults/facts.toml", "defaults/default.toml"} <= files
    assert not any(f.startswith(("tui/", "export/")) or f in ("cli.py", "progress.py") for f in files)


def test_settings_that_cannot_change_a_briefing_keep_its_key(articles: list[Article], config: Config) -> None:
    data = json.loads(json.dumps(config.data, default=str))
    data["nlp"]["batch_size"] = 7
    data["cache"]["max_bytes"] = 123
    data.setdefault("keys", {})["quit"] = "x"
    assert briefing_key(articles, data, "m") == briefing_key(articles, config.data, "m")
    data["nlp"]["model"] = "another_pipeline"
    assert briefing_key(articles, data, "m") != briefing_key(articles, config.data, "m")


def test_a_card_quote_that_does_not_fit_its_text_refuses_the_entry(
        seed_briefing: Briefing, articles: list[Article]) -> None:
    topic = seed_briefing.topics[0]
    field, entry = next((k, v) for k, v in topic.card.items() if isinstance(v, dict) and v.get("quotes"))
    moved = replace(entry["quotes"][0], start=entry["quotes"][0].start + 1)
    card = {**topic.card, field: {**entry, "quotes": [moved, *entry["quotes"][1:]]}}
    bad = Briefing(seed_briefing.articles, [replace(topic, card=card), *seed_briefing.topics[1:]])
    assert decode_result(encode_result(seed_briefing, []), articles) is not None
    assert decode_result(encode_result(bad, []), articles) is None
