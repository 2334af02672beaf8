"""Pledges: who commits what, found from commitment cues plus an amount or a thing given.

One item per commitment: sentences that name the same sum (whatever its spelling or currency
conversion) are one pledge backed by every source; sentences naming the same sum with different
quantities ("5,000" vs "more than 5,000" missiles) keep both versions and flag the difference.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from briefing.config import SectionSpec
from briefing.model import Item
from briefing.nlp.amounts import Amount, format_amount, parse_money, parse_quantity
from briefing.nlp.similarity import bag, content_lemmas, cosine
from briefing.nlp.topic import SentenceRef, TopicData

__all__ = ["pledge_items", "money_in", "quantities_in"]

_NEGATIVE = frozenset({"reject", "deny", "refuse", "oppose", "rule", "dismiss", "block", "veto", "criticise",
                       "criticize", "question", "doubt", "warn"})
"""Verbs that turn a commitment cue into its opposite or into mere talk about it."""


@dataclass(slots=True)
class _Candidate:
    ref: SentenceRef
    money: list[Amount]
    conversions: list[Amount]
    quantities: list[tuple[Amount, str]]
    """Quantities with the lemma of the thing counted."""


@dataclass(slots=True)
class _Group:
    members: list[_Candidate] = field(default_factory=list)

    def key_money(self) -> Amount | None:
        return next((m for c in self.members for m in c.money), None)


def _is_parenthetical(ent: Span) -> bool:
    doc = ent.doc
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return before == "(" and after == ")"


def money_in(span: Span) -> tuple[list[Amount], list[Amount]]:
    """Money amounts in a sentence, and those that are only a conversion of the previous one."""
    money, conversions = [], []
    for ent in span.ents:
        if ent.label_ != "MONEY":
            continue
        amount = parse_money(ent.text)
        if amount is None:
            continue
        (conversions if money and _is_parenthetical(ent) else money).append(amount)
    return money, conversions


def _counted_thing(ent: Span) -> str:
    """Lemma of the noun a number counts: ``5,000 air defense missiles`` -> ``missile``."""
    head = ent.root.head
    if head.pos_ in ("NOUN", "PROPN") and head.i >= ent.end:
        return head.lemma_.lower()
    return ""


def quantities_in(span: Span) -> list[tuple[Amount, str]]:
    """Counted quantities (``more than 5,000 ... missiles``), ignoring ordinals, years and list steps."""
    out = []
    for ent in span.ents:
        if ent.label_ not in ("CARDINAL", "QUANTITY"):
            continue
        amount = parse_quantity(ent.text)
        thing = _counted_thing(ent)
        if amount is None or not thing or (amount.value < 100 and ent.label_ == "CARDINAL"):
            continue
        out.append((amount, thing))
    return out


def _negated(token: Token) -> bool:
    return any(anc.lemma_.lower() in _NEGATIVE for anc in token.ancestors) or any(
        child.dep_ == "neg" for child in token.children)


def _cue_tokens(span: Span, cues: frozenset[str]) -> list[Token]:
    return [t for t in span if t.lemma_.lower() in cues and t.pos_ in ("VERB", "NOUN") and not _negated(t)]


def _candidate(ref: SentenceRef, spec: SectionSpec) -> _Candidate | None:
    span = ref.span
    cues = _cue_tokens(span, frozenset(spec.cues))
    if not cues:
        return None
    money, conversions = money_in(span)
    quantities = quantities_in(span)
    if money or quantities:
        return _Candidate(ref, money, conversions, quantities)
    also = frozenset(spec.also)
    things = [t for t in span if t.lemma_.lower() in also and t.pos_ == "NOUN"]
    # A thing given without an amount counts only when it hangs off the commitment itself.
    if any(cue in thing.ancestors or thing in cue.subtree for thing in things for cue in cues):
        return _Candidate(ref, [], [], [])
    return None


def _group(candidates: Iterable[_Candidate], duplicate: float) -> list[_Group]:
    groups: list[_Group] = []
    by_money: dict[tuple[float, str], _Group] = {}
    for cand in candidates:
        keys = [m.key for m in cand.money + cand.conversions]
        target = next((by_money[k] for k in keys if k in by_money), None)
        if target is None and not cand.money:
            words = bag(content_lemmas(cand.ref.span))
            target = next((g for g in groups if not g.key_money() and any(
                cosine(words, bag(content_lemmas(m.ref.span))) >= duplicate for m in g.members)), None)
        if target is None:
            target = _Group()
            groups.append(target)
        target.members.append(cand)
        for key in keys:
            by_money.setdefault(key, target)
    return groups


def _quantity_facts(group: _Group) -> tuple[list[dict], list[str]]:
    versions: dict[tuple[float, str, str], list[str]] = {}
    for cand in group.members:
        for amount, thing in cand.quantities:
            versions.setdefault((amount.value, amount.qualifier, thing), []).append(cand.ref.sentence.article_id)
    facts = [{"value": v, "qualifier": q, "thing": t, "text": (f"{q} " if q else "") + f"{v:,.0f}",
              "article_ids": sorted(set(ids))} for (v, q, t), ids in versions.items()]
    notes = []
    by_thing: dict[str, set[str]] = {}
    for fact in facts:
        by_thing.setdefault(fact["thing"], set()).add(fact["text"])
    for thing, texts in by_thing.items():
        if len(texts) > 1:
            notes.append(f"sources differ on the number of {thing}s: " + " vs ".join(sorted(texts)))
    return facts, notes


def _item(group: _Group) -> Item:
    lead = min(group.members, key=lambda c: (c.ref.index, -len(c.money)))
    money = group.key_money()
    quantities, discrepancies = _quantity_facts(group)
    facts: dict = {"kind": "pledge", "quantities": quantities, "discrepancies": discrepancies}
    if money:
        facts.update(amount=money.value, currency=money.currency, amount_text=format_amount(money))
    conversions = [c for cand in group.members for c in cand.conversions]
    if conversions:
        facts["conversions"] = sorted({format_amount(c) for c in conversions})
    prefix = f"{format_amount(money)}: " if money else ""
    quotes = [c.ref.quote() for c in sorted(group.members, key=lambda c: (c.ref.analysis.article.id, c.ref.index))]
    return Item(prefix + " ".join(lead.ref.sentence.text.split()), quotes, facts)


def pledge_items(topic: TopicData, spec: SectionSpec, duplicate: float = 0.6) -> list[Item]:
    """The topic's pledges, most corroborated first."""
    candidates = [c for ref in topic.sentences() if (c := _candidate(ref, spec))]
    items = [_item(g) for g in _group(candidates, duplicate)]
    items.sort(key=lambda it: (-it.source_count, -(it.facts.get("amount") or 0)))
    return items[: spec.max_items]
