"""Values read off the parse: money, counted quantities and dates.

``£1.6 billion``, ``1.6 billion pounds`` and ``£1.6bn`` are one value (1.6e9 GBP); a sum in brackets
right after another (``£1.6 billion ($2 billion)``) is a conversion of it, not a second sum. Sums are
found with a spaCy ``Matcher`` (patterns in ``defaults/facts.toml``) as well as the entity recogniser,
which often misses them (``240 million euros`` untagged, ``¥165bn`` tagged PERSON). Relative days
("on Sunday") resolve against the article's publication date.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from collections.abc import Iterator
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib

__all__ = [
    "Amount", "MoneyMention", "QUALIFIERS", "lexicon", "parse_money", "k_sign", "preceding_qualifier", "parse_quantity",
    "format_amount", "money_mentions", "count_of", "resolve_date", "format_date", "MODALS", "attached_dates", "words",
    "demonyms_lower", "currency_codes",
]

_SYMBOLS = {"US$": "USD", "C$": "CAD", "A$": "AUD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
            "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₴": "UAH", "₽": "RUB", "₱": "PHP", "₩": "KRW",
            "Rs": "INR",
            "R": "ZAR", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "TSh": "TZS", "USh": "UGX", "Aus$": "AUD",
            "FJ$": "FJD", "NT$": "TWD", "J$": "JMD", "TT$": "TTD", "EC$": "XCD", "BZ$": "BZD", "BD$": "BBD",
            "KD": "KWD", "SR": "SAR", "Dh": "AED", "Dhs": "AED", "QR": "QAR", "JD": "JOD", "BD": "BHD",
            "VNĐ": "VND", "₫": "VND", "N$": "NAD", "₦": "NGN", "GH¢": "GHS", "GH₵": "GHS", "₵": "GHS",
            "FCFA": "XOF", "Tk": "BDT", "LE": "EGP", "E£": "EGP", "KM": "BAM", "MK": "MWK", "N": "NGN", "B$": "BSD",
            "SI$": "SBD", "L$": "LRD", "NLe": "SLE", "G$": "GYD", "GY$": "GYD", "ZiG": "ZWG", "Nu": "BTN",
            "VT": "VUV", "RD$": "DOP", "₡": "CRC", "TOP": "TOP", "BOB": "BOB", "Bs": "BOB", "Br": "ETB",
            "IRs": "INR", "RMB": "CNY"}
_CODE_ALIASES = {"SDR": "XDR", "NTD": "TWD"}
"""Codes written in news for ISO 4217 ones: the IMF's special drawing right is "SDR", ISO's XDR; Taiwan's
dollar "NTD", ISO's TWD."""
_WORDS = [
    (r"eastern caribbean dollars?", "XCD"),
    (r"canadian dollars?", "CAD"), (r"australian dollars?", "AUD"), (r"hong kong dollars?", "HKD"),
    (r"new zealand dollars?", "NZD"), (r"singapore dollars?", "SGD"), (r"namibian dollars?", "NAD"),
    (r"bahamian dollars?", "BSD"), (r"barbad(?:ian|os) dollars?", "BBD"), (r"jamaican dollars?", "JMD"),
    (r"fiji(?:an)? dollars?", "FJD"), (r"solomon(?: islands)? dollars?", "SBD"), (r"belize dollars?", "BZD"),
    (r"guyan(?:ese|a) dollars?", "GYD"), (r"(?:new )?taiwan(?:ese)? dollars?", "TWD"),
    (r"(?:u\.?s\.?|american) dollars?", "USD"),
    (r"egyptian pounds?", "EGP"), (r"lebanese (?:pounds?|liras?)", "LBP"), (r"syrian pounds?", "SYP"),
    (r"south sudanese pounds?", "SSP"), (r"sudanese pounds?", "SDG"),
    (r"rwandan francs?", "RWF"), (r"burundian francs?", "BIF"), (r"guinean francs?", "GNF"),
    (r"djiboutian francs?", "DJF"), (r"comorian francs?", "KMF"),
    (r"pakistani rupees?", "PKR"), (r"sri lankan rupees?", "LKR"), (r"nepalese rupees?|nepali rupees?", "NPR"),
    (r"mauritian rupees?", "MUR"), (r"somali shillings?", "SOS"),
    (r"dollars?", "USD"), (r"(?:pounds?(?: sterling)?|sterling|quid)", "GBP"), (r"euros?", "EUR"),
    (r"yuan|renminbi", "CNY"), (r"yen", "JPY"), (r"rupees?", "INR"), (r"hryvnias?", "UAH"),
    (r"roubles?|rubles?", "RUB"), (r"congolese francs?", "CDF"),
    (r"central african cfa francs?|fcfa", "XAF"), (r"cfa francs?|francs? cfa", "XOF"),
    (r"swiss francs?|francs?", "CHF"), (r"swedish kronor|kronor|swedish crowns", "SEK"),
    (r"danish (?:kroner|krone|crowns)", "DKK"), (r"norwegian (?:kroner|krone|crowns)", "NOK"), (r"zlotys?", "PLN"),
    (r"tanzanian shillings?", "TZS"), (r"ugandan shillings?", "UGX"), (r"kenyan shillings?|shillings?", "KES"),
    (r"nairas?", "NGN"), (r"cedis?", "GHS"), (r"birr", "ETB"), (r"taka", "BDT"), (r"rupiah", "IDR"),
    (r"ringgit", "MYR"), (r"shekels?", "ILS"), (r"forints?", "HUF"), (r"czech crowns|koruna", "CZK"),
    (r"icelandic (?:crowns|kronur|krónur)|kronur|krónur|króna", "ISK"),  # the plural is Iceland's alone
    (r"special drawing rights?|sdrs?", "XDR"),  # the IMF's unit, ISO 4217 XDR, written "SDR 120 million"
    (r"saudi riyals?", "SAR"), (r"qatari riyals?", "QAR"), (r"omani ri?als?", "OMR"), (r"emirati dirhams?", "AED"),
    (r"uae dirhams?", "AED"), (r"moroccan dirhams?", "MAD"), (r"kuwaiti dinars?", "KWD"),
    (r"jordanian dinars?", "JOD"), (r"bahraini dinars?", "BHD"), (r"iraqi dinars?", "IQD"),
    (r"mexican pesos?", "MXN"), (r"philippine pesos?", "PHP"), (r"argentine pesos?", "ARS"),
    (r"chilean pesos?", "CLP"), (r"colombian pesos?", "COP"), (r"liras?", "TRY"), (r"rand", "ZAR"),
    (r"(?:south )?(?:korean )?won", "KRW"),  # "140 billion won": only with a scale word (see [money] patterns)
    (r"(?:vietnamese )?dong", "VND"),  # "500 billion dong": only with a scale word, as "won"
    (r"(?:kazakh )?tenge", "KZT"), (r"pula", "BWP"), (r"malawian kwacha", "MWK"), (r"(?:zambian )?kwacha", "ZMW"),
    (r"(?:uzbek )?(?:soums?|so'ms?)|uzbek soms?", "UZS"),
    (r"kyrgyz soms?", "KGS"), (r"somoni", "TJS"), (r"(?:brazilian )?reais", "BRL"), (r"(?:thai )?baht", "THB"),
    (r"afghanis?", "AFN"), (r"(?:mongolian )?(?:tugriks?|t[öo]gr[öo]gs?)", "MNT"), (r"riels?", "KHR"),
    (r"kyats?", "MMK"), (r"meticais|meticals?", "MZN"), (r"kwanzas?", "AOA"),
    (r"(?:lao )?kip", "LAK"),  # "30 billion kip": only with a scale word, as "won"
    (r"(?:georgian )?lari", "GEL"), (r"(?:armenian )?drams?", "AMD"), (r"(?:albanian )?lek[eë]?", "ALL"),
    (r"(?:azerbaijani )?manats?", "AZN"), (r"(?:macedonian )?denars?", "MKD"), (r"(?:convertible )?marks", "BAM"),
    (r"lempiras?", "HNL"), (r"quetzal(?:es|s)?", "GTQ"), (r"colones", "CRC"), (r"c[oó]rdobas", "NIO"),
    (r"bol[ií]vares", "VES"), (r"guaran[ií](?:e?s)", "PYG"), (r"soles", "PEN"), (r"leones", "SLE"),
    (r"dalasis?", "GMD"), (r"ariary", "MGA"), (r"ouguiyas?", "MRU"), (r"kina", "PGK"), (r"tala", "WST"),
    (r"vatu", "VUV"), (r"rufiyaa", "MVR"), (r"ngultrums?", "BTN"), (r"moldovan lei|moldovan leu", "MDL"),
    (r"bolivianos", "BOB"),  # (the code is no sum's sign: "BOB" is a name in capitals)
    (r"(?:romanian )?(?:lei|leu)", "RON"), (r"(?:bulgarian )?(?:leva|lev)", "BGN"), (r"(?:haitian )?gourdes?", "HTG"),
    (r"(?:cape verdean |cabo verdean )?escudos?", "CVE"),
]
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
          # South Asian scales: "₹10 crore" is 1e8 rupees, "4.1 lakh people" 410,000
          "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7}
