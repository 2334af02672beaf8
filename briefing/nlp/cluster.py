"""Group articles into events, find reprints, and label each group.

Everything here works from what the spaCy pass already produced: a ``Doc`` per article is turned
into :class:`ArticleFeatures` once, and clustering never parses text again.

Article vectors
    Four sparse TF-IDF blocks (sublinear term frequency), each L2-normalised on its own, then
    weighted, concatenated and normalised again: content-word lemmas, canonical entities, date
    expressions and salient numbers. Normalising the blocks separately stops a long tail of words
    from drowning an article's few entities. Entities weigh most: two reports of one event name
    the same people, places and organisations, while two events of the same kind (two
    earthquakes, two summits) share the vocabulary. Years, months and counts are weak alone but
    are what tells the 2005 earthquake from the 2008 one when everything else matches. Words and
    entities of the first sentence (headline or lead, which says what happened) count once more.
    Dates also count against a link: two articles that both name years but share none get their
    similarity scaled by ``year_conflict`` (an earlier event of the same kind is recalled with
    its year; the report of the event itself names its own).

Relative neighbourhood graph (memory linear in N)
    Cosine similarities are computed a block of rows at a time (``X[rows] @ X.T``, each block
    bounded to about ``_BLOCK_CELLS`` cells) and each article keeps at most ``neighbours`` most
    similar articles, so no n-by-n matrix ever exists: memory is O(N * neighbours), time is N**2
    sparse dot products, seconds for 10,000 articles. Of those, an article keeps only the links
    at least ``local_ratio`` times its *local level* (the mean similarity of its ``local_scale``
    best matches); a link survives if either end keeps it. Why: reports of one event are about
    as similar to an article as its best matches, whereas a second event of the same kind shows
    up as a clearly lower tier (shared vocabulary and one shared actor, different everything
    else). A fixed global cut cannot see that tier because cohesion varies a lot between events
    (wire rewrites vs. features); a cut relative to each article's own best matches can. Being
    relative to similarity rather than to a rank (k nearest), it depends on event size far less:
    a large event stays whole as long as its reports are about equally similar (an event with
    fewer than ``local_scale`` reports only gets a looser cut). It never raises a similarity,
    so an isolated article stays isolated. Known limit: a large event made of tight clumps
    (many rewrites of a few wire stories) can split along the clumps.

Average-link merging over that sparse graph
    Clusters are merged greedily, best pair first, while the *average* similarity over all
    pairs of their members is at least ``threshold``; pairs without a link count as 0, which
    only makes merging more cautious. Average link rather than single link (connected
    components) because stories chain: one article on a 2008 earthquake recalls the 2005 one,
    and single link would fuse both events through that one bridge, while an average needs most
    members to agree. The number of clusters follows from the one threshold.

Near-duplicates
    Texts are reduced to lowercase word 4-gram shingles (so spacing, punctuation and case do not
    matter), hashed into a sparse binary matrix whose row cosines measure shingle overlap, and
    pairs above the threshold are joined with union-find, using the same blockwise search.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize
from spacy.tokens import Doc, Span, Token

__all__ = [
    "ClusterConfig",
    "ArticleFeatures",
    "ENTITY_LABELS",
    "default_entity_key",
    "features_from_doc",
    "article_matrix",
    "cluster_articles",
    "near_duplicate_groups",
    "topic_label",
]

ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
"""spaCy labels treated as named entities (dates and amounts have their own blocks)."""

_DATE_LABELS = frozenset({"DATE", "TIME"})
_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_ABBR = {m[:3]: m for m in _MONTHS} | {"sept": "september"}
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_LABEL_PREFIX_RE = re.compile(r"^[A-Z_]+:")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200}
_GENERIC_HEADS = frozenset(
    "people person thing way time day week month year part number lot kind case world country city "
    "official report statement news".split()
)
"""Head nouns too generic to name a topic."""
_SMALL_WORDS = frozenset("of the and for in on at de la le von van der du al bin".split())
_BLOCK_CELLS = 4_000_000
"""Dense cells materialised per block of the neighbour search (about 16 MB of float32)."""
_SHINGLE_CANDIDATES = 16
"""Nearest texts examined per text when looking for near-duplicates."""


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """Settings for :func:`cluster_articles` (TOML table ``[cluster]``, same keys)."""

    threshold: float = 0.1
    """Minimum average cosine between two clusters for them to merge: the one knob that decides
    how many topics come out (higher = more, tighter topics). See the module docstring."""
    term_weight: float = 1.0
    """Weight of the content-word block."""
    entity_weight: float = 1.5
    """Weight of the canonical-entity block (the strongest sign of one event)."""
    date_weight: float = 1.0
    """Weight of the date block (years, months): splits same-kind events from different times."""
    number_weight: float = 0.3
    """Weight of the salient-number block (counts, magnitudes, amounts)."""
    year_conflict: float = 0.6
    """Factor on the similarity of two articles that both name years but no year in common
    (1 = no effect): the time of an event is what tells it from an earlier one of the same kind."""
    lead_repeat: int = 1
    """Extra times the words and entities of an article's first sentence are counted."""
    neighbours: int = 50
    """Most similar articles kept per article; bounds memory at N * neighbours links."""
    local_scale: int = 5
    """How many best matches define an article's local similarity level."""
    local_ratio: float = 0.6
    """Links weaker than this fraction of both ends' local levels are dropped (0 keeps all)."""
    max_days_apart: int = 0
    """If > 0, articles published further apart than this many days are never linked
    (0 = ignore publication dates; articles without a date are never affected)."""
    near_duplicate_threshold: float = 0.7
    """Shingle cosine from which two texts count as the same text (reprints)."""


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """What clustering and labelling need from one parsed article."""

    terms: tuple[str, ...]
    """Lowercased lemmas of content words outside entities, one per occurrence, in text order."""
    entities: tuple[str, ...]
    """Canonical entity keys (default ``LABEL:name``), one per mention, in text order."""
    dates: tuple[str, ...]
    """Normalised date expressions: ``year:2012``, ``month:august``, ``ym:2012-08``."""
    numbers: tuple[str, ...]
    """Salient numbers as plain values (``num:23``, ``num:1.6e+09``); small counts left out."""
    phrases: tuple[str, ...]
    """Lowercased noun-chunk key phrases without determiners, for labels."""
    published: str = ""
    """ISO date of the article, ``""`` if unknown."""
    lead_terms: int = 0
    """How many of the first ``terms`` come from the first sentence."""
    lead_entities: int = 0
    """How many of the first ``entities`` come from the first sentence."""


