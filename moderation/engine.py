"""The moderation scanning core: keyword libraries in, matches in the student's own text out.

Pure Python on pyahocorasick, no Django::

    from moderation.engine import Entry, compile_library, load_entries
    entries = load_entries("moderation/libraries/self_harm.csv")
    library = compile_library(entries)
    for m in library.scan(text):          # m.entry, m.start, m.end, m.text == text[m.start:m.end]
        ...

How a scan works, and why it is fast: one ``bytes.translate`` turns the post into a skeleton
(lower case, unambiguous leet digits mapped, punctuation, emoji and quotes blanked; see
``moderation.skeleton``) and one pass of the screening automaton looks in it for every
keyword, padded with spaces so that the automaton itself enforces word boundaries (``ass``
never fires inside ``class``; a phrase is looked for on its rarest word, and the rest of it
checked only where that word appears), and for a few thousand evasion detectors (letters
spaced out, a letter three times). A 1 or 8 is looked at only in the words around it, by
``str.find``, to tell "a1" from "41". Nearly every post ends there with no Python-level work
per character. A post whose hits are keywords written plainly gets its matches straight
from the skeleton; any other post with a candidate goes through ``moderation.normalize``
(only the words around the candidate, when nothing but leetspeak can apply), and a pass of
the exact automaton checks each candidate and maps it back to the student's text.
``python -m moderation.bench`` measures all of it against raw ``Automaton.iter``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, islice, product
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, TextIO

import ahocorasick

from moderation.normalize import (
    CASE,
    LEETSPEAK,
    NORMALISER_VERSION,
    STEP_ORDER,
    Normalized,
    _fold,
    joins_separated,
    normalize,
    normalize_with_offsets,
)
from moderation.skeleton import (
    _ASCII_BYTES,
    _BLANK_PLANS,
    _BLANKED_DELETE,
    _SKELETON_MEMO,
    LEET_MARK,
    MARKED_BLANKED_BYTES,
    MARKED_BYTES,
    SKELETON_DELETE,
    narrow_gaps,
    one_or_eight_as_letters,
    other_readings,
    reads_one_or_eight_as_letters,
    screen,
    skeleton_of_normalized,
    squeeze_skeleton,
)

ENGINE_VERSION = "2"  # 2: no 1-and-8 detectors in the screening automaton
MODES = ("word", "prefix", "substring")
SEVERITIES = {1: "informational", 2: "low", 3: "high", 4: "critical"}
CSV_HEADER = ("term", "category", "severity", "mode", "definition", "exceptions")
EXCEPTION_SEPARATOR = "|"

# Screening keys get gaps of one to four spaces ("kill... you" has four in the skeleton);
# phrases with more gaps are screened on their first words only, to bound the key count.
_GAP_VARIANT_LIMIT = 2
_GAP_WIDTHS = (1, 2, 3, 4)  # the skeleton squeezes wider gaps to one space
# Doubled letters a key may have elongated in a post ("killlll" normalises to "kil").
_ELONGATION_VARIANT_LIMIT = 4
# Single letters that are often words of their own next to spaced-out letters: "i k i l l u".
_STRAY_LETTERS = frozenset("iau")
_DIGIT_RUN = re.compile(r"([0345679])\1\1")
_LEET_DIGIT = re.compile("[0345679]")
_BLANKS = bytes(32 if chr(code).isspace() else code for code in range(256))
# More first-pass hits than this (a megabyte of "aaaa"): skip the screening shortcuts.
_MANY_HITS = 2_000
# Posts shorter than this are normalised whole even when a window would do.
_WINDOW_WORTHWHILE = 80
# Three single characters split by one to three separators stand within this many.
_RUN_REACH = 12


@dataclass(frozen=True, slots=True)
class Entry:
    """One keyword: a word or phrase, what it is, how bad, and how to match it."""

    term: str
    category: str
    severity: int
    definition: str = ""
    mode: str = "word"
    exceptions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.term, str) or not self.term.strip():
            raise ValueError("an entry needs a term")
        if not isinstance(self.category, str) or not self.category.strip():
            raise ValueError(f"entry {self.term!r} needs a category")
        if isinstance(self.severity, bool) or self.severity not in SEVERITIES:
            raise ValueError(f"entry {self.term!r}: severity must be 1, 2, 3 or 4")
        if self.mode not in MODES:
            raise ValueError(f"entry {self.term!r}: mode must be one of {', '.join(MODES)}")
        if isinstance(self.exceptions, str) or not all(isinstance(e, str) for e in self.exceptions):
            raise ValueError(f"entry {self.term!r}: exceptions must be a sequence of phrases")
        if not isinstance(self.exceptions, tuple):
            object.__setattr__(self, "exceptions", tuple(self.exceptions))

    @property
    def severity_label(self) -> str:
        return SEVERITIES[self.severity]


class Match(NamedTuple):
    """A keyword found in a post, located in the text exactly as the student wrote it.

    A named tuple, not a dataclass: as immutable, and made several times faster, which
    counts in a post with many matches.
    """

    entry: Entry
    start: int
    end: int
    text: str  # == scanned_text[start:end]
    category: str
    severity: int
    normalisations: tuple[str, ...]  # e.g. ("leetspeak",) for "k1ll"; () for a plain match

    @classmethod
    def of(cls, entry: Entry, start: int, end: int, text: str, steps: tuple[str, ...]) -> Match:
        """A match of ``entry``, its category and severity taken from it."""
        return cls(entry, start, end, text, entry.category, entry.severity, steps)


class LibraryError(ValueError):
    """A library file or entry that cannot be used, with every problem found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def entry_problems(entry: Entry) -> list[str]:
    """What stops ``entry`` from matching as its author meant (empty list: nothing)."""
    return _problems(entry, normalize(entry.term), [normalize(e) for e in entry.exceptions])


def _problems(entry: Entry, key: str, phrases: list[str]) -> list[str]:
    if not key:
        return [f"term {entry.term!r} has no letters, digits or emoji to match"]
    return [
        f"exception {exception!r} of {entry.term!r} does not contain the term"
        for exception, phrase in zip(entry.exceptions, phrases, strict=True)
        if key not in phrase
    ]


