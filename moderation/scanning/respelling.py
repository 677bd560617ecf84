"""Words of a post read back as the library's own words: typos, split words, run-together words.

A library lists "muslims are scum", "kill yourself", "me quiero suicidar"; students write
"musilms are scmu", "kill yuorself", "mus lims are scum", "me quiero suici dar", "gokys",
"yourworthless", "iwanttodie". The compiler derives keys for the typos of single words and of
a phrase's longest word (``moderation.scanning.forms``), but a phrase has several words and a
library has thousands of phrases: a key for every slip of every word of every phrase would
be hundreds of thousands. So the post is read again instead, with each word that is no word
of English or Spanish written as the library word it stands for:

* a typo: one letter dropped, doubled, swapped with its neighbour or hit on the key next to it
  ("scmu", "womne", "imigrants", "ang yourself"), of a word of a phrase of four letters or
  more, or of a one-word term of six letters or more; and of an insult or slur of four letters
  or more, or its plural, after a word that opens an insult ("you ugly whor", "a total cnut",
  "such a waner", "are feaks"), never in its first letter;
* a split word: a piece that is no word beside another, together a library word ("mus lims",
  "suici dar", "sch ool"), parted by a blank or one mark ("re,tard", "sl-ut"); an insult parted
  anywhere ("pak i", "r etard", "nig_gers"); any other library word parted anywhere only inside
  a phrase the post goes on with ("st ab you", "gay s are disgusting"); never at an apostrophe
  ("it's hit"), a number ("1990s and") or an initialism ("a BO", "U S hit");
* a run-together word: cut into words, one of them the library's ("go kys", "your worthless",
  "i want to die"), or an insult with articles, pronouns and intensifiers before it and
  function words or chat after it ("sucharetard", "atotalcunt", "hateniggers", "freakstbh"),
  as its capitals part it if it has any ("apiKey" is no "a pikey");
* "2" and "4" between words, for "to" and "for" ("goback2yourcountry", "want 2 die").

Every reading starts from a word that is in neither word list (``forms.load_word_lists``), or
a library word in neither ("tard"), so no ordinary word is ever rewritten alone; a typo of a
short word counts only inside a phrase the whole reading matches ("wmen are scum") or after a
word that opens an insult, never alone. ``spanish.scan_post`` scans the reading
beside the post, as it scans chat spellings, and locates what only the reading has in the
post as written.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any

import ahocorasick

from moderation.scanning.entries import Entry
from moderation.scanning.forms import (
    _NOT_VERBS,
    GLUED_WORDS,
    _an_inflected_word,
    _one_slip,
    load_word_lists,
    plural,
)
from moderation.scanning.forms import GLUED_BEFORE as _FORMS_GLUED_BEFORE
from moderation.scanning.keys import _COMMON_WORDS
from moderation.scanning.normalize import normalize

# A typo of a word of a phrase is read back from this length (the phrase fences it: "scmu" is
# "scum" only in "... are scmu"); of a one-word term from MIN_TERM_TYPO (shorter ones are too
# near too many words, names and acronyms).
MIN_PHRASE_TYPO = 4
MIN_TERM_TYPO = 6
# A dropped letter is read back in words of this length or more ("wmen", not "kil").
MIN_DROPPED = 4
# Last letters of Spanish words whose dropping may leave another form of the word.
_SPANISH_ENDINGS = frozenset("aeiousnr")
# A split or run-together word is read back where the library word is this long or more.
MIN_JOINED = 4
# The shortest piece of a split word read back ("mus lims", not "k ill": a single letter is
# the normaliser's, which joins "k i l l").
MIN_PIECE = 3
MIN_RUN_TOGETHER = 5
# A phrase's word looked for inside a run-together word from this length (an uncommon one).
MIN_CORE = 6
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
# The categories whose one-word terms are thrown at someone: slurs, insults, swearing.
INSULTING = frozenset({"hate", "bullying", "profanity"})
# An insult of four or five letters mistyped ("ur such an ugly sut", "a total cnut") counts
# after a word that opens an insult: a short slip alone is too near names and acronyms ("Sab",
# "COC"), but after "you", "such a", "ugly" it is the insult.
MIN_FRAMED = 4
# Words thrown before an insult: a three-letter slip counts only after one ("a total cun",
# "ugly sut"; "u cnt" is "you can't").
INSULTING_OPENERS = frozenset(
    "total totally absolute absolutely complete utter fucking fuckin fkn effing stupid dumb "
    "dirty filthy fat ugly lazy bloody".split()
)
OPENERS = INSULTING_OPENERS | frozenset("you u ur ya youre ure yur hate hates".split())
# and before a plural ("trans people are feaks")
PLURAL_OPENERS = frozenset("are r all those these".split())
# and "a" or "an" after one of these ("such a", "what a"); alone they open anything ("a CLI",
# "a caron", "a mingw build").
ARTICLE_OPENERS = frozenset("such what youre ur your ure yur".split())
_ARTICLES = frozenset(("a", "an"))
# Words a run-together insult or slur is glued to besides GLUED_BEFORE and GLUED_AFTER:
# articles, pronouns and intensifiers before it ("sucharetard", "atotalcunt", "whatadickhead",
# "hateniggers"), function words and chat after it ("disgustingand", "freakstbh").
RUN_BEFORE = OPENERS | frozenset(
    "a an the what such so hate hates im hes shes theyre are were is was be".split()
)
RUN_AFTER = frozenset("and or but tbh lol lmao omg smh ngl honestly nobody everyone".split())
_RUN_GLUE_BEFORE = GLUED_BEFORE | RUN_BEFORE
_RUN_GLUE_AFTER = GLUED_AFTER | RUN_AFTER
_RUN_GLUE = _RUN_GLUE_BEFORE | _RUN_GLUE_AFTER
_ANY_GLUE = _GLUE | _RUN_GLUE
# A piece of a split word this short or shorter is looked at only beside another piece.
_SHORT_PIECE = 2


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
    framed: dict[str, str]  # typo of a short insult -> the insult (counts after an opener)
    terms: frozenset[str]  # one-word terms
    insults: frozenset[str]  # one-word insults and slurs, and their plurals
    short_pieces: frozenset[str]  # the first and last one or two letters of those words
    odd_words: frozenset[str]  # library words that are no word of either language ("tard")
    insult_pieces: frozenset[str]  # the first and last parts of insults
    joinable: frozenset[str]  # what a split word may be: library words, insults, plurals
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
    phrase). A letter dropped is a typo of a phrase's word of four letters or more ("wmen",
    "ang yourself"), of a word alone from seven ("suicde"; "coppa" is no "choppa"), never the
    last letter of a word alone, nor a phrase's word's last vowel, s, n or r: "tiene" and
    "muera" are forms of "tienes" and "mueras", which the Spanish word list lacks."""
    found = _one_slip(word)  # (drops letters of words of seven letters or more)
    if alone:
        found.discard(word[:-1])
    else:
        if len(word) >= MIN_DROPPED:
            found.update(word[:i] + word[i + 1 :] for i in range(len(word) - 1))
        if len(word) < MIN_DROPPED or word[-1] in _SPANISH_ENDINGS:
            found.discard(word[:-1])
        else:  # (an English word's last consonant: "piece of shi", "sta you")
            found.add(word[:-1])
    found.discard(word)
    found -= known
    return [
        slip
        for slip in found
        if _THREE_IN_A_ROW.search(slip) is None and not (alone and _an_inflected_word(slip, known))
    ]