# --------------------------------------------------------------------------- features


def default_entity_key(ent: Span) -> str | None:
    """``LABEL:name``: lowercased, without a leading "the", dots or a possessive ending."""
    name = _plain_name(ent.text)
    return f"{ent.label_}:{name}" if name else None


def _plain_name(text: str) -> str:
    """Lowercase name without a leading "the", dots, possessive or stray punctuation."""
    text = text.lower().replace("’", "'").replace(".", "").strip()
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return " ".join(re.findall(r"[\w&'-]+", text))


def features_from_doc(
    doc: Doc,
    entity_key: Callable[[Span], str | None] | None = None,
    published: str = "",
) -> ArticleFeatures:
    """Clustering features of an already parsed article (no second NLP pass)."""
    key = entity_key or default_entity_key
    lead_end = _lead_end(doc)
    in_entity = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    terms = list(_content_lemmas(doc, in_entity))
    named = [ent for ent in doc.ents if ent.label_ in ENTITY_LABELS]
    fuller = _fuller_names(named)
    keyed = [(ent, key(fuller.get(_plain_name(ent.text), ent))) for ent in named]
    entities = [(ent, k) for ent, k in keyed if k]
    dates = [d for ent in doc.ents if ent.label_ in _DATE_LABELS for d in _date_keys(ent.text)]
    return ArticleFeatures(
        terms=tuple(lemma for _, lemma in terms),
        entities=tuple(k for _, k in entities),
        dates=tuple(dates + _date_keys(published[:10].replace("-", " ")) if published else dates),
        numbers=tuple(n for ent in doc.ents if ent.label_ in _NUMBER_LABELS for n in _number_keys(ent)),
        phrases=tuple(_key_phrases(doc, in_entity)),
        published=published,
        lead_terms=sum(1 for i, _ in terms if i < lead_end),
        lead_entities=sum(1 for ent, _ in entities if ent.start < lead_end),
    )