# Candidate: (entry index, padded normalised key, elongated positions, lead pad, trail pad)
_Candidate = tuple[int, str, tuple[int, ...], int, int]
# A phrase screened on one of its words: (pattern finding the phrase as the skeleton may write
# it, the longest text it matches, words the entry's exceptions reach beyond the phrase)
_Check = tuple[str, int, int]
# Screening automaton value: (detector kind or 0, key length if the key screens posts else 0,
# words the entries' exceptions reach beyond the key, phrases anchored on the key)
_Screen = tuple[int, int, int, tuple[_Check, ...]]


def _padded(key: str, mode: str) -> tuple[str, int, int]:
    if mode == "word":
        return f" {key} ", 1, 1
    if mode == "prefix":
        return f" {key}", 1, 0
    return key, 0, 0


_DOUBLE_LETTER = re.compile(r"([^\W\d_])\1")


def _elongation_variants(key: str) -> list[tuple[str, tuple[int, ...]]]:
    """``key`` with doubled letters written once, and where those letters now sit."""
    if _DOUBLE_LETTER.search(key) is None:  # most keys: nothing to do
        return []
    doubles = [i for i in range(len(key) - 1) if key[i] == key[i + 1] and key[i].isalpha()]
    doubles = doubles[:_ELONGATION_VARIANT_LIMIT]
    variants = []
    for size in range(1, len(doubles) + 1):
        for chosen in combinations(doubles, size):
            chars = []
            positions = []
            for i, char in enumerate(key):
                if i - 1 in chosen:
                    continue  # the second letter of a chosen double
                if i in chosen:
                    positions.append(len(chars))
                chars.append(char)
            variants.append(("".join(chars), tuple(positions)))
    return variants


# Words too common in posts to screen a phrase on: one of these in a post would send it to
# the phrase check in Python for nothing. Any other word of the phrase is screened instead.
_COMMON_WORDS = frozenset(
    """
    a able about above across act actually add after afternoon again against age ago agree
    ahead all allowed almost alone along already alright also although always am amazing
    among an and angry animal annoying another answer any anybody anymore anyone anything
    anyway anywhere are area arent arm around art as ask asked asking at ate away awesome
    baby back bad bag ball bank be because bed been before began begin behind being
    believe best better between big bit black blue body book books bored boring both box
    boy boys break bring brother brought bus busy but buy by call called came can cant car
    card care case cat catch cause chance change chat check child children choose class
    clean clear close club cold come comes coming cool could couldnt country couple course
    cousin crazy cut dad day days dead dear decide did didnt different dinner do does
    doesnt dog doing done dont door down draw dream dress drink drive drop during each
    early easy eat eating else end english enough even evening ever every everybody
    everyone everything exam except excited eye eyes face fact fall family far fast feel
    feeling feels fell felt few field fight film find fine finish finished fire first fish
    five follow food football for forget forgot found four free friday friend friends from
    front full fun funny game games gave get gets getting girl girls give given go goes
    going gone good got grade grades great green group grow guess guy guys had hair half
    hand hands happen happened happy hard has hate have havent having he head hear heard
    heart hell hello help helped her here hers hey hi high him himself his history hit
    hold holiday home homework hope hot hour hours house how however huge hurt i idea if
    im important in inside instead interesting into is isnt it its itself ive job join
    just keep kept kid kids kind knew know known last late later laugh learn learned least
    leave left less lesson let lets life light like liked line list listen little live lol
    long look looked looking looks lose lost lot lots love loved lunch made make makes
    making man many mark match may maybe me mean means meet message met might mind mine
    minute minutes miss mom money month more morning most mother move movie much mum music
    must my myself name need needed never new news next nice night no nobody none not note
    nothing now number of off often oh ok okay old on once one only onto open or order
    other others our out outside over own page paper parent parents part party pass past
    pay people person phone pick picture place plan play played player playing please
    point post power practice pretty probably problem put question quick quickly quite rather read
    ready real really reason red remember rest right room run sad said same saturday saw
    say saying says school science second see seem seen send sent set she short should
    shouldnt show side since sister sit six sleep small smile so some somebody someone
    something sometimes song songs soon sorry sound speak special spend sport start
    started stay still stop story street stuff such sunday sure take taken takes talk
    talked talking teacher teachers team tell tells ten test text than thank thanks that
    thats the their them themselves then there theres these they theyre thing things think
    thinking third this those though thought three through time times tired to today
    together told tomorrow tonight too took top touch town tried true try trying turn tv
    two u under understand until up upon ur us use used very video videos wait walk walked
    want wanted wants was wasnt watch watching water way we week weekend weird well went
    were what whatever when where which while white who whole why will win wish with
    without woman women wont word words work worked world worried worry would wouldnt
    write wrong wrote yeah year years yes yesterday yet you youll young your youre yours
    yourself yourselves youve
    """.split()
)


def _rarity(word: str) -> tuple[bool, int]:
    return word not in _COMMON_WORDS, len(word)


def _anchor(words: list[str]) -> int | None:
    """Which of a phrase's ``words`` to screen it on: the longest uncommon one, if any (one
    or two letters are common: "r u ok")."""
    best = max(range(len(words)), key=lambda i: _rarity(words[i]))
    return None if words[best] in _COMMON_WORDS or len(words[best]) < 3 else best


# Every mix of gap widths for n gaps, by n: the keys of phrases with only common words.
_GAP_MIXES = {
    gaps: [tuple(" " * width for width in widths) for widths in product(_GAP_WIDTHS, repeat=gaps)]
    for gaps in range(1, _GAP_VARIANT_LIMIT + 1)
}


def _gap_variants(words: list[str]) -> list[str]:
    """``words`` joined by every mix of gap widths."""
    first, rest = words[0], words[1:]
    return [
        first + "".join(gap + word for gap, word in zip(mix, rest, strict=True))
        for mix in _GAP_MIXES[len(rest)]
    ]


# Evasion detectors: what the skeleton cannot settle, so the normaliser must. (A 1 or 8
# read as letters, "k1ll" or "a1", is told apart from numbers before the screening pass:
# see ``reads_one_or_eight_as_letters``.)
_ELONGATION = 1  # three of a letter: "killlll"
_SEPARATED = 3  # single characters side by side: "k i l l", "k.i.l.l", "k. i. l. l"
_WIDE_GAP = 4  # five blanks in a row: wider than the gaps keys are registered with


