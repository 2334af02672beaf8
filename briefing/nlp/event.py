"""The event card at the top of a topic: what, where, when and who hosted, each with its quotes.

- what: the event noun the topic uses most ("summit"), with the place or organisation that modifies
  it ("London summit", "NATO summit") and what it is about (a name under "on/for/about" in its
  phrase, else the main recipient of the pledges): "London summit on Ukraine".
- where: a venue after "at" and a city after "in" (or "the city of X"), attached to the event noun or to
  a verb that stages it ("hosted by Starmer at Lancaster House", "gathered in London ... for a summit").
  A sentence dated to another day (Saturday's bilateral meeting) does not place the event.
- when: dates attached to the event or to a verb aimed at it, resolved against each article's
  publication date ("on Sunday" in an article of Monday 3 March 2025 is 2 March 2025), by vote.
- host: the attendees found hosting (people first), with the quotes that say so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from briefing.model import Quote, Section
from briefing.nlp.amounts import attached_dates, format_date, lexicon, resolve_date
from briefing.nlp.attendees import EntityRef, entity_tokens, event_lemma, is_event_noun, main_event
from briefing.nlp.topic import SentenceRef, TopicData

__all__ = ["event_card"]

_PLACE_NOUNS = frozenset({"city", "capital", "town", "resort", "region", "province"})


@dataclass(slots=True)
class _Votes:
    """Candidate values of one card field, each with the quotes that support it."""

    counts: Counter[str] = field(default_factory=Counter)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)

    def add(self, value: str, quote: Quote, weight: int = 1) -> None:
        if not value:
            return
        self.counts[value] += weight
        bucket = self.quotes.setdefault(value, [])
        if quote not in bucket:
            bucket.append(quote)

    def best(self) -> str:
        return self.counts.most_common(1)[0][0] if self.counts else ""


@dataclass(slots=True)
class _Mention:
    ref: SentenceRef
    noun: Token
    names: dict[int, EntityRef]


def _mentions(topic: TopicData) -> list[_Mention]:
    out = []
    for ref in topic.sentences():
        nouns = [t for t in ref.span if is_event_noun(t)]
        if nouns:
            names = entity_tokens(topic, ref)
            out += [_Mention(ref, noun, names) for noun in nouns]
    return out


def _name(token: Token, names: dict[int, EntityRef], labels: tuple[str, ...]) -> str:
    found = names.get(token.i)
    return found.key if found is not None and found.label in labels else ""


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "amod", "nmod")
             and t.head.i <= token.i] + [token]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


# --- where ---------------------------------------------------------------------------------------------

def _anchors(mention: _Mention) -> Iterator[Token]:
    """The event noun and the verbs that stage it (its head, an acl/relcl on it)."""
    yield mention.noun
    verbs = frozenset(lexicon()["event"]["verbs"])
    for child in mention.noun.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in verbs:
            yield child
    head = mention.noun.head
    if head.dep_ == "prep":
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        yield head


def _city(pobj: Token, names: dict[int, EntityRef]) -> str:
    """"in London", "in the western German city of Bonn"."""
    city = _name(pobj, names, ("GPE",))
    if city or pobj.lemma_.lower() not in _PLACE_NOUNS:
        return city
    return next((_name(p, names, ("GPE",)) for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), "")


def _venue(pobj: Token, names: dict[int, EntityRef]) -> str:
    """"at Lancaster House", "at the Borgo Egnazia resort": a proper-noun place, not "the end"."""
    if is_event_noun(pobj) or pobj.lemma_.lower() in lexicon()["attendees"]["event_parts"]:
        return ""
    found = names.get(pobj.i)
    if found is not None and found.label in ("PERSON", "NORP"):
        return ""
    phrase = _phrase(pobj)
    return phrase if any(w[:1].isupper() for w in phrase.split()) else ""


def _places(mention: _Mention, cities: _Votes, venues: _Votes, quote: Quote) -> None:
    for anchor in _anchors(mention):
        for child in anchor.children:
            if child.dep_ == "compound" and anchor is mention.noun:
                cities.add(_name(child, mention.names, ("GPE",)), quote)
            if child.dep_ != "prep":
                continue
            for pobj in (p for p in child.children if p.dep_ == "pobj"):
                if child.lower_ == "in":
                    cities.add(_city(pobj, mention.names), quote)
                elif child.lower_ == "at":
                    venues.add(_venue(pobj, mention.names), quote)


# --- when ----------------------------------------------------------------------------------------------

def _dates(mention: _Mention) -> Iterator[tuple[str, str]]:
    """(resolved date, as written) of DATE entities attached to the event or a verb staging it."""
    yield from attached_dates(mention.ref.span, set(_anchors(mention)), mention.ref.analysis.article.published)


def _other_day(ref: SentenceRef, day: str, day_text: str) -> bool:
    """The sentence is dated to a day other than the event's (Saturday's meeting before Sunday's summit)."""
    published = ref.analysis.article.published
    for ent in ref.span.ents:
        if ent.label_ != "DATE":
            continue
        resolved = resolve_date(ent.text, published)
        if resolved and day and resolved != day:
            return True
        if not resolved and day_text and ent.text.lower().split()[-1:] != day_text.lower().split()[-1:]:
            weekday = any(w in ent.text.lower() for w in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                                          "saturday", "sunday"))
            if weekday:
                return True
    return False


# --- what and host -------------------------------------------------------------------------------------