_LEAD_TOKENS = 20
"""A lead shorter than this (a headline alone, a byline) runs on into the next sentence."""


def _lead_end(doc: Doc) -> int:
    """Token index where the lead ends: the first sentence, or the first sentences up to 20 tokens (a line
    ends a sentence, so a headline alone is one; the story's first sentence says what happened too)."""
    end = words = 0
    for sent in doc.sents:
        end = sent.end
        words += sum(not t.is_space and not t.is_punct for t in sent)
        if words >= _LEAD_TOKENS:
            break
    return end


def _fuller_names(named: Sequence[Span]) -> dict[str, Span]:
    """One-word mentions that are the surname of a full PERSON name in the same article.

    "Thompson" after "Tony Thompson" is the same person; resolving it here, before the key
    function, means one entity instead of two whatever canonicaliser is used.
    """
    out: dict[str, Span] = {}
    for ent in named:
        words = _plain_name(ent.text).split()
        if ent.label_ == "PERSON" and len(words) > 1:
            out.setdefault(words[-1], ent)
    return out


def _content_lemmas(doc: Doc, skip: set[int]) -> Iterable[tuple[int, str]]:
    """(token index, lemma) of alphabetic content words outside entities."""
    for tok in doc:
        if tok.i in skip or tok.is_stop or not tok.is_alpha or len(tok.text) < 2:
            continue
        if tok.pos_ in _CONTENT_POS:
            yield tok.i, tok.lemma_.lower()


def _date_keys(text: str) -> list[str]:
    """Years and months named in a date expression (weekdays and "today" tell nothing apart)."""
    lowered = text.lower()
    years = _YEAR_RE.findall(lowered)
    words = [w.rstrip(".") for w in re.findall(r"[a-z]+\.?|\d{1,2}", lowered)]
    months = [m for m in (w if w in _MONTHS else _MONTH_ABBR.get(w) for w in words) if m]
    if not months and len(years) == 1 and re.fullmatch(r"\d{4} \d{2} \d{2}", lowered.strip()):
        months = [_MONTHS[int(lowered.split()[1]) - 1]]  # an ISO date passed as "2025 03 03"
    keys = [f"year:{y}" for y in years] + [f"month:{m}" for m in months]
    keys += [f"ym:{y}-{_MONTHS.index(m) + 1:02d}" for y in years[:1] for m in months[:1]]
    return keys


def _number_keys(ent: Span) -> list[str]:
    """The value of an amount, scaled by "million"/"billion"; small whole counts are dropped."""
    value = _parse_number(ent.text.lower())
    if value is None or (value < 10 and value == int(value)):
        return []  # one, two, three... occur in every story
    return [f"num:{value:g}"]


def _parse_number(text: str) -> float | None:
    """First number in ``text`` (digits or a number word), times any scale word in it."""
    match = _NUM_RE.search(text)
    if match:
        value = float(match.group().replace(",", ""))
    else:
        words = [_NUMBER_WORDS[w] for w in re.findall(r"[a-z]+", text) if w in _NUMBER_WORDS]
        if not words:
            return None
        value = float(words[0])
    for word, scale in _SCALES.items():
        if word in text:
            return value * scale
    return value


def _key_phrases(doc: Doc, in_entity: set[int]) -> Iterable[str]:
    """Noun chunks as lowercase lemmas, without determiners, numbers or bare entities."""
    for chunk in doc.noun_chunks:
        toks = [t for t in chunk if not (t.is_stop or t.is_punct or t.like_num or t.pos_ == "DET")]
        if not toks or len(toks) > 4 or all(t.i in in_entity for t in toks):
            continue
        if any(t.is_alpha for t in toks):
            # Only the head is lemmatised (summits -> summit); "lasting peace" must not become "last peace".
            yield " ".join([t.text.lower() for t in toks[:-1]] + [_head_form(toks[-1], in_entity)])


def _head_form(tok: Token, in_entity: set[int]) -> str:
    """A phrase's head word: its lemma, unless it is part of an entity name."""
    return tok.text.lower() if tok.i in in_entity else tok.lemma_.lower()


# --------------------------------------------------------------------------- vectors


