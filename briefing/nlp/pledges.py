"""Pledges: who commits what to whom, read off the dependency parse, merged across sources.

An anchor is a sum of money, a counted thing ("5,000 air defence missiles") or a thing handed over
("supply Ukraine with missiles", "boots on the ground"). It is a commitment only when the first verb
above it gives ("pledged", "will provide", "to use"), possibly through a commitment noun ("a loan of",
"Britain's commitment to ... with boots"), and no verb above it blocks it ("needed", "urged", "bringing
its total to", "refused to"). From that verb the parse gives the donor (its subject, or the speaker for
"it"/"we"), the recipient ("to Ukraine", "allow Ukraine to use", "to help Turkey and Syria"), the status
(the nearest status verb: announced, pledged, agreed ...), the date (resolved against publication) and
the instrument (the nearest instrument phrase: export finance, loan, grant ...).

A mention is written down only when it is credible as a commitment: not a payment, contract or
penalty ("a $161-million deal", "a $35,000 reward", "four life sentences"), not money to a private
person, not a thing in the subject or a place of the clause ("on helicopters"); a sum needs a
recipient or a donor that is a state, an organisation or a description of them ("International
donors"), things need a named donor. A receiving verb reads the other way round: "Greece gets a loan
from the EU and the IMF".

One record per commitment: mentions of the same sum (whatever the spelling or conversion) or, without
a sum, of the same donor giving the same things are one record backed by every quote; a subject naming
several donors ("Spain and Britain sent teams") gives one record per donor, merged with what that
donor's own sentence details. Where sources differ on a number, a date or an actor, the record keeps
every version with its quotes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import product
from math import prod
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from briefing.config import SectionSpec
from briefing.ingest.text import headline_span
from briefing.model import Item, Quote
from briefing.nlp.analyze import BULLETS, Analysis, line_start, list_marker, numbered_line_start
from briefing.nlp.amounts import (MODALS, Amount, MoneyMention, attached_dates, count_of, currency_codes,
                                  demonyms_lower, format_amount, format_date, k_sign, lexicon, money_mentions,
                                  parse_money, preceding_qualifier, words)
from briefing.nlp.attendees import (EntityRef, Person, dated_before, dateline_end, earlier_time, entity_tokens,
                                    is_event_noun, is_role, known_countries, name_repairs, opening_year,
                                    had_dated, outside_dateline,
                                    passive_agents, people_of, reference_year, reporting_subject, state_of,
                                    titled_person)
from briefing.nlp.entities import without_owner
from briefing.nlp.topic import SentenceRef, TopicData

__all__ = ["pledge_items", "pledge_mentions", "money_in", "quantities_in", "Pledge"]

_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she", "its", "their", "our", "his", "her", "my"})
_SPEECH = frozenset({"say", "tell", "announce", "confirm", "add", "state", "reveal", "declare", "note", "write",
                     "report", "explain", "pledge", "promise", "present"})
_GIVE_NOUNS = frozenset({"pledge", "commitment", "contribution", "donation", "promise", "loan", "grant", "offer",
                         "package", "gift", "bailout", "announcement"})
_REPORTING = frozenset({"say", "tell", "add", "note", "state", "explain", "report", "write", "confirm", "stress"})
"""Verbs of a reporting clause ("..., X told the meeting"): no recipient is named under them."""
_NAME_LABELS = frozenset({"PERSON", "GPE", "ORG"})
_NOT_RECIPIENT = frozenset({"according", "due", "owing", "thanks", "prior", "close", "next", "compared", "similar",
                            "addition", "contrast", "response", "reference", "regard", "respect", "relation"})


def _words(key: str) -> frozenset[str]:
    """``[pledges] key`` as a set, built once."""
    return words("pledges", key)


def _title_roles() -> frozenset[str]:
    return words("attendees", "roles")


def _lex() -> dict[str, Any]:
    return lexicon()["pledges"]


@dataclass(slots=True)
class Pledge:
    """One mention of a commitment in one sentence (before merging across sentences and sources)."""

    ref: SentenceRef
    verb: Token
    donor: str = ""
    donor_is_name: bool = False
    recipients: list[str] = field(default_factory=list)
    money: Amount | None = None
    conversions: list[Amount] = field(default_factory=list)
    components: list[Amount] = field(default_factory=list)
    """Sums named as part of this one ("including $520 million for energy")."""
    quantities: list[tuple[Amount, str, str]] = field(default_factory=list)
    """(count, lemma of the thing, the thing as written)."""
    things: list[tuple[str, str]] = field(default_factory=list)
    """Uncounted things given: (lemma, as written)."""
    instrument: str = ""
    purpose: str = ""
    status: str = ""
    date: str = ""
    date_text: str = ""
    co_donors: list[str] = field(default_factory=list)
    """Other named donors in the same subject ("Qatar and the United Arab Emirates also sent teams")."""
    speaker: str = ""
    """The person who gave or announced it ("Sunak announced ...", "... Baerbock said"), if named."""
    joint: bool = False
    """Read off a subject naming several donors ("Spain and Britain sent teams"): a summary of what each
    donor's own sentences may detail, so it merges with them."""
    private: bool = False
    """A recipient is a private person (no country or organisation): a payment, not a pledge."""
    recap: bool = False
    """Read off a list of donors' sums in one currency ("Saudi Arabia (US$250 million), Kuwait (...)")."""
    event_total: bool = False
    """What the event raised ("the Geneva conference mobilized US$640 million"), no donor's commitment."""
    aid_kind: bool = False
    """Something given is of a kind aid is sent in (a word of the section's ``also`` list, or its modifier)."""
    pledge_list: bool = False
    """Read off a line of a list that a paragraph about pledges introduces ("Who pledged what:")."""
    denied: bool = False
    """Taken back in the article ("... but the delegation later said no decision had been taken"): no pledge,
    though whoever offered it may still have taken part."""
    owner: str = ""
    """The body the donor belongs to, where the text says so ("a grant from ADB's Asia Pacific Disaster
    Response Fund"): another outlet may name the owner as the giver of the same sum."""

    @property
    def article_id(self) -> str:
        """The article the sentence belongs to."""
        return self.ref.sentence.article_id

    def thing_lemmas(self) -> set[str]:
        """Lemmas of everything given apart from money (one lemma for words of one thing: "soldier", "troop")."""
        same = _lex().get("same_things", {})
        return {same.get(q[1], q[1]) for q in self.quantities} | {same.get(t[0], t[0]) for t in self.things}


# --- what a sentence says ------------------------------------------------------------------------------

@dataclass(slots=True)
class _Context:
    """Per-topic lookups shared by every sentence."""

    topic: TopicData
    repairs: dict[str, str]
    people: dict[str, Person]
    give: frozenset[str]
    also: frozenset[str]
    instruments: Matcher | None = None
    speaker: str = ""
    """The person behind the pledge being read (set while resolving its donor)."""
    last_donor: dict[str, str] = field(default_factory=dict)
    """Per article, the donor of the last pledge (for "it" without a speaker)."""


def _first_verb(token: Token) -> tuple[Token | None, Token | None]:
    """The first verb above a token, and the first commitment noun passed on the way ("a loan of").

    A commitment noun counts only as an argument of that verb (at most a preposition between): in "a blow
    to plans ... in exchange for a €110bn aid package" the package is not what "was" gives. A verb
    hanging off the noun ("an aid package unveiled on Sunday") is then its verb, but not one of purpose
    ("a loan ... to finance the plant")."""
    noun = None
    node = token
    while node.head != node:
        node = node.head
        if node.pos_ == "VERB" and node.dep_ == "acl" and node.lemma_.lower() in ("value", "price"):
            continue  # "medicines valued at USD 3 million": the value of what is given, not a verb of its own
        if node.pos_ == "VERB" and node.dep_ == "conj" and node.head.pos_ == "NOUN" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in node.children):
            continue  # "tents and plastic sheeting worth 30 million yen": a listed thing the tagger read as a verb
        if node.pos_ in ("VERB", "AUX") or _verb_as_noun(node):
            if noun is not None and not _argument_of(noun, node):
                noun = None
            return node, noun
        if noun is None and node.pos_ == "NOUN" and (node.lemma_.lower() in _GIVE_NOUNS or _credit_line(node)):
            noun = node
            own = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
                        and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if own is not None and noun.dep_ != "dobj":  # "announced a package ... already delivered": announced
                return own, noun
    return None, noun


def _verb_as_noun(token: Token) -> bool:
    """A verb the tagger took for a noun though the parser gave it a subject: the live blog's "12:30
    Canada's X, Parliamentary Secretary ..., pledges C$150 million"."""
    return token.pos_ in ("NOUN", "PROPN") and token.lower_.endswith("s") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and any(c.dep_ == "dobj" for c in token.children)


def _credit_line(token: Token) -> bool:
    """"a US$500 million credit line", "a credit facility": a commitment noun written as a compound."""
    return token.lemma_.lower() in ("line", "facility") and any(
        c.dep_ == "compound" and c.lemma_.lower() == "credit" for c in token.children)


def _argument_of(noun: Token, verb: Token) -> bool:
    """The noun hangs from the verb directly or through one preposition ("agreed on a loan"), or stands in
    apposition to such an argument ("made the largest offer, a $400 million loan")."""
    if noun.dep_ == "appos" and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in _GIVE_NOUNS:
        noun = noun.head
    if any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in noun.children):
        return verb in list(noun.ancestors)[:4]  # "announced the Kingdom of Saudi Arabia's pledge of" misparsed
    return noun.head == verb or (noun.head.dep_ in ("prep", "agent") and noun.head.head == verb)


def _blocked(verb: Token) -> bool:
    """A verb on the way up refuses, requests, estimates or totals rather than commits."""
    blocked = _words("blocked")
    node = verb
    for _ in range(6):
        lemma = node.lemma_.lower()
        promised = lemma in _FUTURE_SPENDING and any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children)
        if lemma in blocked and not promised or any(c.dep_ == "neg" for c in node.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children):
            return True
        if node.head == node or node.dep_ in ("ccomp",) and node.head.lemma_.lower() in _SPEECH:
            return False
        if _absolute(node):
            return False  # "pledges fell short, with the EU promising 100 million euros": its own statement
        node = node.head
    return False


_EVENT_NAMES = frozenset({"conference", "summit", "roundtable", "meeting", "session"})
"""Words of an event's name: a donor named so is the event, whose sum is its total."""
_FUTURE_SPENDING = frozenset({"spend", "pay"})
"""Blocked verbs that commit when they are promised: "would spend 150 million pounds on interceptors"
(not "has spent", "paid")."""


def _absolute(node: Token) -> bool:
    """A clause with its own subject that only stands beside the one above: "with the European Union
    promising ...", "Denmark will pay for ..., and Sweden promised ..."."""
    own = any(c.dep_ == "nsubj" for c in node.children)
    return own and (node.dep_ == "pcomp" and node.head.lower_ == "with" or node.dep_ == "conj")


def _story_year(ref: SentenceRef, ctx: _Context) -> int:
    """The year the article is written in: its publication year, else the first year its opening lines name
    (the dateline's), else the latest of those years among the topic's other articles (a wire dated "Aug.
    24" reports the same event), else the latest it names (not the latest alone: "loans for 2026-2030" in a
    2026 story). Kept per article on the topic."""
    memo = ctx.topic.memo.setdefault("story_year", {})
    key = id(ref.analysis)  # the topic holds its analyses, so the id stays theirs
    if key not in memo:
        own = opening_year(ref.analysis.doc, ref.analysis.article.published)
        if own is None:  # an article dated "Aug. 24": the year its dated fellow reports of the event give
            if "dated_year" not in memo:  # once per topic
                dated = [y for a in ctx.topic.analyses if (y := opening_year(a.doc, a.article.published))]
                memo["dated_year"] = max(dated) if dated else None
            own = memo["dated_year"] or reference_year(ref.analysis.doc, ref.analysis.article.published)
        memo[key] = own
    return memo[key]


