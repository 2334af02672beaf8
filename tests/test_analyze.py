"""The spaCy pass with its cache: a second run reuses the parse exactly, and only what changed is parsed."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import briefing.nlp.analyze as analyze_module
from briefing.cache import AnalysisCache, decode_doc, encode_doc
from briefing.config import Config
from briefing.ingest import read_paths
from briefing.ingest.clean import CleanRules
from briefing.model import Article
from briefing.nlp.analyze import Analysis, analyze, load_model, model_info, n_process_for

WRITTEN = [
    "Finance ministers met in Warsaw on Tuesday. Poland said it would send 40 tanks and $250 million in aid "
    "to Ukraine, Minister Andrzej Domanski told reporters.\n\nThe talks ended without a joint statement.",
    "Heavy rain flooded parts of Lagos on Sunday. The Nigerian Red Cross said 1,200 people had left their "
    "homes, and the governor promised to open three shelters by Monday.",
    "Apple's shares rose 3% after the company reported record iPhone sales in China. Analysts at Morgan "
    "Stanley don't expect the rally to last.\n\n(Photo by Jane Doe/Reuters)",
]


class CountingModel:
    """A spaCy pipeline that counts what it is asked to parse, delegating everything to the real one."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.piped: list[str] = []
        self.called: list[str] = []

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        texts = list(texts)
        self.piped.extend(texts)
        return self.nlp.pipe(texts, **kwargs)

    def __call__(self, text: str) -> Any:
        self.called.append(text)
        return self.nlp(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)


class Loads:
    """Stands in for ``load_model``: counts loads, hands out counting models."""

    def __init__(self) -> None:
        self.loads: list[str] = []
        self.models: dict[str, CountingModel] = {}

    def __call__(self, name: str) -> CountingModel:
        self.loads.append(name)
        if name not in self.models:
            self.models[name] = CountingModel(load_model(name))
        return self.models[name]

    def parsed(self) -> list[str]:
        """Every text parsed so far, by any model."""
        return [t for m in self.models.values() for t in (*m.piped, *m.called)]


@pytest.fixture()
def loads(monkeypatch: pytest.MonkeyPatch) -> Loads:
    counter = Loads()
    monkeypatch.setattr(analyze_module, "load_model", counter)
    return counter


@pytest.fixture(scope="module")
def articles(seeds: Path, config: Config) -> list[Article]:
    """The two seeds (as read, with metadata blocks) and three short articles written here."""
    read = read_paths([str(seeds)], config).articles
    written = [Article(id=f"w{i}", path=f"written{i}.txt", text=text) for i, text in enumerate(WRITTEN)]
    return [*read, *written]


@pytest.fixture()
def rules(config: Config) -> CleanRules:
    return CleanRules.from_config(config["clean"])


def token_rows(doc: Any) -> list[tuple]:
    """Every token attribute briefing reads, and the ones spaCy derives from them."""
    return [(t.i, t.idx, t.text, t.whitespace_, t.tag_, t.pos_, str(t.morph), t.lemma_, t.norm_, t.lower_, t.dep_,
             t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start, t.is_stop, t.is_alpha, t.is_punct, t.like_num)
            for t in doc]


def summary(analysis: Analysis) -> dict[str, Any]:
    """What downstream code sees of one analysis."""
    doc = analysis.doc
    return {
        "text": doc.text,
        "tokens": token_rows(doc),
        "sents": [(s.start_char, s.end_char) for s in doc.sents],
        "ents": [(e.start_char, e.end_char, e.label_, e.root.i) for e in doc.ents],
        "chunks": [(c.start, c.end, c.root.i) for c in doc.noun_chunks],
        "sentences": analysis.sentences,
        "spans": [(s.start, s.end) for s in analysis.spans],
        "mentions": [(m, (s.start, s.end, s.label_)) for m, s in analysis.mentions],
    }


def nlp_config(config: Config, **changes: Any) -> dict[str, Any]:
    return {**config["nlp"], **changes}


