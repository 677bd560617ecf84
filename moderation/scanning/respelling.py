"""Words of a post read back as the library's own words: typos, split words, run-together words.

A library lists "muslims are scum", "kill yourself", "me quiero suicidar"; students write
"musilms are scmu", "kill yuorself", "mus lims are scum", "me quiero suici dar", "gokys",
"yourworthless", "iwanttodie". The compiler derives keys for the typos of single words and of
a phrase's longest word (``moderation.scanning.forms``), but a phrase has several words and a
library has thousands of phrases: a key for every slip of every word of every phrase would
be hundreds of thousands. So the post is read again instead, with each word that is no word
of English or Spanish written as the library word it stands for:

* a typo: one letter dropped, doubled, swapped with its neighbour or hit on the key next to it
  ("scmu", "womne", "imigrants"), of a word of a phrase of four letters or more, or of a
  one-word term of six letters or more;
* a split word: a piece that is no word beside another, together a library word ("mus lims",
  "suici dar", "sch ool");
* a run-together word: cut into words, one of them the library's ("go kys", "your worthless",
  "i want to die").

Only a word that is in neither word list (``forms.load_word_lists``) is read again, so no
ordinary word is ever rewritten; and a typo of a short word counts only inside a phrase the
whole reading matches ("wmen are scum"), never alone. ``spanish.scan_post`` scans the reading
beside the post, as it scans chat spellings, and locates what only the reading has in the
post as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from moderation.scanning.entries import Entry
from moderation.scanning.forms import (
    _NOT_VERBS,
    GLUED_WORDS,
    _an_inflected_word,
    _one_slip,
    load_word_lists,
)
from moderation.scanning.forms import GLUED_BEFORE as _FORMS_GLUED_BEFORE
from moderation.scanning.normalize import normalize

# A typo of a word of a phrase is read back from this length (the phrase fences it: "scmu" is
# "scum" only in "... are scmu"); of a one-word term from MIN_TERM_TYPO (shorter ones are too
# near too many words, names and acronyms).
MIN_PHRASE_TYPO = 4
MIN_TERM_TYPO = 6
# A dropped letter is read back in words of this length or more ("wmen", not "kil").
MIN_DROPPED = 5
# A split or run-together word is read back where the library word is this long or more.
MIN_JOINED = 4
# The shortest piece of a split word read back ("mus lims", not "k ill": a single letter is
# the normaliser's, which joins "k i l l").
MIN_PIECE = 3
MIN_RUN_TOGETHER = 5
# The longest piece a run-together word is cut into, and the most pieces.
_LONGEST_PIECE = 16
_MOST_PIECES = 5
# Words a run-together word may be cut into besides the library's, where a library word is
# glued to them: before it ("gokys", "youfaggot", "dirtypaki") or after it ("kysnow", "stabthose",
# "matateya"). Nothing else: a word glued to another ordinary word is too often a word of its
# own that the word lists lack ("sentarse", "encono", "hotplug", "mecum").
GLUED_BEFORE = frozenset(
    [
        *_FORMS_GLUED_BEFORE,
        *"i go just so all u ur your im ima gonna wanna pls please send sending".split(),
        *"eres pinche maldito maldita puto puta".split(),
    ]
)
GLUED_AFTER = frozenset(
    [*GLUED_WORDS, *"me now already lol lmao pls please ya todos".split(), "yourself", "urself"]
)
_GLUE = GLUED_BEFORE | GLUED_AFTER | _NOT_VERBS | frozenset("a y o e de que te se me lo".split())
# Short words a sentence holds on its own, in English and Spanish (the word lists have none
# under three letters): two of them side by side are never one word split ("put a", "por no").
_SHORT_WORDS = _NOT_VERBS | frozenset(
    "a i o y e u de el la lo le se te me mi tu su un en es ya si al no con por sin que los las "
    "una del doesn didn isn wasn aren couldn wouldn shouldn hasn haven hadn weren won don ain "
    "can ll ve re".split()
)
# The one-letter words a run-together word may hold ("iwanttodie", "tevoyamatar").
_ONE_LETTER_PIECES = frozenset("iuayoe")
# Common words a slip may also stand for ("wmen": "women" or "when"): the rarer word wins, since
# a reading only counts where a library phrase matches with it.
_COMMON = _GLUE | frozenset(
    "what when where who how why with were will would could should them then than there "
    "their these those this that have has had been your you are and".split()
)
# Libraries read a process keeps (one or two in practice: tests compile their own).
_KEPT = 8


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What a library's words look like misspelt, split or run together."""

    words: frozenset[str]  # every word of every key
    slips: dict[str, tuple[str, bool]]  # typo -> (library word, counts only inside a phrase)
    heads: frozenset[str]  # the first part of a library word, split ("mus" of "muslims")
    tails: frozenset[str]  # and its last part ("lims")
    joined: frozenset[str]  # library words a split may make (MIN_JOINED letters or more)
    starts: frozenset[str]  # library words a run-together word may begin or end with
    prefixes: frozenset[str]  # terms matched as a word's start ("suicid"), and substrings
    prefix_sizes: tuple[int, ...]  # their lengths
    pieces: frozenset[str]  # words a run-together word may be cut into
    pairs: frozenset[str]  # two words side by side in a phrase ("are scum")
    # an automaton of the library's uncommon words, found inside a run-together word; None for
    # a library with none (an automaton without keys cannot be searched)
    cores: Any