def _detector_keys() -> dict[str, int]:
    """Skeleton patterns after which a post needs more of the normaliser."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    keys = {c * 3: _ELONGATION for c in letters}
    singles = letters + "1268"  # what single characters look like in the skeleton
    for x in singles:
        for y in singles:
            for width in _GAP_WIDTHS:
                keys[f" {x}{' ' * width}{y} "] = _SEPARATED
    keys[" " * (max(_GAP_WIDTHS) + 1)] = _WIDE_GAP
    return keys


_DETECTORS = _detector_keys()


class CompiledLibrary:
    """An immutable, thread-safe, picklable scanner for a list of entries.

    Two automata: the screening one runs over every post's skeleton and holds the keys as
    posts write them, the evasion detectors, and for each phrase its rarest word, where a
    pattern then looks for the phrase with the gaps posts leave between its words (a phrase
    of common words only is held with every gap width instead);
    the exact one runs only over normalised text, where a post has a candidate, and holds
    the keys as the normaliser writes them, elongated forms included ("kil" for "kill").

    ``fingerprint`` identifies the entries and the engine that compiled them: use it as the
    cache key. ``version`` is the caller's label (a library revision), else the fingerprint.
    """

    __slots__ = (
        "entries",
        "fingerprint",
        "version",
        "_screen",
        "_exact",
        "_exceptions",
        "_squeezable",
        "_longest",
        "_ascii_keys",
        "_pieces",
        "_elongation_memo",
    )

    entries: tuple[Entry, ...]
    fingerprint: str
    version: str
    _screen: Any
    _exact: Any
    _exceptions: tuple[tuple[str, ...], ...]
    _squeezable: bool
    _longest: int
    _ascii_keys: bool
    _pieces: dict[str, tuple[tuple[int, str | None], ...]]
    _elongation_memo: dict[str, tuple[str, ...] | None]

    def __init__(
        self,
        entries: tuple[Entry, ...],
        fingerprint: str,
        version: str,
        screen: Any,
        exact: Any,
        exceptions: tuple[tuple[str, ...], ...],
        squeezable: bool,
        longest: int,
        ascii_keys: bool,
        pieces: dict[str, tuple[tuple[int, str | None], ...]],
    ) -> None:
        set_ = object.__setattr__
        set_(self, "entries", entries)
        set_(self, "fingerprint", fingerprint)
        set_(self, "version", version)
        set_(self, "_screen", screen)
        set_(self, "_exact", exact)
        set_(self, "_exceptions", exceptions)
        # Squeezing the skeleton also squeezes numbers ("000"), which the normaliser leaves
        # alone; that shortcut is only safe if no key has such a run.
        set_(self, "_squeezable", squeezable)
        set_(self, "_longest", longest)  # the longest automaton key
        # Only ASCII keys: the skeleton may blank every emoji, quote and currency sign.
        set_(self, "_ascii_keys", ascii_keys)
        # The words of every key, for ruling out cheaply that a word elongated in a post
        # ("sooo") is part of a key: word -> (where in a word it may sit, another word of
        # the same key or None).
        set_(self, "_pieces", pieces)
        # elongated word of a post ("sooo") -> what _words_needed says of it: a cache, so
        # the one mutable part (dict reads and writes are atomic; not pickled)
        set_(self, "_elongation_memo", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a compiled library is immutable; compile a new one")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a compiled library is immutable; compile a new one")

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # The automata pickle themselves (pyahocorasick 2.x): unpickling in a worker takes
        # a fraction of the time compiling again would.
        return (
            CompiledLibrary,
            (
                self.entries,
                self.fingerprint,
                self.version,
                self._screen,
                self._exact,
                self._exceptions,
                self._squeezable,
                self._longest,
                self._ascii_keys,
                self._pieces,
            ),
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<CompiledLibrary {len(self.entries)} entries, version {self.version}>"

    def scan(self, text: str) -> list[Match]:
        """Every keyword in ``text``, in order of position; an empty list for clean text."""
        if not isinstance(text, str):
            raise TypeError(f"scan() needs a str, not {type(text).__name__}")
        if not self.entries:
            return []
        # The hot path, inlined: a post is one bytes.translate and one C-speed automaton
        # pass, and nearly every post ends there with no hit. Its non-ASCII characters must
        # all be emoji, quotes, £... (invisible ones removed first); a $ @ + | needs a closer
        # look (the translate marks them), and so does a ! unless every one ends a word
        # ("wow! so", "yes!").
        if text.isascii():  # most posts: the shortest way through
            padded = f" {text.encode().translate(MARKED_BYTES, SKELETON_DELETE).decode()} "
        elif self._ascii_keys:  # emoji, quotes, £...: as short, unless letters or symbols
            try:
                raw = text.encode()  # quicker than with an error handler
            except UnicodeEncodeError:  # a lone surrogate
                raw = text.encode("utf-8", "surrogatepass")
            plan = _BLANK_PLANS[raw.translate(None, _ASCII_BYTES)]
            if plan is None:
                padded = None
            else:
                for sequence in plan:
                    raw = raw.replace(sequence, b"")
                padded = f" {raw.translate(MARKED_BLANKED_BYTES, _BLANKED_DELETE).decode()} "
        else:
            padded = None
        # Whether each character of the post is at most one in the skeleton (or dropped):
        # then the normaliser may look at just the words around a hit.
        one_for_one = padded is not None
        if (
            padded is not None
            and LEET_MARK not in padded
            and ("!" not in text or _BANG_NOT_ENDING_A_WORD.search(text) is None)
        ):
            if ("1" in padded or "8" in padded) and reads_one_or_eight_as_letters(text):
                return self.scan_normalized(normalize_with_offsets(text))
            found = self._screen.iter(padded)
            for first in found:
                return self._screened_hits(text, padded, first, found, True, plain=True)
            return []
        padded = self._screened(text)
        if padded is None or (
            ("1" in padded or "8" in padded) and one_or_eight_as_letters(_fold(text)[0])
        ):
            return self.scan_normalized(normalize_with_offsets(text))
        found = self._screen.iter(padded)
        for first in found:
            return self._screened_hits(text, padded, first, found, one_for_one)
        return []

    def _screened_hits(
        self,
        text: str,
        padded: str,
        first: tuple[int, _Screen],
        found: Any,
        one_for_one: bool,
        plain: bool = False,
    ) -> list[Match]:
        """Go on from the first hit of the screening pass over ``padded``. ``plain``: the
        post took the hot path (no symbol but a ! ending a word, no letter outside ASCII)."""
        hits = [first, *islice(found, _MANY_HITS)]
        if plain and len(hits) <= _MANY_HITS:
            if all(v[0] == _ELONGATION and not v[1] and not v[3] for _end, v in hits):
                # Only a letter written three times ("sooo", "yesss"), the commonest hit:
                # usually no key can use that word.
                if self._squeezable and self._no_elongated_key(padded, hits):
                    return []
            else:
                direct = self._direct_matches(text, padded, hits)
                if direct is not None:
                    return direct
        if len(hits) > _MANY_HITS:  # "aaaa..." all the way: the normaliser is linear
            narrowed = narrow_gaps(padded)  # unless it was all blanks (a million emoji)
            if len(narrowed) < len(padded):
                hits = list(islice(self._screen.iter(narrowed), _MANY_HITS + 1))
                if len(hits) <= _MANY_HITS:
                    return self._follow_up(text, narrowed, hits) if hits else []
            return self.scan_normalized(normalize_with_offsets(text))
        return self._follow_up(text, padded, hits, one_for_one)

    def _direct_matches(
        self, text: str, padded: str, hits: list[tuple[int, _Screen]]
    ) -> list[Match] | None:
        """The matches read straight off the skeleton, when every hit is a keyword written
        plainly: letters and single spaces in words with no digit or symbol (and, for an
        entry with exceptions, single-spaced ASCII words around it). The normaliser would
        change nothing there, so it is skipped. None: something needs the normaliser."""
        for _end, (detector, _screens, _words, _checks) in hits:
            if detector:
                return None
        dropped: list[int] = []
        if len(padded) - 2 != len(text):  # apostrophes: positions shift past each one
            if text.isascii():
                for quote in "'`":
                    index = text.find(quote)
                    while index != -1:
                        dropped.append(index)
                        index = text.find(quote, index + 1)
                dropped.sort()
            else:  # curly quotes, variation selectors...: whatever the skeleton drops
                memo = _SKELETON_MEMO
                dropped = [
                    m.start()
                    for m in _QUOTE_OR_NOT_ASCII.finditer(text)
                    if m.group() in "'`" or not memo[ord(m.group())]
                ]
            if len(padded) - 2 != len(text) - len(dropped):
                return None  # a control character, or a character written as several
        shifts = [position - order for order, position in enumerate(dropped)]
        get = self._exact.get
        exceptions = self._exceptions
        entries = self.entries
        found: dict[tuple[int, int, int], Match] = {}
        spans: list[tuple[int, int]] = []
        for end, (_detector, screens, _words, checks) in hits:
            if screens:
                spans.append((end + 1 - screens, end + 1))
            if checks:  # a word a phrase is screened on ("body"): is the phrase there?
                spans += [
                    (start, stop) for start, stop, _words in _phrase_hits(padded, end, checks)
                ]
        for start, stop in spans:
            candidates = get(padded[start:stop], None)
            if candidates is None:  # a phrase written with a wider gap
                return None
            for entry_index, key, elongated, lead, trail in candidates:
                if elongated:  # stands for a letter written three times: not here
                    continue
                first = start + lead
                last = stop - trail
                if lead and not trail:  # prefix: report the whole word ("suicidal")
                    last = padded.find(" ", last)
                a = _in_text(first - 1, shifts)
                b = _in_text(last - 2, shifts) + 1
                word = key[lead : len(key) - trail]
                if (
                    text[a : a + len(word)].lower() != word
                    or _PLAIN_WORDS.fullmatch(text, a, b) is None
                    or _NOT_PLAIN_NEARBY.search(text, text.rfind(" ", 0, a) + 1, _word_end(text, b))
                ):
                    return None
                allowed = exceptions[entry_index]
                if allowed:
                    # "kill time": the skeleton reads as the normaliser would around the
                    # match if its words are single-spaced with no digit or symbol.
                    reach = max(map(len, allowed))
                    lo = max(0, last + 1 - reach)
                    hi = min(len(padded), first - 1 + reach)
                    if "  " in padded[lo:hi] or _NOT_PLAIN_AROUND.search(
                        text, max(0, _in_text(lo - 1, shifts)), _in_text(hi - 1, shifts) + 1
                    ):
                        return None
                    if self._excepted(entry_index, padded, first, last):
                        continue
                if (a, b, entry_index) not in found:
                    span = text[a:b]
                    found[(a, b, entry_index)] = Match.of(
                        entries[entry_index], a, b, span, _CASE if span != span.lower() else ()
                    )
        return [found[key] for key in sorted(found)]

    def _screened(self, text: str) -> str | None:
        """The padded skeleton of ``text``, or None if the normaliser must look anyway."""
        padded, ambiguous = screen(text, self._ascii_keys)
        if ambiguous and padded is not None:
            # A | or !! that may be letters ("k|ll", "ki!!"): if any reading of them trips
            # the automaton, the normaliser (which reads them every way) decides.
            iterate = self._screen.iter
            for reading, _spans in other_readings(text):
                other, _ = screen(reading, self._ascii_keys)
                if other is None:
                    return None
                for end, (detector, screens, _words, checks) in iterate(other):
                    if detector or screens or _phrase_hits(other, end, checks):
                        return None
        return padded

    def _follow_up(
        self, text: str, padded: str, hits: list[tuple[int, _Screen]], one_for_one: bool = False
    ) -> list[Match]:
        """Decide, from what the first pass found, how much normalising the post needs."""
        hit = False
        letters: set[str] | None = None
        first_hit = last_hit = context = 0
        for end, (detector, screens, words, checks) in hits:
            if screens:  # a keyword in the skeleton
                start = end + 1 - screens
                if not hit or start < first_hit:
                    first_hit = start
                hit = True
                if end + 1 > last_hit:
                    last_hit = end + 1
                if words > context:
                    context = words
            if checks:  # a word a phrase is screened on: is the phrase there?
                for start, stop, words in _phrase_hits(padded, end, checks):
                    if not hit or start < first_hit:
                        first_hit = start
                    hit = True
                    if stop > last_hit:
                        last_hit = stop
                    if words > context:
                        context = words
            if not detector:
                continue
            if detector == _SEPARATED:
                # joins_separated folds as the normaliser does (emoji, £, quotes too), so
                # it decides exactly whether normalising would join anything. It looks at
                # the characters around the pair found: a run of them joins only if three
                # (two, split by other than spaces) stand within _RUN_REACH of each other.
                if not one_for_one:
                    return self.scan_normalized(normalize_with_offsets(text))
                dropped = len(text) + 2 - len(padded)  # apostrophes...: text is longer
                lo = max(0, end - _RUN_REACH - 2 * max(_GAP_WIDTHS))
                if joins_separated(text[lo : end + dropped + _RUN_REACH]):
                    return self.scan_normalized(normalize_with_offsets(text))
                continue  # single letters side by side ("a 2"), but nothing to join
            if detector == _ELONGATION:
                if letters is None:
                    letters = set()
                letters.add(padded[end])
            elif detector == _WIDE_GAP:  # rare: "so..... what": squeeze, then look again
                narrowed = narrow_gaps(padded)
                hits = list(islice(self._screen.iter(narrowed), _MANY_HITS))
                if len(hits) == _MANY_HITS:
                    return self.scan_normalized(normalize_with_offsets(text))
                return self._follow_up(text, narrowed, hits) if hits else []
        if letters and not hit and self._squeezable:
            if self._no_elongated_key(padded, hits):
                return []
            # Elongation only: look again with the repeats written once ("killlll" -> "kil",
            # which the exact automaton knows as an elongated "kill"); most posts stop here.
            hit = self._elongated_hit(*squeeze_skeleton(padded, letters))
        if not hit:
            return []
        if not letters and one_for_one and len(text) > _WINDOW_WORTHWHILE:
            # Only leetspeak can apply, and it never crosses whitespace: normalise just the
            # stretch of whole words around the keys found (plus room for exceptions).
            shrink = len(text) + 2 - len(padded)  # the skeleton drops apostrophes...
            a, b = _window(text, first_hit - 1, last_hit - 1 + shrink, context)
            if b - a < len(text):
                norm = normalize_with_offsets(text[a:b], join_separated=False, squeeze=False)
                return self.scan_normalized(norm, offset=a)
        norm = normalize_with_offsets(
            text, join_separated=False, squeeze=frozenset(letters) if letters else False
        )
        return self.scan_normalized(norm)

    def _no_elongated_key(self, padded: str, hits: list[tuple[int, _Screen]]) -> bool:
        """Whether no key can use the letters written three times or more in ``padded``,
        when they are all in one word ("sooo"): no word of a key fits that word once its
        repeats are written once, or each that does comes from a phrase with another word
        missing from the post. False: look closer (``_elongated_hit``)."""
        word = -1
        for end, value in hits:
            if value[0] == _ELONGATION:
                start = padded.rfind(" ", 0, end) + 1
                if word == -1:
                    word = start
                elif start != word:
                    return False  # elongated letters in two words
        elongated = padded[word : padded.find(" ", word)]
        memo = self._elongation_memo
        needed = memo.get(elongated, _UNSEEN)
        if needed is _UNSEEN:
            needed = self._words_needed(elongated)
            if len(memo) < _ELONGATION_MEMO_LIMIT:
                memo[elongated] = needed
        if needed is None:
            return False
        for other in needed:
            if other in padded:
                return False
        return True

    def _words_needed(self, elongated: str) -> tuple[str, ...] | None:
        """The words (blanks included) of which a post with ``elongated`` needs one before
        a key can use its repeated letters; None if a key could use them on its own."""
        squeezed = _REPEATS.sub(_FIRST_LETTER, elongated)
        size = len(squeezed)
        if size > _PIECE_SEARCH_LIMIT:
            return None
        pieces = self._pieces
        needed: set[str] = set()
        for i in range(size):
            for j in range(i + 1, size + 1):
                found = pieces.get(squeezed[i:j])
                if found is None:
                    continue
                for where, other in found:
                    if (
                        (where == _WHOLE_WORD and (i or j < size))
                        or (where == _WORD_START and i)
                        or (where == _WORD_END and j < size)
                    ):
                        continue
                    if other is None:
                        return None
                    needed.add(other)
        return tuple(sorted(needed))

    def _elongated_hit(self, squeezed: str, runs: list[int]) -> bool:
        """Whether a key found in the squeezed skeleton uses one of its squeezed letters."""
        # Keys that miss every squeezed letter were in the first look already, so only the
        # stretch within one key's length of a squeezed letter needs looking at.
        lo = max(0, runs[0] - self._longest)
        window = squeezed[lo : runs[-1] + self._longest + 1]
        runs = [run - lo for run in runs]
        for end, (_detector, screens, _words, checks) in self._screen.iter(window):
            if screens and _touches(runs, end + 1 - screens, end + 1):
                return True
            if checks:
                for start, stop, _words in _phrase_hits(window, end, checks):
                    if _touches(runs, start, stop):
                        return True
        elongated_at = set(runs)
        for end, candidates in self._exact.iter(window):
            for _index, key, elongated, _lead, _trail in candidates:
                if elongated:
                    start = end + 1 - len(key)
                    if all(start + p in elongated_at for p in elongated):
                        return True
        return False

    def scan_normalized(self, norm: Normalized, offset: int = 0) -> list[Match]:
        """The exact pass over a normalised post (``scan`` calls it only when needed).

        ``norm`` may be of a slice of the post that starts at ``offset`` in it. A | or !
        that may stand for letters ("k|ll", "ki!!") is read both ways: as punctuation in
        ``norm``, and as letters in other readings of the post, normalised here.
        """
        found: dict[tuple[int, int, int], Match] = {}
        self._collect_all(norm, found, offset, None)
        for reading, spans in other_readings(norm.original):
            self._collect_all(normalize_with_offsets(reading), found, offset, (norm, spans))
        return [found[key] for key in sorted(found)]

    def _collect_all(
        self,
        norm: Normalized,
        found: dict[tuple[int, int, int], Match],
        shift: int,
        reread: tuple[Normalized, list[tuple[int, int]]] | None,
    ) -> None:
        self._collect(norm, norm.padded, 0, found, words_only=False, shift=shift, reread=reread)
        if not norm.has_separated:
            return
        padded = norm.padded
        for lo, hi in norm.region_slices():
            # Letters spaced out next to a lone "i", "a" or "u" join with it ("i k i l l
            # u" -> "ikillu"): look inside the joined word without them as well.
            lefts = (0, 1) if padded[lo] in _STRAY_LETTERS else (0,)
            rights = (0, 1) if padded[hi - 1] in _STRAY_LETTERS else (0,)
            for left in lefts:
                for right in rights:
                    if (left or right) and hi - lo - left - right >= 2:
                        inner = f" {padded[lo + left : hi - right]} "
                        self._collect(
                            norm,
                            inner,
                            lo + left - 1,
                            found,
                            words_only=True,
                            shift=shift,
                            reread=reread,
                        )

    def _collect(
        self,
        norm: Normalized,
        target: str,
        offset: int,
        found: dict[tuple[int, int, int], Match],
        *,
        words_only: bool,
        shift: int,
        reread: tuple[Normalized, list[tuple[int, int]]] | None = None,
    ) -> None:
        """Check each candidate in ``target`` exactly; ``reread``: ``norm`` is another
        reading of the post whose own normalisation (and rewritten spans) are given."""
        padded = norm.padded
        for end, candidates in self._exact.iter(skeleton_of_normalized(target)):
            for entry_index, key, elongated, lead, trail in candidates:
                start = end + 1 - len(key)
                if target[start : end + 1] != key or (words_only and not lead):
                    continue
                if elongated and not all(norm.is_elongated(offset + start + p) for p in elongated):
                    continue
                first = offset + start + lead
                last = offset + end + 1 - trail
                if lead and not trail:  # prefix: report the whole word ("suicidal")
                    word_end = padded.find(" ", last)
                    last = word_end if word_end != -1 else len(padded) - 1
                if self._excepted(entry_index, padded, first, last):
                    continue
                a, b = norm.original_span(first, last)
                if (a, b, entry_index) in found:
                    continue
                entry = self.entries[entry_index]
                steps = norm.steps_for_span(a, b)
                original = norm.original
                if reread is not None:
                    original = reread[0].original
                    if any(x < b and y > a for x, y in reread[1]):
                        steps = tuple(s for s in STEP_ORDER if s in steps or s == LEETSPEAK)
                found[(a, b, entry_index)] = Match.of(
                    entry, a + shift, b + shift, original[a:b], steps
                )

    def _excepted(self, entry_index: int, padded: str, first: int, last: int) -> bool:
        """Whether an allowed-context phrase of the entry surrounds padded[first:last]."""
        for phrase in self._exceptions[entry_index]:
            # phrase is " words ": an occurrence starting at or before first - 1 and ending
            # at or after last + 1 contains the match.
            lo = max(0, last + 1 - len(phrase))
            if padded.find(phrase, lo, first - 1 + len(phrase)) != -1:
                return True
        return False


_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
# A ! with something other than a space after it ("sh!t", "ki!!", "wow!!"): look closer.
_BANG_NOT_ENDING_A_WORD = re.compile(r"!(?! |\Z)")
_QUOTE_OR_NOT_ASCII = re.compile(r"['`]|[^\x00-\x7f]")
# In the words around a plain match, what the normaliser might read as letters.
_NOT_PLAIN_NEARBY = re.compile(r"[0-9!+$@|\u20ac]")
# Around a match whose entry has exceptions, also any emoji or other non-ASCII character:
# the normaliser keeps an emoji as a word of its own ("kill😂time" is not "kill time").
_NOT_PLAIN_AROUND = re.compile(r"[0-9!+$@|]|[^\x00-\x7f]")
_CASE = (CASE,)


def _in_text(index: int, shifts: list[int]) -> int:
    """Where the character at ``index`` of a skeleton (unpadded) is in the text it was made
    from: one for one, but for the characters the skeleton dropped. ``shifts`` holds, for
    each dropped character in order, how many kept characters come before it: those at or
    before ``index`` each push it one further."""
    return index + bisect_right(shifts, index)


def _word_end(text: str, index: int) -> int:
    found = text.find(" ", index)
    return len(text) if found == -1 else found


_REPEATS = re.compile(r"([a-z])\1\1+")
_FIRST_LETTER = itemgetter(1)
_PIECE_SEARCH_LIMIT = 24
_ELONGATION_MEMO_LIMIT = 10_000
_UNSEEN = object()
# Where a word of a key sits in a word of a post: all of it (" so " in " youre so ugly "),
# its start (" suicid" of a prefix key), its end (the first word of a substring phrase),
# anywhere (a substring key).
_WHOLE_WORD, _WORD_START, _WORD_END, _ANYWHERE = 1, 2, 3, 4


_PLACES = {
    (True, True): _WHOLE_WORD,
    (True, False): _WORD_START,
    (False, True): _WORD_END,
    (False, False): _ANYWHERE,
}


def _key_pieces(keys: Iterable[str]) -> dict[str, tuple[tuple[int, str | None], ...]]:
    """word of a key -> where it sits in a post's word, and the key's rarest other word."""
    pieces: dict[str, set[tuple[int, str | None]]] = {}
    single = {_WHOLE_WORD: set(), _WORD_START: set(), _ANYWHERE: set()}
    for key in keys:
        word = key.strip(" ")
        if " " not in word:  # most keys: one word, as a word, a prefix or a substring
            if not word:
                continue
            if key[0] != " ":
                single[_ANYWHERE].add(word)
            else:
                single[_WHOLE_WORD if key[-1] == " " else _WORD_START].add(word)
            continue
        if "  " in word:
            continue  # a phrase with a wider gap: the same words as with single blanks
        parts = key.split(" ")
        last = len(parts) - 1
        words = [index for index, part in enumerate(parts) if part]
        ranked = sorted(words, key=lambda index: _rarity(parts[index]), reverse=True)
        for index in words:
            at = ranked[0] if ranked[0] != index else ranked[1]
            # the other word with the blanks it has in the key: " ugly " is no part of
            # " ugly's "
            other = " " * (at > 0) + parts[at] + " " * (at < last)
            where = _PLACES[index > 0, index < last]
            pieces.setdefault(parts[index], set()).add((where, other))
    for where, words in single.items():
        for word in words:
            pieces.setdefault(word, set()).add((where, None))
    return {part: tuple(found) for part, found in pieces.items()}


@lru_cache(maxsize=65_536)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A phrase check's pattern, compiled when a post first needs it (compiling them all
    would double the time a library takes to compile)."""
    return re.compile(pattern)


