"""How an entry's term becomes automaton keys: padding for word boundaries, elongated
forms, phrase anchors and gap widths, and the evasion detectors of the screening pass."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations
from typing import Any

import ahocorasick

from moderation.scanning.normalize import (
    normalize,
)

# Screening keys get gaps of one to four spaces ("kill... you" has four in the skeleton);
# phrases with more gaps are screened on their first words only, to bound the key count.
_GAP_VARIANT_LIMIT = 2
_GAP_WIDTHS = (1, 2, 3, 4)  # the skeleton squeezes wider gaps to one space
# Doubled letters a key may have elongated in a post ("killlll" normalises to "kil").
_ELONGATION_VARIANT_LIMIT = 4
_DIGIT_RUN = re.compile(r"([0345679])\1\1")
_LEET_DIGIT = re.compile("[0345679]")


# Candidate: (entry index, padded normalised key, elongated positions, lead pad, trail pad)
_Candidate = tuple[int, str, tuple[int, ...], int, int]
# A phrase screened on one of its words: (pattern finding the phrase as the skeleton may write
# it, the longest text it matches, words the entry's exceptions reach beyond the phrase, the
# pattern of its opening (its first words with gaps, or all of it), and the phrase as plain
# text if it is longer than its opening, else None, and a word of its opening other than the
# anchor). The compiler hands these over so that a scan groups phrases by their opening
# without reading the patterns, and runs a pattern only where its other word is near.
_Check = tuple[str, int, int, str, "str | None", str]
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
    # and the words students drop into a phrase (forms.FILLERS): a phrase is never screened on
    # its filler, or every "honestly" in a post would be sent on to be checked
    + "literally honestly kinda fucking literalmente ya como solo".split()
)


def _rarity(word: str) -> tuple[bool, int]:
    return word not in _COMMON_WORDS, len(word)


def _anchor(words: list[str]) -> int | None:
    """Which of a phrase's ``words`` to screen it on: the longest uncommon one, if any (one
    or two letters are common: "r u ok")."""
    best = max(range(len(words)), key=lambda i: _rarity(words[i]))
    return None if words[best] in _COMMON_WORDS or len(words[best]) < 3 else best


# The gaps between a phrase's words in the skeleton: the keys of phrases with only common words.
_GAPS = tuple(" " * width for width in _GAP_WIDTHS)


def _gap_variants(words: list[str]) -> list[str]:
    """``words`` joined by every mix of gap widths (the first gap varying slowest)."""
    variants = [words[0]]
    for word in words[1:]:
        variants = [variant + gap + word for variant in variants for gap in _GAPS]
    return variants


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


class _Rarity(dict[str, int]):
    """word -> ``_rarity(word)`` as one number that orders as it does (uncommon words above
    common ones, then the longer above the shorter), worked out once a word."""

    def __missing__(self, word: str) -> int:
        rarity = self[word] = (word not in _COMMON_WORDS) * _LONGER_THAN_ANY_WORD + len(word)
        return rarity


_LONGER_THAN_ANY_WORD = 1 << 20


class _AsWholeWord(dict[str, tuple[int, str]]):
    """word -> (_WHOLE_WORD, " word "), made once a word: thousands of phrases share it."""

    def __missing__(self, word: str) -> tuple[int, str]:
        place = self[word] = (_WHOLE_WORD, f" {word} ")
        return place


# The words of a library's phrase keys by where they sit in a post's word: the whole of it,
# its start (a phrase's last word written as a prefix), its end (a phrase's first word
# written as a suffix). Words of one-word keys are not here (the clean proof rules those out).
PhraseParts = tuple[frozenset[str], frozenset[str], frozenset[str]]


def _key_pieces(
    keys: Iterable[str], whole_words: Iterable[str] = ()
) -> tuple[dict[str, tuple[tuple[int, str | None], ...]], PhraseParts]:
    """word of a key -> where it sits in a post's word, and the key's rarest other word; and
    the words of phrase keys by where they sit (``PhraseParts``), gathered on the way.

    ``whole_words``: words that are keys of their own matched whole (" word "), given
    apart because a library has tens of thousands of them (its typos and word forms)."""
    phrases: defaultdict[str, set[tuple[int, str | None]]] = defaultdict(set)
    in_phrases: dict[int, set[str]] = {
        _WHOLE_WORD: set(),
        _WORD_START: set(),
        _WORD_END: set(),
        _ANYWHERE: set(),
    }
    single: dict[int, set[str]] = {
        _WHOLE_WORD: set(whole_words),
        _WORD_START: set(),
        _ANYWHERE: set(),
    }
    whole, start, anywhere = single[_WHOLE_WORD], single[_WORD_START], single[_ANYWHERE]
    rarity, as_whole_word = _Rarity(), _AsWholeWord()
    rank = rarity.__getitem__

    # most keys are in both automata, and many phrases are anchored as they are keyed
    for key in set(keys):
        word = key.strip(" ")
        if " " not in word:  # most keys: one word, as a word, a prefix or a substring
            if not word:
                continue
            if key[0] != " ":
                anywhere.add(word)
            elif key[-1] == " ":
                whole.add(word)
            else:
                start.add(word)
            continue
        if "  " in word:
            continue  # a phrase with a wider gap: the same words as with single blanks
        if key[0] == " " and key[-1] == " " and key[1] != " " and key[-2] != " ":
            # Most phrases: whole words, single-spaced (a library's typos and forms of its
            # phrases too): the rarest word (the first of equals) and, for it, the rarest of
            # the others, as the general case below ranks them.
            words = word.split(" ")
            ranks = list(map(rank, words))
            at = ranks.index(max(ranks))
            ranks[at] = -1
            rarest = as_whole_word[words[at]]
            runner_up = as_whole_word[words[ranks.index(max(ranks))]]
            for part in words[:at]:
                phrases[part].add(rarest)
            phrases[words[at]].add(runner_up)
            for part in words[at + 1 :]:
                phrases[part].add(rarest)
            in_phrases[_WHOLE_WORD].update(words)
            continue
        parts = key.split(" ")
        last = len(parts) - 1
        words = [index for index, part in enumerate(parts) if part]
        ranked = sorted(words, key=lambda index: rarity[parts[index]], reverse=True)
        for index in words:
            at = ranked[0] if ranked[0] != index else ranked[1]
            # the other word with the blanks it has in the key: " ugly " is no part of
            # " ugly's "
            other = " " * (at > 0) + parts[at] + " " * (at < last)
            where = _PLACES[index > 0, index < last]
            phrases[parts[index]].add((where, other))
            in_phrases[where].add(parts[index])
    pieces = {part: tuple(found) for part, found in phrases.items()}
    for where, words in single.items():
        alone = ((where, None),)
        for word in words & pieces.keys():  # a word of a phrase, or of another mode, too
            pieces[word] = (*pieces[word], *alone)
        pieces.update(dict.fromkeys(words - pieces.keys(), alone))
    parts = (
        frozenset(in_phrases[_WHOLE_WORD]),
        frozenset(in_phrases[_WORD_START]),
        frozenset(in_phrases[_WORD_END]),
    )
    return pieces, parts


@lru_cache(maxsize=65_536)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A phrase check's pattern, compiled when a post first needs it (compiling them all
    would double the time a library takes to compile)."""
    return re.compile(pattern)