def _dated_giver(verb: Token, year: int) -> bool:
    """The giver's words carry an earlier time the parser read as theirs ("Last year donors provided ...",
    "In 2019 donors promised ...": "last year" and "2019" modify "donors")."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
              if p.dep_ == "pobj"]
    return any(dated_before(head, year) for head in heads)


def _opened_before(verb: Token, year: int) -> bool:
    """The sentence opens with an earlier year set off by a comma ("In 2021, after floods triggered by Cyclone
    Seroja killed dozens, Australia provided A$7 million", "In March 2023, ..."): the time of its main clause,
    wherever the parser hangs the date."""
    sent = verb.sent
    if verb.dep_ not in ("ROOT", "conj") or verb.dep_ == "conj" and verb.head.dep_ != "ROOT":
        return False
    k = sent.start + 1 + (sent.start + 1 < sent.end and sent.doc[sent.start + 1].lower_ in _PAST_DATES)
    if sent.doc[sent.start].lower_ != "in" or k + 1 >= sent.end:
        return False
    when, comma = sent.doc[k], sent.doc[k + 1]
    return when.text.isdigit() and len(when.text) == 4 and int(when.text) < year and comma.text == ","


_PAST_DATES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "last", "earlier", "previous", "ago"})
"""Words of a date that names a month or a time past ("in September", "last week", "earlier this month")."""


def _had_before(verb: Token) -> bool:
    """A past perfect dated by a month or a past period ("had announced $3 million in September", "had offered
    two aircraft last week"): made before the story's event (not "the 80 million euros it had announced earlier
    this month", which the clause's own verb confirms, nor "had pledged on Tuesday")."""
    return verb.dep_ not in ("relcl", "acl") and had_dated(verb, _PAST_DATES)


def _earlier_clause(verb: Token, ref: SentenceRef, ctx: _Context) -> bool:
    """"An earthquake in 2015 killed 9,000, and governments pledged $4.1bn": the clause the pledge is joined
    to, or the clause whose place or time it describes ("launched in 2023 in Dubai, where the UAE pledged"),
    names a year before the article's; or the pledge itself was made then ("Donors pledged more than €2
    billion at a conference in Paris in April 2024", "committed €9 billion to Ukraine for 2025")."""
    if any(c.dep_ == "advmod" and c.lower_ in ("previously", "formerly") for c in verb.children):
        return True  # "It previously lent Tanzania about $100 million to build the bridge"
    year = _story_year(ref, ctx)
    if any(c.dep_ == "prep" and c.lower_ == "after" and any(p.dep_ == "pobj" and (
            any(d.lower_ == "that" and d.dep_ == "det" for d in p.children) or dated_before(p, year))
            for p in c.children) for c in verb.children):
        return True  # "After that disaster the World Bank provided ...", "After last year's floods, Germany ..."
    if verb.dep_ in ("acl", "relcl") and (_standing(verb.head) or any(
            c.dep_ in ("acl", "relcl") and c is not verb and earlier_time(c, _story_year(ref, ctx))
            for c in verb.head.children)):
        return True  # "An earlier programme, funded by the EU with 10 million euros, ended in 2021"
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(
            p.lower_ == "time" and [d.lower_ for d in p.children] == ["the"] for p in c.children)
           and next((a for a in c.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb for c in verb.subtree):
        return True  # "Taiwan ... donated $1 million for the response at the time"
    if _had_before(verb):
        return True  # "In September, the U.S. Embassy had announced $3 million", "had offered two aircraft last week"
    if _dated_giver(verb, year) or _opened_before(verb, year):
        return True  # "Last year donors provided $36 million", "In 2019 donors promised $104 million"
    if any(c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in _lex()["status"] and earlier_time(c, year)
           for c in verb.children):
        return True  # "Tokyo financed the airport with a yen loan of some 65 billion yen agreed in 2008"
    # "promised at its first summit ..., held in Seoul in June 2024, to raise its aid to $10 billion": the
    # promise's time and place are those of the verb the pledge's clause completes
    said = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    if earlier_time(verb, year) or any(  # "at the summit in 2024", "at TICAD 8, held in Tunis in 2022", "At the
            p.pos_ in ("NOUN", "PROPN") and (any(  # last replenishment in New York in 2022"
                t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4 and int(t.text) < year
                for t in p.subtree) or any(a.dep_ == "amod" and a.lower_ in ("last", "previous") for a in p.children))
            for v in said for c in v.children if c.dep_ == "prep" and c.lower_ == "at"
            for p in c.children if p.dep_ == "pobj"):
        return True
    if verb.dep_ == "relcl":  # "... in 2022 and launched a year later in Dubai, where the UAE pledged $100m"
        head = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if head is None:
            return False
        head = head.head if head.dep_ == "conj" else head
    elif verb.dep_ == "conj":
        head = verb.head
    else:
        return False
    inside = {t.i for t in verb.subtree}
    return any(t.ent_type_ == "DATE" and t.i not in inside and t.text.isdigit() and len(t.text) == 4
               and int(t.text) < year for t in head.subtree)


def _paid(token: Token) -> bool:
    """The sum or thing is a payment, contract or penalty ("a $161-million deal", "a $35,000 reward",
    "four life sentences") or what is asked for ("against an appeal of $2.05bn"): its own noun phrase, up
    to the first verb, names one."""
    payments = _words("payments") | _words("asks")
    node = token
    while node.pos_ not in ("VERB", "AUX"):
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in payments:
            return True
        if node.dep_ == "prep" and node.lower_ == "against":
            return True  # "pledged $612m against a plan of $1.1bn": the measure, not a sum given
        if node.head == node:
            break
        node = node.head
    return False


def _every(token: Token) -> bool:
    return any(d.lower_ in ("every", "each") for d in token.children)


def _per_unit(token: Token, verb: Token) -> bool:
    """A ratio, not a sum given: "no more than $1 for every $2 given by others" (both sums)."""
    if _every(token) and token.head.lower_ == "for":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" and _every(p) for p in c.children)
               for c in verb.children)


_AIMS = frozenset({"aim", "seek", "hope", "strive", "try", "target"})


def _aimed(verb: Token) -> bool:
    """What someone aims, seeks or hopes to raise or give is a goal, not a pledge ("the Fund aims to raise
    US$2 billion over the strategic period")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _AIMS


def _needed(token: Token) -> bool:
    """A clause on the sum says it is needed or asked for ("the $1.4 billion it says is needed")."""
    needing = _words("needing")
    return any(c.dep_ in ("relcl", "acl") and any(t.lemma_.lower() in needing for t in c.subtree)
               for c in token.children)


def _permitted(verb: Token) -> bool:
    """"allow Ukraine to use ...": a receiving verb under a verb that lets someone else receive."""
    lex = _lex()
    return verb.lemma_.lower() in lex["receive"] and verb.head.lemma_.lower() in lex["permit"]


def _receiving(verb: Token) -> bool:
    """The subject receives ("Greece gets a loan", "Ukraine received $2bn from the EU")."""
    return verb.lemma_.lower() in _lex()["receiving"] and not _permitted(verb)


_BORROWING = frozenset({"take", "receive", "borrow", "get", "obtain", "secure"})
"""Verbs of a borrower's clause on its loan ("the loans it has taken from Japan")."""


def _signed_with_lender(verb: Token, names: dict[int, EntityRef], money: Amount | None) -> Token | None:
    """The lender a state signs an agreement "with": the giver, where the state is the borrower."""
    if verb.lemma_.lower() not in _words("concluding"):
        return None
    subjects = _subject_tokens(verb)[0]
    # "Malawi", "The Government of the Republic of Malawi" (the name inside the subject's phrase)
    found_names = [found for s in subjects[:1] for t in s.subtree if (found := _name_at(t, names)) is not None]
    if {found.label for found in found_names} != {"GPE"}:
        return None
    lenders = _words("lender_words")
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    heads += [p for h in heads[1:] for c in h.children if c.dep_ == "prep" and c.lower_ == "of"  # "a loan of
              for p in c.children if p.dep_ == "pobj"]  # 110 million euros with the EIB"
    partners = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    # "signed one of the largest loans it has taken from Japan": the lender a clause on the loan names
    taken = [p for h in heads[1:] for r in h.subtree if r.dep_ == "relcl" and r.lemma_.lower() in _BORROWING
             for c in r.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    partners += taken
    named = next((p for p in partners if (found := _name_at(p, names)) is not None
                  and found.label == "ORG" and set(found.key.lower().split()) & lenders), None)
    # "signed loans and grants ... with a group of international lenders": lenders described, not named
    described = next((d for p in partners for d in [p] + [o for c in p.children if p.lemma_.lower() == "group"
                      and c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
                      if d.lemma_.lower() in ("lender", "creditor", "bank", "donor") and d.tag_ == "NNS"
                      and _name_at(d, names) is None), None)
    # "Kenya has signed a 38.6 billion yen loan agreement with Japan": a state that lends, where what is signed
    # is a loan or grant
    lending = any(t.lemma_.lower() in ("loan", "grant", "credit") for h in heads[1:] for t in h.subtree)
    state = next((p for p in partners if lending and (found := _name_at(p, names)) is not None
                  and found.label == "GPE"), None)
    # but "Japan on Tuesday signed a loan of 28.4 billion yen with Nepal": the subject whose own money it is
    # lends (dollars apart, as for co-signers; not where the clause says whom it is taken from: "Kenya signed one
    # of the largest loans it has taken from Japan, more than Sh40 billion")
    if state is not None and state.i not in {t.i for t in taken} and \
            {_state(found.key) for found in found_names} & _own_money_of(money):
        state = None
    return named or described or state


def _source(anchor: Token, noun: Token | None, names: dict[int, EntityRef]) -> Token | None:
    """The state or organisation a sum or its commitment noun comes "from" ("a $120 million credit line
    from EDB", "an investment grant of €30 million from the European Union")."""
    heads = [anchor, anchor.head] + ([noun] if noun is not None else [])
    objects = [o for g in _from_objects(*heads) for o in [g] + [  # "from the people of Japan"
        p for c in g.children if g.lemma_.lower() in ("people", "government") and c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj"]]
    return next((g for g in objects if (found := _name_at(g, names)) is not None and found.label in ("GPE", "ORG")),
                None)


def _from_objects(*tokens: Token) -> list[Token]:
    """Objects of "from" under any of the tokens: the giver of something received."""
    return [p for t in tokens for c in t.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj"]


def _left_verb(token: Token, span: Span) -> Token | None:
    """The nearest verb before ``token`` within the sentence, for a sum whose parse leaves it."""
    return next((t for t in reversed(span.doc[span.start:token.i]) if t.pos_ == "VERB"), None)


def _giving_verb(token: Token, ctx: _Context, span: Span | None = None) -> tuple[Token | None, Token | None]:
    """The verb that gives ``token`` (and the commitment noun on the way), or (None, None).

    A receiving verb counts when what is received comes from someone named ("gets a loan package from the
    IMF", "received $2bn from the EU"); the reading of its donor and recipient is then reversed."""
    verb, noun = _first_verb(token)
    if verb is not None and span is not None and not span.start <= verb.i < span.end:
        verb, noun = _left_verb(token, span), None  # the parse left the sentence ("$150m." glued to the next)
    if verb is not None and verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and verb.lemma_.lower() not in \
            ctx.give and verb.head.lemma_.lower() in ctx.give and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in verb.children):
        verb = verb.head  # "will provide excavators and dump trucks worth 500 million yen": "dump" read as a verb
    if verb is None or _paid(token) or _needed(token) or _aimed(verb) or _per_unit(token, verb):
        return None, None
    lemma = verb.lemma_.lower()
    needs = _lex()["particles"].get(lemma)
    needs = [needs] if isinstance(needs, str) else needs
    if needs and (noun is None or noun.lemma_.lower() == "offer") and not any(
            c.lower_ in needs for c in [*verb.children, *token.children]):
        return None, None  # "made available", not "made" ("made a pledge of", "made the largest offer, a loan of"),
        # nor a contract "offer" made to a player
    if _receiving(verb):
        ok = bool(_from_objects(verb, token, *([noun] if noun is not None else [])))
    else:
        ok = lemma in ctx.give or (noun is not None and lemma not in _lex()["blocked"]) or _donor_with(token, verb)
    # "Kenya's previous IMF programme ... provided about $3.6 billion": the subject says it is background too
    if not ok or _blocked(verb) or _standing(noun) or any(_standing(s) for s in _subject_tokens(verb)[0]):
        return None, None
    return verb, noun


_STANDING = frozenset({"existing", "previous", "earlier", "prior", "past", "former", "standing", "ongoing"})


def _standing(noun: Token | None) -> bool:
    """A commitment or programme made before ("would come from the UK's existing climate finance commitment
    of £11.6bn"): background, not a pledge of the event."""
    return noun is not None and any(c.dep_ == "amod" and c.lower_ in _STANDING for c in noun.children)


def _donor_with(token: Token, verb: Token) -> bool:
    """"Germany was the largest donor with 150 million euros": the subject of "be" gives the sum; so does the
    subject of "opened the pledging with ..."."""
    node = token
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head != node:
        node = node.head  # from the number up to its noun
    if node.dep_ != "pobj":
        return False
    prep = node.head
    holder = prep.head
    if prep.lower_ == "with" and holder == verb and verb.lemma_.lower() in _OPENING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("pledging", "pledge", "round", "replenishment")
            for c in verb.children):
        return True  # "X opened the pledging with 12 million euros over three years"
    return (verb.lemma_.lower() == "be" and prep.lower_ == "with" and holder.dep_ == "attr" and holder.head == verb
            and holder.lemma_.lower() in _lex()["donor_nouns"])


_OPENING = frozenset({"open", "start", "begin", "kick", "lead", "launch", "close", "end"})
"""Verbs of taking a turn in the pledging ("opened the pledging with €12 million")."""


_WELCOMING = frozenset({"welcome", "hail", "applaud", "salute", "commend", "praise", "acknowledge", "note"})
"""Verbs whose subject greets what others commit ("welcomed commitments of ... from partners"): no giver."""

_GROUPS = frozenset({"group", "coalition", "consortium", "number", "handful", "host", "club"})
"""Nouns of a set of givers ("a group of donors"): the givers are the ones after "of"."""


def _subject_tokens(verb: Token) -> tuple[list[Token], Token]:
    """Explicit subjects (or passive agents) of the clause, climbing to the governing verb if needed."""
    node = verb
    for _ in range(4):
        subjects = outside_dateline([c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")])
        agents = [p for c in node.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if subjects and node is not verb and verb.dep_ == "conj" and verb.head == node:
            stray = _stray_subject(verb, node)
            if stray is not None:
                return [stray], verb
            return subjects, node  # "South Africa, stretched by floods, pledged ...": a conjunct shares the subject
        if agents or subjects:
            if subjects and subjects[0].lower_ in ("which", "that", "who") and node.dep_ == "relcl":
                head = node.head  # "a group of donors who pledged about $92 million": the donors
                members = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj"), None)
                return [members if members is not None and head.lemma_.lower() in _GROUPS else head], node
            return (agents or [s for s in subjects if s.dep_ != "nsubjpass"] or subjects), node
        if node.dep_ not in ("xcomp", "advcl", "conj", "acl", "pcomp") or node.head == node:
            break
        node = node.head
    return [], node


def _stray_subject(verb: Token, head: Token) -> Token | None:
    """The subject of a conjoined verb that the parser hung on the first clause's object: "Norway pledged 600
    million crowns and Canada's minister, X, ..., committed C$120 million" ("minister" a conjunct of
    "crowns"). A role noun with a possessive or a proper noun, joined by "and" after the first verb's
    object, with nothing but its own phrase between it and the verb."""
    for obj in (c for c in head.children if c.dep_ in ("dobj", "attr")):
        for conj in (c for c in obj.children if c.dep_ == "conj" and c.i < verb.i):
            if not any(c.dep_ == "cc" for c in obj.children) or conj.pos_ not in ("NOUN", "PROPN"):
                continue
            own = any(c.dep_ == "poss" for c in conj.children) or conj.pos_ == "PROPN"
            if own and max(t.i for t in conj.subtree) + 2 >= verb.i:
                return conj
    return None


def _name_at(token: Token, names: dict[int, EntityRef]) -> EntityRef | None:
    found = names.get(token.i)
    # a currency code the recogniser tagged ("the government's own PHP 60 billion fund") names no one
    return found if found is not None and found.label in _NAME_LABELS and found.key not in currency_codes() else None


def _as_actor(found: EntityRef, ctx: _Context) -> str:
    """A country or organisation stands for itself, a capital for its government ("Washington"), a person
    for the state they speak for (also where the recogniser tagged a known person's name an organisation:
    "Ecuador's Martín Cordero Alvear committed 150 police")."""
    if found.label == "ORG" and " " not in found.key:  # "..., Nygaard said", the surname tagged a body
        same = [k for k in ctx.people if k.split()[-1] == found.key]
        found = EntityRef(same[0], "PERSON", found.start, found.end) if len(same) == 1 else found
    if found.label == "PERSON" or found.key in ctx.people:
        ctx.speaker = found.key
        person = ctx.people.get(found.key)
        return _state(person.affiliation) if person and person.affiliation else found.key
    return _state(found.key)


def _possessor(subject: Token, verb: Token, names: dict[int, EntityRef]) -> EntityRef | None:
    """The state or body a giving subject belongs to: "Pretoria's Department of ...", "German development bank
    KfW", or "its" where a speech verb above has the owner as subject ("South Africa ... said its Department of
    Water and Sanitation would contribute 450 million rand"): another outlet may name the owner as the giver
    of the same sum."""
    poss = next((c for c in subject.children if c.dep_ == "poss"), None)
    if poss is None:  # "German development bank KfW offered a loan": the state its demonym names
        demonym = next((t for t in subject.subtree if t.i < subject.i and t.dep_ in ("amod", "compound")
                        and t.text in lexicon()["demonyms"]), None)
        return None if demonym is None else EntityRef(lexicon()["demonyms"][demonym.text], "GPE", demonym.i,
                                                     demonym.i + 1)
    if poss.lower_ in ("its", "their"):
        speech = next((a for a in verb.ancestors if a.lemma_.lower() in _SPEECH), None)
        poss = next((c for c in speech.children if c.dep_ == "nsubj"), None) if speech is not None else None
    found = _name_at(poss, names) if poss is not None else None
    return found if found is not None and found.label in ("GPE", "ORG") else None


def _state(key: str) -> str:
    """A capital stands for its government ("Ottawa" -> Canada), a state's ministry for the state ("Federal
    Ministry of Defence of Germany" -> Germany); any other name for itself."""
    return lexicon()["capitals"].get(key) or state_of(key) or key


_ADDRESSING = frozenset({"tell", "inform", "brief", "assure", "remind"})
"""Speech verbs whose object is who is told ("X told reporters"), not what is given."""


def _own_clause(verb: Token) -> bool:
    """A clause with its own subject and object: it gives, it does not report ("..., and South Africa
    promised maize meal")."""
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and "dobj" in deps


def _speech_verbs(verb: Token, anchor: Token | None = None) -> Iterator[Token]:
    """Speech verbs reporting a clause: above it ("X said it would ..."), hung off it ("..., X said") or off
    the sum given ("pledged US$30 million, announced by Dr. X")."""
    if anchor is not None:  # a press release's list line: "- Korea: US$ 5 million ..., announced by X"
        yield from (c for c in anchor.children if c.dep_ == "acl" and c.lemma_.lower() in _SPEECH)
    for token in verb.subtree:
        # (or the list line's giver standing for its verb: "- Norway — NOK 300m for ..., announced by X")
        giver = token.head == verb != anchor and verb.pos_ == "PROPN"
        if token.dep_ == "acl" and token.i > verb.i and token.lemma_.lower() in _SPEECH and \
                verb in list(token.ancestors)[:4] and (_counted_noun(token.head) or giver or any(
                    c.dep_ == "appos" and _counted_noun(c) for c in token.head.children)):
            yield token  # the sum itself ("the largest offer, a $400 million loan, announced by X"), not "...,
            # a pledge first announced by Sunak in September"
    for node in [verb, *verb.ancestors]:
        if node is not verb and node.lemma_.lower() in _SPEECH:
            yield node
        for child in node.children:
            if child.dep_ in ("parataxis", "ccomp", "conj", "advcl") and child.lemma_.lower() in _SPEECH \
                    and child.i > verb.i and not any(c.dep_ == "mark" for c in child.children) and not (
                        _own_clause(child) and child.lemma_.lower() not in _ADDRESSING):
                yield child  # (not a clause of its own: "..., and neighbouring South Africa promised maize meal")


def _counted_noun(token: Token) -> bool:
    """A sum or a counted noun ("US$30 million", "200 million crowns"), not "a pledge"."""
    sums = ("MONEY", "QUANTITY", "CARDINAL")
    return token.ent_type_ in sums or token.like_num or any(c.like_num or c.ent_type_ in sums for c in token.children)


def _speaker(verb: Token, names: dict[int, EntityRef], ctx: _Context, anchor: Token | None = None) -> str:
    """Who is speaking when the donor is "it"/"we": the subject of the speech verb above (or, with
    ``anchor``, of one hung off the sum itself)."""
    actor = ""
    for anc in _speech_verbs(verb, anchor):
        reporter = reporting_subject(anc)
        for subject in [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")] + passive_agents(anc) + (
                [reporter] if reporter else []):
            inside = [n for t in subject.subtree if (n := _name_at(t, names))]
            # "Japanese State Minister for Foreign Affairs Haruto Kobayashi-Mori": the person, not the state
            found = _name_at(subject, names) or _appos_person(subject, names) or next(
                (n for n in inside if n.label == "PERSON"), None) or titled_person(subject, names) or next(
                iter(inside), None)  # ("by Vice-Minister of Finance for International Affairs X": X, not Finance)
            if found and not actor:
                actor = _as_actor(_titled_name(found, subject.doc), ctx)
            elif found and found.label == "PERSON" and not ctx.speaker:
                ctx.speaker = found.key  # "Japan said it would ship ..., ambassador X said": who announced it
            if ctx.speaker:
                return actor
    return actor


def _titled_name(found: EntityRef, doc: Doc) -> EntityRef:
    """A name the recogniser took for an organisation, followed by a person's title ("announced by Takeshi
    Onodera, State Minister for Foreign Affairs"): the person."""
    after = doc[found.end:found.end + 4]
    words = doc[found.start:found.end]
    if found.label == "PERSON" or found.key in known_countries() or not after or after[0].text != "," or not (
            2 <= len(words) <= 4 and all(t.is_title for t in words)) or not any(is_role(t) for t in after[1:]):
        return found
    return EntityRef(found.key, "PERSON", found.start, found.end)


def _appos_person(subject: Token, names: dict[int, EntityRef]) -> EntityRef | None:
    """"Britain's defence secretary, John Healey, said": the person named beside the title."""
    return next((names[c.i] for c in subject.children if c.dep_ == "appos" and c.i in names
                 and names[c.i].label == "PERSON"), None)


def _phrase(token: Token) -> str:
    """A noun with its left modifiers, no determiner: "International donors", "Twenty-five governments"."""
    mods = [t for w in token.lefts if w.dep_ in ("amod", "compound", "nummod", "nmod") for t in w.subtree]
    lo = max(min([t.i for t in mods] + [token.i]), dateline_end(token.sent))
    while any("\n" in t.text or "\n" in t.whitespace_ for t in token.doc[lo:token.i]):
        lo += 1  # not a header line the parser joined on ("February 2026\n\nDefence ministers")
    return token.doc[lo:token.i + 1].text


def _co_donors(subject: Token, verb: Token, names: dict[int, EntityRef], ctx: _Context, donor: str) -> list[str]:
    """Named conjuncts of the subject ("Spain and Britain sent ...") other than the donor itself."""
    out: list[str] = []
    for token in subject.subtree:
        if token.dep_ == "conj" and token.head.i in {subject.i} | {t.i for t in subject.subtree if t.dep_ == "conj"}:
            found = _name_at(token, names)
            if found and found.label != "PERSON":
                key = _as_actor(found, ctx)
                if key != donor and key not in out:
                    out.append(key)
    return out


def _surname(token: Token, ctx: _Context) -> EntityRef | None:
    """A bare surname the recogniser missed ("Sunak announced ..."): the one person of the topic with it."""
    if token.pos_ != "PROPN":
        return None
    keys = {k for k, e in ctx.topic.entities.entities.items() if e.label == "PERSON" and k.split()[-1] == token.text}
    keys |= {v for v in ctx.repairs.values() if v.split()[-1] == token.text}
    return EntityRef(keys.pop(), "PERSON", token.i, token.i + 1) if len(keys) == 1 else None


def _actor(subject: Token, verb: Token, names: dict[int, EntityRef], ctx: _Context) -> tuple[str, bool]:
    """The donor a subject token stands for, and whether it is a named entity."""
    found = _name_at(subject, names) or _surname(subject, ctx)
    if found:
        actor = _as_actor(found, ctx)
        if found.label == "PERSON" and actor == found.key:  # nobody says whom the person speaks for
            before = _previous_subject(subject.doc[found.start], ctx, titled=True)
            if before is not None:  # "India made the largest commitment. Foreign Secretary X announced ..."
                return _state(before.key), True
        return actor, True
    if subject.lower_ in _PRONOUNS:
        speaker = _speaker(verb, names, ctx)
        if speaker:
            return speaker, True
        before = _previous_subject(subject, ctx) if subject.lower_ in ("it", "they") else None
        if before is not None:  # "Iceland ... was represented by its ambassador. It pledged ..."
            return _state(before.key), True
        return ctx.last_donor.get(_article(subject, ctx), ""), False
    for child in subject.children:  # "his country", "its government"
        if child.dep_ == "poss" and child.lower_ in _PRONOUNS:
            speaker = _speaker(verb, names, ctx)
            if speaker:
                return speaker, True
            # "X presented his country's aid package": the state of the clause's subject
            person = next((found for s in _subject_tokens(verb)[0] if (found := _name_at(s, names)) is not None
                           and found.label == "PERSON"), None)
            if person is not None and (state := _as_actor(person, ctx)) != person.key:
                return state, True
    if subject.lemma_.lower() in _words("carriers") and not any(c.dep_ in ("poss", "conj") for c in subject.children):
        speaker = _speaker(verb, names, ctx)
        if speaker:  # "France said a navy ship had delivered 60 tonnes ...": the ship carries France's aid
            return speaker, True
    owner = next((names[c.i] for c in subject.children if c.dep_ == "poss" and c.i in names
                  and names[c.i].label in ("GPE", "ORG")), None) if is_role(subject) else None
    if owner is not None:  # "Canada's chargé d'affaires, Marie-Ève Tremblay, pledged ..." (whatever the name's tag)
        return _state(owner.key), True
    person = _appos_person(subject, names)
    if person is not None:  # "The US secretary of state, Antony Blinken, announced ..."
        return _as_actor(person, ctx), True
    body = next((names[c.i] for c in subject.children if c.dep_ == "appos" and c.i in names
                 and names[c.i].label in ("GPE", "ORG")), None)
    if body is not None:  # "The host, Spain, pledged €400 million"
        return _state(body.key), True
    body = _body_named_before(subject, names, ctx)
    if body is not None:  # "The ADB's director, X, said the bank would give a US$1 million grant"
        return _state(body.key), True
    relations = _words("relations")
    if subject.lemma_.lower() in _words("private_groups") and sum(
            t.dep_ in ("amod", "compound", "conj") and (t.ent_type_ in ("NORP", "GPE")) for t in subject.subtree) > 1:
        return _phrase(subject), False  # "Korean and Uzbek companies signed deals": business between two states
    if subject.pos_ == "NOUN" and any(c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() in _words(
            "donor_nouns") for c in subject.children):
        return _phrase(subject), False  # "Mekong nations and donors pledge $62 million": all of them, no one state
    for token in subject.subtree:  # "Leaders of the Group of Seven", "NATO allies", not "Ukraine's allies"
        if _aside(token, subject) or _conjunct(token, subject):  # also "the aid package for Greece": the one it
            continue  # is for, not the giver; "European allies and the United States": a co-donor, not them
        found = _name_at(token, names)
        if token.dep_ == "poss" and token.head.lemma_.lower() in relations:
            continue
        if found and token.dep_ in ("pobj", "compound", "poss", "amod") and found.label != "PERSON":
            return _state(found.key), True
    return _phrase(subject), False


def _list_lead(ref: SentenceRef, ctx: _Context) -> tuple[str, bool]:
    """The giver of a list line whose verb has no subject: the subject of the clause the list's opening line
    ends on with a colon ("the Chinese side will: 1. donate 10 ambulances; 2. dispatch a medical team ...")."""
    span = ref.span
    if not (list_marker(span, stopped=True) or numbered_line_start(span[0]) or line_start(span[0]) and
            span[0].is_digit):
        return "", False
    for index in range(ref.index - 1, max(ref.index - 10, -1), -1):
        lead = SentenceRef(ref.analysis, index).span
        words = [t for t in lead if not t.is_space]
        if len(words) <= 2 or list_marker(lead, stopped=True) or numbered_line_start(lead[0]):
            continue  # another item of the list, or its number cut off as a sentence ("2.")
        if words[-1].text != ":":
            return "", False
        verb = next((t for t in reversed(words) if t.pos_ in ("VERB", "AUX")), None)
        verb = verb.head if verb is not None and verb.dep_ == "aux" else verb
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        if subject is None:
            return "", False
        donor, is_name = _actor(subject, verb, entity_tokens(ctx.topic, SentenceRef(ref.analysis, index)), ctx)
        return (donor, True) if is_name else ("", False)
    return "", False


def _previous_subject(token: Token, ctx: _Context, titled: bool = False) -> EntityRef | None:
    """The state or organisation the sentence before opens with as its subject, which "it" at the start of
    this one takes up (or, ``titled``, a person opening it with only a title before the name)."""
    analysis = _analysis_of(token, ctx)
    index = analysis.sentence_at(token.i) if analysis is not None else None
    if analysis is None or not index:
        return None
    start = analysis.spans[index].start
    if token.i != start and not (titled and all(t.is_title for t in token.doc[start:token.i])):
        return None
    ref = SentenceRef(analysis, index - 1)
    if titled and ref.span.root.lemma_.lower() in _REPORTING:
        return None  # ('"...," said Esera Tinielu, the Ulu-o-Tokelau': who speaks a quote gives nothing)
    names = entity_tokens(ctx.topic, ref)
    subjects = [c for c in ref.span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    found = _name_at(subjects[0], names) if subjects else None
    return found if found is not None and found.label in ("GPE", "ORG") else None


def _aside(token: Token, subject: Token) -> bool:
    """The token sits in a part of the subject that does not name the giver: a place or occasion ("Donors at
    the meeting, co-hosted by the UN refugee agency"), a clause about it, or an apposition."""
    node = token
    while node != subject and node.head != node:
        if node.dep_ in ("acl", "relcl", "appos") or node.dep_ == "pobj" and node.head.lower_ not in ("of", "from"):
            return True
        node = node.head
    return False


def _conjunct(token: Token, subject: Token) -> bool:
    """The token is inside a conjunct of the subject ("the United States" of "allies and the United States")."""
    node = token
    while node != subject and node.head != node:
        if node.dep_ == "conj" and node.head == subject:
            return True
        node = node.head
    return False


def _body_named_before(subject: Token, names: dict[int, EntityRef], ctx: _Context) -> EntityRef | None:
    """The organisation "the bank" or "the fund" takes up: the nearest one named before it whose name has
    that word ("Asian Development Bank"), in its sentence or the two before. None for a phrase with more
    words than "the" ("a regional bank", "the bank's board"), or when none is named."""
    noun = subject.lemma_.lower()
    if noun not in _words("body_nouns") or [c for c in subject.children if c.dep_ != "det"] or not any(
            c.lower_ == "the" for c in subject.children):
        return None
    analysis = _analysis_of(subject, ctx)
    index = analysis.sentence_at(subject.i) if analysis is not None else None
    if index is None:
        return None
    for back in range(3):
        if index - back < 0:
            break
        found = names if back == 0 else entity_tokens(ctx.topic, SentenceRef(analysis, index - back))
        before = [f for i, f in sorted(found.items(), reverse=True) if back or i < subject.i]
        hit = next((f for f in before if f.label == "ORG" and noun in f.key.lower().split()), None)
        if hit is not None:
            return hit
    return None


def _analysis_of(token: Token, ctx: _Context) -> Analysis | None:
    """The topic's analysis whose Doc holds the token."""
    return next((a for a in ctx.topic.analyses if a.doc is token.doc), None)


def _article(token: Token, ctx: _Context) -> str:
    analysis = _analysis_of(token, ctx)
    return analysis.article.id if analysis is not None else ""


def _beneficiaries(token: Token, names: dict[int, EntityRef], depth: int = 0) -> list[str]:
    """Entities a beneficiary phrase names: "Ukraine", "Ukraine's defence", "reconstruction in Turkey"."""
    found = _name_at(token, names)
    if found:
        return [found.key] + [k for c in token.children if c.dep_ == "conj" for k in _beneficiaries(c, names, depth)]
    # "Ukraine's defence", "the Gaza reconstruction"; not a person's name on a thing ("the Surkhet-Jumla road")
    out = [n.key for c in token.children if c.dep_ in ("poss", "compound") and (n := _name_at(c, names))
           and not (n.label == "PERSON" and c.dep_ == "compound")]
    if not out and depth < 2:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "in", "of", "to"):
                out += [k for p in child.children if p.dep_ == "pobj" for k in _beneficiaries(p, names, depth + 1)]
            elif child.dep_ == "conj":
                out += _beneficiaries(child, names, depth)
    return out


def _to_for(root: Token, names: dict[int, EntityRef], others: set[int], depth: int,
            placing: bool = False) -> list[str]:
    """Names after "to"/"for" (and "in" for troops stationed somewhere) under ``root``, not under other sums."""
    preps = ("to", "for", "in", "into") if placing else ("to", "for")
    found: list[str] = []
    stack = [(root, 0)]
    while stack:
        node, level = stack.pop()
        for child in node.children:
            if child.i in others or child.dep_ in ("relcl", "ccomp", "advcl") and node is not root:
                continue
            if child.dep_ == "agent" or child.dep_ == "acl" and child.lemma_.lower() in _SPEECH or (
                    child.pos_ == "VERB" and child.lemma_.lower() in _REPORTING):
                continue  # "200 million crowns, announced by state secretary for development X": who speaks
            if child.lower_ == "for" and node.pos_ == "PROPN" and node.lemma_.lower() in _title_roles():
                continue  # "Secretary of State for International Development": a portfolio, not a recipient
            if child.dep_ in ("prep", "dative") and child.lower_ in preps and node.lower_ not in _NOT_RECIPIENT:
                if node.i in names and names[node.i] == names.get(child.i):
                    continue  # inside a name: "the Kuwait Fund for Arab Economic Development"
                found += [k for p in child.children if p.dep_ == "pobj" for k in _beneficiaries(p, names)]
            elif level < depth:
                stack.append((child, level + 1))
    return found


def _recipients(anchor: Token, verb: Token, names: dict[int, EntityRef], donor: str, others: set[int]) -> list[str]:
    """Who receives: "to/for Ukraine", "allow Ukraine to use", "supply Ukraine with", "to help Syria"."""
    lex = _lex()
    found: list[str] = []
    adjacent = _right_after(anchor, names)
    if adjacent:  # "15 billion yen to Senegal for a desalination plant": the words say it, whatever the parse
        return [k for k in adjacent if k != donor]
    if verb.lemma_.lower() in lex["receive"] and verb.head.lemma_.lower() in lex["permit"]:
        found += [k for c in verb.children if c.dep_ == "nsubj" for k in _beneficiaries(c, names)]
    found += _to_for(anchor, names, others, 3)
    if not found:
        placing = verb.lemma_.lower() in ("station", "deploy", "base", "position")
        found += _to_for(verb, names, others | {anchor.i}, 1, placing)
        found += [k for c in verb.children if c.dep_ in ("dative", "dobj") and c.i != anchor.i
                  and _name_at(c, names) for k in _beneficiaries(c, names)]
    if not found:
        for clause in verb.subtree:
            if clause.lemma_.lower() in lex["purpose"] and clause.pos_ == "VERB" and clause.i != verb.i:
                found += [k for c in clause.children if c.dep_ in ("dobj", "ccomp", "nsubj")
                          for k in _beneficiaries(c, names)]
    if not found:
        found += _to_for(verb, names, others | {anchor.i}, 4)
    return [k for k in dict.fromkeys(found) if k != donor]


def _right_after(anchor: Token, names: dict[int, EntityRef]) -> list[str]:
    """The state or body named by "to" right after a sum ("2.9 billion yen to Tanzania", "$5m to the
    WFP"), with the names joined to it by "and"."""
    doc = anchor.doc
    i = anchor.i + 1
    if i >= len(doc) or doc[i].lower_ != "to":
        return []
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    found = names.get(i) if i < len(doc) else None
    if found is None or found.label not in ("GPE", "ORG"):
        return []
    joined = [n.key for t in doc[found.end - 1].children if t.dep_ == "conj" and (n := names.get(t.i)) is not None
              and n.label in ("GPE", "ORG")]
    return [found.key, *joined]


def _status(verb: Token) -> str:
    """The nearest status word at or above the giving verb: pledged, promised, announced, agreed ..."""
    lex = _lex()
    node = verb
    for _ in range(5):
        lemma = node.lemma_.lower()
        if lemma in lex["status"]:
            return lex["status"][lemma]
        made = lemma == "make" and not any(c.lower_ == "available" for c in node.children)
        if made:  # "Japan made the biggest grant", "made a pledge of": what was made says it ("pledged")
            noun = next((c for c in node.children if c.dep_ == "dobj"), None)
            if noun is not None and noun.lemma_.lower() in lex["status"]:
                return lex["status"][noun.lemma_.lower()]
        if lemma in lex["delivery"] and not made:
            auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
            if auxes & MODALS:
                return "promised"
            past = node.tag_ in ("VBD", "VBN") and not auxes & {"to", "be"}
            if past or (node.tag_ == "VBG" and auxes & {"was", "were"}):
                return "delivered"
        if node.head == node:
            break
        node = node.head
    return ""


def _date(verb: Token, ref: SentenceRef) -> tuple[str, str]:
    """A DATE attached to the giving verb or a verb above it, resolved against publication."""
    chain = [verb, *verb.ancestors]
    for resolved, text in attached_dates(ref.span, chain, ref.analysis.article.published):
        if resolved:
            return resolved, text
    return "", ""


def _distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    for i, node in enumerate(up_a):
        if node in up_b:
            return i + up_b.index(node)
    return 99


def _instrument_matcher(ctx: _Context, span: Span) -> Matcher:
    if ctx.instruments is None:
        ctx.instruments = Matcher(span.doc.vocab)
        for name, sequences in _lex()["instruments"].items():
            ctx.instruments.add(name, [[{"LEMMA": w} if w != "-" else {"TEXT": "-"} for w in seq] for seq in sequences])
    return ctx.instruments


def _instrument(anchor: Token, span: Span, ctx: _Context, others: set[int]) -> str:
    """The instrument phrase nearest the anchor in the parse (within four steps), not another sum's."""
    matcher = _instrument_matcher(ctx, span)
    best: tuple[int, int, str] | None = None
    for match_id, start, end in matcher(span.doc):
        if start < span.start or end > span.end:
            continue
        phrase = span.doc[start:end]
        owner = next((t for t in [phrase.root, *phrase.root.ancestors] if t.i in others or t.i == anchor.i), None)
        if owner is not None and owner.i != anchor.i:
            continue
        if anchor.head.i != phrase.root.i and any(span.doc[o].head.i == phrase.root.i for o in others):
            continue  # "a $75 million loan for Cambodia, Australia pledged A$25 million": the other sum's loan
        distance = _distance(anchor, phrase.root)
        candidate = (distance, -len(phrase), span.doc.vocab.strings[match_id])
        if distance <= 4 and (best is None or candidate < best):
            best = candidate
    return best[2] if best else ""


def _purpose(anchor: Token, names: dict[int, EntityRef]) -> str:
    """What the money is for, when it is not a recipient: "reconstruction", "energy sector"."""
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and not _name_at(pobj, names):
                    return _phrase(pobj)
    return ""


def _thing_start(noun: Token) -> int:
    """Where a thing's phrase starts: "air defense" missiles, not "more than 5,000"."""
    skip = ("more", "additional", "new", "further", "extra", "other")
    words = [t for w in noun.lefts if w.dep_ in ("compound", "amod", "nmod") and w.lower_ not in skip
             for t in w.subtree if not (t.dep_ == "nummod" and t.i < w.i and t.whitespace_)]  # (the count, not
    # a measure: "40-metre patrol vessel")
    return min([w.i for w in words] + [noun.i])


def _thing_text(noun: Token) -> str:
    """A thing as written: "air defense missiles", "boots on the ground"."""
    doc = noun.doc
    end = noun.i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha and doc[end + 1].head.i == noun.i:
        end += 2  # a hyphenated word the tokenizer cut: "60 eco-pulpers"
    text = doc[_thing_start(noun):end].text
    for child in noun.rights:
        # (without a bracket after it: "sets of personal protective equipment (PPE)")
        end = next((t.i for t in child.subtree if t.text == "("), child.right_edge.i + 1)
        if child.dep_ == "prep" and child.lower_ in ("on", "in") and len(list(child.subtree)) <= 4 or (
                child.dep_ == "prep" and child.lower_ == "of" and _group_noun(noun) and end - child.i <= 5):
            text += " " + noun.doc[child.left_edge.i:end].text  # "boots on the ground", "a team of engineers",
            # "doses of MVA-BN" (as written, not "MVA - BN")
    return text


_GROUP_NOUNS = frozenset({"team", "contingent", "batch", "shipment", "consignment", "convoy", "unit", "brigade",
                          "group", "fleet", "squad", "detachment", "battalion", "company", "cargo", "load",
                          "tonne", "ton", "kilogram", "litre", "liter", "barrel", "course", "dose", "hectare", "bag",
                          "box", "carton", "crate", "pallet", "kit", "set", "lot", "quantity", "sheet", "roll",
                          "bundle", "pack", "packet", "sack", "bottle", "piece"})
"""Things named by their group or measure: what it is of is what is given ("a team of seismic engineers",
"500 tonnes of rice", "100,000 treatment courses of oseltamivir", "20,000 sheets of zinc roofing")."""


def _group_noun(noun: Token) -> bool:
    """One of :data:`_GROUP_NOUNS`, also where the lemmatiser slips ("doses" -> "dos")."""
    return noun.lemma_.lower() in _GROUP_NOUNS or noun.lower_.endswith("s") and noun.lower_[:-1] in _GROUP_NOUNS


def _fill(pledge: Pledge, anchor: Token, noun: Token | None, names: dict[int, EntityRef], ctx: _Context,
          others: frozenset[int] = frozenset()) -> None:
    """Donor, recipients, status, date and instrument of a pledge from its giving verb."""
    verb = pledge.verb
    donor, is_name = "", False
    ctx.speaker = ""
    thanked = _thanked(verb, anchor, names)
    if thanked is not None:  # "8. Thank the Republic of Korea for a contribution of KRW 13 billion"
        donor, is_name = _actor(thanked, verb, names, ctx)
    elif noun is not None:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
            (c for c in noun.children if c.dep_ in ("compound", "amod") and (found := _name_at(c, names)) is not None
             and found.label in ("GPE", "ORG") and found.key not in _lex()["money_kinds"]), None)  # "a UAE
        # contribution of AED 367.3 million", "Japanese ODA Loan of up to 38.6 billion yen" (a demonym names its
        # state; "an ODA loan" names none)
        if owner is not None and owner.lower_ in ("its", "their"):  # "Finland announced its package, ..."
            owner = next((s for s in _subject_tokens(verb)[0] if (found := _name_at(s, names)) is not None
                          and found.label in ("GPE", "ORG")), owner)
        if owner is None:  # "the announcement by the European Commission of EUR 500 million"
            owner = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for p in p.children
                          if p.dep_ == "pobj" and (found := _name_at(p, names)) is not None
                          and found.label in ("GPE", "ORG")), None)
        if owner is not None:
            donor, is_name = _actor(owner, verb, names, ctx)
            person = next((found for c in verb.children if c.dep_ == "nsubj" and (found := _name_at(c, names))
                           and found.label == "PERSON"), None)
            ctx.speaker = person.key if person is not None else ctx.speaker  # who announced "a UAE contribution"
    receiving, borrower = _receiving(verb), ""
    lender = _signed_with_lender(verb, names, pledge.money) if not receiving and not donor else None
    if lender is not None:  # "Malawi signed financing agreements with the World Bank": Malawi borrows
        receiving = True
        donor, is_name = _actor(lender, verb, names, ctx)
    elif receiving:
        givers = _from_objects(verb, anchor, *([noun] if noun is not None else []))
        if givers:
            donor, is_name = _actor(givers[0], verb, names, ctx)
    elif not donor:
        subjects, clause = _subject_tokens(verb)
        if _permitted(clause):
            subjects, clause = _subject_tokens(clause.head)
        subjects = [s for s in subjects if not _is_given(s, clause, verb)]
        span = pledge.ref.span  # a header line the parser joined to the sentence is no subject of it: its
        subjects = [s if span.start <= s.i < span.end else next(  # apposition inside the sentence may be
            (c for c in s.children if c.dep_ == "appos" and span.start <= c.i < span.end), None) for s in subjects]
        subjects = [s for s in subjects if s is not None]
        pledge.event_total = bool(subjects) and is_event_noun(subjects[0])
        source = _source(anchor, noun, names)
        subject = _name_at(subjects[0], names) if subjects else None
        welcomed = clause.lemma_.lower() in _WELCOMING  # the hosts "welcomed commitments of $61 million from
        givers = _from_objects(anchor, anchor.head, *([noun] if noun is not None else [])) if welcomed else []
        if welcomed and source is None:  # international partners": the hosts give none of it
            donor, is_name = (_phrase(givers[0]), False) if givers else ("", False)
        elif source is not None and (subject is None and not (subjects and subjects[0].lower_ in _PRONOUNS and
                                                             _actor(subjects[0], clause, names, ctx)[1])
                                     or subject is not None and subject.label == "PERSON" or welcomed):
            # (not "Madagascar said it would send two seismologists from the Institute ...": "it" is Madagascar)
            # "a US$120 million credit line from EDB ..., presented by Ms X": the body it comes from gives it
            donor, is_name = _actor(source, verb, names, ctx)
            owner = next((found for c in source.children if c.dep_ == "poss" and (found := _name_at(c, names))
                          is not None and found.label in ("GPE", "ORG")), None)
            pledge.owner = _state(owner.key) if owner is not None else ""  # "from ADB's Disaster Response Fund"
            ctx.speaker = subject.key if subject is not None else ctx.speaker
        elif subjects:
            donor, is_name = _actor(subjects[0], clause, names, ctx)
            pledge.co_donors = _co_donors(subjects[0], clause, names, ctx, donor)
            borrower = _borrower(clause, donor, pledge, is_name)
            if borrower:  # "The Asian Development Bank and the Government of Sri Lanka signed a financing
                donor = next(d for d in (donor, *pledge.co_donors) if d != borrower)  # package": the bank lends
                pledge.co_donors = []
            chain = {subjects[0].i} | {t.i for t in subjects[0].subtree if t.dep_ == "conj"}
            # (or the list's last: "A, B and UN agencies")
            several = next((c for c in subjects[0].subtree if c.dep_ == "conj" and c.head.i in chain and
                            c.pos_ == "NOUN" and _several(c.text)), None)
            # "Angola's government and its partners pledged around $150 million": what they gave together, the
            # event's total
            if several is not None and pledge.money is not None and (
                    _name_at(subjects[0], names) is not None or _collective(subjects[0].text)):
                lo = max(subjects[0].left_edge.i, pledge.ref.span.start)
                donor, is_name, pledge.co_donors = " ".join(subjects[0].doc[lo:several.i + 1].text.split()), False, []
            owner = _possessor(subjects[0], clause, names)
            pledge.owner = _state(owner.key) if owner is not None and _state(owner.key) != donor else pledge.owner
            titled = None if ctx.speaker else titled_person(subjects[0], names)
            if titled is not None and titled.label == "PERSON":  # "Canada's ambassador to Senegal, X, announced"
                ctx.speaker = titled.key
        else:
            donor, is_name = _list_lead(pledge.ref, ctx)
            pledge.pledge_list = pledge.pledge_list or is_name
    if not is_name and pledge.money is not None and pledge.money.text.split()[-1] in donor.split():
        donor = ""  # "The government's own PHP 60 billion reconstruction fund will finance ...": the sum's holder
    pledge.donor, pledge.donor_is_name = donor, is_name
    # "the International Conference on the Recovery ... mobilised $1.2bn": an event named as the giver
    pledge.event_total = pledge.event_total or bool(set(donor.lower().split()) & _EVENT_NAMES)
    if not ctx.speaker:
        _speaker(verb, names, ctx)  # records a person who announced it, whatever the donor
    pledge.speaker = ctx.speaker
    others = set(others) - {anchor.i}
    if receiving:
        found = [k for s in _subject_tokens(verb)[0] for k in _beneficiaries(s, names)]
    else:
        found = _recipients(anchor, verb, names, donor, others)
    bodies = frozenset(n.key for n in names.values() if n.label != "PERSON")
    pledge.recipients, pledge.private = _as_recipients(found, ctx, bodies)
    if borrower:
        pledge.recipients = [borrower, *[r for r in pledge.recipients if r != borrower]]
    pledge.recipients = [r for r in pledge.recipients if r != pledge.speaker]  # the envoy is no recipient
    if thanked is not None:  # nor the thanked giver's name the recogniser cut before its short form
        phrase = {n.key for t in _thanked_phrase(verb).subtree if (n := _name_at(t, names)) is not None}
        pledge.recipients = [r for r in pledge.recipients if r not in phrase]
    pledge.private = pledge.private or _hiring(verb)
    # "Britain and Ukraine had agreed on a loan ... to support Ukraine": a recipient is no co-donor
    pledge.co_donors = [d for d in pledge.co_donors if d not in pledge.recipients]
    pledge.status = _status(verb)
    if verb.lemma_.lower() == "make" and noun is not None:  # "made an offer", "made a pledge of"
        pledge.status = _lex()["status"].get(noun.head.lemma_.lower() if noun.dep_ == "appos" else noun.lemma_.lower(),
                                             pledge.status)
    pledge.date, pledge.date_text = _date(verb, pledge.ref)
    pledge.instrument = _instrument(anchor, pledge.ref.span, ctx, others)
    pledge.purpose = _purpose(anchor, names)


def _own_money_of(amount: Amount | None) -> set[str]:
    """The states whose own currency a sum is in, which a loan between states in it comes from; none for dollars
    (sums of every kind are written in them, and Ecuador pays in them)."""
    if amount is None or amount.currency == "USD":
        return set()
    return set(lexicon()["money"]["users"].get(amount.currency, ()))


def _borrower(clause: Token, donor: str, pledge: Pledge, is_name: bool) -> str:
    """The state among the signers of a sum it borrows: of a state and one body signing together ("The
    Government of Sri Lanka and the Japan International Cooperation Agency today signed a loan agreement of JPY
    48.6 billion"), the state; the body lends. Of two states, the one whose currency the sum is not in ("Sri
    Lanka and Japan sign JPY 48.6 billion loan agreement"), dollars apart."""
    if not is_name or pledge.money is None or len(pledge.co_donors) != 1 or \
            clause.lemma_.lower() not in _words("concluding"):
        return ""
    parties = [donor, *pledge.co_donors]
    states = [d for d in parties if d in known_countries()]
    if len(states) == 1:
        return states[0]
    lending = [d for d in states if d in _own_money_of(pledge.money)]
    return next(d for d in states if d not in lending) if len(states) == 2 and len(lending) == 1 else ""


def _thanked_phrase(verb: Token) -> Token | None:
    """The object of "thank" at or above the verb ("Thank the Republic of Korea for ..."), or None."""
    thanks = next((a for a in (verb, *verb.ancestors) if a.lemma_.lower() == "thank"), None)
    return next((c for c in thanks.children if c.dep_ == "dobj"), None) if thanks is not None else None


def _thanked(verb: Token, anchor: Token, names: dict[int, EntityRef]) -> Token | None:
    """Who is thanked for what is given ("Thank the Federal Republic of Germany for the donation of 20
    stations", "thanked Japan for its grant of $5 million"): the giver, not the thanking hosts."""
    thanked = _thanked_phrase(verb)
    if thanked is None:
        return None
    thanks, found = thanked.head, _name_at(thanked, names)
    if found is None or found.label not in ("GPE", "ORG") or not any(
            c.dep_ == "prep" and c.lower_ == "for" and anchor in c.subtree for c in thanks.children):
        return None
    # the short form in brackets after a name the recogniser cut ("the Development Bank of Latin America and
    # the Caribbean (CAF)"): the one name of the whole
    end = max(t.i for t in thanked.subtree if t.dep_ in ("conj", "pobj", "compound") or t == thanked)
    doc = thanked.doc
    short = _name_at(doc[end + 2], names) if end + 3 < len(doc) and doc[end + 1].text == "(" else None
    return doc[end + 2] if short is not None and short.key.isupper() and doc[short.end].text == ")" else thanked


def _is_given(subject: Token, clause: Token, verb: Token) -> bool:
    """The passive subject of the giving verb itself is what is given or who gets it ("the aid package for
    Greece was announced", "the Mysore was deployed"), not a giver; that of a verb above may be one
    ("Germany is expected to send ..."). So is a commitment that "was" the sum ("The largest deal was a
    loan")."""
    if subject.dep_ == "nsubj" and clause == verb and verb.lemma_ == "be" and (
            subject.lemma_.lower() in _GIVE_NOUNS or subject.lemma_.lower() == "deal"):
        return True  # "The largest deal was a loan of up to 38.6 billion yen": the deal is what is given
    return subject.dep_ == "nsubjpass" and clause == verb


def _hiring(verb: Token) -> bool:
    """The sum is spent on hiring people ("committed $240 million to sign pitchers"): pay, not a pledge."""
    hiring = _words("hiring")  # a purpose ("to sign"), not another clause ("while the EIB signed a loan")
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in hiring and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _as_recipients(keys: list[str], ctx: _Context, bodies: frozenset[str] = frozenset()) -> tuple[list[str], bool]:
    """Recipients as actors: a person stands for the state they speak for; a person with none is private.
    ``bodies``: names the sentence shows are no person's ("Gavi, the Vaccine Alliance")."""
    out: list[str] = []
    private = False
    for key in keys:
        entity = ctx.topic.entities.get(key)
        tagged = entity is not None and entity.label == "PERSON"
        person = key not in bodies and (key in ctx.repairs.values() or tagged)
        if not person or key in known_countries() or any(len(w) >= 3 and w.isupper() and w not in currency_codes()
                                                           for w in key.split()):
            out.append(key)  # "Mozambique and Malawi": a country tagged PERSON; "UXO Lao": no person's name
            continue
        person = ctx.people.get(key)
        if person and person.affiliation:
            out.append(person.affiliation)
        elif " " in key or person or any(k.endswith(" " + key) for k in ctx.topic.entities.entities):
            private = True
        # (else one word tagged as a person that names no one the topic knows: "to support Cenpac", a body
        # the recogniser does not know; neither a recipient to write down nor a private person)
    return list(dict.fromkeys(out)), private


def _credible(pledge: Pledge, ctx: _Context) -> bool:
    """Enough to write down: not a payment to a private person; a sum needs a recipient, or a donor that
    is a state, an organisation or a description of them ("International donors"); things need a named
    donor, and a recipient unless a state or organisation gives things of the kind aid is sent in or
    pledges them ("He tried to provide first aid for her" is not a pledge)."""
    if pledge.private or pledge.event_total or _cumulative(pledge.verb) or _earlier_clause(
            pledge.verb, pledge.ref, ctx):
        return False
    if pledge.money is not None:
        if pledge.recipients:
            return True
        return (pledge.donor_is_name and not _private_donor(pledge, ctx)) or _collective(pledge.donor)
    if not pledge.donor_is_name:
        return False
    if pledge.recipients:
        return True
    if _private_donor(pledge, ctx):
        return False
    return pledge.aid_kind or pledge.pledge_list or pledge.status in ("pledged", "promised", "offered")


def _cumulative(verb: Token) -> bool:
    """"has provided more than $12 billion since 1966", "has so far approved just over $250m", "... to
    date": a running total, not a commitment."""
    for c in verb.children:
        grand = {g.lower_ for g in c.children}
        if c.dep_ == "prep" and (c.lower_ == "since" or c.lower_ == "to" and "date" in grand):
            return True
        if c.dep_ == "advcl" and "since" in grand and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children):
            return True  # "has given more than €1bn since the war began" (not "pledged €5m since it is needed")
        if c.lower_ == "far" and "so" in grand:
            return True
    # "has provided more than EUR 600 million for ... areas of Iraq liberated from ISIS since 2014": the parser may
    # hang "since" on a participle of the object; no clause with a subject of its own may come between
    if not any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children):
        return False
    for since in verb.subtree:
        if since.lower_ != "since" or since.dep_ != "prep" or not any(
                c.dep_ == "pobj" and (c.ent_type_ == "DATE" or c.like_num) for c in since.children):
            continue
        head = since.head
        while head.i != verb.i and head.head.i != head.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            head = head.head
        if head.i == verb.i:
            return True
    return False


def _private_donor(pledge: Pledge, ctx: _Context) -> bool:
    """The donor is a person who speaks for no state or organisation (a person who does is read as it)."""
    if pledge.donor in known_countries():
        return False  # "Denmark said it would give ...": a country the recogniser voted PERSON
    donor = ctx.topic.entities.get(pledge.donor)
    return pledge.donor in ctx.repairs.values() or (donor is not None and donor.label == "PERSON")


def _collective(donor: str) -> bool:
    """A description of states or institutions ("International donors", "Twenty-five governments")."""
    words = donor.lower().split()
    if not words:
        return False
    last = words[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last.rstrip("s")  # "countries", "donors"
    return singular in _lex()["donor_nouns"]


def _description(donor: str) -> bool:
    """A donor named only by words of the kind of giver ("Member States", "Development Partners")."""
    words = [w[:-3] + "y" if w.endswith("ies") else w.rstrip("s") for w in donor.lower().split()]
    return bool(words) and all(w in _lex()["donor_nouns"] or w in _DESCRIBING for w in words)


_DESCRIBING = frozenset({"international", "development", "other", "private", "philanthropic", "public"})
"""Words that describe givers in a donor named by its kind ("Private sector", "International donors")."""


def _several(donor: str) -> bool:
    """A description of several givers ("Donors", "Development partners", "the international community",
    "the private sector"),
    not of one ("the bank", "the fund"), nor of leaders, who decide together ("Leaders of the Group of
    Seven agreed to provide a $50 billion loan": one joint commitment)."""
    last = donor.lower().split()[-1] if donor.split() else ""
    return (_collective(donor) and (last.endswith("s") or last in ("community", "sector")) and last != "leaders"
            and donor not in known_countries())


def _in_money(token: Token, mentions: list[MoneyMention]) -> bool:
    return any(m.span.start <= token.i < m.span.end for m in mentions)


def _money_pledges(ref: SentenceRef, mentions: list[MoneyMention], names: dict[int, EntityRef],
                   ctx: _Context) -> list[Pledge]:
    out: list[Pledge] = []
    anchors = [m for m in mentions if m.converts < 0]
    roots = frozenset(m.root.i for m in anchors)
    # "gave Kenya $3 million, Uganda $2 million": names before the sums are who receives, when the first
    # comes right after the verb (not "will provide four systems, the United Kingdom £350 million")
    first = _named_before(anchors[0].span, names) if anchors else None
    receivers = first is not None and first.start > 0 and ref.span.doc[first.start - 1].pos_ == "VERB"
    for mention in anchors:
        owner = next((o for o in out if _component_of(mention, o)), None)
        if owner is not None:
            owner.components.append(mention.amount)
            continue
        verb, noun = _giving_verb(mention.root, ctx, ref.span)
        listed = _listed_donor(ref.span, names, mention.span.start, ctx.topic.entities.table)
        if listed is not None and verb is not None and verb.i < listed.start:
            verb, noun = None, None  # the verb of an earlier line of the list ("- UK: ..., delivered by ...")
        # a list line's donor stands, whatever its verb: "- Kuwait Fund: KD30m loan, presented by X"
        listed = listed if verb is None or verb.lemma_.lower() in _SPEECH and verb.i > mention.span.start else None
        bracketed = _bracketed_donor(mention.span, names) if len(anchors) > 1 else None
        if verb is None and bracketed is not None and _pledge_words(ref.span):
            listed = bracketed  # "Other pledges included Qatar (US$40 million), Sweden (US$38 million) ..."
        first = _sum_first_giver(mention, names) if verb is None and listed is None else None
        listed = first or listed  # "- €15 million from the Netherlands for cold chains"
        if verb is None and (listed is None or mention.span.start < listed.end and first is None):
            continue
        if verb is None and (_paid(mention.root) or _needed(mention.root)):
            continue  # a list line's other sum: "... The IFRC's head said an appeal of 6 million francs would follow"
        phrase = mention.root.head if mention.root.dep_ in ("compound", "nummod", "nmod") else None  # "a €12m swap"
        if any(c.dep_ in ("relcl", "acl") and earlier_time(c, _story_year(ref, ctx))
               for t in (mention.root, noun, phrase) if t is not None for c in t.children):
            continue  # "builds on the package of DKK 14.6 billion that Copenhagen agreed in January 2025"
        if listed is not None and listed.key in _alias_keys(ctx):  # "- EU: €120m" read off the words
            listed = EntityRef(*_alias_keys(ctx)[listed.key], listed.start, listed.end)
        pledge = Pledge(ref, verb or ref.span.root, money=mention.amount,
                        conversions=[m.amount for m in mentions if m.converts == mention.root.i])
        _fill(pledge, mention.root, noun, names, ctx, roots)
        if listed is not None and not pledge.speaker:
            pledge.speaker = _speaker(pledge.verb, names, ctx, mention.root) and ctx.speaker or _line_speaker(
                ref.span, mention.span.start, names)
        own = listed or bracketed or (None if receivers else _own_donor(mention.span, names, _alias_keys(ctx))) \
            or _listed_from(mention, names)
        if own is not None and own.key != pledge.donor:
            _set_donor(pledge, _as_actor(own, ctx))
            pledge.speaker = own.key if own.label == "PERSON" else pledge.speaker  # "..., and X's ambassador Y $Zm"
        if listed is not None and not pledge.owner:  # "- KSrelief (Kingdom of Saudi Arabia): USD 3 million":
            pledge.owner = _bracketed_state(ref.span.doc, listed.end, names)  # another outlet names the state
        if listed is not None:  # "(g) the Swiss Confederation and the Kingdom of Norway: contributions of ..."
            colon = next((t.i for t in ref.span.doc[listed.end:mention.span.start] if t.text == ":"), None)
            mates = _line_donors(ref.span.doc, listed.start, colon, names) if colon is not None else []
            if len(mates) > 1 and all(m.key in known_countries() for m in mates):
                pledge.co_donors = [d for m in mates if (d := _as_actor(m, ctx)) != pledge.donor]
        if bracketed is not None:
            pledge.recipients = []  # the verb's objects are the list's other donors ("included Qatar (...), ...")
            pledge.recap = True
        # a currency word several countries share is the donor's, a recipient's, or the article's country's
        local, named = [pledge.donor, *pledge.recipients], _article_names(ref, ctx)
        pledge.money = _local_currency(pledge.money, local, named)
        pledge.conversions = [_local_currency(c, local, named) or c for c in pledge.conversions]
        if pledge.money is not None and not pledge.money.currency and k_sign(pledge.money):
            continue  # "K10 million" where nothing says whose kwacha or kina: no sum to write down
        if pledge.donor.lower() in _GOVERNMENTS and not _STATE_GOVERNMENT.search(ref.span.text):
            state = _paying_state(pledge.money, ref, ctx)
            if state:  # "The government will contribute Tk 6,000 crore": Bangladesh, whose taka they are
                _set_donor(pledge, state)
                pledge.money = _local_currency(pledge.money, [state])  # its "Rs. 2 billion" are its own rupees
        out.append(pledge)
    givers = {p.donor for p in out if p.donor_is_name}
    for pledge in out:  # "The UAE pledged $20 million, Japan $12 million": a giver here receives none of it
        pledge.recipients = [r for r in pledge.recipients if r not in givers]
    return out


_LIST_DASHES = frozenset({"–", "—"})


def _listed_donor(span: Span, names: dict[int, EntityRef], at: int, aliases: dict[str, str]) -> EntityRef | None:
    """A press release's donor list, one line each: "- Japan: JPY 18 billion grant aid;", "World Bank (IDA):
    US$ 450 million": the state or organisation before the colon (a bracketed short form may follow it) on
    the line of the sum at token ``at`` (the sentencizer often keeps a whole list as one sentence)."""
    doc = span.doc
    line = next((i for i in range(at, span.start, -1) if line_start(doc[i])), span.start)
    if not any(not t.is_space for t in doc[:line]):
        return None  # the headline ("Egypt: EIB signs €250 million to bring safe water ..."), no list line
    tokens = [t for t in doc[line:at] if not t.is_space]
    item = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text in (";", ",", "and")), None)
    if item is not None and any(t.text == ":" for t in tokens[:item]) and any(t.text == ":" for t in tokens[item:]):
        # "- Sweden: SEK 50 million; Denmark: DKK 30 million", "- Germany: EUR 6 million and Austria: EUR 2
        # million": the line's next item, when a name opens it (not "- Japan: US$12 million; relief items: ...")
        found = _item_donor(span, names, at, aliases, tokens[item + 1:], 0)
        if found is not None:
            return found
    return _item_donor(span, names, at, aliases, tokens, list_marker(tokens, stopped=True))


def _item_donor(span: Span, names: dict[int, EntityRef], at: int, aliases: dict[str, str], tokens: list[Token],
                start: int) -> EntityRef | None:
    """The donor named at ``tokens[start]``, before the colon or dash of a list item that ends at token ``at``."""
    doc = span.doc
    if start >= len(tokens):
        return None
    if tokens[start].lower_ == "the" and start + 1 < len(tokens) and _name_at(tokens[start], names) is None and \
            _name_at(tokens[start + 1], names) is not None:
        start += 1  # "(d) the European Union, EUR 25 million": the name the recogniser tagged without "the"
    found = _name_at(tokens[start], names)
    # the words up to the colon, where the recogniser tagged less ("- Kingdom of Norway: NOK 100,000,000" in two
    # names, "- Kuwait Fund: KD30m" as "Kuwait")
    marked = start > 0 or numbered_line_start(tokens[0])  # a bullet or a number opens the line
    colon = any(t.text.endswith(":") for t in tokens)  # "- CAF - Development Bank of ...: US$ 350 million"
    formal = _untagged_name(tokens[start:], aliases, dashes=marked and not colon)
    if formal is not None and any(names[i].label == "PERSON" for i in range(formal.start, formal.end) if i in names):
        formal = None  # "Denmark's Mads Kjærgaard: DKK 2.3 billion will go to ..."
    several = _line_donors(doc, formal.start, formal.end, names) if formal is not None else []
    # "(g) the Swiss Confederation and the Kingdom of Norway: ...": the first gives here, with the others (states
    # only: not "Red Cross and Red Crescent Societies")
    if len(several) > 1 and all(n.key in known_countries() for n in several):
        found = formal = EntityRef(several[0].key, several[0].label, formal.start, formal.end)
    if formal is not None and (formal.key in known_countries() or found is None or found.end < formal.end
                               or found.end > at  # "United Kingdom - GBP" tagged as one place
                               or found.start < tokens[start].i):  # the bullet run into the name
        found = formal
    if found is None or found.label == "PERSON" or found.start != tokens[start].i:
        return None
    rest = [t for t in tokens if t.i >= found.end]
    if [t.lower_ for t in rest[:2]] == [",", "through"]:  # "- Japan, through JICA: emergency relief goods",
        # "(b) the Federal Republic of Germany, through KfW Development Bank, EUR 40 million grant"
        commas = [k for k, t in enumerate(rest) if t.text == "," and k > 0]
        rest = rest[next((k for k, t in enumerate(rest) if t.text == ":"), commas[-1] if commas else len(rest)):]
    if rest[:1] and rest[0].text == "(":
        close = next((k for k, t in enumerate(rest) if t.text.startswith(")")), None)
        if close is not None and rest[close].text == "):":  # the tokenizer keeps "):" whole
            return found
        rest = rest[close + 1:] if close is not None else []
    # "Finland – a 31st package worth €150 million;": a dash, on a line of its own (not a sentence's aside)
    last = span.doc[found.end - 1]  # the recogniser may take the dash into the name ("European Commission -")
    sep = last if _spaced_hyphen(last) else rest[0] if rest else None
    dashed = sep is not None and (sep.text in _LIST_DASHES and (marked or "\n" in span.text.strip() or _whole_line(
        span)) or _spaced_hyphen(sep) and marked and not colon)  # not a dateline's "HANOI - ..."
    # "(d) the European Union, EUR 25 million for ...;": a marked line's name, a comma, then its sum
    commaed = marked and [t.text for t in rest] == [","]
    return found if rest[:1] and rest[0].text == ":" or dashed or commaed else None


def _line_donors(doc: Doc, start: int, end: int, names: dict[int, EntityRef]) -> list[EntityRef]:
    """States and bodies named in ``doc[start:end]`` and joined by "and" or a comma ("the Swiss Confederation
    and the Kingdom of Norway"); a name the recogniser cut in two without one ("Kingdom of" + "Netherlands")
    is its last part. [] if other words stand between them."""
    found: list[EntityRef] = []
    joined = False
    k = start
    while k < end:
        name = names.get(k)
        if name is not None and name.label in ("GPE", "ORG"):
            if found and not joined:
                found[-1] = name
            elif not found or name != found[-1]:
                found.append(name)
            joined = False
            k = max(k + 1, name.end)
            continue
        word = doc[k]
        if word.lower_ in ("and", ","):
            joined = True
        elif not (word.lower_ in ("the", "of") or word.is_title):
            return []
        k += 1
    return found


def _sum_first_giver(mention: MoneyMention, names: dict[int, EntityRef]) -> EntityRef | None:
    """A list line that opens with its sum and names its giver after it: "- €15 million from the Netherlands
    for cold chains", "- €80 million loan from the AFD", "- €120 million in EU grants for renewable energy"
    (a bullet, then the sum)."""
    doc = mention.span.doc
    k = preceding_qualifier(mention.span)[1]
    if k == 0 or doc[k - 1].text not in BULLETS or not line_start(doc[k - 1]):
        return None
    after = [t for t in doc[mention.span.end:mention.span.end + 7] if not t.is_space]
    if after and after[0].lemma_.lower() in _GIVE_NOUNS:
        after = after[1:]  # "- €210 million loan from the European Investment Bank"
    words = [t.lower_ for t in after]
    at = 2 if words[:2] == ["from", "the"] else 1 if words[:1] == ["from"] else None
    if at is None and words[:1] == ["in"]:  # "in EU grants", "in German loans": the name before a commitment noun
        at = next((j for j in range(1, min(4, len(after) - 1)) if after[j + 1].lemma_.lower() in _GIVE_NOUNS), None)
    found = _name_at(after[at], names) if at is not None and at < len(after) else None
    return found if found is not None and found.label in ("GPE", "ORG") else None


def _listed_from(mention: MoneyMention, names: dict[int, EntityRef]) -> EntityRef | None:
    """A later sum of a list that names its own giver after it: "financed by a $150 million CAF loan, 1.2 billion
    reais from Brazil's BNDES, and $280 million from the state utility UTE" (not the list's first sum, whose
    "from" may name the fund it is drawn from: "released $2 million from the CERF")."""
    doc = mention.span.doc
    k = preceding_qualifier(mention.span)[1]
    if k < 2 or not (doc[k - 1].text == "," or doc[k - 1].lower_ == "and" and doc[k - 2].text == ","):
        return None
    for prep in (c for c in mention.root.children if c.dep_ == "prep" and c.lower_ == "from"):
        found = next((names[p.i] for p in prep.children if p.dep_ == "pobj" and p.i in names), None)
        if found is not None and found.label in ("GPE", "ORG"):
            return found
    return None


def _spaced_hyphen(token: Token) -> bool:
    """A hyphen written as a dash, spaced on both sides ("4. France - EUR 150 million")."""
    return token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _whole_line(span: Span) -> bool:
    """The sentence is a line of its own ("Lithuania – €35 million for ammunition;" in a list)."""
    doc = span.doc
    starts = line_start(span[0]) or numbered_line_start(span[0])
    return starts and (span.end == len(doc) or line_start(doc[span.end]) or doc[span.end].is_space)


def _bracketed_state(doc: Doc, end: int, names: dict[int, EntityRef]) -> str:
    """The state named in brackets right after a list line's donor ("KSrelief (Kingdom of Saudi Arabia):"),
    whose body it is; "" if none."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return ""
    close = next((t.i for t in doc[end + 1:end + 8] if t.text.startswith(")")), None)
    if close is None:
        return ""
    found = _name_at(doc[end + 1], names)  # (the recogniser may leave the formal name untagged)
    inside = found.key if found is not None and found.end == close else doc[end + 1:close].text
    state = _state(inside)
    return state if state in known_countries() else ""


def _untagged_name(tokens: list[Token], aliases: dict[str, str], dashes: bool = False) -> EntityRef | None:
    """Capitalised words up to a bracket or colon (or, ``dashes``, a dash: "4. Spain - EUR 40 million") that
    the recogniser left untagged in a list line ("- Norway: NOK 150 million", "- World Bank (IDA): ...")."""
    words: list[Token] = []
    for token in tokens[:12]:
        if token.text in ("(", ":") or dashes and (token.text in _LIST_DASHES or _spaced_hyphen(token)):
            break
        # (a capital first is enough: "WaterBridge International", "KfW"; a dash inside a name before a colon:
        # "- CAF - Development Bank of Latin America: ...")
        if not (token.text[:1].isupper() or token.lower_ in ("of", "for", "and", "the", "de", "'s", "’s") or
                token.text in ("-", "–") and not dashes and words):
            return None  # ("- People's Republic of China: US$3 million")
        words.append(token)
    if not words or len(words) == len(tokens[:12]) or not words[-1].text[:1].isupper():
        return None
    named = words[1:] if words[0].lower_ == "the" and len(words) > 1 else words  # "- The International Federation"
    if len(named) > 2 and named[1].text in ("-", "–") and named[0].is_upper:
        named = named[:1]  # "CAF - Development Bank of Latin America and the Caribbean": the short form names it
    key = "".join(t.text_with_ws for t in named).strip()
    key = state_of(key, aliases) or key  # "Kingdom of Spain", "Republic of Chile", "Republic of China" (Taiwan)
    return EntityRef(key, "GPE" if key in known_countries() else "ORG", words[0].i, words[-1].i + 1)


def _bracketed_donor(span: Span, names: dict[int, EntityRef]) -> EntityRef | None:
    """The state or organisation whose sum follows it in brackets: "announced by Saudi Arabia (US$250
    million), Kuwait (US$150 million) and ...". Not a person's, and not a conversion of another sum."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return None
    found = _name_at(doc[span.start - 2], names) or _untagged_state(doc[span.start - 2])
    return found if found is not None and found.label != "PERSON" and found.end == span.start - 1 else None


def _pledge_words(span: Span) -> bool:
    """The sentence speaks of giving: a commitment noun or a giving verb ("Other pledges included ...")."""
    give = _words("give")
    return any(t.lemma_.lower() in _GIVE_NOUNS or t.lemma_.lower() in give or t.lemma_.lower() == "donor"
               for t in span)


def _untagged_state(token: Token) -> EntityRef | None:
    """A country's one-word name the recogniser left untagged ("the Netherlands")."""
    return EntityRef(token.text, "GPE", token.i, token.i + 1) if token.text in known_countries() else None


def _aliased(token: Token, aliases: dict[str, tuple[str, str]]) -> EntityRef | None:
    """A one-word form of the topic's states and bodies, untagged here ("UK")."""
    key, label = aliases.get(token.text, ("", ""))
    return EntityRef(key, label, token.i, token.i + 1) if key else None


def _named_before(span: Span, names: dict[int, EntityRef]) -> EntityRef | None:
    """A state or organisation right before a sum ("gave Kenya $3m")."""
    found = _name_at(span.doc[span.start - 1], names) if span.start else None
    return found if found is not None and found.label in ("GPE", "ORG") else None


def _alias_keys(ctx: _Context) -> dict[str, tuple[str, str]]:
    """Every surface form of the topic's states and bodies, and the alias table's forms of states and of the
    topic's bodies -> (canonical key, label), built once per topic."""
    memo = ctx.topic.memo
    if "alias_keys" not in memo:
        index = ctx.topic.entities
        keys = {surface: (name, "GPE" if name in known_countries() else "ORG") for surface, name in index.table.items()
                if name in known_countries() or (index.get(name) is not None and index.get(name).label == "ORG")}
        keys.update({alias: (e.key, e.label) for e in index.entities.values() if e.label in ("GPE", "ORG")
                     for alias in [e.key, *e.aliases]})
        memo["alias_keys"] = keys
    return memo["alias_keys"]


def _described_body(token: Token, names: dict[int, EntityRef]) -> EntityRef | None:
    """An untagged name after its description, opening an item of a gapped list (", Saudi Arabia's aid
    agency KSrelief $20 million"): lower-case words before it, after a state's or body's possessive, after
    a comma or "and"."""
    doc, k = token.doc, token.i - 1
    while k >= 0 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    if k == token.i - 1 or k < 1 or doc[k].text not in ("'s", "’s"):
        return None
    owner = _name_at(doc[k - 1], names)
    if owner is None or owner.label not in ("GPE", "ORG"):
        return None
    before = owner.start - 1 - (owner.start > 1 and doc[owner.start - 1].lower_ == "the")
    return EntityRef(token.text, "ORG", token.i, token.i + 1) if before >= 0 and doc[before].text in (",", "and") \
        else None


def _past_package(doc: Doc, start: int) -> int:
    """Where "a package worth" or "an aid package of" begins, right before a sum at ``start`` (else ``start``)."""
    if start < 3 or doc[start - 1].lower_ not in ("worth", "of") or doc[start - 2].lemma_.lower() not in _GIVE_NOUNS:
        return start
    k = start - 3
    while k > 0 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"):
        k -= 1  # "a new aid package"
    return k if doc[k].lower_ in ("a", "an") else start


def _own_donor(span: Span, names: dict[int, EntityRef], aliases: dict[str, tuple[str, str]]) -> EntityRef | None:
    """A state or organisation written right before its own sum in a list whose verb is gapped ("Britain
    committed £150m, Germany 200 million euros and Norway 400 million crowns"; "the World Bank $700m"):
    the name hangs from the sum or the sum from the name, and it is not the clause's subject; or the words
    alone say so: ", Japan $12 million", "and host Switzerland 30 million Swiss francs", ", the UK £160
    million" (tagged as one name with its sum; ``aliases``, :func:`_alias_keys`, names it). Not asked for a
    list of recipients ("gave Kenya $3m, Uganda $2m")."""
    start = preceding_qualifier(span)[1]  # "Australia up to Aus$100 million": the name stands before it
    start = _past_package(span.doc, start)  # "Sweden a package worth SEK 4.5 billion"
    if start > 1 and span.doc[start - 1].lower_ in ("a", "an") and span.doc[start - 1].dep_ == "det":
        start -= 1  # "and the OPEC Fund a $25 million loan"
    if start > 1 and span.doc[start - 1].text in ('"', "“"):
        start -= 1  # 'and the United States "more than $4 million"': a sum quoted as the donor put it
    if start == 0:
        return None
    before = span.doc[start - 1]
    if before.text == "," and start >= 3:  # "the following contributions: Sweden, SEK 100 million; Denmark, DKK 40
        owner = _name_at(span.doc[start - 2], names)  # million": a list item's name, a comma and its sum
        if owner is None or owner.label not in ("GPE", "ORG"):  # ("the Centre: Sweden" tagged as one facility)
            owner = _untagged_state(span.doc[start - 2])
        if owner is not None and owner.label in ("GPE", "ORG") and owner.end == start - 1 and owner.start > 0 \
                and span.doc[owner.start - 1].text in (";", ":"):
            return owner
    if before.text == "," and (described := _described_before(span.doc, start - 2, names)) is not None:
        return described  # "and Switzerland, a partner in Bhutan's glacier research since the 1990s, CHF 8 million"
    if before.text in ("'s", "’s") and start >= 3 and span.doc[start - 3].lower_ in (",", "and"):
        owner = _name_at(span.doc[start - 2], names)  # "CHF 25 million and Australia's A$50 million"
        if owner is not None and owner.label in ("GPE", "ORG"):
            return owner
    if before.text == ")":  # "the King Salman ... Centre (KSrelief) $20 million": the short form names it
        before = span.doc[start - 2] if start >= 3 and span.doc[start - 3].text == "(" else before
        if before.pos_ == "PROPN" and _name_at(before, names) is None:
            return EntityRef(before.text, "ORG", before.i, before.i + 1)
    found = _name_at(before, names)
    if found is not None and found.end > start:  # "Japan 4.5 billion yen" tagged as one ORG
        words = [t.text for t in span.doc[found.start:start] if t.lower_ != "the"]
        name = " ".join(words)  # "the United Kingdom £1.75 billion", "Denmark DKK 2.9 billion" as one name
        key, label = (name, "GPE") if name in known_countries() else aliases.get(name, ("", ""))
        found = EntityRef(key, label, found.start, start) if key else None
    if found is None and before.is_lower and before.lemma_ in _words("body_nouns") and start >= 2:
        owner = _name_at(span.doc[start - 2], names)  # ", and the Niarchos foundation €25 million"
        if owner is not None and owner.label in ("GPE", "ORG") and owner.end == start - 1:
            k = owner.start - 1
            k -= k > 0 and span.doc[k].lower_ == "the"
            if k >= 0 and span.doc[k].lower_ in (",", "and"):
                return _full_body(owner, before, aliases)
    if found is None and (before.pos_ == "PROPN" or before.text.isupper() and len(before.text) > 1):
        # "the Netherlands" untagged; ", the UK £160 million": "UK" untagged here, a name elsewhere; a short
        # form the tagger took for a noun ("and France's development agency AFD €100 million")
        found = _untagged_state(before) or _aliased(before, aliases) or _described_body(before, names)
    if found is not None and found.label == "PERSON":
        return found if _gapped_person(span.doc, found, start, names) else None
    if found is None or found.start > 0 and (prev := span.doc[found.start - 1]).pos_ == "VERB" and \
            prev.lemma_.lower() in _words("give") and prev.whitespace_:
        return None  # ("Thailand will lend Laos 2.4 billion baht": whom the verb gives to)
    tokens = span.doc[found.start:found.end]
    root = tokens.root
    attached = start <= root.head.i < span.end or span.root.head.i in range(found.start, found.end)
    # "Türkiye pledged $50m and Australia up to Aus$100m": a conjunct right before its own sum
    attached = attached or (root.dep_ == "conj" and found.end == start)
    # "Japan pledged 520 billion yen, the United Kingdom £1.75 billion": name and sum hung side by side
    attached = attached or (found.end == start and root.head == span.root.head and root.dep_ == "appos")
    if found.end == start and found.label != "PERSON":
        k = found.start - 1
        k -= k >= 0 and span.doc[k].pos_ == "NOUN" and span.doc[k].is_lower  # "and host Switzerland"
        while k >= 0 and root in span.doc[k].ancestors and span.doc[k].lower_ not in (",", "and"):
            k -= 1  # "and the Vienna-based OPEC Fund ...": the name's own modifiers
        k -= k >= 0 and span.doc[k].lower_ == "the"
        if k >= 0 and span.doc[k].lower_ == "of":  # ", the Kingdom of the Netherlands EUR 20 million": a
            j = k  # state's formal name the recogniser cut before its country
            while j > span.sent.start and span.doc[j - 1].lower_ not in (",", "and", ";", ":"):
                j -= 1
            if j > span.sent.start and state_of(span.doc[j:found.end].text) == found.key:
                k = j - 1
        # (the parser may make the name the subject of the sum itself: "..., Ghana GH¢600 million")
        if k >= 0 and span.doc[k].lower_ in (",", "and") and (root.dep_ not in ("nsubj", "nsubjpass") or (
                span.start <= root.head.i < span.end)):
            return found
    if not attached or root.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "dative"):
        return None
    return found