def _phrase_hits(padded: str, end: int, checks: tuple[_Check, ...]) -> list[tuple[int, int, int]]:
    """[start, stop) and exception reach of each phrase found around the word that ends at
    ``end`` in ``padded`` (the same as the phrase's gap forms, had they been keys, would hit)."""
    found = []
    for pattern, widest, words in checks:
        for occurrence in _compiled(pattern).finditer(
            padded, max(0, end + 1 - widest), end + widest
        ):
            start, stop = occurrence.span(1)
            found.append((start, stop, words))
    return found


def _window(text: str, start: int, end: int, words: int) -> tuple[int, int]:
    """[start, end) of ``text`` widened to whitespace, then by ``words`` more words.

    Non-ASCII text is widened to spaces only: a wider window, never a narrower one.
    """
    if text.isascii():
        spaced: str | bytes = text.encode("ascii").translate(_BLANKS)  # all whitespace: b" "
        blank: str | bytes = b" "
        space: str | int = 32
    else:
        spaced, blank, space = text, " ", " "
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    for _ in range(words + 1):
        while start > 0 and spaced[start - 1] == space:
            start -= 1
        start = spaced.rfind(blank, 0, start) + 1  # type: ignore[arg-type]
        while end < len(spaced) and spaced[end] == space:
            end += 1
        found = spaced.find(blank, end)  # type: ignore[arg-type]
        end = found if found != -1 else len(spaced)
    return start, end