def _identity(tokens: Sequence[str]) -> Sequence[str]:
    """Analyzer for already tokenised input (module level so vectorizers stay picklable)."""
    return tokens


def _block(docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
    """Sublinear TF-IDF of pre-tokenised documents, rows L2-normalised (empty rows stay 0)."""
    if not any(docs):
        return sp.csr_matrix((len(docs), 0), dtype=np.float32)
    vectorizer = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float32)
    return vectorizer.fit_transform(docs).tocsr()


def _entity_name(key: str) -> str:
    """The name part of a key: spaCy's label guess is noisy ("ORG:thompson"), the name is not."""
    return _LABEL_PREFIX_RE.sub("", key, count=1).lower()


def article_matrix(features: Sequence[ArticleFeatures], config: ClusterConfig) -> sp.csr_matrix:
    """Weighted, concatenated and L2-normalised TF-IDF blocks, one row per article."""
    extra = max(0, config.lead_repeat)
    terms = [f.terms + f.terms[: f.lead_terms] * extra for f in features]
    entities = [[_entity_name(k) for k in f.entities + f.entities[: f.lead_entities] * extra]
                for f in features]
    blocks = [
        (config.term_weight, terms),
        (config.entity_weight, entities),
        (config.date_weight, [f.dates for f in features]),
        (config.number_weight, [f.numbers for f in features]),
    ]
    parts = [weight * _block(docs) for weight, docs in blocks if weight > 0]
    if not parts:
        raise ValueError("every feature weight is 0")
    matrix = sp.hstack(parts, format="csr", dtype=np.float32)
    if matrix.shape[1] == 0:  # no article has any feature: all unrelated
        return sp.csr_matrix((len(features), 1), dtype=np.float32)
    return normalize(matrix)


# --------------------------------------------------------------------------- sparse graph


Adjust = Callable[[np.ndarray, int, int], None]
"""Scales a block of similarities (rows ``start:stop`` against all) in place."""


def _nearest(x: sp.csr_matrix, k: int, adjust: Adjust | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each row's ``k`` most similar other rows: (indices, cosines), best first, both N x k.

    Rows are compared a block at a time so memory stays O(N * k + _BLOCK_CELLS); ``adjust``
    may rescale each block before the best are picked.
    """
    n = x.shape[0]
    k = min(k, n - 1)
    xt = x.T.tocsc()
    step = max(1, _BLOCK_CELLS // n)
    idx_parts, sim_parts = [], []
    for start in range(0, n, step):
        stop = min(n, start + step)
        sims = (x[start:stop] @ xt).toarray()
        if adjust is not None:
            adjust(sims, start, stop)
        sims[np.arange(stop - start), np.arange(start, stop)] = -np.inf  # not its own neighbour
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        vals = np.take_along_axis(sims, top, axis=1)
        order = np.argsort(-vals, axis=1, kind="stable")
        idx_parts.append(np.take_along_axis(top, order, axis=1))
        sim_parts.append(np.take_along_axis(vals, order, axis=1))
    return np.vstack(idx_parts), np.vstack(sim_parts)


def _year_conflict(features: Sequence[ArticleFeatures], factor: float) -> Adjust:
    """Scale by ``factor`` the similarity of two articles that both name years but share none."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, f in enumerate(features):
        for key in {d for d in f.dates if d.startswith("year:")}:
            rows.append(i)
            cols.append(vocab.setdefault(key, len(vocab)))
    years = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(features), max(1, len(vocab))))
    has = np.diff(years.indptr) > 0
    years_t = years.T.tocsc()

    def adjust(sims: np.ndarray, start: int, stop: int) -> None:
        """Scale the conflicting pairs of rows ``start:stop``."""
        shared = (years[start:stop] @ years_t).toarray() > 0
        sims[has[start:stop, None] & has[None, :] & ~shared] *= factor

    return adjust


def _graph(idx: np.ndarray, sims: np.ndarray, keep: np.ndarray, n: int) -> sp.coo_matrix:
    """Symmetric sparse graph of the kept (row, neighbour) links: kept by either end is kept."""
    rows = np.repeat(np.arange(n), idx.shape[1])[keep.ravel()]
    graph = sp.coo_matrix((sims[keep], (rows, idx[keep])), shape=(n, n)).tocsr()
    return graph.maximum(graph.T).tocoo()