def _described_before(doc: Doc, end: int, names: dict[int, EntityRef]) -> EntityRef | None:
    """The state or body whose apposition ends at ``end``, opening an item of a gapped list (", and X, a
    partner in ..., CHF 8 million"): the name, a comma, the apposition, after a comma or "and"."""
    node = doc[end]
    for _ in range(6):
        if node.dep_ == "appos" or node.head == node:
            break
        node = node.head
    # (the parser may hang the sum on the apposition: "and Italy, IFAD's host country, EUR 85 million")
    if node.dep_ != "appos" or max(t.i for t in node.subtree if t.i <= end) != end or any(
            t.pos_ in ("VERB", "AUX") for t in node.subtree):
        return None
    found = _name_at(node.head, names)
    first = min(t.i for t in node.subtree)
    if found is None or found.label not in ("GPE", "ORG") or found.end != first - 1 or doc[found.end].text != ",":
        return None
    k = found.start - 1
    k -= k >= 0 and doc[k].lower_ == "the"
    return found if k >= 0 and doc[k].lower_ in (",", "and") else None


def _full_body(owner: EntityRef, kind: Token, aliases: dict[str, tuple[str, str]]) -> EntityRef:
    """"the Niarchos foundation": the one body of the topic whose name holds the name and ends in the kind
    ("Stavros Niarchos Foundation"), else the name as written."""
    ending = kind.lemma_.lower()
    bodies = {key for key, label in aliases.values() if label == "ORG" and owner.key in key.split()
              and key.split()[-1].lower() == ending}
    return EntityRef(bodies.pop(), "ORG", owner.start, owner.end) if len(bodies) == 1 else owner