def _phrase_hits(padded: str, end: int, checks: tuple[_Check, ...]) -> list[tuple[int, int, int]]:
    """[start, stop) and exception reach of each phrase found around the word that ends at
    ``end`` in ``padded`` (the same as the phrase's gap forms, had they been keys, would
    hit), each once."""
    any_of, reach_of_any, _gates, by_needle = _gated(checks)
    lo_any = max(0, end + 1 - reach_of_any)
    hi_any = end + reach_of_any
    if len(padded) < _REMEMBER_FROM:
        return _phrase_hits_in(padded, end, checks, lo_any, hi_any)
    # The patterns are literal words and blanks with no lookbehind or anchor, searched
    # within [lo_any, hi_any): what they find there depends on that stretch alone. A paste
    # repeats its sentences ("the student said i will kill you."), so each stretch is
    # searched once: thousands of anchors cost a slice and a lookup each.
    memo = _HITS_MEMO
    key = (id(checks), end - lo_any, padded[lo_any:hi_any])
    known = memo.get(key)
    if known is not None and known[0] is checks:
        return [(start + lo_any, stop + lo_any, words) for start, stop, words in known[1]]
    hits = _phrase_hits_in(padded, end, checks, lo_any, hi_any)
    if len(memo) >= _HITS_MEMO_LIMIT:
        memo.clear()
    memo[key] = (
        checks,
        tuple((start - lo_any, stop - lo_any, words) for start, stop, words in hits),
    )
    return hits


