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

Cost grows linearly with the corpus: two words are only ever compared when they share their first three
letters (lower-cased), which ``_similar_word`` requires anyway, so names and surnames are looked up in
blocks of that key instead of against every name of the corpus; and results are memoised per distinct
string (surface clean-up, word pairs, a surname's candidate full names), as the same few thousand
strings make up every mention.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache

from briefing.model import Entity, Mention

__all__ = ["EntityIndex", "canonicalize", "fold", "normalise_surface", "strip_title", "without_owner",
           "KEPT_LABELS", "PATRONYMIC_PARTICLES"]

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
"""Labels that name things; amounts and dates are handled as facts, not entities."""

_NAME_LABELS = frozenset({"PERSON", "ORG"})

BODY_ENDINGS = frozenset({"bank", "fund", "agency", "alliance", "foundation", "facility", "programme", "organisation",
                          "organization", "commission", "network", "trust", "institute", "corporation", "society",
                          "centre", "center", "council"})
"""Last words that make a name of three words or more a body, also one named after a person that the
recogniser tags as a person ("the Aga Khan Development Network", "the Bill & Melinda Gates Foundation")."""


def named_body(key: str) -> bool:
    """A name of three words or more that ends in a body's word (:data:`BODY_ENDINGS`)."""
    words = key.split()
    return len(words) > 2 and words[-1].lower() in BODY_ENDINGS
"""spaCy confuses these two for people's surnames; both may join a person."""


_TITLES = frozenset({
    "president", "prime", "minister", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan",
    "pope", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "general", "gen", "senator", "sen", "rep",
    "secretary", "premier", "governor", "mayor", "vice", "foreign", "deputy", "crown", "ambassador", "commissioner",
    "chief", "judge", "justice", "cardinal", "archbishop", "bishop", "rabbi", "imam", "colonel", "col", "admiral",
    "marshal", "field", "captain", "capt", "lt", "lieutenant", "professor", "prof", "h.e", "hon", "honourable",
    "honorable", "pm", "fm", "cm",  # headline and South Asian press: "PM Rao", "FM Jaishankar", "CM Vijayan"
    "shri", "smt", "shrimati", "dato'", "dato", "datuk", "datin", "seri",  # Indian and Malaysian honorifics
    "lyonpo", "dasho",  # Bhutan's ministers and senior officials: "Lyonpo Karma Wangchuk"
    "excellency",  # "His Excellency X"
    "councillor", "councilor",  # "Federal Councillor X" (Switzerland's ministers)
    "coach", "sheriff",  # "fired Coach Maurice Cheeks"
})
"""Words a person's name may start with in the recogniser's span ("King Mohammed VI", "President Joe Biden")."""


_EXCELLENCY = "H.E. "


_POSTNOMINALS = frozenset({"MP", "MEP", "MSP", "MLA", "TD", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD"})
"""Letters after a name ("Rachel Ambrose MP"), written as they are (case matters: "Md" begins names)."""


PATRONYMIC_PARTICLES = frozenset({"bin", "bint", "ibn"})
"""Words after a given name in Arabic names ("Sultan bin Khalid"): the word before one is a name, even one
that is also a title ("Prince Sultan bin Khalid al-Saud" is Sultan bin Khalid al-Saud)."""


def strip_title(surface: str) -> str:
    """``"King Mohammed VI"`` -> ``"Mohammed VI"``: leading titles off a person's name (one word at least stays),
    and letters after it (``"Rachel Ambrose MP"``; two words at least stay)."""
    words = surface.split()
    # not a title that is the given name before a particle: "Prince Sultan bin Khalid" is Sultan bin Khalid
    while len(words) > 1 and words[0].rstrip(".").lower() in _TITLES and words[1] not in PATRONYMIC_PARTICLES:
        words = words[1:]
    while len(words) > 2 and words[-1].strip(".,") in _POSTNOMINALS:
        words = words[:-1]
    return " ".join(words)


def normalise_surface(text: str) -> str:
    """``"the U.K.'s"`` -> ``"U.K."``: the form looked up in the alias table."""
    text = " ".join(text.split()).lstrip("•·▪‣◦* ")  # a list line's bullet the recogniser ran into the name
    if "(" in text and ")" not in text:  # "Intergovernmental Authority on Development (IGAD": the span's slip
        text = text[:text.index("(")].strip() or text
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    text = re.sub(r"^(?:Co-)?[Hh]ost\s+(?=[A-Z])", "", text)  # "Host Slovenia committed ...": the state
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return text.strip(" ,.;:-–—\"“”") if not re.search(r"\b[A-Z]\.$", text) else text.strip(" ,;:-–—\"“”")


@dataclass(slots=True)
class EntityIndex:
    """Canonical entities and the key of every mention."""

    entities: dict[str, Entity] = field(default_factory=dict)
    """By canonical key."""
    by_mention: dict[tuple[str, int, int], str] = field(default_factory=dict)
    """``(article_id, start, end)`` of a mention -> canonical key."""
    table: dict[str, str] = field(default_factory=dict)
    """The alias table the index was built with (surface form -> canonical name), for names met untagged."""

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
    """Two to four capitalised words: "Olaf Scholz", "Ursula von der Leyen", "Abdulaziz al-Rumaihi"."""
    words = surface.split()
    return 1 < len(words) <= 4 and words[0][:1].isupper() and (
        words[-1][:1].isupper() or _PARTICLE_NAME.match(words[-1]) is not None)


_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")
"""A last name opening with a lower-case particle: "al-Rumaihi", "el-Sisi", "ad-Din"."""


def _block(word: str) -> str:
    """Blocking key of a word: ``_similar_word`` is False for two words whose keys differ.

    Equal words share a key and unequal ones must share their first three letters (case- and accent-folded) to be
    compared at all, so comparing only words of one block gives the same answers as comparing every pair.
    """
    return fold(word)[:3]


@cache
def fold(word: str) -> str:
    """A word in lower case without its accents: "Kalniņš" and "Kalnins", "Çavuşoğlu" and "Cavusoglu" are
    one spelling written with and without them."""
    return _plain(word.lower())


def _plain(name: str) -> str:
    """A name without its accents, case kept ("TİKA" -> "TIKA"; "WHO" is not "Who")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _similar_word(a: str, b: str) -> bool:
    """Spelling variants of one name: ``Zelensky``/``Zelenskyy``/``Zelenskiy``, ``Kalniņš``/``Kalnins``."""
    if a == b:
        return True
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if a[:3] != b[:3] or min(len(a), len(b)) < 5:
        return False
    # The two cheap upper bounds first, as difflib.get_close_matches does: they never exceed ratio().
    matcher = SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= 0.85 and matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


_SimilarWords = Callable[[str, str], bool]


def _similar_words() -> _SimilarWords:
    """``_similar_word`` memoised for one corpus: the same pairs of words recur thousands of times."""
    return cache(_similar_word)


class _FullNames:
    """Full person names by surname, indexed by the surname's block, with candidates memoised per surname.

    Scanning every surname of the corpus for every one-word mention made entity resolution quadratic;
    only surnames of the mention's block can match, and the answer depends on the word alone.
    """

    def __init__(self, full_names: dict[str, list[str]], similar: _SimilarWords) -> None:
        self.similar = similar
        self.blocks: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for last, names in full_names.items():  # insertion order kept inside each block
            self.blocks[_block(last)].append((last, names))
        self.memo: dict[str, list[str]] = {}

    def candidates(self, surname: str) -> list[str]:
        """Full names whose last word is a spelling variant of ``surname``, in the table's order."""
        found = self.memo.get(surname)
        if found is None:
            found = self.memo[surname] = [name for last, names in self.blocks.get(_block(surname), ())
                                          if self.similar(last, surname) for name in names]
        return found


class _Local:
    """The full person names of one article, with their first and last words indexed."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.by_first: dict[str, set[str]] = defaultdict(set)
        self.by_last: dict[str, set[str]] = defaultdict(set)
        self.by_paternal: dict[str, set[str]] = defaultdict(set)
        for name in names:
            words = name.split()
            if len(words) > 1:
                self.by_first[words[0]].add(name)
                self.by_last[words[-1]].add(name)
            if len(words) > 2:
                self.by_paternal[words[-2]].add(name)

    @staticmethod
    def only(found: set[str] | None) -> str | None:
        """The one name of ``found``, or None when there are none or several."""
        return next(iter(found)) if found is not None and len(found) == 1 else None


def _person_key(surname: str, full_names: _FullNames, local: _Local) -> str | None:
    """The full name a one-word mention belongs to, preferring names seen in the same article."""
    candidates = full_names.candidates(surname)
    in_article = [name for name in candidates if name in local.names]
    pool = in_article or candidates
    distinct = set(pool)
    if len(distinct) == 1:
        return pool[0]
    if not distinct:
        # Family name first ("Xi" for Xi Jinping), or the first of two surnames ("Morales" for Javier Morales
        # Peña): only a name of the same article, and only one.
        return local.only(local.by_first.get(surname)) or local.only(local.by_paternal.get(surname))
    return None


def _local_person(word: str, local: _Local) -> str | None:
    """A surname spaCy tagged as a place ("Scholz" GPE) when the article names that one person in full."""
    return local.only(local.by_last.get(word))


def _signature(words: Sequence[str]) -> tuple[str, ...]:
    """Blocks of every word: two names can be variants only if their signatures are equal."""
    return tuple(_block(word) for word in words)


def _group_variants(names: Iterable[str], similar: _SimilarWords) -> dict[str, str]:
    """Map each multi-word person name to a representative spelling (the most common first).

    A name joins the first earlier representative with as many words, each a variant of its own (a
    two-word name also in the other order: "Yuko Nakagawa" is "Nakagawa Yuko"); representatives are kept per
    signature, since one of another signature can never match.
    """
    rep: dict[str, str] = {}
    reps: dict[tuple[str, ...], list[tuple[str, list[str]]]] = defaultdict(list)
    for name in names:
        words = name.split()
        bucket = reps[_signature(words)]
        found = next((other for other, owords in bucket if all(map(similar, words, owords))), None)
        if found is None and len(words) == 2:  # family name first or last: "Nakagawa Yuko", "Yuko Nakagawa"
            turned = words[::-1]
            found = next((other for other, owords in reps.get(_signature(turned), ())
                          if all(map(similar, turned, owords))), None)
        rep[name] = found or name
        if found is None:
            bucket.append((name, words))
    return rep


def canonicalize(mentions_by_article: Sequence[Sequence[Mention]], aliases: dict[str, str],
                 articles: Mapping[str, str] | None = None) -> EntityIndex:
    """Resolve every name mention of the corpus to a canonical entity (``articles``: each article's text by
    its id, where the mentions' offsets point, to read what stands between two names)."""
    texts = _Texts()
    surfaces, name_forms, person_votes = _read_surfaces(mentions_by_article, _Aliases(aliases), texts)
    _defined_short_forms(mentions_by_article, surfaces, set(aliases) | set(aliases.values()), articles or {})
    _expand_acronyms(surfaces, set(aliases.values()))
    _drop_owner_prefix(surfaces)
    _join_accent_variants(surfaces)
    similar = _similar_words()
    variant = _group_variants((name for name, _ in name_forms.most_common()), similar)
    # Only groups that spaCy called a PERSON at least once are people (spaCy tags some names ORG).
    people = {variant[name] for name, votes in person_votes.items() if votes}
    variant = {name: rep for name, rep in variant.items() if rep in people}
    variant = _longer_names(variant, name_forms)
    full_names = _FullNames(_surname_table(variant, aliases), similar)
    index = _build(mentions_by_article, surfaces, variant, full_names, texts)
    index.table = dict(aliases)
    return index


def _join_accent_variants(surfaces: dict[tuple[str, int, int], str]) -> None:
    """One name written with and without its accents is one name, spelled as most mentions spell it: "TİKA" in a
    communiqué and "TIKA" on the wire, "Agence Française de Développement" and "Agence Francaise de Developpement"
    (people's names join as variants word by word later)."""
    counts = Counter(surfaces.values())
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        spellings[_plain(name)].append(name)
    chosen = {name: max(names, key=lambda n: (counts[n], n != _plain(n)))
              for names in spellings.values() if len(names) > 1 for name in names}
    for where, surface in surfaces.items():
        if surface in chosen:
            surfaces[where] = chosen[surface]


_NOT_INITIALS = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "et", "&"})


def _content_words(name: str) -> list[str]:
    """The words of a name that give it initials (not "of", "for", "the" ...), hyphenated parts apart."""
    return [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _NOT_INITIALS]


def _initials(name: str) -> str:
    """"Caribbean Development Bank" -> "CDB", "European Bank for Reconstruction and Development" -> "EBRD"."""
    return "".join(w[0] for w in _content_words(name)).upper()


def _defined_short_forms(mentions_by_article: Sequence[Sequence[Mention]], surfaces: dict[tuple[str, int, int], str],
                         configured: set[str], articles: Mapping[str, str]) -> None:
    """A short form defined in brackets right after the long name ("the Africa Centres for Disease Control and
    Prevention (Africa CDC)", "UN Central Emergency Response Fund (CERF)") is that name wherever it occurs:
    in the whole corpus when every definition agrees, else in the article that defines it."""
    defined: dict[str, set[str]] = defaultdict(set)
    local: dict[tuple[str, str], str] = {}
    for mentions in mentions_by_article:
        named = sorted((m for m in mentions if m.label != "PERSON" and (m.article_id, m.start, m.end) in surfaces),
                       key=lambda m: m.start)
        text = articles.get(mentions[0].article_id, "") if mentions else ""
        pairs = [(a, surfaces[(b.article_id, b.start, b.end)], text[a.end:b.start] == " (" and
                  text[b.end:b.end + 1] == ")") for a, b in zip(named, named[1:])
                 if b.start - a.end == 2]  # " (" between the two (or ", ": a text is needed to tell)
        # the recogniser may take both into one mention: "The Africa Centres for ... Prevention (Africa CDC"
        pairs += [(m, m.text.partition("(")[2].strip(" )"), False) for m in named if "(" in m.text]
        # or leave the short form untagged: "The West African Development Bank (BOAD) offered" (a body's: the
        # state in "the Mine Action Agency of the Republic of Azerbaijan (ANAMA)" is the recogniser's cut)
        pairs += [(m, found.group(1), True) for m in named if m.label == "ORG" and (
            found := _BRACKETED.match(text, m.end))]
        for a, short, bracketed in pairs:
            long = surfaces[(a.article_id, a.start, a.end)]
            if short != long and short not in configured and (_abbreviates(short, long) or bracketed and (
                    _foreign_short_form(short, long) or _mixed_short_form(short, long))):
                defined[short].add(long)
                local[(a.article_id, short)] = long
                for word in short.split()[1:] if " " in short else ():  # "Africa CDC's": the recogniser may
                    if word.isupper() and word not in configured:  # keep only "CDC", in the same article
                        local.setdefault((a.article_id, word), long)
    if not defined:
        return
    # a short form written with and without its accents is one: "(TİKA)" in a communiqué, "TIKA" on the wire
    plain = {_plain(short): longs for short, longs in defined.items() if _plain(short) != short}
    for where, surface in surfaces.items():
        longs = defined.get(surface) or plain.get(surface)
        if longs and len(longs) == 1:
            surfaces[where] = next(iter(longs))
        elif (where[0], surface) in local:
            surfaces[where] = local[(where[0], surface)]


_BRACKETED = re.compile(r" \(([A-Z][A-Za-z]{1,9})\)")
"""A short form in brackets right after a name."""


def _mixed_short_form(short: str, long: str) -> bool:
    """A short form in brackets that keeps a small word's letter in lower case ("the Committee of Emergency
    Situations and Civil Defence (CoES)", "Ministry of Health (MoH)"): its capitals abbreviate the name."""
    capitals = "".join(c for c in short if c.isupper())
    return short.isalpha() and short != capitals and len(capitals) >= 2 and _abbreviates(capitals, long)


def _foreign_short_form(short: str, long: str) -> bool:
    """A capitals-only short form in brackets after an English name, taken from the body's own language
    ("the Brazilian Development Bank (BNDES)", "the National Administration of Power Plants ... of Uruguay
    (UTE)", "... Stabilization Mission in the Central African Republic (MINUSCA)"): its letters need not
    follow the English words, but its first is one of their initials (not "the World Bank (IDA)")."""
    content = _content_words(long)
    return 2 <= len(short) <= 8 and short.isalpha() and short.isupper() and len(content) >= 2 and \
        short[0] in {w[0] for w in content}


def _abbreviates(short: str, long: str) -> bool:
    """``short`` is a short form of ``long``: its words are words of the long name, or capitals that are the
    initials of its next words, in order, one such capital run at least ("Africa CDC", "CERF", "UN-Habitat"
    is not)."""
    content = _content_words(long)
    words = short.split()
    if len(content) < 2 or len(short) >= len(long) or not any(w.isupper() and w.isalpha() and len(w) > 1
                                                               for w in words):
        return False
    k = 0
    for word in words:
        if word in content[k:]:
            k = content.index(word, k) + 1
            continue
        if not (word.isupper() and word.isalpha()):
            return False
        for letter in word:
            k = next((j for j in range(k, len(content)) if content[j][0] == letter), len(content)) + 1
            if k > len(content):
                return False
    return True


def _owner_acronym(name: str) -> tuple[str, str]:
    """A name's first word as an owner's acronym, its dots off ("U.N. Food and Agriculture Organization" ->
    "UN"), and the rest of the name; ("", name) if the first word is no acronym."""
    first, _, rest = name.partition(" ")
    letters = first.replace(".", "")
    return (letters, rest) if 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha() and rest \
        else ("", name)


def without_owner(name: str) -> str:
    """A body's name without its owner's acronym before it: "UN Central Emergency Response Fund" -> "Central
    Emergency Response Fund" (three words at least stay); "" if it has none."""
    letters, rest = _owner_acronym(name)
    return rest if letters and len(rest.split()) >= 3 else ""


def _owner_spelled_out(name: str, names: set[str]) -> str:
    """The one name of ``names`` that is ``name`` with its owner's acronym spelled out ("UN Development
    Programme" -> "United Nations Development Programme"); "" if there is none."""
    letters, rest = _owner_acronym(name)
    if not letters:
        return ""
    found = {n for n in names if n.endswith(" " + rest) and len(n) > len(name)
             and _initials(n[:-len(rest) - 1]) == letters}
    return found.pop() if len(found) == 1 else ""


def _owned(name: str) -> str:
    """A body's name after its owner's possessive, which the recogniser may take into the name: "Tajikistan's
    Committee of Emergency Situations" -> "Committee of Emergency Situations" (two words at least); else ""."""
    found = _OWNED.match(name) if "s " in name else None
    return found.group(1) if found and len(found.group(1).split()) >= 2 else ""


_OWNED = re.compile(r"[^'’]+['’]s ([A-Z].*)")


def _drop_owner_prefix(surfaces: dict[tuple[str, int, int], str]) -> None:
    """A body's name with its owner's acronym or possessive before it is the name the corpus also gives without
    it ("the UN's Central Emergency Response Fund", "Tajikistan's Committee of ..."), or the one it gives in
    full after it, or the one that spells the acronym out ("UN Development Programme")."""
    names = set(surfaces.values())
    for where, surface in surfaces.items():
        spelled = _owner_spelled_out(surface, names)
        if spelled:  # "UN Development Programme" where the corpus has "United Nations Development Programme"
            surfaces[where] = spelled
            continue
        rest = without_owner(surface) or _owned(surface)
        if not rest:
            continue
        if rest in names:
            surfaces[where] = rest
            continue
        # or the front of the one full name that goes on with "of" ("U.N. Food and Agriculture Organization" and
        # "Food and Agriculture Organization of the United Nations")
        longer = {n for n in names if n.startswith(rest + " of ")}
        if len(longer) == 1:
            surfaces[where] = longer.pop()


def _expand_acronyms(surfaces: dict[tuple[str, int, int], str], configured: set[str]) -> None:
    """An acronym the alias table does not know is the one longer name of the corpus with those initials
    ("CDB" and "Caribbean Development Bank" are one participant), or, failing that, the one whose first and
    last initials it keeps, leaving out a word between ("CEB", the Council of Europe Development Bank); one
    that fits two names ("ADB": the Asian and the African Development Bank) stays as written."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for name in set(surfaces.values()):
        if len(name.split()) >= 2 and name not in configured:
            by_initials[_initials(name)].add(name)
    loose: dict[str, set[str]] = {}
    for where, surface in surfaces.items():
        if not (2 <= len(surface) <= 6 and surface.isalpha() and surface.isupper() and surface not in configured):
            continue
        found = by_initials.get(surface, set())
        if not found and len(surface) >= 3:  # "CEB" for the Council of Europe Development Bank: a word left out
            if surface not in loose:
                loose[surface] = {n for initials, names in by_initials.items() if initials[0] == surface[0]
                                  and initials[-1] == surface[-1] for n in names if _abbreviates(surface, n)}
            found = loose[surface]
        if len(found) == 1:
            surfaces[where] = next(iter(found))


class _Texts:
    """``normalise_surface`` (and the cleaned surface of a mention) memoised per distinct mention text.

    A corpus has tens of mentions per article but only a few thousand distinct texts; the regular
    expressions ran once per mention before.
    """

    def __init__(self) -> None:
        self.plain: dict[str, str] = {}
        self.named: dict[tuple[str, bool], str | None] = {}

    def normalised(self, text: str) -> str:
        """``normalise_surface(text)``."""
        found = self.plain.get(text)
        if found is None:
            found = self.plain[text] = normalise_surface(text)
        return found

    def surface(self, text: str, label: str) -> str | None:
        """The form a mention is resolved by (titles off a person's name), None if it has no letter."""
        person = label == "PERSON"
        if (text, person) not in self.named:
            surface = self.normalised(text)
            if ": " in surface:  # "For the Energy Community Secretariat: Irena Vuković" taken as one name
                body, _, name = surface.partition(": ")
                surface = name if person else body
            if person or surface.startswith(_EXCELLENCY):
                surface = strip_title(surface)  # "H.E." names a person whatever the recogniser's label
            self.named[(text, person)] = surface if surface and re.search(r"[A-Za-z]", surface) else None
        return self.named[(text, person)]


def _read_surfaces(mentions_by_article: Sequence[Sequence[Mention]], table: _Aliases, texts: _Texts,
                   ) -> tuple[dict[tuple[str, int, int], str], Counter[str], Counter[str]]:
    """The looked-up surface of every kept mention, and how often each full-name form was seen (and
    called a PERSON)."""
    surfaces: dict[tuple[str, int, int], str] = {}
    name_forms: Counter[str] = Counter()
    person_votes: Counter[str] = Counter()
    for mentions in mentions_by_article:
        for m in mentions:
            if m.label not in KEPT_LABELS:
                continue
            surface = texts.surface(m.text, m.label)
            if surface is None:
                continue
            configured = table.lookup(surface)
            surfaces[(m.article_id, m.start, m.end)] = configured or surface
            if m.label in _NAME_LABELS and not configured and _looks_like_name(surface):
                name_forms[surface] += 1
                person_votes[surface] += m.label == "PERSON"
    return surfaces, name_forms, person_votes


def _longer_names(variant: dict[str, str], seen: Counter[str]) -> dict[str, str]:
    """A person's name that ends another's, longer one is that person ("Chandra Varma" of "Harish Chandra
    Varma", the recogniser having cut the first name), when exactly one longer name ends so and it is seen
    at least as often (not a headline's "Hire Maurice Cheeks" or "GM Theo Epstein")."""
    count: Counter[str] = Counter()
    for name, rep in variant.items():
        count[rep] += seen[name]
    by_last: dict[str, set[str]] = defaultdict(set)
    for rep in count:
        by_last[rep.split()[-1]].add(rep)
    out = dict(variant)
    for name, rep in variant.items():
        words = rep.split()
        if len(words) < 2:
            continue
        longer = {other for other in by_last[words[-1]]
                  if len(other.split()) > len(words) and other.split()[-len(words):] == words}
        if len(longer) == 1 and count[(target := longer.pop())] >= count[rep]:
            out[name] = target
            continue
        fuller = {other for other in by_last[words[-1]] if _with_middle(words, other.split())}
        if len(fuller) == 1:  # "Abdulaziz al-Rumaihi" of "Abdulaziz Hamad al-Rumaihi": a middle name left out
            out[name] = fuller.pop()
    return out


def _with_middle(words: list[str], other: list[str]) -> bool:
    """``other`` is ``words`` with middle names added: same first and last word, the rest in order."""
    if len(other) <= len(words) or other[0] != words[0] or other[-1] != words[-1]:
        return False
    rest = iter(other[1:-1])
    return all(w in rest for w in words[1:-1])


def _surname_table(variant: dict[str, str], aliases: dict[str, str]) -> dict[str, list[str]]:
    """Last word -> the canonical full names ending with it, in the order first seen."""
    full_names: dict[str, list[str]] = defaultdict(list)
    for name, canonical in variant.items():
        full_names[name.split()[-1]].append(canonical)
    for surface, canonical in aliases.items():
        # A configured person name ("Zelensky" = "Volodymyr Zelenskyy") also anchors surname mentions.
        words = canonical.split()
        if len(words) > 1 and len(surface.split()) == 1 and _similar_word(surface, words[-1]):
            if canonical not in full_names[words[-1]]:
                full_names[words[-1]].append(canonical)
    return full_names


def _build(mentions_by_article: Sequence[Sequence[Mention]], surfaces: dict[tuple[str, int, int], str],
           variant: dict[str, str], full_names: _FullNames, texts: _Texts) -> EntityIndex:
    """The entities, in the order first mentioned, with their aliases, mentions and voted labels."""
    index = EntityIndex()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for mentions in mentions_by_article:
        local = _Local({variant.get(surfaces.get((m.article_id, m.start, m.end), ""), "") for m in mentions})
        for m in mentions:
            where = (m.article_id, m.start, m.end)
            surface = surfaces.get(where)
            if surface is None:
                continue
            key = _mention_key(m, surface, variant, full_names, local, texts)
            index.by_mention[where] = key
            entity = index.entities.get(key)
            if entity is None:
                entity = index.entities[key] = Entity(key=key, label=m.label)
            entity.mentions.append(m)
            if m.text not in entity.aliases:
                entity.aliases.append(m.text)
            votes[key][_vote_label(m.label, key, texts.normalised(m.text))] += 1
    people = set(variant.values())
    for key, counter in votes.items():
        # A full name spaCy called a person at least once stays a person ("told Zelenskyy" tagged GPE).
        index.entities[key].label = "PERSON" if key in people else counter.most_common(1)[0][0]
        if index.entities[key].label == "PERSON" and named_body(key):
            index.entities[key].label = "ORG"  # "the Aga Khan Development Network", tagged as a person
    return index


def _mention_key(m: Mention, surface: str, variant: dict[str, str], full_names: _FullNames, local: _Local,
                 texts: _Texts) -> str:
    """Canonical key of one kept mention whose looked-up surface is ``surface``."""
    key = variant.get(surface, surface)
    words = key.split()
    if len(words) != 1:
        return key
    if m.label in _NAME_LABELS and key[:1].isupper():
        return _person_key(words[0], full_names, local) or key
    if m.label in ("GPE", "LOC") and surface == texts.normalised(m.text):
        return _local_person(key, local) or key
    return key


def _vote_label(label: str, key: str, surface: str) -> str:
    """A demonym resolved to a country is a place ("British" -> United Kingdom, GPE)."""
    if label == "NORP" and key.lower() != surface.lower():
        return "GPE"
    return label