def _relative_keep(sims: np.ndarray, scale: int, ratio: float) -> np.ndarray:
    """Mask of links at least ``ratio`` times the mean of the row's ``scale`` best similarities."""
    level = np.clip(sims[:, : max(1, scale)], 0, None).mean(axis=1, keepdims=True)
    return (sims > 0) & (sims >= ratio * level)


def _average_link(n: int, graph: sp.coo_matrix, threshold: float) -> list[list[int]]:
    """Greedy average-link merging over a sparse graph (pairs without a link count as 0)."""
    sums: list[dict[int, float]] = [{} for _ in range(n)]
    for i, j, v in zip(graph.row.tolist(), graph.col.tolist(), graph.data.tolist()):
        if i != j:
            sums[i][j] = float(v)
    size = [1] * n
    version = [0] * n
    members: list[list[int]] = [[i] for i in range(n)]
    heap = [(-v, i, j, 0, 0) for i in range(n) for j, v in sums[i].items() if i < j and v >= threshold]
    heapq.heapify(heap)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if version[a] != va or version[b] != vb or not members[a] or not members[b]:
            continue  # stale: a side changed or vanished since this entry was pushed
        if len(sums[a]) < len(sums[b]):
            a, b = b, a  # fold the cluster with fewer links into the one with more
        _merge(a, b, sums, size, members)
        version[a] += 1
        for c, total in sums[a].items():
            avg = total / (size[a] * size[c])
            if avg >= threshold:
                lo, hi = min(a, c), max(a, c)
                heapq.heappush(heap, (-avg, lo, hi, version[lo], version[hi]))
    return [m for m in members if m]


def _merge(a: int, b: int, sums: list[dict[int, float]], size: list[int], members: list[list[int]]) -> None:
    """Fold cluster ``b`` into ``a``: similarity sums to every neighbour add up."""
    sums[a].pop(b, None)
    for c, total in sums[b].items():
        if c != a:
            sums[a][c] = sums[a].get(c, 0.0) + total
            sums[c][a] = sums[a][c]
            del sums[c][b]
    sums[b] = {}
    size[a] += size[b]
    members[a].extend(members[b])
    members[b] = []


def _drop_far_apart(graph: sp.coo_matrix, features: Sequence[ArticleFeatures], days: int) -> sp.coo_matrix:
    """Remove links between articles published more than ``days`` apart (both dates known)."""
    day = np.array([_day_number(f.published) for f in features])
    a, b = day[graph.row], day[graph.col]
    keep = np.isnan(a) | np.isnan(b) | (np.abs(a - b) <= days)
    return sp.coo_matrix((graph.data[keep], (graph.row[keep], graph.col[keep])), shape=graph.shape)


def _day_number(iso: str) -> float:
    """Day ordinal of an ISO date or timestamp, NaN if absent or unreadable."""
    try:
        return float(date.fromisoformat(iso[:10]).toordinal())
    except ValueError:
        return math.nan


def cluster_articles(
    features: Sequence[ArticleFeatures], config: ClusterConfig = ClusterConfig()
) -> list[list[int]]:
    """Article indices grouped by event: larger clusters first (ties by first index), singletons last."""
    n = len(features)
    if n <= 1:
        return [[0]] if n else []
    adjust = _year_conflict(features, config.year_conflict) if config.year_conflict != 1 else None
    idx, sims = _nearest(article_matrix(features, config), config.neighbours, adjust)
    keep = _relative_keep(sims, config.local_scale, config.local_ratio)
    graph = _graph(idx, sims, keep, n)
    if config.max_days_apart > 0:
        graph = _drop_far_apart(graph, features, config.max_days_apart)
    clusters = [sorted(c) for c in _average_link(n, graph, config.threshold)]
    return sorted(clusters, key=lambda c: (-len(c), c[0]))


# --------------------------------------------------------------------------- near-duplicates


