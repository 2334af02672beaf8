"""Attendees: the people, countries and organisations that took part, read off the parse.

A name counts only when it fills a participant slot of an attendance cue: the subject of
"attended"/"gathered"/"met", the agent of "hosted by", the members of "the participation of leaders
from ...", the subject of "were in attendance", either side of "a meeting between A and B". A name
that is merely quoted, criticised or mentioned elsewhere in the sentence does not count.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from briefing.config import SectionSpec
from briefing.model import Item, Quote
from briefing.nlp.topic import SentenceRef, TopicData

__all__ = ["attendee_items", "participant_tokens"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
_OBJECT_VERBS = frozenset({"host", "welcome", "meet", "join", "receive", "invite"})
"""Verbs whose object took part too ("met with Starmer", "hosted leaders from ...")."""
_PARTICIPANT_PREPS = frozenset({"by", "with", "of", "from", "between", "among", "including"})
_NOT_PARTICIPANT_PREPS = frozenset({"at", "in", "on", "to", "for", "during", "after", "before", "amid", "near"})
_HOST_LEMMAS = frozenset({"host", "chair", "convene", "welcome"})
_KINDS = {"PERSON": "person", "GPE": "country", "NORP": "country", "ORG": "organisation"}


@dataclass(slots=True)
class _Attendee:
    key: str
    label: str
    quotes: list[Quote] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    host: bool = False


def _slot_roots(cue: Token) -> list[Token]:
    """Tokens heading the participant slots of one cue."""
    roots: list[Token] = []
    verb = cue
    if cue.pos_ == "NOUN":
        roots += [c for c in cue.children if c.dep_ == "prep" and c.lower_ in _PARTICIPANT_PREPS]
        # "were also in attendance": the noun sits under a preposition of the verb whose subject took part.
        if cue.dep_ == "pobj" and cue.head.dep_ == "prep":
            verb = cue.head.head
        elif cue.dep_ in ("dobj", "attr"):
            return roots
        else:
            return roots
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            roots.append(child)
        elif child.dep_ == "prep" and child.lower_ in _PARTICIPANT_PREPS:
            roots.append(child)
        elif child.dep_ == "dobj" and verb.lemma_.lower() in _OBJECT_VERBS:
            roots.append(child)
    return roots


def participant_tokens(span: Span, cues: frozenset[str]) -> dict[int, bool]:
    """Token indices inside participant slots of the sentence -> whether that slot is the host."""
    out: dict[int, bool] = {}
    for cue in span:
        if cue.lemma_.lower() not in cues or cue.pos_ not in ("VERB", "NOUN", "AUX"):
            continue
        hosting = cue.lemma_.lower() in _HOST_LEMMAS
        for root in _slot_roots(cue):
            for token in root.subtree:
                if _inside_excluded_prep(token, root):
                    continue
                is_host = hosting and root.dep_ in ("agent", "nsubj")
                out[token.i] = out.get(token.i, False) or is_host
    return out


def _inside_excluded_prep(token: Token, root: Token) -> bool:
    """Places and times inside a slot ("leaders ... at Lancaster House") are not participants."""
    node = token
    while node != root and node.head != node:
        if node.dep_ == "prep" and node.lower_ in _NOT_PARTICIPANT_PREPS:
            return True
        if node.dep_ == "relcl" or node.dep_ == "acl":
            return True
        node = node.head
    return False


def _role(ent: Span) -> str:
    """Title words just before a person's name: "UK Prime Minister Keir Starmer" -> "Prime Minister"."""
    words = []
    i = ent.start - 1
    doc = ent.doc
    while i >= 0 and doc[i].dep_ in ("compound", "amod") and doc[i].head.i >= ent.start and not doc[i].ent_type_:
        words.append(doc[i].text)
        i -= 1
    return " ".join(reversed(words))


def _collect(topic: TopicData, spec: SectionSpec) -> dict[str, _Attendee]:
    cues = frozenset(spec.cues)
    labels = frozenset(spec.labels)
    found: dict[str, _Attendee] = {}
    for ref in topic.sentences():
        slots = participant_tokens(ref.span, cues)
        if not slots:
            continue
        _add_sentence(topic, ref, slots, labels, found)
    return found


def _add_sentence(topic: TopicData, ref: SentenceRef, slots: dict[int, bool], labels: frozenset[str],
                  found: dict[str, _Attendee]) -> None:
    quote = ref.quote()
    for key, ent in ref.entity_keys(topic.entities):
        entity = topic.entities.get(key)
        if entity is None or entity.label not in labels or ent.root.i not in slots:
            continue
        if entity.label == "NORP":
            continue  # a demonym that is not a country ("Western", "European")
        attendee = found.setdefault(key, _Attendee(key, entity.label))
        if quote not in attendee.quotes:
            attendee.quotes.append(quote)
        attendee.host = attendee.host or slots[ent.root.i]
        role = _role(ent) if entity.label == "PERSON" else ""
        if role and role not in attendee.roles:
            attendee.roles.append(role)


def _item(att: _Attendee) -> Item:
    kind = _KINDS.get(att.label, "other")
    details = [*att.roles[:1]] + (["host"] if att.host else [])
    text = att.key + (f" — {', '.join(details)}" if details else "")
    facts = {"kind": "attendee", "entity": att.key, "type": kind, "roles": att.roles, "host": att.host}
    return Item(text, att.quotes, facts)


def attendee_items(topic: TopicData, spec: SectionSpec) -> list[Item]:
    """People first (hosts leading), then countries, then organisations; each with its quotes."""
    order = {"person": 0, "country": 1, "organisation": 2}
    items = [_item(a) for a in _collect(topic, spec).values()]
    items.sort(key=lambda it: (order.get(it.facts["type"], 3), not it.facts["host"], -it.source_count, it.text))
    return items[: max(spec.max_items, 40)]