# Skeletons this long or longer (a paste) have their phrase searches remembered by stretch.
_REMEMBER_FROM = 1024
_HITS_MEMO_LIMIT = 4096
# (checks by identity, the anchor's place in the stretch, the stretch) -> (the checks, the
# hits with positions from the stretch's start)
_HITS_MEMO: dict[
    tuple[int, int, str], tuple[tuple[_Check, ...], tuple[tuple[int, int, int], ...]]
] = {}


def _phrase_hits_in(
    padded: str, end: int, checks: tuple[_Check, ...], lo_any: int, hi_any: int
) -> list[tuple[int, int, int]]:
    """``_phrase_hits`` searched afresh: every search lies within [lo_any, hi_any)."""
    any_of, _reach_of_any, _gates, by_needle = _gated(checks)
    find = padded.find
    # Only the groups whose other word is near the anchor: one str.find for all the
    # groups that share that word ("are" of "lesbians are ..."), not one search a phrase.
    # Every text a group's patterns match holds its other word, so where none is near, no
    # phrase is: the usual answer, found before any pattern runs.
    finder = _FINDERS[id(checks)]
    if finder is None:
        near = [gates for needle, gates in by_needle if find(needle, lo_any, hi_any) != -1]
    else:  # many other words ("terrorists" anchors "X are terrorists" for many an X)
        near = [
            by_needle[at][1]
            for at in sorted({at for _e, at in finder.iter(padded, lo_any, hi_any)})
        ]
    if not near or any_of.search(padded, lo_any, hi_any) is None:
        return []  # the usual answer: the word is there, none of its phrases is
    found: set[tuple[int, int, int]] = set()
    # The stretch every pattern below searches, its gaps narrowed to one blank: a phrase
    # whose pattern is its text with gaps ("immigrants are trash") can match only where
    # that text stands in it, one C-speed ``in`` instead of a pattern run (made at the
    # first such phrase: most posts stop at the gates above).
    narrowed = None
    for gate, widest, _members, wholes in (gate for gates in near for gate in gates):
        if gate is None:
            for (pattern, reach, words, _opening, _whole, needle), plain in wholes.alone:
                if plain is not None:
                    if narrowed is None:
                        narrowed = _narrowed(padded[lo_any:hi_any])
                    if plain not in narrowed:
                        continue  # nor is the phrase, with any gaps
                lo = max(0, end + 1 - reach)
                if find(needle, lo, end + reach) == -1:
                    continue  # the phrase's other word is not near: nor is the phrase
                for occurrence in _compiled(pattern).finditer(padded, lo, end + reach):
                    found.add((*occurrence.span(1), words))
            continue
        # Where the opening is ("te voy a", "me voy a": everyday Spanish), each phrase of
        # the group is looked for whole from there, within its own reach of the word.
        for occurrence in gate.finditer(padded, max(0, end + 1 - widest), end + widest):
            _opening_found(padded, end, occurrence.start(), wholes, found)
        for (pattern, reach, words, _opening, _whole, _needle), plain in wholes.unwritten:
            if plain is not None:
                if narrowed is None:
                    narrowed = _narrowed(padded[lo_any:hi_any])
                if plain not in narrowed:
                    continue
            for occurrence in _compiled(pattern).finditer(
                padded, max(0, end + 1 - reach), end + reach
            ):
                found.add((*occurrence.span(1), words))
    return list(found)