def _gapped_person(doc: Doc, found: EntityRef, start: int, names: dict[int, EntityRef]) -> bool:
    """", and Switzerland's ambassador Daniel Brügger CHF 20 million": a titled person right before the sum,
    opening the list's next item (who gives for the state they speak for)."""
    if found.end != start or doc[found.start].dep_ in ("nsubj", "nsubjpass"):
        return False
    k = found.start - 1
    while k >= 0 and found.start - k <= 6 and (k in names or doc[k].is_title or doc[k].text in ("'s", "’s") or
                                              doc[k].is_lower and doc[k].pos_ == "NOUN"):
        k -= 1  # "Switzerland's ambassador", "EU envoy"
    return k >= 0 and k < found.start - 1 and doc[k].lower_ in (",", "and")


_GOVERNMENTS = frozenset({"government", "state", "treasury", "national government", "central government",
                          "federal government", "union government", "royal government"})
"""A government no word names, as the parser's subject phrase gives it ("The Government will ...")."""
_STATE_GOVERNMENT = re.compile(r"\bstate governments?\b", re.IGNORECASE)
"""A state of a federation's government ("the State government would provide ₹4,000"), not the nation's."""


def _paying_state(amount: Amount | None, ref: SentenceRef, ctx: _Context) -> str:
    """The state whose own money a government no word names spends: of the states that use the sum's
    currency (``[money.users]``), or that write its currency word ("rupees", ``[money.shared]``), the one the
    topic's articles name most often, at least twice ("" when none or a tie)."""
    if amount is None:
        return ""
    said = set(re.findall(r"[a-z]+", amount.text.lower()))
    table = lexicon()["money"]
    if said & {"cfa", "fcfa"}:  # either CFA franc: the West African states' or the central African ones'
        users = {*table["users"]["XOF"], *table["users"]["XAF"]}
    else:
        users = {c for t in table["shared"].values() if said & set(t["words"]) for c in t} - {"words", "default"}
        users |= set(table["users"].get(amount.currency, []))
    counts = Counter({state: _times_named(state, ctx.topic) for state in users})
    ranked = counts.most_common(2) + [("", 0)] * 2
    return ranked[0][0] if ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1] else ""


