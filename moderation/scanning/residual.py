"""The residual: a post screened with its unusual words read once and remembered.

Real posts are plain words with a few others in between: an @mention, a $20, a link, an
emoji, "gr8", "lol!!", a curly apostrophe. Any one of them used to send the whole post down
the slow path (the clean proof, or the normaliser), although the word itself recurs from
post to post and holds no key. Here each such word (a run of non-blank characters with a
digit, a leet symbol, a ! or |, or a non-ASCII character) is read once on its own and
remembered:

* a word with one reading (no | or ! that may stand for letters) stands for what the
  normaliser makes of it, minus the squeezing of drawn-out letters, which the screen
  decides ("@leo": "aleo", "it's": "its", "gr8": "grate", an emoji: nothing when every key
  is ASCII); a letter or digit standing alone at either end must stay a word of its own
  there ("2)": "2"), since it may join the single letters beside it ("k y s"), so "s.z"
  ("sz" alone, but "kys z" after "k y") keeps the post on the usual path;
* a word with several readings ("lol!!": "lol", "lolii", "lolll") stands in the same way
  for its own reading ("lol"), if the others can take no part in a match: the clean proof
  shows no key in any of them, they hold no single character that could join its
  neighbours, and neither their first nor their last word can be a word of a phrase that
  goes on into the next word or comes from the one before;
* any other word keeps the post on the usual path.

What is left (the residual: plain words and those readings) is screened as a plain post is,
and if anything trips the screen, the clean proof reads the residual as the normaliser would.

Why it is sound: the normaliser reads a word on its own, but for joining single characters
across blanks, which the residual leaves as they were; so the residual holds every word the
normaliser would see in the post, in the same order, less the words left out, which no key
can start, end or go through. Leaving a word out can only put two words side by side that
were not (a hit to look closer at, never one hidden). If the screen finds nothing in the
residual, or the clean proof shows no key in it, no key matches the post; otherwise the
post goes on to the usual path, which decides everything from the post itself (exceptions
and context included). ``tests/moderation/test_residual_screen.py`` holds the engine to it.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from moderation.scanning.keys import PhraseParts, _phrase_hits
from moderation.scanning.normalize import _fold, joins_separated, normalize_with_offsets
from moderation.scanning.skeleton import (
    SKELETON_BYTES,
    SKELETON_DELETE,
    _ambiguous_runs,
    _other_readings,
    other_readings,
    reads_one_or_eight_as_letters,
)

# What makes a word of a post one that a plain screen cannot read as written.
_UNUSUAL_CHARACTER = re.compile(r"[$@+|!0-9\x80-\U0010ffff]")
# Stands in the residual for a drawn-out word no key can use: no key holds it.
_INERT_MARK = "\x02"
_DRAWN_OUT_LETTER = re.compile(r"([a-z])\1\1")
# Words longer than this are not read alone (a pasted megabyte): the usual path.
_LONGEST_WORD = 128
_MEMO_LIMIT = 200_000  # words, plain and unusual
# Words not seen before that one post may have read (a post has a few: a new mention, a
# link; a 64 KiB paste of made-up leetspeak has thousands, and takes the usual path).
_NEW_WORDS_PER_POST = 24
_LONG_POST = 4096  # characters; such a post's opening this long is screened first
_OPENING = 1024
_UNREAD = object()
# Verdicts on a post's residual.
UNSURE, CLEAN, KEY_SEEN = 0, 1, 2
# Hits of the residual's screen looked at for a key before the clean proof takes over.
_HITS_LOOKED_AT = 64
_READ_ASCII = re.compile(r"[a-z0-9 ]*")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
# A character the normaliser may join with others across blanks ("k i l l"): a letter,
# digit or leet symbol standing alone.
_WORDISH = re.compile(r"[^\W_]|[@$\u20ac]")
_LONE_PIECE = re.compile(r"(?<![^\W_])(?<![@$\u20ac])[a-z0-9@$\u20ac](?![^\W_])(?![@$\u20ac])")


# Up to the next blank (what str.isspace calls one), or the end: the rest of a word.
_TO_A_BLANK = re.compile(r"\S*")
# ASCII to b" " for each character str.isspace calls a blank, b"x" for the rest
_ASCII_BLANKS = bytes(32 if chr(code).isspace() else 120 for code in range(256))
# | and ! runs in a post from which _runs_inert finds words' starts in a mask of blanks
_MANY_RUNS = 32


class ResidualScreen:
    """The part of a compiled library that screens a post's residual."""

    __slots__ = ()
    # set by CompiledLibrary
    _screen: Any
    _squeezable: bool
    _ascii_keys: bool
    _pieces: dict[str, tuple[tuple[int, str | None], ...]]
    _phrase_parts: PhraseParts
    _residual_memo: dict[str, str | None]
    _inert_memo: dict[str, bool]

    def _residual_verdict(self, text: str) -> int:
        """CLEAN if the residual of ``text`` shows that no key can match it; KEY_SEEN if a
        key stands in the residual (no clean proof can succeed: normalise at once); else
        UNSURE (the usual path decides)."""
        if len(text) > _LONG_POST:
            # A long paste full of evasions ("k1ll " a thousand times): its opening shows
            # the residual will not clear it, before the whole of it is read.
            cut = text.rfind(" ", 0, _OPENING)
            if cut > 0 and self._residual_verdict(text[:cut]) != CLEAN:
                return UNSURE
        # The post cut at whitespace (C speed), and each word replaced by its skeleton, or
        # an unusual word's by the skeleton of what stands for it, in one C-speed lookup
        # for the words read before (nearly all of them). Whitespace runs become one blank:
        # narrower gaps between words can only give the screen more hits, never fewer.
        words = text.split()
        skeletons = list(map(self._residual_memo.get, words))
        if None in skeletons:  # a word not read yet, or one nothing can stand for
            skeletons = self._read_words(words, skeletons)
            if skeletons is None:
                return UNSURE
        return self._screen_residual(text, f" {' '.join(skeletons)} ")

    def _read_words(self, words: list[str], skeletons: list[str | None]) -> list[str] | None:
        """``skeletons`` completed for the ``words`` not read before, or None if one of them
        has no stand-in (or the post brings more new unusual words than are worth
        reading)."""
        memo = self._residual_memo
        # Words read for this post alone, once the memo is full (a flood of distinct words).
        unkept: dict[str, str | None] = {}
        budget = _NEW_WORDS_PER_POST
        for index, skeleton in enumerate(skeletons):
            if skeleton is not None:
                continue
            word = words[index]
            skeleton = memo.get(word, _UNREAD)
            if skeleton is _UNREAD:
                skeleton = unkept.get(word, _UNREAD)
            if skeleton is _UNREAD:
                if _UNUSUAL_CHARACTER.search(word) is None:  # a plain word: as it is written
                    skeleton = self._without_inert_words(
                        word.encode().translate(SKELETON_BYTES, SKELETON_DELETE).decode()
                    )
                else:
                    budget -= 1
                    if budget < 0:  # a paste of new evasions: reading them all costs more
                        return None
                    skeleton = self._stand_in_skeleton(word)
                (memo if len(memo) < _MEMO_LIMIT else unkept)[word] = skeleton
            if skeleton is None:
                return None
            skeletons[index] = skeleton
        return skeletons  # type: ignore[return-value]

    def _stand_in_skeleton(self, word: str) -> str | None:
        """The skeleton of what stands for the unusual ``word``, or None if nothing can (or
        a 1 or 8 of it reads as a letter: the usual path decides)."""
        stand_in = self._read_alone(word)
        if stand_in is None:
            return None
        if ("1" in stand_in or "8" in stand_in) and reads_one_or_eight_as_letters(stand_in):
            return None
        return self._without_inert_words(
            stand_in.encode().translate(SKELETON_BYTES, SKELETON_DELETE).decode()
        )

    def _without_inert_words(self, skeleton: str) -> str:
        """``skeleton`` (of one word of a post) with each of its drawn-out words that no key
        can use, whatever else the post holds ("whyyy", "yesss" in most libraries), written
        as a mark no key holds: the screen's drawn-out detector would only send the post
        on to be ruled out again. No key starts, ends or goes through such a word (its
        letters written once fit no word of any key), so leaving it out is sound as leaving
        out any word is, and the mark keeps its neighbours apart."""
        if not self._squeezable or _DRAWN_OUT_LETTER.search(skeleton) is None:
            return skeleton
        parts = skeleton.split(" ")
        for at, part in enumerate(parts):
            if _DRAWN_OUT_LETTER.search(part) is not None and self._inert(part):
                parts[at] = _INERT_MARK
        return " ".join(parts)

    def _inert(self, drawn_out: str) -> bool:
        needed = self._needed_at(f"{drawn_out} ", 0)  # type: ignore[attr-defined]
        return needed is not None and not needed[0] and not needed[1]

    def _screen_residual(self, text: str, padded: str) -> int:
        """The verdict on ``text``, whose residual's skeleton is ``padded``: screened as a
        plain post, and if anything trips the screen, looked at as the clean proof looks."""
        hits = list(islice(self._screen.iter(padded), _HITS_LOOKED_AT + 1))
        if not hits:
            return CLEAN
        if len(hits) > _HITS_LOOKED_AT and "     " not in padded:
            return UNSURE  # as the clean proof would say
        # A key or a phrase stands in the residual: the post goes on to be normalised, with
        # no clean proof tried (a phrase in the residual is one in the post but where a word
        # left out brought its words together, and the normaliser finds nothing there
        # either). A key as written is looked for first: a post that holds one (most posts
        # with a hit) needs none of its phrases' anchors looked at.
        for _end, (_detector, screens, _words, _checks) in hits:
            if screens:
                return KEY_SEEN
        for end, (_detector, _screens, _words, checks) in hits:
            if checks and _phrase_hits(padded, end, checks):
                return KEY_SEEN
        # Every phrase's word is ruled out: only the detectors are left to look at.
        hits = [hit for hit in hits if hit[1][0]]
        if not hits and "     " not in padded:
            return CLEAN
        # A phrase's word, drawn-out letters, single letters side by side: look as the clean
        # proof does. The residual needs no leetspeak read back (its unusual words are read
        # already), so its skeleton is the proof's reading; whether single letters join is
        # asked of the post itself, since a stand-in ("k." for "k.’") may part separators
        # that were the same in the post.
        clean = self._screened_clean(  # type: ignore[attr-defined]
            padded, lambda: joins_separated(text), hits=hits
        )
        return CLEAN if clean else UNSURE

    def _read_alone(self, word: str) -> str | None:
        """What stands for ``word`` in the residual, or None if nothing can."""
        if len(word) > _LONGEST_WORD:
            return None
        folded = _fold(word)[0]
        others = other_readings(folded)
        if others and not self._others_are_inert(word, folded, others):
            return None
        reading = normalize_with_offsets(word, squeeze=False).text
        if self._ascii_keys:
            # An emoji or a letter of no key's script is a word no key holds: a blank.
            reading = _NOT_ASCII.sub(" ", reading)
        if _READ_ASCII.fullmatch(reading) is None:
            return None
        if not _keeps_lone_edges(folded, reading):
            return None
        # Blanks at its ends would only widen the gap between the words beside it (an
        # emoji stands for nothing at all, not for a gap wider than any key's).
        return reading.strip()

    def _runs_inert(self, text: str, spans: list[tuple[int, int]]) -> bool:
        """Whether reading the | and ! runs of ``text`` at ``spans`` as letters can find no
        match over any of them: each is in a word (between whitespace) that, read alone in
        every way, holds no key, and whose other readings have no single character at an
        end and no end word that a phrase could go on from (``_run_word_inert``). Only a
        match over a run counts from another reading (``ExactPass._exact_matches``), so
        then no other reading needs to be read."""
        memo = self._inert_memo
        end = -1
        # A paste of runs in words: each word's start found by one C search back to a blank
        # (every character str.isspace calls one written as a blank), not a step at a time.
        blanks = (
            text.encode().translate(_ASCII_BLANKS)
            if len(spans) >= _MANY_RUNS and text.isascii()
            else None
        )
        for a, b in spans:
            if a < end:
                continue  # in the word of the run before
            if blanks is not None:
                start = blanks.rfind(b" ", 0, a) + 1
            else:
                start = a
                while start > 0 and not text[start - 1].isspace():
                    start -= 1
            end = _TO_A_BLANK.match(text, b).end()  # type: ignore[union-attr]
            word = text[start:end]
            inert = memo.get(word)
            if inert is None:
                inert = self._run_word_inert(word)
                if len(memo) < _MEMO_LIMIT:
                    memo[word] = inert
            if not inert:
                return False
        return True

    def _run_word_inert(self, word: str) -> bool:
        """``_runs_inert`` for the one word ``word``, whose | and ! runs are read as in the
        post (a run's reading depends on the characters beside it only)."""
        if len(word) > _LONGEST_WORD:
            return False
        folded = _fold(word)[0]
        runs = _ambiguous_runs(word)
        if len(folded) != len(word) or _ambiguous_runs(folded) != runs or not runs:
            return False  # the fold moved or changed a run: not worth telling apart
        if not self._proves_clean(word, inert_runs=False):  # type: ignore[attr-defined]
            return False
        parts = self._phrase_parts
        for reading, _spans in _other_readings(folded):
            if _lone_at_an_edge(reading):
                return False
            for edge in _end_words(reading):
                for form in _written_once_or_twice(edge):
                    if _touches_a_phrase(form, parts):
                        return False
        return True

    def _others_are_inert(self, word: str, folded: str, others: list[tuple[str, Any]]) -> bool:
        """Whether the readings of ``word`` with its | and ! as letters ("lol!!" as "lolii",
        "lolll") can take no part in a match that its own reading ("lol") does not: no key
        in any of them, no single character at an end to join with the words beside it,
        and no end word that a phrase could go on from, unless its own reading has that
        word there too ("school!!" as "schoolll" is "school" drawn out)."""
        if not self._proves_clean(word):  # type: ignore[attr-defined]
            return False
        parts = self._phrase_parts
        own = _end_words(folded)
        for reading, _spans in others:
            if _lone_at_an_edge(reading):
                return False
            for edge in _end_words(reading):
                for form in _written_once_or_twice(edge):
                    if form not in own and _touches_a_phrase(form, parts):
                        return False
        return True