def test_second_run_is_read_from_the_cache_identically_without_spacy(
        articles: list[Article], config: Config, rules: CleanRules, tmp_path: Path, loads: Loads) -> None:
    cache = AnalysisCache(tmp_path)
    first = analyze(articles, config["nlp"], rules, cache=cache)
    assert len(loads.parsed()) == len(articles)
    assert cache.info().entries == len(articles)

    fresh = Loads()
    analyze_module.load_model = fresh  # monkeypatch restores the original afterwards
    second = analyze(articles, config["nlp"], rules, cache=cache)
    assert fresh.loads == [] and fresh.parsed() == []  # the pipeline was not even loaded
    assert [summary(a) for a in second] == [summary(a) for a in first]
    assert all(s.text == a.article.text[s.start:s.end] for a in second for s in a.sentences)


def test_a_changed_text_alone_is_parsed_again(articles: list[Article], config: Config, rules: CleanRules,
                                             tmp_path: Path, loads: Loads) -> None:
    cache = AnalysisCache(tmp_path)
    analyze(articles, config["nlp"], rules, cache=cache)
    changed = list(articles)
    changed[2] = replace(articles[2], text=articles[2].text.replace("40 tanks", "41 tanks"))
    before = len(loads.parsed())
    result = analyze(changed, config["nlp"], rules, cache=cache)
    assert loads.parsed()[before:] == [result[2].clean.text]
    assert "41 tanks" in result[2].doc.text


def test_the_key_is_the_cleaned_text(articles: list[Article], config: Config, rules: CleanRules,
                                     tmp_path: Path, loads: Loads) -> None:
    cache = AnalysisCache(tmp_path)
    analyze(articles, config["nlp"], rules, cache=cache)
    # Text that cleaning removes anyway (a trailing photo credit) does not change the parse: a hit.
    credited = [replace(a, text=a.text + "\n\n(Photo by Someone Else/Reuters)") for a in articles[2:]]
    before = len(loads.parsed())
    analyze(credited, config["nlp"], rules, cache=cache)
    assert loads.parsed()[before:] == []
    # A cleaning rule that changes what spaCy reads misses for the article it touches, only.
    stricter = CleanRules.from_config({**config["clean"],
                                       "drop_paragraphs": [*config["clean"]["drop_paragraphs"], "^The talks ended"]})
    result = analyze(articles, config["nlp"], stricter, cache=cache)
    assert loads.parsed()[before:] == [result[2].clean.text]
    assert "talks ended" not in result[2].doc.text


def test_another_model_or_model_version_misses(articles: list[Article], config: Config, rules: CleanRules,
                                               tmp_path: Path, loads: Loads) -> None:
    cache = AnalysisCache(tmp_path / "cache")
    analyze(articles[2:], config["nlp"], rules, cache=cache)
    copy = tmp_path / "model-copy"
    load_model(config["nlp"]["model"]).to_disk(copy)
    other = nlp_config(config, model=str(copy))
    assert model_info(str(copy)).fingerprint != model_info(config["nlp"]["model"]).fingerprint
    before = len(loads.parsed())
    analyze(articles[2:], other, rules, cache=cache)
    assert len(loads.parsed()) - before == 3  # another pipeline name: nothing reused
    before = len(loads.parsed())
    analyze(articles[2:], other, rules, cache=cache)
    assert len(loads.parsed()) == before  # that pipeline's own entries are reused

    meta = json.loads((copy / "meta.json").read_text())
    (copy / "meta.json").write_text(json.dumps({**meta, "version": meta["version"] + ".post1"}))
    model_info.cache_clear()
    try:
        before = len(loads.parsed())
        analyze(articles[2:], other, rules, cache=cache)
        assert len(loads.parsed()) - before == 3
    finally:
        model_info.cache_clear()


def test_encoding_keeps_every_token_attribute(articles: list[Article], config: Config, rules: CleanRules) -> None:
    from briefing.nlp.analyze import _bare_vocab

    result = analyze(articles, config["nlp"], rules)
    for analysis in result:
        doc = analysis.doc
        for vocab in (_bare_vocab("en"), doc.vocab):
            again = decode_doc(encode_doc(doc), vocab, doc.text)
            assert again is not None
            assert token_rows(again) == token_rows(doc)
            assert [(c.start, c.end) for c in again.noun_chunks] == [(c.start, c.end) for c in doc.noun_chunks]
        assert decode_doc(encode_doc(doc), doc.vocab, doc.text + " ") is None  # not the text it claims


