"""Money and quantities as numbers: ``£1.6 billion``, ``1.6 billion pounds`` and ``1.6bn`` are one value.

Parsing works on spaCy's MONEY / CARDINAL / QUANTITY entity text, never on the raw article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Amount", "parse_money", "parse_quantity", "format_amount", "QUALIFIERS"]

_SYMBOLS = {"US$": "USD", "C$": "CAD", "A$": "AUD", "HK$": "HKD", "$": "USD", "£": "GBP", "€": "EUR",
            "¥": "JPY", "₹": "INR", "₴": "UAH", "₽": "RUB", "CHF": "CHF"}
_CODES = {"USD", "GBP", "EUR", "JPY", "CNY", "INR", "UAH", "RUB", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "PLN"}
_WORDS = [
    (r"canadian dollars?", "CAD"), (r"australian dollars?", "AUD"), (r"hong kong dollars?", "HKD"),
    (r"(?:u\.?s\.?|american) dollars?", "USD"), (r"dollars?", "USD"),
    (r"(?:pounds?(?: sterling)?|sterling|quid)", "GBP"), (r"euros?", "EUR"), (r"yuan|renminbi", "CNY"),
    (r"yen", "JPY"), (r"rupees?", "INR"), (r"hryvnias?|hryvnia", "UAH"), (r"roubles?|rubles?", "RUB"),
    (r"swiss francs?|francs?", "CHF"), (r"kronor|swedish krona", "SEK"), (r"zloty", "PLN"),
]
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12}
_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_SMALL.update({"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "a dozen": 12})

QUALIFIERS = {
    "more than": ">", "over": ">", "at least": ">=", "upwards of": ">", "in excess of": ">",
    "up to": "<=", "less than": "<", "fewer than": "<", "under": "<", "nearly": "~<", "almost": "~<",
    "about": "~", "around": "~", "roughly": "~", "some": "~", "approximately": "~", "an estimated": "~",
    "as many as": "<=", "as much as": "<=",
}
"""Words before a number that make it a bound or an estimate, with a short code."""


@dataclass(frozen=True, slots=True)
class Amount:
    """A number from the text, with its currency (money) and qualifier ("more than")."""

    value: float
    currency: str = ""
    qualifier: str = ""
    """The qualifier words as written ("more than"), or ""."""
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
    """``"1.6 billion"`` -> 1.6e9, ``"5,000"`` -> 5000, ``"a dozen"`` -> 12."""
    match = _NUM.search(text)
    if match:
        value = float(match.group(1).replace(",", ""))
        rest = text[match.end():].strip().lower()
        scale = re.match(r"(thousand|trillion|billion|million|bn|mn|mln|bln|tn|trn|k|m|b)\b", rest)
        return value * _SCALE[scale.group(1)] if scale else value
    words = text.lower().split()
    for i, word in enumerate(words):
        base = _SMALL.get(word) or (_SMALL.get(" ".join(words[i:i + 2])) if i + 1 < len(words) else None)
        if base is not None:
            tail = words[i + 1:]
            scale = next((_SCALE[w] for w in tail if w in _SCALE and len(w) > 2), 1.0)
            return float(base) * scale
    return None


def parse_money(text: str) -> Amount | None:
    """Parse a MONEY entity's text; None if it has no number."""
    qualifier, rest = _qualifier(text)
    currency = ""
    for symbol, code in sorted(_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
        if symbol.lower() in rest[:4].lower() or rest.upper().startswith(symbol):
            currency = code
            break
    if not currency:
        code = re.search(r"\b([A-Z]{3})\b", text)
        if code and code.group(1) in _CODES:
            currency = code.group(1)
    if not currency:
        for pattern, code in _WORDS:
            if re.search(rf"\b{pattern}\b", rest):
                currency = code
                break
    value = _number(rest)
    if value is None:
        return None
    return Amount(value, currency, qualifier, text)


def parse_quantity(text: str) -> Amount | None:
    """Parse a CARDINAL/QUANTITY entity's text (``more than 5,000``); None if no number."""
    qualifier, rest = _qualifier(text)
    value = _number(rest)
    return None if value is None else Amount(value, "", qualifier, text)


def format_amount(amount: Amount) -> str:
    """``Amount(1.6e9, "GBP")`` -> ``"GBP 1.6 billion"``; qualifier kept in front."""
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if amount.value >= scale:
            number = f"{amount.value / scale:.3f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        number = f"{amount.value:,.2f}".rstrip("0").rstrip(".")
    parts = [amount.qualifier, amount.currency, number]
    return " ".join(p for p in parts if p)