def _times_named(state: str, topic: TopicData) -> int:
    """How often the topic's articles write the state's name, a name the alias table gives it or its demonym
    ("Bangladesh", "Bangladeshi"; not "Guinea" inside "Guinea-Bissau"), counted once per topic."""
    memo = topic.memo.setdefault("times_named", {})
    if state not in memo:
        forms = {state} | {a for a, c in topic.entities.table.items() if c == state} | {
            d for d, c in lexicon()["demonyms"].items() if c == state}
        pattern = re.compile("|".join(rf"(?<![\w-]){re.escape(f)}(?![\w-])" for f in sorted(forms)))
        memo[state] = sum(len(pattern.findall(a.doc.text)) for a in topic.analyses)
    return memo[state]


def _set_donor(pledge: Pledge, donor: str) -> None:
    pledge.donor, pledge.donor_is_name, pledge.co_donors = donor, True, []
    pledge.recipients = [r for r in pledge.recipients if r != donor]


def _local_currency(amount: Amount | None, names: list[str], named: list[str] = ()) -> Amount | None:
    """"400 million crowns" from Norway is Norwegian crowns, "100 million dinars" from Kuwait Kuwaiti dinars:
    a currency word several countries share (``[money.shared]``) is that of the first of ``names`` (donor,
    recipients) that uses it, else of the one country of its table the article names (``named``). The ADB's
    "US$ 200 million (Rs. 60 billion)" in a story about Sri Lanka is in Sri Lankan rupees, converted for
    local readers. A word read with a currency of its own ("Rs" as India's) keeps it when none of the names
    says otherwise."""
    if amount is None:
        return amount
    said = set(re.findall(r"[a-z]+", amount.text.lower())) - {"k"}  # (not "$5k")
    said |= {"k"} if k_sign(amount) else set()  # the sign: "K250 million"
    if said & {"cfa", "fcfa"}:  # the franc of the central African states where the sum is theirs or for them
        central = any(n in lexicon()["money"]["users"]["XAF"] for n in [*names, *named])  # (XOF: West Africa's)
        return replace(amount, currency="XAF") if central and amount.currency == "XOF" else amount
    if said & demonyms_lower():
        return amount  # "2 billion Malawian kwacha", "Egyptian pounds": the sum says whose
    for table in lexicon()["money"]["shared"].values():
        if not said & set(table["words"]):
            continue
        here = [n for n in named if n in table]
        # also a state's own body ("the Kuwait Fund for Arab Economic Development 15 million dinars")
        code = next((table[c] for n in names for c in table if c not in ("words", "default") and (
            n == c or _states_body(c, n))), None) or (table[here[0]] if len(here) == 1 else None)
        code = code or amount.currency or table.get("default")
        if code:
            return replace(amount, currency=code)
    return amount


def _article_names(ref: SentenceRef, ctx: _Context) -> list[str]:
    """The countries a currency table knows that the sentence's article names: whose rupees an article about
    Sri Lanka means (one per table decides)."""
    memo = ctx.topic.memo.setdefault("currency_countries", {})
    key = id(ref.analysis)
    if key not in memo:
        countries = {n for t in lexicon()["money"]["shared"].values() for n in t if n not in ("words", "default")}
        memo[key] = sorted({ctx.topic.entities.key_of(m) for m, _ in ref.analysis.mentions} & countries)
    return memo[key]


def _component_of(mention: MoneyMention, pledge: Pledge) -> bool:
    """"$1.3 billion in new aid, including $520 million for energy", "EUR 40 million, of which EUR 15 million in
    grants": the second is part of the first."""
    doc, start = mention.span.doc, mention.span.start
    if pledge.money is not None and pledge.ref.span.start <= start - 2 and [t.lower_ for t in doc[start - 2:start]] \
            == ["of", "which"]:
        return True
    including = next((a for a in mention.root.ancestors if a.dep_ == "prep" and a.lower_ == "including"), None)
    return including is not None and pledge.money is not None and pledge.verb in including.ancestors


_CALIBRES = frozenset({"mm", "millimetre", "millimeter", "cm", "calibre", "caliber"})
_MEASURES = _CALIBRES | {"mw", "megawatt", "megawatts", "gw", "gigawatt", "gigawatts", "kw", "kilowatt", "kilowatts",
                         "km", "kilometre", "kilometres", "kilometer", "kilometers"}
"""Units a number measures a thing in ("a 140-megawatt unit", "155 mm shells"): no count. (Not land: "10,000
hectares of farmland" is given.)"""


def _counted(span: Span, mentions: list[MoneyMention],
             kinds: frozenset[str] = frozenset()) -> Iterator[tuple[Amount, Token]]:
    """Numbers counting a thing ("5,000 air defense missiles"), not people, time spans or steps; a word of
    those counts when a thing of ``kinds`` qualifies it ("100,000 rounds of artillery ammunition")."""
    skip = _words("not_things")
    for token in span:
        if token.dep_ != "nummod" or _in_money(token, mentions) or token.ent_type_ in ("DATE", "TIME", "PERCENT"):
            continue
        noun = token.head
        if token.i > noun.i:
            continue  # a number after its noun labels it ("Section 7", "round three"), it does not count it
        while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i == noun.i + 1:
            noun = noun.head  # "400 solar-powered vaccine refrigerators": the parser counts "vaccine"
        after = token.doc[token.i + 1:token.i + 3]
        unit = after[1] if len(after) == 2 and after[0].text == "-" else after[0] if len(after) else None
        if unit is not None and unit.lower_.lstrip("-") in _MEASURES:
            continue  # "155 mm shells", "120-mm mortars", "a new 140 MW unit": a measure, not a count
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
            continue
        if noun.lemma_.lower() in skip and not _of_kind(noun, kinds) and not _handed_over(noun):
            continue
        amount = count_of(token)
        if amount is not None and amount.value > 0:
            yield amount, noun


