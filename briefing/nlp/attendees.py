"""Attendees: the people, countries and organisations that took part, read off the dependency parse.

A name counts only when it fills a participant slot: the subject of an attendance cue ("attended",
"gathered", "met", "took part"), the agent of "hosted by", the object of "met"/"joined", the members of
"the participation of leaders from ...", the subject of "were in attendance" or "were among the invited
guests", the subject of a verb aimed at the event itself ("told the conference", "pledged ... at the
summit"), and people speaking there or right after it ("told reporters at the summit", "said after the
meeting"; not "in a statement from Moscow" or "told state television"). Weak cues ("arrived", "visit",
"joined") count only in a story about an event; cues dated to an earlier year ("met Page in 1954",
"hosted the Oscars in 2007") are another occasion; habits ("the church she attends") and what is hosted
("hosted the Grammys") name nobody. From a slot the walk follows only conjuncts, appositions and the
modifiers of role nouns, so "The Turkish foreign minister" gives Turkey (role: foreign minister) while a
relative clause or a quote inside the slot gives nothing. A negated or refused cue ("did not attend",
"declined to join") gives nobody. A person's title and affiliation come from any mention in the topic
("UK Prime Minister Keir Starmer"); the country or organisation of a person with a title who took part is
listed too, marked ``via`` (not the nationality of "Australian actor Hugh Jackman").
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from briefing.config import SectionSpec
from briefing.ingest.dates import normalise_date
from briefing.model import Entity, Item, Quote
from briefing.nlp.analyze import Analysis, line_start, list_marker, numbered_line_start
from briefing.nlp.amounts import MODALS, currency_codes, demonyms_lower, lexicon, words
from briefing.nlp.entities import PATRONYMIC_PARTICLES, fold, normalise_surface, strip_title
from briefing.nlp.topic import SentenceRef, TopicData

if TYPE_CHECKING:
    from briefing.nlp.pledges import Pledge  # pledges imports this module: at run time only its functions

__all__ = ["attendee_items", "participants", "dateline_end", "outside_dateline", "people_of", "name_repairs",
           "entity_tokens", "title_fragment", "EntityRef", "Person", "is_event_noun", "negated", "main_event",
           "event_lemma", "verb_lemma", "earlier_time", "opening_year", "reference_year", "known_countries",
           "list_mates", "reporting_subject", "passive_agents", "titled_person", "state_of", "is_role"]

_KINDS = {"PERSON": "person", "GPE": "country", "ORG": "organisation"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})


def _words(key: str) -> frozenset[str]:
    """``[attendees] key`` as a set, built once."""
    return words("attendees", key)


def _lex() -> dict:
    return lexicon()["attendees"]


# --- names in a sentence ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EntityRef:
    """A canonical entity where it occurs in a sentence (token range of the Doc)."""

    key: str
    label: str
    """Voted label of the entity (PERSON, GPE, ORG, NORP ...), or TITLE for words of a portfolio the
    recogniser took for a name ("Minister of Economy, Trade and Business")."""
    start: int
    end: int


def _name_start(ent: Span) -> int:
    """Start of a person's name whose given name the recogniser cut off before a patronymic ("Prince Sultan"
    + "bin Khalid al-Saud")."""
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and ent[0].text in PATRONYMIC_PARTICLES and before.is_title:
        return ent.start - 1
    # a given name the recogniser left out ("Tenzin" + "Wangdi"): an untagged capitalised word joined to the
    # name, that is no title, role, place or demonym
    # (or before a two-word name in running text: "led by Ana" + "Pires Monteiro", not a title or its portfolio
    # that opens the sentence or follows a capital: "Coach" + "Maurice Cheeks", "for Refugees" + "X Y")
    if before is not None and (len(ent) == 1 or len(ent) == 2 and _in_running_text(before)) and before.is_title and \
            before.is_alpha and before.pos_ == "PROPN" and \
            not before.ent_type_ and before.dep_ == "compound" and before.head in ent and \
            before.lower_ not in _title_run_words() and _unknown_place(before.text):
        return ent.start - 1
    return ent.start


def _in_running_text(word: Token) -> bool:
    """The word follows a lower-case word or a comma inside its sentence (no portfolio's "for", "of"), and is
    no role or plural: where a given name stands before a name the recogniser cut ("led by Ana")."""
    if word.i == word.sent.start or word.lemma_.lower() != word.lower_ or is_role(word) or \
            word.lower_.startswith("under"):
        return False
    prev = word.doc[word.i - 1]
    return (prev.is_lower or prev.text == ",") and prev.lower_ not in ("for", "of", "and", "the")


def _name_end(ent: Span) -> int:
    """End of a person's name that the recogniser cut short ("Ursula von" + "der Leyen")."""
    doc, end = ent.doc, ent.end
    particles = _words("name_particles")
    while end < len(doc) and end - ent.end < 4:
        token = doc[end]
        if token.text == "-" and not doc[end - 1].whitespace_ and not token.whitespace_ and end + 1 < len(doc) \
                and (doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" or doc[end + 1].is_lower
                     and doc[end + 1].is_alpha and len(doc[end + 1]) <= 5):
            end += 2  # "Ingrid Solberg" + "-Haugen", "Choi Yoon" + "-ha"
            continue
        attaches_right = doc[end - 1].head.i >= end or doc[end - 1].head == token or doc[end - 1].lower_ in particles
        # a particle in lower case before a capitalised word goes on, however parsed ("Sophie Van" + "den"
        # + "Broeck-Lemaire", "den" taken for a verb)
        particle = token.lower_ in particles and token.is_lower and end + 1 < len(doc) and doc[end + 1].is_title
        if not (attaches_right or particle) or not (
                (token.pos_ == "PROPN" and token.is_title) or token.lower_ in particles):
            break  # "Teixeira hit.358": a mistagged word is no part of the name
        if token.lower_ in _title_lex()[0]:
            break  # "Defence" + "Secretary Helen Ashworth": a title opens another person's name
        if token.lower_ in particles and not (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN"):
            break
        end += 1
    return end


def dateline_end(sent: Span) -> int:
    """Where a dateline at the start of a sentence ends ("PARIS (AP) —", "BARI, Italy, June 13 (Reuters) -").

    Names in a dateline are where the story was filed, not actors; the parser often makes them subjects.
    """
    first = sent[0] if len(sent) else None
    if first is not None and first.text in ("ST.", "ST"):  # "ST. GEORGE'S - Canada will pay ...", "ST JOHN'S -"
        first = next((t for t in sent[1:3] if t.text != "."), first)
    if first is None or not first.is_alpha or not first.is_title and not first.is_upper:
        return sent.start
    if not (first.is_upper and len(first) >= 3):
        place = _place_dash(sent) or _place_date_dash(sent)  # "Bangkok - At a high-level event ...", a press office's
        return place if place is not None else _agency_end(sent)  # "Addis Ababa (AFP) -": a city in title case
    for token in sent[first.i - sent.start + 1:18]:
        if token.text in ("—", "–", "-", "--", "|") and token.whitespace_:
            return token.i + 1  # ("GENEVA | The conference ...", a press office's dateline)
    return sent.start


def _place_date_dash(sent: Span) -> int | None:
    """End of a press release's dateline: a place in title case, a comma, a date and a spaced dash
    ("Kinshasa, 19 February 2026 – Partners attending ...")."""
    comma = next((t for t in sent[1:6] if t.text == ","), None)
    words = sent.doc[sent.start:comma.i] if comma is not None else []
    # (a small word inside the place's name: "Dar es Salaam", "Rio de Janeiro"; two places: "Vientiane/Lao Bao")
    if comma is None or not all(t.is_title and t.pos_ == "PROPN" or 0 < k < len(words) - 1 and (
            t.is_lower and len(t) <= 3 or t.text == "/") for k, t in enumerate(words)):
        return None
    after = sent.doc[comma.i + 1:min(comma.i + 12, sent.end)]
    dash = next((t for t in after if t.text in ("—", "–", "-", "--")), None)
    if dash is None or not dash.whitespace_ or dash.i == comma.i + 1:
        return None
    between = sent.doc[comma.i + 1:dash.i]
    # "Tegucigalpa, Honduras, 15 July 2025 (PAHO) -": the country, then the date, then the office in brackets
    if len(between) > 2 and between[-1].text == ")" and between[-3].text == "(":
        between = between[:-3]
    country = next((t for t in between[:7] if t.text == ","), None)
    if country is not None and ((place := sent.doc[between.start:country.i].text) in known_countries() or state_of(
            place) is not None):  # ("Zanzibar, United Republic of Tanzania, 14 May 2026 -")
        between = sent.doc[country.i + 1:between.end]
    if not len(between):
        return None
    # (the recogniser may tag "26" of "26 February 2026" as a number)
    dated = all(t.ent_type_ == "DATE" for t in between) or normalise_date(between.text)
    return dash.i + 1 if dated else None


def _place_dash(sent: Span) -> int | None:
    """End of a place name in title case and a spaced dash opening the sentence ("Bangkok - At ...")."""
    dash = next((t for t in sent[1:4] if t.text in ("—", "–", "-", "--")), None)
    if dash is None or not dash.whitespace_ or not sent.doc[dash.i - 1].whitespace_:
        return None
    words, after = sent.doc[sent.start:dash.i], sent.doc[dash.i + 1] if dash.i + 1 < sent.end else None
    # a city, not a country opening a list line ("Lithuania – €35 million for ammunition;")
    place = words.text not in known_countries() and (words.text in lexicon()["capitals"] or all(
        t.is_title and t.ent_type_ == "GPE" for t in words))
    return dash.i + 1 if place and after is not None and after.is_title and after.is_alpha else None


_GLUED_AGENCY = re.compile(r"([^\W\d_]+)\)\.?[-–—]+")


def _agency_end(sent: Span) -> int:
    """End of a title-case dateline: a news agency in brackets within the first words, and a dash after it."""
    agencies = _words("agencies")
    for token in sent[1:12]:
        if token.text == "(" and token.i + 2 < sent.end and sent.doc[token.i + 2].text == ")" \
                and sent.doc[token.i + 1].text.lower() in agencies:
            end = token.i + 3
            dash = end < sent.end and sent.doc[end].text in ("—", "–", "-", "--")
            return end + 1 if dash else end
        # "Quito, Oct 14 (EFE).- Spain and ...": the tokenizer keeps "EFE).-" in one piece
        glued = _GLUED_AGENCY.fullmatch(sent.doc[token.i + 1].text) if token.text == "(" and token.i + 1 < sent.end \
            else None
        if glued and glued.group(1).lower() in agencies:
            return token.i + 2
        if token.is_sent_end or token.pos_ == "VERB":
            break
    return sent.start


def name_repairs(topic: TopicData) -> dict[str, str]:
    """Canonical keys of cut-short person names -> the full name found in the parse (kept on the topic:
    every section asks; the caller must not change it)."""
    if "name_repairs" not in topic.memo:
        topic.memo["name_repairs"] = _name_repairs(topic)
    return topic.memo["name_repairs"]


def _name_repairs(topic: TopicData) -> dict[str, str]:
    repairs: dict[str, str] = {}
    for ref in topic.sentences():
        for key, ent in ref.entity_keys(topic.entities):
            entity = topic.entities.get(key)
            if ent.label_ != "PERSON" and not (entity and entity.label == "PERSON") or key in known_countries():
                continue  # ("Neighbouring Austria" tagged a person is the state, not a name cut short)
            start, end = _name_start(ent), _name_end(ent)
            if end > ent.end or start < ent.start:
                repairs[key] = strip_title(" ".join(ent.doc[start:end].text.split()))  # not "H.E. X"
    return repairs


_STATE_PREFIX = re.compile(r"^(?:the )?(?:(?:Royal )?Governments?|Kingdom|Republic|State|Sultanate|Emirate|"
                           r"Federal Republic|"
                           r"Islamic Republic|People's Republic|Commonwealth|(?:Council|Cabinet) of Ministers|Presidency|"
                           # a state's formal name ("Arab Republic of Egypt", "Democratic Republic of Timor-Leste");
                           # "Democratic Republic of the Congo" is a state's own name, not the Republic of the Congo's
                           r"Democratic Republic(?! of (?:the )?Congo)|Arab Republic|United Republic|"
                           r"Federative Republic|Socialist Republic|"
                           r"Bolivarian Republic|Oriental Republic|"
                           r"Plurinational State|Hashemite Kingdom|Federal Democratic Republic|Principality|Union|"
                           r"People's Democratic Republic|Democratic Socialist Republic|Co-operative Republic|"
                           r"Independent State|"
                           r"Grand Duchy|"
                           r"Embassy|High Commission|Consulate(?: General)?|people|"
                           # "Federal Ministry of Defence of Germany", "Ministry for Foreign Affairs of Finland"
                           r"(?:Federal )?Ministry (?:of|for) [\w ,'&-]+?) of "
                           r"(?:the )?", re.I)


def state_of(key: str, aliases: dict[str, str] | None = None) -> str | None:
    """"Government of Chad" -> "Chad", "Kyrgyz Republic" -> "Kyrgyzstan": a state's formal or governmental
    name, when the rest is a country or its demonym ("Government of the Commonwealth of Dominica", "Vanuatu
    Government"), or a country's other name in ``aliases`` ("Republic of Côte d'Ivoire" -> "Ivory Coast")."""
    if key.isupper() and len(key) >= 4 and (titled := _title_case(key)) != key:
        return titled if titled in known_countries() else state_of(titled, aliases)  # "NORWAY:", "JAPAN and ..."
    if aliases and aliases.get(key) in known_countries() and _STATE_PREFIX.match(key):
        return aliases[key]  # "Republic of China" is Taiwan, not China
    if " with " in key:  # "... of the Plurinational State of Bolivia with Cooperation Partners", a heading cut
        return state_of(key.partition(" with ")[0], aliases)
    rest = key
    while (match := _STATE_PREFIX.match(rest)) is not None and match.end() < len(rest):
        rest = rest[match.end():]
        rest = (aliases or {}).get(rest, rest)
        if rest in known_countries():
            return rest
    if rest != key:  # "Government of Saint Vincent", cut before "and the Grenadines": the one state it begins
        whole = [c for c in known_countries() if c.startswith(rest + " and ")]
        if len(whole) == 1:
            return whole[0]
    words = rest.split()  # "Kyrgyz Republic", "Council of Ministers of the Togolese Republic", "Philippine Government"
    words = words[1:] if words[:1] == ["Royal"] else words  # "Royal Thai Government"
    if len(words) >= 2 and words[-1] in ("Republic", "Government") and " ".join(words[:-1]) in lexicon()["demonyms"]:
        state = lexicon()["demonyms"][" ".join(words[:-1])]
        return state if state != key else None
    if len(words) >= 2 and words[-1] == "Government" and " ".join(words[:-1]) in known_countries():
        return " ".join(words[:-1])  # "The Vanuatu Government has committed ..."
    if len(words) >= 2 and words[-1] == "Embassy":  # "the U.S. Embassy announced $3 million": the state's mission
        head = " ".join(words[:-1])
        state = lexicon()["demonyms"].get(head) or (aliases or {}).get(head) or head
        return state if state in known_countries() else None
    return None


def _title_case(key: str) -> str:
    """"UNITED KINGDOM" -> "United Kingdom", "REPUBLIC OF KOREA" -> "Republic of Korea"."""
    return " ".join(w.lower() if w.lower() in ("of", "the", "and") else w.capitalize() for w in key.split())


@cache
def known_countries() -> frozenset[str]:
    """Country names the fact vocabulary knows (demonyms, capitals and states tables)."""
    lex = lexicon()
    return frozenset(lex["demonyms"].values()) | frozenset(lex["capitals"].values()) | frozenset(lex["states"]["names"])


@cache
def _portfolio_words() -> frozenset[str]:
    lex = _lex()
    words = {w for phrase in lex["title_words"] + lex["portfolio_words"] for w in phrase.split()}
    return frozenset(words) | demonyms_lower()


def title_fragment(key: str) -> bool:
    """A name made only of the words of a portfolio ("Interior", "Health Cabinet", "British Defence") or a
    department without its state ("Foreign Ministry"): the recogniser's cut of a person's title, not a
    participant of its own."""
    words = [w for w in re.split(r"[\s,\-]+", key.lower()) if w and w not in ("of", "for", "and", "the")]
    if not words or key in known_countries():
        return False
    if len(words) > 1 and (words[-1] in _words("name_titles") or words[-1] in ("coordinator", "representative",
                                                                                 "ministers", "resident")):
        return True  # "United Nations Resident Coordinator", "Minister of Energy": a post, not who holds it (also
        # cut at its "and": "the UN Resident and Humanitarian Coordinator")
    if words[0] in ("minister", "ministers", "secretary", "head", "heads") and len(words) > 1:
        return True
    posts = _words("name_titles") | {"representative"}
    if any(a in posts and b == "for" for a, b in itertools.pairwise(key.lower().split())):
        return True  # "UNDP Resident Representative for Barbados", "Minister for the Caribbean": a post
    demonyms = demonyms_lower()
    departments = _words("departments")
    if words[-1] == "agency" and any(w in demonyms for w in words):
        return False  # a state's agency, named with its state: "Brazilian Cooperation Agency", "Danish Energy Agency"
    if any(w in departments for w in words) and all(w in departments or w in _portfolio_words() for w in words):
        return True  # "Foreign Ministry", "State Department": a department whose state the name leaves out
    return all(w in _portfolio_words() for w in words) and not all(w in demonyms for w in words)


def entity_tokens(topic: TopicData, ref: SentenceRef) -> dict[int, EntityRef]:
    """Token index -> the canonical entity covering it, for every name in the sentence (cut-short person
    names repaired by :func:`name_repairs`).

    Kept per sentence on the topic: attendees, people, pledges and the event card each ask for it (the
    caller must not change the dict)."""
    memo = topic.memo.setdefault("entity_tokens", {})
    key = (id(ref.analysis), ref.index)  # the topic holds its analyses, so the id stays theirs
    if key not in memo:
        memo[key] = _entity_tokens(topic, ref, name_repairs(topic))
    return memo[key]


def _entity_tokens(topic: TopicData, ref: SentenceRef, repairs: dict[str, str]) -> dict[int, EntityRef]:
    out: dict[int, EntityRef] = {}
    extended: list[EntityRef] = []
    dateline = dateline_end(ref.span)
    countries = known_countries()
    for key, ent in ref.entity_keys(topic.entities):
        if ent.start < dateline:
            continue
        entity = topic.entities.get(key)
        label = entity.label if entity else ent.label_
        if label in ("ORG", "GPE") and (cut := _before_title(ent)) is not None:
            # "the Republic of Mozambique and Chairperson of SADC" as one name: the state, then a title
            ent = cut
            key = state_of(cut.text, topic.entities.table) or normalise_surface(cut.text)
        parts = key.split()
        if label == "ORG" and len(parts) > 1 and parts[-1].lower() in _TITLE_OPENERS and ent.end < len(ent.doc) and \
                is_role(ent.doc[ent.end]):  # "World Bank Country" Director X: the bank, then a title
            key, ent = " ".join(parts[:-1]), ent.doc[ent.start:ent.end - 1]
        person, of, place = key.rpartition(" of ")
        if of and label in ("ORG", "PERSON") and (place in countries or place in _STATE_WORDS) and (
                label == "PERSON" or (known := topic.entities.get(person)) is not None and known.label == "PERSON") \
                and state_of(key, topic.entities.table) is None:  # (not "the People's Republic of China")
            key, label = person, "PERSON"  # "Co-chairs Jörg Pfannkuch of Germany and ...", tagged ORG whole
        if label == "ORG" and (body := _after_title_of(ent)) is not None:
            # "The Representative of the World Health Organization in Angola, Dr X" tagged with its title
            ent = body
            key = state_of(body.text, topic.entities.table) or topic.entities.table.get(
                normalise_surface(body.text), normalise_surface(body.text))
            label = "GPE" if key in countries else "ORG"
        if key in lexicon()["demonyms"]:  # "Lithuanian" President -> Lithuania (whatever the recogniser's label)
            key, label = lexicon()["demonyms"][key], "GPE"
        elif (state := state_of(key, topic.entities.table)) is not None:  # "Government of Chad"
            key, label = state, "GPE"
        elif label in ("PERSON", "LOC", "ORG", "FAC") and key in countries:
            # "Mozambique and Malawi" as a person, "Ivory Coast" as a place: the recogniser's slips
            label = "GPE"
        if label == "PERSON" and (_title_only(key) or len(ent) == 1 and ent[0].lower_ in _title_run_words()):
            # "Dutch Defence" Minister X, "State" Secretary X joined to "Rakhine State": a title the recogniser
            for token in ent:  # took for a person; its demonym still names the state
                state = lexicon()["demonyms"].get(token.text, token.text)
                if state in countries:
                    out[token.i] = EntityRef(state, "GPE", token.i, token.i + 1)
            continue
        if len(ent) == 1 and ent[0].lower_ in _lex()["people"] and key not in countries:
            continue  # "Ambassador Extraordinary and Plenipotentiary": a title alone names no one
        if key in repairs:
            extended.append(EntityRef(_bare_name(repairs[key]), "PERSON", _name_start(ent), _name_end(ent)))
            continue
        found = EntityRef(_bare_name(key) if label == "PERSON" else key, label, ent.start, ent.end)
        for i in range(ent.start, ent.end):
            out[i] = found
    for found in extended:  # a repaired name swallows the fragments inside it ("Leyen" as a GPE)
        for i in range(found.start, found.end):
            out[i] = found
    _gazetteer_countries(topic, ref.span, out, dateline)
    _drop_portfolio_names(ref.span, out, countries)
    surnames = _surnames(topic)
    for found in _titled_names(ref.span, out, surnames, dateline):
        swallowing = {out[i] for i in range(found.start, found.end) if i in out}
        for i in [i for i, n in out.items() if n in swallowing]:
            del out[i]  # "Cabinet of Ministers Daniyar Abdyrakhmanov": the rest is a title, not an organisation
        for i in range(found.start, found.end):
            out[i] = found
    doc = ref.span.doc
    bodies = words("pledges", "body_nouns")
    for found in {n for n in out.values() if n.label == "ORG"}:  # "Canada's chargé d'affaires, Marie-Ève
        root = doc[found.start:found.end].root  # Tremblay," tagged as an organisation: a person
        if root.dep_ == "appos" and is_role(root.head) and root.head.i not in out and len(found.key.split()) >= 2 \
                and all(w[:1].isupper() or w in _words("name_particles") for w in found.key.split()) and not (
                set(found.key.lower().split()) & (bodies | _body_words() | _portfolio_words())):
            start = found.start  # with a given name the recogniser left out ("Ana" Carolina Teixeira Lobo)
            while start > ref.span.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and \
                    start - 1 not in out and doc[start - 1].lower_ not in _titles_and_roles():
                start -= 1
            key = " ".join([t.text for t in doc[start:found.start]] + [found.key])
            person = EntityRef(_bare_name(key), "PERSON", start, found.end)
            for i in range(start, found.end):
                out[i] = person
    _join_at_short_form(doc, out)
    _cut_before_sums(doc, out, topic.entities.table, countries)
    for found in {n for n in out.values() if n.label == "PERSON"}:  # "Gavi, the Vaccine Alliance": a body
        if any(c.dep_ == "appos" and c.lemma_.lower() in bodies and any(d.lower_ == "the" for d in c.children)
               for c in doc[found.end - 1].children):  # not a title's ", ..., European Commission"
            body = EntityRef(found.key, "ORG", found.start, found.end)
            for i in range(found.start, found.end):
                out[i] = body
    for token in ref.span:  # a surname the recogniser missed in this sentence ("Zelenskyy and Starmer met")
        if token.i < dateline or token.pos_ != "PROPN":
            continue
        end = token.i + 3
        joined = doc[token.i:end].text if end <= ref.span.end and doc[token.i + 1].text == "-" else ""
        if joined in surnames and all(out[i].label == "PERSON" and out[i].end - out[i].start == 1
                                      for i in range(token.i, end) if i in out):
            found = EntityRef(surnames[joined], "PERSON", token.i, end)  # "Persaud-Khan told the gathering"
            for i in range(token.i, end):
                out[i] = found
        elif token.i not in out and token.text in surnames and token.lower_ not in _title_run_words():
            out[token.i] = EntityRef(surnames[token.text], "PERSON", token.i, token.i + 1)
    return out


_FOR_HEADS = frozenset({"director", "director-general", "general", "secretary"})
"""Titles whose portfolio follows "for" ("the Deputy Director-General for Mobility and Transport of the European
Commission, X"); after "of" comes their body ("Director-General of the WHO"). Not "Commissioner": "the UN High
Commissioner for Refugees" is a body's name."""
_PORTFOLIO_HEADS = frozenset({"minister", "ministers"})  # a ministry, secretary or commissioner "of" may be a body's


def _after_title_of(ent: Span) -> Span | None:
    """The body in a name the recogniser ran a title into: "Representative of the World Health Organization"
    -> "World Health Organization" (a role word, "of", at least two more words)."""
    if ent[:1] and ent[0].lower_ == "the":
        ent = ent[1:]
    if len(ent) < 4 or ent[1].lower_ != "of" or ent[0].lower_ not in _BODY_TITLES:
        return None
    start = ent.start + 2 + (ent[2].lower_ == "the")
    body = ent.doc[start:ent.end]
    if len(body) < 2 or any(t.lower_ in ("to", "in", "of") for t in body[:2]) or body[0].lower_ in _STATE_FORMS:
        return None
    return body


_BODY_TITLES = frozenset({"representative", "ambassador", "envoy", "director", "director-general", "president",
                          "chairman", "chairperson", "chair", "secretary-general", "administrator"})
"""Titles held "of" a body ("the Representative of the World Health Organization")."""


def _drop_portfolio_names(span: Span, out: dict[int, EntityRef], countries: frozenset[str]) -> None:
    """"the Minister of Foreign Affairs, European Union and Cooperation, Mr José Antonio Ibarrola": the names
    the recogniser finds between "Minister of" and the comma before the holder's name ("European Union and
    Cooperation", "Small Business, Employment") are the portfolio's words; a country among them stays
    ("the Minister of Foreign Affairs of Kenya, Mr X")."""
    doc = span.doc
    honorifics = _words("honorifics")
    for token in span:
        if token.i + 2 >= span.end or not (token.lower_ in _PORTFOLIO_HEADS and doc[token.i + 1].lower_ in (
                "of", "for") or token.lower_ in _FOR_HEADS and doc[token.i + 1].lower_ == "for"):
            continue
        # the portfolio runs over capitalised words, commas and "and" up to the comma before its holder's name
        # ("..., Mr X") or to the first other word ("X, Minister of Environment, Solid Waste Management and
        # Climate Change, tel. ...", "Minister of Transport and Logistics" ending a line)
        end = token.i + 2
        while end < min(span.end, token.i + 30):
            word = doc[end]
            person = out.get(end)
            # (one word tagged a person is the portfolio's: "Director-General for Mobility and Transport")
            if person is not None and person.label == "PERSON" and person.start == end and person.end - end > 1 or \
                    doc[end - 1].text == "," \
                    and (word.lower_.rstrip(".") in honorifics or word.lower_ == "the"):
                break  # the holder ("Minister of Health Ingrid Mwale", "..., Mr X") or the next participant
                # ("the Minister of Health, the World Health Organization and UNICEF")
            if word.is_space or "\n" in doc[end - 1].whitespace_ or not (
                    word.is_title or word.is_upper or word.lower_ in ("and", "&", ",", "of", "the", "for")):
                break
            end += 1
        while end > token.i + 2 and doc[end - 1].lower_ in (",", "and", "&", "of", "the", "for"):
            end -= 1
        for found in {n for i, n in out.items() if token.i + 2 <= i < end}:
            if found.label != "NORP" and found.key not in countries and found.end <= end and not (
                    found.key.split()[-1].lower() in _body_words()):  # not "Minister of State for the X Fund"
                title = replace(found, label="TITLE")  # still a title's words to the readers of titles
                for i in range(found.start, found.end):
                    out[i] = title


def _join_at_short_form(doc: Doc, out: dict[int, EntityRef]) -> None:
    """"the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)", which the recogniser
    cuts at "for" into two bodies: one body, the short form's, when the short form's letters are the
    initials of the two names' words in order."""
    for first in sorted({n for n in out.values() if n.label == "ORG"}, key=lambda n: n.start):
        k = first.end
        if k + 1 >= len(doc) or doc[k].lower_ not in ("for", "of", "on"):
            continue
        k += 1 + (doc[k + 1].lower_ == "the")
        second = out.get(k)
        if second is None or second.label != "ORG" or second.start < first.end + 1 or second.end + 2 >= len(doc) or \
                doc[second.end].text != "(" or doc[second.end + 2].text != ")":
            continue
        short = out.get(second.end + 1)
        letters = doc[second.end + 1].text
        initials = [t.text[0] for t in doc[first.start:second.end] if t.text[:1].isupper()]
        if short is None or short.label != "ORG" or not (3 <= len(letters) <= 8 and letters.isupper()):
            continue
        it = iter(initials)
        if all(letter in it for letter in letters):
            joined = EntityRef(short.key, "ORG", first.start, second.end)
            for i in range(first.start, second.end):
                out[i] = joined


def _cut_before_sums(doc: Doc, out: dict[int, EntityRef], table: dict[str, str], countries: frozenset[str]) -> None:
    """"Korea 5 million", "Vientiane 2.4 billion", "United Kingdom £850 million": a name the recogniser ran into
    the sum after it is the name alone (``table``, the topic's surfaces, names it)."""
    scales = words("money", "scales")
    for found in {n for n in out.values() if n.label in ("GPE", "ORG", "FAC", "LOC")}:
        cut = next((i for i in range(found.start + 1, found.end) if doc[i].like_num and (
            i + 1 < len(doc) and doc[i + 1].lower_ in scales)), None)
        if cut is None:
            continue
        while cut > found.start + 1 and (doc[cut - 1].is_currency or doc[cut - 1].text.isupper() and len(
                doc[cut - 1].text) == 3 and doc[cut - 1].text not in countries):
            cut -= 1  # the currency sign or code before the number ("£", "JPY")
        for i in range(found.start, found.end):
            out.pop(i, None)
        name = " ".join(t.text for t in doc[found.start:cut] if t.lower_ != "the")
        if name:
            key = state_of(name, table) or table.get(name, name)
            short = EntityRef(key, "GPE" if key in countries else found.label, found.start, cut)
            for i in range(found.start, cut):
                out[i] = short


_TITLE_OPENERS = frozenset({"country", "division", "regional", "resident", "senior", "deputy", "vice", "executive"})
"""Words that open a title after a body's name, which the recogniser may run into the name."""


def _before_title(ent: Span) -> Span | None:
    """The part of a body's or place's name before "and" and a title the recogniser ran into it."""
    titles = _titles_and_roles()
    return next((ent.doc[ent.start:t.i] for t in ent[1:-1] if t.lower_ == "and" and t.i + 1 < ent.end
                 and ent.doc[t.i + 1].lower_ in titles), None)


@cache
def _titles_and_roles() -> frozenset[str]:
    """Titles before a name and role words (asked for every name of every sentence: built once)."""
    return _title_lex()[0] | frozenset(_lex()["roles"])


@cache
def _title_only(key: str) -> bool:
    """A "name" made of a demonym or country and title words only ("Dutch Defence", "Kenyan Foreign")."""
    words = key.split()
    stop, demonyms, countries = _title_run_words(), demonyms_lower(), known_countries()
    return len(words) > 1 and all(w.lower() in stop or w.lower() in demonyms or w in countries for w in words)


@cache
def _title_run_words() -> frozenset[str]:
    """Words that make up a title and its portfolio (roles, titles, portfolio and title words) and the small
    words that join them: what stands between a title and its person, or what the recogniser runs into one."""
    return _title_lex()[1] | _words("title_words") | {"of", "for", "and", "the"}


_STATE_WORDS = frozenset({"the UK", "the US", "the United States", "the United Kingdom", "the EU"})
"""Short state names after "of" in a person's name the recogniser ran on ("Helena Marwick of the UK")."""


@cache
def _bare_name(key: str) -> str:
    """A person's name without the title words the recogniser ran into it: "Defence of Ukraine Denys
    Horobets", "Budget Cheikh Tidiane Gueye", "Türk Eximbank General Manager Hakan Demirtaş" (two words
    of the name at least stay)."""
    words = key.split()
    stop = _title_run_words()
    countries = known_countries()
    cut = 0
    for k, word in enumerate(words[:-2]):
        if words[k + 1] in PATRONYMIC_PARTICLES:
            break  # "Prince Sultan bin Khalid al-Saud": the title word is the given name
        if word.lower().strip(",.") in stop or word in countries or word.lower() in demonyms_lower() or \
                " ".join(words[:k + 1]) in countries:  # "Sri Lanka Haruka Nishimoto"
            cut = k + 1
    return " ".join(words[cut:]) if cut else key


_NUMERIC_ENTS = frozenset({"MONEY", "QUANTITY", "DATE", "TIME", "PERCENT", "CARDINAL", "ORDINAL"})


def _gazetteer_countries(topic: TopicData, span: Span, names: dict[int, EntityRef], start: int) -> None:
    """Country names read off the words where the recogniser missed them, cut them or ran several into one
    ("Ministers from Antigua and Barbuda, The Bahamas, Barbados, Belize, Dominica, ..." came out as a person
    "Barbuda", an organisation "The Bahamas, Barbados, Belize, Dominica" and an untagged "Suriname"). A name
    that goes on past the country without a comma stays ("Chad Smith", "Bank of Jamaica", "Niger Delta").
    This also joins a country the recogniser cut at its "and" ("Trinidad" and "Tobago", "St Kitts and" +
    "Nevis"). Tokens before ``start`` (the dateline's end) are left alone."""
    if "country_forms" not in topic.memo:  # the alias table is the topic's: sorted once, not per sentence
        topic.memo["country_forms"] = _country_forms(tuple(sorted(topic.entities.table.items())))
    forms, firsts = topic.memo["country_forms"]
    doc = span.doc
    lo = max(span.start, start)  # not in the dateline ("BODØ, Norway, Nov 12 (AFP) -")
    done = lo
    for i in _country_starts(topic, doc, firsts):  # the few tokens that may begin a country's name
        if not done <= i < span.end:
            continue
        match = next(((n, key) for surface, key in forms[doc[i].text] if (n := _matches(doc, i, surface, span.end))),
                     None)
        if match is None:
            continue
        n, key = match
        done = i + n
        if any(doc[k].ent_type_ in _NUMERIC_ENTS for k in range(i, i + n)):
            continue  # "four hundred million US dollars"
        if (first := _company_start(doc, i, i + n, names)) < i:  # "Telecoms company MTN Uganda pledged": a
            found = EntityRef(doc[first:i + n].text, "ORG", first, i + n)  # company's name, not the state
            for k in range(first, i + n):
                names[k] = found
            continue
        covering = {names[k] for k in range(i, i + n) if k in names}
        outside = [k for c in covering for k in range(c.start, c.end) if not i <= k < i + n]
        if all(doc[k].is_punct or doc[k].lower_ in ("and", "the") or k in names and names[k] not in covering
               for k in outside) or any(doc[k].text == "," for k in outside):
            found = EntityRef(key, "GPE", i, i + n)
            for k in outside:  # what is left of a run of names glued into one ("The Bahamas, Barbados, ...")
                if doc[k].is_punct and doc[k].text != "-" or doc[k].lower_ in ("and", "the"):
                    names.pop(k, None)
            for k in range(i, i + n):
                names[k] = found
            _glued_person(doc, [k for k in outside if k > i + n], names)


def _company_start(doc: Doc, start: int, end: int, names: dict[int, EntityRef]) -> int:
    """Where a name that ends in a country's begins: untagged proper nouns right before the country and
    compounded onto it make one name with it ("MTN Uganda", "Airtel Kenya"), unless they are titles
    ("President"), countries or demonyms, or open a sentence or a line ("Host Kenya", "Neighbouring Kenya")."""
    first = start
    while first > 0 and (before := doc[first - 1]).pos_ == "PROPN" and before.dep_ == "compound" and \
            before.head.i in range(first, end) and before.i not in names and (before.is_title or before.is_upper) \
            and not before.is_sent_start and not doc[first - 2].is_punct \
            and len(before.text) > 1 and before.lower_ not in _titles_and_roles() and \
            before.text not in known_countries() and before.text not in lexicon()["demonyms"]:
        first -= 1
    return first


def _glued_person(doc: Doc, rest: list[int], names: dict[int, EntityRef]) -> None:
    """What is left of a name glued to a country after a comma, when it reads as a person's name ("ambassador
    to Senegal, Geneviève Rochon-Tremblay," tagged as one organisation): that person."""
    if not rest or rest != list(range(rest[0], rest[-1] + 1)) or doc[rest[0] - 1].text != ",":
        return  # (``rest``: the glued name's tokens after the country's comma)
    words = [doc[k] for k in rest]
    if 2 <= sum(w.text != "-" for w in words) <= 4 and all(w.is_title or w.text == "-" for w in words) and \
            doc[rest[0]:rest[-1] + 1].text not in known_countries():
        person = EntityRef(_bare_name(doc[rest[0]:rest[-1] + 1].text), "PERSON", rest[0], rest[-1] + 1)
        for k in rest:
            names[k] = person


def _matches(doc: Doc, i: int, surface: str, limit: int) -> int:
    """How many tokens from ``i`` spell ``surface`` exactly, ending on a token's end (0 if they do not)."""
    written = ""
    for j in range(i, min(limit, i + 8)):
        written += doc[j].text
        if written == surface:
            return j + 1 - i
        written += doc[j].whitespace_
        if not surface.startswith(written):
            return 0
    return 0


def _country_starts(topic: TopicData, doc: Doc, firsts: numpy.ndarray) -> list[int]:
    """Indices of the document's tokens that are the first word of a country's name: found on the hashes of
    the words, once per document (most sentences name no country) and kept on the topic."""
    memo = topic.memo.setdefault("country_starts", {})
    if id(doc) not in memo:  # the topic holds its documents, so the id stays theirs
        memo[id(doc)] = numpy.flatnonzero(numpy.isin(doc.to_array("ORTH"), firsts)).tolist()
    return memo[id(doc)]


@cache
def _country_forms(aliases: tuple[tuple[str, str], ...]) -> tuple[dict[str, tuple[tuple[str, str], ...]],
                                                                 numpy.ndarray]:
    """First token -> (surface, country) for every country name and alias (not demonyms), longest first;
    and the hashes of those first tokens."""
    countries = known_countries()
    demonyms = lexicon()["demonyms"]
    surfaces = {c: c for c in countries}
    surfaces |= {k: v for k, v in aliases if v in countries and k not in demonyms and k[:1].isupper()}
    surfaces |= {k.replace("Saint ", "St ", 1): v for k, v in surfaces.items() if k.startswith("Saint ")}
    out: dict[str, list[tuple[str, str]]] = {}
    for surface, country in surfaces.items():
        first = re.match(r"[^\s\-']+", surface)
        if first is not None:
            out.setdefault(first.group(), []).append((surface, country))
    forms = {k: tuple(sorted(v, key=lambda f: -len(f[0]))) for k, v in out.items()}
    return forms, numpy.array([hash_string(k) for k in forms], dtype=numpy.uint64)


@cache
def _title_lex() -> tuple[frozenset[str], frozenset[str]]:
    """Titles that precede a name, and words that no name after a title holds (roles, portfolios, months)."""
    lex = _lex()
    stop = set(lex["not_name_words"]) | set(lex["roles"]) | set(lex["name_titles"]) | _portfolio_words()
    stop |= {m.lower() for m in calendar.month_name[1:]} | {d.lower() for d in calendar.day_name}
    return frozenset(lex["name_titles"]), frozenset(stop)


_NAME_LABELS_AFTER_TITLE = frozenset({"", "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})


def _titled_names(span: Span, names: dict[int, EntityRef], surnames: dict[str, str], start: int) -> list[EntityRef]:
    """Capitalised words right after a person's title that the recogniser missed or mislabelled: "PM Arvind
    Deshpande" (untagged), "commissioner Elena Varga" (tagged ORG). Not places, organisations, months,
    or further title words ("Prime Minister", "Foreign Affairs")."""
    titles, stop = _title_lex()
    doc, out = span.doc, []
    for token in span:
        word = token.lower_.rstrip(".")
        after_title = word == "general" and token.i > span.start and doc[token.i - 1].lower_.rstrip("-") in titles
        if token.i < start or token.i + 1 >= span.end or (
                word not in titles and token.lemma_.lower() not in titles and word[:-1] not in titles
                and not after_title):
            continue  # ("Ministers" as a proper noun keeps its plural lemma; "Secretary General" X)
        if token.is_upper and len(token) > 1 and token.lower_ != "pm" and "." not in token.text:
            continue  # "DR Congo" is no doctor (but "H.E." is His Excellency)
        if doc[token.i + 1].text in PATRONYMIC_PARTICLES:
            continue  # "Prince Sultan bin Khalid": the title word is the given name
        begin = _after_portfolio(doc, token.i + 1, span.end, stop, names)
        if doc[begin].text == "," and begin + 1 < span.end and doc[begin + 1].head == token and \
                doc[begin + 1].dep_ == "appos" or doc[begin].text == "," and any(
                t.head == token and t.dep_ == "appos" for t in doc[begin + 1:min(begin + 6, span.end)]):
            begin += 1  # "its chief executive, Naledi Khumalo-Price,": the name in apposition to the title
        end = begin
        while end < span.end and sum(t.text != "-" for t in doc[begin:end]) < 5 and _name_word(doc, end, span.end):
            end += 1
        while end > begin and doc[end - 1].text == "-":
            end -= 1
        found = _titled_name(doc, begin, end, names, surnames, stop) if end > begin else None
        if found is not None:
            out.append(found)
    return out


def _after_portfolio(doc: Doc, i: int, limit: int, stop: frozenset[str], names: dict[int, EntityRef]) -> int:
    """Past the portfolio of a title: "Minister" for Foreign Affairs, "Secretary" of State for International
    Cooperation, "President" of the Inter-American Development Bank (a body named whole)."""
    while i + 1 < limit and doc[i].lower_ in ("for", "of"):
        j = first = i + 1 + (doc[i + 1].lower_ == "the")
        body = names.get(j)
        ends = [k for k in range(j, body.end) if doc[k].lower_ in stop] if body is not None else []
        whole = body is not None and body.end < limit and _name_word(doc, body.end, limit)
        if body is not None and body.label != "PERSON" and body.start in (j, j - (doc[i + 1].lower_ == "the")) and (
                ends or body.key in known_countries() or whole):
            # to the body's last word of a body or portfolio: the recogniser may run a name on ("the Economic
            # Relations Division Nasreen Akhter", "Defence Margus Tammepõld"); a body the name follows is whole
            # ("Director of Operations of the OPEC Fund Tarek Benali")
            j = body.end if body.key in known_countries() or not ends else ends[-1] + 1
        else:
            while j < limit and doc[j].is_title and (doc[j].lower_ in stop or doc[j].text in known_countries()) or (
                    j + 1 < limit and doc[j].lower_ in ("and", ",") and j > first and doc[j + 1].is_title
                    and doc[j + 1].lower_ in stop):
                j += 1  # ("of Finance and Budget", "of Housing, Construction and Sanitation")
        if j == first:  # an untagged body, to its last organisation word ("of the OPEC Fund" Tarek Benali)
            run = itertools.takewhile(lambda k: doc[k].is_title or doc[k].is_upper, range(first, min(first + 6, limit)))
            j = max((k + 1 for k in run if doc[k].lower_ in _lex()["not_name_words"]), default=first)
        if j == first or j >= limit:
            return i
        i = j
    return i


def _name_word(doc: Doc, i: int, limit: int) -> bool:
    """A capitalised proper noun, or a hyphen joining two ("Mwinyi-Rashidi")."""
    token = doc[i]
    if token.text == "-":
        return not doc[i - 1].whitespace_ and i + 1 < limit and doc[i + 1].is_title
    if token.lower_ in _words("name_particles") and i + 1 < limit and (doc[i + 1].is_title or (
            doc[i + 1].text == "-" and i + 2 < limit and doc[i + 2].is_title)):
        return True  # "Sayyid Taimur bin Fahd Al Said", "Muhannad al-Rifai"
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha


def _titled_name(doc: Doc, start: int, end: int, names: dict[int, EntityRef], surnames: dict[str, str],
                 stop: frozenset[str]) -> EntityRef | None:
    """The name in ``doc[start:end]`` after a title, if it is one (see :func:`_titled_names`)."""
    title = start - 1 if doc[start - 1].text != "," else start - 2
    words = doc[start:end]
    if not len(words) or any(t.lower_ in stop or t.ent_type_ not in _NAME_LABELS_AFTER_TITLE and not (
            t.ent_type_ in ("GPE", "LOC") and _unknown_place(t.text)) for t in words):
        return None  # (the small model tags some foreign names as places: "Ambassador of Japan Hideki Okamura")
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        return None  # the run goes on past four words: not one name
    if end + 1 < len(doc) and doc[end].text == "," and (after := names.get(end + 1)) is not None and \
            after.label == "PERSON" and len(words) == 1:
        return None  # the title's last word, its holder named after the comma ("... and National Beautification, X")
    inside = {names[t.i] for t in words if t.i in names}
    if any(n.label == "PERSON" and (n.start <= start or n.end != end) for n in inside):
        return None  # a name the recogniser already has (not "Ingrid" cut off "Solheim-Aas")
    # part of a longer organisation or place name; but "PM Raghunath Deshmukh-Rao" tagged whole as an ORG
    # is the title and a name, and so is an ORG run on from the portfolio ("of State for ... Ingrid")
    portfolio = all(doc[k].lower_ in _title_run_words() for k in range(title + 1, start))
    if any(n.key in known_countries() or n.end > end or n.start < start and not (
            n.start <= title and n.end == end or portfolio) for n in inside):
        return None
    whole = len(inside) == 1 and next(iter(inside)).start == start and next(iter(inside)).end == end
    key = _bare_name(next(iter(inside)).key if whole else " ".join(words.text.split()))
    if len(words) == 1:
        key = surnames.get(words.text, key)  # "Mr Raghavan": the one person of the topic with that surname
    return EntityRef(key, "PERSON", start, end)


def _unknown_place(word: str) -> bool:
    """Not a country, capital or demonym the fact vocabulary knows."""
    lex = lexicon()
    return word not in known_countries() and word not in lex["capitals"] and word not in lex["demonyms"]


def _town(key: str) -> bool:
    """A name tagged as a place that is no state, capital or demonym the vocabulary knows, and no body
    ("Fund to Fight AIDS, Tuberculosis and ..." is one): a town or region, or a word taken for a place."""
    return _unknown_place(key) and not set(key.lower().split()) & _body_words()


def _surnames(topic: TopicData) -> dict[str, str]:
    """Last word -> the one person of the topic with that surname (ambiguous surnames left out).

    Asked once per sentence, but the answer only depends on the topic: computed once and kept."""
    if "surnames" not in topic.memo:
        topic.memo["surnames"] = _surname_table(topic, name_repairs(topic))
    return topic.memo["surnames"]


def _surname_table(topic: TopicData, repairs: dict[str, str]) -> dict[str, str]:
    people = {k for k, e in topic.entities.entities.items() if e.label == "PERSON" and " " in k} - set(repairs)
    people |= set(repairs.values())  # "Rajendra Persaud-Khan", not the cut "Rajendra Persaud"
    people = {_bare_name(k) for k in people if not _title_only(k)}  # not "Defence" of "Dutch Defence"
    by_last: dict[str, set[str]] = {}
    for name in people:
        by_last.setdefault(name.split()[-1], set()).add(name)
    return {last: names.pop() for last, names in by_last.items() if len(names) == 1}


# --- cues and negation ----------------------------------------------------------------------------------

def verb_lemma(token: Token) -> str:
    """The lemma, also for a participle the tagger took for an adjective ("co-hosted by" -> host)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "ADJ" or not token.lower_.endswith("ed") or not any(c.dep_ == "agent" for c in token.children):
        return lemma
    stem = token.lower_
    known = _words("host") | _words("at_event") | _words("with_object")
    return next((c for c in (stem[:-2], stem[:-1], stem[:-3]) if c in known), stem[:-2])


def _nobody(verb: Token) -> bool:
    """"Neither the United States nor the EU was represented", "No US representative spoke", "sent no official
    to the summit"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "neither" or g.lower_ == "no" and g.dep_ == "det"
                                                        for g in child.children):
            return True  # ("No US representative spoke at the forum")
        if child.dep_ == "dobj" and any(d.lower_ == "no" and d.dep_ == "det" for d in child.children):
            return True
    return False


def negated(token: Token) -> bool:
    """The cue is denied, refused or set at another time ("did not attend", "declined to join",
    "after Modi met Putin in Moscow")."""
    bad = _words("negative")
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in token.children):
        return True
    if _nobody(token):
        return True
    if any(c.dep_ == "mark" and c.lower_ in _lex()["other_time"] for c in token.children):
        return True
    if token.head.lower_ == "without":
        return True
    node = token
    for depth, anc in enumerate(token.ancestors):
        if node.dep_ == "relcl":
            break  # "X, who presented the assessment to the meeting, rejected the criticism": said of X
        if any(t.text == ";" for t in token.doc[min(token.i, anc.i):max(token.i, anc.i)]):
            break  # "X told the conference that ...; on Friday its ministry withdrew the offer": another clause
        if anc.lemma_.lower() in bad:
            return True
        if depth < 2 and anc.pos_ in ("VERB", "AUX") and token.dep_ in ("xcomp", "ccomp") and any(
                c.dep_ == "neg" for c in anc.children):
            return True
        node = anc
    return False


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")


def opening_year(doc: Doc, published: str) -> int | None:
    """The publication year, else the first year the opening lines name (the dateline's), else None."""
    if published[:4].isdigit():
        return int(published[:4])
    # the first dated day, as datelines give ("HANOI, April 22, 2026 -", the recogniser may leave the year out of
    # it); not a bare year ("who hosted in 2008")
    first = next((e for e in doc.ents if e.label_ == "DATE" and e.start_char < 400 and _MONTH.search(e.text)), None)
    if first is None:
        return None
    years = _YEAR.findall(first.text) or _YEAR.findall(doc[first.end:first.end + 3].text)
    return int(years[0]) if years else None


_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b")


def reference_year(doc: Doc | Span, published: str = "") -> int:
    """The year an article is written in: its publication year, else the latest year it names outside a
    plan ("the next conference will be held in 2027", "hope to conclude talks before 2028")."""
    if published[:4].isdigit():
        return int(published[:4])
    years = [int(y) for e in doc.ents if e.label_ == "DATE" and not _ahead(e) for y in _YEAR.findall(e.text)]
    return max(years, default=0)


def _ahead(date: Span) -> bool:
    """A date set in the future: after "by", "until" or "before", or on a clause with "will"/"would" or
    "to" ("the offer to host the summit in 2027")."""
    if date.root.dep_ == "pobj" and date.root.head.lower_ in ("by", "until", "till", "before"):
        return True
    verb = next((t for t in date.root.ancestors if t.pos_ == "VERB"), None)
    return verb is not None and any(c.dep_ == "aux" and (c.lower_ in MODALS or c.lower_ == "to") for c in verb.children)


def _dates_on(token: Token) -> Iterator[Span]:
    """DATE entities hanging from a token, directly or through a preposition ("met Page in 1954", "during its
    2022 presidency"), or the token's own ("in 1950, when she met ...": the clause hangs from the date)."""
    for child in [token, *token.children]:
        objects = [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "prep" else []
        # and a year on the object: "during its 2022 G20 presidency", "at the 2023 summit"
        heads = [child, *objects] + [c for p in objects for c in p.children if c.dep_ in ("nummod", "amod", "compound")]
        for head in heads:
            if head.ent_type_ == "DATE" and head.ent_iob_ in ("B", "I"):
                ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
                if ent is not None:
                    yield ent


def earlier_time(token: Token, year: int) -> bool:
    """The cue is set before the story ("met Page in 1954", "hosted the Oscars in 2007", "thirty years
    ago", "last met"): a date on the cue or a clause above it names an earlier year or says "ago"."""
    if any(c.dep_ == "advmod" and c.lower_ == "last" for c in token.children):
        return True
    times = [token.head] if token.dep_ == "relcl" else []
    times += [c for c in token.children if c.dep_ == "npadvmod"]
    if any(t.lemma_.lower() == "time" and any(c.dep_ == "amod" and c.lower_ in ("last", "previous")
                                               for c in t.children) for t in times):
        return True  # "the last time an Australian hosted the show"
    chain = [token, *token.ancestors]
    chain += [c for node in chain[1:] for c in node.children if c.dep_ == "xcomp"]  # "began modeling in 1950"
    # "which put $667 million into the fund when it was created in 2022"
    # ("Britain gave £18 million after Cyclone Idai devastated the same districts in 2019")
    chain += [c for c in token.children if c.dep_ == "advcl" and any(m.lower_ in ("when", "after")
                                                                      for m in c.children)]
    return any(dated_before(node, year) for node in chain) or _told_before(token)


_TOLD = frozenset({"say", "tell", "offer", "promise", "indicate", "signal"})


def _told_before(token: Token) -> bool:
    """What a past perfect dated before the story's time had said or offered: "Russia's emergencies ministry
    had said last month that it would send 20 rescuers", "Mauritius had offered last month to send a
    helicopter" (not "had pledged on Tuesday", nor a clause beside it: "..., but its envoy told delegates")."""
    node = token
    while node.dep_ in ("ccomp", "xcomp") and node.head is not node:
        node = node.head
        if node.lemma_.lower() in _TOLD and had_dated(node, _EARLIER):
            return True
    return False


_EARLIER = frozenset({"last", "earlier", "previous"})


def had_dated(token: Token, words: frozenset[str]) -> bool:
    """A past perfect ("had said", "had announced") with a date on it that has one of ``words`` ("last month",
    "in September")."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children) and any(
        set(re.findall(r"[a-z]+", ent.text.lower())) & words for ent in _dates_on(token))


def dated_before(token: Token, year: int) -> bool:
    """A date hanging from the token (:func:`_dates_on`) names a year before ``year``, says "ago", or is
    "last year" ("in the last financial year", "Last year donors provided ...", "after last year's floods")."""
    for ent in _dates_on(token):
        words = re.findall(r"[a-z]+", ent.text.lower())  # (also "last year's floods")
        years = [int(y) for y in _YEAR.findall(ent.text)]
        if "ago" in words or (year and years and max(years) < year) or "last" in words and "year" in words:
            return True
    return False


def is_event_noun(token: Token) -> bool:
    """A word for the event itself ("the summit", "an official visit"), not a press conference or another
    meeting, nor part of a name ("Summit Entertainment") or a modifier of another noun ("the Eastern
    Conference standings")."""
    lex = _lex()
    lemma = token.lemma_.lower()
    if lemma not in _event_words() and lemma not in lex["formal_events"] and lemma not in _event_pairs():
        return False  # (most tokens: asked for every token of every topic)
    if lemma in lex["formal_events"]:
        marks = _formal_marks()[lemma]
        named = token.pos_ == "PROPN" and token.is_title and token.i > token.sent.start  # "The Round was opened"
        # (a visit of days, a programme's: "during a two-day visit to Rarotonga")
        days = lemma == "visit" and any(c.lemma_.lower() == "day" and any(g.like_num for g in c.children)
                                        for c in token.children)
        return token.pos_ in ("NOUN", "PROPN") and (named or days or any(c.lower_ in marks for c in token.children)
                                                    or token.dep_ == "dobj" and token.head.lemma_.lower() in marks)
    if event_lemma(token) not in _event_words() or token.pos_ not in ("NOUN", "PROPN") and not (
            token.pos_ == "ADJ" and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")):
        return False  # ("addressed the plenary": an adjective to the parser)
    if token.dep_ == "compound" and token.head.lemma_.lower() not in _event_words():
        return False
    if token.ent_type_ == "ORG" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        return False
    skip = frozenset(lex["not_events"])
    if token.pos_ == "PROPN" and token.is_title:
        skip -= {"first"}  # "the first Malawi Water and Sanitation Investment Summit": this event's first edition
    return not any(c.lower_ in skip or c.lemma_.lower() in skip for c in token.children)


def event_lemma(token: Token) -> str:
    """The lemma an event noun is counted under ("talks" stays "talks"; "table" of "a round table" is the
    two words, as ``[attendees] events`` lists them)."""
    if token.lower_ == "talks":
        return "talks"
    lemma = token.lemma_.lower()
    if token.i and lemma in _event_pairs() and f"{token.doc[token.i - 1].lower_} {lemma}" in _event_words():
        return f"{token.doc[token.i - 1].lower_} {lemma}"
    return lemma


@cache
def _event_words() -> frozenset[str]:
    """``[attendees] events`` as a set (asked for every token of every topic)."""
    return frozenset(_lex()["events"])


@cache
def _formal_marks() -> dict[str, frozenset[str]]:
    """``[attendees.formal_events]``: each noun's marks, and under "" every noun's together."""
    table = {noun: frozenset(marks) for noun, marks in _lex()["formal_events"].items()}
    return {**table, "": frozenset().union(*table.values())}


@cache
def _event_pairs() -> frozenset[str]:
    """Last words of the two-word event nouns ("table" of "round table")."""
    return frozenset(e.split()[-1] for e in _lex()["events"] if " " in e)


def _event_nouns(topic: TopicData) -> list[Token]:
    """Every event noun of the topic, in order (found once per topic: several builders ask)."""
    if "event_nouns" not in topic.memo:
        topic.memo["event_nouns"] = [t for ref in topic.sentences() for t in ref.span if is_event_noun(t)]
    return topic.memo["event_nouns"]


def main_event(topic: TopicData) -> str:
    """The event noun the topic uses most ("summit"); ties go to the earlier word of the event list."""
    events = _lex()["events"]
    counts = Counter(event_lemma(t) for t in _event_nouns(topic))
    ranked = sorted(counts, key=lambda lemma: (-counts[lemma], events.index(lemma) if lemma in events else 99))
    return ranked[0] if ranked else ""


def _other_event(token: Token, event: str) -> bool:
    """Another, qualified event than the story's ("peace talks with the Taliban" beside a donor conference)."""
    if not is_event_noun(token) or event_lemma(token) == event:
        return False
    # ("the state visit" in a story of the talks held during it, "a bilateral meeting" at the summit)
    marks = _formal_marks()[""]
    return any(c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and not c.ent_type_ and
               c.lower_ not in marks for c in token.children)


def _event_object(token: Token) -> bool:
    """An event noun, or "the end/sidelines of" one."""
    if is_event_noun(token):
        return True
    if token.lemma_.lower() in _lex()["event_parts"]:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(is_event_noun(p) for p in c.children)
                   for c in token.children)
    return False


def _it_event(token: Token) -> bool:
    """"It" for the event the sentence before is about ("The high-level session ... brought together ministers.
    It was moderated by the Chair of the Board, X.")."""
    if token.lower_ != "it" or token.sent.start == 0:
        return False
    before = token.doc[token.sent.start - 1].sent
    return any(c.dep_ in _SUBJECTS and is_event_noun(c) for c in before.root.children)


@dataclass(frozen=True, slots=True)
class _Cues:
    verbs: frozenset[str]
    nouns: frozenset[str]
    phrases: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, spec: SectionSpec) -> _Cues:
        single = frozenset(c for c in spec.cues if " " not in c)
        phrases = tuple(tuple(c.split(" ", 1)) for c in spec.cues if " " in c)
        return cls(single, single, phrases)  # type: ignore[arg-type]

    def verb(self, token: Token) -> bool:
        lemma = verb_lemma(token)
        if token.pos_ not in ("VERB", "AUX", "ADJ"):
            return False
        if token.pos_ != "ADJ" and lemma in _lex()["needs_place"]:
            return False  # "will present a draft resolution", "who represents the area": only at the event
        if lemma in self.verbs:
            return True
        return any(lemma == v and any(c.lower_ == rest for c in token.children) for v, rest in self.phrases)

    def noun(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in self.nouns


# --- slots ---------------------------------------------------------------------------------------------

_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?")


def outside_dateline(subjects: list[Token]) -> list[Token]:
    """Drop a dateline the parser took for a subject; its apposition may be the real one (BARI ... - Leaders)."""
    out = []
    for subject in subjects:
        if _TIME_STAMP.fullmatch(subject.text) and all(c.is_punct for c in subject.children):
            continue  # a live blog's "11:30 –" the parser made the subject (but the name it may hang under it stays)
        end = dateline_end(subject.sent)
        if subject.i >= end:
            out.append(subject)
        else:  # the first phrase after the dateline hung under it: "DEAD SEA, Jordan, June 11 (Reuters) -
            # Countries and organisations pledged" makes "Countries" an apposition of "Reuters"; "MANILA,
            # PHILIPPINES (18 February 2026) - The Asian Development Bank (ADB) is providing" a conjunct of MANILA
            out += [t for t in subject.subtree if t.i >= end and t.head.i < end and t.dep_ in ("appos", "conj")]
    return out


def _subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Subjects of a verb; a relative pronoun stands for the noun its clause modifies; shared subjects."""
    subjects = outside_dateline([c for c in verb.children if c.dep_ in _SUBJECTS])
    if not subjects and verb.lemma_ == "be":  # "In attendance were X; Y": the inverted subject, read as attr
        subjects = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
    out = []
    for subject in subjects:
        if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
            out.append(verb.head)
        elif subject.lower_ not in _RELATIVE:
            out.append(subject)
    reporter = reporting_subject(verb) if not subjects else None
    if reporter is not None:
        out.append(reporter)
    elif not subjects and depth < 3:
        if verb.dep_ in ("acl", "relcl") and (verb.head.pos_ in ("NOUN", "PROPN", "PRON") or _ordinal(verb.head)):
            if not any(c.dep_ == "agent" for c in verb.children):  # "the Awards, hosted by X": not the host
                out.append(verb.head)
        elif verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            # "became the first pontiff to take part": a subjectless clause shares its head's subject
            out += _subjects(verb.head, depth + 1)
    return [_through_pronoun(s) for s in out]


def reporting_subject(verb: Token) -> Token | None:
    """The person a speech verb without a subject reports ("..., the bloc's ambassador, Birgitte Sørensen,
    announced", "... Minister Yuko Shimada said"): the parser often hangs the name elsewhere, but it stands
    right before the verb, at most a comma between."""
    lemma = verb_lemma(verb)
    if lemma not in _lex()["speech"] and lemma not in _lex()["at_event"] or any(
            c.dep_ in _SUBJECTS for c in verb.children):
        return None  # ("X moderated the session" where the parser made "moderated" the head of the name)
    i = verb.i - 1
    if i > verb.sent.start and verb.doc[i].text == ",":
        i -= 1
    if i < verb.sent.start:
        return None
    token = verb.doc[i]
    if token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and token.dep_ == "appos" and is_role(token.head):
        return token  # "..., its chief executive, Naledi Khumalo-Price, told" (the recogniser's ORG)
    for node in (token, token.head, token.head.head):  # "..., Japan's ambassador to the UAE told the meeting"
        if node.lemma_.lower() in _lex()["people"] and node.pos_ in ("NOUN", "PROPN") and node.i < verb.i:
            doc = node.doc
            if node.i >= 2 and doc[node.i - 1].text == "-" and is_role(doc[node.i - 2]):
                return doc[node.i - 2]  # "a Japanese vice-minister": the parser hangs "Japanese" on "vice"
            return node
        if node.dep_ not in ("pobj", "prep", "compound"):
            break
    return None


def _reports(found: EntityRef, doc: Doc) -> bool:
    """The name is the subject the parser lost of the speech verb right after it."""
    at = found.end + (found.end < len(doc) and doc[found.end].text == ",")
    if found.label != "PERSON" or at >= len(doc):
        return False
    reporter = reporting_subject(doc[at])
    return reporter is not None and reporter.i == found.end - 1


def _through_pronoun(token: Token) -> Token:
    """"were among those attending": the participants are the subject of "were" (likewise "X became the Y")."""
    if token.dep_ == "attr" and token.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in token.head.children if c.dep_ in _SUBJECTS]
        return subjects[0] if subjects else token
    among = token.head.dep_ == "prep" and token.head.lower_ == "among" and (
        token.lemma_.lower() in _lex()["people"] or _ordinal(token))  # "were among the first to arrive"
    if (token.lower_ in ("those", "one", "them") or among) and token.head.dep_ == "prep":
        # "were among those attending", "were among the heads of state who attended"
        verb = token.head.head
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects[0]
    return token


def _ordinal(token: Token) -> bool:
    """"the first", "the last" (to arrive)."""
    return token.ent_type_ == "ORDINAL" or token.lower_ in ("first", "last")


def passive_agents(verb: Token) -> list[Token]:
    """Who did it in a passive ("opened by X", "and by Y"); a means of taking part ("by video") is no one."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    agents += [c for a in agents for c in a.conjuncts if c.lower_ == "by"]
    if agents:  # "signed by A and B, and by C and D": the parser hangs the second "by" on the verb
        doc = verb.doc
        agents += [c for c in verb.children if c.dep_ in ("conj", "prep") and c.lower_ == "by" and c.i > agents[0].i
                   and doc[c.i - 1].lower_ == "and"]
        # "addressed by A, B ..., on behalf of small states, and by C": the second "by" joined to another prep
        agents += [c for p in verb.children if p.dep_ == "prep" and p.i > agents[0].i for c in p.children
                   if c.dep_ == "conj" and c.lower_ == "by" and doc[c.i - 1].lower_ == "and"]
    agents += [c for a in list(agents) for p in a.children if p.dep_ == "pobj" for c in p.children
               if c.dep_ in ("prep", "conj") and c.lower_ == "by"]  # "opened by X, and by Y"
    out = [p for c in agents for p in c.children if p.dep_ == "pobj" and not _means(p)]
    bare = next((a for a in agents if not any(p.dep_ == "pobj" for p in a.children)), None)
    if not out and bare is not None:  # "delivered by, among others, X, ...; Y": the parser left "by" bare
        out = [c for c in verb.children if c.i > bare.i and c.dep_ in ("npadvmod", "dobj", "attr", "oprd")
               and c.ent_type_ == "PERSON"]
    by = agents[0] if agents else next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    titled = bool(agents) and any(is_role(p) and p.ent_type_ != "PERSON" for p in out)
    if by is not None and (_speeches_delivered(verb) or titled):
        # "Statements were delivered, among others, by the President of ..., Ms. A, ..., and Deputy Assistant
        # Secretary of State B of the United States", "accompanied by the Minister of Foreign Affairs, X, the
        # Minister of Defence, Y, and ...": the model hangs a long list anywhere (and "by" as a plain
        # preposition); its people are read off the words after "by"
        sent = verb.sent
        end = next((t.i for t in sent.doc[by.i + 1:sent.end] if t.dep_ == "neg"), sent.end)  # "..., not X"
        out += [t for t in sent.doc[by.i + 1:end] if t.ent_type_ == "PERSON" and t.dep_ != "compound"
                and t.is_alpha and t not in out and not (t.dep_ == "pobj" and t.head.lower_ != "by")]
    return out


def _speeches_delivered(verb: Token) -> bool:
    """A passive of delivering whose subject is a speech ("Statements were delivered by ...")."""
    return verb.lemma_.lower() in _words("deliver") and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in _words("speeches") for c in verb.children)


def _means(token: Token) -> bool:
    """"video", "video link", "phone": how one takes part from afar."""
    return _compound_in(token, "remote")


def _compound_in(token: Token, key: str) -> bool:
    """The noun or a compound of it is a word of ``[attendees] key`` ("video link", "videoconference")."""
    found = _words(key)
    return any(t.lemma_.lower() in found for t in [token, *(c for c in token.children if c.dep_ == "compound")])


def _by_means(verb: Token) -> bool:
    """"joined by video (link)": "by" names how one took part, not who did."""
    return any(_means(p) for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj")


def _prep_objects(token: Token, preps: frozenset[str]) -> list[Token]:
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
            if p.dep_ == "pobj"]


def _guest(token: Token) -> bool:
    """A person, a state or a group of people: who can be met, joined or hosted (not "the Grammys")."""
    return token.ent_type_ in ("PERSON", "GPE", "NORP") or token.lemma_.lower() in _lex()["people"]


def _attended(verb: Token) -> Token | None:
    """What "attend" takes: its object, or the noun its clause describes ("the church ... attended by");
    for a participle right after a noun, that noun (the parser may hang "attended by" higher up)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return objects[0]
    if verb.dep_ == "acl" and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "NOUN":
        return verb.doc[verb.i - 1]
    return verb.head if verb.dep_ in ("acl", "relcl") else None


def _verb_slots(verb: Token) -> list[tuple[Token, bool]]:
    """Participant slot heads of an attendance verb, each with whether it is the host."""
    lex = _lex()
    lemma = verb_lemma(verb)
    if verb.pos_ == "ADJ" and lemma == verb.lemma_.lower():  # "were present"
        return [(s, False) for s in _subjects(verb.head)] if verb.dep_ == "acomp" else []
    hosting = lemma in lex["host"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in lex["object_needed"] and not any(_people_or_event(o) and not _event_object(o) for o in objects):
        return []  # "Washington welcomed any effort"; "welcomed the summit" approves of it from afar
    if lemma in lex["object_checked"] and objects and not any(_guest(o) or _event_object(o) or
                                                               o.ent_type_ in lex["places"] for o in objects):
        return []  # "meet the demand", "joined the New York Mets", "visit friends"
    attended = _attended(verb) if lemma == "attend" else None
    if attended is not None and attended.lemma_.lower() in lex["not_attended"]:
        return []  # "the church Palin attends", "attended school": no event
    described = objects + [c for o in objects for c in o.children if c.dep_ == "appos"]
    if hosting and any(o.ent_type_ == "WORK_OF_ART" or o.lemma_.lower() in lex["not_attended"] or
                       (lemma in lex["object_event"] and not _event_object(o)) for o in described):
        return []  # "hosted 'Taradise', the show", "who chairs the House Natural Resources Committee"
    slots = [(s, hosting) for s in _subjects(verb)] + [(a, hosting) for a in passive_agents(verb)]
    if verb.dep_ == "acl" and _by_means(verb):  # "the minister, X, joined by video": the parser's passive
        slots.append((verb.head, hosting))
    # "X attended, as did the Kenyan president": the subject of the elliptical "as did" as well
    slots += [(s, hosting) for s in _as_did(verb)]
    if lemma in lex["with_object"]:
        # the object of "host" that is no guest is the event itself ("hosted the Grammys")
        slots += [(c, False) for c in objects if not hosting or _guest(c)]
    slots += [(p, False) for p in _prep_objects(verb, frozenset({"with", "alongside", "between", "among",
                                                                "including"}))]
    # "gathered ... for the forum, including South African President Cyril Ramaphosa"
    for event in (p for p in _prep_objects(verb, frozenset({"for", "at", "to", "in"})) if is_event_noun(p)):
        slots += [(p, False) for p in _prep_objects(event, frozenset({"including", "with", "between", "among"}))]
    return [(t, host) for t, host in slots if not _event_object(t)]


def _cancelled(token: Token) -> bool:
    """Negated, or under a negative verb; a stand-in sent by one who skipped the event still took part
    ("skipped the meeting, sending his deputy X"), unless the sending itself is negated."""
    if token.pos_ == "VERB" and verb_lemma(token) in _lex()["stand_in"]:
        return any(c.dep_ == "neg" for c in token.children) or _nobody(token)
    return negated(token) or _only_expected(token)


_EXPECTED = frozenset({"expect", "invite", "schedule", "slate", "due"})


def _only_expected(token: Token) -> bool:
    """"who had been expected to address the meeting", "had been invited to visit": in the past perfect, what
    was expected of someone is told because it did not happen."""
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in _EXPECTED and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in head.children)


def _declined(verb: Token) -> bool:
    """A conjunct of the verb says the subject did not attend ("met X but did not attend the summit")."""
    return any(c.dep_ == "conj" and verb_lemma(c) in _lex()["at_event"] and negated(c) for c in verb.children)


_STATE_NOUNS = frozenset({"government", "country", "state", "delegation", "kingdom", "republic", "administration"})


def _stand_in_slots(verb: Token) -> list[tuple[Token, bool]]:
    """"Uganda was represented by its foreign minister": the state and its envoy took part; "sent his deputy
    X", "sent a State Department official": the person sent, and the state or organisation that sent them
    (not a person who sent someone in their place)."""
    lemma = verb_lemma(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "represent":
        agents = passive_agents(verb)
        if not agents:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        inside = [t for s in subjects for t in s.subtree]
        if any(t.ent_type_ == "PERSON" and t.text not in known_countries() for t in inside) and not any(
                t.ent_type_ in ("GPE", "ORG") or t.lemma_.lower() in _STATE_NOUNS for t in inside):
            return []  # a person's lawyer or agent ("Wilson's family and Dalton are represented by attorney X")
        if verb.dep_ == "acl" and verb.head.ent_type_ in ("GPE", "ORG"):
            subjects.append(verb.head)  # "The United States, represented by a deputy assistant secretary"
        if not subjects and verb.dep_ == "conj":  # "X stayed home ... and was represented by Y"
            subjects = _subjects(verb)
        it = [s for s in subjects if _stands_for_state(s)]  # the state named before (see _collect)
        return [(t, False) for t in agents + _states_of(subjects) + it + _gapped_stand_ins(verb)]
    envoys = [o for o in objects if o.ent_type_ == "PERSON" or (
        o.lemma_.lower() in _lex()["people"] and o.lemma_.lower() not in _lex()["groups_sent"])]
    if not envoys:
        return []
    return [(t, False) for t in envoys + _states_of(_subjects(verb))]


def _gapped_stand_ins(verb: Token) -> list[Token]:
    """"A was represented by X, and B by Y": B and Y, read off the words (the parser hangs the gapped clause
    anywhere): a state or body right before "by", after ", and", then the person named after "by"."""
    doc, out = verb.doc, []
    end = verb.sent.end
    for i in range(verb.i + 2, end - 1):
        body = doc[i - 1]
        if doc[i].lower_ != "by" or body.ent_type_ not in ("ORG", "GPE"):
            continue
        start = i - 1
        while start > verb.i + 1 and (doc[start - 1].ent_iob_ == "I" or doc[start - 1].lower_ == "the"):
            start -= 1
        if not (doc[start - 1].lower_ == "and" and doc[start - 2].text == ","):
            continue
        person = next((doc[k] for k in range(i + 1, min(end, i + 10)) if doc[k].ent_type_ == "PERSON"), None)
        if person is not None and all(t.is_title or t.text == "-" or t.lower_ in ("of", "for", "the")
                                      for t in doc[i + 1:person.i]):
            out += [body, person]
    # the parse's own reading, where it has one: B a conjunct of the verb, "by Y" hung off B
    gapped = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
              and any(p.dep_ == "prep" and p.lower_ == "by" for p in c.children)]
    out += gapped + [o for g in gapped for o in _prep_objects(g, frozenset({"by"}))]
    return out + [c for g in gapped for c in g.children if c.dep_ == "appos"]


def _states_of(subjects: list[Token]) -> list[Token]:
    """Who is represented or sends someone: a state or organisation itself; for a person ("Eritrean President
    X sent his envoy"), not X but the state in X's title."""
    out = []
    for subject in subjects:
        if not _person_like(subject):
            out += [subject] if subject.ent_type_ in ("GPE", "ORG") or subject.lemma_.lower() in _STATE_NOUNS else []
        else:  # ("The Government of Ghana was represented by ...": the slot walks on to Ghana)
            out += [t for t in subject.subtree if t.i < subject.i and t.ent_type_ in ("GPE", "NORP")]
    return out


def _video(token: Token) -> bool:
    """"video", "video link", "videoconference": taking part from afar (a telephone call to a reporter is not)."""
    return _compound_in(token, "video")


def _remote_listener(verb: Token) -> bool:
    """"told AFP", "told state television": words for the press, not the meeting."""
    remote = _words("remote")
    # not a sum whose currency code the recogniser tagged an organisation ("Norway pledged NOK 30 million")
    return any(c.dep_ in ("dobj", "dative") and (c.ent_type_ == "ORG" or c.lemma_.lower() in remote)
               and c.text not in currency_codes() and not any(g.like_num for g in c.subtree) for c in verb.children)


def _led_slots(verb: Token) -> list[tuple[Token, bool]]:
    """"The Kuwaiti delegation, led by X", "X headed the Peruvian delegation": the leader and the group;
    "the delegation, which also included X": its members."""
    groups = _words("led_groups")
    lemma = verb_lemma(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma == "include":  # "the delegation, which also included X", "Participants included X; Y; ..."
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        group = verb.head if verb.dep_ == "relcl" else subjects[0] if subjects else None
        members = groups | _words("audience")
        return [(o, False) for o in objects] if group is not None and group.lemma_.lower() in members else []
    led = [o for o in objects if o.lemma_.lower() in groups]
    if led:
        return [(t, False) for t in _subjects(verb) + led]
    led = [s for s in verb.children if s.dep_ == "nsubjpass" and s.lemma_.lower() in groups]
    if led and passive_agents(verb):  # "Syria's delegation was headed by Minister X"
        return [(t, False) for t in passive_agents(verb) + led]
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in groups:
        return []
    agents = passive_agents(verb)
    return [(t, False) for t in agents + [verb.head]] if agents else []


def _speech_slots(verb: Token) -> list[tuple[Token, bool]]:
    """"delivered the welcome address", "said by video link": speaking to the event, there or from afar."""
    lex = _lex()
    lemma = verb_lemma(verb)
    speech = lemma in lex["deliver"] and any(c.dep_ == "dobj" and c.lemma_.lower() in lex["speeches"]
                                             for c in verb.children)
    if _speeches_delivered(verb):
        return [(a, False) for a in passive_agents(verb)]  # "Statements were delivered by X; Y; ..."
    linked = lemma in lex["speech"] and not _remote_listener(verb) and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(p.dep_ == "pobj" and _video(p) for p in c.children)
        for c in verb.children)
    # "X spoke on behalf of African borrowers": a speaker for a group of participants, at the event
    for_group = lemma == "speak" and any(p.lower_ == "behalf" for p in _prep_objects(verb, frozenset({"on"})))
    # "X said in his opening speech" (not "said in a statement": from anywhere)
    opening = lemma in lex["speech"] and any(
        p.lemma_.lower() in lex["speeches"] and any(c.lower_ in _SESSION_SPEECHES for c in p.children)
        for p in _prep_objects(verb, frozenset({"in", "during"})))
    return [(s, False) for s in _subjects(verb)] if speech or linked or for_group or opening else []


_SESSION_SPEECHES = frozenset({"opening", "closing", "welcome", "welcoming", "keynote", "inaugural", "concluding"})
"""What makes a speech one given at the event ("in his opening remarks")."""


def _story_slots(verb: Token) -> list[tuple[Token, bool]]:
    """Slots that count only in a story about an event: stand-ins sent or representing, signatories, "led
    by", speeches and speaking by video link."""
    lemma = verb_lemma(verb)
    out = _stand_in_slots(verb) if lemma in _words("stand_in") else []
    out += _signing_slots(verb) if lemma in _words("signing") else []
    out += _led_slots(verb) if lemma in _words("lead") else []
    # "a ceremony witnessed by X", "the minister, flanked by A and B", "was accompanied by A"
    out += [(a, False) for a in passive_agents(verb)] if lemma in _words("companions") else []
    out += _speech_slots(verb) if lemma in _words("deliver") or lemma in _words("speech") else []
    groups = [s for s in verb.children if s.dep_ in _SUBJECTS and (
        s.lemma_.lower() in _words("audience") or s.lemma_.lower() in _LIST_NOUNS)]
    if lemma == "include" and groups:
        # "Participating delegations included, among others: Cyprus, Egypt, ...", "Participants included X"
        # (the parser hangs the list on the verb or on the subject)
        out += [(g, False) for g in groups]
        out += [(c, False) for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod", "appos") and c.i > verb.i]
    return out


def _be_slots(verb: Token) -> list[tuple[Token, bool]]:
    """"Also at the table were Qatar's emir, ...", "X was in the room", "A, B and C were among 15 leaders in
    the room": "be" placing its subject where the event sits; "The heads of delegation were: A; B",
    "The participants were A, B and C": "be" naming who took part."""
    venues = _words("venues")
    if any(s.lemma_.lower() in _words("audience") or s.lemma_.lower() == "head" and any(
            p.lemma_.lower() in _words("led_groups") for p in _prep_objects(s, frozenset({"of"})))
           for s in verb.children if s.dep_ in _SUBJECTS):
        # "The heads of delegation were: Ms A, ...; Mr B, ...", "The participants were A, B and C"
        listed = [(c, False) for c in verb.children if c.dep_ in ("attr", "appos", "dobj") and c.i > verb.i]
        if listed:
            return listed
    if any(c.dep_ == "attr" and c.lemma_.lower() in ("part", "member") and any(
            p.lemma_.lower() in _words("led_groups") for p in _prep_objects(c, frozenset({"of"})))
           for c in verb.children):
        return [(s, False) for s in _subjects(verb)]  # "X and Y were also part of the Indian delegation"
    for place in _prep_objects(verb, frozenset({"at", "in", "among"})):
        if place.lemma_.lower() in venues and place.head.lower_ != "among" or (
                place.head.lower_ == "among" and place.lemma_.lower() in _lex()["people"] and any(
                p.lemma_.lower() in venues or _event_object(p) for p in _prep_objects(place, frozenset({"at", "in"})))):
            return [(s, False) for s in _subjects(verb)]
    return []


def _signing_slots(verb: Token) -> list[tuple[Token, bool]]:
    """"The pact was signed by X and Y", "X and Y signed the MoU", "signed between A and B": the signatories
    of an accord (not a player signing a contract)."""
    accords = _words("accords")
    signed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):  # "Japanese ODA Loan of ... for the ... Project, signed by Mr. X": the
        signed += [verb.head, *[a for a in list(verb.head.ancestors)[:3] if a.pos_ in ("NOUN", "PROPN")]]  # loan
    if not any(t.lemma_.lower() in accords for t in signed):
        return []
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)  # its subjects are what was signed
    heads = passive_agents(verb) + [s for s in ([] if passive else _subjects(verb)) if s.lemma_.lower() not in accords]
    heads += _prep_objects(verb, frozenset({"between", "with"}))
    return [(h, False) for h in heads]


def _people_or_event(token: Token) -> bool:
    return (token.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") or token.lemma_.lower() in _lex()["people"]
            or _event_object(token))


def _noun_slots(noun: Token) -> list[tuple[Token, bool]]:
    """"the participation of leaders from ...", "were in attendance", "among the invited guests"."""
    preps = {"of", "between", "with", "among", "by"}
    if noun.lemma_.lower() in _lex()["host"]:
        preps.discard("of")  # "the host of the Academy Awards": what is hosted, not who takes part
    slots = [(p, False) for p in _prep_objects(noun, frozenset(preps))]
    slots += [(c, False) for c in noun.children if c.dep_ == "poss"]
    among = ("in", "among", "as") if noun.lemma_.lower() in _lex()["people"] else ("in", "among")
    if noun.dep_ == "pobj" and noun.head.lower_ in among and noun.head.head.pos_ in ("VERB", "AUX"):
        # "were in attendance", "among the guests", "as guests" (not "envision him as a presence")
        verb = noun.head.head
        if not any(c.dep_ == "neg" for c in verb.children):  # not "who was not involved in the talks"
            slots += [(s, False) for s in _subjects(verb)]
            slots += [(s, False) for s in _as_did(verb)]  # "..., as was Guyana's Vice-President"
    return [(t, host) for t, host in slots if not _event_object(t)]


def _as_did(verb: Token) -> list[Token]:
    """Subjects of an elliptical "as did X" or "as was X" on the verb: X did the same."""
    return [s for c in verb.children if c.dep_ == "advcl" and c.lemma_ in ("do", "be") and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for s in _subjects(c)]


_AT = frozenset({"at", "during", "on"})
_AFTER = frozenset({"after", "following"})
_TO = frozenset({"to"})


def _placed(token: Token, preps: frozenset[str]) -> bool:
    """A preposition of the token puts it at the event ("at the summit", "on the sidelines of the talks")."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps):
        for place in (p for p in prep.children if p.dep_ == "pobj" and _event_object(p)):
            if prep.lower_ != "on" or place.lemma_.lower() in _lex()["event_parts"]:
                return True  # "on the summit" is what is said, "on the sidelines of" where
    return False


def _remote(verb: Token) -> bool:
    """Words said from elsewhere: "in a statement", "on television", "from Moscow", "told CNN"."""
    remote = _words("remote")
    # also a participle before the clause: "Speaking by telephone from Bassikounou, X said ..."
    heads = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        for place in (p for p in prep.children if p.dep_ == "pobj"):
            if place.lemma_.lower() in remote or (prep.lower_ == "from" and place.ent_type_ in ("GPE", "LOC")):
                return True
    return _remote_listener(verb)


def _speaks_there(verb: Token) -> tuple[bool, bool]:
    """Whether a speech verb is placed at the event ("told reporters at the summit"), or just after it
    ("said after the meeting", "Following the talks, X announced"), and not from elsewhere."""
    if verb_lemma(verb) not in _lex()["speech"] or _remote(verb):
        return False, False
    listeners = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(_placed(o, _AT) for o in listeners), _placed(verb, _AFTER)


def _also_spoke(verb: Token) -> bool:
    """"Peru's interior minister and Chile's undersecretary also spoke": one more speaker at the event the
    story reports (no object, listener or place that would put the words elsewhere)."""
    return verb.lemma_.lower() == "speak" and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children) \
        and not any(c.dep_ in ("prep", "dobj", "ccomp", "xcomp", "advcl") for c in verb.children)


def _person_like(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in _lex()["people"]


def _event_verb_slots(verb: Token) -> list[tuple[Token, bool]]:
    """Verbs aimed at the event: "told the conference", "pledged ... at the summit", "opened by X"; and
    people speaking there or right after it ("said after the meeting": people only, not "the Kremlin")."""
    lex = _lex()
    lemma = verb_lemma(verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        objects.append(verb.head)
    audience = [o for o in objects if o.dep_ == "dobj" and o.lemma_.lower() in lex["audience"]]
    aimed = lemma in lex["at_event"] and (audience or any(_event_object(o) or _it_event(o) for o in objects)
                                          or _also_spoke(verb))
    # also words given to the event: "who presented the damage assessment to the meeting", "spoke to the summit"
    located = _placed(verb, _AT) or (lemma in lex["speech"] or lemma == "present") and _placed(verb, _TO) \
        and not _remote(verb)
    to_listeners, after = _speaks_there(verb) if not (aimed or located) else (False, False)
    if not (aimed or located or to_listeners or after):
        return []
    hosting = lemma in lex["host"]
    heads = passive_agents(verb) or [s for s in _subjects(verb) if not _event_object(s)]
    if aimed:  # "opened the session alongside the Ukrainian minister"
        heads += _prep_objects(verb, frozenset({"alongside"}))
        if hosting:  # "co-chaired the conference with EU Commissioner X": a co-host (the parser may hang
            event = [o for o in objects if o.dep_ == "dobj" and _event_object(o)]  # "with" on the event)
            heads += [p for t in [verb, *event] for p in _prep_objects(t, frozenset({"with"})) if _guest(p)]
    if after and not to_listeners:
        heads = [h for h in heads if _person_like(h)]
    return [(h, hosting) for h in heads]


def participants(span: Span, spec: SectionSpec, event: str = "", *, event_story: bool = True,
                 year: int = 0) -> list[tuple[Token, bool]]:
    """Heads of the sentence's participant slots, with whether each is a host.

    With ``event`` (the topic's main event noun), other event nouns are not cues: "peace talks with the
    Taliban" in a story about a donor conference names no participant of it. Weak cues ("arrived",
    "visit", "joined") count only in a story about an event (``event_story``) or beside an event noun.
    Cues set in a year before ``year`` (the article's) are another occasion ("met Page in 1954").
    """
    cues = _Cues.of(spec)
    weak = _words("weak")
    @cache
    def here() -> bool:  # asked only when a weak cue fires: scanning the sentence for it is the costly part
        return event_story or any(is_event_noun(t) and not (event and _other_event(t, event)) for t in span)

    out: list[tuple[Token, bool]] = []
    for token in span:
        if token.pos_ not in _SLOT_POS:
            continue
        slots = _token_slots(token, cues, event, weak, here)
        # The negation and date walks only for the few tokens that open a slot (they are the costly part).
        if slots and not _cancelled(token) and not earlier_time(token, year):
            out += slots
    return out


_SLOT_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "PROPN"})
"""The only parts of speech :func:`_token_slots` can open a slot for (cue verbs, participles, nouns)."""


def _token_slots(token: Token, cues: _Cues, event: str, weak: frozenset[str],
                 here: Callable[[], bool]) -> list[tuple[Token, bool]]:
    """The slots one token opens as a cue verb or noun, a verb aimed at the event, or "leaders at the summit"."""
    out: list[tuple[Token, bool]] = []
    if cues.verb(token) and (verb_lemma(token) not in weak or here()):
        out += _verb_slots(token)
    elif cues.noun(token) and not (event and _other_event(token, event)) and (
            token.lemma_.lower() not in weak or here()):
        out += _noun_slots(token)
    elif token.pos_ == "VERB" or token.lemma_ == "be":
        gated = _story_slots(token) if token.lemma_ != "be" else _be_slots(token)
        out += gated if gated and here() else []  # the costly event scan only when the verb names someone
    if token.pos_ in ("VERB", "AUX") or verb_lemma(token) != token.lemma_.lower():
        out += _event_verb_slots(token)
    elif token.pos_ == "NOUN" and token.lemma_.lower() in _lex()["people"]:
        if any(_event_object(p) for p in _prep_objects(token, frozenset({"at"}))):
            out.append((token, False))
        elif _delegates_from(token) and here():
            out.append((token, False))
    if token.pos_ == "NOUN" and token.lemma_.lower() in _HEARD and token.dep_ == "dobj" and any(
            is_event_noun(s) for s in _subjects(token.head)):
        # "the meeting heard pledges from A" (the parser hangs "from" on either word)
        out += [(p, False) for t in (token, token.head) for p in _prep_objects(t, frozenset({"from"}))]
    if out and token.pos_ == "VERB" and _declined(token):
        return []  # "met Guelleh on Friday evening but did not attend the summit"
    return out


_HEARD = frozenset({"pledge", "commitment", "contribution", "statement", "announcement", "address", "speech"})
"""What an event hears from its participants ("The two-day meeting ... heard pledges from Australia, Japan ...")."""


_DELEGATES = frozenset({"delegate", "delegation", "representative", "participant", "minister", "leader", "envoy",
                        "head", "ambassador"})


def _delegates_from(token: Token) -> bool:
    """"Delegates from Japan, France and the African Union sat alongside ...": in a story about an event, the
    people of the states and bodies named after "from", as a clause's subject, were there (not when the
    clause denies it: "Ministers from A and B stayed away" is read by :func:`negated`)."""
    # also a verbless line's head: "Also in Ljubljana: delegations from the United States, Canada ..."
    return token.lemma_.lower() in _DELEGATES and token.tag_ in ("NNS", "NNPS") and (
        token.dep_ in _SUBJECTS or token.dep_ == "ROOT" and token.pos_ == "NOUN" or token.i > 0 and
        token.doc[token.i - 1].text == ":") and \
        bool(_prep_objects(token, frozenset({"from"}))) and not negated(token.head)


# --- from a slot head to the names in it ----------------------------------------------------------------

_ROLE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "conj"})
_NAME_DEPS = frozenset({"appos", "conj", "nmod"})


def is_role(token: Token) -> bool:
    """A noun of a title or role ("minister", "ambassador", "envoys")."""
    lex = _lex()
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in lex["roles"] or token.lower_ in lex["roles"]
                                                  or token.lower_[-1:] == "s" and token.lower_[:-1] in lex["roles"])


def _role_text(token: Token, names: dict[int, EntityRef]) -> str:
    """The title a role noun gives, without the country or organisation: "foreign minister"."""
    if token.tag_ in ("NNS", "NNPS"):  # "the presidents of ...": a title; "leaders of ...": no title
        return token.lemma_.lower() if token.lemma_.lower() not in _lex()["groups"] else ""
    doc = token.doc
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.i not in names] + [token]
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].head == token:
        words += [doc[token.i + 1], doc[token.i + 2]]  # "secretary-general"
    return "".join(t.text_with_ws for t in sorted(words, key=lambda t: t.i)).strip()


def _walk(head: Token, names: dict[int, EntityRef]) -> Iterator[tuple[EntityRef, str]]:
    """Names inside a participant slot, each with the role it took part through ("" if named itself).

    From a name the walk goes on through conjuncts and appositions, and through the name's compounds
    only to other people (the parser hangs "Ursula von der Leyen and ... Charles Michel" off one head).
    """
    stack: list[tuple[Token, str, bool]] = [(head, "", False)]
    seen: set[int] = set()
    while stack:
        token, role, people_only = stack.pop()
        if token.lower_ == "whose" and (is_role(token.head) or token.head.lemma_.lower() in _words("led_groups")):
            # "The European Union, whose delegation was led by X": the Union
            token = next((a.head for a in token.ancestors if a.dep_ == "relcl"), token)
        if token.i in seen:
            continue
        seen.add(token.i)
        found = names.get(token.i)
        if found is not None and (found.key.lower() in _lex()["title_words"] or title_fragment(found.key)):
            found = None  # "Secretary of State": part of a title, not an organisation
        titled = _name_after_title(token, names) if found is None else None
        if titled is None and found is None and token.pos_ in ("NOUN", "PROPN"):
            titled = titled_person(token, names)
        if titled is not None:  # "talks with PM Arvind Deshpande" where the parser lost the name's head
            # (from the name's head, whose conjuncts go on: "the Commissioner ..., X, the Vice-President ..., Y")
            stack.append((_name_root(titled, token.doc), role, people_only))
        if found is not None and token is not head and _reports(found, token.doc):
            continue  # "hosted by X, opposition leader Y said": Y reports the sentence, no apposition of X
        if found is not None:
            if not people_only or found.label == "PERSON":
                yield found, role
            # "the presidents of the European Commission and European Council": both through the role.
            stack += [(c, role if c.dep_ == "conj" else "", False) for c in token.children if c.dep_ in _NAME_DEPS
                      and not (found.label != "PERSON" and _split_possessive(c)) and not _denied_mate(token, c)]
            if found.label == "PERSON":
                stack += [(c, "", True) for c in token.children if c.dep_ == "compound"]
        elif is_role(token) and not people_only:
            # a role word inside a longer title keeps the title: "Guyana's Vice-President" ("Vice" the head of
            # "Guyana's" to the parser) is Vice-President, not Vice
            title = role if role and token.dep_ == "compound" and is_role(token.head) else _role_text(token, names)
            if token.dep_ == "appos" and token.head.i in names and names[token.head.i].label == "PERSON":
                # "Linda Thomas-Greenfield, the U.S. ambassador" (not "links Beira to Zimbabwe, a Japanese minister")
                stack.append((token.head, "", False))
            for child in token.children:
                if child.dep_ == "amod" and child.lower_ == "responsible":
                    # "the ministers responsible for energy of Denmark, Estonia, ..., together with the European
                    # Commission": the states past the portfolio, and who joins them
                    stack += [(p, title, False) for f in _prep_objects(child, frozenset({"for"}))
                              for p in _prep_objects(f, frozenset({"of"}))]
                    stack += [(p, "", False) for p in _together_with(child)]
                elif child.dep_ in _ROLE_DEPS:
                    stack.append((child, "" if child.dep_ in ("conj", "appos") else title, False))
                elif child.dep_ == "prep" and child.lower_ in ("of", "from", "including"):
                    # not into a portfolio ("Minister of Environment and National Beautification")
                    stack += [(p, title if child.lower_ == "of" and title else "", False) for p in child.children
                              if p.dep_ == "pobj" and (p.i in names or p.lower_ not in _portfolio_words())]
        elif token.pos_ in ("NOUN", "PROPN", "PRON") and not people_only:
            stack += [(c, "", False) for c in token.children if c.dep_ in ("conj", "appos")]
            # "the United Nations refugee agency": the organisation the body belongs to (not when the words
            # describe a body just named: "IFAD, the UN agency that lends to small farmers")
            # (nor unnamed members of it: "UN agencies", "EU member states")
            described = token.dep_ == "appos" and _describes_name(token, names) or _members(token)
            stack += [(c, "", False) for c in token.children if c.dep_ == "compound" and c.i in names
                      and names[c.i].label == "ORG" and not described]
            stack += [(p, "", False) for p in _prep_objects(token, frozenset({"including", "like"}))]
            if token.lower_ in _STATE_FORMS:  # "the Government of the Republic of Malawi", only "Malawi" tagged
                stack += [(p, role, False) for p in _prep_objects(token, frozenset({"of"}))]


def _together_with(token: Token) -> list[Token]:
    """The objects of the token's "together with" or "along with" ("... responsible for energy of A and B,
    together with C"): they join the ones before."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "with" and any(
        a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in c.children)
            for p in c.children if p.dep_ == "pobj"]


def _members(token: Token) -> bool:
    """A plural noun for a body's unnamed members or parts ("agencies", "member states")."""
    return token.tag_ == "NNS" and token.lemma_.lower() in _words("member_bodies")


def _describes_name(token: Token, names: dict[int, EntityRef]) -> bool:
    """An apposition that describes the name just before it ("IFAD, the UN agency that ..."), whatever the
    parser hung it on."""
    if token.head.i in names:
        return True
    k = token.left_edge.i - 1
    doc = token.doc
    if k < 1 or doc[k].text != ",":
        return False
    before = doc[k - 1]
    if before.text == ")":  # "... Development (IFAD), the UN agency": the name before the short form
        opening = next((t for t in reversed(doc[max(before.i - 6, 0):before.i]) if t.text == "("), None)
        return opening is not None and opening.i > 0 and (opening.i - 1 in names or before.i - 1 in names)
    return before.i in names


def _denied_mate(token: Token, mate: Token) -> bool:
    """"represented by X, not Defence Secretary Y": a "not" between a name and the one joined to it."""
    return any(n.lower_ in ("not", "nor") for n in token.children if token.i < n.i < mate.i) or any(
        n.lower_ in ("not", "nor") for n in mate.children if n.i < mate.i)


def _split_possessive(token: Token) -> bool:
    """The parser's slip under a state's name: "Trinidad and Tobago's prime minister" read as "Trinidad" and
    "Tobago's minister" (the minister is not another participant)."""
    return token.dep_ == "conj" and is_role(token) and any(c.dep_ == "poss" for c in token.children)


def _name_after_title(token: Token, names: dict[int, EntityRef]) -> EntityRef | None:
    """The person named right after a title word ("PM" Arvind Deshpande), whatever the parse made of it."""
    if token.lower_.rstrip(".") not in _title_lex()[0]:
        return None
    found = names.get(token.i + 1)
    return found if found is not None and found.label == "PERSON" and found.start == token.i + 1 else None


def titled_person(token: Token, names: dict[int, EntityRef]) -> EntityRef | None:
    """The person a title names further right, read off the words where the parser hung the name elsewhere:
    "Treasury Under Secretary Nathaniel Brooks", "Vice-Minister of Finance for International Affairs
    Kenichiro Sato", "Qatar's emir, Sheikh Mohammed ...", "First Vice-President and Minister of Economy,
    Carmen Aldecoa Ruiz". Only title words, names of states and bodies, "of"/"for"/"the" stand between;
    "and" only before another title word; a comma only once, before the name's own words."""
    if not (is_role(token) or token.lower_.rstrip(".") in _title_lex()[0] or
            (found := names.get(token.i)) is not None and found.label != "PERSON"):
        return None
    doc, comma, portfolio = token.doc, False, False
    limit = min(token.sent.end, token.i + 14)
    i = token.i + 1
    while i < limit:
        found = names.get(i)
        if found is not None and found.label == "PERSON":
            return found if found.start == i else None
        word = doc[i]
        if word.text == ",":
            if comma:
                return None
            comma = True
        elif word.lower_ == "and":
            following = doc[i + 1] if i + 1 < limit else None
            if following is None or not is_role(following) and following.lower_ not in _title_lex()[0] and not (
                    portfolio and following.is_title and not _starts_person(following, names)):
                return None  # "Minister for European and International Affairs X" goes on; "of Ghana and X" not
        elif not _list_word(word, names) and word.lower_ != "to":  # "its ambassador to Barbados, X"
            return None
        portfolio = portfolio or word.lower_ in ("of", "for")
        i += 1
    return None


def _starts_person(token: Token, names: dict[int, EntityRef]) -> bool:
    found = names.get(token.i)
    return found is not None and found.label == "PERSON"


# --- lists the parser broke ------------------------------------------------------------------------------

def list_mates(start: int, end: int, span: Span, names: dict[int, EntityRef], kind: str = "PERSON") -> list[EntityRef]:
    """The other members of a list that a participant (tokens ``start:end``) opens or belongs to, read off
    the words, not the parse (the small model often hangs the items of a long list on the wrong heads):
    "attended by President A of Somalia, President B of Kenya and President C of Uganda", "co-hosted by
    the government, the World Bank and UNDP". Items are separated by commas and close with "and" (or "as
    well as"); each holds one name of the ``kind`` ("PERSON", or "body" for states and organisations) and
    nothing but titles, demonyms, names and "of"/"the"; a relative clause between commas ("who chairs the
    AU") is stepped over. A list without a closing "and" ("hosted by A, B said") gives nobody."""
    return _mates(start, end, _pieces(span, names, kind), names)


def _mates(start: int, end: int, pieces: list[_Piece], names: dict[int, EntityRef]) -> list[EntityRef]:
    """:func:`list_mates` over a sentence already cut into pieces."""
    at = next((k for k, p in enumerate(pieces) if p.tokens[0].i <= start <= p.tokens[-1].i), None)
    if at is None:
        return []
    seed = pieces[at]
    own = seed.name is not None and seed.name.start == start  # the piece judged its own name's tail
    tail_ok = seed.tail_ok if own else all(_list_word(t, names) for t in _trim(seed.tokens) if t.i >= end)
    if not (tail_ok or seed.by_and == "and"):
        return []  # the participant's own piece goes on into a clause, and does not end a list
    first = at
    head_ok = seed.head_ok and seed.name is not None and seed.name.start == start
    while first > 0 and head_ok and not pieces[first].opens and pieces[first - 1].whole:
        first -= 1  # "A, B and C": whole items before, while the piece after them is one too
        head_ok = pieces[first].head_ok
    taken = list(range(first, at + 1))
    closed = bool(seed.by_and) and at > first or not tail_ok
    k = at
    while (k := k + 1) < len(pieces):
        piece = pieces[k]
        if not closed and (past := _department_run(pieces, k, taken[-1])) > k:
            k = past - 1  # "the Ministry of Public Health", "Hygiene", "and Social Welfare": one name
            continue
        if piece.aside and not closed:
            continue
        if not closed and piece.name is None and not piece.by_and and all(
                _list_word(t, names) for t in _trim(piece.tokens)):
            continue  # an item whose name the recogniser missed ("EU Special Representative for Central Asia X")
        if closed and piece.by_and == "as well as":
            closed = False  # "A, B and C, as well as D and E"
        if closed or piece.name is None or not piece.head_ok:
            break
        taken.append(k)
        closed = bool(piece.by_and)
        if not piece.tail_ok:
            break  # the last item runs on into the clause ("and C were among the first")
    if not any(pieces[k].by_and for k in taken[1:]):
        return []
    return [pieces[k].name for k in taken if k != at and pieces[k].name is not None]  # type: ignore[misc]


def _department_run(pieces: list[_Piece], k: int, last: int) -> int:
    """Where the name of a department (piece ``last``) that the commas cut goes on, through pieces ``k``...:
    "the Ministry of Public Health", "Hygiene", "and Social Welfare". Only capitalised portfolio words, with
    no "the" and no name of their own, ending at an "and": the index after them, else ``k``."""
    name = pieces[last].name
    if name is None or not set(name.key.lower().split(" of ")[0].split()) & _words("departments") or \
            " of " not in name.key:
        return k
    for j in range(k, len(pieces)):
        piece = pieces[j]
        words = _trim(piece.tokens)
        if not words or piece.name is not None and not title_fragment(piece.name.key) or not all(
                t.is_title or t.lower_ in ("of", "for") for t in words):
            return k
        if piece.by_and:
            return j + 1 if j + 1 < len(pieces) else k
    return k


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of a sentence between commas and "and"s, as a candidate list item."""

    tokens: tuple[Token, ...]
    name: EntityRef | None
    """Its one name of the list's kind, if it has exactly one."""
    by_and: str
    """"and" or "as well as" where one opens it (the list's last item), else ""."""
    head_ok: bool
    """The words before the name are all list words."""
    tail_ok: bool
    """The words after the name are all list words."""
    aside: bool
    """A relative clause between commas ("who chairs the AU this year")."""
    opens: bool = False
    """The list starts here, after its preposition ("flanked by A and B"): no item before it."""

    @property
    def whole(self) -> bool:
        return self.name is not None and self.head_ok and self.tail_ok


def _pieces(span: Span, names: dict[int, EntityRef], kind: str) -> list[_Piece]:
    """The sentence cut at commas, "and" and "as well as"; a list whose items hold commas is cut at its
    semicolons instead ("Qatar's emir, Sheikh X; Kuwait's crown prince, Sheikh Y; and ...")."""
    cuts: list[tuple[list[Token], str]] = []
    current: list[Token] = []
    by_and = ""
    tokens = list(span)
    semicolons = sum(t.text == ";" for t in tokens) >= 2
    k = 0
    while k < len(tokens):
        token = tokens[k]
        joined = " ".join(t.lower_ for t in tokens[k:k + 3]) == "as well as"
        inside = names.get(token.i)
        if inside is not None and inside.start < token.i < inside.end - 1:
            current.append(token)  # "Antigua and Barbuda", "St Vincent and the Grenadines": one name
            k += 1
            continue
        if semicolons and token.text == ",":
            k += 1
            continue  # inside an item: "Kuwait's crown prince, Sheikh Y"
        if semicolons and (token.lower_ == "and" or joined) and k and tokens[k - 1].text != ";":
            current.append(token)
            k += 1
            continue
        if (token.text == ";" if semicolons else token.text == ",") or token.lower_ == "and" or joined:
            if current:
                cuts.append((current, by_and))
                current, by_and = [], ""
            by_and = "as well as" if joined else "and" if token.lower_ == "and" else by_and
            k += 3 if joined else 1
            continue
        current.append(token)
        k += 1
    if current:
        cuts.append((current, by_and))
    return [_piece(words, opened, names, kind, semicolons) for words, opened in cuts]


def _cut(memo: dict[str, list[_Piece]], kind: str, span: Span, names: dict[int, EntityRef]) -> list[_Piece]:
    """:func:`_pieces` of a sentence, cut once per kind of list."""
    if kind not in memo:
        memo[kind] = _pieces(span, names, kind)
    return memo[kind]


def _trim(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    return tokens[:-1] if tokens and tokens[-1].text in (".", ";", ":") else tokens


def _piece(tokens: list[Token], by_and: str, names: dict[int, EntityRef], kind: str,
           semicolons: bool = False) -> _Piece:
    aside = tokens[0].lower_ in ("who", "whose", "which")
    labels = ("PERSON",) if kind == "PERSON" else ("ORG", "GPE")
    bracket: set[int] = set()
    depth = 0
    for t in tokens:  # "the United Nations Development Programme (UNDP)": the short form is no second body
        depth += t.text == "("
        if depth:
            bracket.add(t.i)
        depth -= t.text == ")" and depth > 0
    found = {names[t.i] for t in tokens if t.i in names and names[t.i].label in labels and t.i not in bracket}
    if len(found) > 1 and all(a.start < b.end and b.start < a.end for a in found for b in found):
        found = {max(found, key=lambda n: n.end - n.start)}  # two readings of one name: the longer
    if len(found) != 1:
        return _Piece(tuple(tokens), None, by_and, False, False, aside)
    name = found.pop()
    before = [t for t in tokens if t.i < name.start]
    opener = max((k for k, t in enumerate(before) if t.lower_ in _LIST_OPENERS and t.pos_ == "ADP"), default=-1)
    after = [t for t in _trim(tuple(tokens)) if t.i >= name.end]
    if after and after[-1].text == ")" and after[-1].i - 2 >= tokens[0].i and after[-1].nbor(-1).is_upper and \
            after[-1].nbor(-2).text == "(":
        after = [t for t in after if t.i < after[-1].i - 2]  # a short form ending the item: "the World Health
        # Organization (WHO)" (the recogniser may take the bracket into the name)
    # an item between semicolons may run on into its title ("X, State Secretary at the German Foreign Office")
    tail = all(_list_word(t, names) for t in after) or semicolons and not any(t.pos_ in ("VERB", "AUX") for t in after)
    return _Piece(tuple(tokens), name, by_and, all(_list_word(t, names) for t in before[opener + 1:]),
                  tail, aside, opener >= 0)


_LIST_OPENERS = frozenset({"by", "with", "including", "alongside", "among"})
"""Prepositions a list of participants follows ("attended by A, B and C", "flanked by A and B")."""


def _list_word(token: Token, names: dict[int, EntityRef]) -> bool:
    """A word that may stand beside a name in a list item: a title, a demonym, a name, "of", "the"."""
    if token.i in names or token.is_title or token.is_upper or token.text in ("-", "'s", "’s", "of", "the", "for"):
        return token.pos_ not in ("VERB", "AUX") or token.i in names
    lemma = token.lemma_.lower()
    return lemma in _lex()["roles"] or token.lower_ in _lex()["roles"] or lemma in _portfolio_words() or \
        token.lower_ in _portfolio_words()


# --- people: title and affiliation -----------------------------------------------------------------------

@dataclass(slots=True)
class Person:
    """What the topic says a person is: "Prime Minister" of "United Kingdom"."""

    key: str
    role: str = ""
    affiliation: str = ""
    """Canonical key of the country or organisation named in the title."""
    quotes: list[Quote] = field(default_factory=list)
    """Where the title is given."""


_STOP = frozenset({",", "(", ")", "\"", ";", ":", "“", "”", "—", "–"})


def _name_root(found: EntityRef, doc: Span) -> Token:
    tokens = [doc.doc[i] for i in range(found.start, found.end)]
    return next((t for t in tokens if not (found.start <= t.head.i < found.end) or t.head == t), tokens[-1])


def _left_title(found: EntityRef, sent: Span, names: dict[int, EntityRef]) -> list[Token]:
    """Words before the name that modify it: "UK Prime Minister" Keir Starmer, "Britain's" Rishi Sunak."""
    doc, left, i = sent.doc, [], found.start - 1
    while i >= sent.start:
        token = doc[i]
        if token.text in _STOP or (i in names and names[i].label == "PERSON"):
            break
        # "State Minister for Foreign Affairs" X: across the portfolio to the role noun it belongs to
        portfolio = (is_role(token) and any(t.lower_ in ("for", "of") and t.head == token for t in left)) or (
            token.lower_ in ("for", "of") and is_role(token.head) and any(
                c.dep_ == "pobj" and (found.start <= c.i < found.end or c in left) for c in token.children))
        # "UAE Minister of State" X: the portfolio of a role that hangs into the name
        of_role = token.dep_ == "pobj" and token.head.lower_ in ("of", "for") and token.head.i == i - 1 and is_role(
            token.head.head) and found.start <= token.head.head.head.i < found.end
        # "Tajik Energy and Water Resources Minister" X: two portfolios joined by "and"
        joined = token.lower_ == "and" and doc[i + 1] in left and i > sent.start and doc[i - 1].is_title and (
            doc[i - 1].lower_ in _portfolio_words())
        # "ECOWAS Commission President" X: an acronym the parser hung elsewhere, before its body noun
        acronym = token.is_upper and token.pos_ == "PROPN" and bool(left) and left[-1].i == i + 1 and (
            left[-1].lower_ in _words("generic_bodies"))
        if not (token.dep_ == "case" or i < token.head.i < found.end or token.head in left or portfolio or of_role
                or joined or acronym or (left and left[-1].lower_ == "and" and token.lower_ in _portfolio_words())):
            break
        left.append(token)
        i -= 1
    return sorted(left, key=lambda t: t.i)


def _phrase(role: Token, found: EntityRef) -> list[Token]:
    """A role noun's phrase without the person's name and without clauses hanging off it."""
    out: list[Token] = []
    stack = [role]
    while stack:
        token = stack.pop()
        if found.start <= token.i < found.end:
            continue
        joins_titles = token.dep_ == "cc" and any(c.dep_ == "conj" and is_role(c) for c in token.head.children)
        if token is not role and (token.dep_ in ("relcl", "acl", "appos", "advcl") or token.dep_ == "cc"
                                  and not joins_titles or token.dep_ == "conj" and not is_role(token)
                                  or (token.is_punct and token.text != "-")):
            continue  # (a second title is kept: "Deputy Prime Minister and Minister of Foreign Affairs of Belgium")
        out.append(token)
        stack += list(token.children)
    return sorted(out, key=lambda t: t.i)


def _title_tokens(found: EntityRef, sent: Span, names: dict[int, EntityRef]) -> list[Token]:
    """Words of the person's title: before the name in the same phrase, or an apposition."""
    left = _left_title(found, sent, names)
    if any(is_role(t) or t.i in names or t.text in lexicon()["demonyms"] for t in left):
        return left  # (an honorific alone, "Baroness" X, leaves the title to the apposition before it)
    root = _name_root(found, sent)
    if root.dep_ == "appos" and is_role(root.head):
        return _phrase(root.head, found)
    role = next((c for c in root.children if c.dep_ == "appos" and is_role(c)), None)
    if role is not None and any(t.i in names and names[t.i].label == "PERSON" and names[t.i] != found
                                for t in role.subtree):
        return []  # "X, EBRD Managing Director Elena Marchetti and ...": the title is the next person's
    if role is None:
        return []
    # "X, Head of Development at the Embassy of Ireland": the parser hangs the workplace on the name
    at = [t for c in root.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > role.i for t in c.subtree]
    return _phrase(role, found) + at


def _affiliation(tokens: list[Token], names: dict[int, EntityRef]) -> str:
    demonyms = lexicon()["demonyms"]
    for token in tokens:
        if token.i not in names and token.text in demonyms:  # "Lithuanian President", untagged
            return demonyms[token.text]
        if token.i not in names and token.pos_ == "PROPN" and token.text in known_countries():
            return token.text  # "Minister of Foreign Affairs of Belgium", the country untagged
        found = names.get(token.i)
        if found and title_fragment(found.key):
            if token.text in demonyms:  # "Tajik Energy" tagged as one organisation: the demonym still says
                return demonyms[token.text]
            continue  # "Interior Minister X": the portfolio, not the organisation X speaks for
        if found and found.label in ("GPE", "ORG", "NORP") and found.end + 1 < len(token.doc) and \
                token.doc[found.end].text == "-" and token.doc[found.end + 1].lower_ == "based":
            continue  # "director of the Accra-based Cocoa Policy Institute": where the body sits, not the body
        if found and found.label in ("GPE", "ORG", "NORP") and found.label != "PERSON":
            root = _name_root(found, token.doc[:])
            if root.head.dep_ == "prep" and root.head.lower_ not in ("of", "at"):
                continue  # "ambassador to the United Nations": a post, not an affiliation
            if found.label != "NORP":
                return found.key
    return _untagged_body(tokens, names)


def _portfolio_body(key: str, aliases: dict[str, str]) -> str:
    """The body or state a portfolio's name opens with: "EU Enlargement" of "EU Enlargement Commissioner X"
    is the European Union, "Indian Power" of "Indian Power Minister Y" India."""
    head, _, rest = key.partition(" ")
    if not rest or not all(w in _portfolio_words() for w in rest.lower().split()):
        return key
    return aliases.get(head) or lexicon()["demonyms"].get(head) or key


@cache
def _body_words() -> frozenset[str]:
    """Words that make a name the recogniser tagged as a place a body ("African Union"): a body's kind
    (``[attendees] generic_bodies``) and a few words of international bodies' names."""
    return _words("generic_bodies") | {"union", "organisation", "organization", "league"}


def _untagged_body(tokens: list[Token], names: dict[int, EntityRef]) -> str:
    """A body named by an acronym the recogniser left untagged, and its body noun ("ECOWAS Commission"
    President X, "IGAD Secretariat" official Y)."""
    for a, b in itertools.pairwise(tokens):
        if a.i not in names and b.i == a.i + 1 and a.is_upper and a.is_alpha and len(a) > 1 and a.pos_ == "PROPN" \
                and b.lower_ in _words("generic_bodies") and b.is_title:
            return f"{a.text} {b.text}"
    return ""


def _role_words(tokens: list[Token], names: dict[int, EntityRef], affiliation: str) -> str:
    """The title without the affiliation: "Prime Minister", "ambassador to the United Nations" (on the name's
    line: a signature block's next line is another signer's)."""
    lex = _lex()
    cut = next((k for k, t in enumerate(tokens) if k and "\n" in tokens[k - 1].whitespace_ + (
        tokens[k - 1].text if tokens[k - 1].is_space else "")), None)
    tokens = [t for t in tokens[:cut] if not t.is_space]
    demonyms = lexicon()["demonyms"]
    honorifics = _words("honorifics")
    words = [t for t in tokens if not (t.i in names and names[t.i].key == affiliation)
             and demonyms.get(t.text) != affiliation and not (t.i not in names and t.text in affiliation.split())
             and t.dep_ not in ("det", "case", "poss") and (not t.is_punct or t.text == "-")
             and t.text not in ("'s", "’s") and t.lower_.rstrip(".") not in honorifics]
    removed = set(tokens) - set(words)  # "President of [the Republic of Ghana] and Chairperson of ...": no "of"
    words = [t for t in words if not (t.lower_ in ("of", "for") and t.pos_ == "ADP" and any(  # left bare
        c.dep_ == "pobj" and c in removed for c in t.children))]
    while words and not words[0].text[:1].isalpha():
        words = words[1:]  # a live blog's time stamp: "14:30 - Bolivian Foreign Minister X"
    while words and words[0].lower_ not in lex["roles"] and not words[0].text[:1].isupper() and words[0].pos_ == "ADJ":
        words = words[1:]  # "eastern Libyan commander": drop leading adjectives
    while words and words[-1].pos_ in ("ADP", "CCONJ"):
        words = words[:-1]
    if not any(t.lemma_.lower() in lex["roles"] or t.lower_ in lex["roles"] for t in words):
        return ""
    return " ".join(t.text for t in words).replace(" - ", "-")


def people_of(topic: TopicData) -> dict[str, Person]:
    """Every person of the topic with the best title seen (one naming an affiliation first). An official
    whose title names no state, in a government's press release, speaks for that government ("the Honourable
    X, Minister of International Development" under "Global Affairs Canada")."""
    people: dict[str, Person] = {}
    seen: dict[str, set[int]] = defaultdict(set)
    spoke_for: dict[str, set[str]] = defaultdict(set)
    for ref in topic.sentences():
        names = entity_tokens(topic, ref)
        for found in {n for n in names.values() if n.label == "PERSON"}:
            seen[found.key].add(id(ref.analysis))
            if (state := _fronted_statement_state(found, ref.span, names, topic.entities.table)) is not None:
                spoke_for[found.key].add(state)
            tokens = _title_tokens(found, ref.span, names)
            affiliation = _portfolio_body(_affiliation(tokens, names), topic.entities.table)
            role = _role_words(tokens, names, affiliation)
            if not (role or affiliation):
                continue
            person = people.setdefault(found.key, Person(found.key))
            if (affiliation and not person.affiliation) or (role and not person.role and
                                                            (affiliation or not person.affiliation)):
                person.role, person.affiliation = role or person.role, affiliation or person.affiliation
                person.quotes.append(ref.quote())
    issuers = {id(a): _issuer_state(a, topic.entities.table) for a in topic.analyses}
    for person in people.values():
        if person.affiliation or not set(person.role.lower().split()) & _OFFICIALS:
            continue
        states = {issuers[a] for a in seen[person.key]} - {""}
        if len(states) == 1:
            person.affiliation = states.pop()
        elif len(spoke_for[person.key]) == 1:  # "New Zealand will pay NZ$27.5 million ..., Foreign Minister X said"
            person.affiliation = next(iter(spoke_for[person.key]))
    return people


_STATING = frozenset({"say", "tell", "announce", "add", "confirm"})


def _fronted_statement_state(found: EntityRef, span: Span, names: dict[int, EntityRef],
                             aliases: dict[str, str]) -> str | None:
    """The state a person's fronted statement has as its subject: "Germany will give 20 million euros to the
    fund, Development Minister Anna Berg told reporters" (the statement before the verb of saying, as a state's
    own official gives it; not "X said Japan would ...", where the speaker may be another's)."""
    root = _name_root(found, span)
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _STATING:
        return None
    for statement in (c for c in verb.children if c.dep_ == "ccomp" and c.i < root.i):
        subject = next((n for c in statement.children if c.dep_ in ("nsubj", "nsubjpass") and  # (a dateline's
                        (n := names.get(c.i)) is not None), None)  # "FAKAOFO" may be a second subject)
        if subject is not None and subject.label == "GPE" and (state := _state_named(subject.key, aliases)):
            return state
    return None


_OFFICIALS = frozenset({"minister", "secretary", "ambassador", "envoy", "commissioner", "consul"})
"""Title words of a government's officials, who speak for the government whose release quotes them."""
_ISSUING = frozenset({"ministry", "affairs", "department", "office", "government", "embassy", "presidency"})
"""Words of a government body that issues a press release."""


def _issuer_state(analysis: Analysis, aliases: dict[str, str]) -> str:
    """The state whose government body issued the article, named on a line of its own under the headline
    ("Global Affairs Canada", "Ministry of Health and Public Hygiene, Republic of Guinea"); "" if none."""
    lines = [line.strip() for line in analysis.doc.text.split("\n")[1:12] if line.strip()][:4]
    for line in lines:
        plain = line.replace("(", " ").replace(")", " ")
        words = plain.split()
        if len(words) > 12 or any(c.isdigit() for c in line) or not {w.lower().strip(",") for w in words} & _ISSUING:
            continue
        for part in (p.split() for p in plain.split(",")):  # "..., Republic of China (Taiwan)": each part's end
            state = next((s for k in range(len(part)) if (s := _state_named(" ".join(part[k:]), aliases))), None)
            if state:
                return state
    return ""


def _state_named(text: str, aliases: dict[str, str]) -> str | None:
    """The state ``text`` names: a known country, a state's formal name, or a country's other name."""
    if text in known_countries():
        return text
    return state_of(text, aliases) or (aliases.get(text) if aliases.get(text) in known_countries() else None)


# --- the section -----------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Attendee:
    key: str
    label: str
    quotes: list[Quote] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    host: bool = False
    host_quotes: list[Quote] = field(default_factory=list)
    via: str = ""


_DELEGATION = re.compile(r"^(?:the )?(?:Delegation of (?:the )?(?P<of>.+?)|(?P<named>.+?) Delegation)(?: to .+)?$")
"""A delegation named after whom it represents: "Delegation of the European Union to Tajikistan", "European
Union Delegation"."""


def _participant(key: str, label: str) -> tuple[str, str]:
    """Whom a name stands for as a participant: a capital for its state ("Washington was represented by its
    ambassador", "a meeting in Yerevan chaired by ...", whatever the recogniser's tag), a delegation named after
    a state or the union for that state or union; any other name for itself."""
    if key in lexicon()["capitals"]:
        return lexicon()["capitals"][key], "GPE"
    if (delegation := _DELEGATION.match(key)) is not None and (
            (whom := delegation["of"] or delegation["named"]) in known_countries() or whom == "European Union"):
        return whom, "GPE"
    return key, label


def _add(found: dict[str, _Attendee], key: str, label: str, quote: Quote, role: str, host: bool) -> _Attendee:
    key, label = _participant(key, label)
    attendee = found.setdefault(key, _Attendee(key, label))
    if quote not in attendee.quotes:
        attendee.quotes.append(quote)
    if role and role not in attendee.roles:
        attendee.roles.append(role)
    if host:
        attendee.host = True
        if quote not in attendee.host_quotes:
            attendee.host_quotes.append(quote)
    return attendee


def _event_story(topic: TopicData) -> bool:
    """The topic is about an event: event nouns ("summit", "talks") come up at least twice and as often
    as once per article (a passing "meeting" in twenty reports of a fire does not make one)."""
    if "event_story" not in topic.memo:
        topic.memo["event_story"] = len(_event_nouns(topic)) >= max(2, len(topic.analyses))
    return topic.memo["event_story"]


def _collect(topic: TopicData, spec: SectionSpec) -> dict[str, _Attendee]:
    labels = frozenset(spec.labels) | {"PERSON"}
    found: dict[str, _Attendee] = {}
    event = main_event(topic)
    story = _event_story(topic)
    # the topic's latest year: its reports are about one event, some name only older years; the year their
    # datelines give where they give one (not "the 2030 World Cup" they will co-host)
    # (a dated day in the opening lines decades before the latest year named is a birth or a history, no dateline:
    # "Page was born on April 22, 1923")
    latest = max((reference_year(a.doc, a.article.published) for a in topic.analyses), default=0)
    dated = [y for a in topic.analyses if (y := opening_year(a.doc, a.article.published)) and latest - y <= 5]
    year = max(dated) if dated else latest
    for ref in topic.sentences():
        slots = participants(ref.span, spec, event, event_story=story, year=year)
        if not slots:
            continue
        names = entity_tokens(topic, ref)
        quote = ref.quote()
        pieces: dict[str, list[_Piece]] = {}  # the sentence cut for lists, once per kind
        for head, host in slots:
            if _stands_for_state(head):
                # "The United States ... made no new pledge. It was represented by its chargé d'affaires.";
                # "South Africa's president ... 'had pressing domestic commitments'; the country was represented"
                before = next((n for t in ref.span if t.i < head.i and (n := names.get(t.i)) is not None
                               and n.label == "GPE"), None) if head.lower_ != "it" else None
                if before is None and ref.index:
                    before = _state_subject(topic, SentenceRef(ref.analysis, ref.index - 1))
                if before is not None:
                    _add(found, before.key, before.label, quote, "", host)
            for name, role in _walk(head, names):
                if name.label == "GPE" and _town(name.key):
                    continue  # a word the recogniser took for a place ("Fund to Fight AIDS, Tuberculosis and ...")
                if name.label != "PERSON" and _local_office(role, name.key):
                    continue  # "the Mayor of Benque Viejo del Carmen, X": the town is no participant
                if name.label in _KINDS and name.label in labels | {"GPE", "ORG"}:
                    _add(found, name.key, name.label, quote, role, host)
                    if name.label == "PERSON":
                        for mate in _mates(name.start, name.end, _cut(pieces, "PERSON", ref.span, names), names):
                            _add(found, mate.key, mate.label, quote, "", False)
            if head.pos_ == "NOUN" and head.i not in names:  # "including the countries most affected: A, B and C"
                for listed in _after_colon(head, names, ref.span):
                    _add(found, listed.key, listed.label, quote, "", False)
            body = names.get(head.i)
            if body is None and head.pos_ == "NOUN" or body is not None and body.label in ("ORG", "GPE"):
                # "co-hosted by the government, the World Bank and UNDP": the bodies listed with the slot
                lo, hi = (body.start, body.end) if body is not None else (head.i, head.i + 1)
                for mate in _mates(lo, hi, _cut(pieces, "body", ref.span, names), names):
                    # not "the Minister of Housing, Construction and Sanitation", nor "the Global Fund to Fight
                    # AIDS, Tuberculosis and Malaria" (words of a name the recogniser tagged as places)
                    if not title_fragment(mate.key) and not (mate.label == "GPE" and _unknown_place(mate.key)):
                        _add(found, mate.key, mate.label, quote, "", host)
    _add_listed(topic, found, spec, event, year)
    return found


def _stands_for_state(token: Token) -> bool:
    """A subject that names a state named before: "it", "the country"."""
    return token.dep_ in _SUBJECTS and (token.lower_ == "it" or token.lemma_.lower() == "country" and any(
        c.lower_ == "the" for c in token.children))


def _state_subject(topic: TopicData, ref: SentenceRef) -> EntityRef | None:
    """The state or body that is the main subject of a sentence (what "it" in the next one stands for)."""
    root = ref.span.root
    names = entity_tokens(topic, ref)
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    found = names.get(subject.i) if subject is not None else None
    return found if found is not None and found.label in ("GPE", "ORG") else None


def _after_colon(head: Token, names: dict[int, EntityRef], span: Span) -> list[EntityRef]:
    """The states and bodies listed after a colon that closes a participant noun's phrase ("the neighbouring
    countries most affected by the crisis: Chad, South Sudan, Egypt and the Central African Republic"): a run
    of names, commas, "and" and "the" to the sentence's end."""
    colon = next((c for c in head.children if c.text == ":"), None)
    if colon is None:
        return []
    out: list[EntityRef] = []
    for token in span.doc[colon.i + 1:span.end]:
        found = names.get(token.i)
        if found is not None and found.label in ("GPE", "ORG"):
            if found not in out:
                out.append(found)
        elif not (token.is_punct or token.lower_ in ("and", "the")):
            return []  # not a list of names alone
    return out


_LIST_NOUNS = frozenset({"speaker", "personality", "dignitary", "participant", "attendee", "delegate", "delegation",
                         "head", "guest", "signatory"})
"""Nouns of a line that introduces a list of those who took part ("The following personalities took the floor:")."""


def _lines(span: Span) -> list[list[Token]]:
    """The sentence's lines (a press release's list often stays one sentence), without whitespace tokens."""
    lines: list[list[Token]] = [[]]
    for token in span:
        if token.is_space:
            if "\n" in token.text and lines[-1]:
                lines.append([])
            continue
        lines[-1].append(token)
        if "\n" in token.whitespace_ and lines[-1]:
            lines.append([])
    return [line for line in lines if line]


def _introduces_people(line: list[Token], spec: SectionSpec, event: str, year: int) -> bool:
    """A line ending in a colon that opens a list of participants: "The following personalities took the
    floor:", "Heads of delegation:", "Participants included:" (not "The following pledges were made:")."""
    if line[-1].text != ":":
        return False
    if any(t.lemma_.lower() in _LIST_NOUNS or t.lemma_.lower() in _words("audience") for t in line):
        return True
    # "The meeting was attended by:", "Attending were:", "Those taking part:" (an agent the list gives),
    # "Represented at a lower level:", "the following Exchanges of Notes were signed:"
    joining = {"attend", "participate", "represent"} | _words("signing")
    if any(t.lemma_.lower() in joining or t.lower_ == "part" and t.head.lemma_ == "take" for t in line):
        return True
    agent = _list_agent(line)
    if agent is not None and (agent.head.lemma_.lower() in _words("at_event") or _announced(agent.head)):
        return True
    return bool(participants(line[0].doc[line[0].i:line[-1].i + 1], spec, event, year=year))


_ANNOUNCED = frozenset({"pledge", "contribution", "commitment", "announcement"})


def _list_agent(line: list[Token]) -> Token | None:
    """The "by" that the list after the colon completes: "The meeting was opened by:", "Pledges were announced
    by, among others:"."""
    k = len(line) - 2
    while k > 0 and (line[k].is_punct or line[k].lower_ in ("among", "others", "other", "amongst")):
        k -= 1  # ", among others"
    return line[k] if k > 0 and line[k].lower_ == "by" else None


def _announced(verb: Token) -> bool:
    """Statements delivered, or pledges announced or made (by the people listed)."""
    return _speeches_delivered(verb) or verb.lemma_.lower() in ("announce", "make", "present") and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in _ANNOUNCED for c in verb.children)


def _listed_name(line: list[Token], names: dict[int, EntityRef]) -> EntityRef | None:
    """The person, state or organisation a list line opens with ("- Dr. Katrin Vogel, Parliamentary State
    Secretary, Federal Republic of Germany;", "- Republic of Cameroon;")."""
    k = list_marker(line, bracketed=True)
    if not k:
        return None
    person = _name_before_comma(line[k:], names)
    if person is not None:
        return person
    for token in line[k:k + 6]:
        found = names.get(token.i)
        if found is not None:
            if found.label == "PERSON" or found.label in ("GPE", "ORG") and all(
                    _list_word(t, names) or t.is_punct for t in line if t.i >= found.end):
                return found if not title_fragment(found.key) else None
            return None
        if not (_list_word(token, names) or token.text == "."):
            return None  # "- The meeting will resume in June"
    return None


def _delegation(line: list[Token], names: dict[int, EntityRef],
                aliases: dict[str, str] | None = None) -> tuple[EntityRef | None, list[EntityRef]]:
    """The state and the people of a list line of delegations ("- Iraq (host): Prime Minister X and President
    Y", "- Saudi Arabia: Foreign Minister Prince Z"): the name before the colon, the people after it."""
    # also "(host):", and a spaced dash ("• Australia — Assistant Minister for Climate Change X")
    colon = next((k for k, t in enumerate(line[:12]) if t.text.endswith(":") or t.text in ("—", "–") and k and
                  t.whitespace_), None)
    if colon is None:
        return None, []
    words = line[list_marker(line, bracketed=True):colon]
    text = " ".join(t.text for t in words[:next((k for k, t in enumerate(words) if t.text == "("), len(words))])
    country = text if text in known_countries() else state_of(text, aliases)  # "Republic of Senegal"
    # the whole name before the colon first: the recogniser may have tagged "- Republic" of "Republic of Zambia"
    state = EntityRef(country, "GPE", words[0].i, words[0].i + len(words)) if country and words else next(
        (names[t.i] for t in line[:colon] if names.get(t.i) is not None and (
            names[t.i].label == "GPE" or names[t.i].label == "ORG" and not title_fragment(names[t.i].key))), None)
    if state is None or colon + 1 == len(line):
        return None, []  # (nothing after the colon: "- Australia:" ending a cut-off article)
    doc, after = line[0].doc, line[colon + 1].i
    # "Prime Minister X", "Minister for Development X", not "- Germany: Patriot"
    people = list(dict.fromkeys(n for t in line[colon + 1:] if (n := names.get(t.i)) is not None
                                and n.label == "PERSON" and not title_fragment(n.key) and n.start > after
                                and (_titled(doc[n.start - 1]) or any(is_role(t) for t in doc[after:n.start]))))
    return state, people


def _titled(token: Token) -> bool:
    """A role or an honorific stands before a name ("Minister X", "Mr. X")."""
    return is_role(token) or token.lower_.rstrip(".") in _words("name_titles")


def _name_before_comma(item: list[Token], names: dict[int, EntityRef], loose: bool = False) -> EntityRef | None:
    """A person's name that opens a list item before the comma and its title ("Tomas Jankauskas,
    Vice-Minister of National Defence of Lithuania;"), which the recogniser missed or cut ("Wahlgren" of
    "Anders Wahlgren"): two to four capitalised words, none of them a state or body, a title after.
    ``loose`` (a signature block's line) lets the words carry a nationality's tag ("Ragnhildur Jónsdóttir"),
    a body's tag before a title ("Marie-Anne Hoareau, Minister of Fisheries") or a name the recogniser ran
    in from before the item ("For the Secretariat: Irena Vuković")."""
    while item and item[0].lower_.rstrip(".") in _words("name_titles"):  # "H.E.", "Dr", "Hon."
        item = item[1:]
    comma = next((k for k, t in enumerate(item) if t.text == ","), None)
    if comma is None or comma + 1 >= len(item):
        return None
    words, after = item[:comma], item[comma + 1]
    tagged = [names[t.i] for t in words if t.i in names]
    if loose:  # (an unknown name the recogniser took for a body: "For ...: Marie-Anne Hoareau, Minister of")
        tagged = [n for n in tagged if n.label != "NORP" and n.start >= words[0].i and not (
            n.label == "ORG" and is_role(after) and not {t.lower_ for t in words} & _body_words())]
    # (a hyphenated given name's second part may be small: "Lee Sun-young")
    if not 2 <= sum(t.text != "-" for t in words) <= 4 or not all(
            t.is_title or t.text == "-" or k and words[k - 1].text == "-" and t.is_lower and t.is_alpha
            for k, t in enumerate(words)) or \
            any(n.label != "PERSON" for n in tagged) or not (after.is_title or after.lemma_.lower() in _lex()["roles"]
                                                             or after.is_upper and after.is_alpha and len(after) > 1):
        return None  # (a title may open with its body's acronym: "Andrés Villalobos, IDB Representative in Peru")
    if tagged and tagged[0].start == words[0].i and tagged[0].end == words[-1].i + 1:
        return tagged[0]  # the recogniser's own name, whose key the topic knows
    text = words[0].doc[words[0].i:words[-1].i + 1].text
    return None if text in known_countries() else EntityRef(text, "PERSON", words[0].i, words[-1].i + 1)


def _add_listed(topic: TopicData, found: dict[str, _Attendee], spec: SectionSpec, event: str, year: int) -> None:
    """In a story about an event, a press release's list of those who took part, one line each after a line
    that introduces them: "The following personalities took the floor:" then "- Ms. A, Deputy
    Director-General, European Commission;" and so on (the lines hold no verb that would make them a
    participant slot)."""
    for analysis in topic.analyses:
        listing = titled = False
        behalf: EntityRef | None = None
        for index in range(len(analysis.spans)):
            ref = SentenceRef(analysis, index)
            lines = _lines(ref.span)
            names: dict[int, EntityRef] | None = None
            for line in lines:
                if not line_start(line[0]) and not numbered_line_start(line[0]):
                    if line[0].i == ref.span.start and line[-1].text == ":":  # "... took part in the conference.
                        listing = _introduces_people(line, spec, event, year)  # Pledges were announced by:"
                    continue  # (else the rest of a line the sentence before began)
                if not list_marker(line, bracketed=True):
                    names = names if names is not None else entity_tokens(topic, ref)
                    colon = _for_colon(line) if listing else 0
                    if colon:  # "For Albania: Arben Hoxha, Minister of Infrastructure and Energy"
                        titled = False
                        signer = _signature(line[colon + 1:], names)
                        state, _ = _delegation(line[1:], names, topic.entities.table)
                        for entity in ([signer] if signer is not None and signer.key else []) + (
                                [state] if state is not None and signer is not None else []):
                            _add(found, entity.key, entity.label, ref.quote(),
                                 _signed_title(line, entity) if entity is signer else "", False)
                        continue
                    alone = _name_line(line, names) if listing else None
                    if alone is not None:  # "Signed at Castries on 3 November 2026:" then "Dr. X" and, on the
                        _add(found, alone.key, "PERSON", ref.quote(), "", False)  # next line, "Minister for
                        titled = True  # Education, ..., Saint Lucia"
                        if behalf is not None:  # "For the Republic of Fiji" on the line above the name
                            _add(found, behalf.key, behalf.label, ref.quote(), "", False)
                            behalf = None
                        continue
                    if listing and titled:  # the title line under a signer's name: the state or body signed
                        titled = False
                        signed = _ending_body(line, names, topic.entities.table)
                        # (not the group a state's ambassador co-chairs: "Ambassador of Australia, Co-Chair of
                        # the Development Partners Group")
                        states = [t for t in line if t.i in names and names[t.i].label == "GPE"]
                        if signed is not None and (signed.label == "GPE" or not states):
                            _add(found, signed.key, signed.label, ref.quote(), "", False)
                        if not any(t.pos_ == "VERB" for t in line):
                            continue
                    signer = _signature(line, names) if listing else None
                    if signer is not None:  # "Signed in Riga on 20 November 2025 by:" then "X, Minister of
                        if signer.key:  # Defence, Denmark"
                            _add(found, signer.key, "PERSON", ref.quote(), "", False)
                            # and the state the line ends with: "Hon. X, Minister of Water, Republic of Burundi"
                            signed = _ending_body(line, names, topic.entities.table)
                            if signed is not None and signed.label == "GPE":
                                _add(found, signed.key, signed.label, ref.quote(), "", False)
                        # "Hon. X, MP": an honour after the comma, the title on the next line
                        titled = sum(t.i >= signer.end for t in line) <= 3
                        continue
                    behalf = _body_named(line, names, topic.entities.table) if _on_behalf(line) else None
                    listing = _introduces_people(line, spec, event, year) or _on_behalf(line) or \
                        _signed_at(line) or _done_at(line) or _witnessed(line)
                    continue  # ("Signed in Podgorica, 6 November 2025")
                if not listing:
                    continue
                names = names if names is not None else entity_tokens(topic, ref)
                listed = _listed_name(line, names)
                if listed is not None:
                    _add(found, listed.key, listed.label, ref.quote(), "", False)
                # "- Lebanon: Prime Minister Tammam Haddad", "(2) Republic of Senegal: ... signed by Mr. X"
                state, people = _delegation(line, names, topic.entities.table)
                for entity in ([state] if state is not None and people else []) + people:
                    _add(found, entity.key, entity.label, ref.quote(), "", False)


def _ending_body(line: list[Token], names: dict[int, EntityRef], aliases: dict[str, str]) -> EntityRef | None:
    """The state or body a signature block's line ends with ("Minister of Water, Republic of Burundi")."""
    signed = _body_named(line, names, aliases)
    return signed if signed is not None and signed.end == line[-1].i + 1 else None


def _name_line(line: list[Token], names: dict[int, EntityRef]) -> EntityRef | None:
    """A line that is one person's name, honorifics aside ("Dr. Claudette St. Rose"): a signer whose title
    follows on the next line."""
    honorifics = _words("honorifics")
    words = [t for t in line if t.lower_.rstrip(".") not in honorifics and t.text != "."]
    while len(words) > 2 and words[0].lower_ in _words("name_titles") and words[0].i not in names:
        words = words[1:]  # "Ambassador Friedrich Wendel" under "For the Federal Republic of Germany"
    found = names.get(words[0].i) if words else None
    if found is not None and found.label == "PERSON" and found.start <= words[0].i and found.end >= words[-1].i + 1:
        return found  # (the recogniser may run the name into the title line below it)
    last = names.get(words[-1].i) if words else None
    if found is None and last is not None and last.label == "PERSON" and last.key.split()[0] == words[0].text:
        return EntityRef(last.key, "PERSON", words[0].i, last.end)  # only the surname tagged, the topic knows all
    # untagged: two to five capitalised words, none a place's, a body's or a title's
    if found is None and 2 <= len(words) <= 5 and all(t.is_title and t.pos_ == "PROPN" and t.i not in names
                                                      for t in words) and not any(
            t.lower_ in _body_words() or is_role(t) for t in words):
        return EntityRef(" ".join(t.text for t in words), "PERSON", words[0].i, words[-1].i + 1)
    return None


def _body_named(line: list[Token], names: dict[int, EntityRef], aliases: dict[str, str]) -> EntityRef | None:
    """The state or body a signature block's line names (its last one: "For the Republic of Fiji" above a
    signer, "Minister for Education, ..., Saint Lucia" below one), under the state's short name ("For the
    Government of the Democratic Republic of Timor-Leste": Timor-Leste)."""
    named = [n for t in line if (n := names.get(t.i)) is not None and n.label in ("GPE", "ORG")
             and not title_fragment(n.key)]
    if not named:
        return None
    state = state_of(named[-1].key, aliases)
    return EntityRef(state, "GPE", named[-1].start, named[-1].end) if state else named[-1]


def _signed_title(line: list[Token], signer: EntityRef) -> str:
    """The title after a signer's name to the end of the line ("Minister of Agriculture, Fisheries and
    Environment"), without a note in brackets ("(Chair)")."""
    words = [t for t in line if t.i >= signer.end]
    words = words[1:] if words and words[0].text == "," else words
    cut = next((k for k, t in enumerate(words) if t.text == "("), len(words))
    words = words[:cut]
    while words and words[-1].is_punct:
        words.pop()
    return line[0].doc[words[0].i:words[-1].i + 1].text if words else ""


def _signed_at(line: list[Token]) -> bool:
    """The line a signature block opens with: "Signed in Podgorica, 6 November 2025", "Signed:", and with no
    other verb however long it runs ("Signed in Quito on 16 April 2026, in the Spanish and English languages.")."""
    return line[0].text == "Signed" and (len(line) <= 12 or not any(t.pos_ in ("VERB", "AUX") for t in line[1:]))


def _done_at(line: list[Token]) -> bool:
    """A treaty's or communiqué's closing formula, which the signature block follows: "Done at Nosy Be,
    12 March 2026", "Done in Rabat, on 13 May 2026, in two originals"."""
    return len(line) > 2 and line[0].text == "Done" and line[1].lower_ in ("at", "in") and line[2].is_title


def _witnessed(line: list[Token]) -> bool:
    """The head of a signature block's witnesses, who were there: "Witnessed by:", "In the presence of:"."""
    words = [t.lower_ for t in line if t.text != ":"]
    return words in (["witnessed", "by"], ["in", "the", "presence", "of"])


def _for_colon(line: list[Token]) -> int:
    """Where the colon stands in a signature block's "For Albania: X, Minister of ..." (0 if not such a line)."""
    if len(line) < 4 or line[0].text != "For":
        return 0
    return next((k for k, t in enumerate(line[:10]) if t.text == ":" and k > 1 and _behalf_words(line[1:k])), 0)


def _on_behalf(line: list[Token]) -> bool:
    """A signature block's line naming whom the next lines sign for: "For the World Bank", "For the Government
    of the Republic of Austria" (a name's words only, no verb), "On behalf of the cooperating partners:"."""
    if 4 <= len(line) <= 12 and [t.lower_ for t in line[:3]] == ["on", "behalf", "of"] and line[-1].text == ":":
        return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in line)  # (not "cooperating" partners)
    return 2 <= len(line) <= 12 and line[0].text == "For" and _behalf_words(line[1:])


def _behalf_words(words: list[Token]) -> bool:
    """Words of a state's or body's name after "For": capitalised, or small joining words ("Kosovo*")."""
    return (words[0].text[:1].isupper() or words[0].lower_ == "the") and all(
        t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for", "on", "&", "-", "*") or t.is_punct
        for t in words)


def _signature(line: list[Token], names: dict[int, EntityRef]) -> EntityRef | None:
    """A line of a signature block, unmarked: a person's name opening it, a comma, then titles and places
    and no verb in lower case ("Mads Kjær, Minister of Defence, Denmark"). The name may be untagged
    (:func:`_name_before_comma`); a line of that shape naming no person gives an empty key."""
    comma = next((t for t in line[:5] if t.text == ","), None)
    # (a capitalised verb is a body's name's: "Chief of Partnerships, Education Cannot Wait")
    if comma is None or len(line) > 24 or any(t.pos_ == "VERB" and not t.is_title for t in line) or \
            not line[0].is_title:
        return None
    person = _name_before_comma(line, names, loose=True)
    return person if person is not None else EntityRef("", "PERSON", line[0].i, comma.i)


def _official_body(name: str) -> bool:
    """An organisation whose officials, speaking in a story about an event, speak at it (a UN agency, a
    development bank, a regional body), not a state (which may speak from afar) nor a body that comments
    on events (a think tank, a chamber of commerce, a party or a parliament: ``[attendees] commentators``)."""
    words = set(name.lower().replace("'", " ").replace("’", " ").split())  # ("Cane Growers' Alliance")
    states = bool(words & {"nations", "states", "countries"})  # "Association of Southeast Asian Nations"
    return bool(name) and name not in known_countries() and (states or not words & _words("commentators"))


def _add_announcers(found: dict[str, _Attendee], pledged: list[Pledge]) -> None:
    """At a summit or conference, a person who announces a pledge there took part ("Blinken announced ...")."""
    for pledge in pledged:
        if pledge.speaker:
            _add(found, pledge.speaker, "PERSON", pledge.ref.quote(), "", False)


def _add_envoys(topic: TopicData, found: dict[str, _Attendee], pledged: list[Pledge],
                denied: frozenset[str]) -> None:
    """At an event, the person a giver pledges through took part: "The European Union, through its Head of
    Delegation, Ambassador X, announced a grant", "The FAO Representative, Dr Y, confirmed the supply of ..."
    (not one who gave before or from elsewhere)."""
    for pledge in pledged:
        if not pledge.donor_is_name or pledge.status == "delivered" or _remote(pledge.verb):
            continue
        subjects = _subjects(pledge.verb)
        # "Switzerland, through the head of its cooperation office, Mr X, committed": X, a second subject
        through = [c for c in pledge.verb.children if c.dep_ == "prep" and c.lower_ == "through"]
        heads = subjects[1:] if through else []
        # (the parser may hang "through" on a comma: "The European Union, through its Head of Delegation,
        # Ambassador X, announced")
        heads += [p for s in subjects for c in s.subtree if c.dep_ == "prep" and c.lower_ == "through"
                  for p in c.children if p.dep_ == "pobj"]
        # ("Switzerland, through its ambassador X, pledged": on the verb, its object a role)
        heads += [p for c in through for p in c.children if p.dep_ == "pobj" and is_role(p)]
        heads += [s for s in subjects if is_role(s)]
        heads += _reported_by(pledge)
        if not heads:
            continue
        names = entity_tokens(topic, pledge.ref)
        for name, _ in (n for head in heads for n in _walk(head, names)):
            if _envoy(name, denied):
                _add(found, name.key, "PERSON", pledge.ref.quote(), "", False)


_MADE_KNOWN = frozenset({"announce", "present", "confirm", "unveil", "deliver", "read"})


def _reported_by(pledge: Pledge) -> list[Token]:
    """Who the sentence says made the pledge known: "..., according to its ambassador, Zhou Ping" on the pledge's
    clause or one above it, or "South Korea's contribution, announced by its ambassador X" (on the clause, its
    subject or object)."""
    chain = [pledge.verb, *pledge.verb.ancestors]
    heads = [p for t in chain for c in t.children if c.dep_ == "prep" and c.lower_ == "according"
             for to in c.children if to.lower_ == "to" for p in to.children if p.dep_ == "pobj"]
    slots = set(chain) | {c for c in pledge.verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")}
    heads += [p for t in pledge.ref.span if t.dep_ in ("acl", "advcl") and t.head in slots
              and verb_lemma(t) in _MADE_KNOWN and not _made_known_before(t) for a in t.children
              if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return heads


def _made_known_before(verb: Token) -> bool:
    """"a pledge first announced by Prime Minister X in September": made known on an earlier occasion."""
    return any(c.dep_ == "advmod" and c.lower_ in ("first", "already", "previously", "originally", "earlier")
               for c in verb.children)


def _envoy(name: EntityRef, denied: frozenset[str]) -> bool:
    """A person's name (not a body the recogniser tagged as one: "through the King Salman ... Relief Centre"),
    of someone the topic does not say stayed away."""
    return name.label == "PERSON" and name.key not in denied and not set(name.key.lower().split()) & _body_words()


def _denied(topic: TopicData, spec: SectionSpec) -> frozenset[str]:
    """People the topic says did not take part ("said Dr X, MSF's coordinator, who did not take part in the
    conference", "X, whose union was not invited to speak"): no speech or pledge of theirs puts them at the
    event."""
    cues = _Cues.of(spec)
    out: set[str] = set()
    for ref in topic.sentences():
        verbs = [t for t in ref.span if (cues.verb(t) or t.lemma_ == "invite") and any(
            c.dep_ == "neg" for c in t.children)]
        if verbs:
            names = entity_tokens(topic, ref)
            heads: list[Token] = []
            for verb in verbs:
                subjects = _subjects(verb)
                heads += subjects
                # "Zubah, whose union was not invited to speak": the person whose body was left out
                if verb.dep_ == "relcl" and any(c.lower_ == "whose" for s in subjects for c in s.children):
                    heads.append(verb.head)
                # "X, coordinator of the fishers' alliance, said fishers had not been invited to the meeting": who
                # speaks for those left out (not "said Norway had not taken part")
                if subjects and not any(t.i in names for s in subjects for t in s.subtree):
                    said = next((a for a in verb.ancestors if a.lemma_.lower() in _words("speech")), None)
                    heads += _subjects(said) if said is not None else []
            out |= {name.key for head in heads for name, _ in _walk(head, names) if name.label == "PERSON"}
    return frozenset(out)


def _add_officials(topic: TopicData, found: dict[str, _Attendee], people: dict[str, Person],
                   pledged: list[Pledge], denied: frozenset[str] = frozenset()) -> None:
    """In a story about an event, an official who speaks for a state or body that took part or pledged there
    took part too ("Swedish Development Minister X said the money would save lives" where Sweden pledged);
    not one speaking from elsewhere ("in a statement", "from Moscow"), nor a spokesperson, nor anyone whose
    state or body is not otherwise at the event (the seeds' Trump and Lavrov)."""
    present = {k for k, a in found.items() if a.label != "PERSON" and not a.via}
    present |= {p.donor for p in pledged if p.donor}
    # the state the pledges are for: its officials speak at its own appeal ("Home Minister X told ...")
    present |= {r for p in pledged for r in p.recipients if r in known_countries()}
    speech, spokes = _words("speech"), _words("spokespeople")
    for ref in topic.sentences():
        verbs = [t for t in ref.span if t.pos_ == "VERB" and verb_lemma(t) in speech]
        if not verbs:
            continue
        names = entity_tokens(topic, ref)
        for verb in verbs:
            if _remote(verb) or _cancelled(verb) or any(
                    p.pos_ == "PROPN" and not _event_object(p) for p in _prep_objects(verb, frozenset({"in"}))):
                continue  # ("said in London": maybe far from the event)
            for head in _subjects(verb):
                for name, _ in _walk(head, names):
                    person = people.get(name.key)
                    if name.label != "PERSON" or person is None or not person.role or name.key in found or \
                            name.key in denied:
                        continue
                    if (person.affiliation in present or _official_body(person.affiliation) and
                            person.affiliation not in _civil_society(topic)) and not set(
                            person.role.lower().split()) & spokes:
                        _add(found, name.key, "PERSON", ref.quote(), "", False)


def _civil_society(topic: TopicData) -> frozenset[str]:
    """Bodies the topic describes as watchdogs, networks or coalitions of groups ("the Mekong Rivers Alliance,
    a network of community groups", "the Citizens' Budget Forum, a public finance watchdog"): their people
    comment on the event, whatever the body's name says."""
    if "civil_society" not in topic.memo:
        kinds = _words("civil_society")
        found: set[str] = set()
        for ref in topic.sentences():
            described = [t.head for t in ref.span if t.dep_ == "appos" and t.lemma_.lower() in kinds]
            if described:
                names = entity_tokens(topic, ref)
                found |= {names[t.i].key for t in described if t.i in names and names[t.i].label != "PERSON"}
        topic.memo["civil_society"] = frozenset(found)
    return topic.memo["civil_society"]


def _add_donors(topic: TopicData, found: dict[str, _Attendee], pledged: list[Pledge]) -> None:
    """In a story about an event, a state or organisation that pledged there took part ("Germany promised 60
    million euros ..., its foreign minister told delegates"); not one that gave before, or said so from
    elsewhere ("in a statement", "from Tokyo"), nor a sum merely delivered."""
    for pledge in pledged:
        entity = topic.entities.get(pledge.donor)
        label = "GPE" if pledge.donor in known_countries() else entity.label if entity is not None else ""
        if not pledge.donor_is_name or label not in ("GPE", "ORG") or pledge.donor in found or pledge.joint:
            continue
        if pledge.status == "delivered" or _remote(pledge.verb):
            continue
        if label == "ORG" and (len(pledge.donor.split()) < 2 and not pledge.donor.isupper() or
                               title_fragment(pledge.donor)):
            continue  # "the Authority", "Bank": a body cut to a common word; "Emergency Relief Coordinator"
        _add(found, pledge.donor, label, pledge.ref.quote(), "", False)


def _add_affiliations(found: dict[str, _Attendee], people: dict[str, Person], places: dict[str, str]) -> None:
    """The country or organisation of each person who took part took part through them (``places``: the
    recogniser's label of each entity of the topic)."""
    for attendee in list(found.values()):
        person = people.get(attendee.key)
        if attendee.label != "PERSON" or person is None:
            continue
        if person.role and person.role not in attendee.roles:
            attendee.roles.insert(0, person.role)
        department = set(person.affiliation.lower().split()) & set(_lex()["departments"])
        # "Commission President X": the word names no one body ("European Commission"? "ECOWAS Commission"?)
        generic = person.affiliation.lower() in _words("generic_bodies")
        # only a title makes the person speak for it: not "Australian actor Jackman"
        # a town or region the title names is a place, not a participant ("Governor of Cabo Delgado Province")
        place = places.get(person.affiliation) == "GPE" and _town(person.affiliation) or \
            _local_office(person.role, person.affiliation)
        body = _participant(person.affiliation, "GPE")[0]  # ("Washington's chargé d'affaires": the United States)
        if body and person.role and body not in found and not department and not generic and not place:
            org = found[body] = _Attendee(body, "GPE", via=attendee.key)
            # Evidence: where the person is given the affiliation, and where they take part (or host).
            org.quotes = list(dict.fromkeys(person.quotes[:1] + (attendee.host_quotes or attendee.quotes)[:1]))
            org.host = attendee.host
            org.host_quotes = list(attendee.host_quotes)


_LOCAL_TITLES = frozenset({"governor", "mayor", "prefect", "councillor", "councilor", "alderman"})
"""Titles of a town's or region's own officials: the place they head is no participant."""


def _local_office(role: str, place: str) -> bool:
    """"Governor of Dhofar", "the Mayor of Benque Viejo del Carmen", "Negros Occidental Governor X": the role
    heads a town or region, whatever the recogniser took the place's name for (not a state, and not a body:
    "Governor of the Central Bank")."""
    words = role.lower().replace("-", " ").split()
    return bool(words) and words[-1] in _LOCAL_TITLES and place not in known_countries() and \
        not set(place.lower().split()) & _body_words()


def _item(att: _Attendee, people: dict[str, Person], labels: dict[str, str]) -> Item:
    # a name read as a person after a title ("commissioner Elena Varga") is one, whatever the recogniser voted
    label = att.label if att.label == "PERSON" else labels.get(att.key, att.label)
    if label not in ("GPE", "ORG") and att.key in known_countries():
        label = "GPE"  # "Saint Lucia" the recogniser took for a person, "South Sudan" for a place
    kind = _KINDS.get(label, "organisation" if att.via else "other")
    person = people.get(att.key)
    affiliation = person.affiliation if person else ""
    details = [*att.roles[:1], *([affiliation] if affiliation else []), *(["host"] if att.host else []),
               *([f"via {att.via}"] if att.via else [])]
    text = att.key + (f" — {', '.join(details)}" if details else "")
    facts = {"kind": "attendee", "entity": att.key, "type": kind, "role": att.roles[0] if att.roles else "",
             "roles": att.roles, "affiliation": affiliation, "host": att.host, "host_quotes": att.host_quotes,
             "via": att.via}
    return Item(text, att.quotes, facts)


_STATE_FORMS = frozenset({"federative", "federal", "republic", "kingdom", "state", "states", "people's", "democratic",
                          "islamic", "united", "socialist", "plurinational", "bolivarian", "arab", "union", "of", "the"})


_DANGLING = frozenset({"of", "and", "the", "for", "on", "in", "to", "de", "del", "du", "des", "la", "et", "y"})
"""Words no name ends with: a name that does was cut before its end."""


def _no_name(key: str) -> bool:
    """A title, a role or a body's kind the recogniser tagged alone ("Mr", "H.E.", "Co-Chairs", "Centre"), a
    cut that begins in lower case ("of China") or a state's form without its name ("Federative Republic")."""
    word = key.lower().strip(".")
    if key[:1].islower() or key not in known_countries() and all(w in _STATE_FORMS for w in word.split()):
        return True
    if word.split()[-1] in _DANGLING:
        return True  # a name cut before its end ("Government of Saint Kitts and", "Regional Government of")
    if " " not in word and word.removeprefix("co-").removesuffix("s") in _titles_and_roles():
        return True  # "The Co-Chairs will convene ...", "Ministers" tagged as a body
    return " " not in word and (word in _words("name_titles") or word in _words("generic_bodies"))


_DOCUMENTS = frozenset({"communiqué", "communique", "declaration", "statement", "memorandum", "minutes", "report"})
"""Last words of a document's name, which the recogniser may tag as an organisation."""


def _place_or_event(key: str) -> bool:
    """A venue or the event itself named as an actor ("the Palace of Independence hosted the summit", "The
    Leaders' Summit of the Berlin Process was held ..."), a group of donors or a project ("Coastal Protection
    Partners"): no participant (``[attendees] buildings``, ``event_names`` and ``not_participants``)."""
    words = key.lower().replace("'", " ").split()
    if not words:
        return False
    building = words[-1] in _words("buildings") or words[0] in _words("buildings") and words[1:2] == ["of"]
    if words[-1] in _words("not_participants"):
        return True  # "Lewotobi Recovery Partners" (of "... Partners' Meeting"), "Kariba Dam Rehabilitation Project"
    # or a document of the event ("the Co-Chairs' Communiqué", "the Castries Declaration")
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(words)}  # ("the Round Table")
    return building or bool((set(words) | pairs) & _words("event_names")) or words[-1] in _DOCUMENTS


def _plain_full_names(topic: TopicData) -> list[str]:
    """Tagged people's names to join a cut one to: no title or short form before them ("GM Theo Epstein"),
    each written in an article's body at least once (not only a headline's "Hire Maurice Cheeks")."""
    starts = {a.article.id: a.article.body_start for a in topic.analyses}
    return [k for k, e in topic.entities.entities.items() if e.label == "PERSON" and _plain_full_name(k, e, starts)]


def _plain_full_name(key: str, entity: Entity, starts: dict[str, int]) -> bool:
    return _bare_name(key) == key and not any(w.isupper() and len(w) > 1 for w in key.split()) and any(
        m.start >= starts.get(m.article_id, 0) and m.text == key for m in entity.mentions)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _cut_at_front(topic: TopicData, key: str) -> bool:
    """A body's name the recogniser cut at its front wherever the topic writes it: a capitalised word that is
    no title, article or state stands right before every mention ("Autorité" of "Nationale des Élections",
    "Badan Nasional" of "Penanggulangan Bencana", "Bank" of "Gospodarstwa Krajowego")."""
    entity = topic.entities.get(key)
    if entity is None or not entity.mentions:
        return False
    texts = {a.article.id: a.article.text for a in topic.analyses}
    lex = lexicon()
    for mention in entity.mentions:
        if mention.text.lower().startswith(("the ", "a ", "an ")):
            return False  # "For the State of Schleswig-Holstein": an article opens the name, nothing is cut
        text = texts.get(mention.article_id, "")
        before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        word = before.group(1) if before else ""
        if not word[:1].isupper() or word.lower() in ("the", "a", "an") or word in known_countries() or \
                word in lex["demonyms"] or word.lower() in _titles_and_roles() or word.lower() in _lex()["title_words"]:
            return False
    return True


def _full_name(key: str, names: Iterable[str], found: dict[str, _Attendee]) -> str | None:
    """The one longer name a cut-short person's name belongs to: its surname ("Heijden" of "Joost van der
    Heijden"), its end ("Lamine Sarr-Koné" of "Mamadou Lamine Sarr-Koné") or its name before a hyphen
    ("Kwon Tae" of "Kwon Tae-hoon"), or a name without its second surname ("Rosa Elena Quispe" of "Rosa Elena
    Quispe Mamani", "Ferrer" of "Lucía Ferrer Aguado"). Not a name the sources give more often than the
    longer run it ends ("Ellen DeGeneres", and a headline's "Comedian Ellen DeGeneres")."""
    longer = {n for n in names if n != key and _cut_form(key, n)}
    full = longer.pop() if len(longer) == 1 else None
    if full is not None and " " in key and full.endswith(" " + key) and full in found and \
            len(found[full].quotes) < len(found[key].quotes):
        return None
    return full


def _cut_form(key: str, name: str) -> bool:
    """``key`` is ``name`` cut short: its end or its name before a hyphen, without its second surname, its
    first surname alone, or with its given name as an initial (the forms :func:`_full_name` lists)."""
    words, other = key.split(), name.split()
    return name.endswith(" " + key) or name.startswith(key + "-") or (
        len(other) == len(words) + 1 and len(words) >= 2 and name.startswith(key + " ")) or (
        len(words) == 1 and len(other) >= 3 and other[-2] == key) or _initialled(words, other)


def _initialled(words: list[str], other: list[str]) -> bool:
    """``words`` is ``other`` with its given name as an initial: "D. Enkhtuya" of "Dorjsuren Enkhtuya"."""
    return len(words) == len(other) == 2 and re.fullmatch(r"[A-Z]\.", words[0]) is not None and \
        other[0][0] == words[0][0] and len(other[0]) > 2 and other[1] == words[1]


def _join_cut_names(topic: TopicData, found: dict[str, _Attendee]) -> None:
    """A person listed under a cut-short name joins the full name another participant or a repaired name
    of the topic gives them (the recogniser's own keys may carry a headline's words: "Hire Maurice Cheeks");
    one listed under a name read off the words ("Edgars Kalniņš" in a signature block, untagged) joins the
    topic's spelling of it ("Edgars Kalnins"), as the entity index joins tagged spellings."""
    people = [k for k, a in found.items() if a.label == "PERSON"] + list(name_repairs(topic).values())
    people = [k for k in people if _bare_name(k) == k == strip_title(k)]  # not "State Secretary X"
    tagged: list[str] | None = None
    spelled = {fold(k): k for k, e in topic.entities.entities.items() if e.label == "PERSON"}
    # (and a surname the recogniser tagged as a body: ", Ferrer said")
    for key in [k for k, a in found.items()
                if a.label == "PERSON" or a.label == "ORG" and k.istitle() and " " not in k]:
        full = _full_name(key, people, found)
        if full is None and topic.entities.get(key) is None:  # (a name the recogniser tagged whole stays)
            # else a full name the topic gives where the recogniser tagged it, its bearer found only under the
            # cut form: "Tavares Lins said" of "the governor of Roraima, Marcos Tavares Lins"
            tagged = _plain_full_names(topic) if tagged is None else tagged
            full = _full_name(key, tagged, found)
        if full is None and topic.entities.get(key) is None:
            full = spelled.get(fold(key))
        if full is None or full == key:
            continue
        cut = found.pop(key)
        whole = found.setdefault(full, _Attendee(full, "PERSON"))
        whole.quotes += [q for q in cut.quotes if q not in whole.quotes]
        whole.roles += [r for r in cut.roles if r not in whole.roles]
        whole.host_quotes += [q for q in cut.host_quotes if q not in whole.host_quotes]
        whole.host = whole.host or cut.host


def attendee_items(topic: TopicData, spec: SectionSpec, pledges: SectionSpec | None = None) -> list[Item]:
    """People first (hosts leading), then countries, then organisations; each with its quotes. Who pledged
    took part: ``pledges`` is the Pledges section's spec, whose cues and things find the pledges."""
    people = people_of(topic)
    found = _collect(topic, spec)
    pledged: list[Pledge] = []
    if _event_story(topic):  # not a story about an event (one passing "talks"): no one speaks at it
        from briefing.nlp.pledges import pledge_mentions  # pledges reads people through this module

        pledged = [p for p in pledge_mentions(topic, pledges) if not negated(p.verb)]  # one pass, for all three readers
        denied = _denied(topic, spec)
        _add_announcers(found, [p for p in pledged if p.speaker not in denied])
        _add_envoys(topic, found, pledged, denied)
        _add_officials(topic, found, people, pledged, denied)
    _join_cut_names(topic, found)
    labels = {k: e.label for k, e in topic.entities.entities.items()}
    _add_affiliations(found, people, labels)
    if pledged:  # after the affiliations: "United Kingdom — host, via Keir Starmer" stays as it is
        _add_donors(topic, found, pledged)
    order = {"person": 0, "country": 1, "organisation": 2}
    items = [_item(a, people, labels) for a in found.values()]
    items = [it for it in items if it.facts["type"] in order and not _no_name(it.facts["entity"])
             and not (it.facts["type"] != "person" and _place_or_event(it.facts["entity"]))
             and not (it.facts["type"] == "organisation" and _cut_at_front(topic, it.facts["entity"]))]
    items.sort(key=lambda it: (order[it.facts["type"]], not it.facts["host"], -it.source_count, it.text))
    return items[: spec.max_items]
