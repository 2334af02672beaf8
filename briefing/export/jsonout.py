"""The briefing as JSON (``"schema": "briefing.v1"``): a pure function of a Briefing.

Every quote carries ``article_id``, ``start``, ``end`` and ``text`` with
``articles[article_id].text[start:end] == text``; the schema is documented in README.md.
"""

from __future__ import annotations

import json
from typing import Any

from briefing.model import Article, Briefing, Entity, Item, Quote, Topic

__all__ = ["to_json", "to_dict", "SCHEMA"]

SCHEMA = "briefing.v1"


def _quote(q: Quote) -> dict[str, Any]:
    return {"article_id": q.article_id, "start": q.start, "end": q.end, "text": q.text,
            "highlights": [list(h) for h in q.highlights]}


def _plain(value: Any) -> Any:
    """Facts may hold quotes and tuples; make them JSON values."""
    if isinstance(value, Quote):
        return _quote(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _item(item: Item) -> dict[str, Any]:
    return {"text": item.text, "source_count": item.source_count, "quotes": [_quote(q) for q in item.quotes],
            "facts": _plain(item.facts)}


def _entity(entity: Entity) -> dict[str, Any]:
    return {"key": entity.key, "label": entity.label, "aliases": entity.aliases,
            "mentions": len(entity.mentions), "article_ids": sorted(entity.article_ids)}


def _topic(topic: Topic) -> dict[str, Any]:
    return {
        "id": topic.id,
        "label": topic.label,
        "article_ids": topic.article_ids,
        "date_range": list(topic.date_range) if topic.date_range else None,
        "card": _plain(topic.card),
        "entities": [_entity(e) for e in topic.entities],
        "sections": [{"key": s.key, "title": s.title, "items": [_item(i) for i in s.items]} for s in topic.sections],
    }


def _article(article: Article) -> dict[str, Any]:
    return {"id": article.id, "path": article.path, "title": article.title, "source": article.source,
            "published": article.published, "author": article.author, "url": article.url,
            "reprints": list(article.reprints), "warnings": list(article.warnings), "text": article.text}


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The JSON document as Python values."""
    return {
        "schema": SCHEMA,
        "articles": [_article(a) for a in briefing.articles],
        "topics": [_topic(t) for t in briefing.topics],
        "skipped": [{"path": s.path, "reason": s.reason} for s in briefing.skipped],
    }


def to_json(briefing: Briefing) -> str:
    """The briefing as indented JSON text (ASCII-safe: control characters are escaped)."""
    return json.dumps(to_dict(briefing), indent=2, ensure_ascii=True) + "\n"
