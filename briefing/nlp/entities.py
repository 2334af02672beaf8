"""Canonical entities across the corpus: one entity for every way of naming it.

Rules, in order:
1. surface clean-up: a leading "the", a possessive "'s", spacing; titles before a person's name
   ("King Mohammed VI", "President Joe Biden");
2. the alias table from config (``UK``, ``Britain``, ``British`` -> ``United Kingdom``; a demonym maps
   to its country and counts as a place);
3. people: a surname-only mention joins the full name it is the last word of (in the same article
   first, else the only such full name in the corpus), or the first word of one full name of the same
   article ("Xi" for Xi Jinping); a surname spaCy tagged as a place ("Scholz" GPE) joins the one full
   name of the same article ending with it; spelling variants of one name join (``Zelensky`` /
   ``Zelenskyy``) when their words are near-identical;
4. the label of an entity is the majority label of its mentions (spaCy calls "Starmer" an ORG now
   and then; the vote makes him a PERSON); a full name spaCy called a person at least once is a person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from briefing.model import Entity, Mention

__all__ = ["EntityIndex", "canonicalize", "normalise_surface", "strip_title", "KEPT_LABELS"]

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
"""Labels that name things; amounts and dates are handled as facts, not entities."""

_NAME_LABELS = frozenset({"PERSON", "ORG"})
"""spaCy confuses these two for people's surnames; both may join a person."""


_TITLES = frozenset({
    "president", "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan",
    "pope", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "general", "gen", "senator", "sen", "rep",
    "secretary", "premier", "governor", "mayor", "vice", "foreign", "deputy", "crown", "ambassador", "commissioner",
    "chief", "judge", "justice", "cardinal", "archbishop", "bishop", "rabbi", "imam", "colonel", "col", "admiral",
    "marshal", "field", "captain", "capt", "lt", "lieutenant", "professor", "prof",
})
"""Words a person's name may start with in the recogniser's span ("King Mohammed VI", "President Joe Biden")."""


def strip_title(surface: str) -> str:
    """``"King Mohammed VI"`` -> ``"Mohammed VI"``: leading titles off a person's name (one word at least stays)."""
    words = surface.split()
    while len(words) > 1 and words[0].rstrip(".").lower() in _TITLES:
        words = words[1:]
    return " ".join(words)


def normalise_surface(text: str) -> str:
    """``"the U.K.'s"`` -> ``"U.K."``: the form looked up in the alias table."""
    text = " ".join(text.split())
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return text.strip(" ,.;:-–—\"“”") if not re.search(r"\b[A-Z]\.$", text) else text.strip(" ,;:-–—\"“”")


@dataclass(slots=True)
class EntityIndex:
    """Canonical entities and the key of every mention."""

    entities: dict[str, Entity] = field(default_factory=dict)
    """By canonical key."""
    by_mention: dict[tuple[str, int, int], str] = field(default_factory=dict)
    """``(article_id, start, end)`` of a mention -> canonical key."""

    def key_of(self, mention: Mention) -> str | None:
        """Canonical key of a mention (None for amounts, dates and other non-names)."""
        return self.by_mention.get((mention.article_id, mention.start, mention.end))

    def get(self, key: str) -> Entity | None:
        """The entity with canonical key ``key``."""
        return self.entities.get(key)


class _Aliases:
    """Case-sensitive lookup first (``US`` vs ``us``), then case-insensitive for longer forms."""

    def __init__(self, table: dict[str, str]) -> None:
        self.exact = {normalise_surface(k): v for k, v in table.items()}
        self.folded = {k.lower(): v for k, v in self.exact.items() if len(k) > 3}

    def lookup(self, surface: str) -> str | None:
        return self.exact.get(surface) or self.folded.get(surface.lower())


def _looks_like_name(surface: str) -> bool:
    """Two to four capitalised words: "Olaf Scholz", "Ursula von der Leyen"."""
    words = surface.split()
    return 1 < len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()


def _similar_word(a: str, b: str) -> bool:
    """Spelling variants of one name: ``Zelensky``/``Zelenskyy``/``Zelenskiy``."""
    if a == b:
        return True
    if a[:3].lower() != b[:3].lower() or min(len(a), len(b)) < 5:
        return False
    return SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.85


def _person_key(words: list[str], full_names: dict[str, list[str]], local: set[str]) -> str | None:
    """The full name a one-word mention belongs to, preferring names seen in the same article."""
    surname = words[-1]
    candidates = [name for last, names in full_names.items() if _similar_word(last, surname) for name in names]
    in_article = [name for name in candidates if name in local]
    pool = in_article or candidates
    distinct = set(pool)
    if len(distinct) == 1:
        return pool[0]
    if not distinct:
        # Family name first ("Xi" for Xi Jinping): only a name of the same article, and only one.
        firsts = {name for name in local if name and len(name.split()) > 1 and name.split()[0] == surname}
        if len(firsts) == 1:
            return firsts.pop()
    return None