class _Wholes:
    """The phrases of a group that share an opening, by the text each is written whole as
    (by its length, for one slice and one lookup per length), with how many phrases have
    each reach and exception reach, and their patterns by those (with one pattern that
    matches where any of them does); and those no longer than their opening (searched
    for).

    ``alone``: for a group of one phrase (or of patterns with no shared opening), each
    check with the text its pattern matches single-spaced (``_plain``), or None.

    ``by_whole``: when every phrase's pattern is its whole text with gaps of one to four
    blanks between words (as the compiler writes them), the phrases by that text, single-
    spaced, with their reach, exception reach and pattern; ``lengths``: the lengths of
    those texts; ``widest``: the longest reach. A post's gaps read narrowed to one blank
    then find every phrase that may be there with one lookup a length, where one pattern
    per phrase would have run (hundreds share an opening: "novio de mi madre ...")."""

    __slots__ = (
        "by_length",
        "pairs",
        "patterns",
        "any_of",
        "unwritten",
        "alone",
        "by_whole",
        "lengths",
        "widest",
    )

    def __init__(self, members: list[_Check], alone: list[_Check] | None = None) -> None:
        self.by_length: dict[int, dict[str, list[tuple[int, int]]]] = {}
        self.pairs: dict[tuple[int, int], int] = {}
        self.patterns: dict[tuple[int, int], list[str]] = {}
        self.unwritten: list[tuple[_Check, str | None]] = []
        self.alone = [(check, _plain(check[0])) for check in alone or ()]
        by_whole: dict[str, list[tuple[int, int, str]]] | None = {}
        for check in members:
            pattern, reach, words, _opening, whole, _needle = check
            if whole is None:
                self.unwritten.append((check, _plain(pattern)))
                continue
            self.by_length.setdefault(len(whole), {}).setdefault(whole, []).append((reach, words))
            self.pairs[(reach, words)] = self.pairs.get((reach, words), 0) + 1
            self.patterns.setdefault((reach, words), []).append(pattern)
            if by_whole is not None:
                if pattern == _gapped(whole):
                    by_whole.setdefault(whole, []).append((reach, words, pattern))
                else:  # written some other way: each pattern is run, as it says
                    by_whole = None
        # each pattern is "(?=(phrase))": the phrases of a pair side by side, as one
        self.any_of = {
            pair: re.compile("|".join(f"(?:{pattern[4:-2]})" for pattern in patterns))
            for pair, patterns in self.patterns.items()
        }
        self.by_whole = by_whole if by_whole else None
        self.lengths = tuple(sorted({len(whole) for whole in by_whole})) if by_whole else ()
        self.widest = max((reach for reach, _words in self.pairs), default=0)


# How the compiler writes a phrase's pattern from its text (compiler.Compilation.phrase):
# each character escaped, a blank between words as a gap of one to four blanks, a blank at
# either end as exactly one.
_ESCAPED = {ord(c): re.escape(c) for c in map(chr, range(128)) if re.escape(c) != c}
_ESCAPED_WITH_GAPS = {
    **_ESCAPED,
    ord(" "): f" {{{min(_GAP_WIDTHS)},{max(_GAP_WIDTHS)}}}",
}


def _gapped(whole: str) -> str:
    """The pattern the compiler writes for a phrase written whole as ``whole``."""
    lead = " " if whole.startswith(" ") else ""
    trail = " " if len(whole) > len(lead) and whole.endswith(" ") else ""
    middle = whole[len(lead) : len(whole) - len(trail)]
    return f"(?=({re.escape(lead)}{middle.translate(_ESCAPED_WITH_GAPS)}{re.escape(trail)}))"


def _plain(pattern: str) -> str | None:
    """The text a phrase check's ``pattern`` matches with every gap one blank, if the
    pattern is the compiler's gapped form of a text (``_gapped``); else None (it is run
    wherever its other word is near, as before)."""
    if not (pattern.startswith("(?=(") and pattern.endswith("))")):
        return None
    inner = pattern[4:-2].replace(_ESCAPED_WITH_GAPS[ord(" ")], " ")
    text = _UNESCAPE.sub(r"\1", inner)
    return text if _gapped(text) == pattern else None


_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
# Blanks between words read as a phrase's gap reads them: a run of two to four as one, a
# wider run as a character no phrase holds between two blanks (a gap no pattern spans, but
# a blank a phrase may start or end on).
_WIDER_THAN_A_GAP = re.compile(f" {{{max(_GAP_WIDTHS) + 1},}}")
_A_GAP = re.compile(f" {{2,{max(_GAP_WIDTHS)}}}")
_NO_PHRASE_HOLDS = " \x00 "


def _narrowed(text: str) -> str:
    """``text`` (a stretch of a skeleton) with its gaps narrowed: wherever a phrase's
    pattern matches in ``text``, its text written single-spaced stands in the result."""
    if "  " not in text:
        return text
    return _A_GAP.sub(" ", _WIDER_THAN_A_GAP.sub(_NO_PHRASE_HOLDS, text))