def _handed_over(noun: Token) -> bool:
    """A described thing that a word of ``not_things`` names, as what a verb hands over: "would provide 150
    prefabricated homes" (not "provide 20,000 people with food", nor "destroyed 4,800 homes")."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in _lex()["physical"] and any(
        c.dep_ in ("amod", "compound") for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _of_kind(noun: Token, kinds: frozenset[str]) -> bool:
    """A modifier or "of" object of the noun is a thing of ``kinds`` ("artillery rounds", "rounds of ammunition")."""
    words = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    words += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(w.lemma_.lower() in kinds for w in words)


def _attach(noun: Token, pledges: list[Pledge]) -> Pledge | None:
    """The pledge whose giving verb governs this thing ("use £1.6bn ... to purchase 5,000 missiles").

    The climb stops at a clause with its own subject ("while Turkey said it had sent three aircraft").
    """
    node, _ = _first_verb(noun)
    seen: set[int] = set()
    while node is not None and node.i not in seen:  # a verb hanging off a noun above leads back to itself
        seen.add(node.i)
        owner = next((p for p in pledges if p.verb.i == node.i), None)
        if owner is not None:
            return owner
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) or node.head == node:
            return None
        if node.dep_ == "conj":
            return None  # a second action of the same subject ("flew its commandos ... and rescued the ship")
        node, _ = _first_verb(node)
    return None


_GIVEN_PREPS = frozenset({"with", "of", "including", "like", "as"})


_SHARES = frozenset({"third", "half", "quarter", "fifth", "share", "fraction", "portion", "percent", "%", "majority",
                     "bulk", "proportion"})


def _given_position(noun: Token, owner: Pledge | None) -> bool:
    """A thing is given when it is what the clause hands over ("sent 56 rescuers", "supply Ukraine with
    missiles", "a team of 60 specialists"), not its subject, place or means ("on helicopters");
    "for" is allowed after a sum ("£1.6bn for 5,000 missiles")."""
    preps = _GIVEN_PREPS | ({"for"} if owner is not None and owner.money is not None else set())
    node = noun
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ in ("nsubj", "csubj", "expl"):
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _SHARES:
            return False  # "providing a third of Europe's military aid": a share of all the aid, no gift
        if node.dep_ == "pobj" and node.head.lower_ not in preps:
            return False
        node = node.head
    return True


def _bought_with(noun: Token, span: Span, mentions: list[MoneyMention],
                 pledges: list[Pledge]) -> tuple[Pledge | None, bool]:
    """The pledge of the sum a thing is bought with or measured by, read along the words: "A$12 million for
    essential medicines, medical supplies and biomedical equipment", "a €25 million grant for reforestation and
    the rebuilding of two health centres" (what the sum pays for, up to a verb, a semicolon or ", and"); or
    "emergency relief items (blankets, tents and gas heaters) worth JPY 30 million" (what the sum is worth: True).
    The parse hangs such things anywhere ("supplies" on "million", "rebuilding" on "grant"), and they were read as
    gifts of their own beside the sum."""
    doc, sums = noun.doc, [m for m in mentions if m.converts < 0]

    def pledge_of(mention: MoneyMention) -> Pledge | None:
        return next((p for p in pledges if p.money is not None and p.money == mention.amount), None)

    def stop(t: Token) -> bool:  # a verb, a semicolon, ", and", "plus", "as well as", "along/together with"
        before = doc[t.i - 1].text if t.i > 0 else ""
        after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        return t.pos_ in ("VERB", "AUX") or t.text in (";", ":", "•") or t.lower_ in ("plus", "including") or \
            (t.lower_, before) == ("and", ",") or (t.lower_, after) == ("as", "well") or \
            t.lower_ in ("along", "together") and after == "with"
    start, end = span.start, span.end
    for k in range(noun.i - 1, start - 1, -1):  # back to "for", then to the sum it follows
        t = doc[k]
        if any(m.span.start <= k < m.span.end for m in sums) or stop(t):
            break
        if t.lower_ != "for":
            continue
        for j in range(k - 1, max(start, k - 9) - 1, -1):
            sum_ = next((m for m in sums if m.span.end - 1 == j), None)
            if sum_ is not None:
                return pledge_of(sum_), False
            if stop(doc[j]) or doc[j].like_num:
                break
        break
    for k in range(noun.i + 1, min(end, noun.i + 16)):  # on to "worth" or "valued at", and the sum right after
        t = doc[k]
        if stop(t) and t.lower_ != "valued" or any(m.span.start <= k < m.span.end for m in sums):
            break
        if t.lower_ in ("worth", "valued"):
            sum_ = next((m for m in sums if k < m.span.start <= k + 3), None)
            return (pledge_of(sum_), True) if sum_ is not None else (None, False)
    return None, False


def _thing_pledges(ref: SentenceRef, mentions: list[MoneyMention], pledges: list[Pledge],
                   names: dict[int, EntityRef], ctx: _Context) -> list[Pledge]:
    """Counted and uncounted things given, attached to a money pledge or pledged on their own."""
    new: list[Pledge] = []
    covered: set[int] = set()
    for amount, noun in _counted(ref.span, mentions, ctx.also):
        covered.update(range(_thing_start(noun), noun.i + 1))
        owner = _attach(noun, pledges + new)
        if not _given_position(noun, owner) or _paid(noun):
            continue
        bought = _bought_with(noun, ref.span, mentions, pledges + new)[0]
        if bought is not None:  # "€25 million grant for reforestation and the rebuilding of two health centres"
            owner = bought
        elif owner is not None and owner.money is not None and _beside_sum(noun, mentions):
            owner = _thing_copy(owner)  # "$25 million and 5,000 family tents": a second commitment
            new.append(owner)
        elif owner is not None and owner.money is not None and noun.dep_ == "dobj" and noun.head.i == owner.verb.i:
            own = Pledge(ref, owner.verb)  # "Poland offered 30 instructors, the Netherlands 15 million euros":
            _fill(own, noun, None, names, ctx)  # the verb's own object is its subject's, not the gapped sum's
            if own.donor_is_name and own.donor != owner.donor:
                owner = own
                new.append(owner)
        if owner is None:
            verb, commit = _giving_verb(noun, ctx)
            if verb is None:  # "- Government of Mexico: 350 tonnes of food"
                owner = _listed_gift(noun, ref, names, ctx, pledges, new)
                if owner is None:
                    continue
            elif verb.lemma_.lower() in _lex()["receive"] and not _permitted(verb):
                continue  # "using two ladder trucks": what one uses is not given
            else:
                owner = Pledge(ref, verb)
                _fill(owner, noun, commit, names, ctx)
                new.append(owner)
        owner = _gapped_giver(owner, noun, names, ctx, new)
        owner.quantities.append((amount, noun.lemma_.lower(), _thing_text(noun)))
        owner.aid_kind = owner.aid_kind or _aid_kind(noun, ctx)
    for noun in ref.span:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.also or noun.i in covered:
            continue
        if any(c.dep_ == "nummod" for c in noun.children):
            continue
        _add_thing(noun, ref, mentions, pledges, new, names, ctx)
    return new


def _gapped_giver(owner: Pledge, noun: Token, names: dict[int, EntityRef], ctx: _Context, new: list[Pledge]) -> Pledge:
    """A counted thing right after a name, as a second object of the verb: the next item of a list whose
    verb is gapped, given by that name ("Japan will supply 1.5 million doses ... and the European Union
    250,000 doses"), as :func:`_own_donor` reads for sums."""
    if noun.dep_ != "dobj" or sum(c.dep_ == "dobj" for c in noun.head.children) < 2:
        return owner
    number = min([t.i for c in noun.children if c.dep_ == "nummod" for t in c.subtree] + [noun.i])
    own = _own_donor(noun.doc[number:noun.i + 1], names, _alias_keys(ctx))
    if own is None or own.label == "PERSON" or (giver := _as_actor(own, ctx)) == owner.donor:
        return owner
    if owner.money is not None or owner.quantities or owner.things:
        owner = _thing_copy(owner)
        new.append(owner)
    _set_donor(owner, giver)
    return owner


def _beside_sum(noun: Token, mentions: list[MoneyMention]) -> bool:
    """The thing is coordinated with a sum ("$25 million and 5,000 family tents", "50 million yuan along
    with 2 million doses"), not what the sum buys ("£1.6bn ... to purchase 5,000 missiles")."""
    roots = {m.root.i for m in mentions if m.converts < 0}
    head = noun.head
    # the parser may hang both numbers on the thing: "$25 million and 5,000 family tents" as tents' nummods
    glued = any(m.root.head.i == noun.i and any(c.dep_ == "cc" for c in m.root.children)
                for m in mentions if m.converts < 0)
    # "donate 2 million doses ..., along with 50 million yuan": the sum "(along/together) with" on the thing's verb
    alongside = noun.dep_ == "dobj" and any(_with_verb(m.root) == noun.head for m in mentions if m.converts < 0)
    return glued or alongside or noun.dep_ == "conj" and head.i in roots or any(
        m.root.dep_ == "conj" and m.root.head.i == noun.i for m in mentions if m.converts < 0) or (
        head.dep_ == "prep" and head.lower_ in ("with", "alongside") and head.head.i in roots)


def _with_verb(root: Token) -> Token | None:
    """The word a sum "with", "alongside", "along with" or "together with" hangs on."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("with", "alongside"):
        return None
    return prep.head.head if prep.head.lower_ in ("along", "together") else prep.head


def _thing_copy(owner: Pledge) -> Pledge:
    """A pledge of things made in the same breath as a sum: the same giver, verb and recipients, no money."""
    return replace(owner, money=None, conversions=[], components=[], quantities=[], things=[], instrument="",
                   purpose="", recipients=list(owner.recipients), co_donors=list(owner.co_donors))


def _aid_kind(noun: Token, ctx: _Context) -> bool:
    """"five tents", "four mobile hospital cubes": the thing or a word modifying it is of the ``also`` kinds."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in ctx.also for w in words)


def _commitment_above(noun: Token) -> Token | None:
    return next((a for a in noun.ancestors if a.pos_ == "NOUN" and a.lemma_.lower() in _GIVE_NOUNS), None)


def _add_thing(noun: Token, ref: SentenceRef, mentions: list[MoneyMention], pledges: list[Pledge],
               new: list[Pledge], names: dict[int, EntityRef], ctx: _Context) -> None:
    while noun.dep_ in ("compound", "amod", "npadvmod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "portable counter-drone jammers": the jammers are given, "drone" says which
    verb, commit = _first_verb(noun)
    commit = commit or _commitment_above(noun)
    if commit is not None:  # "reaffirmed Britain's commitment to ... with boots": the commitment's verb
        verb = _first_verb(commit)[0] or verb
    owner = next((p for p in pledges + new if verb is not None and p.verb.i == verb.i), None)
    if owner is None:
        owner = _attach(noun, pledges + new)
    if not _given_position(noun, owner):
        return
    if owner is None and verb is not None:
        lemma = verb.lemma_.lower()
        if (lemma in _lex()["physical"] or commit is not None) and not _blocked(verb):
            owner = Pledge(ref, verb)
            _fill(owner, noun, commit, names, ctx)
            if not owner.donor_is_name:
                return  # "Several allies ... new military aid": too vague to record
            new.append(owner)
    bought, worth = _bought_with(noun, ref.span, mentions, pledges + new)
    if bought is not None:  # "A$12 million for essential medicines, medical supplies ...": the sum's purpose says
        # them; "relief items (blankets, tents ...) worth JPY 30 million": the sum's own gift (not "aid" or "its
        # 29th package, worth 2.1 billion kroner": the commitment itself)
        if worth and noun.lemma_.lower() not in _GIVE_NOUNS | {"aid", "assistance", "support"}:
            bought.things.append((noun.lemma_.lower(), _thing_text(noun)))
        return
    inside = {t.i for t in noun.subtree}
    valued = next((p for m in mentions if m.converts < 0 and m.root.i in inside and m.root.i != noun.i
                   for p in pledges + new if p.money is not None and p.money == m.amount), None)
    if owner is None and valued is not None:  # "- Republic of India: antiretroviral medicines valued at USD 3
        valued.things.append((noun.lemma_.lower(), _thing_text(noun)))  # million": the sum's own gift
        return
    if owner is None and verb is None:  # "- Republic of Cuba: a medical brigade of 80 doctors"
        owner = _listed_gift(noun, ref, names, ctx, pledges, new)
    purpose = noun.dep_ == "pobj" and noun.head.lower_ == "for"  # "2.9 billion yen to Tanzania for water supply
    if owner is not None and owner.money is not None and _beside_sum(noun, mentions) and not purpose:  # and ..."
        owner = _thing_copy(owner)  # "announced $5 million and medical supplies"
        new.append(owner)
    if owner is not None and owner.money is None:
        text = _thing_text(noun)
        if text.lower() not in owner.instrument:
            owner.things.append((noun.lemma_.lower(), text))
            owner.aid_kind = True


def _listed_gift(noun: Token, ref: SentenceRef, names: dict[int, EntityRef], ctx: _Context,
                 pledges: list[Pledge], new: list[Pledge]) -> Pledge | None:
    """Things on a list line after its giver and a colon, with no verb ("- Government of Mexico: naval vessel
    ... with 350 metric tonnes of food"): the giver's gift in kind, one record per line (the one already
    read off the line, or a new one added to ``new``); None if the line names no giver."""
    listed = _listed_donor(ref.span, names, noun.i, ctx.topic.entities.table)
    if listed is None or listed.label == "PERSON" or not (
            listed.key in known_countries() or ctx.topic.entities.get(listed.key) is not None):
        return None  # a state or a name the recogniser found, not any capitalised word ("Overnight: 140 drones")
    line = ref.span.doc[listed.start]  # the line's giver stands for its verb
    if any(p.verb.i == line.i and p.money is not None for p in pledges) and any(
            a.lower_ == "for" and a.dep_ == "prep" for a in noun.ancestors):
        return None  # what the line's sum is for: "- Switzerland: CHF 6 million for drinking water supply"
    made = next((p for p in pledges + new if p.verb.i == line.i and p.money is None and p.ref.span == ref.span), None)
    if made is not None:
        return made
    pledge = Pledge(ref, line)
    _set_donor(pledge, _as_actor(listed, ctx))
    pledge.speaker = _line_speaker(ref.span, noun.i, names)
    pledge.pledge_list = _pledge_list(ref.span.doc, line)
    new.append(pledge)
    return pledge


def _pledge_list(doc: Doc, token: Token) -> bool:
    """The list line holding ``token`` follows, past the list's other lines, a paragraph about pledges that
    ends in a colon ("Who pledged what:", "Partners made new commitments. The main announcements:"), so
    things it lists without a verb are pledged ("2. Japan – 12 demining machines")."""
    lines = doc.text[:doc[token.i].idx].split("\n")[:-1]
    end = len("\n".join(lines))
    for line in reversed(lines):
        span = doc.char_span(end - len(line), end, alignment_mode="expand") if line.strip() else None
        words = [t for t in span if not t.is_space] if span is not None else []
        if span is not None and words and not list_marker(words, stopped=True, bracketed=True):
            return line.rstrip().endswith(":") and _pledge_words(span)
        end -= len(line) + 1
    return False


def _line_speaker(span: Span, at: int, names: dict[int, EntityRef]) -> str:
    """The person a list line credits in closing brackets, with a title or none ("2. Switzerland – CHF 30
    million over three years (State Secretary Nadine Kessler)."): who announced the line's pledge. The line
    is the one holding token ``at``; brackets holding a number are a conversion or a date, not a speaker."""
    doc = span.doc
    end = next((i for i in range(at + 1, span.end) if line_start(doc[i])), span.end)
    tokens = [t for t in doc[at:end] if not t.is_space]
    while tokens and tokens[-1].text in (".", ";", ","):
        tokens.pop()
    if len(tokens) < 3 or tokens[-1].text != ")":
        return ""
    opening = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k].text == "("), None)
    inside = tokens[opening + 1:-1] if opening is not None else []
    found = names.get(inside[-1].i) if inside else None
    if found is None or found.label != "PERSON" or found.end != inside[-1].i + 1 or len(inside) > 10:
        return ""
    title = [t for t in inside if t.i < found.start]
    return found.key if all(t.is_alpha or t.text in ("-", ".") for t in title) else ""


def _split(pledge: Pledge) -> list[Pledge]:
    """Things sent by several named donors are one pledge each ("Qatar and the UAE also sent teams"); so is
    a sum the donors give "each" ("Qatar, Kuwait and the UAE each pledged $10 million"), while a sum they
    give together stays one joint pledge."""
    if pledge.co_donors and pledge.money is not None and _each(pledge.verb):
        copies = [replace(pledge, donor=d, co_donors=[], quantities=list(pledge.quantities),
                          things=list(pledge.things)) for d in pledge.co_donors]
        pledge.co_donors = []
        return [pledge, *copies]
    if pledge.money is not None or not pledge.co_donors:
        return [pledge]
    copies = [replace(pledge, donor=d, co_donors=[], quantities=list(pledge.quantities), things=list(pledge.things),
                      joint=True) for d in pledge.co_donors]
    pledge.co_donors = []
    pledge.joint = True
    return [pledge, *copies]


def _respectively(pledges: list[Pledge]) -> list[Pledge]:
    """Sums of one verb whose subject names as many donors as there are sums go to the donors in order:
    "Canada and Spain pledged 15 million Canadian dollars and 8 million euros (respectively)"."""
    groups: dict[tuple[int, str, tuple[str, ...]], list[Pledge]] = {}
    for pledge in pledges:
        if pledge.co_donors and pledge.money is not None and not _each(pledge.verb):
            groups.setdefault((pledge.verb.i, pledge.donor, tuple(pledge.co_donors)), []).append(pledge)
    for (_, donor, others), group in groups.items():
        if len(group) == 1 + len(others) and len({(p.money.value, p.money.currency) for p in group}) == len(group):
            for pledge, giver in zip(group, (donor, *others)):
                pledge.donor, pledge.co_donors = giver, []
    return pledges


def _elided_sums(span: Span, mentions: list[MoneyMention], names: dict[int, EntityRef],
                 ctx: _Context) -> list[MoneyMention]:
    """A gapped list's sum written without its currency, which the sum before it gives: "Sweden pledged 120
    million Swedish crowns, Denmark 75 million." (a state or body after a comma or "and", a number and its
    scale word, and nothing after that names what is counted); or the sum right after "and": "Germany and
    Ireland pledged 10 million and three million euros respectively"."""
    if not mentions:
        return []  # (most sentences: no sum before to take the currency from)
    out: list[MoneyMention] = []
    doc = span.doc
    taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
    for token in span:
        if not token.like_num or token.i in taken or token.i + 1 >= span.end or token.i < span.start + 2:
            continue
        scale = doc[token.i + 1]
        after = doc[token.i + 2] if token.i + 2 < span.end else None
        if scale.lower_ not in words("money", "scales") or after is not None and (
                after.is_alpha and after.pos_ in ("NOUN", "PROPN") or after.lower_ == "of"):
            continue  # ("Kenya 3 million people", "5 million of them")
        # "pledged 10 million and three million euros respectively": the currency of the sum after "and"
        later = next((m for m in mentions if m.converts < 0 and m.span.start == token.i + 3 and m.amount.currency),
                     None) if after is not None and after.lower_ == "and" else None
        if later is not None and later.span[1].lower_ in words("money", "scales"):
            amount = parse_money(f"{doc[token.i:token.i + 2].text} {_currency_word(later.amount)}")
            if amount is not None and amount.currency == later.amount.currency:
                out.append(MoneyMention(doc[token.i:token.i + 2], replace(amount, text=doc[token.i:token.i + 2].text)))
            continue
        owner = names.get(token.i - 1)
        if owner is not None and owner.end > token.i:  # "Korea 5 million" tagged as one name
            name = " ".join(t.text for t in doc[owner.start:token.i] if t.lower_ != "the")
            key, label = (name, "GPE") if name in known_countries() else _alias_keys(ctx).get(name, ("", ""))
            owner = EntityRef(key, label, owner.start, token.i) if key else None
        before = [m for m in mentions if m.converts < 0 and m.span.end <= token.i]
        if owner is None or owner.label not in ("GPE", "ORG") or owner.end != token.i or not before:
            continue
        k = owner.start - 1 - (owner.start > 0 and doc[owner.start - 1].lower_ == "the")
        if k < 0 or doc[k].lower_ not in (",", "and"):
            continue
        last = before[-1].amount  # the currency as the sum before wrote it: "crowns" is then the giver's own
        amount = _local_currency(parse_money(f"{doc[token.i:token.i + 2].text} {_currency_word(last)}"),
                                 [_state(owner.key)])
        if amount is not None and not amount.currency:
            amount = replace(amount, currency=last.currency)
        if amount is not None and amount.currency:
            out.append(MoneyMention(doc[token.i:token.i + 2], replace(amount, text=doc[token.i:token.i + 2].text)))
    return out


def _currency_word(amount: Amount) -> str:
    """The currency as the sum wrote it ("crowns" of "120 million Swedish crowns"), else its code."""
    words = amount.text.split()
    return words[-1] if words and words[-1].isalpha() else amount.currency


def _each(verb: Token) -> bool:
    """"each pledged", "pledged $10 million each": every donor gives the sum."""
    return any(t.lower_ == "each" and (t.head == verb or t.head.head == verb) for t in verb.sent)


def _sentence_pledges(ref: SentenceRef, currency: str, ctx: _Context, dollar: str = "") -> list[Pledge]:
    names = entity_tokens(ctx.topic, ref)
    mentions = money_mentions(ref.span, currency)
    mentions = sorted(mentions + _elided_sums(ref.span, mentions, names, ctx), key=lambda m: m.span.start)
    if dollar:  # "All dollar figures are in Canadian dollars": a bare "$60 million" is C$60 million
        mentions = [replace(m, amount=replace(m.amount, currency=dollar)) if _bare_dollar(m) else m for m in mentions]
    pledges = _money_pledges(ref, mentions, names, ctx)
    pledges += _thing_pledges(ref, mentions, pledges, names, ctx)
    pledges = [part for pledge in _respectively(pledges) for part in _split(pledge) if _credible(part, ctx)]
    for pledge in pledges:
        if pledge.donor_is_name:
            ctx.last_donor[ref.sentence.article_id] = pledge.donor
            pledge.owner = pledge.owner or _possessive_state(ref.span, pledge.donor, names)
    return pledges


def _possessive_state(span: Span, donor: str, names: dict[int, EntityRef]) -> str:
    """The state the sentence says the donor belongs to (:func:`_possessor` of the donor's name or of the word
    it hangs on: "Germany's KfW", "Saudi Arabia's aid agency KSrelief"), whatever the clause that made it the
    donor: another outlet may name the state as the giver of the same sum. "" if none."""
    for i in (i for i, found in names.items() if found.key == donor and found.start == i and span.start <= i):
        root = span.doc[i:names[i].end].root
        for token in (root, root.head):
            owner = _possessor(token, token, names)
            if owner is not None and (state := _state(owner.key)) in known_countries() and state != donor:
                return state
    return ""


_DOLLAR_NOTE = re.compile(r"(?i)\b(?:figures|amounts|sums)\s+(?:are|is)\s+(?:given\s+|expressed\s+|stated\s+)?in\s+"
                          r"((?:[A-Z][a-z]+\s+){1,2}dollars)\b")


