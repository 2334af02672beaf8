"""The analysis cache as a store: damage is detected and rebuilt, never trusted; failures degrade to no
cache with one warning; the size bound evicts; concurrent writers do not corrupt it; the CLI controls it."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

import briefing.nlp.analyze as analyze_module
from briefing.cache import FILE_NAME, AnalysisCache, decode_doc, encode_doc, entry_key
from briefing.cli import main
from briefing.config import Config
from briefing.ingest import read_paths
from briefing.ingest.clean import CleanRules, clean_text
from briefing.model import Article
from briefing.nlp.analyze import analyze, load_model, model_info
from tests.test_analyze import WRITTEN, Loads, summary


@pytest.fixture(scope="module")
def articles(seeds: Path, config: Config) -> list[Article]:
    read = read_paths([str(seeds)], config).articles
    return [*read, *(Article(id=f"w{i}", path=f"w{i}.txt", text=t) for i, t in enumerate(WRITTEN))]


@pytest.fixture(scope="module")
def reference(articles: list[Article], config: Config) -> list[dict]:
    """The analyses without any cache."""
    return [summary(a) for a in analyze(articles, config["nlp"], CleanRules.from_config(config["clean"]))]


@pytest.fixture()
def loads(monkeypatch: pytest.MonkeyPatch) -> Loads:
    counter = Loads()
    monkeypatch.setattr(analyze_module, "load_model", counter)
    return counter


def run(articles: list[Article], config: Config, cache: AnalysisCache) -> list[dict]:
    return [summary(a) for a in analyze(articles, config["nlp"], CleanRules.from_config(config["clean"]),
                                        cache=cache)]


def blobs(n: int, size: int) -> list[tuple[str, bytes]]:
    """``n`` distinct entries of ``size`` bytes (the store does not care what a blob holds)."""
    return [(entry_key(f"text {i}", "m"), os.urandom(size)) for i in range(n)]


# -- damage ------------------------------------------------------------------------------------------


def test_a_flipped_byte_in_an_entry_is_detected_and_that_article_reparsed(
        articles: list[Article], config: Config, reference: list[dict], tmp_path: Path, loads: Loads) -> None:
    cache = AnalysisCache(tmp_path)
    run(articles, config, cache)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        key, data = db.execute("SELECT key, data FROM docs ORDER BY key LIMIT 1").fetchone()
        flipped = bytearray(data)
        flipped[len(flipped) // 2] ^= 0x40
        db.execute("UPDATE docs SET data = ? WHERE key = ?", (bytes(flipped), key))
    before = len(loads.parsed())
    assert run(articles, config, cache) == reference
    assert len(loads.parsed()) - before == 1
    before = len(loads.parsed())
    assert run(articles, config, cache) == reference  # rebuilt: all hits again
    assert len(loads.parsed()) == before


def test_an_entry_damaged_past_its_digest_is_not_trusted(
        articles: list[Article], config: Config, reference: list[dict], tmp_path: Path, loads: Loads) -> None:
    cache = AnalysisCache(tmp_path)
    run(articles, config, cache)
    rules = CleanRules.from_config(config["clean"])
    fingerprint = model_info(config["nlp"]["model"]).fingerprint
    keys = [entry_key(clean_text(a.text, rules, a.body_start).text, fingerprint) for a in articles[:2]]
    other = encode_doc(load_model(config["nlp"]["model"])("A different text altogether."))
    # Stored through the cache, so their digests are valid: a well-formed entry of another text, a truncated one.
    cache.put_many([(keys[0], other), (keys[1], other[:40])])
    before = len(loads.parsed())
    result = analyze(articles, config["nlp"], rules, cache=cache)
    assert [summary(a) for a in result] == reference
    assert len(loads.parsed()) - before == 2
    assert len({id(a.doc.vocab) for a in result}) == 1  # reparsed docs share the decoded ones' vocab
    before = len(loads.parsed())
    assert run(articles, config, cache) == reference
    assert len(loads.parsed()) == before


@pytest.mark.parametrize("damage", ["garbage", "truncate", "flip-pages"])
def test_a_damaged_database_file_is_rebuilt(articles: list[Article], config: Config, reference: list[dict],
                                             tmp_path: Path, damage: str) -> None:
    cache = AnalysisCache(tmp_path)
    run(articles, config, cache)
    cache.close()
    path = tmp_path / FILE_NAME
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    if damage == "garbage":
        data = bytearray(b"not a database, just text " * 200)
    elif damage == "truncate":
        data = data[: len(data) // 3]
    else:
        for i in range(100, len(data), 997):
            data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    warnings: list[str] = []
    damaged = AnalysisCache(tmp_path, on_warning=warnings.append)
    assert run(articles, config, damaged) == reference
    assert run(articles, config, damaged) == reference
    assert not damaged.disabled
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_decode_rejects_damaged_blobs(config: Config) -> None:
    doc = load_model(config["nlp"]["model"])("Starmer met Zelenskyy in London on Saturday.")
    blob = encode_doc(doc)
    assert decode_doc(blob, doc.vocab, doc.text).text == doc.text
    for bad in (blob[:-7], blob[: len(blob) // 2], b"", b"BRD1" + blob, bytes(len(blob))):
        assert decode_doc(bad, doc.vocab, doc.text) is None


# -- degrading ---------------------------------------------------------------------------------------


def test_an_unusable_cache_dir_means_no_cache_and_one_warning(
        articles: list[Article], config: Config, reference: list[dict], tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    warnings: list[str] = []
    cache = AnalysisCache(blocker / "briefing", on_warning=warnings.append)
    assert run(articles, config, cache) == reference
    assert run(articles, config, cache) == reference
    assert cache.disabled and len(warnings) == 1 and str(blocker) in warnings[0]


def test_a_full_database_means_no_cache_and_one_warning(tmp_path: Path) -> None:
    warnings: list[str] = []
    cache = AnalysisCache(tmp_path, on_warning=warnings.append)
    cache.put_many(blobs(1, 100))
    # SQLite's page limit makes it report SQLITE_FULL exactly as a full disk does.
    cache._connect().execute("PRAGMA max_page_count = 8")
    cache.put_many(blobs(20, 4000))
    cache.put_many(blobs(20, 4000))
    assert cache.get_many([k for k, _ in blobs(20, 1)]) == {}
    assert cache.disabled and len(warnings) == 1 and "full" in warnings[0]


def test_a_database_locked_by_another_run_is_skipped_not_fatal(tmp_path: Path) -> None:
    warnings: list[str] = []
    cache = AnalysisCache(tmp_path, on_warning=warnings.append, timeout=0.2)
    entries = blobs(3, 500)
    cache.put_many(entries[:1])
    other = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        cache.put_many(entries[1:])  # waits 0.2 s, then gives up on this write
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not cache.disabled and warnings == []
    assert set(cache.get_many([k for k, _ in entries])) == {entries[0][0]}


# -- size bound --------------------------------------------------------------------------------------


def test_the_size_bound_evicts_least_recently_used(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path, max_bytes=50_000)
    entries = blobs(12, 5_000)
    for entry in entries[:8]:
        cache.put_many([entry])
    assert cache.info().entries == 8
    assert len(cache.get_many([entries[0][0]])) == 1  # the oldest is used again: now the newest
    for entry in entries[8:]:
        cache.put_many([entry])
    info = cache.info()
    assert info.stored_bytes <= 50_000
    kept = cache.get_many([k for k, _ in entries])
    assert entries[0][0] in kept and entries[-1][0] in kept
    assert entries[1][0] not in kept  # the least recently used went first
    assert all(kept[k] == b for k, b in entries if k in kept)
    cache.put_many([(entry_key("huge", "m"), os.urandom(60_000))])  # bigger than the bound: not stored
    assert cache.info().stored_bytes <= 50_000
    assert cache.clear() == len(kept)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("PRAGMA freelist_count").fetchone() == (0,)  # freed space went back to the disk


# -- concurrency -------------------------------------------------------------------------------------


def _writer(directory: str, seed: int, rounds: int) -> None:
    cache = AnalysisCache(directory, max_bytes=400_000)
    for r in range(rounds):
        entries = [(entry_key(f"{seed}-{r}-{i}", "m"), bytes([seed]) * 3_000) for i in range(10)]
        cache.put_many(entries)
        got = cache.get_many([k for k, _ in entries])
        assert all(got[k] == b for k, b in entries if k in got)
    cache.close()


def test_concurrent_runs_do_not_corrupt_the_cache(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    procs = [context.Process(target=_writer, args=(str(tmp_path), seed, 25)) for seed in (1, 2, 3)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = db.execute("SELECT key, data FROM docs").fetchall()
    assert rows and all(len(set(data)) == 1 and len(data) == 3_000 for _, data in rows)
    assert AnalysisCache(tmp_path).info().stored_bytes <= 400_000


# -- command line ------------------------------------------------------------------------------------


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "briefing" / FILE_NAME


def test_no_cache_neither_reads_nor_writes(seeds: Path, cache_home: Path, loads: Loads,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(seeds), "--no-cache"]) == 0
    assert not cache_home.exists()
    assert main(["export", str(seeds)]) == 0
    assert cache_home.exists()
    before = len(loads.parsed())
    assert main(["export", str(seeds)]) == 0
    assert len(loads.parsed()) == before  # read from the cache
    assert main(["export", str(seeds), "--no-cache"]) == 0
    assert len(loads.parsed()) - before == 2  # not read
    with sqlite3.connect(cache_home) as db:
        used = sorted(row[0] for row in db.execute("SELECT used FROM docs"))
    assert main(["export", str(seeds), "--no-cache"]) == 0
    with sqlite3.connect(cache_home) as db:
        assert sorted(row[0] for row in db.execute("SELECT used FROM docs")) == used  # not written either


def test_cache_clear_empties_it_and_info_reports_it(seeds: Path, cache_home: Path, loads: Loads,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(seeds)]) == 0
    capsys.readouterr()
    assert main(["cache", "info"]) == 0
    out = capsys.readouterr().out
    assert str(cache_home) in out and "articles: 2" in out
    assert main(["cache", "clear"]) == 0
    assert "cleared 2 cached articles" in capsys.readouterr().err
    assert main(["cache", "info"]) == 0
    assert "articles: 0" in capsys.readouterr().out
    before = len(loads.parsed())
    assert main(["export", str(seeds)]) == 0
    assert len(loads.parsed()) - before == 2