def _about(mention: _Mention) -> Iterator[str]:
    """Names the event is about: "summit on Ukraine", "aimed at ... a peace plan for Ukraine"."""
    for token in mention.noun.subtree:
        if token.head.dep_ == "prep" and token.head.lower_ in ("on", "for", "about", "over") and token.dep_ == "pobj":
            found = mention.names.get(token.i)
            if found is not None and found.label in ("GPE", "ORG"):
                yield found.key
        elif token.dep_ == "poss" and token.head.i == mention.noun.i:
            found = mention.names.get(token.i)
            if found is not None and found.label in ("GPE", "ORG"):
                yield found.key


def _modifier(mention: _Mention) -> str:
    """A name modifying the event noun: "London" summit, "NATO" summit."""
    for child in mention.noun.children:
        if child.dep_ in ("compound", "nmod", "amod") and child.i < mention.noun.i:
            found = mention.names.get(child.i)
            if found is not None and found.label in ("GPE", "ORG"):
                return found.key
    return ""


def _recipient(sections: Sequence[Section]) -> tuple[str, list[Quote]]:
    counts: Counter[str] = Counter()
    quotes: dict[str, list[Quote]] = {}
    for item in (i for s in sections for i in s.items if i.facts.get("kind") == "pledge"):
        for name in item.facts.get("recipients", [])[:1]:
            counts[name] += item.source_count
            quotes.setdefault(name, []).extend(item.quotes[:1])
    if not counts:
        return "", []
    best = counts.most_common(1)[0][0]
    return best, quotes[best]


def _host(sections: Sequence[Section]) -> dict[str, Any] | None:
    hosts = [i for s in sections for i in s.items if i.facts.get("kind") == "attendee" and i.facts.get("host")]
    people = [i for i in hosts if i.facts.get("type") == "person"]
    chosen = people or [i for i in hosts if not i.facts.get("via")]
    if not chosen:
        return None
    names = [i.facts["entity"] for i in chosen]
    quotes = list(dict.fromkeys(q for i in chosen for q in (i.facts.get("host_quotes") or i.quotes)))
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return {"text": text, "entities": names, "quotes": quotes}


def _entry(text: str, quotes: list[Quote], **extra: Any) -> dict[str, Any] | None:
    return {"text": text, "quotes": quotes, **extra} if text and quotes else None


def _all_dates(mentions: list[_Mention]) -> Iterator[str]:
    return (day for m in mentions for day, _ in _dates(m) if day)


def _when(main: list[_Mention]) -> tuple[dict[str, Any] | None, str, str]:
    votes, texts = _Votes(), {}
    for mention in main:
        for day, written in _dates(mention):
            if day:
                votes.add(day, mention.ref.quote())
                texts.setdefault(day, written)
    day = votes.best()
    entry = _entry(format_date(day), votes.quotes.get(day, []), date=day,
                   dates=sorted(votes.counts)) if day else None
    return entry, day, texts.get(day, "")


def _where(main: list[_Mention], day: str, day_text: str) -> dict[str, Any] | None:
    cities, venues = _Votes(), _Votes()
    for mention in main:
        if not _other_day(mention.ref, day, day_text):
            _places(mention, cities, venues, mention.ref.quote())
    city, venue = cities.best(), venues.best()
    if venue and city and city.lower() in venue.lower():
        city = ""
    quotes = list(dict.fromkeys(venues.quotes.get(venue, []) + cities.quotes.get(city, [])))
    return _entry(", ".join(x for x in (venue, city) if x), quotes, venue=venue, city=city)


def _what(main: list[_Mention], noun: str, city: str, sections: Sequence[Section]) -> dict[str, Any] | None:
    modifiers, about = _Votes(), _Votes()
    for mention in main:
        quote = mention.ref.quote()
        modifiers.add(_modifier(mention), quote)
        for name in _about(mention):
            about.add(name, quote)
    prefix, subject = modifiers.best(), about.best()
    if not (prefix or city) and len(main) < 2:
        return None  # one passing "talks" is not enough to name the event
    quotes = list(modifiers.quotes.get(prefix, [])) + list(about.quotes.get(subject, []))
    if not subject:
        subject, extra = _recipient(sections)
        quotes += extra[:1]
    text = f"{prefix or city} {noun}".strip()
    if prefix and city and prefix != city:
        text += f" in {city}"
    if subject and subject not in (prefix, city):
        text += f" on {subject}"
    quotes = list(dict.fromkeys(quotes or [main[0].ref.quote()]))
    return _entry(text[:1].upper() + text[1:], quotes, noun=noun, place=prefix or city, subject=subject)


def event_card(topic: TopicData, sections: Sequence[Section]) -> dict[str, Any]:
    """The card: ``what``, ``where``, ``when``, ``host``, each ``{"text", "quotes", ...}`` (missing if unknown)."""
    mentions = _mentions(topic)
    card: dict[str, Any] = {}
    noun = main_event(topic)
    main = [m for m in mentions if event_lemma(m.noun) == noun]
    if main:
        # Any word for the event may place or date it ("The meeting, hosted by Starmer at Lancaster House").
        when, day, day_text = _when(main) if any(True for _ in _all_dates(main)) else _when(mentions)
        where = _where(mentions, day, day_text)
        what = _what(main, noun, where["city"] if where else "", sections)
        card.update({k: v for k, v in (("what", what), ("where", where), ("when", when)) if v})
    host = _host(sections)
    if host:
        card["host"] = host
    return card
