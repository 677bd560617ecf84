"""Words with letters starred out: "f**k", "c**t", "n***a", "k*ll", "p*t@".

Students star out the letters of a swear word, a slur or a threat to slip past a filter, and
the normaliser cannot read them back: it takes the stars for separators, so "f**k" becomes the
two letters "fk", the same as "f.k" or "F/K", and the number of letters hidden is lost. Here a
starred word is read before normalising, while its length is still there: each star stands
for one letter, and the word is filled from the library's own words of that length whose
shown letters agree ("f**k" is "fuck"; "c**t" is "cunt"). Only library words fill a mask, so
no ordinary word becomes a hit, and a mask that several library words fit takes the mildest
of them ("s**t" is "shit" before "slut"): the post is flagged, and staff read what was written.

The filled post has the same length as the post, so the scan of it (phrases, exceptions and
context included: "i will k*ll you" is the threat "i will kill you") gives matches at the
positions of the post as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from moderation.scanning.entries import Entry
from moderation.scanning.forms import word_forms

# A word with one or more starred-out letters: a letter first, then letters and stars
# (a # too, but never a hashtag's first character: "#blessed" has no letter before it).
MASKED_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:[*#]+[^\W\d_]*)+")
# The same, captured: re.split then keeps each masked word between the text around it.
_MASKED_PARTS = re.compile(f"({MASKED_WORD.pattern})")
_MASK = "*#"
# A word shows at least this many letters: "f***" alone could be any four-letter word.
_SHOWN_AT_LEAST = 2
# Fills worked out per library; a process sees a few libraries, never many.
_FILLS_KEPT = 8

# A library word that may fill a mask, best first: (its rank, the word).
_Ranked = list[tuple[tuple[int, ...], str]]
# length -> first letter -> the words of that shape; and the terms matched as a word's start
# ("suicid"): first letter -> those terms
Vocabulary = tuple[dict[int, dict[str, _Ranked]], dict[str, _Ranked]]
_VOCABULARIES: dict[str, Vocabulary] = {}
# How a word of the library comes to fill a mask: a term, a word form of one, a phrase's word.
_TERM, _FORM, _PHRASE_WORD = 0, 1, 2


def _plain(word: str) -> str:
    """``word`` lower-cased, with its accents taken off ("cabrón": "cabron")."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _rank(kind: int, entry: Entry, order: int) -> tuple[int, ...]:
    """Which of several library words that fit a mask fills it: a one-word term or its form
    before a phrase's word, the mildest entry, a swear word before a slur of the same
    severity (swearing is what students star out most), a term before a form of one, and
    then the word its library lists first (where authors put the commonest: "sh**" is
    "shit" before "shag")."""
    return (kind == _PHRASE_WORD, entry.severity, entry.category != "profanity", kind, order)


def vocabulary(entries: Iterable[Entry]) -> Vocabulary:
    """The words a mask may be filled with, by length and first letter: each one-word term
    and its word forms ("fucking", "killed"), the words of phrases ("yourself"), ranked;
    and the terms matched as the start of a word."""
    ranks: dict[str, tuple[int, ...]] = {}
    starts: dict[str, tuple[int, ...]] = {}

    def keep(word: str, rank: tuple[int, ...], into: dict[str, tuple[int, ...]]) -> None:
        if len(word) >= 3 and word.isalpha() and word.isascii():
            into[word] = min(into.get(word, rank), rank)

    for order, entry in enumerate(entries):
        term = _plain(entry.term.strip())
        if " " in term:
            for word in term.split():
                keep(word, _rank(_PHRASE_WORD, entry, order), ranks)
        elif entry.mode == "prefix":
            keep(term, _rank(_TERM, entry, order), starts)
        elif entry.mode == "word":
            keep(term, _rank(_TERM, entry, order), ranks)
            for form in word_forms(term, frozenset()):
                keep(form, _rank(_FORM, entry, order), ranks)
    by_shape: dict[int, dict[str, _Ranked]] = {}
    for word, rank in sorted(ranks.items(), key=lambda item: (item[1], item[0])):
        by_shape.setdefault(len(word), {}).setdefault(word[0], []).append((rank, word))
    by_start: dict[str, _Ranked] = {}
    for term, rank in sorted(starts.items(), key=lambda item: (item[1], item[0])):
        by_start.setdefault(term[0], []).append((rank, term))
    return by_shape, by_start


def _vocabulary_of(fingerprint: str, entries: Iterable[Entry]) -> Vocabulary:
    found = _VOCABULARIES.get(fingerprint)
    if found is None:
        if len(_VOCABULARIES) >= _FILLS_KEPT:
            _VOCABULARIES.clear()
        found = _VOCABULARIES[fingerprint] = vocabulary(entries)
    return found


def _fits(plain: str, word: str) -> bool:
    return all(p in _MASK or p == w for p, w in zip(plain, word, strict=False))


def _fill(masked: str, words: Vocabulary) -> str | None:
    """The library word ``masked`` (letters and stars) stands for, or None."""
    shown = sum(char not in _MASK for char in masked)
    if shown < _SHOWN_AT_LEAST or shown == len(masked):
        return None
    if masked[-1] in _MASK:
        # Stars only after the letters: "sh**" hides half the word, but "word*" is a
        # footnote and "**kill**" bold type, whose word is there whole already.
        hidden = len(masked) - len(masked.rstrip(_MASK))
        if hidden < 2 or (hidden < shown and not any(c in _MASK for c in masked[:-hidden])):
            return None
    plain = _plain(masked)
    if len(plain) != len(masked):  # a letter that is two once its accent is off: not ours
        return None
    by_shape, by_start = words
    best: tuple[tuple[int, ...], str] | None = None
    for rank, word in by_shape.get(len(plain), {}).get(plain[0], ()):
        if _fits(plain, word):
            best = (rank, word)
            break  # ranked best first
    rest = plain
    for rank, term in by_start.get(plain[0], ()):
        if len(term) <= len(plain) and _fits(plain, term):
            rest = plain[len(term) :]
            if not any(c in _MASK for c in rest) and (best is None or rank < best[0]):
                best = (rank, term + rest)
            break
    return None if best is None else best[1]


def unmasked(text: str, fingerprint: str, entries: Iterable[Entry]) -> str | None:
    """``text`` with each starred-out word filled with the library word it stands for, the
    same length as ``text``; None if no word of it is one."""
    if "*" not in text and "#" not in text:
        return None
    # Cut at its masked words (the pattern cannot match without a star or #) in one C
    # call: the text between them, then each word, in turn.
    parts = _MASKED_PARTS.split(text)
    if len(parts) == 1:
        return None
    words = _vocabulary_of(fingerprint, entries)
    # A paste repeats its masked words: each distinct one is filled once.
    fills: dict[str, str] = {}
    for word in set(parts[1::2]):
        fill = _fill(word, words)
        if fill is not None:
            fills[word] = _keep_case(word, fill)
    if not fills:
        return None
    masked = parts[1::2]
    parts[1::2] = map(fills.get, masked, masked)
    return "".join(parts)


def _keep_case(masked: str, fill: str) -> str:
    """``fill`` with the shown letters as the student wrote them ("F**K": "FUCK" reads the
    same to the context rules as "fuck" does, shouting included)."""
    shouting = masked.isupper() or all(c.isupper() for c in masked if c not in _MASK)
    return "".join(
        shown if shown not in _MASK else (letter.upper() if shouting else letter)
        for shown, letter in zip(masked, fill, strict=True)
    )