_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_SMALL.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "hundred": 100, "dozen": 12, "a dozen": 12})

QUALIFIERS = {
    "more than": ">", "over": ">", "at least": ">=", "upwards of": ">", "in excess of": ">",
    "up to": "<=", "less than": "<", "fewer than": "<", "under": "<", "nearly": "~<", "almost": "~<",
    "about": "~", "around": "~", "roughly": "~", "some": "~", "approximately": "~", "an estimated": "~",
    "as many as": "<=", "as much as": "<=", "close to": "~<", "just over": ">", "just under": "<",
}
"""Words before a number that make it a bound or an estimate, with a short code."""

_DISPLAY = {"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}
_MONEY_KEY = "briefing.money"


@cache
def lexicon() -> dict[str, Any]:
    """The fact vocabulary and token patterns of ``briefing/defaults/facts.toml`` (read once)."""
    text = resources.files("briefing").joinpath("defaults/facts.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def words(table: str, key: str) -> frozenset[str]:
    """A word list of the fact vocabulary (``[table] key``) as a set, built once: the extractors ask for
    membership in the innermost loops."""
    return frozenset(lexicon()[table][key])


@cache
def demonyms_lower() -> frozenset[str]:
    """Every demonym of the vocabulary, lower-cased ("british", "south african")."""
    return frozenset(d.lower() for d in lexicon()["demonyms"])


@dataclass(frozen=True, slots=True)
class Amount:
    """A number from the text, with its currency (money) and qualifier ("more than")."""

    value: float
    currency: str = ""
    qualifier: str = ""
    """The qualifier words as written, lowercased ("more than"), or ""."""
    text: str = ""

    @property
    def key(self) -> tuple[float, str]:
        """What two mentions must share to be the same amount (qualifier aside)."""
        return (round(self.value, 6), self.currency)


_NUM = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")


def _qualifier(text: str) -> tuple[str, str]:
    low = text.lower().lstrip()
    for words in sorted(QUALIFIERS, key=len, reverse=True):
        if low.startswith(words + " "):
            return words, low[len(words):].strip()
    return "", low


def _number(text: str) -> float | None:
    """``"1.6 billion"`` -> 1.6e9, ``"5,000"`` -> 5000, ``"1.6bn"`` -> 1.6e9, ``"a dozen"`` -> 12."""
    match = _NUM.search(text)
    if match:
        value = float(match.group(1).replace(",", ""))
        rest = text[match.end():].strip().lower()
        scale = re.match(r"-?\s*(thousand|trillion|billion|million|crores?|lakhs?|lac|cr|bn|mn|mln|bln|tn|trn|k|m|b)\b",
                         rest)
        return value * _SCALE[scale.group(1)] if scale else value
    words = text.lower().replace("-", " ").split()
    for i, word in enumerate(words):
        base = _SMALL.get(word) or (_SMALL.get(" ".join(words[i:i + 2])) if i + 1 < len(words) else None)
        if base is not None:
            tail = words[i + 1:]
            scale = next((_SCALE[w] for w in tail if w in _SCALE and len(w) > 2), 1.0)
            return float(base) * scale
    return None


def _currency(text: str, rest: str) -> str:
    digit = re.search(r"\d", rest)
    head = rest[:digit.start()] if digit else rest[:4]  # the sign stands before the number
    coded = re.search(r"\b([A-Z]{3})\$\s?\d", text)  # "CAD$60 million", "AUD$5 million": the code says which dollar
    if coded and coded.group(1) in currency_codes():
        return coded.group(1)
    for symbol, code in sorted(_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
        if symbol.isalpha():
            if re.match(rf"{symbol.lower()}\.?\s*\d", rest):
                return code
        elif symbol.lower() in head:
            return code
    code = re.search(r"\b([A-Z]{3})\b", text)
    if code and code.group(1) in currency_codes():
        return _CODE_ALIASES.get(code.group(1), code.group(1))
    for pattern, code_ in _WORDS:
        if re.search(rf"\b(?:{pattern})\b", rest):
            return code_
    return ""


def parse_money(text: str, default_currency: str = "") -> Amount | None:
    """Parse a sum of money (``"£1.6bn"``, ``"more than 2 billion euros"``); None if it has no number.

    ``default_currency`` is used when the text names none (``"1.6bn"`` in an article about pounds).
    A currency word glued to the number (``"euro110 billion"``, news-agency style) is read as written apart.
    """
    qualifier, rest = _qualifier(" ".join(_unglue(text).split()))
    # A currency word without a code ("crowns": Norway's, Sweden's ...) names a currency, just not which:
    # the article's default would be wrong, so the caller resolves it (by the donor) or leaves it blank.
    # (so does the sign "K", kwacha or kina: "K250 million" from Zambia's Chamber of Mines)
    currency = _currency(text, rest) or ("" if _currency_word().search(rest) or _K_SIGN.match(rest) else
                                         default_currency)
    value = _number(rest)
    if value is None:
        return None
    return Amount(value, currency, qualifier, text)


_K_SIGN = re.compile(r"k\d")
"""The sign "K" against a number (lower-cased): Zambia's and Malawi's kwacha, Papua New Guinea's kina."""


def k_sign(amount: Amount) -> bool:
    """The sum is written with the sign "K" ("K250 million", "about K250 million"): kwacha or kina, whichever
    country the sum's giver or article says."""
    return _K_SIGN.match(_qualifier(amount.text)[1]) is not None


@cache
def currency_codes() -> frozenset[str]:
    """The ``[money] codes`` list: ISO 4217 codes and the aliases news writes for some (SDR)."""
    return frozenset(lexicon()["money"]["codes"])


def _currency_words() -> str:
    """The ``[money] words`` list as a regular-expression alternation, longest first."""
    return "|".join(sorted(map(re.escape, lexicon()["money"]["words"]), key=len, reverse=True))


@cache
def _currency_word() -> re.Pattern[str]:
    """Any currency word of the ``[money] words`` list, as a whole word."""
    return re.compile(rf"(?i)\b(?:{_currency_words()})\b")


@cache
def _glued() -> re.Pattern[str]:
    """A currency word written against its number: ``euro110``, ``dollars5``."""
    return re.compile(rf"(?i)\b({_currency_words()})(?=\d)")


def _unglue(text: str) -> str:
    return _glued().sub(r"\1 ", text) if any(c.isdigit() for c in text) else text


def parse_quantity(text: str) -> Amount | None:
    """Parse a count (``more than 5,000``); None if it has no number."""
    qualifier, rest = _qualifier(text)
    value = _number(rest)
    return None if value is None else Amount(value, "", qualifier, text)


def _number_text(value: float) -> str:
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if value >= scale:
            return f"{value / scale:.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_amount(amount: Amount, symbol: bool = False) -> str:
    """``Amount(1.6e9, "GBP")`` -> ``"GBP 1.6 billion"`` (``"£1.6 billion"`` with ``symbol``); qualifier first."""
    number = _number_text(amount.value)
    sign = _DISPLAY.get(amount.currency) if symbol else None
    money = f"{sign}{number}" if sign else " ".join(p for p in (amount.currency, number) if p)
    return " ".join(p for p in (amount.qualifier, money) if p)


# --- money in a parsed sentence -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class MoneyMention:
    """A sum of money in a Doc, and whether it only converts the sum before it."""

    span: Span
    amount: Amount
    converts: int = -1
    """Token index (root) of the sum this one is a conversion of, or -1."""

    @property
    def root(self) -> Token:
        """The token the sum hangs from in the parse."""
        return self.span.root


_NUM_SUFFIXED = r"^\d[\d,.]*(?:bn|mn|mln|bln|m|b|k|tn|trn)\.?$"


def _slot(name: str, table: dict[str, Any]) -> list[dict[str, Any]]:
    """One placeholder of a money pattern as the token dicts it stands for (NUM has two forms)."""
    optional = {"OP": "?"} if name.endswith("?") else {"OP": "*"} if name.endswith("*") else {}
    base = name.rstrip("?*")
    if base == "NUM":
        return [{"LIKE_NUM": True}, {"TEXT": {"REGEX": _NUM_SUFFIXED}}]
    if base == "GLUED":
        words = "|".join(map(re.escape, table["words"]))
        return [{"LOWER": {"REGEX": rf"^(?:{words})\d[\d,.]*$"}}]
    if base == "SCALE":
        return [{"LOWER": {"IN": table["scales"]}, **optional}]
    if base == "SYMBOL":
        return [{"TEXT": {"IN": table["symbols"] + table["codes"]}}]
    if base == "PREFIXED":  # a letter sign written against its number: "R300 million" (rand)
        signs = "|".join(map(re.escape, table["prefixed"]))
        # the shape test first: cheap, and few tokens pass it to the regex
        signs_shapes = ("X", "XX", "XXX", "Xx", "Xxx", "Xx.", "XXx", "X$", "XX$", "XXX$", "Xxx$", "XX¢", "XX₵")
        shapes = [f"{sign}{digits}" for sign in signs_shapes for digits in
                  ("d", "dd", "ddd", "d.d", "d.dd", "dd.d", "dd.dd", "ddd.d", "ddd.dd", "d,ddd", "dd,ddd", "ddd,ddd")]
        codes = "|".join(table["codes"])  # and a code with a dollar sign: "CAD$60 million"
        return [{"SHAPE": {"IN": shapes}, "TEXT": {"REGEX": rf"^(?:{signs}|(?:{codes})\$)\d[\d,.]*$"}}]
    if base == "CODE":
        return [{"TEXT": {"IN": table["codes"]}}]
    if base == "ADJ":
        return [{"LOWER": {"IN": table["adjectives"]}, **optional}]
    if base == "WORD":
        return [{"LOWER": {"IN": table["words"]}}]
    return [{"TEXT": base, **optional}]


def _expand(template: list[str], table: dict[str, Any]) -> list[list[dict[str, Any]]]:
    patterns: list[list[dict[str, Any]]] = [[]]
    for name in template:
        patterns = [p + [alt] for p in patterns for alt in _slot(name, table)]
    return patterns


_MATCHERS: dict[int, Matcher] = {}


def _money_matcher(vocab: Any) -> Matcher:
    """One Matcher per vocabulary (one per loaded pipeline)."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        table = lexicon()["money"]
        matcher = _MATCHERS[id(vocab)] = Matcher(vocab)
        for template in table["patterns"]:
            matcher.add("MONEY", _expand(template, table))
    return matcher


def _money_spans(doc: Doc, start: int = 0, end: int | None = None) -> list[Span]:
    """Every sum in the Doc (or within tokens ``start:end``): the Matcher's and the entity recogniser's,
    longest first. The Doc's sums are found once and cached; a sentence only builds its own spans."""
    cached = doc.user_data.get(_MONEY_KEY)
    if cached is None:
        matcher = _money_matcher(doc.vocab)
        spans = [doc[s:e] for _, s, e in matcher(doc)] + [_trimmed(e) for e in doc.ents if e.label_ == "MONEY"]
        cached = [(s.start, s.end) for s in filter_spans(spans)]
        doc.user_data[_MONEY_KEY] = cached
    stop = len(doc) if end is None else end
    return [doc[s:e] for s, e in cached if s >= start and e <= stop]


def _trimmed(ent: Span) -> Span:
    """A MONEY entity without leading words that are no part of the sum ("an additional 40 million", "up to"),
    so it does not outrank the Matcher's longer reading ("40 million euros", "£10m")."""
    start = ent.start
    signs = _signs()
    for size in (3, 2, 1):  # "more than 10 million" (euros): the qualifier first, or "more" goes as an adjective
        if start + size < ent.end and ent.doc[start:start + size].text.lower() in QUALIFIERS:
            start += size
            break
    while start < ent.end - 1 and (ent.doc[start].pos_ in ("DET", "ADJ") or ent.doc[start].pos_ == "PROPN" and (
            ent.doc[start].text not in signs)) and not ent.doc[start].like_num and not any(
            c.isdigit() for c in ent.doc[start].text):
        start += 1  # (and a name the recogniser ran into the sum: "KSrelief $20 million" in a gapped list)
    for size in (3, 2, 1):  # "up to £10" would outrank "£10m"; the qualifier is read before the sum anyway
        if start + size < ent.end and ent.doc[start:start + size].text.lower() in QUALIFIERS:
            start += size
            break
    return ent.doc[start:ent.end]


@cache
def _signs() -> frozenset[str]:
    """Every sign and code a sum may open with ("US$", "Rs", "USD", "KD")."""
    money = lexicon()["money"]
    return frozenset(money["symbols"]) | frozenset(money["prefixed"]) | frozenset(money["codes"])


def preceding_qualifier(span: Span) -> tuple[str, int]:
    """Qualifier words just before a span ("nearly" $147 million) and where they start."""
    doc = span.doc
    for size in (3, 2, 1):
        start = span.start - size
        if start < 0:
            continue
        words = doc[start:span.start].text.lower()
        if words in QUALIFIERS:
            return words, start
    return "", span.start


_BRIDGE = frozenset({"(", ",", "or", "about", "around", "roughly", "some", "nearly", "approximately", "almost",
                     "equivalent", "to", "worth", "-", "—", "–", "approx", "ca", "."})  # "(approx. US$33 million)"


def _converts(mention_span: Span, start: int, earlier: list[MoneyMention]) -> int:
    """Root index of the sum this one restates in another currency (``(2 billion U.S. dollars)``), or -1."""
    if not earlier:
        return -1
    prev = earlier[-1]
    between = mention_span.doc[prev.span.end:start]
    bracketed = any(t.text == "(" for t in between)
    if len(between) <= 3 and all(t.lower_ in _BRIDGE for t in between) and (bracketed or "or" in between.text):
        return prev.root.i
    if any(t.pos_ == "PROPN" for t in between):
        return -1  # "250 million crowns, Sweden 300 million crowns": another giver's sum in a gapped list
    if mention_span.root.dep_ == "appos" and prev.span.start <= mention_span.root.head.i < prev.span.end:
        return prev.root.i
    if bracketed and mention_span.root.dep_ == "appos" and mention_span.root.head == prev.root.head:
        return prev.root.i  # "a A$15 million humanitarian package (about US$9.8 million)": in brackets on its noun
    return -1


_YEARS = re.compile(r"^(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)?\d\d)?\b(?!\s*(?:million|billion|bn|m)\b)")


def money_mentions(span: Span, default_currency: str = "") -> list[MoneyMention]:
    """The sums of money in a sentence, in order; conversions point at the sum they restate."""
    out: list[MoneyMention] = []
    for money in _money_spans(span.doc, span.start, span.end):
        qualifier, start = preceding_qualifier(money)
        text = span.doc[start:money.end].text
        amount = parse_money(text, default_currency)
        if amount is None or amount.value <= 0:
            continue
        if _YEARS.match(money.text) and ((own := parse_money(text)) is None or not own.currency):
            continue  # "its 2026–2028 Strategic Plan", tagged MONEY by the recogniser: years, not a sum
        if qualifier and not amount.qualifier:
            amount = Amount(amount.value, amount.currency, qualifier, text)
        named = _bracketed_currency(money)
        if named and named != amount.currency:  # "C$370 million (córdobas)": the word says which dollar
            amount = Amount(amount.value, named, amount.qualifier, amount.text)
        out.append(MoneyMention(money, amount, _converts(money, start, out)))
    return out


def _bracketed_currency(money: Span) -> str:
    """The currency a word in brackets right after a sum names ("C$370 million (córdobas)", "₡4,500 million
    (colones)"), or ""."""
    doc, end = money.doc, money.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or not doc[end + 1].is_alpha:
        return ""
    return _currency(doc[end + 1].lower_, doc[end + 1].lower_)


def count_of(token: Token) -> Amount | None:
    """The count a number token gives its noun, with qualifier words to its left (``more than 5,000``)."""
    if not (token.like_num or re.match(r"^\d", token.text)):
        return None
    # (and the number of a scale word the parser hung on it: "1.5" of "1.5 million doses")
    left = [c for c in token.children if c.i < token.i and (c.dep_ in ("quantmod", "advmod", "amod") or
                                                            c.dep_ == "compound" and c.like_num)]
    start = min([c.i for c in left] + [token.i])
    text = token.doc[start:token.i + 1].text
    # "a dozen", "two hundred": a following scale word belongs to the number.
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.lower_ in _SCALE and nxt.head == token.head:
        text += " " + nxt.text
    return parse_quantity(text)


# --- dates --------------------------------------------------------------------------------------------

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12}
_MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
            r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"


def _base(published: str) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _month(word: str) -> int:
    word = word.rstrip(".")
    return _MONTHS.get(word) or _MONTH_ABBR.get(word, 0)


def _explicit(text: str, base: date | None) -> date | None:
    md = re.search(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}}))?", text)
    dm = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s*(\d{{4}}))?", text)
    if md:
        month, day, year = _month(md.group(1)), int(md.group(2)), md.group(3)
    elif dm:
        month, day, year = _month(dm.group(2)), int(dm.group(1)), dm.group(3)
    else:
        iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
        if not iso:
            return None
        month, day, year = int(iso.group(2)), int(iso.group(3)), iso.group(1)
    if not year and base is None:
        return None
    try:
        found = date(int(year) if year else base.year, month, day)  # type: ignore[union-attr]
    except ValueError:
        return None
    if not year and base is not None and found > base + timedelta(days=7):
        found = found.replace(year=found.year - 1)  # "Dec. 28" in a January article
    return found