_THREE_IN_A_ROW = re.compile(r"(.)\1\1")


# A word this long that is no word of either language, two slips from a library word of as many
# letters or more, is read as it ("wothlless" for "worthless", "seextint" for "sexting"), unless
# one slip makes it a word of the lists: then it is that word mistyped. Looked at for at most
# MAX_TWO_SLIPS words a post (each costs a few hundred lookups; a paste of long made-up
# words must stay linear and cheap).
MIN_TWO_SLIPS = 8
MAX_TWO_SLIPS = 16
# (and no word longer than any library word mistyped: a paste of one endless "word" would
# otherwise make thousands of copies of it)
LONGEST_TWO_SLIPS = 24


def two_slips(
    word: str, slips: dict[str, tuple[str, bool]], known: frozenset[str]
) -> tuple[str, bool] | None:
    """The library word ``word`` is two slips from (through one of ``slips``), as ``slips``
    gives it, or None: where none is, where several are, or where one slip of ``word`` is a
    word of the lists (so no common word, however mistyped, becomes a hit)."""
    if _an_inflected_word(word, known) or _a_form_of_a_word(word, known):
        return None
    found = None
    for slip in _one_slip(word):
        if slip in known:
            return None
        owner = slips.get(slip)
        # (a slip of a word's first letter is rare: "shoeless" is no "hopeless")
        if owner is None or len(owner[0]) < MIN_TWO_SLIPS or owner[0][0] != word[0]:
            continue
        if found is not None and found[0] != owner[0]:
            return None
        found = owner
    return found