def near_duplicate_groups(texts: Sequence[str], threshold: float = 0.7) -> list[list[int]]:
    """Groups (2+ members, ascending) of near-identical texts; each group's first index is the one to keep.

    Spacing, punctuation and case never matter; a changed headline or credit line lowers the
    shingle cosine only a little. Groups are ordered by their first index.
    """
    n = len(texts)
    if n < 2:
        return []
    vectorizer = HashingVectorizer(
        analyzer=_shingles, n_features=2**20, alternate_sign=False, binary=True, norm="l2", dtype=np.float32
    )
    idx, sims = _nearest(vectorizer.transform(texts).tocsr(), _SHINGLE_CANDIDATES)
    graph = _graph(idx, sims, sims >= threshold, n)
    parent = list(range(n))
    for i, j in zip(graph.row.tolist(), graph.col.tolist()):
        _union(parent, i, j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(_find(parent, i), []).append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def _shingles(text: str) -> list[str]:
    """Distinct lowercase word 4-grams (the whole text if shorter): the text's fingerprint."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < 4:
        return [" ".join(words)] if words else []
    return list({" ".join(words[i : i + 4]) for i in range(len(words) - 3)})


def _find(parent: list[int], i: int) -> int:
    """Union-find root, halving paths on the way."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    """Join two sets; the smaller index becomes the root."""
    a, b = _find(parent, i), _find(parent, j)
    if a != b:
        parent[max(a, b)] = min(a, b)


# --------------------------------------------------------------------------- labels


def topic_label(members: Sequence[ArticleFeatures], display: Callable[[str], str] | None = None) -> str:
    """Short label: the key phrase of the most shared head noun, then the most central entities.

    For example "London summit — Ukraine, Keir Starmer, US". ``display`` maps an entity key to
    its display name (default: the key's name part, title-cased).
    """
    show = display or _display_name
    phrase = _central_phrase(members)
    keys = [k for k in _central_entities(members) if f" {_entity_name(k)} " not in f" {phrase} "]
    names = list(dict.fromkeys(show(k) for k in keys))[:3]
    head = _phrase_display(phrase, {w for f in members for k in f.entities for w in _entity_name(k).split()})
    if head and names:
        return f"{head} — {', '.join(names)}"
    return head or ", ".join(names) or "Untitled topic"


def _central_entities(members: Sequence[ArticleFeatures]) -> list[str]:
    """Entity keys named by most member articles, then most mentioned; nationalities left out
    ("Ukrainian" next to "Ukraine" says nothing new)."""
    spread = Counter(k for f in members for k in set(f.entities) if not k.startswith("NORP:"))
    mentions = Counter(k for f in members for k in f.entities)
    return sorted(spread, key=lambda k: (-spread[k], -mentions[k], k))


def _central_phrase(members: Sequence[ArticleFeatures]) -> str:
    """A phrase for the most shared head noun ("summit"), preferring the form that names a
    central entity ("london summit"), then the most shared, then the longest (up to 3 words)."""
    phrases = [p for f in members for p in f.phrases if p.split()[-1] not in _GENERIC_HEADS]
    if not phrases:
        return ""
    heads = Counter(p.split()[-1] for f in members for p in set(f.phrases) if p in phrases)
    mentions = Counter(p.split()[-1] for p in phrases)
    best = min(heads, key=lambda h: (-heads[h], -mentions[h], h))
    names = {w for f in members for k in f.entities for w in _entity_name(k).split()}
    spread = Counter(p for f in members for p in set(f.phrases) if p.split()[-1] == best)
    return min(spread, key=lambda p: (not set(p.split()[:-1]) & names, -spread[p],
                                       -min(len(p.split()), 3), len(p), p))


def _phrase_display(phrase: str, entity_words: set[str]) -> str:
    """Capitalise the phrase's first letter and the words that belong to entity names."""
    words = [_display_word(w, 1) if w in entity_words else w for w in phrase.split()]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _display_name(key: str) -> str:
    """``GPE:united kingdom`` -> ``United Kingdom``; short vowel-less words read as acronyms."""
    words = _LABEL_PREFIX_RE.sub("", key, count=1).split()
    return " ".join(_display_word(w, i) for i, w in enumerate(words))


def _display_word(word: str, position: int) -> str:
    """Title-case one word; particles stay lowercase; "us", "uk", "bbc" become acronyms."""
    if position and word in _SMALL_WORDS:
        return word
    if word.isalpha() and (len(word) <= 2 or (len(word) <= 4 and not set(word) & set("aeiouy"))):
        return word.upper()
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