def _local_person(word: str, local: set[str]) -> str | None:
    """A surname spaCy tagged as a place ("Scholz" GPE) when the article names that one person in full."""
    found = {name for name in local if name and len(name.split()) > 1 and name.split()[-1] == word}
    return found.pop() if len(found) == 1 else None


def _group_variants(names: Iterable[str]) -> dict[str, str]:
    """Map each multi-word person name to a representative spelling (the most common first)."""
    rep: dict[str, str] = {}
    reps: list[str] = []
    for name in names:
        words = name.split()
        for other in reps:
            owords = other.split()
            if len(owords) == len(words) and all(_similar_word(a, b) for a, b in zip(words, owords)):
                rep[name] = other
                break
        else:
            reps.append(name)
            rep[name] = name
    return rep


def canonicalize(mentions_by_article: Sequence[Sequence[Mention]], aliases: dict[str, str]) -> EntityIndex:
    """Resolve every name mention of the corpus to a canonical entity."""
    table = _Aliases(aliases)
    surfaces: dict[tuple[str, int, int], str] = {}
    name_forms: Counter[str] = Counter()
    person_votes: Counter[str] = Counter()
    for mentions in mentions_by_article:
        for m in mentions:
            if m.label not in KEPT_LABELS:
                continue
            surface = normalise_surface(m.text)
            if m.label == "PERSON":
                surface = strip_title(surface)
            if not surface or not re.search(r"[A-Za-z]", surface):
                continue
            surfaces[(m.article_id, m.start, m.end)] = table.lookup(surface) or surface
            if m.label in _NAME_LABELS and _looks_like_name(surface) and not table.lookup(surface):
                name_forms[surface] += 1
                person_votes[surface] += m.label == "PERSON"
    variant = _group_variants(name for name, _ in name_forms.most_common())
    # Only groups that spaCy called a PERSON at least once are people (spaCy tags some names ORG).
    people = {variant[name] for name, votes in person_votes.items() if votes}
    variant = {name: rep for name, rep in variant.items() if rep in people}
    full_names: dict[str, list[str]] = defaultdict(list)
    for name, canonical in variant.items():
        full_names[name.split()[-1]].append(canonical)
    for surface, canonical in aliases.items():
        # A configured person name ("Zelensky" = "Volodymyr Zelenskyy") also anchors surname mentions.
        words = canonical.split()
        if len(words) > 1 and len(surface.split()) == 1 and _similar_word(surface, words[-1]):
            if canonical not in full_names[words[-1]]:
                full_names[words[-1]].append(canonical)
    return _build(mentions_by_article, surfaces, variant, full_names)


def _build(mentions_by_article: Sequence[Sequence[Mention]], surfaces: dict[tuple[str, int, int], str],
           variant: dict[str, str], full_names: dict[str, list[str]]) -> EntityIndex:
    index = EntityIndex()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mentions in mentions_by_article:
        local = {variant.get(surfaces.get((m.article_id, m.start, m.end), ""), "") for m in mentions}
        for m in mentions:
            where = (m.article_id, m.start, m.end)
            surface = surfaces.get(where)
            if surface is None:
                continue
            key = variant.get(surface, surface)
            words = key.split()
            if len(words) == 1 and m.label in _NAME_LABELS and key[:1].isupper():
                key = _person_key(words, full_names, local) or key
            elif len(words) == 1 and m.label in ("GPE", "LOC") and surface == normalise_surface(m.text):
                key = _local_person(key, local) or key
            index.by_mention[where] = key
            entity = index.entities.get(key)
            if entity is None:
                entity = index.entities[key] = Entity(key=key, label=m.label)
            entity.mentions.append(m)
            if m.text not in entity.aliases:
                entity.aliases.append(m.text)
            votes[key][_vote_label(m.label, key, normalise_surface(m.text))] += 1
    people = set(variant.values())
    for key, counter in votes.items():
        # A full name spaCy called a person at least once stays a person ("told Zelenskyy" tagged GPE).
        index.entities[key].label = "PERSON" if key in people else counter.most_common(1)[0][0]
    return index


def _vote_label(label: str, key: str, surface: str) -> str:
    """A demonym resolved to a country is a place ("British" -> United Kingdom, GPE)."""
    if label == "NORP" and key.lower() != surface.lower():
        return "GPE"
    return label