def _article_dollar(text: str) -> str:
    """The dollar an article's bare "$" means when it says so ("All dollar figures are in Canadian dollars
    unless otherwise indicated", a government press release's note), else ""."""
    note = _DOLLAR_NOTE.search(text)
    amount = parse_money(f"1 {note.group(1)}") if note else None
    return amount.currency if amount is not None and amount.currency != "USD" else ""


_US_MARK = re.compile(r"\bU\.?S\b|USD|\bAmerican\b", re.IGNORECASE)


def _bare_dollar(mention: MoneyMention) -> bool:
    """A sum in dollars that does not say which ("$60 million", "60 million dollars"), not "US$" or "USD"."""
    return mention.amount.currency == "USD" and not _US_MARK.search(mention.amount.text)


def _article_currency(analysis_spans: Iterable[Span]) -> str:
    """The one currency an article names, if only one (so "1.6bn" alone is read in it)."""
    found = {m.amount.currency for span in analysis_spans for m in money_mentions(span) if m.amount.currency}
    return found.pop() if len(found) == 1 else ""


# --- backwards-compatible helpers ---------------------------------------------------------------------

def money_in(span: Span) -> tuple[list[Amount], list[Amount]]:
    """Sums of money in a sentence, and those that only convert the sum before them."""
    mentions = money_mentions(span)
    return [m.amount for m in mentions if m.converts < 0], [m.amount for m in mentions if m.converts >= 0]


def quantities_in(span: Span) -> list[tuple[Amount, str]]:
    """Counted things in a sentence with the lemma of the thing (``more than 5,000`` missiles)."""
    return [(amount, noun.lemma_.lower()) for amount, noun in _counted(span, money_mentions(span))]


# --- merging across sentences and sources -------------------------------------------------------------

@dataclass(slots=True)
class _Group:
    members: list[Pledge] = field(default_factory=list)

    def money_keys(self) -> set[tuple[float, str]]:
        return {a.key for p in self.members for a in ([p.money] if p.money else []) + p.conversions}

    def donors(self) -> set[str]:
        return {p.donor for p in self.members if p.donor}

    def things(self) -> set[str]:
        return set().union(*(p.thing_lemmas() for p in self.members))


def _donors_agree(pledge: Pledge, group: _Group) -> bool:
    """Named donors must match; a description ("International donors") never blocks a merge."""
    donors = {p.donor for p in group.members if p.donor and p.donor_is_name}
    owners = {p.owner for p in group.members if p.owner}
    return not (pledge.donor and pledge.donor_is_name) or not donors or any(
        _same_body(pledge.donor, d) for d in donors) or pledge.owner in donors or pledge.donor in owners


def _same_body(a: str, b: str) -> bool:
    """One name, or one cut short at its front words ("Kuwait Fund" of "Kuwait Fund for Arab Economic
    Development"), or a state and its own body, named after it ("Qatar" and the "Qatar Fund for Development",
    "Saudi Arabia" and the "Saudi Fund for Development": one outlet names the state, another its fund; "UN
    Central Emergency Response Fund" and "Central Emergency Response Fund")."""
    if _union_s(a) and _union_s(b):
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    # also the name with its owner's acronym before it ("UN Central Emergency Response Fund")
    owned = bool(a and b) and (without_owner(a) == b or without_owner(b) == a)
    # "CAF" and "the CAF development bank": a short form and its description in lower case
    described = len(short) == 1 and short[0].isupper() and all(w.islower() for w in long[1:])
    # "AFD" and "Agence Française de Développement" (the recogniser left the name untagged, so no alias joins them)
    acronym = len(short) == 1 and len(long) > 1 and len(short[0]) > 1 and short[0].isupper() and \
        short[0] == "".join(w[0] for w in long if w[0].isupper())
    return short == long[:len(short)] and (len(short) > 1 or short == long or described) or owned or acronym or \
        _states_body(a, b) or _states_body(b, a)


_ONE_DONOR = frozenset({"European Union", "European Commission"})
"""Names outlets use for one giver: the Commission pays out the Union's aid."""


def _union_s(name: str) -> bool:
    """The Union, its Commission, or a body named as the Union's own ("EU Solidarity Fund", "EU Trust Fund for
    Africa"; not the European Investment Bank, a lender of its own)."""
    return name in _ONE_DONOR or name.startswith(("EU ", "European Union "))


def _states_body(state: str, body: str) -> bool:
    if state not in known_countries():
        return False
    words = body.split()
    return any(len(words) > k and (head := " ".join(words[:k])) in (state, *_demonyms_of(state))
               for k in range(1, 4))


@cache
def _demonyms_of(state: str) -> tuple[str, ...]:
    return tuple(d for d, s in lexicon()["demonyms"].items() if s == state)


_CLOSE = 0.05
"""Figures this near are one pledge rounded differently ("€1.61 billion" vs "€1.6bn")."""
_DIFFERS = 0.25
"""Figures this near are one pledge the sources disagree on ("$30 million" vs "$25 million"), when each
article gives that donor only one sum in that currency (so two pledges of one donor are never merged)."""


def _close(pledge: Pledge, group: _Group, sums: Counter[tuple[str, str, str]]) -> bool:
    """Another source's figure for the same donor's same pledge: rounded ("€1.61 billion" vs "€1.6bn"), or
    reported differently ("$30 million" vs "$25 million") by articles that each give the donor one sum."""
    if not (pledge.money and pledge.donor_is_name and any(_same_body(pledge.donor, d) for d in group.donors())):
        return False
    if any(p.article_id == pledge.article_id for p in group.members):
        return False
    alone = sums[(pledge.article_id, pledge.donor, pledge.money.currency)] == 1
    for member in (p for p in group.members if p.money):
        other = member.money
        if other.value == pledge.money.value and _own_dollars(pledge, member):
            return True
        if other.currency != pledge.money.currency:
            continue
        gap = abs(other.value - pledge.money.value) / max(other.value, pledge.money.value)
        if gap <= _CLOSE or gap <= _DIFFERS and alone and sums[(member.article_id, member.donor, other.currency)] == 1:
            return True
    return False


def _own_dollars(a: Pledge, b: Pledge) -> bool:
    """One sum as two outlets write it: a bare "$" read as US dollars, and the donor's own dollars ("Australia
    will provide an initial $10 million" in Canberra's release, "A$10 million" in a wire story)."""
    if a.money is None or b.money is None or a.donor != b.donor:
        return False
    bare, own = sorted((a.money, b.money), key=lambda m: m.currency != "USD")
    return bare.currency == "USD" and bare.text.lstrip().startswith("$") and own.currency in _DOLLARS and \
        a.donor in lexicon()["money"]["users"].get(own.currency, [])


_DOLLARS = frozenset({"AUD", "BBD", "BMD", "BND", "BSD", "BZD", "CAD", "FJD", "GYD", "HKD", "JMD", "KYD", "LRD",
                      "NAD", "NZD", "SBD", "SGD", "SRD", "TTD", "TWD", "XCD", "ZWL"})
"""Other states' dollars, which their own releases write with a bare "$"."""


def _find_group(pledge: Pledge, groups: list[_Group], sums: Counter[tuple[str, str, str]]) -> _Group | None:
    keys = {a.key for a in ([pledge.money] if pledge.money else []) + pledge.conversions}
    for group in groups:
        if keys & group.money_keys() and _donors_agree(pledge, group):
            return group
    for group in groups:
        if _close(pledge, group, sums):
            return group
    if pledge.money is None and pledge.donor:
        for group in groups:
            if pledge.donor in group.donors() and pledge.thing_lemmas() & group.things():
                return group
        for group in groups:  # "Nepal's army ... deployed more than 3,000 soldiers" / "The Nepal Army has deployed
            # more than 3,000 personnel", in another article: a state and its own body
            if _gift_elsewhere(pledge, group) and pledge.thing_lemmas() & group.things() and any(
                    _same_body(pledge.donor, d) for d in group.donors()):
                return group
        for group in groups:  # "150 environmental police officers" / "150 environmental police", elsewhere
            if pledge.donor in group.donors() and _same_count(pledge, group):
                return group
        for group in groups:  # "Japan ... would send seismic engineers" / "JICA will dispatch a team of seismic
            if _same_gift_words(pledge, group):  # engineers", in another article
                return group
        for group in groups:
            if _joint_match(pledge, group):
                return group
        for group in groups:  # "Japan, South Korea and the EU pledged emergency aid", then each donor's sum
            if group.money_keys() and _summary_of(pledge, group.members):
                return group
    if pledge.money is not None and pledge.donor_is_name:
        for group in groups:
            if not group.money_keys() and all(_summary_of(m, [pledge]) for m in group.members):
                return group
    return None


_GENERIC_AID = frozenset({"aid", "assistance", "support", "help", "relief"})


def _summary_of(pledge: Pledge, members: list[Pledge]) -> bool:
    """The pledge only sums up, in a subject naming several donors, what the members' donor gives: "Japan, South
    Korea, Australia, China and the European Union pledged emergency aid" beside "Japan pledged $3 million"."""
    if not (pledge.joint and pledge.money is None and not pledge.quantities and
            any(m.donor == pledge.donor for m in members)):
        return False
    lemmas = pledge.thing_lemmas()
    theirs = {r for m in members for r in m.recipients}
    return bool(lemmas) and lemmas <= _GENERIC_AID and (not (pledge.recipients and theirs) or bool(
        set(pledge.recipients) & theirs))


def _gift_elsewhere(pledge: Pledge, group: _Group) -> bool:
    """The group is a gift in kind, and none of its mentions comes from the pledge's article."""
    return not group.money_keys() and all(m.article_id != pledge.article_id for m in group.members)


def _same_count(pledge: Pledge, group: _Group) -> bool:
    """Another article's words for the same donor's same gift: the same count of things, where no article
    gives the donor two gifts ("two firefighting aircraft" and "two firefighting planes")."""
    if not _gift_elsewhere(pledge, group):
        return False
    counts = {q[0].value for q in pledge.quantities}
    return bool(counts) and bool(counts & {q[0].value for m in group.members for q in m.quantities})


def _gift_words(pledge: Pledge) -> set[str]:
    written = [q[2] for q in pledge.quantities] + [t[1] for t in pledge.things]
    return {w.rstrip("s") for text in written for w in re.findall(r"[a-z]{4,}", text.lower())}


def _same_gift_words(pledge: Pledge, group: _Group) -> bool:
    """Things from a donor and its own body ("Japan", "Japan International Cooperation Agency") described
    with a word in common, by another article: one gift told twice."""
    if not _gift_elsewhere(pledge, group) or not any(_same_body(pledge.donor, d) for d in group.donors()):
        return False
    return bool(_gift_words(pledge) & {w for m in group.members for w in _gift_words(m)})


def _joint_match(pledge: Pledge, group: _Group) -> bool:
    """"Spain and Britain sent rescue teams" and "Spain dispatched 56 rescuers": one record per donor.

    Things (no sum) from the same named donor, one side read off a subject naming several donors,
    going to the same recipient (or an unnamed one)."""
    if not pledge.donor_is_name or group.money_keys() or pledge.donor not in group.donors():
        return False
    if not (pledge.joint or any(m.joint for m in group.members)):
        return False
    theirs = {r for m in group.members for r in m.recipients}
    return not (pledge.recipients and theirs) or bool(set(pledge.recipients) & theirs)


def _group(pledges: Iterable[Pledge]) -> list[_Group]:
    pledges = list(pledges)
    # distinct sums per article, donor and currency (one sum restated in two sentences counts once)
    sums = Counter((article, donor, currency) for article, donor, currency, _ in {
        (p.article_id, p.donor, p.money.currency, p.money.value) for p in pledges if p.money})
    groups: list[_Group] = []
    for pledge in pledges:
        group = _find_group(pledge, groups, sums)
        if group is None:
            group = _Group()
            groups.append(group)
        group.members.append(pledge)
        _absorb(group, groups, pledge)
    return _join_totals(_join_conversions(_join_recaps(groups)))


def _absorb(group: _Group, groups: list[_Group], pledge: Pledge) -> None:
    """A mention with its conversion bridges two records made before it: "910 million euros (nearly $1
    billion)" joins a headline's "nearly $1 billion" to another outlet's "€910 million". So does a body's
    mention that names its state: "KfW, the German development bank, ... €150 million" joins another outlet's
    "KfW ... 150 million euros" to a third's "Germany, through KfW, ... EUR 150 million"."""
    keys = {a.key for a in ([pledge.money] if pledge.money else []) + pledge.conversions}
    if len(keys) < 2 and not (keys and pledge.owner):
        return
    for other in [g for g in groups if g is not group and keys & g.money_keys()]:
        if all(_donors_agree(m, group) for m in other.members):
            group.members.extend(other.members)
            groups.remove(other)


def _join_totals(groups: list[_Group]) -> list[_Group]:
    """One total as outlets round it ("about $90 million", "approximately US$88 million" from "Donors" and
    "Development partners"): sums no one is named for, given by descriptions of several donors, in one
    currency and within 6 % of each other, from different articles, are one record whose amounts differ."""
    out: list[_Group] = []
    for group in groups:
        money = [m.money for m in group.members if m.money]
        if not money or any(m.donor_is_name or (m.donor and not _several(m.donor)) for m in group.members):
            out.append(group)
            continue
        articles = {m.article_id for m in group.members}
        same = next((g for g in out if g.members[0].money and not articles & {m.article_id for m in g.members}
                     and not any(m.donor_is_name or (m.donor and not _several(m.donor)) for m in g.members)
                     and g.members[0].money.currency == money[0].currency
                     and abs(g.members[0].money.value - money[0].value) <= 0.06 * max(g.members[0].money.value,
                                                                                      money[0].value)), None)
        if same is None:
            out.append(group)
        else:
            same.members.extend(group.members)
    return out


def _join_recaps(groups: list[_Group]) -> list[_Group]:
    """A recap's sum in another currency is the donor's pledge converted ("Germany (US$87 million)" in a list
    of every donor's sum in dollars, where Germany pledged 80 million euros): when the donor has exactly one
    other sum, in another currency, and none in the recap's, the recap joins it as a conversion."""
    out: list[_Group] = []
    for group in groups:
        recap = group.members[0] if all(m.recap for m in group.members) and group.members[0].money else None
        if recap is None or recap.money is None:
            out.append(group)
            continue
        theirs = [g for g in groups if g is not group and recap.donor in g.donors() and g.money_keys()
                  and not all(m.recap for m in g.members)]
        currencies = {m.money.currency for g in theirs for m in g.members if m.money}
        if len(theirs) == 1 and recap.money.currency not in currencies:
            target = theirs[0].members[0]
            target.conversions = [*target.conversions, *(m.money for m in group.members if m.money)]
            theirs[0].members.extend(group.members)
        else:
            out.append(group)
    return out


def _join_conversions(groups: list[_Group]) -> list[_Group]:
    """One donor's one sum that two outlets give in two currencies ("The UK pledged £40m", "Britain's
    US$50.8 million"): where two of the donor's records with a sum, in one currency each, from different
    articles, are within a third of each other at rough rates, and neither could be the conversion of any
    other of its records, the second joins the first as its conversion."""
    by_donor: dict[str, list[_Group]] = {}
    for group in groups:
        donors = {m.donor for m in group.members if m.donor_is_name and m.money}
        if len(donors) == 1 and all(m.money for m in group.members):
            by_donor.setdefault(donors.pop(), []).append(group)
    joined: set[int] = set()
    for records in by_donor.values():
        pairs = [(a, b) for i, a in enumerate(records) for b in records[i + 1:] if _converted(a, b)]
        for target, other in pairs:  # a record that could be the conversion of two others is left as it is
            if sum(g is target or g is other for pair in pairs for g in pair) > 2:
                continue
            target.members[0].conversions = [*target.members[0].conversions,
                                             *(m.money for m in other.members if m.money)]
            target.members.extend(other.members)
            joined.add(id(other))
    return [g for g in groups if id(g) not in joined]


def _converted(one: _Group, other: _Group) -> bool:
    rates = lexicon()["money"]["usd_rates"]
    currencies = [{m.money.currency for m in g.members if m.money} for g in (one, other)]
    if any(len(c) != 1 for c in currencies) or currencies[0] == currencies[1]:
        return False
    if {m.article_id for m in one.members} & {m.article_id for m in other.members}:
        return False
    a, b = (g.members[0].money for g in (one, other))
    if a.currency not in rates or b.currency not in rates:
        return False
    ratio = (a.value * rates[a.currency]) / (b.value * rates[b.currency])
    return 0.75 <= ratio <= 1.33


# --- one item per group ----------------------------------------------------------------------------------

def _version(text: str, members: list[Pledge]) -> dict[str, Any]:
    articles = sorted({m.article_id: m.ref.analysis.article for m in members}.items())
    return {"text": text, "article_ids": [a for a, _ in articles],
            "sources": list(dict.fromkeys(article.outlet(title_width=40) for _, article in articles)),
            "quotes": _quotes(members)}


def _quotes(members: Iterable[Pledge]) -> list[Quote]:
    seen: dict[tuple[str, int], Quote] = {}
    for member in sorted(members, key=lambda m: (m.article_id, m.ref.index)):
        seen.setdefault((member.article_id, member.ref.index), member.ref.quote())
    return list(seen.values())


def _differences(group: _Group) -> list[dict[str, Any]]:
    """Every field on which the members disagree, each version with the quotes that give it."""
    out: list[dict[str, Any]] = []
    fields: dict[str, dict[str, list[Pledge]]] = {"amount": {}, "donor": {}, "date": {}}
    things: dict[str, dict[str, list[Pledge]]] = {}
    converted = {c.key for m in group.members for c in m.conversions}
    for member in group.members:
        if member.money and (member.money.key not in converted or not any(
                m.money and m.money.key != member.money.key for m in group.members)):
            fields["amount"].setdefault(format_amount(member.money, symbol=True), []).append(member)
        if member.donor and member.donor_is_name:
            fields["donor"].setdefault(member.donor, []).append(member)
        if member.date:
            fields["date"].setdefault(format_date(member.date), []).append(member)
        for amount, lemma, _ in member.quantities:
            things.setdefault(lemma, {}).setdefault(_count_text(amount), []).append(member)
    # one giver named two ways: "Japan" in one outlet, "the Japan International Cooperation Agency" in another;
    # "KfW, the German development bank" beside "Germany"
    named = [m for m in group.members if m.donor and m.donor_is_name]
    if any(any(all(_same_body(one, d) for d in givers) for one in givers)
           for givers in ({m.donor for m in named}, {m.owner or m.donor for m in named})):
        fields["donor"] = {}
    for name, versions in fields.items():
        if len(versions) > 1:
            out.append({"field": name, "versions": [_version(t, m) for t, m in versions.items()]})
    for lemma, versions in things.items():
        if len(versions) > 1:
            out.append({"field": "quantity", "thing": lemma, "versions": [_version(t, m) for t, m in versions.items()]})
    return out


def _count_text(amount: Amount) -> str:
    """A count as written when it is words ("two"), else normalised ("more than 5,000")."""
    number = f"{amount.value:,.0f}" if amount.value == int(amount.value) else f"{amount.value:,}"
    written = amount.text.lower()
    if written and not any(ch.isdigit() for ch in written):
        return " ".join(written.split())
    return f"{amount.qualifier} {number}".strip()


def _summary(diff: dict[str, Any]) -> str:
    """One readable line per disagreement (kept in ``discrepancies``)."""
    what = {"amount": "the amount", "donor": "who gives", "date": "the date"}.get(diff["field"], "")
    if diff["field"] == "quantity":
        what = f"the number of {diff['thing']}s"
    versions = " vs ".join(f"{v['text']} ({', '.join(v['sources'])})" for v in diff["versions"])
    return f"sources differ on {what}: {versions}"


def _lead(group: _Group) -> Pledge:
    """The fullest mention: with money, a named donor, a conversion, recipients, things; first article, earliest
    sentence."""
    first = group.members[0].article_id
    # a sum in the donor's own currency with its conversion ("400 million crowns ($38 million)") before a
    # converted one alone ("Sweden (US$38 million)")
    return min(group.members, key=lambda p: (p.money is None, not p.donor_is_name, not p.conversions, not p.recipients,
                                             not (p.quantities or p.things), not p.date, p.article_id != first,
                                             p.ref.index))


def _first(values: Iterable[str]) -> str:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else ""


def _given(lead: Pledge, members: list[Pledge]) -> list[str]:
    """What is given as written: the lead's; for things alone, every member's ("rescue teams, 56 rescuers")."""
    sources = [lead] if lead.money else [lead, *(m for m in members if m is not lead)]
    given = list(dict.fromkeys(g for m in sources for g in [f"{_count_text(a)} {text}" for a, _, text in m.quantities]
                               + [t for _, t in m.things]))
    # one thing as two sources word it: "24 armored personnel carriers" / "24 TABC-79 armoured personnel
    # carriers" (the count and the last word), "60 military trainers" inside "team of 60 military trainers"
    out: list[str] = []
    for text in given:
        words = text.split()
        same = next((k for k, o in enumerate(out) if text in o or o in text or (
            words[0][:1].isdigit() and o.split()[0] == words[0] and o.split()[-1] == words[-1])), None)
        if same is None:
            out.append(text)
        elif len(text) > len(out[same]) and out[same] in text:
            out[same] = text
    return out