def _plain(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def slips_of(word: str, known: frozenset[str], alone: bool = True) -> list[str]:
    """One-letter typos of ``word`` that are no word of either language; ``alone``: nor a form
    of one ("beamer"), for a word that counts on its own (a phrase's word is fenced by the
    phrase). A letter dropped is a typo of a phrase's word of five letters or more ("wmen"), of
    a word alone from seven ("suicde"; "coppa" is no "choppa"), never the last letter: "tiene"
    and "muera" are forms of "tienes" and "mueras", which the Spanish word list lacks."""
    found = _one_slip(word)  # (drops letters of words of seven letters or more)
    if alone:
        found.discard(word[:-1])
    else:
        if len(word) >= MIN_DROPPED:
            found.update(word[:i] + word[i + 1 :] for i in range(len(word) - 1))
        found.discard(word[:-1])
    found.discard(word)
    found -= known
    return [
        slip
        for slip in found
        if _THREE_IN_A_ROW.search(slip) is None and not (alone and _an_inflected_word(slip, known))
    ]


_THREE_IN_A_ROW = re.compile(r"(.)\1\1")


def lexicon(entries: Iterable[Entry], known: frozenset[str]) -> Lexicon:
    phrase_words: set[str] = set()
    phrase_keys: set[str] = set()
    term_words: set[str] = set()
    everyday_words: set[str] = set()
    prefixes: set[str] = set()
    for entry in entries:
        key = normalize(entry.term)
        words = key.split(" ")
        if not all(word.isalpha() and word.isascii() for word in words):
            continue
        if len(words) > 1:
            if entry.mode != "substring":
                phrase_words.update(words)
                phrase_keys.add(key)
        elif entry.mode == "word" and entry.severity > 1:
            # (an everyday word, severity 1, gets its typos read only inside a phrase: alone
            # it is recorded only in context anyway, and its slips are mostly other words)
            term_words.add(key)
        elif entry.mode == "word":
            everyday_words.add(key)
        elif len(key) >= MIN_JOINED:
            prefixes.add(key)
    words = frozenset(phrase_words | term_words | everyday_words)
    # typo -> the library words it may stand for, by rank: a rarer word before a common one
    owners: dict[str, list[tuple[bool, str, bool]]] = {}
    for word in words:
        # a typo counts alone only for a one-word term of MIN_TERM_TYPO letters or more; a
        # shorter one ("knief") only in a phrase that holds the word ("bring a knief")
        in_phrase_only = word not in term_words or len(word) < MIN_TERM_TYPO
        least = MIN_PHRASE_TYPO if word in phrase_words else MIN_TERM_TYPO
        if len(word) < least:
            continue
        for slip in slips_of(word, known, alone=not in_phrase_only):
            if slip not in words:
                owners.setdefault(slip, []).append((word in _COMMON, word, in_phrase_only))
    slips = {}
    for slip, found in owners.items():
        _common, word, in_phrase_only = min(found)
        slips[slip] = (word, in_phrase_only)
    joined = frozenset(word for word in words if len(word) >= MIN_JOINED)
    split = joined | prefixes
    heads = frozenset(word[:i] for word in split for i in range(MIN_PIECE, len(word)))
    tails = frozenset(word[i:] for word in split for i in range(1, len(word) - MIN_PIECE + 1))
    starts = frozenset(word for word in words if len(word) >= 3)
    pieces = frozenset(
        word for word in words | _GLUE if len(word) > 1 or word in _ONE_LETTER_PIECES
    )
    pairs = frozenset(
        " ".join(pair)
        for key in phrase_keys
        for pair in zip(key.split(" "), key.split(" ")[1:], strict=False)
    )
    # (a one-word term, or a phrase's word the word lists lack: "kys", "quiero"; an ordinary
    # word such as "school" or "high" is inside too many ordinary run-together words)
    cores = ahocorasick.Automaton()
    for word in (
        starts & (term_words | everyday_words | (phrase_words - known)) - _COMMON - _SHORT_WORDS
    ):
        cores.add_word(word, word)
    # and two words of a phrase run together ("wantto", "todie"), one of them uncommon
    for pair in pairs:
        first, second = pair.split(" ")
        if not {first, second} <= _COMMON | _SHORT_WORDS and first + second not in words:
            cores.add_word(first + second, first + second)
    cores.make_automaton()
    if cores.kind != ahocorasick.AHOCORASICK:
        cores = None
    return Lexicon(
        words,
        slips,
        heads,
        tails,
        joined,
        starts,
        frozenset(prefixes),
        tuple(sorted({len(p) for p in prefixes})),
        pieces,
        pairs,
        cores,
    )


_LEXICONS: dict[str, Lexicon] = {}


def lexicon_of(fingerprint: str, entries: Iterable[Entry]) -> Lexicon:
    """The lexicon of a library, worked out on its first post and kept by its fingerprint."""
    found = _LEXICONS.get(fingerprint)
    if found is None:
        if len(_LEXICONS) >= _KEPT:
            _LEXICONS.clear()
        found = _LEXICONS[fingerprint] = lexicon(entries, load_word_lists())
    return found


# An edit of a post: (start, end, what the reading writes there, its fence: what a match of
# the reading must do to count).
Edit = tuple[int, int, str, int]
# A match counts wherever it is; only where it reaches beyond the edit (a typo of a short word:
# "wmen are scum", never "wmen" alone); only where it holds two words of the edit (a word run
# together with an ordinary one: "iwanttodie" is "want to die", "sentarse" is no "arse").
ANYWHERE, BEYOND, ACROSS = 0, 1, 2


def words_of(text: str) -> list[str]:
    """The words of ``text``, lower-cased: its runs of letters (every post takes this: one
    bytes.translate and one split for an ASCII post)."""
    lower = text.lower()
    if lower.isascii():
        return lower.encode().translate(_LETTERS_ONLY).decode().split()
    return [word for word in _NOT_LETTERS.split(lower) if word]


# ASCII bytes: letters kept, everything else a blank.
_LETTERS_ONLY = bytes(c if chr(c).isalpha() else 32 for c in range(128)) + bytes(128)
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def edits(
    text: str,
    lex: Lexicon,
    known: frozenset[str],
    spellings: dict[str, str] | None = None,
    words: list[str] | None = None,
) -> list[Edit]:
    """Where ``text`` is to be read as the library's words (and as ``spellings`` say: chat
    spellings), in order; empty where no word of it is misspelt, split or run together.
    ``words``: ``words_of(text)``, where the caller has it."""
    if words is None:
        words = words_of(text)
    tokens = set(words)
    tokens.discard("")
    # Every rewrite starts from a word that is no English or Spanish word as written
    # (most posts have none near the library's words: a set difference and a few lookups).
    unknown = tokens.difference(known, _SHORT_WORDS, lex.words)
    chat = spellings is not None and not spellings.keys().isdisjoint(tokens)
    if not unknown and not chat:
        return []
    candidates = set()
    heads, tails, slips = lex.heads, lex.tails, lex.slips
    for word in unknown:
        plain = word if word.isascii() else _plain(word)
        if plain != word and (plain in known or plain in lex.words):
            continue  # "está", "papá": a word with its accent
        if plain in heads or plain in tails or plain in slips:
            candidates.add(word)
        elif lex.cores is not None and len(plain) >= MIN_RUN_TOGETHER and plain not in known:
            for _found in lex.cores.iter(plain):
                candidates.add(word)  # an uncommon library word inside it: worth cutting
                break
    if not candidates and not chat:
        return []
    # (first word, last word, what the reading writes, fence), by word index
    chosen: list[tuple[int, int, str, int]] = []
    plains = [_plain(word) for word in words] if candidates else words
    skip = -1
    for at, word in enumerate(words):
        if at <= skip:
            continue
        if chat:
            spelled = spellings.get(word)  # type: ignore[union-attr]
            if spelled is not None:
                chosen.append((at, at, spelled, ANYWHERE))
                continue
        if word not in candidates:
            continue
        plain = plains[at]
        a_word = plain in known
        slip = None if a_word else slips.get(plain)
        if slip is not None:
            if not slip[1]:
                chosen.append((at, at, slip[0], ANYWHERE))
                continue
            # a short word's typo counts in a phrase only: one the words beside it begin
            # or go on ("are scmu", "wmen are")
            if _pairs_with(slip[0], plains, at, lex):
                chosen.append((at, at, slip[0], BEYOND))
                continue
        if at + 1 < len(words) and _joins(plain, plains[at + 1], lex, known):
            chosen.append((at, at + 1, plain + plains[at + 1], ANYWHERE))
            skip = at + 1
            continue
        if at and not (chosen and chosen[-1][1] == at - 1):
            if _joins(plains[at - 1], plain, lex, known):
                chosen.append((at - 1, at, plains[at - 1] + plain, ANYWHERE))
                continue
        if not a_word and len(plain) >= MIN_RUN_TOGETHER:
            cut = run_together(plain, lex)
            if cut is None:
                continue
            if _glued(cut):
                chosen.append((at, at, " ".join(cut), ANYWHERE))
            elif any(f"{a} {b}" in lex.pairs for a, b in zip(cut, cut[1:], strict=False)):
                chosen.append((at, at, " ".join(cut), ACROSS))
    if not chosen:
        return []
    # Where each word is in the text (unless lower-casing changed its length: a dotted
    # capital I; then nothing is read again)
    lower = text.lower()
    if len(lower) != len(text):
        return []
    where = [(m.start(), m.end()) for m in _LETTERS.finditer(lower)]
    return [(where[a][0], where[b][1], written, fence) for a, b, written, fence in chosen]


def _pairs_with(word: str, plains: list[str], at: int, lex: Lexicon) -> bool:
    """Whether ``word``, standing for the post's word at ``at``, and the word before or after
    it are two words side by side in a library phrase."""
    if at and f"{plains[at - 1]} {word}" in lex.pairs:
        return True
    return at + 1 < len(plains) and f"{word} {plains[at + 1]}" in lex.pairs


def _joins(first: str, second: str, lex: Lexicon, known: frozenset[str]) -> bool:
    """Whether two words side by side are one library word split, not two words that stand on
    their own ("mus lims", not "put a", "hero in", "por narices"), nor a library word and the
    word after it ("cyberbullying is")."""
    if (
        first in _SHORT_WORDS
        or second in _SHORT_WORDS
        or not _a_library_word(first + second, lex, len(first))
    ):
        return False
    return not (_a_word_alone(first, known) and _a_word_alone(second, known))


def _a_word_alone(word: str, known: frozenset[str]) -> bool:
    return word in _SHORT_WORDS or (len(word) > 2 and word in known)


def _glued(cut: list[str]) -> bool:
    """Whether ``cut`` is one word with only glue before and after it ("go kys", "stab those")."""
    core = [at for at, piece in enumerate(cut) if piece not in GLUED_BEFORE | GLUED_AFTER]
    if len(core) != 1:
        return False
    at = core[0]
    return all(p in GLUED_BEFORE for p in cut[:at]) and all(p in GLUED_AFTER for p in cut[at + 1 :])


def _a_library_word(word: str, lex: Lexicon, split_at: int) -> bool:
    """Whether ``word`` is a word of the library's keys, or begins with a prefix term that
    ends past ``split_at`` (where the two pieces meet)."""
    if word in lex.joined:
        return True
    prefixes = lex.prefixes
    return any(word[:size] in prefixes for size in lex.prefix_sizes if size > split_at)


def run_together(word: str, lex: Lexicon) -> list[str] | None:
    """``word`` cut into words, at least one of them a library word of three letters or more
    ("gokys" -> "go kys"), the fewest pieces; None if it cannot be."""
    starts, pieces = lex.starts, lex.pieces
    size = len(word)
    # best[i]: the fewest pieces word[:i] is cut into, and where its last piece starts
    best: list[tuple[int, int] | None] = [None] * (size + 1)
    best[0] = (0, 0)
    for end in range(1, size + 1):
        for start in range(max(0, end - _LONGEST_PIECE), end):
            before = best[start]
            if before is None or word[start:end] not in pieces:
                continue
            count = before[0] + 1
            current = best[end]
            if current is None or count < current[0]:
                best[end] = (count, start)
    last = best[size]
    if last is None or last[0] < 2 or last[0] > _MOST_PIECES:
        return None
    cut: list[str] = []
    end = size
    while end:
        start = best[end][1]  # type: ignore[index]
        cut.append(word[start:end])
        end = start
    cut.reverse()
    if not any(piece in starts for piece in cut):
        return None
    return cut


def rewritten(text: str, found: list[Edit]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``text`` with ``found`` applied, and each edit's span: (start in the reading, end in
    the reading, start in ``text``, end in ``text``)."""
    pieces: list[str] = []
    spans: list[tuple[int, int, int, int]] = []
    position = length = 0
    for start, end, word, _fenced in found:
        before = text[position:start]
        pieces += (before, word)
        length += len(before)
        spans.append((length, length + len(word), start, end))
        length += len(word)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), spans


def counts(start: int, end: int, reading: str, fences: list[tuple[int, int, int]]) -> bool:
    """Whether a match of the reading from ``start`` to ``end`` holds a rewritten word and
    passes the fence of each: ``fences`` holds (start, end, fence) of each edit in the
    reading."""
    touched = False
    for a, b, fence in fences:
        if not (start < b and a < end):
            continue
        touched = True
        if fence == BEYOND and a <= start and end <= b:
            return False
        if fence == ACROSS and " " not in reading[max(start, a) : min(end, b)]:
            return False
    return touched
