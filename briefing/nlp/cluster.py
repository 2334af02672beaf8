"""Group articles into events, detect reprints, and label each group.

Everything here works from what the spaCy pass already produced (a ``Doc`` per article, turned
into :class:`ArticleFeatures` once), so clustering never parses text a second time.

Article vectors
    Four sparse TF-IDF blocks, each L2-normalised on its own, then weighted and concatenated:
    content-word lemmas, canonical entities, date expressions and salient numbers. The
    blocks are normalised separately so that an article's long tail of words cannot drown its
    few entities; the weights then say how much each kind of evidence counts. Entities weigh
    most because two reports of one event share the same people, places and organisations,
    while two events of the same kind (two earthquakes, two summits) share the vocabulary.
    Years, months and casualty counts are weak on their own but are what tells the 2008
    earthquake from the 2012 one when everything else matches.

Similarity graph (memory linear in N)
    Cosine similarities are computed a block of rows at a time (``X[rows] @ X.T``), and only
    each article's ``neighbours`` most similar articles are kept, so the graph has at most
    ``N * neighbours`` edges and no n-by-n matrix ever exists. Each block is bounded to about
    ``_BLOCK_CELLS`` cells, so peak memory grows linearly with N, and time with N**2 sparse dot
    products, which is seconds for 10,000 short articles.

Average-link merging over the sparse graph
    Clusters are merged greedily, best pair first, while the *average* similarity over all
    pairs of their members is at least ``threshold``. Pairs that are not in the graph count as
    similarity 0, which only makes merging more cautious. Average link (rather than single
    link, i.e. connected components) is used because news stories chain: an article on the
    Iran earthquake of 2012 quotes the one of 2003, and single link would fuse the two events
    through that one bridge, while an average needs most members to agree. The number of
    clusters therefore follows from the one threshold and is never given by the user.

Near-duplicates
    Texts are reduced to lowercase word 4-gram shingles (so spacing, punctuation and case do
    not matter), hashed into a sparse binary matrix, and pairs with a shingle cosine above the
    threshold are joined with union-find, using the same blockwise top-k search.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize
from spacy.tokens import Doc, Span

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
"""spaCy labels treated as named entities (dates and amounts are handled separately)."""

_DATE_LABELS = frozenset({"DATE", "TIME"})
_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_ABBR = {m[:3]: m for m in _MONTHS} | {"sept": "september"}
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_WORD_RE = re.compile(r"[a-z]+\.?")
_NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200}
_LABEL_SMALL_WORDS = frozenset("of the and for in on at de la le von van der du".split())
_BLOCK_CELLS = 4_000_000
"""Upper bound on dense cells materialised per block of the neighbour search (~16 MB)."""


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """Settings for :func:`cluster_articles` (TOML table ``[cluster]``, same keys)."""

    threshold: float = 0.2
    """Minimum average cosine between two clusters for them to merge; the one knob that
    decides how many clusters come out (higher = more, tighter clusters)."""
    term_weight: float = 1.0
    """Weight of the content-word block."""
    entity_weight: float = 1.5
    """Weight of the canonical-entity block (the strongest sign of one event)."""
    date_weight: float = 0.5
    """Weight of the date block (years, months): splits same-kind events from different times."""
    number_weight: float = 0.3
    """Weight of the salient-number block (counts, magnitudes, amounts)."""
    neighbours: int = 30
    """Similar articles kept per article in the sparse graph; bounds memory at N * neighbours."""
    max_days_apart: int = 0
    """If > 0, articles whose publication dates are further apart than this many days are never
    linked (0 = ignore publication dates)."""
    near_duplicate_threshold: float = 0.8
    """Shingle cosine from which two texts count as the same text (reprints)."""


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """What clustering and labelling need from one parsed article."""

    terms: tuple[str, ...]
    """Lowercased lemmas of content words outside entities, one per occurrence."""
    entities: tuple[str, ...]
    """Canonical entity keys (``LABEL:name``), one per mention."""
    dates: tuple[str, ...]
    """Normalised date expressions: ``year:2012``, ``month:august``, ``ym:2012-08``."""
    numbers: tuple[str, ...]
    """Salient numbers normalised to a plain value (``num:5000``, ``num:1.6e+09``)."""
    phrases: tuple[str, ...]
    """Lowercased noun-chunk key phrases without leading determiners, for labels."""
    published: str = ""
    """ISO date of the article, ``""`` if unknown."""


# --------------------------------------------------------------------------- features


def default_entity_key(ent: Span) -> str | None:
    """``LABEL:name`` with the name lowercased, without a leading "the", dots or a possessive."""
    text = ent.text.lower().replace("’", "'").replace(".", "")
    text = re.sub(r"'s$|'$", "", text.strip())
    text = re.sub(r"^the\s+", "", text)
    text = " ".join(re.findall(r"[\w&'-]+", text))
    return f"{ent.label_}:{text}" if text else None


def features_from_doc(
    doc: Doc,
    entity_key: Callable[[Span], str | None] | None = None,
    published: str = "",
) -> ArticleFeatures:
    """Extract clustering features from an already parsed article."""
    key = entity_key or default_entity_key
    named = [ent for ent in doc.ents if ent.label_ in ENTITY_LABELS]
    in_entity = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    entities = tuple(k for k in (key(ent) for ent in named) if k)
    return ArticleFeatures(
        terms=tuple(_content_lemmas(doc, in_entity)),
        entities=entities,
        dates=tuple(d for ent in doc.ents if ent.label_ in _DATE_LABELS for d in _date_keys(ent.text)),
        numbers=tuple(n for ent in doc.ents if ent.label_ in _NUMBER_LABELS for n in _number_keys(ent)),
        phrases=tuple(_key_phrases(doc, in_entity)),
        published=published,
    )


def _content_lemmas(doc: Doc, skip: set[int]) -> Iterable[str]:
    """Lemmas of alphabetic content words, leaving out tokens inside entities."""
    for tok in doc:
        if tok.i in skip or tok.is_stop or not tok.is_alpha or len(tok.text) < 2:
            continue
        if tok.pos_ in _CONTENT_POS:
            yield tok.lemma_.lower()


def _date_keys(text: str) -> list[str]:
    """Years and months named in a date expression (weekdays and "today" tell nothing apart)."""
    lowered = text.lower()
    years = _YEAR_RE.findall(lowered)
    words = (w.rstrip(".") for w in _WORD_RE.findall(lowered))
    months = [m for m in (w if w in _MONTHS else _MONTH_ABBR.get(w) for w in words) if m]
    keys = [f"year:{y}" for y in years] + [f"month:{m}" for m in months]
    keys += [f"ym:{y}-{_MONTHS.index(m) + 1:02d}" for y in years[:1] for m in months[:1]]
    return keys


def _number_keys(ent: Span) -> list[str]:
    """The numeric value of an amount, scaled by "million"/"billion"; small counts are dropped."""
    value = _parse_number(ent.text.lower())
    if value is None or (value < 10 and value == int(value)):
        return []  # one, two, three... occur in every story
    return [f"num:{value:g}"]


def _parse_number(text: str) -> float | None:
    """First number in ``text`` (digits or a number word), times any scale word after it."""
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
            value *= scale
            break
    return value


def _key_phrases(doc: Doc, in_entity: set[int]) -> Iterable[str]:
    """Noun chunks as lowercase lemmas, without determiners, pronouns or bare entities."""
    for chunk in doc.noun_chunks:
        toks = [t for t in chunk if not (t.is_stop or t.is_punct or t.like_num or t.pos_ == "DET")]
        if not toks or all(t.i in in_entity for t in toks) or len(toks) > 4:
            continue
        if not any(t.is_alpha for t in toks):
            continue
        yield " ".join(t.text.lower() if t.i in in_entity else t.lemma_.lower() for t in toks)


# --------------------------------------------------------------------------- vectors


def _block(docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
    """Sublinear TF-IDF of pre-tokenised documents, rows L2-normalised (empty rows stay 0)."""
    if not any(docs):
        return sp.csr_matrix((len(docs), 0), dtype=np.float32)
    vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, dtype=np.float32)
    return vec.fit_transform(docs).tocsr()


def _identity(tokens: Sequence[str]) -> Sequence[str]:
    """Analyzer for already tokenised input (module level so vectorizers stay picklable)."""
    return tokens


def article_matrix(features: Sequence[ArticleFeatures], config: ClusterConfig) -> sp.csr_matrix:
    """Weighted, concatenated and L2-normalised TF-IDF blocks, one row per article."""
    blocks = [
        (config.term_weight, [f.terms for f in features]),
        (config.entity_weight, [f.entities for f in features]),
        (config.date_weight, [f.dates for f in features]),
        (config.number_weight, [f.numbers for f in features]),
    ]
    parts = [weight * _block(docs) for weight, docs in blocks if weight > 0]
    return normalize(sp.hstack(parts, format="csr", dtype=np.float32))


# --------------------------------------------------------------------------- sparse graph


def _top_k_graph(x: sp.csr_matrix, k: int, floor: float = 0.0) -> sp.coo_matrix:
    """Symmetric graph keeping each row's ``k`` best cosine neighbours above ``floor``.

    Rows are processed in blocks of about ``_BLOCK_CELLS`` dense cells, so memory is
    O(N * k + block) and never O(N**2).
    """
    n = x.shape[0]
    k = min(k, n - 1)
    rows_out, cols_out, vals_out = [], [], []
    step = max(1, _BLOCK_CELLS // max(n, 1))
    xt = x.T.tocsc()
    for start in range(0, n, step):
        stop = min(n, start + step)
        sims = (x[start:stop] @ xt).toarray()
        sims[np.arange(stop - start), np.arange(start, stop)] = -1.0  # no self loops
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k] if k < n else np.argsort(-sims, axis=1)
        vals = np.take_along_axis(sims, top, axis=1)
        keep = vals > floor
        rows_out.append(np.repeat(np.arange(start, stop), top.shape[1])[keep.ravel()])
        cols_out.append(top[keep])
        vals_out.append(vals[keep])
    rows, cols, vals = (np.concatenate(a) for a in (rows_out, cols_out, vals_out))
    graph = sp.coo_matrix((vals, (rows, cols)), shape=(n, n)).tocsr()
    return graph.maximum(graph.T).tocoo()  # an edge kept by either end is kept for both


def _average_link(n: int, graph: sp.coo_matrix, threshold: float) -> list[list[int]]:
    """Greedy average-link merging over a sparse graph (missing pairs count as 0)."""
    sums: list[dict[int, float]] = [{} for _ in range(n)]
    for i, j, v in zip(graph.row.tolist(), graph.col.tolist(), graph.data.tolist()):
        if i < j:
            sums[i][j] = sums[j][i] = float(v)
    size = [1] * n
    members: list[list[int] | None] = [[i] for i in range(n)]
    heap = [(-v, i, j) for i in range(n) for j, v in sums[i].items() if i < j and v >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if members[a] is None or members[b] is None:
            continue  # one side was merged away since this entry was pushed
        if not math.isclose(-neg, sums[a].get(b, 0.0) / (size[a] * size[b])):
            continue  # stale: the pair's average changed after a merge
        a, b = (a, b) if len(sums[a]) >= len(sums[b]) else (b, a)
        _merge(a, b, sums, size, members)
        for c, total in sums[a].items():
            avg = total / (size[a] * size[c])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(a, c), max(a, c)))
    return [m for m in members if m is not None]


def _merge(a: int, b: int, sums: list[dict[int, float]], size: list[int],
           members: list[list[int] | None]) -> None:
    """Fold cluster ``b`` into ``a``, adding up the similarity sums to every neighbour."""
    sums[a].pop(b, None)
    for c, total in sums[b].items():
        if c == a:
            continue
        sums[a][c] = sums[a].get(c, 0.0) + total
        sums[c][a] = sums[a][c]
        del sums[c][b]
    sums[b] = {}
    size[a] += size[b]
    members[a].extend(members[b])  # type: ignore[union-attr]
    members[b] = None


def _drop_far_apart(graph: sp.coo_matrix, features: Sequence[ArticleFeatures], days: int) -> sp.coo_matrix:
    """Remove edges between articles published more than ``days`` apart (both dates known)."""
    ordinal = np.array([_day_number(f.published) for f in features], dtype=np.float64)
    a, b = ordinal[graph.row], ordinal[graph.col]
    keep = np.isnan(a) | np.isnan(b) | (np.abs(a - b) <= days)
    return sp.coo_matrix((graph.data[keep], (graph.row[keep], graph.col[keep])), shape=graph.shape)


def _day_number(iso: str) -> float:
    """Days since 0001-01-01 for an ISO date or timestamp, NaN if absent or unreadable."""
    from datetime import date

    try:
        return float(date.fromisoformat(iso[:10]).toordinal())
    except ValueError:
        return math.nan


def cluster_articles(
    features: Sequence[ArticleFeatures], config: ClusterConfig = ClusterConfig()
) -> list[list[int]]:
    """Group article indices by event; larger clusters first, ties by first index."""
    n = len(features)
    if n <= 1:
        return [[0]] if n else []
    graph = _top_k_graph(article_matrix(features, config), config.neighbours)
    if config.max_days_apart > 0:
        graph = _drop_far_apart(graph, features, config.max_days_apart)
    clusters = [sorted(c) for c in _average_link(n, graph, config.threshold)]
    return sorted(clusters, key=lambda c: (-len(c), c[0]))


# --------------------------------------------------------------------------- near-duplicates


def near_duplicate_groups(texts: Sequence[str], threshold: float = 0.8) -> list[list[int]]:
    """Groups (2+ members) of near-identical texts; each group's first index is the one to keep."""
    n = len(texts)
    if n < 2:
        return []
    shingles = HashingVectorizer(
        analyzer=_shingles, n_features=2**22, alternate_sign=False, binary=True, norm="l2"
    ).transform([_normalise_text(t) for t in texts])
    graph = _top_k_graph(shingles.tocsr().astype(np.float32), k=8, floor=threshold - 1e-6)
    parent = list(range(n))
    for i, j in zip(graph.row.tolist(), graph.col.tolist()):
        _union(parent, i, j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(_find(parent, i), []).append(i)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def _normalise_text(text: str) -> str:
    """Lowercase words only: spacing, punctuation and case differences vanish."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _shingles(text: str) -> list[str]:
    """Word 4-grams (whole text if shorter), as a set: repeats do not count twice."""
    words = text.split()
    if len(words) < 4:
        return [text] if text else []
    return list({" ".join(words[i : i + 4]) for i in range(len(words) - 3)})


def _find(parent: list[int], i: int) -> int:
    """Union-find root with path halving."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    """Join two sets, keeping the smaller index as root."""
    a, b = _find(parent, i), _find(parent, j)
    if a != b:
        parent[max(a, b)] = min(a, b)


# --------------------------------------------------------------------------- labels


def topic_label(
    members: Sequence[ArticleFeatures], display: Callable[[str], str] | None = None
) -> str:
    """A short label: the most shared key phrase, then the most central entities."""
    show = display or _display_name
    phrase = _central_phrase(members)
    names = [show(k) for k in _central_entities(members, limit=3)]
    head = phrase[:1].upper() + phrase[1:] if phrase else ""
    if head and names:
        return f"{head} — {', '.join(names)}"
    return head or ", ".join(names) or "Untitled topic"


def _central_entities(members: Sequence[ArticleFeatures], limit: int) -> list[str]:
    """Entity keys in most member articles, then with most mentions (ties: alphabetical)."""
    spread = Counter(k for f in members for k in set(f.entities))
    mentions = Counter(k for f in members for k in f.entities)
    ranked = sorted(spread, key=lambda k: (-spread[k], -mentions[k], k))
    return ranked[:limit]


def _central_phrase(members: Sequence[ArticleFeatures]) -> str:
    """The key phrase in most member articles; longer phrases win ties, then frequency."""
    spread = Counter(p for f in members for p in set(f.phrases))
    mentions = Counter(p for f in members for p in f.phrases)
    if not spread:
        return ""
    return min(spread, key=lambda p: (-spread[p], -len(p.split()), -mentions[p], p))


def _display_name(key: str) -> str:
    """``GPE:united kingdom`` -> ``United Kingdom``; short vowel-less words become acronyms."""
    words = key.split(":", 1)[-1].split()
    return " ".join(_display_word(w, i) for i, w in enumerate(words))


def _display_word(word: str, position: int) -> str:
    """Title-case one word; keep particles lowercase; upper-case likely acronyms (UK, BBC)."""
    if position and word in _LABEL_SMALL_WORDS:
        return word
    if (len(word) <= 2 and word.isalpha() and word not in _LABEL_SMALL_WORDS) or (
        len(word) <= 4 and word.isalpha() and not set(word) & set("aeiouy")
    ):
        return word.upper()
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
