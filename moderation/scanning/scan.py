"""CompiledLibrary.scan: the screening pass over a post's skeleton, and the decision of
how much of the normaliser a post needs."""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from itertools import islice
from typing import Any

from moderation.scanning import budget as match_budget
from moderation.scanning.entries import Entry
from moderation.scanning.exact import CLAUSE_END, MAX_PER_ENTRY, ExactPass
from moderation.scanning.keys import (
    _ELONGATION,
    _GAP_WIDTHS,
    _SEPARATED,
    _WIDE_GAP,
    PhraseParts,
    _phrase_hits,
    _Screen,
)
from moderation.scanning.masking import unmasked
from moderation.scanning.matches import Match, finish
from moderation.scanning.normalize import (
    _KEEP_FROM,
    CASE,
    _fold,
    forget_normalized,
    joins_separated,
    normalize_with_offsets,
)
from moderation.scanning.proof import CleanProof
from moderation.scanning.residual import CLEAN, KEY_SEEN, UNSURE, ResidualScreen
from moderation.scanning.skeleton import (
    _ASCII_BYTES,
    _BLANK_PLANS,
    _BLANKED_DELETE,
    _SKELETON_MEMO,
    LEET_MARK,
    MARKED_BLANKED_BYTES,
    MARKED_BYTES,
    SKELETON_DELETE,
    forget_readings,
    narrow_gaps,
    one_or_eight_as_letters,
    other_readings,
    reads_one_or_eight_as_letters,
    screen,
    squeeze_skeleton,
)

_BLANKS = bytes(32 if chr(code).isspace() else code for code in range(256))
# More first-pass hits than this (a megabyte of "aaaa"): skip the screening shortcuts.
_MANY_HITS = 2_000
# Posts shorter than this are normalised whole even when a window would do.
_WINDOW_WORTHWHILE = 80
# Posts this long or longer are scanned with the cycle collector paused.
PAUSE_COLLECTOR_FROM = 2048
# Three single characters split by one to three separators stand within this many.
_RUN_REACH = 12


def _with_filled(found: list[Match], filled: list[Match]) -> list[Match]:
    """The matches of a post and of the post with its starred-out words filled in, each
    reading once, in order of position; a reading only the filled post has says so."""
    seen = {(m.entry, m.start, m.end) for m in found}
    more = [
        m._replace(normalisations=(*m.normalisations, "masked"))
        for m in filled
        if (m.entry, m.start, m.end) not in seen
    ]
    return sorted(found + more, key=lambda m: (m.start, m.end)) if more else found


