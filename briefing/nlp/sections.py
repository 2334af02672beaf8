"""Each topic's sections, as defined in TOML: facts (pledges, attendees), summary, cue sections."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.config import Config, SectionSpec
from briefing.model import Item, Section
from briefing.nlp.attendees import attendee_items
from briefing.nlp.pledges import pledge_items
from briefing.nlp.similarity import bag, content_lemmas, cosine
from briefing.nlp.summarize import centrality
from briefing.nlp.topic import SentenceRef, TopicData

__all__ = ["build_sections", "summary_items", "cue_items", "select_mmr"]


def build_sections(topic: TopicData, config: Config) -> list[Section]:
    """Every configured section for one topic, in config order."""
    return [Section(spec.key, spec.title, _items(topic, spec, config)) for spec in config.sections]


def _items(topic: TopicData, spec: SectionSpec, config: Config) -> list[Item]:
    duplicate = config["summary"]["duplicate_similarity"]
    if spec.kind == "pledges":
        return pledge_items(topic, spec, duplicate)
    if spec.kind == "attendees":
        return attendee_items(topic, spec, next((s for s in config.sections if s.kind == "pledges"), None))
    if spec.kind == "summary":
        return summary_items(topic, config["summary"])
    return cue_items(topic, spec, duplicate)


def select_mmr(scores: Sequence[float], bags: Sequence[dict], count: int, lam: float, duplicate: float) -> list[int]:
    """Maximal marginal relevance: best-scoring first, penalising similarity to what is chosen.

    A candidate at least ``duplicate``-similar to a chosen one is never chosen (it says the same).
    """
    top = max(scores, default=0.0) or 1.0
    chosen: list[int] = []
    best_sim = [0.0] * len(scores)
    while len(chosen) < count:
        pick, pick_value = -1, float("-inf")
        for i, score in enumerate(scores):
            if i in chosen or best_sim[i] >= duplicate:
                continue
            value = lam * score / top - (1 - lam) * best_sim[i]
            if value > pick_value:
                pick, pick_value = i, value
        if pick < 0:
            break
        chosen.append(pick)
        for i in range(len(scores)):
            best_sim[i] = max(best_sim[i], cosine(bags[i], bags[pick]))
    return chosen


def _merged_quotes(refs: Sequence[SentenceRef], bags: Sequence[dict], pick: int, duplicate: float) -> list:
    """The chosen sentence's quote, plus near-identical sentences from other articles."""
    quotes = [refs[pick].quote()]
    seen = {refs[pick].sentence.article_id}
    for i, ref in enumerate(refs):
        article = ref.sentence.article_id
        if article not in seen and cosine(bags[i], bags[pick]) >= duplicate:
            quotes.append(ref.quote())
            seen.add(article)
    return quotes


def summary_items(topic: TopicData, table: dict) -> list[Item]:
    """Context sentences: central across the topic's articles, early in their article, not repeated."""
    refs = list(topic.sentences())
    words = [content_lemmas(ref.span) for ref in refs]
    keep = [i for i, w in enumerate(words) if len(w) >= 3]
    refs, words = [refs[i] for i in keep], [words[i] for i in keep]
    if not refs:
        return []
    central = centrality(words, table["algorithm"])
    decay = table["position_decay"]
    scores = [c / (1.0 + decay * ref.index) for c, ref in zip(central, refs)]
    bags = [bag(w) for w in words]
    duplicate = table["duplicate_similarity"]
    picks = select_mmr(scores, bags, table["sentences"], table["mmr_lambda"], duplicate)
    items = []
    for pick in picks:
        quotes = _merged_quotes(refs, bags, pick, duplicate)
        facts = {"kind": "summary", "score": round(scores[pick], 6), "position": refs[pick].index}
        items.append(Item(" ".join(refs[pick].sentence.text.split()), quotes, facts))
    return items


def cue_items(topic: TopicData, spec: SectionSpec, duplicate: float) -> list[Item]:
    """A user-defined section: sentences with a cue word (and an entity of a listed label, if any)."""
    cues = frozenset(c for c in spec.cues if " " not in c)
    phrases = [c for c in spec.cues if " " in c]
    refs, bags = [], []
    for ref in topic.sentences():
        span = ref.span
        lowered = span.text.lower()
        if not (any(t.lemma_.lower() in cues for t in span) or any(p in lowered for p in phrases)):
            continue
        if spec.labels and not any(e.label_ in spec.labels for e in span.ents):
            continue
        refs.append(ref)
        bags.append(bag(content_lemmas(span)))
    items, used = [], set()
    for i, ref in enumerate(refs):
        if i in used:
            continue
        group = [j for j in range(i, len(refs)) if j not in used and (j == i or cosine(bags[i], bags[j]) >= duplicate)]
        used.update(group)
        quotes = [refs[j].quote() for j in group]
        items.append(Item(" ".join(ref.sentence.text.split()), quotes, {"kind": spec.key}))
    items.sort(key=lambda it: -it.source_count)
    return items[: spec.max_items]
