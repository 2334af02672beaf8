"""End to end on the two seed articles: what an analyst must be able to rely on."""

from __future__ import annotations

import re

from briefing.model import Briefing, Item


def _section(briefing: Briefing, key: str) -> list[Item]:
    (topic,) = [t for t in briefing.topics if len(t.article_ids) == 2]
    return next(s for s in topic.sections if s.key == key).items


def _all_quotes(briefing: Briefing):
    for topic in briefing.topics:
        for section in topic.sections:
            for item in section.items:
                yield from item.quotes


def test_both_seeds_are_read_with_their_metadata(seed_briefing: Briefing) -> None:
    by_name = {a.path.rsplit("/", 1)[-1][:3]: a for a in seed_briefing.articles}
    assert set(by_name) == {"000", "001"}
    assert by_name["001"].published == "2025-03-03"
    assert by_name["001"].source == "Xinhua"  # from the photo credits
    assert by_name["001"].title.startswith("British Prime Minister Keir Starmer announced")
    assert not seed_briefing.skipped


def test_the_two_seeds_form_one_topic(seed_briefing: Briefing) -> None:
    assert len(seed_briefing.topics) == 1
    assert len(seed_briefing.topics[0].article_ids) == 2


def test_every_quote_is_verbatim_at_its_offsets(seed_briefing: Briefing) -> None:
    quotes = list(_all_quotes(seed_briefing))
    assert quotes
    for quote in quotes:
        assert seed_briefing.article(quote.article_id).text[quote.start:quote.end] == quote.text
        for start, end in quote.highlights:
            assert 0 <= start < end <= len(quote.text)


def test_no_caption_or_credit_is_quoted(seed_briefing: Briefing) -> None:
    for quote in _all_quotes(seed_briefing):
        assert "Xinhua" not in quote.text
        assert "Photo by" not in quote.text
        assert "This photo taken" not in quote.text
        assert not re.search(r"\((?:L|R)\)", quote.text)
        assert "Flags of European Union" not in quote.text


def test_air_defence_pledge_is_one_item_backed_by_both_articles(seed_briefing: Briefing) -> None:
    pledges = _section(seed_briefing, "pledges")
    matching = [p for p in pledges if p.facts.get("amount") == 1.6e9 and p.facts.get("currency") == "GBP"]
    assert len(matching) == 1
    pledge = matching[0]
    assert pledge.source_count == 2
    assert "USD 2 billion" in pledge.facts["conversions"]  # the bracketed conversion is not a second pledge
    assert any("5,000" in d for d in pledge.facts["discrepancies"])


def test_loan_is_its_own_pledge(seed_briefing: Briefing) -> None:
    pledges = _section(seed_briefing, "pledges")
    loans = [p for p in pledges if p.facts.get("amount") == 2.26e9]
    assert len(loans) == 1
    assert "loan" in loans[0].quotes[0].text
    assert not any(p.facts.get("amount") == 2e9 for p in pledges)


def test_attendees_exclude_the_mentioned_and_the_photographers(seed_briefing: Briefing) -> None:
    names = {item.facts["entity"] for item in _section(seed_briefing, "attendees")}
    assert {"Keir Starmer", "Volodymyr Zelenskyy", "Justin Trudeau"} <= names
    assert {"Germany", "Czech Republic", "Romania", "Turkey", "NATO", "European Commission"} <= names
    for absent in ("Donald Trump", "Sergey Lavrov", "Russia", "Peter Druk", "Li Ying", "Zhao Dingzhe"):
        assert absent not in names


def test_context_is_summarised_without_repeats(seed_briefing: Briefing) -> None:
    context = _section(seed_briefing, "context")
    assert 1 <= len(context) <= 5
    texts = [item.text for item in context]
    assert len(set(texts)) == len(texts)
    # The lead sentence of an article is favoured: news puts what matters first.
    assert any(item.facts["position"] == 0 for item in context)