def _relative(text: str, base: date, future: bool) -> date | None:
    words = re.findall(r"[a-z]+", text)
    if "today" in words or "tonight" in words or text in ("this morning", "this afternoon", "this evening"):
        return base
    if "yesterday" in words:
        return base - timedelta(days=1)
    if "tomorrow" in words:
        return base + timedelta(days=1)
    day = next((d for d in _WEEKDAYS if d in words), None)
    if day is None:
        return None
    wanted = _WEEKDAYS.index(day)
    if future or "next" in words or "coming" in words:
        return base + timedelta(days=(wanted - base.weekday()) % 7)
    back = (base.weekday() - wanted) % 7
    if back == 0 and "last" in words:
        back = 7
    return base - timedelta(days=back)


MODALS = frozenset({"will", "would", "shall", "'ll", "’ll", "wo"})
"""Auxiliaries that put a verb in the future ("will meet on Sunday" is the coming Sunday)."""


def attached_dates(span: Span, anchors: Any, published: str) -> Iterator[tuple[str, str]]:
    """``(resolved ISO date, as written)`` for each DATE entity of ``span`` attached to one of
    ``anchors`` (directly, or through "on"/"in"/"at"), resolved against the publication date."""
    for ent in span.ents:
        if ent.label_ != "DATE":
            continue
        head = ent.root.head
        if head.dep_ == "prep" and head.lower_ in ("on", "in", "at"):
            head = head.head
        if head in anchors:
            future = any(c.lower_ in MODALS for c in head.children if c.dep_ == "aux")
            yield resolve_date(ent.text, published, future), ent.text


def resolve_date(text: str, published: str, future: bool = False) -> str:
    """A DATE entity's text as ``YYYY-MM-DD``, relative days counted from ``published``; ``""`` if vague.

    ``"on Sunday"`` in an article published Monday 2025-03-03 is ``"2025-03-02"`` (the latest Sunday
    on or before publication; the next one when ``future``). Spans and seasons ("this week") give ``""``.
    """
    low = " ".join(text.lower().split())
    base = _base(published)
    found = _explicit(low, base)
    if found is None and base is not None:
        found = _relative(low, base, future)
    return found.isoformat() if found else ""


def format_date(iso: str) -> str:
    """``"2025-03-02"`` -> ``"2 March 2025"`` (returned unchanged if it is not a date)."""
    day = _base(iso)
    if day is None:
        return iso
    return f"{day.day} {day.strftime('%B')} {day.year}"