def _opening_found(
    padded: str,
    end: int,
    start: int,
    wholes: _Wholes,
    found: set[tuple[int, int, int]],
) -> None:
    """What each phrase of a group gives for its opening found at ``start``: the phrase
    where the text goes on as it does, single-spaced or with wider gaps (and it fits the
    phrase's reach); as each phrase's own pattern would have found."""
    by_whole = wholes.by_whole
    if by_whole is not None:
        # A phrase's pattern matches here only where the text, its gaps narrowed to one
        # blank, starts with the phrase written whole: look each length up once, and run
        # the pattern (for its span in the post) only of a phrase found so.
        text = _narrowed(padded[start : end + wholes.widest])
        for length in wholes.lengths:
            owners = by_whole.get(text[:length])
            if owners is None:
                continue
            for reach, words, pattern in owners:
                if start >= end + 1 - reach:
                    occurrence = _compiled(pattern).match(padded, start, end + reach)
                    if occurrence is not None:
                        found.add((*occurrence.span(1), words))
        return
    whole_found: dict[tuple[int, int], int] = {}
    for length, phrases in wholes.by_length.items():
        owners = phrases.get(padded[start : start + length])
        if owners is None:
            continue
        for reach, words in owners:
            if start >= end + 1 - reach and start + length <= end + reach:
                found.add((start, start + length, words))
                whole_found[(reach, words)] = whole_found.get((reach, words), 0) + 1
    for (reach, words), count in wholes.pairs.items():
        if whole_found.get((reach, words), 0) < count and start >= end + 1 - reach:
            # one may be there with a wider gap: the usual answer is that none is
            if wholes.any_of[(reach, words)].match(padded, start, end + reach) is None:
                continue
            for pattern in wholes.patterns[(reach, words)]:
                occurrence = _compiled(pattern).match(padded, start, end + reach)
                if occurrence is not None:
                    found.add((*occurrence.span(1), words))


_Gate = tuple["re.Pattern[str] | None", int, list[_Check], _Wholes]
# (a pattern that matches wherever any phrase could, the widest reach, the groups, and the
# groups by the other word of their phrases, in order of first appearance)
_Gates = tuple["re.Pattern[str]", int, list[_Gate], list[tuple[str, list[_Gate]]]]
# checks (by identity; the tuple is kept, so its id is never another's) -> its gates
_GATES: dict[int, tuple[tuple[_Check, ...], _Gates]] = {}


def _gated(checks: tuple[_Check, ...]) -> _Gates:
    """``checks`` grouped by the opening their phrases share, and one pattern that matches
    wherever any of them could. A phrase longer than the words it is screened with is
    looked for by its first words, then whole ("te voy a" of every "te voy a ..." and of each
    typo of one): the opening matches wherever the whole phrase does, so where a group's
    opening is absent none of its phrases can be there, and where none of the openings
    and phrases is, nothing is. The hundreds of phrases a common word ("voy", "quiero")
    anchors cost one search."""
    known = _GATES.get(id(checks))
    if known is not None and known[0] is checks:
        return known[1]
    groups: dict[str, list[_Check]] = {}
    for check in checks:
        groups.setdefault(check[3], []).append(check)
    gates: list[_Gate] = []
    for opening, members in groups.items():
        widest = max(check[1] for check in members)
        if len(members) == 1 or "(" in opening:
            gates.append((None, widest, members, _Wholes([], members)))
        else:
            gates.append((_compiled(f"(?=({opening}))"), widest, members, _Wholes(members)))
    by_needle: dict[str, list[_Gate]] = {}
    for gate in gates:  # a group's phrases share their opening, so its other word too
        by_needle.setdefault(gate[2][0][5], []).append(gate)
    any_of = re.compile("|".join(f"(?:{opening})" for opening in groups))
    found = (any_of, max(gate[1] for gate in gates), gates, list(by_needle.items()))
    if len(_GATES) > 100_000:  # a library recompiled again and again: start afresh
        _GATES.clear()
        _FINDERS.clear()
    _GATES[id(checks)] = (checks, found)
    _FINDERS[id(checks)] = _needle_finder(list(by_needle))
    return found


# checks (by identity, as _GATES) -> an automaton of the other words of its phrase groups,
# each to its place in the groups by other word, or None where a str.find a word is quicker
_FINDERS: dict[int, Any] = {}
# Other words from this many on are looked for in one automaton pass, not one find each.
_MANY_NEEDLES = 12


def _needle_finder(needles: list[str]) -> Any:
    """An automaton that finds which of ``needles`` stand in a stretch of text (what
    ``str.find`` of each would say), or None if there are too few to be worth one."""
    if len(needles) < _MANY_NEEDLES or not all(needles):
        return None
    finder = ahocorasick.Automaton()
    for at, needle in enumerate(needles):
        finder.add_word(needle, at)
    finder.make_automaton()
    return finder


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