def test_two_processes_give_the_same_result_as_one(articles: list[Article], config: Config,
                                                   rules: CleanRules) -> None:
    one = analyze(articles, nlp_config(config, n_process=1), rules)
    two = analyze(articles, nlp_config(config, n_process=2, batch_size=2), rules)
    assert [summary(a) for a in two] == [summary(a) for a in one]


def test_processes_follow_the_corpus_size(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyze_module, "available_cpus", lambda: 2)
    auto = nlp_config(config, n_process=0, min_articles_per_process=150)
    assert [n_process_for(auto, n) for n in (0, 1, 149, 299, 300, 10_000)] == [1, 1, 1, 1, 2, 2]
    assert n_process_for(nlp_config(config, n_process=3), 5) == 3


def test_cancel_stops_and_keeps_what_was_parsed(articles: list[Article], config: Config, rules: CleanRules,
                                                tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path)
    seen: list[int] = []
    result = analyze(articles, config["nlp"], rules, cache=cache, on_progress=lambda done, total: seen.append(done),
                     is_cancelled=lambda: len(seen) >= 2)
    assert len(result) == 2 and seen == [1, 2]
    assert cache.info().entries == 2


def test_no_sentence_begins_after_a_semicolon(config: Config, rules: CleanRules) -> None:
    """A list whose items are cut by semicolons stays one sentence: in this press release the small parser
    alone ends a sentence after "(Poland);" and the later heads of delegation stand in a verbless one. Its
    bulleted list of pledges is a sentence per line."""
    path = Path(__file__).parent / "data" / "facts" / "heldout12_bucharest_moldova" / "02.txt"
    (analysis,) = analyze(read_paths([str(path)], config).articles, config["nlp"], rules)
    listed = [s.text for s in analysis.sentences if "Wessel-Hahn" in s.text or "Lindqvist" in s.text]
    assert len(listed) == 1 and listed[0].startswith("The heads of delegation were:")
    text = analysis.article.text
    assert not [s for s in analysis.sentences if text[:s.start].rstrip(" ").endswith(";")]  # within a line
    lines = [s.text for s in analysis.sentences if s.text.startswith("- ")]  # its bulleted list, a line each
    assert len(lines) == text.count("\n- ") and all("\n" not in line for line in lines)


def _sentences(config: Config, rules: CleanRules, text: str) -> list[str]:
    article = Article(id="a1", path="memory.txt", text=text, published="2026-01-27")
    (analysis,) = analyze([article], config["nlp"], rules)
    return [s.text.strip() for s in analysis.sentences]


def test_a_line_ends_a_sentence_unless_the_text_is_hard_wrapped(config: Config, rules: CleanRules) -> None:
    """A headline and its byline are no part of the story's first sentence (the parser ran all three into
    one and took the headline's "radars" as who pledged); a line the parser would cut where no full stop
    is stays whole; a text wrapped at 72 columns keeps its sentences across lines."""
    story = ("Allies pledge radars, drones and boats to Moldova as Russian drones stray into its airspace\n"
             "By Radu Ciorba | CHISINAU, Jan 27 (Southeast Europe Newswire)\n\n"
             "European allies and the United States pledged more than €180 million in military aid and "
             "equipment to Moldova on Tuesday, as the small, neutral country struggles to protect its skies.\n\n"
             "Pledges announced in Chisinau include:\n\nNorway: NOK 1.2 billion\nBloomwater Foundation: "
             "US$250 million\nRomania: RON 100 million\n")
    found = _sentences(config, rules, story)
    assert found[0].startswith("Allies pledge") and found[0].endswith("into its airspace")
    assert found[1].startswith("By Radu Ciorba") and found[2].startswith("European allies")
    assert "Bloomwater Foundation: US$250 million" in found
    wrapped = ("Donors met in Geneva on Tuesday for a pledging conference on the floods in\n"
               "Pakistan, where the waters have displaced more than two million people since\n"
               "July. Norway pledged 200 million crowns and Japan said it would send a team of\n"
               "engineers to help rebuild bridges in Sindh province before the winter sets in.\n")
    found = _sentences(config, rules, wrapped)
    assert len(found) == 2 and found[0].endswith("since\nJuly.") and found[1].startswith("Norway pledged")