def _touches(positions: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted ``positions`` lies in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def fingerprint_entries(entries: Iterable[Entry]) -> str:
    """A hash of the entries, in order, and of the engine and normaliser versions."""
    # Control characters cannot occur in a CSV cell that round-trips, so they delimit.
    rows = (
        "\x1f".join(
            (e.term, e.category, str(e.severity), e.definition, e.mode, "\x1d".join(e.exceptions))
        )
        for e in entries
    )
    text = f"engine {ENGINE_VERSION} normaliser {NORMALISER_VERSION}\x1e" + "\x1e".join(rows)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# Terms that normalise to themselves: lower-case ASCII words with single spaces, no letter
# three times in a row, no two one-letter words side by side (the normaliser would join
# "k y s"). Most terms of a library; the rest go through the normaliser.
_PLAIN_TERM = re.compile(r"[a-z]+(?: [a-z]+)*")
_NOT_PLAIN = re.compile(r"([a-z])\1\1|(?:^| )[a-z] [a-z](?: |$)")


# pyahocorasick looks a character up among a node's children one by one, in the order they
# were added: adding keys sorted so that frequent characters come first (a blank, then the
# letters as often as English uses them) makes every step of a scan shorter, by about 15%.
_FREQUENCY_ORDER = str.maketrans(
    {char: chr(rank + 1) for rank, char in enumerate(" etaoinshrdlucmwfgypbvkjxqz")}
)


def _by_frequency(key: str) -> str:
    return key.translate(_FREQUENCY_ORDER)


def _normalize_term(text: str) -> str:
    if text.isascii():
        lowered = text.lower()
        if _PLAIN_TERM.fullmatch(lowered) and _NOT_PLAIN.search(lowered) is None:
            return lowered
    return normalize(text)


def compile_library(entries: Iterable[Entry], *, version: str | None = None) -> CompiledLibrary:
    """Build the automata for ``entries``. Raises LibraryError if an entry cannot match."""
    entries = tuple(entries)
    # exact key (skeleton of a normalised form) -> candidates
    exact: dict[str, list[_Candidate]] = {}
    # screening key -> words an exception of one of its entries reaches beyond the keyword
    screening: dict[str, int] = {}
    problems: list[str] = []
    exceptions: list[tuple[str, ...]] = []
    normalized: dict[str, str] = {}
    has_leet_digit = _LEET_DIGIT.search
    no_context = ()
    # anchor key -> pattern of a phrase screened on it -> (exception reach, longest match)
    anchored: dict[str, dict[str, tuple[int, int]]] = {}
    longest_check = 0
    ascii_phrases = True
    phrase_forms: list[str] = []  # anchored phrases as their patterns find them, gaps aside

    for index, entry in enumerate(entries):
        term = entry.term
        key = normalized.get(term)
        if key is None:
            key = normalized[term] = _normalize_term(term)
        if entry.exceptions:
            phrases = []
            for exception in entry.exceptions:
                phrase = normalized.get(exception)
                if phrase is None:
                    phrase = normalized[exception] = _normalize_term(exception)
                phrases.append(phrase)
            entry_issues = _problems(entry, key, phrases)
            if entry_issues:
                problems += entry_issues
                continue
            exceptions.append(tuple(f" {phrase} " for phrase in phrases))
            context = max(phrase.count(" ") for phrase in phrases)
        elif not key:
            problems += _problems(entry, key, [])
            continue
        else:
            exceptions.append(no_context)
            context = 0
        mode = entry.mode
        # Keys are written as the skeleton writes them (leet digits as letters): the same
        # string unless the key has such a digit, which few have.
        skel = skeleton_of_normalized if has_leet_digit(key) else str

        words = key.split(" ")
        precise = [(key, ())]
        if len(words) > 1 and mode != "substring":
            precise.append(("".join(words), ()))  # hashtags: #killyourself
        if _DOUBLE_LETTER.search(key) is not None:
            for form, _ in list(precise):
                precise += _elongation_variants(form)
        phrase = len(words) > 1
        for form, elongated in precise:
            padded, lead, trail = _padded(form, mode)
            skeleton_key = skel(padded)
            candidate = (index, padded, tuple(p + lead for p in elongated), lead, trail)
            slot = exact.get(skeleton_key)
            if slot is None:
                exact[skeleton_key] = [candidate]
            elif candidate not in slot:
                slot.append(candidate)
            if elongated or (phrase and form == key):
                continue  # a phrase as written is screened on one of its words, below
            if screening.get(skeleton_key, -1) < context:
                screening[skeleton_key] = context
        if not phrase:
            continue
        # The skeleton keeps raw spacing, the normaliser does not: a phrase is screened on
        # its rarest word, and where that word appears a pattern looks for the phrase with
        # gaps of one to four spaces (for its first words; or as the key is written).
        full = skel(_padded(key, mode)[0])
        ascii_phrases = ascii_phrases and full.isascii()
        skeleton_words = skel(key).split(" ")
        screened = skeleton_words[: _GAP_VARIANT_LIMIT + 1]
        truncated = len(screened) < len(words)
        lead, trail = ("", "") if mode == "substring" else (" ", " " if truncated else "")
        if mode == "word":
            trail = " "
        widest = len(lead) + sum(map(len, screened)) + max(_GAP_WIDTHS) * (len(screened) - 1)
        widest = max(widest + len(trail), len(full))
        longest_check = max(longest_check, widest)
        pattern = re.escape(lead) + " {1,4}".join(map(re.escape, screened)) + re.escape(trail)
        if truncated:
            pattern = f"{re.escape(full)}|{pattern}"
        anchor = _anchor(screened)
        if anchor is None:  # common words only: keys for every gap width, as it may be written
            keys = [lead + spaced + trail for spaced in _gap_variants(screened)]
            if truncated:
                keys.append(full)
            for skeleton_key in keys:
                if screening.get(skeleton_key, -1) < context:
                    screening[skeleton_key] = context
            continue
        left = " " if anchor else lead
        right = " " if anchor < len(screened) - 1 else trail
        anchor_key = left + screened[anchor] + right
        phrase_forms.append(lead + " ".join(screened) + trail)
        checks = anchored.setdefault(anchor_key, {})
        if checks.get(pattern, (-1,))[0] < context:
            checks[pattern] = (context, widest)
    if problems:
        raise LibraryError(problems)
    # Keys for elongated forms ("kil" for "kill") are only in the exact automaton: as
    # written they are ordinary words ("kilometre"), and an elongated post trips a detector.
    detectors = _DETECTORS
    compiled = {
        anchor_key: tuple(
            (f"(?=({pattern}))", widest, context) for pattern, (context, widest) in checks.items()
        )
        for anchor_key, checks in anchored.items()
    }
    screen_automaton = ahocorasick.Automaton()
    add = screen_automaton.add_word
    for skeleton_key in sorted(
        screening.keys() | compiled.keys() | detectors.keys(), key=_by_frequency
    ):
        add(
            skeleton_key,
            (
                detectors.get(skeleton_key, 0),
                len(skeleton_key) if skeleton_key in screening else 0,
                screening.get(skeleton_key, 0),
                compiled.get(skeleton_key, ()),
            ),
        )
    screen_automaton.make_automaton()
    exact_automaton = ahocorasick.Automaton()
    add = exact_automaton.add_word
    for skeleton_key in sorted(exact, key=_by_frequency):
        add(skeleton_key, tuple(exact[skeleton_key]))
    if not exact:
        add("\x00", ())  # an automaton needs a word to search with
    exact_automaton.make_automaton()
    fingerprint = fingerprint_entries(entries)
    squeezable = not any(_DIGIT_RUN.search(key) for key in normalized.values())
    longest = max(
        max(map(len, exact), default=0), max(map(len, screening), default=0), longest_check
    )
    ascii_keys = ascii_phrases and all(key.isascii() for key in screening)
    return CompiledLibrary(
        entries,
        fingerprint,
        version or fingerprint[:16],
        screen_automaton,
        exact_automaton,
        tuple(exceptions),
        squeezable,
        longest,
        ascii_keys,
        _key_pieces([*exact, *screening, *phrase_forms]),
    )


# --- The library file format: see moderation/libraries/README.md -------------------------


def parse_entries(source: str | Iterable[str], name: str = "<library>") -> list[Entry]:
    """Entries from CSV text (or lines) in the library format; LibraryError lists problems."""
    lines = io.StringIO(source) if isinstance(source, str) else source
    entries: list[Entry] = []
    problems: list[str] = []
    header_seen = False
    reader = csv.reader(lines)
    for row in reader:
        where = f"{name}:{reader.line_num}"
        if not row or not any(cell.strip() for cell in row):
            continue
        if row[0].lstrip().startswith("#"):
            continue
        if not header_seen:
            cells = tuple(cell.strip().lstrip("\ufeff") for cell in row)
            if cells != CSV_HEADER:
                raise LibraryError([f"{where}: header must be {','.join(CSV_HEADER)}"])
            header_seen = True
            continue
        if len(row) != len(CSV_HEADER):
            problems.append(f"{where}: {len(row)} cells, expected {len(CSV_HEADER)}")
            continue
        term, category, severity, mode, definition, exceptions = row
        try:
            entries.append(
                Entry(
                    term=term.strip(),
                    category=category.strip(),
                    severity=int(severity),
                    definition=definition.strip(),
                    mode=mode.strip() or "word",
                    exceptions=tuple(
                        p.strip() for p in exceptions.split(EXCEPTION_SEPARATOR) if p.strip()
                    ),
                )
            )
        except ValueError as error:
            problems.append(f"{where}: {error}")
    if not header_seen:
        problems.append(f"{name}: no header row")
    if problems:
        raise LibraryError(problems)
    return entries


def load_entries(path: str | Path | TextIO) -> list[Entry]:
    """Entries from a library CSV file (a path or an open text file)."""
    if hasattr(path, "read"):
        return parse_entries(path, getattr(path, "name", "<library>"))  # type: ignore[arg-type]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return parse_entries(handle, str(path))


def dump_entries(entries: Iterable[Entry], path: str | Path | None = None) -> str:
    """The library CSV for ``entries`` (written to ``path`` too if given)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for e in entries:
        if any(EXCEPTION_SEPARATOR in phrase for phrase in e.exceptions):
            raise LibraryError([f"exception of {e.term!r} contains {EXCEPTION_SEPARATOR!r}"])
        writer.writerow(
            [
                e.term,
                e.category,
                e.severity,
                e.mode,
                e.definition,
                EXCEPTION_SEPARATOR.join(e.exceptions),
            ]
        )
    text = out.getvalue()
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text