def _as_written(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` read in the filled post, with the text the student wrote ("f**k")."""
    return [m._replace(text=text[m.start : m.end]) for m in matches]


class CompiledLibrary(ExactPass, CleanProof, ResidualScreen):
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
        "_exception_memo",
        "_phrase_words",
        "_phrase_parts",
        "_residual_memo",
        "_inert_memo",
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
    _elongation_memo: dict[str, tuple[frozenset[str], tuple[str, ...]] | None]
    _phrase_parts: PhraseParts
    _phrase_words: int

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
        phrase_parts: PhraseParts,
        phrase_words: int,
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
        # (entry, matched words) -> the entry's exception phrases that hold those words
        set_(self, "_exception_memo", {})
        # The words of phrase keys by where they sit in a post's word (keys.PhraseParts).
        set_(self, "_phrase_parts", phrase_parts)
        # unusual word of a post -> what stands for it in the residual: a cache, as above
        set_(self, "_residual_memo", {})
        # word of a post with a | or ! run -> whether no reading of its runs can take part
        # in a match (residual.ResidualScreen._runs_inert): a cache, as above
        set_(self, "_inert_memo", {})
        # The most words a term has: how far around a | or ! the clean proof must read.
        set_(self, "_phrase_words", phrase_words)

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
                self._phrase_parts,
                self._phrase_words,
            ),
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<CompiledLibrary {len(self.entries)} entries, version {self.version}>"

    def scan(self, text: str) -> list[Match]:
        """Every keyword in ``text``, in order of position, one reading per span, each with
        its context; an empty list for clean text."""
        if not isinstance(text, str):
            raise TypeError(f"scan() needs a str, not {type(text).__name__}")
        if not self.entries:
            return []
        if len(text) >= PAUSE_COLLECTOR_FROM and gc.isenabled():
            # A long post's scan makes tens of thousands of short-lived tuples, freed by
            # reference counting; the cycle collector's passes over them (a third of the
            # time of some 64 KiB pastes) find nothing. Paused for this scan only.
            gc.disable()
            try:
                return self._scan(text)
            finally:
                gc.enable()
        return self._scan(text)

    def scan_around(self, text: str, spans: list[tuple[int, int]]) -> list[Match]:
        """What ``scan(text)`` reports of the matches that overlap ``spans`` (in order, apart),
        and maybe others near them: only the stretches of ``text`` within _AROUND of a span
        are searched, and the context of what they hold is read in the whole text. The
        pipeline's reading of respelt words (``spanish.scan_post``) differs from the post
        only at its edits: a long post is not searched twice."""
        windows = _windows(text, spans)
        if windows == [(0, len(text))]:
            return self.scan(text)
        if not self.entries or not windows:
            return []
        collector = len(text) >= PAUSE_COLLECTOR_FROM and gc.isenabled()
        if collector:
            gc.disable()  # as scan() does
        try:
            return self._scan(text, windows)
        finally:
            if collector:
                gc.enable()

    def _scan(self, text: str, windows: list[tuple[int, int]] | None = None) -> list[Match]:
        """The post's matches within the match budget (``moderation.scanning.budget``); read
        again with a category's high matches in full where its worst reading may lie
        among those the budget left unread."""
        found = self._budgeted(text, windows, _NONE_IN_FULL)
        if found.__class__ is not list:  # matches went unread: a paste of many
            full = match_budget.kinds_to_read_in_full(found)
            if full:
                # (its normalisations and | and ! readings are those of the first reading)
                found = self._budgeted(text, windows, full, again=True)
        return found

    def _budgeted(
        self,
        text: str,
        windows: list[tuple[int, int]] | None,
        full: frozenset[tuple[str, int]],
        again: bool = False,
    ) -> list[Match]:
        if not again:
            forget_readings()
            if len(text) >= _KEEP_FROM:  # (only long texts' normalisations are kept)
                forget_normalized()
        match_budget.start(full)
        # (the hot path calls _matches itself: one call fewer for every post)
        found = self._matches(text) if windows is None else self._matches_in(text, windows)
        unread = match_budget.left_unread()
        # A starred-out word has a letter just before its first * or # ("f**k"); most
        # posts with either have none ("#homework", "* * *"), found at C speed.
        may_be_masked = ("*" in text or "#" in text) and _MASK_AFTER_A_LETTER.search(text)
        filled = unmasked(text, self.fingerprint, self.entries) if may_be_masked else None
        if filled is not None:  # "f**k", "k*ll": read again with the stars filled in
            match_budget.start(full)  # the filled post holds the same words again
            more = self._matches(filled) if windows is None else self._matches_in(filled, windows)
            matches = _as_written(text, finish(filled, _with_filled(found, more)))
            return match_budget.with_unread(matches, unread, match_budget.left_unread())
        if not unread[0]:
            return finish(text, found) if found else found
        return match_budget.with_unread(finish(text, found), unread)

    def _matches_in(self, text: str, windows: list[tuple[int, int]]) -> list[Match]:
        """``_matches`` of each of ``windows`` of ``text``, where it is in the text."""
        found = []
        for start, end in windows:
            found += [
                m._replace(start=m.start + start, end=m.end + start)
                for m in self._matches(text[start:end])
            ]
        return _first_of_each(found) if len(found) > MAX_PER_ENTRY else found

    def _matches(self, text: str) -> list[Match]:
        """Every match of every entry in ``text``, overlapping ones included."""
        # The hot path, inlined: a post is one bytes.translate and one C-speed automaton
        # pass, and nearly every post ends there with no hit. Its non-ASCII characters must
        # all be emoji, quotes, £... (invisible ones removed first); a $ @ + | needs a closer
        # look (the translate marks them), and so does a ! unless every one ends a word
        # ("wow! so", "yes!"). A post that needs more is first screened with its unusual
        # words (emoji, "@noah", "it’s", "gr8") read once and remembered: the residual
        # (moderation/scanning/residual.py).
        # (A post not all ASCII has its residual screened first, unless its skeleton alone
        # trips nothing.) KEY_SEEN: a key stands in the post as read, so no clean proof is
        # tried.
        all_ascii = text.isascii()
        screened = None  # the first hit of a screening pass over padded, and the rest
        if all_ascii:  # most posts: the shortest way through
            residual = UNSURE
            padded = f" {text.encode().translate(MARKED_BYTES, SKELETON_DELETE).decode()} "
        else:
            # emoji, quotes, £, accented letters...: as short, unless symbols or letters
            # the skeleton writes as more than one. An @mention, a $20, a 1 or 8 (kept as
            # they are by the plan, which rewrites only non-ASCII characters) or a "!!" rule
            # out the short way before the post is planned: most such posts end at the
            # residual, and the rest are planned after it.
            planned = (
                self._ascii_keys
                and _NOT_ON_THE_SHORT_WAY.search(text) is None
                and ("!" not in text or _BANG_NOT_ENDING_A_WORD.search(text) is None)
            )
            padded = self._planned(text) if planned else None
            if (
                padded is not None
                and LEET_MARK not in padded
                and "1" not in padded
                and "8" not in padded
            ):
                found = self._screen.iter(padded)
                first = next(found, None)
                if first is None:  # the hot path's answer, whatever the residual would say
                    return []
                screened = first, found  # the pass below goes on from here
            if screened is not None and screened[0][1][1]:
                # A key as written stands in the skeleton ("gas the immigrants 😡"): the
                # residual holds the same plain words, so it would see the key too, and
                # reading it would only cost another pass before the usual path.
                residual = KEY_SEEN
            else:
                residual = self._residual_verdict(text)
                if residual == CLEAN:
                    return []
            if self._ascii_keys and not planned:
                padded = self._planned(text)
        # Whether each character of the post is at most one in the skeleton (or dropped):
        # then the normaliser may look at just the words around a hit.
        one_for_one = padded is not None
        if (
            padded is not None
            and LEET_MARK not in padded
            and ("!" not in text or _BANG_NOT_ENDING_A_WORD.search(text) is None)
        ):
            if ("1" in padded or "8" in padded) and reads_one_or_eight_as_letters(text):
                # "gr8", "l8r": numbers, not letters
                if all_ascii:
                    residual = self._residual_verdict(text)
                if residual == CLEAN or (residual == UNSURE and self._proves_clean(text)):
                    return []
                return self._exact_matches(normalize_with_offsets(text))
            if screened is not None:  # the planned skeleton's pass, already begun
                return self._screened_hits(text, padded, *screened, True, plain=True)
            found = self._screen.iter(padded)
            for first in found:
                return self._screened_hits(text, padded, first, found, True, plain=True)
            return []
        if all_ascii:
            residual = self._residual_verdict(text)
            if residual == CLEAN:
                return []
        padded = self._screened(text)
        if padded is None or (
            ("1" in padded or "8" in padded) and one_or_eight_as_letters(_fold(text)[0])
        ):
            # An @mention, a $20, "gr8", "!!!": most such posts hold no key at all.
            if residual == UNSURE and self._proves_clean(text):
                return []
            return self._exact_matches(normalize_with_offsets(text))
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
            return self._exact_matches(normalize_with_offsets(text))
        return self._follow_up(text, padded, hits, one_for_one)

    @staticmethod
    def _planned(text: str) -> str | None:
        """The padded, marked skeleton of ``text`` (not all ASCII) for a library of ASCII
        keys: each non-ASCII character dropped, written as its one letter, or one blank;
        None if one of them needs the per-character path."""
        try:
            raw = text.encode()  # quicker than with an error handler
        except UnicodeEncodeError:  # a lone surrogate
            raw = text.encode("utf-8", "surrogatepass")
        plan = _BLANK_PLANS[raw.translate(None, _ASCII_BYTES)]
        if plan is None:
            return None
        for sequence, replacement in plan:
            raw = raw.replace(sequence, replacement)
        return f" {raw.translate(MARKED_BLANKED_BYTES, _BLANKED_DELETE).decode()} "

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
        spans: list[tuple[int, int]] = []
        for end, (_detector, screens, _words, checks) in hits:
            if screens:
                spans.append((end + 1 - screens, end + 1))
            if checks:  # a word a phrase is screened on ("body"): is the phrase there?
                spans += [
                    (start, stop) for start, stop, _words in _phrase_hits(padded, end, checks)
                ]
        if not spans:  # only words phrases are screened on, and none of the phrases
            return []
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
        # Each candidate once, where the words are plain (else the normaliser decides): its
        # span in the text and in the skeleton.
        candidates: dict[tuple[int, int, int], tuple[int, int]] = {}
        for start, stop in spans:
            keys = get(padded[start:stop], None)
            if keys is None:  # a phrase written with a wider gap
                return None
            for entry_index, key, elongated, lead, trail in keys:
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
                if (a, b, entry_index) not in candidates:
                    candidates[(a, b, entry_index)] = (first, last)
        # The match budget is spent in order of position before an entry's exceptions are
        # looked at, as in the exact pass: a paste of thousands of one word has its first
        # ones read and the rest counted, not each tested and made a match first.
        budget = match_budget.current()
        read: dict[tuple[str, int], int] = {}
        per_entry: dict[int, int] = {}
        matches: list[Match] = []
        passed: list[tuple[Entry, tuple[str, int], int, int]] = []
        for (a, b, entry_index), (first, last) in sorted(candidates.items()):
            entry = entries[entry_index]
            taken = per_entry.get(entry_index, 0)
            if taken >= MAX_PER_ENTRY:
                continue  # a paste of one word: reported by its first ones
            kind = match_budget.kind_of(entry)
            if budget.room(kind) <= read.get(kind, 0):
                passed.append((entry, kind, a, b))
                per_entry[entry_index] = taken + 1
                continue
            allowed = exceptions[entry_index]
            if allowed:
                # "kill time": the skeleton reads as the normaliser would around the
                # match if its words are single-spaced with no digit or symbol.
                reach = max(map(len, allowed))
                lo = max(0, last + 1 - reach)
                hi = min(len(padded), first - 1 + reach)
                around = max(0, _in_text(lo - 1, shifts)), _in_text(hi - 1, shifts) + 1
                if "  " in padded[lo:hi] or _NOT_PLAIN_AROUND.search(text, *around):
                    return None
                if self._excepted(entry_index, padded, first, last):
                    if CLAUSE_END.search(text, *around):
                        return None  # the exact pass checks it stays in one clause
                    continue
            read[kind] = read.get(kind, 0) + 1
            per_entry[entry_index] = taken + 1
            span = text[a:b]
            matches.append(Match.of(entry, a, b, span, _CASE if span != span.lower() else ()))
        return budget.spend_counted(matches, passed)

    def _screened(self, text: str) -> str | None:
        """The padded skeleton of ``text``, or None if the normaliser must look anyway."""
        padded, ambiguous = screen(text, self._ascii_keys)
        readings = other_readings(text) if ambiguous and padded is not None else None
        if readings and not self._runs_inert(text, readings[0][1]):
            # A | or !! that may be letters ("k|ll", "ki!!"): if any reading of them trips
            # the automaton, the normaliser (which reads them every way) decides. (Runs in
            # words like "haha!!", which no reading puts in a match, are read as written.)
            iterate = self._screen.iter
            for reading, _spans in readings:
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
                    return self._exact_matches(normalize_with_offsets(text))
                dropped = len(text) + 2 - len(padded)  # apostrophes...: text is longer
                lo = max(0, end - _RUN_REACH - 2 * max(_GAP_WIDTHS))
                if joins_separated(text[lo : end + dropped + _RUN_REACH]):
                    return self._exact_matches(normalize_with_offsets(text))
                continue  # single letters side by side ("a 2"), but nothing to join
            if detector == _ELONGATION:
                if letters is None:
                    letters = set()
                letters.add(padded[end])
            elif detector == _WIDE_GAP:  # rare: "so..... what": squeeze, then look again
                narrowed = narrow_gaps(padded)
                hits = list(islice(self._screen.iter(narrowed), _MANY_HITS))
                if len(hits) == _MANY_HITS:
                    return self._exact_matches(normalize_with_offsets(text))
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
                return self._exact_matches(norm, offset=a)
        norm = normalize_with_offsets(
            text, join_separated=False, squeeze=frozenset(letters) if letters else False
        )
        return self._exact_matches(norm)


_NONE_IN_FULL: frozenset[tuple[str, int]] = frozenset()
_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
# A * or # right after a letter or digit (more than masking.MASKED_WORD needs before one):
# the pattern starts with its symbol, so the regex engine skips from one to the next.
_MASK_AFTER_A_LETTER = re.compile(r"[*#](?<=[^\W_][*#])")
# A ! with something other than a space after it ("sh!t", "ki!!", "wow!!"): look closer.
_BANG_NOT_ENDING_A_WORD = re.compile(r"!(?! |\Z)")
# In a post not all ASCII, what keeps it off the short way whatever its other characters
# are: a leet symbol (written as LEET_MARK), a 1 or an 8.
_NOT_ON_THE_SHORT_WAY = re.compile(r"[$+@|18]")
_QUOTE_OR_NOT_ASCII = re.compile(r"['`]|[^\x00-\x7f]")
# In the words around a plain match, what the normaliser might read as letters.
_NOT_PLAIN_NEARBY = re.compile(r"[0-9!+$@|\u20ac]")
# Around a match whose entry has exceptions, also any emoji or other non-ASCII character:
# the normaliser keeps an emoji as a word of its own ("kill😂time" is not "kill time").
_NOT_PLAIN_AROUND = re.compile(r"[0-9!+$@|]|[^\x00-\x7f]")
_CASE = (CASE,)


