"""The one spaCy pass: clean each article, run ``nlp.pipe`` in batches, map results back.

An :class:`Analysis` keeps the spaCy ``Doc`` of the cleaned text (for parse-based extraction) and
the article's :class:`~briefing.model.Sentence` records in original offsets. Nothing downstream
re-parses text. With an :class:`~briefing.cache.AnalysisCache`, a text parsed before is decoded
from the cache instead; big cold runs use several spaCy processes (:func:`n_process_for`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from briefing.cache import AnalysisCache, decode_doc, encode_doc, entry_key
from briefing.ingest.clean import CleanRules, CleanText, clean_text, split_on_paragraphs
from briefing.model import Article, Mention, Sentence
from briefing.nlp.identity import ModelInfo, model_identity
from briefing.signals import ModelError

__all__ = ["Analysis", "ModelError", "ModelInfo", "load_model", "model_info", "analyze", "sentences_of",
           "mentions_of", "n_process_for", "available_cpus", "Progress", "BULLETS", "line_start",
           "numbered_line_start", "list_marker"]

Progress = Callable[[int, int], None]
"""Called with (articles done, articles in all)."""


@dataclass(slots=True)
class Analysis:
    """One article after the spaCy pass."""

    article: Article
    clean: CleanText
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    """``spans[i]`` is the Doc span (cleaned text) of ``sentences[i]``."""
    mentions: list[tuple[Mention, Span]] = field(default_factory=list)
    """Entity mentions in original offsets, with their Doc spans."""

    def sentence_at(self, token_i: int) -> int | None:
        """Index of the sentence holding token ``token_i`` (None if it was dropped)."""
        for i, span in enumerate(self.spans):
            if span.start <= token_i < span.end:
                return i
        return None


@cache
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name (cached per process)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed (set [nlp] model to an installed pipeline)"
        ) from None
    missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline '{name}' lacks {', '.join(missing)}, which briefing needs")
    from spacy.symbols import ORTH

    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if "briefing_list_sentences" not in nlp.pipe_names:  # a pipeline saved from this one has them
        nlp.add_pipe("briefing_list_sentences", before="parser")
    if "briefing_name_prefixes" not in nlp.pipe_names:
        nlp.add_pipe("briefing_name_prefixes", after="ner")
    return nlp


NAME_PREFIXES = frozenset({"Ma."})
"""Abbreviated given names that belong to the name after them (the Filipino "Ma. Cristina", Maria), which
the recogniser leaves out of the person or tags as a person of their own."""


@Language.component("briefing_name_prefixes")
def _name_prefixes(doc: Doc) -> Doc:
    """Take an abbreviated given name (:data:`NAME_PREFIXES`) into the person named after it."""
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.start == 0 or doc[ent.start - 1].text not in NAME_PREFIXES:
            continue
        if k and ents[k - 1].end == ent.start:  # the prefix tagged as a name of its own
            ents[k - 1] = doc[ents[k - 1].start:ents[k - 1].start]
        ents[k] = Span(doc, ent.start - 1, ent.end, label=ent.label)
    doc.ents = [e for e in ents if len(e)]
    return doc


BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})
"""Marks that open a list line ("- Germany: €60m;", "• Sweden – SEK 4.5 billion;")."""


@Language.component("briefing_list_sentences")
def _list_sentences(doc: Doc) -> Doc:
    """Set the sentence boundaries of lists before the parser runs (it keeps boundaries set before it).

    The small English parser often ends a sentence at a semicolon inside a long list ("The heads of
    delegation were: A, Minister (Germany); B, Minister (Poland); C ..."), which leaves the later items
    in a verbless "sentence" of their own; and in a list of lines it ends sentences anywhere, even between
    a line's "-" and its item. So no sentence begins after a semicolon within a line, and each bulleted
    line is one sentence of its own (its quote is that line).

    A line ends a sentence too, unless the text is hard-wrapped (then only a blank line does): the parser
    ran a headline and its byline into the story's first sentence ("... stray into its airspace\nBy X |
    CHISINAU, Jan 27\n\nEuropean allies ... pledged"), whose subject it then took from the headline. Within
    a line, a sentence begins only after a full stop, a question or exclamation mark, or a closing quote or
    bracket.
    """
    previous = ""  # the text of the last token that is not whitespace
    listed = False  # inside a bulleted line
    paragraph = False  # a blank line came before this token
    lines = not hard_wrapped(doc.text)
    for token in doc:
        if token.is_space:
            paragraph = paragraph or token.text.count("\n") >= 2
            continue
        if token.i > 0 and (paragraph or lines and line_start(token)):
            token.is_sent_start = True
        paragraph = False
        if line_start(token):
            after_list, listed = listed, token.text in BULLETS
            if listed or after_list:  # a bulleted line begins a sentence and ends one at its line's end
                token.is_sent_start = True
        elif listed or previous == ";" or lines and not _SENTENCE_END.search(previous) or _abbreviated(token) or (
                previous in _TITLES_BEFORE_NAMES and token.is_title):  # "Hon. Évariste Ndayizeye, Minister of"
            # "- World Bank: USD 150,000,000 (grants);" is one sentence, and so is a line the parser would cut
            # where no full stop is ("Bloomwater | Foundation: US$250 million")
            token.is_sent_start = False
        previous = token.text
    return doc


_ABBREVIATIONS = frozenset({"approx", "incl", "excl", "est", "ca", "cf", "vs", "etc", "avg", "equiv", "resp"})
"""Lower-case abbreviations whose full stop ends no sentence ("JPY 5 billion (approx. US$33 million)")."""


def _abbreviated(token: Token) -> bool:
    """The token follows "approx." or the like."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "." and doc[i - 2].lower_ in _ABBREVIATIONS


_SENTENCE_END = re.compile(r"[.!?…\"'”’)\]]$")
_LINE_END = re.compile(r"[.!?:;,\"'”’)\]]\s*$")


def hard_wrapped(text: str) -> bool:
    """The text breaks lines inside its paragraphs (an e-mail or a wire at 72 columns): most lines that go
    on in the next one stop without punctuation, and no line is longer than a terminal's width.
    Otherwise (one paragraph, headline, byline or caption per line) every line ends a sentence."""
    lines = text.split("\n")
    if max((len(line) for line in lines), default=0) > 100:
        return False
    going_on = [a for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    broken = sum(1 for line in going_on if not _LINE_END.search(line))
    return len(going_on) >= 3 and broken >= 0.6 * len(going_on)


def line_start(token: Token) -> bool:
    """The token begins a line of the text."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return "\n" in before.whitespace_ or before.is_space and "\n" in before.text


def list_marker(line: Sequence[Token], *, stopped: bool = False, bracketed: bool = False) -> int:
    """How many tokens open a list line as its mark: bullets ("-", "•"), a letter in brackets ("(a)", "a)"); with
    ``stopped`` a number or a small letter and its stop ("4. France - EUR 150 million", "f. Germany: ..."), with
    ``bracketed`` a number in brackets ("(2) Republic of Senegal: ..."). Which numbers mark items depends on the list: "2. The following Heads
    of State attended:" opens a numbered paragraph, and "(1) Republic of Kenya: Japanese ODA Loan ..." names
    who receives."""
    if bracketed and len(line) > 3 and line[0].text == "(" and line[1].text.isdigit() and line[2].text == ")":
        return 3
    if len(line) > 3 and line[0].text == "(" and re.fullmatch(r"[a-z]|[ivx]{1,4}", line[1].text) and \
            line[2].text == ")":
        return 3  # a lettered item: "(a) Australia: AUD 45 million for housing", "(iv) ..."
    if len(line) > 2 and re.fullmatch(r"[a-z]|[ivx]{1,4}", line[0].text) and line[1].text == ")":
        return 2  # or with its closing bracket only: "a) the European Union: EUR 12 million;"
    if stopped and len(line) > 2 and re.fullmatch(r"\d{1,2}", line[0].text) and line[1].text in (".", ")"):
        return 2
    if stopped and line and re.fullmatch(r"\d{1,2}[.)]", line[0].text):
        return 1
    if stopped and len(line) > 2 and re.fullmatch(r"[a-h]\.?", line[0].text):
        k = 1 if line[0].text.endswith(".") else 2 if line[1].text == "." else 0
        if k and line[k].is_title:
            return k  # a lettered item with its stop: "f. Germany, through KfW: ..."
    k = 0
    while k < len(line) and line[k].text in BULLETS:
        k += 1
    return k


def numbered_line_start(token: Token) -> bool:
    """The token opens a numbered line after its number, which the parser made a sentence of its own ("2. The
    following Heads of State ... attended the Session:", "4. France - EUR 150 million")."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text in (".", ")") and line_start(doc[i - 2]) and len(doc[i - 2]) <= 3 and (
        doc[i - 2].is_digit or doc[i - 2].is_alpha and doc[i - 2].is_lower)


TITLE_ABBREVIATIONS = ("Hon.", "Amb.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cmdr.", "Brig.", "Rt.", "Ma.")
"""Titles and name abbreviations before a name that English pipelines split as a word and a full stop ("the
Hon. Sandra Best", the Filipino "Ma. Cristina"), so that the sentence ended there and the name began the
next one (the pipeline knows "Dr.", "Gen.", "Sen.")."""

_TITLES_BEFORE_NAMES = frozenset(TITLE_ABBREVIATIONS) | {"Dr.", "Mr.", "Mrs.", "Ms.", "Mme.", "Prof.", "H.E.", "Gen.",
                                                          "Sen.", "Rep.", "Gov."}
"""Titles whose full stop ends no sentence before a name: the parser cut signature lines after them ("Hon." |
"Évariste Ndayizeye, Minister of Environment, ..., Republic of Burundi"), leaving the name out of its line."""


_LETTER = re.compile(r"[^\W\d_]")


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def sentences_of(article: Article, clean: CleanText, doc: Doc, rules: CleanRules) -> tuple[list[Sentence], list[Span]]:
    """Sentence records in original offsets, split at paragraphs and removed text, junk dropped."""
    sentences: list[Sentence] = []
    spans: list[Span] = []
    for sent in doc.sents:
        for p0, p1 in split_on_paragraphs(sent.start_char, sent.end_char, clean.paragraphs):
            for r0, r1, _, _ in clean.map_span(p0, p1):
                # Strip in cleaned coordinates (where escapes and controls are blanks), then map.
                c0, c1 = _strip(clean.text, r0, r1)
                if c0 >= c1:
                    continue
                runs = clean.map_span(c0, c1)
                o0, o1 = runs[0][2], runs[-1][3]
                text = article.text[o0:o1]
                if not _LETTER.search(text) or rules.is_junk_sentence(text):
                    continue
                span = doc.char_span(c0, c1, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                sentences.append(Sentence(article.id, len(sentences), o0, o1, text))
                spans.append(span)
    return sentences, spans


def mentions_of(article: Article, clean: CleanText, doc: Doc) -> list[tuple[Mention, Span]]:
    """Entity mentions mapped to original offsets; an entity split by removed text is dropped."""
    out = []
    for ent in doc.ents:
        # the recogniser may run a name on over the line break after it ("al-Saud\n" ending a list line),
        # which would put the mention outside its sentence
        while len(ent) > 1 and ent[-1].is_space:
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label)
        runs = clean.map_span(ent.start_char, ent.end_char)
        if len(runs) != 1:
            continue
        _, _, o0, o1 = runs[0]
        out.append((Mention(article.id, o0, o1, article.text[o0:o1], ent.label_), ent))
    return out


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def n_process_for(config: dict, count: int) -> int:
    """spaCy worker processes for parsing ``count`` articles: ``[nlp] n_process``, or if 0, one per
    ``min_articles_per_process`` articles up to the available CPUs (1 below that: forking costs)."""
    wanted = config["n_process"]
    if wanted > 0:
        return wanted
    per = max(1, config["min_articles_per_process"])
    return max(1, min(available_cpus(), count // per))


@cache
def model_info(name: str) -> ModelInfo:
    """Identity of the pipeline ``name`` (package or path); loads it only if its files cannot be found."""
    found = model_identity(name)
    if found is not None:
        return found
    meta = load_model(name).meta
    found = model_identity(name, [json.dumps(meta, sort_keys=True).encode()])
    assert found is not None  # a loaded pipeline always has a meta with a language
    return found


@cache
def _bare_vocab(lang: str) -> Vocab:
    """A vocab with the language's lexical attributes and noun-chunk rules, for decoding cached docs
    without loading the pipeline (milliseconds instead of about a second)."""
    from spacy.util import get_lang_class
    from spacy.vocab import create_vocab

    return create_vocab(lang, get_lang_class(lang).Defaults)


OnError = Callable[[Article, str], None]
"""Called with an article that could not be analysed and a one-line reason."""


def analyze(articles: Sequence[Article], config: dict, rules: CleanRules, *, cache: AnalysisCache | None = None,
            on_progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None,
            on_error: OnError | None = None) -> list[Analysis]:
    """Clean and parse ``articles`` with one ``nlp.pipe`` pass; ``config`` is the ``[nlp]`` table.

    With a ``cache``, articles whose cleaned text was parsed before are decoded from it instead, and
    new parses are stored; when every article is cached the pipeline is not even loaded. A bug met
    while cleaning or mapping one article drops that article (reported through ``on_error``), never
    the others.
    """
    kept, cleaned = [], []
    for article in articles:
        try:
            cleaned.append(clean_text(article.text, rules, article.body_start))
        except Exception as exc:  # noqa: BLE001 - one bad article must not sink the rest
            _report(on_error, article, exc)
            continue
        kept.append(article)
    source = _DocSource(config, cleaned, cache)
    try:
        return list(_collect(kept, cleaned, source, rules, on_progress, is_cancelled, on_error))
    finally:
        source.close()


def _report(on_error: OnError | None, article: Article, exc: Exception) -> None:
    if on_error is None:
        raise exc
    on_error(article, f"could not be analysed ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})")


class _DocSource:
    """Docs for the cleaned texts, in order: decoded from the cache where possible, else parsed."""

    def __init__(self, config: dict, cleaned: Sequence[CleanText], cache: AnalysisCache | None) -> None:
        self.config, self.cleaned, self.cache = config, cleaned, cache
        self.keys: list[str] = []
        self.stored: dict[str, bytes] = {}
        if cache is not None:
            fingerprint = model_info(config["model"]).fingerprint
            self.keys = [entry_key(c.text, fingerprint) for c in cleaned]
            self.stored = cache.get_many(self.keys)
        misses = [i for i in range(len(cleaned)) if self._key(i) not in self.stored]
        self.parsed = self._parse(misses)
        self.pending: list[tuple[str, bytes]] = []
        self.broken: set[str] = set()
        self.vocab = load_model(config["model"]).vocab if misses else _bare_vocab(model_info(config["model"]).lang)

    def _key(self, i: int) -> str:
        return self.keys[i] if self.keys else ""

    def _parse(self, misses: list[int]) -> Iterator[Doc]:
        if not misses:
            return iter(())
        nlp = load_model(self.config["model"])
        return nlp.pipe((self.cleaned[i].text for i in misses), batch_size=self.config["batch_size"],
                        n_process=n_process_for(self.config, len(misses)))

    def doc(self, i: int) -> Doc:
        """The doc of cleaned text ``i`` (call in order)."""
        text, key = self.cleaned[i].text, self._key(i)
        blob = self.stored.get(key)
        if blob is None:
            doc = _without_tensor(next(self.parsed))
        else:
            doc = decode_doc(blob, self.vocab, text) if key not in self.broken else None
            if doc is not None:
                return doc
            if key not in self.broken:
                # Damaged past its digest (or a hash collision): drop it, parse this one article now.
                self.broken.add(key)
                self.cache.forget([key])
            doc = _without_tensor(load_model(self.config["model"])(text))
            if doc.vocab is not self.vocab:
                # Keep every doc of a run on one vocab (matchers are built from the first doc's).
                doc = decode_doc(encode_doc(doc), self.vocab, text) or doc
        if self.cache is not None:
            self._store(key, doc)
        return doc

    def _store(self, key: str, doc: Doc) -> None:
        try:
            self.pending.append((key, encode_doc(doc)))
        except (KeyError, ValueError):  # a string the vocab cannot name: leave this one uncached
            return
        if len(self.pending) >= _FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        """Write the parses not stored yet."""
        if self.cache is not None and self.pending:
            self.cache.put_many(self.pending)
        self.pending = []

    def close(self) -> None:
        """Store what was parsed and stop spaCy's workers (also after a cancel or an error)."""
        close = getattr(self.parsed, "close", None)
        if close:
            close()
        self.flush()


def _without_tensor(doc: Doc) -> Doc:
    """Drop the tok2vec tensor (about 150 kB per article, read by nothing here): a cold run over
    10,000 articles would otherwise hold 1.5 GB of it, and cached docs have none either."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


_FLUSH_EVERY = 64
"""Parses per cache write: a cancelled or crashed run keeps most of its work, and writes stay batched."""


def _collect(articles: Sequence[Article], cleaned: Sequence[CleanText], source: _DocSource, rules: CleanRules,
             on_progress: Progress | None, is_cancelled: Callable[[], bool] | None,
             on_error: OnError | None = None) -> Iterable[Analysis]:
    total = len(articles)
    for i, (article, clean) in enumerate(zip(articles, cleaned)):
        if is_cancelled and is_cancelled():
            return
        doc = source.doc(i)
        try:
            sentences, spans = sentences_of(article, clean, doc, rules)
            mentions = mentions_of(article, clean, doc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not sink the rest
            _report(on_error, article, exc)
        else:
            yield Analysis(article, clean, doc, sentences, spans, mentions)
        if on_progress:
            on_progress(i + 1, total)
