"""Canonical entities: spelling variants, surnames, demonyms, label votes."""

from __future__ import annotations

from briefing.config import Config
from briefing.model import Article, Briefing
from briefing.nlp.entities import canonicalize, normalise_surface
from briefing.pipeline import briefing_from_articles


def test_seed_entities_are_merged(seed_briefing: Briefing) -> None:
    entities = {e.key: e for e in seed_briefing.topics[0].entities}
    zelenskyy = entities["Volodymyr Zelenskyy"]
    assert {"Zelenskyy", "Zelensky", "Volodymyr Zelensky"} <= set(zelenskyy.aliases)
    assert len(zelenskyy.article_ids) == 2
    uk = entities["United Kingdom"]
    assert {"UK", "Britain", "British"} <= set(uk.aliases)
    assert uk.label == "GPE"
    starmer = entities["Keir Starmer"]
    assert "Starmer" in starmer.aliases and starmer.label == "PERSON"  # spaCy tags some "Starmer" as ORG
    assert "Starmer" not in entities and "Zelensky" not in entities
    assert entities["United States"].aliases and "U.S." in entities["United States"].aliases


def test_normalise_surface() -> None:
    assert normalise_surface("the U.K.'s") == "U.K."
    assert normalise_surface("The  European Commission") == "European Commission"


def test_surname_joins_full_name_and_variants_join(config: Config) -> None:
    text = ("Chancellor Olaf Scholz met Prime Minister Mette Frederiksen in Berlin on Tuesday to discuss defence "
            "spending. Scholz said the talks were useful. Frederiksen agreed. Later, Olaf Scholtz told reporters "
            "that Germany would pay more.")
    briefing = briefing_from_articles([Article("x1", "x.txt", text)], config)
    keys = {e.key: e for e in briefing.topics[0].entities}
    assert "Olaf Scholz" in keys and "Scholz" not in keys and "Olaf Scholtz" not in keys
    assert "Frederiksen" not in keys and "Mette Frederiksen" in keys


def test_ambiguous_surname_stays_unmerged() -> None:
    from briefing.model import Mention

    mentions = [[Mention("a", 0, 10, "John Smith", "PERSON"), Mention("a", 20, 31, "Alice Smith", "PERSON"),
                 Mention("a", 40, 45, "Smith", "PERSON")]]
    index = canonicalize(mentions, {})
    assert index.key_of(mentions[0][2]) == "Smith"