# How far either side of an edited stretch ``scan_around`` searches: past the longest match
# that may hold it (a phrase with gaps, letters spaced out), so that each match touching the
# edit, and each it overlaps, is found as in the whole text.
_AROUND = 400
# and the farthest a window's edge moves out to a blank, so as not to cut a word
_TO_A_BLANK = 64


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` within _AROUND of each of ``spans``, widened to blanks,
    merged where they meet."""
    windows: list[tuple[int, int]] = []
    size = len(text)
    for start, end in spans:
        lo = max(0, start - _AROUND)
        if lo:
            blank = text.rfind(" ", max(0, lo - _TO_A_BLANK), lo)
            lo = blank + 1 if blank != -1 else max(0, lo - _TO_A_BLANK)
        hi = min(size, end + _AROUND)
        if hi < size:
            blank = text.find(" ", hi, hi + _TO_A_BLANK)
            hi = blank if blank != -1 else min(size, hi + _TO_A_BLANK)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _in_text(index: int, shifts: list[int]) -> int:
    """Where the character at ``index`` of a skeleton (unpadded) is in the text it was made
    from: one for one, but for the characters the skeleton dropped. ``shifts`` holds, for
    each dropped character in order, how many kept characters come before it: those at or
    before ``index`` each push it one further."""
    return index + bisect_right(shifts, index)


def _word_end(text: str, index: int) -> int:
    found = text.find(" ", index)
    return len(text) if found == -1 else found


def _first_of_each(matches: list[Match]) -> list[Match]:
    """``matches`` with no entry more than MAX_PER_ENTRY times (its first ones), as the
    exact pass reports them."""
    seen: dict[Entry, int] = {}
    kept = []
    for match in matches:
        count = seen.get(match.entry, 0)
        if count < MAX_PER_ENTRY:
            kept.append(match)
            seen[match.entry] = count + 1
    return kept


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
