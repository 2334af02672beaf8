"""From paths to a :class:`~briefing.model.Briefing`: the one function every front end calls.

Stages: read -> one spaCy pass -> canonical entities -> clusters -> sections per topic. The function
takes ``on_progress`` and ``is_cancelled`` so a TUI worker or a CLI progress bar can follow and stop it;
it never prints and never imports a front end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from typing import TYPE_CHECKING

from briefing.cache import AnalysisCache, open_cache
from briefing.config import Config
from briefing.ingest import read_paths
from briefing.memo import briefing_key, decode_result, encode_result
from briefing.model import Article, Briefing, Entity, Skipped, Topic
from briefing.nlp.identity import model_identity
from briefing.signals import Cancelled, Progress

if TYPE_CHECKING:  # the NLP stack (spaCy, scikit-learn) is imported only when a briefing is computed
    from briefing.nlp.analyze import Analysis
    from briefing.nlp.cluster import ArticleFeatures, ClusterConfig
    from briefing.nlp.entities import EntityIndex

__all__ = ["Progress", "Cancelled", "build_briefing", "briefing_from_articles", "cluster_config",
           "collapse_reprints", "article_features"]


OnProgress = Callable[[Progress], None]


def cluster_config(config: Config) -> ClusterConfig:
    """The ``[cluster]`` table as a :class:`ClusterConfig` (missing keys keep their defaults)."""
    from briefing.nlp.cluster import ClusterConfig

    known = {f.name for f in fields(ClusterConfig)}
    return ClusterConfig(**{k: v for k, v in config["cluster"].items() if k in known})


def build_briefing(paths: Sequence[str], config: Config, *, on_progress: OnProgress | None = None,
                   is_cancelled: Callable[[], bool] | None = None, cache: AnalysisCache | None = None,
                   no_cache: bool = False) -> Briefing:
    """Read ``paths`` and write the briefing. Bad inputs end up in ``Briefing.skipped``.

    ``cache`` and ``no_cache`` are as for :func:`briefing_from_articles`."""
    report = on_progress or (lambda p: None)
    report(Progress("read", 0, len(paths)))
    result = read_paths(paths, config)
    report(Progress("read", len(paths), len(paths)))
    return briefing_from_articles(result.articles, config, result.skipped, on_progress=on_progress,
                                  is_cancelled=is_cancelled, cache=cache, no_cache=no_cache)


def briefing_from_articles(articles: Sequence[Article], config: Config, skipped: Sequence[Skipped] = (), *,
                           on_progress: OnProgress | None = None,
                           is_cancelled: Callable[[], bool] | None = None, cache: AnalysisCache | None = None,
                           no_cache: bool = False) -> Briefing:
    """The briefing of articles already read.

    The whole briefing and each article's spaCy result are read from and stored in ``cache``; without
    one, in the cache the ``[cache]`` table configures (opened and closed here). A run over the same
    articles with the same configuration, pipeline and code decodes the stored briefing
    (:mod:`briefing.memo`); otherwise unchanged articles still skip spaCy. ``no_cache`` neither reads
    nor writes any cache."""
    report = on_progress or (lambda p: None)
    own = None if no_cache or cache is not None else open_cache(config["cache"])
    store = None if no_cache else (cache if cache is not None else own)
    try:
        key = _result_key(articles, config) if store is not None else None
        found = _stored_result(store, key, articles) if store is not None and key else None
        if found is not None:
            briefing, extra = found
            report(Progress("parse", len(articles), len(articles)))
            report(Progress("write", len(briefing.topics), len(briefing.topics)))
        else:
            extra = []
            briefing = _compute(articles, config, extra, report, is_cancelled or (lambda: False), store)
            if store is not None and key:
                _store_result(store, key, briefing, extra)
    finally:
        if own is not None:
            own.close()
    return Briefing(briefing.articles, briefing.topics, [*skipped, *extra])


def _result_key(articles: Sequence[Article], config: Config) -> str:
    identity = model_identity(config["nlp"]["model"])
    if identity is None:  # a pipeline not found on disk by name: spaCy must load it to say what it is
        from briefing.nlp.analyze import model_info

        identity = model_info(config["nlp"]["model"])
    return briefing_key(articles, config.data, identity.fingerprint)


def _stored_result(store: AnalysisCache, key: str,
                   articles: Sequence[Article]) -> tuple[Briefing, list[Skipped]] | None:
    blob = store.get_many([key]).get(key)
    if blob is None:
        return None
    found = decode_result(blob, articles)
    if found is None:  # passed its digest yet does not decode or fit the texts: never trust it
        store.forget([key])
    return found


def _store_result(store: AnalysisCache, key: str, briefing: Briefing, extra: list[Skipped]) -> None:
    try:
        blob = encode_result(briefing, extra)
    except TypeError:  # a value the encoding does not know (a custom section's facts): just recompute
        return
    store.put_many([(key, blob)])


def _compute(articles: Sequence[Article], config: Config, skipped: list[Skipped], report: OnProgress,
             cancelled: Callable[[], bool], store: AnalysisCache | None) -> Briefing:
    """spaCy (through the analysis cache) -> entities -> clusters -> topics; analysis skips go to ``skipped``."""
    from briefing.ingest.clean import CleanRules
    from briefing.nlp.analyze import analyze
    from briefing.nlp.cluster import cluster_articles
    from briefing.nlp.entities import canonicalize

    rules = CleanRules.from_config(config["clean"])
    # reprints go before spaCy: a syndicated copy is neither parsed nor counted in the entity votes
    articles = collapse_reprints(articles, cluster_config(config))
    analyses = analyze(articles, config["nlp"], rules, cache=store, is_cancelled=cancelled,
                       on_progress=lambda done, total: report(Progress("parse", done, total)),
                       on_error=lambda article, reason: skipped.append(Skipped(article.path, reason)))
    if cancelled():
        raise Cancelled()
    index = canonicalize([[m for m, _ in a.mentions] for a in analyses], config.aliases,
                         {a.article.id: a.article.text for a in analyses})
    report(Progress("cluster", 0, 1))
    features = article_features(analyses, index)
    groups = cluster_articles(features, cluster_config(config)) if analyses else []
    report(Progress("cluster", 1, 1))
    topics = []
    for number, group in enumerate(groups, 1):
        if cancelled():
            raise Cancelled()
        members = [analyses[i] for i in group]
        topics.append(_topic(number, members, [features[i] for i in group], index, config))
        report(Progress("write", number, len(groups)))
    return Briefing([a.article for a in analyses], topics, [])


def collapse_reprints(articles: Sequence[Article], config: ClusterConfig) -> list[Article]:
    """Keep one article per group of near-identical texts; the others become its ``reprints``.

    Syndicated wire copy saved from several sites is one report, not independent corroboration.
    """
    from briefing.nlp.cluster import near_duplicate_groups

    texts = [a.text[a.body_start:] for a in articles]
    drop: set[int] = set()
    kept = list(articles)
    for group in near_duplicate_groups(texts, config.near_duplicate_threshold):
        first = kept[group[0]]
        paths = tuple(p for i in group[1:] for p in (articles[i].path, *articles[i].reprints))
        kept[group[0]] = replace(first, reprints=first.reprints + paths)
        drop.update(group[1:])
    return [a for i, a in enumerate(kept) if i not in drop]


def article_features(analyses: Sequence[Analysis], index: EntityIndex) -> list[ArticleFeatures]:
    """Clustering features of each article, with canonical entity keys (no second NLP pass)."""
    from briefing.nlp.cluster import features_from_doc

    out = []
    for analysis in analyses:
        keys = {(ent.start, ent.end): index.key_of(m) for m, ent in analysis.mentions}

        def entity_key(span, keys=keys, index=index) -> str | None:
            key = keys.get((span.start, span.end))
            entity = index.get(key) if key else None
            return f"{entity.label}:{key.lower()}" if entity else None

        out.append(features_from_doc(analysis.doc, entity_key, analysis.article.published))
    return out


def _topic_entities(analyses: Sequence[Analysis], index: EntityIndex) -> list[Entity]:
    ids = {a.article.id for a in analyses}
    counts: Counter[str] = Counter()
    for analysis in analyses:
        for mention, _ in analysis.mentions:
            key = index.key_of(mention)
            if key:
                counts[key] += 1
    out = []
    for key, _ in counts.most_common():
        entity = index.entities[key]
        mentions = [m for m in entity.mentions if m.article_id in ids]
        out.append(Entity(entity.key, entity.label, list(entity.aliases), mentions))
    return out


def _label(features: Sequence[ArticleFeatures], entities: list[Entity], card: dict) -> str:
    """The event card's "what" with the topic's leading people, else the clustering's own label."""
    what = card.get("what", {}).get("text", "") if isinstance(card.get("what"), dict) else ""
    if what:
        people = [e.key for e in entities if e.label == "PERSON"][:2]
        return f"{what} — {', '.join(people)}" if people else what
    from briefing.nlp.cluster import topic_label

    display = {f"{e.label}:{e.key.lower()}": e.key for e in entities}
    return topic_label(features, lambda key: display.get(key, key.split(":", 1)[-1]))


def _topic(number: int, analyses: list[Analysis], features: Sequence[ArticleFeatures], index: EntityIndex,
           config: Config) -> Topic:
    from briefing.nlp.event import event_card
    from briefing.nlp.sections import build_sections
    from briefing.nlp.topic import TopicData

    data = TopicData(analyses, index)
    entities = _topic_entities(analyses, index)
    dates = sorted(a.article.published[:10] for a in analyses if a.article.published)
    sections = build_sections(data, config)
    card = event_card(data, sections)
    return Topic(
        id=f"t{number}",
        label=_label(features, entities, card),
        article_ids=[a.article.id for a in analyses],
        sections=sections,
        card=card,
        date_range=(dates[0], dates[-1]) if dates else None,
        entities=entities,
    )
