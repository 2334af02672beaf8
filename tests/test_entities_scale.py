"""The candidate index of entity resolution gives the answers of comparing every pair, on generated names.

Entity resolution compares a word only with the words of its block (``_block``: first three letters,
case-folded) instead of every word of the corpus; these properties are what makes that exact.
Speed itself is measured by ``benchmarks/speed.py --stages``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.nlp.entities import _block, _FullNames, _group_variants, _similar_word, _similar_words

# Few letters, mixed case, diacritics and the letters whose case-folding changes length ("İ", "ß"), so that
# near-identical words and shared prefixes are common.
_LETTERS = "aeoksnzyAEOKSZğöİıßé"
_WORDS = st.text(alphabet=_LETTERS, min_size=1, max_size=9)


@st.composite
def _word_and_variant(draw: st.DrawFn) -> tuple[str, str]:
    """A word and an edit of it (one letter changed, added, dropped or case-swapped)."""
    word = draw(_WORDS)
    at = draw(st.integers(0, len(word)))
    letter = draw(st.sampled_from(_LETTERS))
    edit = draw(st.sampled_from(["change", "add", "drop", "case"]))
    edited = {"change": word[:at] + letter + word[at + 1:], "add": word[:at] + letter + word[at:],
              "drop": word[:at] + word[at + 1:], "case": word[:at] + word[at:at + 1].swapcase() + word[at + 1:]}[edit]
    return word, edited or word


@settings(max_examples=400, deadline=None)
@given(_word_and_variant())
def test_similar_words_share_a_block(pair: tuple[str, str]) -> None:
    a, b = pair
    if _similar_word(a, b) or _similar_word(b, a):
        assert _block(a) == _block(b)
    similar = _similar_words()
    assert similar(a, b) == _similar_word(a, b) and similar(b, a) == _similar_word(b, a)


def _group_every_pair(names: list[str]) -> dict[str, str]:
    """The representative of every name, comparing it with every earlier representative (a two-word name
    also turned round, when it matches none in its own order)."""
    rep: dict[str, str] = {}
    reps: list[str] = []
    for name in names:
        words = name.split()
        found = next((other for other in reps if len(other.split()) == len(words)
                      and all(_similar_word(a, b) for a, b in zip(words, other.split()))), None)
        if found is None and len(words) == 2:
            found = next((other for other in reps if len(other.split()) == 2
                          and all(_similar_word(a, b) for a, b in zip(words[::-1], other.split()))), None)
        rep[name] = found or name
        if found is None:
            reps.append(name)
    return rep


_NAMES = st.lists(st.lists(st.sampled_from(["Olaf", "OLAF", "Olav", "Ola", "Zelensky", "Zelenskyy", "ZELENSKIY",
                                             "Zelinsky", "Erdoğan", "Erdogan", "Erdgan", "Scholz", "Schulz"]),
                           min_size=2, max_size=3).map(" ".join), unique=True, max_size=25)


@settings(max_examples=200, deadline=None)
@given(_NAMES)
def test_grouping_by_block_matches_every_pair(names: list[str]) -> None:
    assert _group_variants(names, _similar_words()) == _group_every_pair(names)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_WORDS, st.lists(_WORDS.map(lambda w: f"X {w}"), min_size=1, max_size=2), max_size=20),
       st.lists(_WORDS, max_size=10))
def test_surname_candidates_match_every_surname(table: dict[str, list[str]], surnames: list[str]) -> None:
    index = _FullNames(table, _similar_words())
    for surname in surnames + list(table):
        expected = [name for last, names in table.items() if _similar_word(last, surname) for name in names]
        assert index.candidates(surname) == expected