def _end_words(folded: str) -> set[str]:
    """The first and last words of the normaliser's reading of ``folded``."""
    words = normalize_with_offsets(folded, join_separated=False, squeeze=False).text.split()
    return {words[0], words[-1]} if words else set()


def _keeps_lone_edges(folded: str, reading: str) -> bool:
    """Whether each letter or digit standing alone at an end of ``folded`` is a word of its
    own at that end of ``reading``: in a post it may join the single characters of the
    words beside it ("k y s.z" is "kys z"), so a reading that joined it inside the word
    ("s.z" alone is "sz") cannot stand for the word."""
    words = reading.split()
    for lone in _LONE_PIECE.finditer(folded):
        piece = lone.group()
        if _WORDISH.search(folded, 0, lone.start()) is None and (not words or words[0] != piece):
            return False
        if _WORDISH.search(folded, lone.end()) is None and (not words or words[-1] != piece):
            return False
    return True


_DRAWN_OUT = re.compile(r"(.)\1\1+")


def _lone_at_an_edge(word: str) -> bool:
    """Whether ``word`` starts or ends with a letter or digit standing alone, which the
    normaliser may join with single characters of the words beside it. (One inside a word,
    as in "lesson-4?id=7", is read the same with or without the post around it.)"""
    for lone in _LONE_PIECE.finditer(word):
        if (
            _WORDISH.search(word, 0, lone.start()) is None
            or _WORDISH.search(word, lone.end()) is None
        ):
            return True
    return False


def _written_once_or_twice(word: str) -> set[str]:
    """``word``, and with each letter written three times or more written once, or twice
    ("lolll": "lol", "loll"), as the normaliser may read it."""
    if _DRAWN_OUT.search(word) is None:
        return {word}
    return {word, _DRAWN_OUT.sub(r"\1", word), _DRAWN_OUT.sub(r"\1\1", word)}


def _touches_a_phrase(word: str, parts: PhraseParts) -> bool:
    """Whether ``word`` could be part of a phrase key that goes on into the next word or
    comes from the one before: it is a whole word of one, or starts with the word a phrase
    may start a post's word with, or ends with one a phrase may end a word with."""
    whole, starts, ends = parts
    if word in whole or word in starts or word in ends:
        return True
    return any(word[:n] in starts or word[-n:] in ends for n in range(1, len(word)))