# A Spanish infinitive with its pronoun ("desnudarse", "cortarte"), which the word lists leave
# out, and an English plural in -ies of a listed word in -y ("nudities").
_CLITIC = re.compile(r"[aeií]r(?:se|te|me|nos|lo|la|le|los|las|les)\Z")


def _a_form_of_a_word(word: str, known: frozenset[str]) -> bool:
    if _CLITIC.search(word):
        return True
    return word.endswith("ies") and word[:-3] + "y" in known


def framed_slips(word: str, known: frozenset[str]) -> list[str]:
    """One-letter typos of an insult that count after a word that opens an insult ("you ugly
    whor", "a total cnut"): any letter but the first dropped, doubled, swapped or hit on the
    key beside it; none that is a word. (A slip of the first letter is too
    often another word the word lists lack: "little haps" is no "little japs".)"""
    found = _one_slip(word)
    found.update(word[:i] + word[i + 1 :] for i in range(len(word)))
    found.discard(word)
    found -= known
    return [
        slip
        for slip in found
        if len(slip) >= MIN_FRAMED - 1
        and slip[0] == word[0]
        and _THREE_IN_A_ROW.search(slip) is None
    ]


def lexicon(entries: Iterable[Entry], known: frozenset[str]) -> Lexicon:
    phrase_words: set[str] = set()
    phrase_keys: set[str] = set()
    term_words: set[str] = set()
    everyday_words: set[str] = set()
    prefixes: set[str] = set()
    insulting: set[str] = set()
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
            if entry.category in INSULTING and (len(key) >= MIN_FRAMED or key not in known):
                insulting.add(key)
        elif entry.mode == "word":
            everyday_words.add(key)
        elif len(key) >= MIN_JOINED:
            prefixes.add(key)
            if entry.category in INSULTING and entry.severity > 1 and entry.mode == "prefix":
                insulting.add(key)  # ("bitch", "fuck": "you fat bich")
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
    # an insult and its plural ("freak", "freaks"), and their slips that count after an opener
    insults = frozenset(insulting | {plural(word) for word in insulting})
    framed: dict[str, str] = {}
    for word in sorted(word for word in insults if len(word) >= MIN_FRAMED):
        for slip in framed_slips(word, known):
            if slip in words or slip in insults:
                continue
            current = slips.get(slip)
            if current is None or current[1]:  # (not where it counts anywhere already)
                framed.setdefault(slip, word)
    joined = frozenset(word for word in words if len(word) >= MIN_JOINED)
    split = joined | prefixes
    heads = frozenset(word[:i] for word in split for i in range(MIN_PIECE, len(word)))
    tails = frozenset(word[i:] for word in split for i in range(1, len(word) - MIN_PIECE + 1))
    starts = frozenset(word for word in words | insults if len(word) >= 3)
    pieces = frozenset(
        word
        for word in words | _GLUE | insults | RUN_BEFORE | RUN_AFTER
        if len(word) > 1 or word in _ONE_LETTER_PIECES
    )
    pairs = frozenset(
        " ".join(pair)
        for key in phrase_keys
        for pair in zip(key.split(" "), key.split(" ")[1:], strict=False)
    )
    # (a one-word term, or a phrase's word the word lists lack: "kys", "quiero"; an ordinary
    # word such as "school" or "high" is inside too many ordinary run-together words)
    cores = ahocorasick.Automaton()
    # (and a phrase's uncommon words of six letters or more: "areterroristsand")
    long_phrase_words = {
        word for word in phrase_words if len(word) >= MIN_CORE and word not in _COMMON_WORDS
    }
    for word in (
        starts
        & (term_words | everyday_words | (phrase_words - known) | long_phrase_words)
        - _COMMON
        - _SHORT_WORDS
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
        framed,
        frozenset(term_words | everyday_words),
        insults,
        frozenset(
            piece
            for word in split | insults
            for size in range(1, _SHORT_PIECE + 1)
            for piece in (word[:size], word[-size:])
        ),
        frozenset(word for word in words - known - _SHORT_WORDS if len(word) >= MIN_PIECE),
        frozenset(
            piece
            for word in insults
            for size in range(1, len(word))
            for piece in (word[:size], word[size:])
        ),
        frozenset(joined | insults | {word + "s" for word in joined}),
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


# The most edits a post is read again with: its first ones. A post's reading is scanned
# where it was edited, so a paste of thousands of respelt words ("re tard " 8,000 times) would
# cost a second scan of the whole paste; it is flagged by its first ones, as a post of
# thousands of matches is (matches.CONTEXT_LIMIT). Real posts have a few.
MAX_EDITS = 256
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
    digits = _digit_words(text, lex) if "2" in text or "4" in text else []
    tokens = set(words)
    tokens.discard("")
    # Every rewrite starts from a word that is no English or Spanish word as written
    # (most posts have none near the library's words: a set difference and a few lookups).
    unknown = tokens.difference(known, _SHORT_WORDS, lex.words)
    # and a library word that is no word of either language, a piece of an insult parted
    # ("re,tard", "nig_gers"): only split, never mistyped or cut
    pieces = set(lex.odd_words.intersection(tokens))
    pieces.intersection_update(lex.insult_pieces)
    chat = spellings is not None and not spellings.keys().isdisjoint(tokens)
    if not unknown and not chat and not pieces:
        return digits
    candidates = set()
    heads, tails, slips, framed = lex.heads, lex.tails, lex.slips, lex.framed
    lower = text.lower()
    # long words two slips from a library word ("wothlless"), at most MAX_TWO_SLIPS a post
    far: dict[str, tuple[str, bool]] = {}
    looked_far = 0
    for word in unknown:
        plain = word if word.isascii() else _plain(word)
        if plain != word and (plain in known or plain in lex.words):
            continue  # "está", "papá": a word with its accent
        if plain in heads or plain in tails or plain in slips or plain in framed:
            candidates.add(word)

        elif len(plain) <= _SHORT_PIECE:
            # "st ab", "gay s", "pak i": a piece of a split word (not an ending after an
            # apostrophe, "can't", nor an entity's name, "&gt;")
            if plain in lex.short_pieces and not (
                plain in _ENDINGS and any(m + plain in lower for m in _ENDING_MARKS)
            ):
                pieces.add(word)
        elif lex.cores is not None and len(plain) >= MIN_RUN_TOGETHER and plain not in known:
            for _found in lex.cores.iter(plain):
                candidates.add(word)  # an uncommon library word inside it: worth cutting
                break
        if (
            MIN_TWO_SLIPS <= len(plain) <= LONGEST_TWO_SLIPS
            and looked_far < MAX_TWO_SLIPS
            and word not in candidates
            and plain.isascii()
            and plain.isalpha()
            # (not a name or a foreign noun, written with a capital: "Ubermensch")
            and not text[max(lower.find(word), 0)].isupper()
        ):
            looked_far += 1
            found = two_slips(plain, slips, known)
            if found is not None:
                far[plain] = found
                candidates.add(word)
    if pieces:
        # a short piece or an odd library word, where it and the word beside it make one
        candidates |= _joining(words, pieces, lex)
    if not candidates and not chat:
        return digits
    # Where each word is in the text (unless lower-casing changed its length: a dotted
    # capital I; then nothing is read again), worked out when first needed
    if len(lower) != len(text):
        return []
    located: list[_WordSpans] = []

    def where_of() -> _WordSpans:
        if not located:
            located.append(_WordSpans(lower))
        return located[0]

    # (first word, last word, what the reading writes, fence), by word index
    chosen: list[tuple[int, int, str, int]] = []
    # A paste repeats its words: each word's cut (run together) and each pair's cheap test
    # (split) is worked out once a post.
    cuts: dict[str, tuple[list[str] | None, int | None]] = {}
    paired: dict[tuple[str, str], bool] = {}
    plains = (
        words
        if not candidates or text.isascii()
        else [word if word.isascii() else _plain(word) for word in words]
    )
    skip = -1
    for at, word in enumerate(words):
        if at <= skip:
            continue
        if len(chosen) == MAX_EDITS:
            break  # a paste, a bot: read again by its first edits (see MAX_EDITS)
        if chat:
            spelled = spellings.get(word)  # type: ignore[union-attr]
            if spelled is not None:
                # (a lone letter that begins an insult parted is that insult: "r etard")
                if (
                    len(word) == 1
                    and at + 1 < len(words)
                    and words[at + 1] in candidates
                    and _split(plains, at, lex, known, text, lower, where_of, paired) == ANYWHERE
                ):
                    chosen.append((at, at + 1, plains[at] + plains[at + 1], ANYWHERE))
                    skip = at + 1
                    continue
                chosen.append((at, at, spelled, ANYWHERE))
                continue
        if word not in candidates:
            continue
        plain = plains[at]
        a_word = plain in known
        slip = None if a_word else slips.get(plain) or far.get(plain)
        if slip is not None:
            if not slip[1]:
                chosen.append((at, at, slip[0], ANYWHERE))
                continue
            # a short word's typo counts in a phrase only: one the words beside it begin
            # or go on ("are scmu", "wmen are"); unless it is the first piece of a word
            # parted ("all blac.ks are": "blacks", not "black")
            if _pairs_with(slip[0], plains, at, lex) and (
                at + 1 == len(words)
                or _split(plains, at, lex, known, text, lower, where_of, paired) is None
            ):
                chosen.append((at, at, slip[0], BEYOND))
                continue
        insult = None if a_word else framed.get(plain)
        if insult is not None and _opened(plains, at, len(plain) < MIN_FRAMED, insult[-1] == "s"):
            # a short insult mistyped after "you", "such a", "ugly": not a name or an
            # acronym, which is written with a capital ("thank you Sab", "a COC")
            if text[where_of()[at][0]].islower() or not text[where_of()[at - 1][0]].islower():
                chosen.append((at, at, insult, ANYWHERE))
                continue
        if at + 1 < len(words):
            fence = _split(plains, at, lex, known, text, lower, where_of, paired)
            if fence is not None:
                chosen.append((at, at + 1, plain + plains[at + 1], fence))
                skip = at + 1
                continue
        if at and not (chosen and chosen[-1][1] == at - 1):
            fence = _split(plains, at - 1, lex, known, text, lower, where_of, paired)
            if fence is not None:
                chosen.append((at - 1, at, plains[at - 1] + plain, fence))
                continue
        if not a_word and len(plain) >= MIN_RUN_TOGETHER and word not in pieces:
            cut_and_fence = cuts.get(plain)
            if cut_and_fence is None:
                cut = run_together(plain, lex)
                fence = None if cut is None else _run_together_fence(cut, lex, known)
                cut_and_fence = cuts[plain] = (cut, fence)
            cut, fence = cut_and_fence
            if fence is None or not _keeps_capitals(text[slice(*where_of()[at])], cut):  # type: ignore[arg-type]
                continue
            chosen.append((at, at, " ".join(cut), fence))  # type: ignore[arg-type]
    if not chosen:
        return digits
    where = where_of()
    found = [(where[a][0], where[b][1], written, fence) for a, b, written, fence in chosen]
    return sorted(found + digits)[:MAX_EDITS] if digits else found


class _WordSpans:
    """Where each word of a text is, by its index: found as far as asked, since a paste is
    read again by its first edits only (MAX_EDITS) and needs the places of its start."""

    __slots__ = ("_found", "_rest")

    def __init__(self, lower: str) -> None:
        self._found: list[tuple[int, int]] = []
        self._rest = map(re.Match.span, _LETTERS.finditer(lower))

    def __getitem__(self, index: int) -> tuple[int, int]:
        found = self._found
        if index >= len(found):
            found.extend(islice(self._rest, index + _SPANS_AHEAD - len(found)))
        return found[index]


_SPANS_AHEAD = 64  # word places found past the one asked for, at C speed


# "2" and "4" for "to" and "for" between two words, glued to both or spaced from both
# ("goback2yourcountry", "want 2 die"): read so only where a phrase goes on past them.
_DIGIT_WORDS = {"2": "to", "4": "for"}


def _digit_words(text: str, lex: Lexicon) -> list[Edit]:
    """The edits that read "2" and "4" as words: glued between two words always (rare in
    clean text), spaced only beside a word a library phrase has next to "to" or "for" ("want 2
    die", not "scored 2 goals")."""
    found = []
    for start, spaced in _digits_between_words(text):
        end = start + 1
        word = _DIGIT_WORDS[text[start]]
        if spaced:
            before = _LETTERS.findall(text, max(0, start - _NEAR_DIGIT), start)
            after = _LETTERS.findall(text, end, end + _NEAR_DIGIT)
            pairs = lex.pairs
            if not (
                (before and f"{before[-1].lower()} {word}" in pairs)
                or (after and f"{word} {after[0].lower()}" in pairs)
            ):
                continue
        else:
            word = f" {word} "
        found.append((start, end, word, BEYOND))
    return found


_NEAR_DIGIT = 24


def _digits_between_words(text: str) -> list[tuple[int, bool]]:
    """Where each "2" or "4" of ``text`` stands between two words, and whether it is spaced
    from them (most such digits are in numbers: a pattern finds the few with a word
    character either side, glued or one blank away, and those are looked at closely)."""
    found = []
    for near in _DIGIT_BETWEEN_WORDS.finditer(text):
        if len(found) == MAX_EDITS:
            break
        at = near.start()
        before, after = text[at - 1], text[at + 1]
        if before.isalpha() and after.isalpha():
            found.append((at, False))
        elif before == " " == after and text[at - 2].isalpha() and text[at + 2].isalpha():
            found.append((at, True))
    return found


# A "2" or "4" with a word character just before and after it, or one blank away from both
# (\w holds every letter ``str.isalpha`` knows, and more). The digit comes first, so the
# pattern skips from one 2 or 4 to the next.
_DIGIT_BETWEEN_WORDS = re.compile(r"[24](?:(?<=\w.)(?=\w)|(?<=\w .)(?= \w))")


def _joining(words: list[str], pieces: set[str], lex: Lexicon) -> set[str]:
    """Those of ``pieces`` that make a library word with the word before or after them
    (each pair of neighbours looked at once: a long paste repeats its pairs)."""
    found = set()
    joinable = lex.joinable
    for first, second in set(zip(words, words[1:], strict=False)):
        if (first in pieces or second in pieces) and first + second in joinable:
            if first in pieces:
                found.add(first)
            if second in pieces:
                found.add(second)
    return found


def _opened(plains: list[str], at: int, short: bool, plural: bool) -> bool:
    """Whether the word before ``at`` opens an insult: "you", "ugly", "stupid", "a total", "a"
    after "such" or "what", or "are" before a plural; before a ``short`` slip, only a word
    thrown with insults ("ugly", "total")."""
    if not at:
        return False
    before = plains[at - 1]
    if short:
        return before in INSULTING_OPENERS
    if before in OPENERS or (plural and before in PLURAL_OPENERS):
        return True
    return before in _ARTICLES and at > 1 and plains[at - 2] in ARTICLE_OPENERS


def _split(
    plains: list[str],
    at: int,
    lex: Lexicon,
    known: frozenset[str],
    text: str,
    lower: str,
    where_of: Callable[[], _WordSpans],
    memo: dict[tuple[str, str], bool] | None = None,
) -> int | None:
    """The fence under which the words at ``at`` and ``at + 1`` are read as one library word
    split (None: they are not). Anywhere: pieces of three letters or more, not both words of
    their own ("mus lims"), or an insult parted anywhere ("pak i", "sl ut", "r etard"). Only
    inside a phrase the rest of the post goes on with: any other library word parted ("st ab
    you", "gay s are disgusting"), where one piece at least is no word of its own. Never at
    an apostrophe ("it's hit", "he's ex"), nor beside another lone letter ("U S hit").
    ``memo``: for one post, whether a pair of words may make a library word at all."""
    first, second = plains[at], plains[at + 1]
    joined = first + second
    whole = joined in lex.joined
    insult = joined in lex.insults and len(joined) >= MIN_FRAMED
    if not (whole or insult):
        # (most pairs a post's pieces make fail here: the cheap test first, once a pair)
        pair = (first, second)
        may = memo.get(pair) if memo is not None else None
        if may is None:
            may = _a_library_word(joined, lex, len(first)) or (
                joined[-1] == "s" and joined[:-1] in lex.joined
            )
            if memo is not None:
                memo[pair] = may
        if not may:
            return None
    where = where_of()
    start, end = where[at][0], where[at + 1][1]
    # one blank or mark between the pieces, no digit or apostrophe beside them ("1990s and",
    # "13th is", "the dog's laps")
    between = text[where[at][1] : where[at + 1][0]]
    if between not in _INSIDE_A_WORD:
        return None
    if (start and text[start - 1] in _NOT_A_SPLIT) or text[end : end + 1] in _NOT_A_SPLIT:
        return None
    # written alike: "a BO", "Disable D", "check S" are a word and an initialism
    written = text[where[at + 1][0] : where[at + 1][1]]
    if not written.islower() and not text[where[at][0] : where[at][1]].isupper():
        return None
    if min(len(first), len(second)) >= MIN_PIECE and _joins(first, second, lex, known):
        # (by a prefix term only where little follows it: "suici dal", not "bit checksums")
        if whole or any(
            joined[:size] in lex.prefixes and len(joined) - size <= _AFTER_PREFIX
            for size in lex.prefix_sizes
        ):
            return ANYWHERE
    if len(first) == 1 and at and len(plains[at - 1]) == 1:
        return None
    if len(second) == 1 and at + 2 < len(plains) and len(plains[at + 2]) == 1:
        return None
    if _alone(first, known) and _alone(second, known):
        return None  # two words ("to do", "lo ves"), which the post reads as written
    return ANYWHERE if insult else BEYOND


def _alone(word: str, known: frozenset[str]) -> bool:
    """A word a sentence holds on its own, two-letter ones too ("put as", "a bo")."""
    return _a_word_alone(word, known) or word in _TWO_LETTER_WORDS


_TWO_LETTER_WORDS = frozenset(
    "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ya".split()
)
# Letters that may follow a prefix term in a word split in two ("suici dal", "bitch es").
_AFTER_PREFIX = 4


# What a student puts inside a word to part it: a blank or one mark ("ter rorist", "re.tard",
# "sl-ut"); not a bracket, slash or quote, which code and quotations put beside words.
_ENDING_MARKS = ("'", "\u2019", "&")
# (the endings and entity names those come before)
_ENDINGS = frozenset("t s m d ll re ve gt lt".split())
_INSIDE_A_WORD = frozenset(" .,-_*~^:;!?")
# What parts a word from an ending rather than a word in two: an apostrophe ("it's hit",
# "father's"), a digit.
_NOT_A_SPLIT = frozenset("'`\u2019\u2018\u00b4") | frozenset("0123456789")


def _keeps_capitals(written: str, cut: list[str]) -> bool:
    """Whether ``cut`` parts a word written with capitals inside it ("apiKey", "anyId",
    "deleteMe") where its capitals part it: an identifier or a hashtag is read by them
    ("api key", not "a pikey")."""
    if written.islower() or written.isupper() or written[1:].islower():
        return True
    ends = set()
    position = 0
    for piece in cut:
        position += len(piece)
        ends.add(position)
    return all(
        at in ends
        for at in range(1, len(written))
        if written[at].isupper() and written[at - 1].islower()
    )


def _run_together_fence(cut: list[str], lex: Lexicon, known: frozenset[str]) -> int | None:
    """The fence under which a run-together word, ``cut`` into words, is read as those words
    (None: it is not). Anywhere: one library word with only glue before and after it ("go
    kys", "stab those"), or an insult or uncommon term with articles, pronouns, intensifiers
    before it and function words or chat after it ("such a retard", "a total cunt", "hate
    niggers", "kys nobody", "freaks tbh"); only inside a phrase the post goes on with, where
    that word is an ordinary one ("are terrorists and"). Across two of its words: two words
    side by side in a library phrase ("want to die"), where the rest is not glue."""
    if _glued(cut):
        # (an ordinary word glued to a pronoun may be a word of its own the lists lack:
        # "ulonger", "iturner"; a term or an insult is the term)
        core = next(p for p in cut if p not in GLUED_BEFORE | GLUED_AFTER)
        return ANYWHERE if core in lex.terms or core in lex.insults or core not in known else BEYOND
    core = [at for at, piece in enumerate(cut) if piece not in _RUN_GLUE]
    # (one lone letter at most: "Iacono" is no "i a cono")
    if len(core) == 1 and sum(len(piece) == 1 for piece in cut) <= 1:
        at = core[0]
        word = cut[at]
        if all(p in _RUN_GLUE_BEFORE for p in cut[:at]) and all(
            p in _RUN_GLUE_AFTER for p in cut[at + 1 :]
        ):
            return ANYWHERE if word in lex.insults else BEYOND
    if any(f"{a} {b}" in lex.pairs for a, b in zip(cut, cut[1:], strict=False)):
        return ACROSS
    return None


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
    return any(word[:size] in prefixes for size in lex.prefix_sizes if split_at < size <= len(word))


def run_together(word: str, lex: Lexicon) -> list[str] | None:
    """``word`` cut into words, at least one of them a library word of three letters or more
    ("gokys" -> "go kys"), the fewest pieces; None if it cannot be."""
    starts, pieces = lex.starts, lex.pieces
    size = len(word)
    # best[i]: the fewest pieces word[:i] is cut into, of those the fewest that are not glue
    # ("are terrorists and", not "are terrorist sand"), and where its last piece starts
    best: list[tuple[int, int, int] | None] = [None] * (size + 1)
    best[0] = (0, 0, 0)
    for end in range(1, size + 1):
        for start in range(max(0, end - _LONGEST_PIECE), end):
            before = best[start]
            if before is None:
                continue
            piece = word[start:end]
            if piece not in pieces:
                continue
            rank = (before[0] + 1, before[1] + (piece not in _ANY_GLUE))
            current = best[end]
            if current is None or rank < current[:2]:
                best[end] = (*rank, start)
    last = best[size]
    if last is None or last[0] < 2 or last[0] > _MOST_PIECES:
        return None
    cut: list[str] = []
    end = size
    while end:
        start = best[end][2]  # type: ignore[index]
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


def _fence_end(fence: tuple[int, int, int]) -> int:
    return fence[1]


def counts(start: int, end: int, reading: str, fences: list[tuple[int, int, int]]) -> bool:
    """Whether a match of the reading from ``start`` to ``end`` holds a rewritten word and
    passes the fence of each: ``fences`` holds (start, end, fence) of each edit in the
    reading."""
    touched = False
    # (the fences are in order and apart: from the first that ends after the match starts,
    # so a post with thousands of edits is not read once a match)
    for at in range(bisect_right(fences, start, key=_fence_end), len(fences)):
        a, b, fence = fences[at]
        if a >= end:
            break
        touched = True
        if fence == BEYOND and a <= start and end <= b:
            return False
        if fence == ACROSS and " " not in reading[max(start, a) : min(end, b)]:
            return False
    return touched