def _item_text(facts: dict[str, Any], lead: Pledge, members: list[Pledge] | None = None) -> str:
    """"United Kingdom → Ukraine: £1.6 billion export finance for more than 5,000 air defense missiles"."""
    donors = " and ".join([facts["donor"] or "Unnamed donor", *facts["co_donors"]])
    actors = donors + (f" → {facts['recipient']}" if facts["recipient"] else "")
    parts = []
    if lead.money:
        parts.append(format_amount(lead.money, symbol=True))
    if facts["instrument"]:
        parts.append(facts["instrument"])
    given = _given(lead, members or [lead])
    if given:
        parts.append(("for " if lead.money else "") + ", ".join(given))
    elif facts["purpose"]:
        parts.append(f"for {facts['purpose']}")
    tail = ", ".join(x for x in (facts["status"], format_date(facts["date"]) if facts["date"] else "") if x)
    lead_in = "In all, " if facts["kind"] == "total" else ""
    return f"{lead_in}{actors}: {' '.join(parts) or 'commitment'}" + (f" ({tail})" if tail else "")


def _receives(donor: str, recipients: list[str]) -> bool:
    """The donor is a recipient, or the front of one's name ("Lifeline Fund" of "Lifeline Fund for Mothers")."""
    words = donor.split()
    return any(r == donor or len(words) > 1 and r.split()[:len(words)] == words for r in recipients)


def _item(group: _Group) -> Item:
    lead = _lead(group)
    members = group.members
    differences = _differences(group)
    recipients = list(dict.fromkeys(r for m in members for r in m.recipients))
    # "Egypt signs $1.2bn in water deals" (a headline) and "Egypt signed ... with a group of international
    # lenders": the state another source says receives it is no giver of it; nor is the fund that receives
    # it ("The Fund announced $2.4 billion", "... pledged US$2.4 billion to the Lifeline Fund for Mothers")
    named = [m.donor for m in members if m.donor_is_name and not _receives(m.donor, recipients)]
    donor = _first(named) or _first(m.donor for m in members if not _receives(m.donor, recipients))
    facts: dict[str, Any] = {
        # a sum no one is named for, given by "Donors" or "Development partners" (or "Member States", which
        # the recogniser may tag as a name), is what several gave together: most often the event's total,
        # which the donors' own pledges are part of
        # ("World leaders pledge US$ 2.46 billion" in a headline is the "Donors" of the story's own sentence)
        "kind": "total" if lead.money and (not named or _description(donor)) and any(
            _several(m.donor) for m in members if m.donor == donor or not m.donor_is_name) else "pledge",
        "donor": donor,
        "co_donors": list(dict.fromkeys(d for m in members for d in m.co_donors)),
        "recipient": " and ".join(recipients[:3]),
        "recipients": recipients,
        "amount": lead.money.value if lead.money else None,
        "currency": lead.money.currency if lead.money else "",
        "qualifier": lead.money.qualifier if lead.money else "",
        "amount_text": format_amount(lead.money) if lead.money else "",
        "conversions": sorted({format_amount(c) for m in members for c in m.conversions}),
        "components": sorted({format_amount(c) for m in members for c in m.components}),
        "quantities": _quantity_facts(members),
        "things": list(dict.fromkeys(t for m in members for _, t in m.things)),
        "instrument": _first(m.instrument for m in members),
        "purpose": _first(m.purpose for m in members),
        "status": lead.status or _first(m.status for m in members),
        "statuses": sorted({m.status for m in members if m.status}),
        "date": _first(m.date for m in members),
        "date_text": _first(m.date_text for m in members),
        "differences": differences,
        "discrepancies": [_summary(d) for d in differences],
    }
    # one line, whatever the phrase took in (a headline's "... energy security\n\nGdańsk" dateline)
    return Item(" ".join(_item_text(facts, lead, members).split()), _quotes(members), facts)


def _quantity_facts(members: list[Pledge]) -> list[dict[str, Any]]:
    versions: dict[tuple[float, str, str], dict[str, Any]] = {}
    for member in members:
        for amount, lemma, text in member.quantities:
            entry = versions.setdefault((amount.value, amount.qualifier, lemma), {
                "value": amount.value, "qualifier": amount.qualifier, "thing": lemma, "thing_text": text,
                "text": _count_text(amount), "article_ids": []})
            if member.article_id not in entry["article_ids"]:
                entry["article_ids"].append(member.article_id)
    return list(versions.values())


def pledge_mentions(topic: TopicData, spec: SectionSpec | None = None) -> list[Pledge]:
    """Every pledge mention of the topic, sentence by sentence (``spec`` adds its cues and things). Kept on
    the topic per spec: the attendees read the same pledges as the Pledges section."""
    memo = topic.memo.setdefault("pledge_mentions", {})
    key = spec.key if spec else None
    if key not in memo:
        memo[key] = _mentions(topic, spec)
    return memo[key]


def _mentions(topic: TopicData, spec: SectionSpec | None) -> list[Pledge]:
    repairs = name_repairs(topic)
    cues = frozenset(c for c in spec.cues if " " not in c) if spec else frozenset()
    also = (frozenset(spec.also) if spec else frozenset()) | _words("in_kind")
    ctx = _Context(topic, repairs, people_of(topic), _words("give") | cues, also)
    pledges: list[Pledge] = []
    for analysis in topic.analyses:
        currency = _article_currency(analysis.spans)
        dollar = _article_dollar(analysis.article.text)
        found: list[Pledge] = []
        for index in range(len(analysis.sentences)):
            found += _sentence_pledges(SentenceRef(analysis, index), currency, ctx, dollar)
        if found:
            withdrawn = _withdrawn_givers(analysis, ctx)
            for pledge in _walked_back(analysis, found, ctx):
                pledge.denied = True
            pledges += [p for p in found if p.donor not in withdrawn]
    return pledges


_DENIED_NOUNS = frozenset({"pledge", "commitment", "contribution", "money", "funding", "funds", "offer", "decision",
                           "arrangement", "donation", "loan", "grant"})
"""What a giver says was never made or decided ("no such commitment has been made", "no decision had been
taken")."""
_DENIED_VERBS = frozenset({"make", "take", "approve", "agree", "confirm", "finalise", "finalize", "reach", "give",
                           "announce", "offer", "pledge"})
_CASH_WORDS = frozenset({"cash", "money", "funding", "funds", "financial"})
_COMMITTING = frozenset({"commit", "pledge", "provide", "give", "fund", "offer", "contribute", "finance", "send",
                         "donate", "lend"})
"""Verbs of giving that "no longer" takes back ("could no longer commit the money")."""
_SPEAKING_BODIES = frozenset({"embassy", "ministry", "delegation", "official", "spokesman", "spokeswoman",
                              "spokesperson", "government", "statement", "cabinet", "office", "department",
                              "source", "fund", "bank", "agency", "commission"})
"""Who, unnamed, speaks for a giver ("the embassy said", "officials said")."""


def _denials(span: Span) -> Iterator[tuple[Token, bool]]:
    """Where a sentence says a commitment was not made or is gone, and whether only money is meant: "no such
    commitment has been made", "had made no such offer", "no cash contribution had been agreed", "the offer
    had been withdrawn", "was taken off the table", "was 'no longer on the table'", "could no longer commit
    the money"."""
    for token in span:
        lemma, head = token.lemma_.lower(), token.head
        if _standing(token):
            continue  # "Japan's earlier loan ..., signed in 2019, was cancelled": history
        said = {c.lower_ for c in token.children}
        cash = lemma in _CASH_WORDS or bool(said & _CASH_WORDS)
        # (not "made no commitment to finance its construction", "announced no new money": of other things; but
        # "no new funding had been agreed" of the sum just reported)
        if lemma in _DENIED_NOUNS and "no" in said and token.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() \
                in _DENIED_VERBS and ("such" in said or lemma == "decision" or cash) and (
                    "new" not in said or token.dep_ == "nsubjpass"):
            yield token, cash
        elif token.dep_ == "nsubjpass" and lemma in _HELD_BACK and head.lemma_.lower() in _WITHDRAWING:
            yield token, False
        elif token.lower_ == "table" and head.lower_ in ("off", "on") and (head.lower_ == "off" or any(
                c.lower_ == "longer" for c in head.head.subtree if c.i < head.i)):
            yield token, False
        elif token.lower_ == "longer" and any(c.lower_ == "no" for c in token.children) and \
                head.lemma_.lower() in _COMMITTING:  # (not "Pirates no longer make the headlines")
            yield token, False
        elif token.pos_ in ("VERB", "AUX") and _unsaid(token):
            # the figure, the sum or "it": its clause's subject, or the subject of the clause it is joined to
            # ("the sum referred to funds already allocated in 2024 and would not be counted as a new pledge")
            subject = next((c for v in (token, token.head if token.dep_ == "conj" else token) for c in v.children
                            if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and (subject.lemma_.lower() in _UNSAID_SUBJECTS or subject.lower_ == "it"):
                yield subject, subject.lemma_.lower() in _UNSAID_SUBJECTS - {"statement", "announcement"}


_UNSAID_SUBJECTS = frozenset({"figure", "sum", "amount", "money", "funding", "funds", "pledge", "contribution",
                              "statement", "announcement"})
"""What a giver says was announced in error or is not new ("the figure had been read out in error")."""


def _unsaid(verb: Token) -> bool:
    """A verb that takes back what its subject says was given: "had been read out in error" ("issued", "given",
    "announced" ... "in error" or "by mistake"), "should not be counted as new", "would not be counted as a new
    pledge"."""
    children = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ in ("in", "by") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ("error", "mistake") for o in c.children) for c in children):
        return True
    if not any(c.dep_ == "neg" for c in children):
        return False
    return verb.lemma_.lower() == "count"


def _walked_back(analysis: Analysis, found: list[Pledge], ctx: _Context) -> list[Pledge]:
    """Pledges the article takes back within a sentence: "Seitkali told reporters Kazakhstan would contribute
    $20 million, but the Kazakh delegation later said that no decision had been taken", "On Tuesday the
    information ministry announced that Saudi Arabia would give $5 million. A day later the Saudi embassy said
    no decision had been taken". The one who denies is the named state or body of the denial's clause or the
    clauses it hangs from; unnamed ("the embassy said"), it is the one giver of the sums just before it. Only
    the sums of that sentence before the denial count, or else those of the sentence before (a commitment
    denied by name elsewhere stays: the denial may be of something else); "no cash contribution" leaves things
    given. An unnamed denier in a sentence that names a state or body denies that one's offer."""
    out: list[Pledge] = []
    for index in range(len(analysis.sentences)):
        ref = SentenceRef(analysis, index)
        denials = list(_denials(ref.span))
        if not denials:
            continue
        names = entity_tokens(ctx.topic, ref)
        named = {_state(n.key) for n in names.values() if n.label in ("GPE", "ORG")}
        for anchor, cash in denials:
            owner = _denier(anchor, names)
            if not owner and not _giver_speaks(anchor):
                continue  # ("Pirates no longer make the headlines")
            for near in ([p for p in found if p.ref.index == index and p.verb.i < anchor.i],
                         [p for p in found if p.ref.index == index - 1]):
                near = [p for p in near if p.money is not None] if cash else near
                if owner:
                    near = [p for p in near if _denied_by(owner, p.donor)]
                elif len({p.donor for p in near}) != 1 or not near[0].donor_is_name or any(
                        not _denied_by(n, near[0].donor) for n in named):
                    near = []  # (not "... denied by Nepal's embassy, which said no such offer had been made")
                if near:  # the sums of its own sentence, else of the one before
                    out += near
                    break
    return out


_CLAUSE_LINKS = frozenset({"conj", "ccomp", "xcomp", "advcl", "dep", "parataxis", "acl", "pobj", "prep", "relcl"})


def _clauses_up(anchor: Token) -> Iterator[Token]:
    """The head of a denial's clause, then the heads of the clauses it hangs from ("... later said that no
    decision had been taken": taken, said)."""
    verb = anchor.head
    yield verb
    while verb.dep_ in _CLAUSE_LINKS and verb.head != verb:
        verb = verb.head
        yield verb


def _giver_speaks(anchor: Token) -> bool:
    """No clause from the denial up has a subject other than a pronoun or a body that speaks for a giver ("the
    embassy said", "officials said", "it could no longer commit")."""
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != anchor.i and c.pos_ != "PRON" and
                   c.lemma_.lower() not in _SPEAKING_BODIES for verb in _clauses_up(anchor) for c in verb.children)


def _denied_by(owner: str, donor: str) -> bool:
    """The giver a denial's state or body speaks for: itself, its body ("Kuwait" for the Kuwait Fund), or a
    name the recogniser cut ("the Trinidad" and Tobago Cabinet)."""
    return _state(donor) == owner or _states_body(owner, donor) or donor.split()[:len(owner.split())] == owner.split()


def _denier(anchor: Token, names: dict[int, EntityRef]) -> str:
    """The state or body a denial's clause, or a clause above it, has as subject ("the Saudi embassy said no
    decision had been taken", "A Kuwait Fund official said ... no such offer had been made"), or that owns
    what is denied ("the Saudi offer was withdrawn")."""
    owner = next((n for c in anchor.children if c.dep_ in ("poss", "compound", "amod") and
                  (n := names.get(c.i)) is not None and n.label in ("GPE", "ORG")), None)
    if owner is not None:
        return _state(owner.key)
    for verb in _clauses_up(anchor):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != anchor.i]
        # "A Kuwait Fund official", "a spokesperson for the UAE embassy in Athens"
        words = [t for s in subjects for t in s.subtree if t.i <= s.i] + [
            t for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
            for t in c.subtree]
        named = [n for t in words if (n := names.get(t.i)) is not None and n.label in ("GPE", "ORG")]
        if named:
            return _state(named[0].key)
    return ""


_WITHDRAWN_NOUNS = frozenset({"pledge", "commitment", "contribution", "money", "funding", "funds", "aid"})
_MAKING = frozenset({"make", "announce", "offer", "bring", "give", "have", "put"})
_WITHDRAWING = frozenset({"withdraw", "retract", "rescind", "cancel", "revoke", "disown", "scrap", "shelve"})
_HELD_BACK = _WITHDRAWN_NOUNS | {"donation", "deployment", "offer", "loan", "grant", "delivery", "shipment"}
"""What a giver may say is on hold or not possible ("the deployment is not possible at this time")."""


def _withdrawn_givers(analysis: Analysis, ctx: _Context) -> set[str]:
    """States and bodies the article says are making no new commitment ("The New Zealand embassy later said
    the figure referred to funding already announced in 2024 and that it was making no new commitment", "...
    and was not new money") or did not take part: a pledge read out or reported for them was none. A
    pronoun's giver is the nearest clause above with a named subject."""
    out: set[str] = set()
    for index in range(len(analysis.sentences)):
        ref = SentenceRef(analysis, index)
        nouns = [t for t in ref.span if t.lemma_.lower() in _WITHDRAWN_NOUNS and (
            t.dep_ == "dobj" and any(c.lower_ == "no" for c in t.children) and t.head.lemma_.lower() in _MAKING
            # "the sum had already been counted in Ottawa's 2024 contribution and was not new money"
            or t.dep_ == "attr" and t.head.lemma_ == "be" and any(c.dep_ == "neg" for c in t.head.children)
            and any(c.lower_ == "new" or c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG") for c in t.children))]
        # "the offer had been withdrawn because ...", "An embassy official's statement that Washington would
        # give $8 million was disowned by the State Department"
        nouns += [t for t in ref.span if t.dep_ == "nsubjpass" and t.head.lemma_.lower() in _WITHDRAWING and (
            t.lemma_.lower() in _HELD_BACK or any(c.dep_ in ("acl", "ccomp") for c in t.children))]
        # "the Dutch embassy said ... that the Netherlands had not taken part in the conference"
        nouns += [t for t in ref.span if t.dep_ == "dobj" and t.lower_ == "part" and t.head.lemma_ == "take" and any(
            c.dep_ == "neg" for c in t.head.children)]
        # "Argentina, which last week offered two Hercules transport planes, withdrew the offer on Monday"
        nouns += [t for t in ref.span if t.dep_ == "dobj" and t.lemma_.lower() in _GIVE_NOUNS and
                  t.head.lemma_.lower() in _WITHDRAWING]
        # "said it was not in a position to announce a pledge at this time"
        nouns += [t for t in ref.span if t.dep_ == "dobj" and t.lemma_.lower() in _WITHDRAWN_NOUNS and
                  t.head.lemma_.lower() in _MAKING and any(any(c.dep_ == "neg" for c in a.children)
                                                          for a in list(t.head.ancestors)[:3])]
        # "the deployment 'is not possible at this time'", "the donation was on hold"
        nouns += [t for t in ref.span if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _HELD_BACK
                  and t.head.lemma_ == "be" and (any(c.dep_ == "neg" for c in t.head.children) and any(
                      c.dep_ == "acomp" and c.lower_ in ("possible", "available", "forthcoming")
                      for c in t.head.children) or any(c.dep_ == "prep" and c.lower_ == "on" and any(
                          p.lower_ == "hold" for p in c.children) for c in t.head.children))]
        # "Italy, which officials had said might contribute €4 million, in the end announced nothing"
        nouns += [t for t in ref.span if t.dep_ == "dobj" and t.lower_ == "nothing" and t.head.lemma_.lower() in
                  ("announce", "pledge", "offer", "commit", "give")]
        # (not "Japan's earlier loan ..., signed in 2019, was cancelled by the previous government": history)
        nouns = [t for t in nouns if not _standing(t)]
        if not nouns:
            continue
        names = entity_tokens(ctx.topic, ref)
        for noun in nouns:
            said = [n for c in noun.children if c.dep_ in ("acl", "ccomp") for s in c.children if s.dep_ == "nsubj"
                    and (n := names.get(s.i)) is not None and n.label in ("GPE", "ORG")]
            # "the statement that Washington would give $8 million was disowned"; else the denial's own giver: "the
            # figure was 'not a U.S. commitment'", "Berlin had made no new pledge" (its capital speaks for Germany)
            owner = _state(said[0].key) if said else _denier(noun, names)
            if owner:
                out.add(owner)
    return out


def _sum_of_parts(item: Item, items: list[Item]) -> bool:
    """A sum several named donors give together that is what each of them gives on its own added up
    ("The Caribbean Development Bank and the OPEC Fund together offered US$90 million" beside their $50
    million and $40 million; or, in their own currencies at rough rates, "Sweden and Denmark added about $8
    million between them" beside SEK 45 million and DKK 20 million): a total of their pledges, not another one."""
    facts = item.facts
    if facts["kind"] != "pledge" or facts["amount"] is None or not set(facts["co_donors"]) - {facts["donor"]}:
        return False
    others = [o.facts for o in items if o is not item and o.facts["kind"] == "pledge" and o.facts["amount"]]

    def adds_up(value: Callable[[dict[str, Any]], float | None], slack: float) -> bool:
        target = value(facts)  # one sum of each party's, added up, is the joint sum
        own = [[value(o) for o in others if _receives(party, [o["donor"]]) and value(o) is not None]
               for party in (facts["donor"], *facts["co_donors"])]
        return all(own) and prod(len(amounts) for amounts in own) <= 256 and any(
            abs(sum(choice) - target) <= slack * target for choice in product(*own))

    rates = lexicon()["money"]["usd_rates"]
    # in the joint sum's currency, or else (the parts in their own currencies: "Sweden and Denmark added about $8
    # million between them" beside SEK 45 million and DKK 20 million) at the rough rates, within their slack
    return adds_up(lambda f: f["amount"] if f["currency"] == facts["currency"] else None, 0.01) or (
        facts["currency"] in rates and adds_up(lambda f: f["amount"] * rates[f["currency"]] if f["currency"] in rates
                                               and (f is facts or f["currency"] != facts["currency"]) else None, 0.15))


def _headline_only(group: _Group, headlines: dict[str, tuple[int, int] | None]) -> bool:
    """Every mention of the record is read off a headline: no sentence of any article's body states it."""
    def inside(pledge: Pledge) -> bool:
        span = headlines.get(pledge.article_id)
        return span is not None and span[0] <= pledge.ref.sentence.start and pledge.ref.sentence.end <= span[1]
    return all(inside(m) for m in group.members)


def pledge_items(topic: TopicData, spec: SectionSpec, duplicate: float = 0.6) -> list[Item]:
    """The topic's pledges, most corroborated first; ``duplicate`` is kept for the section interface.

    One giver's commitment that only a headline states is left out. A headline compresses the story under
    it: it rounds ("Spain offers Morocco nearly 200 million euros"), writes "$" for whichever dollar ("New
    Zealand commits $24 million" over a body's "NZ$24 million"), makes the recipient that "raises" money its
    subject ("Eswatini raises $105 mn") and names a giver for what several gave. The body says what was
    given, by whom and in which currency, and a headline that says the same joins that record as one more
    quote. (An HTML page's headline is metadata and is not read at all.) A total stays: what everyone gave
    together is the figure a headline leads with, and the body may give only its parts."""
    headlines = {a.article.id: headline_span(a.article.text, a.article.body_start) for a in topic.analyses}
    groups = _group(p for p in pledge_mentions(topic, spec) if not p.denied)
    items = [_item(g) for g in groups]
    for k, (group, item) in enumerate(zip(groups, items)):
        if _sum_of_parts(item, items):  # "CAF, IDB and FONPLATA commit USD 475 million": their three loans
            facts = {**item.facts, "kind": "total"}
            items[k] = Item(" ".join(_item_text(facts, _lead(group), group.members).split()), item.quotes, facts)
    items = [item for group, item in zip(groups, items)
             if item.facts["kind"] == "total" or not _headline_only(group, headlines)]
    # totals first: the figure an analyst leads with, and a warning not to add the pledges below to it
    items.sort(key=lambda it: (it.facts["kind"] != "total", -it.source_count, it.facts["amount"] is None,
                               -(it.facts["amount"] or 0)))
    return items[: spec.max_items]
