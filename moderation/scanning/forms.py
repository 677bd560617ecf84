"""The other ways students write a keyword, derived when a library is compiled.

A library lists ``kill``, ``slut``, ``stab``; students write ``killed``, ``sluts``,
``stabthose`` and ``suicidle``. Three kinds of derived key, each fenced so that no ordinary
word becomes a hit, in English or in Spanish (the fence is two word lists in ``data/``, from
Debian's ``wamerican`` and ``wspanish``, rebuilt by ``python -m moderation.scanning.forms
--rebuild LANGUAGE WORD_LIST`` and read only while compiling):

* Word forms, by rule: -s/-es/-ies for any word term of three letters or more; -ed and -ing
  (dropping a silent e, doubling a final consonant after one short vowel: stab, stabbed)
  for terms of four letters or more; -er/-ers for terms aimed at someone (violence,
  self-harm, bullying, hate) where the result is no English word ("stabber", not "killer",
  which mostly praises). A form that is an English word although
  its term is not one is a different word ("spic" is not a word, "spiced" is): left out.
  The first word of a short phrase gets the same verb forms ("killing yourself") and, for the
  verbs of harm that do not take "-ed", their irregular past ("gave up on life", "beaten me
  up"), and its last word, where it is an English noun with an English plural, the plural
  ("gift cards"); a plural after a possessive its singular ("slit my wrists": "slit my
  wrist"); a reflexive its plural ("kill myself": "kill ourselves"); and a phrase that ends in
  "you" the "thee" of old plays, which a threat may be dressed in. A word in -y (or -s, -x,
  -ch) also gets the plain "-s" of its possessive, the apostrophe dropped, which is how
  students misspell its plural ("trannys"). Drug words get no forms, but a drug phrase's verb
  before its object does ("smoked a joint").
* Run-together words: a term of four letters or more that is severe, or of violence,
  self-harm, bullying or hate, glued to the pronoun or people it is aimed at ("stabthose",
  "killhim", "killurself"), unless the glued word is a word of its own; a slur or insult
  (hate, bullying) glued to the word before it ("fuckingfaggot", "stupidniggers",
  "urafreak"); and a phrase with two of its words run together ("all muslimsare ...").
* One-letter typos of terms of six letters or more (up to ``TYPO_BUDGET`` keys a library,
  the most severe terms first): a letter dropped, doubled or replaced by its neighbour on
  the keyboard, or two letters swapped ("suicdie", "terrorsit"), six letters or more
  themselves (shorter slips are too near too many words and acronyms: "COPPA"). A typo
  that spells a word ("bigger" for "bugger") or a form of one ("beamer") is that word: left
  out. A prefix term gets the typos of the commonest words it begins ("suicid": "suicde",
  "suicidla").
* A severe eating-disorder phrase with "myself" said of a friend ("starving herself", "makes
  himself throw up"), as a witness tells it.
* A Spanish phrase that opens with a pronoun and a present verb, in the imperfect and the
  preterite ("me toca las piernas" -> "me tocaba las piernas"), for disclosures told in the past.
* Spanish reflexive verbs in the first and second person ("unirse a la yihad" -> "unirme a
  la yihad", "cortarse" -> "cortarme"), for entries of a Spanish library.
* A phrasal verb's particle after its object ("burn the school down" for "burn down the
  school").
* Fillers: a severe phrase of self-harm, violence or bullying with a word students drop into
  it before its last word ("want to like die", "end my fucking life", "kill my fucking self").
* Starred-out words: a slur or swear word (hate, bullying, profanity) of four letters or
  more with one vowel inside it starred out, as the normaliser writes it ("f*ggot" is
  "f ggot"), unless a half is a word of its own ("c on" for "coon").

Derived keys match as whole words, with the entry's own category, severity and definition;
a school that wants none of them writes the forms it wants as entries of their own.
"""

from __future__ import annotations

import gzip
import re
import sys
from bisect import bisect_left
from collections.abc import Iterable
from itertools import chain
from pathlib import Path
from typing import Any

from moderation.scanning.normalize import normalize

# Word lists of the languages our libraries are written in, as the normaliser writes words.
WORD_LISTS = {
    "english": Path(__file__).with_name("data") / "english_words.txt.gz",
    "spanish": Path(__file__).with_name("data") / "spanish_words.txt.gz",
}

_VOWELS = frozenset("aeiou")
_PLAIN_WORD = re.compile("[a-z]+")
_THREE_IN_A_ROW = re.compile(r"(.)\1\1")
# Words a severe term is glued to in a threat or an insult: pronouns, determiners, people.
GLUED_WORDS = ("you u ya yourself urself him her them those everyone people myself").split()
# Words glued before a slur or an insult in a hurry or to slip past a filter: "fuckingfaggot",
# "stupidniggers", "urafreak".
GLUED_BEFORE = (
    "you u ur ya youre ura fucking fuckin stupid dumb dirty filthy fat ugly lazy bloody little "
    "all the puto puta putos putas pinche maldito maldita eres sucio sucia"
).split()
# The categories whose words are thrown at people, and so glued to what qualifies them.
THROWN = frozenset({"hate", "bullying"})
# The categories whose words students star out to slip past a filter ("f*ggot", "sh*t").
MASKED = THROWN | {"profanity"}
# Function words that are not verbs: a phrase starting with one gets no verb forms.
_NOT_VERBS = frozenset(
    "i im you he she we they it its my your his her our their the a an to of in on at for "
    "and or is are was be no not dont go so u ur this that".split()
)
# Object words: a word before one is a verb ("cut myself", "end it all", "hit me").
_OBJECTS = frozenset(
    "me myself you yourself urself him himself her herself them themselves it us everyone".split()
)
# A phrase's reflexive object in the plural, for a phrase said to a group ("kill yourselves").
_PLURAL_OBJECTS = {
    "yourself": "yourselves",
    "urself": "urselves",
    "ourself": "ourselves",
    # said of a group the writer is in, or of others ("we should all kill ourselves", "they
    # tried to hang themselves")
    "myself": "ourselves",
    "himself": "themselves",
    "herself": "themselves",
}
# The possessives before a body part or a belonging that ends a phrase ("slit my wrists").
_POSSESSIVES = frozenset("my your ur his her their our".split())
# Keys next to each other on a QWERTY keyboard: the usual slips of a finger.
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
MIN_TYPO_LENGTH = 6
MIN_INFLECTED_LENGTH = 4
MIN_PHRASE_VERB_LENGTH = 3
SEVERE = 3
# Drug slang is mostly ordinary words (weed, pot, grass, joint, crack): their forms are
# nearly always the ordinary sense ("pull the weeds"), so drug entries get none.
UNINFLECTED = frozenset({"drugs"})
# What opens the object of a drug phrase's verb: "smoke a joint", "roll some weed".
_DRUG_OBJECT_OPENERS = frozenset("a an some my the".split())
# Categories whose words are mostly nouns that hurt by being said (slurs, swearing); bullying
# holds verbs too ("bully", "bullied").
INSULTS = frozenset({"hate", "profanity"})
# Categories whose one-word terms are slurs: mistyped with any vowel for another ("niggar"), as a
# slur is spelt by ear far more often than an ordinary word is.
SLURS = frozenset({"hate"})
# Categories whose words are aimed at someone even at low severity ("stab" is low until its
# context says otherwise, and "stabthose" is that context).
AIMED = frozenset({"violence", "self_harm", "bullying", "hate"})
# At most this many typo keys per library, the most severe terms first: a library of
# thousands of long terms would otherwise take seconds to compile. The starter libraries
# (about 1,450 entries) derive about 30,000 and all fit, so a slur of severity 2 or 3 gets its
# typos as a severity-4 phrase does (8,000 covered severity 4 and a sliver of 3).
TYPO_BUDGET = 40_000
# And at most this many keys of word forms and run-together words, most severe first. The
# starter libraries (about 5,150 entries) derive about 46,500: every entry gets its forms, with
# room for more (at 30,000 the mildest entries, "kill" and Spanish insults, lost theirs; the
# fillers of severe phrases and the Spanish plurals of every library took it past 45,000).
FORMS_BUDGET = 65_000


def _keyboard_neighbours() -> dict[str, str]:
    where = {c: (r, i) for r, row in enumerate(_KEYBOARD_ROWS) for i, c in enumerate(row)}
    near: dict[str, str] = {}
    for char, (r, i) in where.items():
        found = []
        for other, (r2, i2) in where.items():
            if other != char and abs(r - r2) <= 1 and abs(i - i2) <= 1:
                found.append(other)
        near[char] = "".join(sorted(found))
    return near


_NEAR = _keyboard_neighbours()


def load_word_lists(paths: Iterable[Path] = WORD_LISTS.values()) -> frozenset[str]:
    """The words of every language the derived keys are fenced with (empty if the files
    are gone: then no typo or glued key is derived at all, rather than unfenced ones).

    Read once a process: every compile fences with the same object, so the sorted copy
    ``completions`` looks prefixes up in is made once too (a second, equal set would be
    compared word by word on every lookup)."""
    paths = tuple(paths)
    known = _WORDS_READ.get(paths)
    if known is not None:
        return known
    lists = []
    for path in paths:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                lists.append(handle.read().split())
        except OSError:
            return frozenset()
    known = _WORDS_READ[paths] = frozenset(chain.from_iterable(lists))
    for words in lists:
        words.sort()  # as each file is written: a glance, not a sort
    _ORDERED[known] = tuple(lists)
    return known


_WORDS_READ: dict[tuple[Path, ...], frozenset[str]] = {}


def _single_vowel_group(word: str) -> bool:
    groups = 0
    previous = False
    for char in word:
        vowel = char in _VOWELS
        if vowel and not previous:
            groups += 1
        previous = vowel
    return groups == 1


def _verb_stem(word: str) -> str:
    """What -ed, -ing and -er attach to: "stab" -> "stabb", "rape" -> "rap", "kill" -> "kill"."""
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1]
    if (
        len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "cwxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
        and _single_vowel_group(word)
    ):
        return word + word[-1]
    return word


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def plurals(word: str, known: frozenset[str]) -> list[str]:
    """The plural of ``word``, and for a noun in -fe or -f its plural in -ves where that is an
    English word ("knife" -> "knives", "thief" -> "thieves"; never "safe" -> "saves" unless
    the term is itself a word, whose forms are its own)."""
    found = [plural(word)]
    stem = word[:-2] if word.endswith("fe") else word[:-1] if word.endswith("f") else ""
    if stem and stem + "ves" in known:
        found.append(stem + "ves")
    return found


# The past of the verbs of harm that do not take "-ed", for a phrase they open ("shoot up the
# school" -> "shot up the school", "take all my pills" -> "taken all my pills").
IRREGULAR_PAST = {
    "shoot": ("shot",),
    "take": ("took", "taken"),
    "hang": ("hung",),
    "throw": ("threw", "thrown"),
    "burn": ("burnt",),
    "stick": ("stuck",),
    "blow": ("blew", "blown"),
    "bring": ("brought",),
    "sell": ("sold",),
    "buy": ("bought",),
    "send": ("sent",),
    "eat": ("ate", "eaten"),
    "drink": ("drank", "drunk"),
    "fight": ("fought",),
    # (issue 17, tenth set: "gave up on life", "felt like dying", "beaten me up", "made myself
    # bleed", "met me after school")
    "give": ("gave", "given"),
    "feel": ("felt",),
    "make": ("made",),
    "beat": ("beaten",),
    "meet": ("met",),
    "tell": ("told",),
    "keep": ("kept",),
    "lose": ("lost",),
    "break": ("broke", "broken"),
    "bleed": ("bled",),
    "hold": ("held",),
}


def verb_forms(word: str) -> list[str]:
    """-ed and -ing of ``word`` ("bully" -> "bullied", "bullying")."""
    if len(word) > 1 and word.endswith("y") and word[-2] not in _VOWELS:
        return [word[:-1] + "ied", word + "ing"]
    if word.endswith("ie"):
        return [word + "d", word[:-2] + "ying"]
    stem = _verb_stem(word)
    past = word + "d" if word.endswith("e") else stem + "ed"
    return [past, stem + "ing"]


def word_forms(
    word: str, known: frozenset[str], agent: bool = False, insult: bool = False
) -> list[str]:
    """Plural and verb forms of a one-word term, without forms that are other words;
    ``agent``: the -er forms too (a term aimed at someone: "stabber"); ``insult``: a term
    whose harm is the word itself (a slur, an insult, a swear word), whose verb forms are
    left out where they are English words, since those are the ordinary verb ("chinked",
    "pricked", "cocked its head"). A profane verb is an entry of its own."""
    if len(word) < 3 or not _PLAIN_WORD.fullmatch(word):
        return []
    term_is_word = word in known
    forms = plurals(word, known)
    if forms[0] != word + "s" and _THREE_IN_A_ROW.search(word + "s") is None:
        # the possessive with its apostrophe dropped, which is also how students misspell the
        # plural of a word in -y ("trannys", "fattys"; "spazs")
        forms.append(word + "s")
    if len(word) >= MIN_INFLECTED_LENGTH:
        verbs = verb_forms(word)
        forms += [f for f in verbs if f not in known] if insult and term_is_word else verbs
        stem = _verb_stem(word)
        if agent:
            forms += [f for f in (stem + "er", stem + "ers") if f not in known]
    # an English form of a term that is no English word is another word ("spiced")
    return [f for f in forms if f != word and (term_is_word or f not in known)]


def phrase_forms(phrase: str, known: frozenset[str]) -> list[str]:
    """Verb forms of a phrase's first word ("kill yourself" -> "killing yourself"),
    the plural of its last word ("gift card" -> "gift cards"), and the phrase with two of its
    words run together ("all muslimsare ...")."""
    words = phrase.split(" ")
    if not all(_PLAIN_WORD.fullmatch(word) for word in words):
        return []
    found = [
        " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]])
        for i in range(len(words) - 1)
        if known and words[i] + words[i + 1] not in known
    ]
    last = words[-1]
    # the plural of a noun that ends the phrase ("gift card" -> "gift cards"), where both are
    # English words, so that no invented form is matched
    if len(last) >= 3 and last in known and last not in _NOT_VERBS:
        found += [" ".join([*words[:-1], p]) for p in plurals(last, known) if p in known]
    first = words[0]
    # a short verb opens a phrase too ("end my life" -> "ending my life", "cut myself" ->
    # "cutting myself"): the rest of the phrase fences it, as it does not fence a word alone
    if first not in _NOT_VERBS and len(first) >= MIN_PHRASE_VERB_LENGTH and first in known:
        rest = " ".join(words[1:])
        short = len(first) < MIN_INFLECTED_LENGTH
        # a short first word's plural is mostly no verb form at all ("gays people", "alls of"),
        # unless an object follows it, which makes it a verb ("cuts myself", "ends it all")
        takes_object = len(words) > 1 and words[1] in _OBJECTS
        forms = (
            verb_forms(first) if short and not takes_object else (*verb_forms(first), plural(first))
        )
        if len(words) > 2 or words[-1] not in _PARTICLES:
            # (a verb and its particle alone in the past is mostly no harm: "prices shot up";
            # with an object between them it is the harm told as done: "beaten me up")
            forms = (*forms, *IRREGULAR_PAST.get(first, ()))
        if len(words) > 3 or short:
            # a longer phrase ("jump off the bridge" -> "jumping off the bridge") or a short
            # first word: only forms that are words, as its first word is often no verb
            # ("nobody", "world") and a short one has invented forms ("cutted")
            forms = tuple(form for form in forms if form in known)
        found += [f"{form} {rest}" for form in forms]
    # a phrasal verb's particle after its object: "burn down the school" -> "burn the school
    # down", "shoot up the school" -> "shoot the school up"
    found += particle_after_object(phrase, known)
    # a threat dressed in old words: "shoot you" -> "shoot thee" (a sentence in them is read as
    # a quotation unless it names the school or a day: ``senses.in_old_english``)
    if last == "you" and len(words) <= 3:
        found.append(" ".join([*words[:-1], "thee"]))
    # said to a group: "kill yourself" -> "kill yourselves"
    if last in _PLURAL_OBJECTS:
        found.append(" ".join([*words[:-1], _PLURAL_OBJECTS[last]]))
    # one of a pair or a set the phrase names in the plural: "slit my wrists" -> "slit my
    # wrist", "hide my scars" -> "hide my scar"; only after a possessive, where the singular
    # is the same belonging, and where both are English words
    if (
        len(words) >= 3
        and words[-2] in _POSSESSIVES
        and len(last) >= 4
        and last.endswith("s")
        and not last.endswith("ss")
        and last in known
        and last[:-1] in known
    ):
        found.append(" ".join([*words[:-1], last[:-1]]))
    # the g dropped from the phrase's -ing words, and from its first word's -ing form
    # ("kill yourself" -> "killin yourself"); not from run-together or invented forms
    ing_forms = [form for form in found if form.count(" ") == phrase.count(" ")]
    ing_forms = [form for form in ing_forms if form.split(" ")[0] in verb_forms(first)[1:]]
    return found + [g for form in [phrase, *ing_forms] if (g := g_dropped(form, known))]


# The particles of phrasal verbs, and the words that open the object they may follow.
_PARTICLES = frozenset("up down out off".split())
_DETERMINERS = frozenset("the a my his her their your our this that".split())


def particle_after_object(phrase: str, known: frozenset[str]) -> list[str]:
    """A phrasal verb with its particle moved after a short object ("burn down the school" ->
    "burn the school down", "burning the school down"), as English allows; only for a verb, a
    particle, a determiner and one noun."""
    words = phrase.split(" ")
    if len(words) != 4 or words[1] not in _PARTICLES or words[2] not in _DETERMINERS:
        return []
    verb, particle, *obj = words
    heads = [verb, *(f for f in verb_forms(verb) if f in known)] if verb in known else [verb]
    return [" ".join([head, *obj, particle]) for head in heads]


def g_dropped(phrase: str, known: frozenset[str]) -> str:
    """``phrase`` with the g of its -ing words dropped, as chat writes them ("textin me at
    night", "sleepin pills"), or "" where it has none (or only such words as "sing", or where
    the dropped form is a word of its own: "takin")."""
    words = phrase.split(" ")
    dropped = [
        word[:-1]
        if len(word) >= _G_DROPPED_FROM and word.endswith("ing") and word[:-1] not in known
        else word
        for word in words
    ]
    return " ".join(dropped) if dropped != words else ""


_G_DROPPED_FROM = 6  # "taking", not "sing" or "bring"


def phrase_typos(phrase: str, known: frozenset[str]) -> list[str]:
    """The phrase with a one-letter typo in its longest word (of six letters or more)."""
    words = phrase.split(" ")
    i = max(range(len(words)), key=lambda at: len(words[at]))
    return [" ".join([*words[:i], slip, *words[i + 1 :]]) for slip in typo_forms(words[i], known)]


def glued_forms(word: str, known: frozenset[str]) -> list[str]:
    """A severe term run together with the word it is aimed at ("stabthose")."""
    if len(word) < MIN_INFLECTED_LENGTH or not _PLAIN_WORD.fullmatch(word) or not known:
        return []
    return [word + other for other in GLUED_WORDS if word + other not in known]


def _one_slip(word: str) -> set[str]:
    """Every one-letter slip of ``word`` (a plain lower-case word): a letter dropped, a
    neighbour on the keyboard for a letter, a letter doubled, two letters swapped."""
    size = len(word)
    found = {word[:i] + near + word[i + 1 :] for i in range(size) for near in _NEAR[word[i]]}
    found.update([word[: i + 1] + word[i:] for i in range(size)])
    found.update(
        [
            word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            for i in range(size - 1)
            if word[i] != word[i + 1]
        ]
    )
    # a slip shorter than six letters is too near too many words and acronyms ("coppa")
    if size > MIN_TYPO_LENGTH:
        found.update([word[:i] + word[i + 1 :] for i in range(size)])
    return found


def typo_forms(word: str, known: frozenset[str], slur: bool = False) -> list[str]:
    """One-letter slips of a term of six letters or more that spell no English word. Of a slur
    (``slur``), also a vowel written as another ("niggar", "faggat"), and the slips that read
    as a form of the slur's own stem ("mariconnes": "maricon" doubled and "-es"); a "c" as "k"
    ("marikon")."""
    if len(word) < MIN_TYPO_LENGTH or not _PLAIN_WORD.fullmatch(word) or not known:
        return []
    # (no slip is the word itself: each one changes, adds or drops a letter)
    found = _one_slip(word)
    if slur:
        found.update(_slips_by_ear(word))
    found -= known  # the whole lot at once; then the other forms of words, one by one
    # a letter three times is elongation, which the normaliser squeezes before matching
    three_in_a_row = _THREE_IN_A_ROW.search
    # a slur's slip that reads as a form of its own stem is the slur misspelt, not a word
    words: Any = _without(known, _own_stems(word)) if slur else known
    return sorted(
        s for s in found if three_in_a_row(s) is None and not _an_inflected_word(s, words)
    )


_VOWELS = "aeiou"


def _slips_by_ear(word: str) -> set[str]:
    """``word`` with one vowel after its first letter written as another ("niggar"), or a "c"
    written "k" as chat writes it ("marikon")."""
    found = {
        word[:i] + vowel + word[i + 1 :]
        for i in range(1, len(word))
        if word[i] in _VOWELS
        for vowel in _VOWELS
        if vowel != word[i]
    }
    found.update(word[:i] + "k" + word[i + 1 :] for i in range(len(word)) if word[i] == "c")
    return found


def _own_stems(word: str) -> frozenset[str]:
    """The stems a slur's forms are made on ("maricones": "maricon", "marico", "maricone")."""
    return frozenset(word[:-size] for size in (1, 2, 3) if len(word) - size >= 4)


class _without:
    """A word list with a few words taken out, without copying it (``in`` only)."""

    __slots__ = ("known", "out")

    def __init__(self, known: frozenset[str], out: frozenset[str]) -> None:
        self.known, self.out = known, out

    def __contains__(self, word: object) -> bool:
        return word not in self.out and word in self.known


# Endings that make another word of a known one: a slip that reads as one ("beamer", "hugger")
# is that word, even where the word list lacks the form.
_WORD_ENDINGS = ("ers", "er", "ings", "ing", "ed", "es", "s", "ly", "y")
# the same, by length: one slice of a word and a set lookup tell whether it ends with one
_ENDINGS_BY_LENGTH = tuple(
    (size, frozenset(e for e in _WORD_ENDINGS if len(e) == size))
    for size in sorted({len(e) for e in _WORD_ENDINGS})
)
# (and a word that ends with none of their last letters ends with none of them)
_ENDINGS_END_WITH = frozenset(e[-1] for e in _WORD_ENDINGS)
# A Spanish word's last vowel, and the others a form of it may end with instead.
_OTHER_VOWELS = {"a": ("e", "o"), "e": ("a", "o"), "o": ("a", "e")}


def _an_inflected_word(slip: str, known: frozenset[str]) -> bool:
    """Whether ``slip`` (no known word itself) is a known word with an English ending (a
    doubled consonant undone: "hugger"), or a known Spanish word with its last vowel changed
    (the verb forms the word list leaves out: "cuente" for "cuenta")."""
    # Tens of thousands of slips a library are asked this: the cheapest tests first.
    last = slip[-1]
    if last in _ENDINGS_END_WITH:
        for size, endings in _ENDINGS_BY_LENGTH:
            if slip[-size:] in endings:
                stem = slip[:-size]
                if stem in known or stem + "e" in known:
                    return True
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:
                    return True
    others = _OTHER_VOWELS.get(last)
    if others is None:
        return False
    stem = slip[:-1]
    return stem + others[0] in known or stem + others[1] in known


# Words students drop inside a phrase without changing it: "want to like die", "end my fucking
# life", "kill my whole self", "quiero literalmente morirme".
FILLERS = "just like literally really actually honestly kinda fucking whole".split()
SPANISH_FILLERS = "literalmente ya como solo".split()
# Fillers that before an object read as another word: "be like him" compares.
_NOT_BEFORE_OBJECTS = frozenset({"like", "como", "whole", "ya"})
# The categories whose severe phrases get fillers: a wish, a plan or a threat said in passing.
FILLED = frozenset({"self_harm", "violence", "bullying"})


def filler_forms(phrase: str, fillers: list[str] = FILLERS) -> list[str]:
    """A severe phrase of two to five words with a filler before its last word ("want to die"
    -> "want to just die", "end my life" -> "end my fucking life"), where the filler is no word
    of the phrase already; not "like" before an object ("kill like him" compares)."""
    words = phrase.split(" ")
    if not 2 <= len(words) <= 5 or not all(_PLAIN_WORD.fullmatch(word) for word in words):
        return []
    *head, last = words
    if head[-1] in fillers:
        return []
    return [
        " ".join([*head, filler, last])
        for filler in fillers
        if filler not in words and not (filler in _NOT_BEFORE_OBJECTS and last in _OBJECTS)
    ]


def derived_keys(
    key: str,
    severity: int,
    category: str,
    mode: str,
    known: frozenset[str],
    spanish_entry: bool = False,
) -> list[str]:
    """Word forms and run-together words of an entry whose normalised term is ``key``
    (``spanish_entry``: the entry is a Spanish library's, so its Spanish forms are derived
    whether or not its words are English words too: "subnormal", "moro")."""
    if mode == "prefix" and category in MASKED and " " not in key:
        return masked_forms(key, known)  # "f*ck" for the stem "fuck"
    if mode != "word":
        return []
    # a Spanish disclosure told in the past ("me tocaba las piernas", "me metía rayas")
    past = spanish_past_forms(key) if spanish_entry and category in TOLD_IN_THE_PAST else []
    if category in UNINFLECTED:
        # a verb before what it is done to ("smoke a joint", "roll a blunt") in its other
        # tenses ("smoked a joint", "rolling a blunt"): the object fences it, as "weeds" is not
        words = key.split(" ")
        if len(words) >= 3 and words[1] in _DRUG_OBJECT_OPENERS and known:
            return past + [
                f"{form} {' '.join(words[1:])}"
                for form in (
                    *verb_forms(words[0]),
                    plural(words[0]),
                    *IRREGULAR_PAST.get(words[0], ()),
                )
                if form in known and words[0] in known
            ]
        # slang that is no word of either language has its plural ("spliffs", "xans" aside)
        if " " in key or key in known or not _PLAIN_WORD.fullmatch(key) or not known:
            return past
        return [form for form in plurals(key, known) if form not in known]
    # Spanish words in every category change number ("navajas", "pastillas"); only insults,
    # which are said of a person of either sex, change gender too
    number = spanish_forms(key, known, genders=category in MASKED, spanish_entry=spanish_entry)
    if spanish_entry:
        number += reflexive_forms(key) + past
    if " " in key:
        compounds = split_compounds(key, known)
        found = phrase_forms(key, known) + compounds
        if category in THROWN:
            found += your_for_youre(key)
        if severity >= SEVERE and category in FILLED:
            fillers = SPANISH_FILLERS if spanish_entry else FILLERS
            found += [f for phrase in (key, *compounds) for f in filler_forms(phrase, fillers)]
        if category in TOLD_OF_A_FRIEND and severity >= SEVERE:
            found += told_of_a_friend(key, found)
        return found + number
    # (an entry of a Spanish library has Spanish forms, not "perraed" or "navajaer")
    found = (
        []
        if spanish_entry
        else word_forms(key, known, agent=category in AIMED, insult=category in INSULTS)
    )
    found += number
    if severity >= SEVERE or category in AIMED:
        found += glued_forms(key, known)
    if category in THROWN:
        found += glued_before(key, known)
    if category in MASKED:
        found += masked_forms(key, known)
    return found


# Categories whose severe "myself" phrases a witness tells of a friend: "she's starving herself",
# "he makes himself throw up after lunch". (Self-harm lists a friend's forms as entries of their
# own; weighing oneself, low, is what a nurse asks of anyone.)
TOLD_OF_A_FRIEND = frozenset({"eating_disorders"})
_OTHERS_REFLEXIVES = ("herself", "himself", "themselves", "themself")
_NOT_OF_A_FRIEND = frozenset({"sick"})
_PAST_FORMS = frozenset(chain.from_iterable(IRREGULAR_PAST.values())) | {"made", "let"}


def told_of_a_friend(key: str, forms: list[str]) -> list[str]:
    """A phrase with "myself" and each of its forms said of someone else ("starve myself",
    "starving myself" -> "starving herself", "starves himself"), where a verb's "-s" makes
    sense: a friend's restricting or purging is itself a worry, told by the friend who saw it."""
    words = key.split(" ")
    # (not "made myself sick": said of another it is mostly sweets eaten at a party or worry)
    if "myself" not in words or words[-1] in _NOT_OF_A_FRIEND:
        return []
    found = []
    for phrase in (key, *forms):
        words = phrase.split(" ")
        # (in the present only: "starved himself" is mostly history, a hunger strike or a
        # saint's fast, where a friend's is told as going on: "she's starving herself")
        if "myself" not in words or words[0].endswith("ed") or words[0] in _PAST_FORMS:
            continue
        at = words.index("myself")
        found += [" ".join([*words[:at], other, *words[at + 1 :]]) for other in _OTHERS_REFLEXIVES]
    return found


# The second halves of words that students write as two ("your self", "my self"); not "one",
# "body", "more", whose two words are ordinary English ("every one of them", "any more").
_COMPOUND_ENDS = ("self", "selves")


def split_compounds(phrase: str, known: frozenset[str]) -> list[str]:
    """The phrase with a word of it written as the two words it is made of ("kill your self",
    "hang my self"), each a word alone."""
    words = phrase.split(" ")
    found = []
    for at, word in enumerate(words):
        for end in _COMPOUND_ENDS:
            head = word[: -len(end)]
            if word.endswith(end) and head and _a_word_alone(head, known):
                found.append(" ".join([*words[:at], head, end, *words[at + 1 :]]))
                break
    return found


# Words that cannot follow "your" (a possessive): after them, "your" is "you're" misspelt.
_AFTER_YOURE = frozenset("a an so such the not never just literally really gonna going".split())


def your_for_youre(phrase: str) -> list[str]:
    """An insult that opens with "you're" written "your", as students mostly do ("your
    worthless", "your a mistake"); an insult, since "your" then reads as its own word
    ("your dead" is no threat in "your dead hamster", which no insult library holds)."""
    first, _, rest = phrase.partition(" ")
    if first != "youre" or not rest:
        return []
    return [f"your {rest}"]


# Spanish articles by the ending of the word they agree with.
_ARTICLES = {
    "o": {"una": "un", "unos": "un", "unas": "un", "la": "el", "los": "el", "las": "el"},
    "a": {"un": "una", "unos": "una", "unas": "una", "el": "la", "los": "la", "las": "la"},
    "os": {"un": "unos", "una": "unos", "unas": "unos", "el": "los", "la": "los", "las": "los"},
    "as": {"un": "unas", "una": "unas", "unos": "unas", "el": "las", "la": "las", "los": "las"},
}
# and the demonstratives ("esa gorda" -> "esas gordas")
for _stem, _singular in (("es", "ese"), ("est", "este")):
    _all = {"o": _singular, "a": _stem + "a", "os": _stem + "os", "as": _stem + "as"}
    for _ending, _target in _all.items():
        _ARTICLES[_ending].update({w: _target for w in _all.values() if w != _target})
# Spanish verbs of being: a phrase with one is a generalisation ("musulmanes son basura"),
# whose predicate agrees with a group already plural.
_SPANISH_BEING = frozenset("son es somos sois estan".split())
_SPANISH = 1  # the Spanish list's place in the word lists (WORD_LISTS)


def spanish_forms(
    key: str, known: frozenset[str], genders: bool = True, spanish_entry: bool = False
) -> list[str]:
    """A Spanish term in its other numbers and, with ``genders`` (an insult), genders ("gorda
    asquerosa" -> "gordas asquerosas", "gordo asqueroso"; "cabrón" -> "cabrones"; "navaja" ->
    "navajas"), the words after "de" as they are ("sudacas de mierda"); for a key of at most
    three words, one of them Spanish and no English word (or any, for an entry of a Spanish
    library: ``spanish_entry``). A single word's form that is a word of its own is another word
    ("zorro" for "zorra", "coco" for "coca"), unless it is the term's own plural and the term is
    a word too ("perras" for "perra"); no form is an English word where the term is not one."""
    words = key.split(" ")
    if len(words) > 3 or not known or _SPANISH_BEING.intersection(words):
        return []
    if not all(_PLAIN_WORD.fullmatch(word) for word in words):
        return []
    lists = _sorted_words(known)
    if len(lists) <= _SPANISH:
        return []
    english, spanish = lists[0], lists[_SPANISH]
    if not spanish_entry and not any(
        _listed(w, spanish) and not _listed(w, english) for w in words
    ):
        return []
    agreeing = words.index("de") if "de" in words else len(words)
    found = []
    own_plural = ""
    last = words[agreeing - 1]
    if last.endswith(("o", "a")):
        own_plural = " ".join([*words[: agreeing - 1], last + "s", *words[agreeing:]])
    if not genders:
        # a noun's own plural, its last word only ("carta de despedida" -> "cartas de ...")
        if last[-1] not in _VOWELS and last[-1] != "s" and len(last) >= 4:
            own_plural = " ".join([*words[: agreeing - 1], last + "es", *words[agreeing:]])
        english_word = " " not in key and _listed(key, english) and not spanish_entry
        if not own_plural or len(last) < 4 or english_word:
            return []
        # a plural that is a word where the term is none is another word
        kept = " " in own_plural or own_plural not in known or key in known
        return [own_plural] if kept else []
    for ending in ("o", "a", "os", "as"):
        changed = [_agree(w, ending) for w in words[:agreeing]] + words[agreeing:]
        # an article agrees with the word after it; with none changed, "la" is a pronoun
        # ("nadie la quiere" is no "nadie los quiere")
        changed = [
            words[at]
            if words[at] in _ARTICLES["o"].keys() | _ARTICLES["a"].keys()
            and (at + 1 >= agreeing or changed[at + 1] == words[at + 1])
            else w
            for at, w in enumerate(changed)
        ]
        if changed != words:
            found.append(" ".join(changed))
    if last[-1] not in _VOWELS and last[-1] != "s" and len(last) >= 4:  # "cabrón" -> "cabrones"
        own_plural = " ".join([*words[: agreeing - 1], last + "es", *words[agreeing:]])
        found.append(own_plural)
    term_is_word = key in known
    return [f for f in found if " " in f or f not in known or (f == own_plural and term_is_word)]


def reflexive_forms(key: str) -> list[str]:
    """A Spanish reflexive infinitive in the first and second person ("unirse a la yihad" ->
    "unirme a la yihad", "unirte a la yihad"; "cortarse" -> "cortarme"): how a student says it
    of themselves or to a friend."""
    words = key.split(" ")
    found = []
    for at, word in enumerate(words):
        if len(word) >= 6 and word.endswith(("arse", "erse", "irse")):
            for person in ("me", "te"):
                found.append(" ".join([*words[:at], word[:-2] + person, *words[at + 1 :]]))
    return found


# Categories whose Spanish phrases a student tells in the past as often as in the present: a
# touching that went on for years, cutting or purging that stopped or came back, drugs taken.
TOLD_IN_THE_PAST = frozenset({"self_harm", "eating_disorders", "grooming", "drugs"})
_SPANISH_CLITICS = frozenset("me te nos".split())
# The spelling a stem takes before "-é" ("provoco" -> "provoqué", "pego" -> "pegué").
_BEFORE_E = (("c", "qu"), ("g", "gu"), ("z", "c"))


def spanish_past_forms(key: str) -> list[str]:
    """A Spanish phrase that opens with a pronoun and a verb in the present, in the imperfect
    and the preterite ("me toca las piernas" -> "me tocaba las piernas", "me tocó las
    piernas"; "me meto rayas" -> "me metía rayas", "me metí rayas"), as a student tells what
    went on or happened once. The word lists hold no conjugations, so every candidate ending is
    written (an -ar and an -er/-ir verb alike): a form no verb has is never typed, and the rest
    of the phrase (three words at least) fences the verb."""
    words = key.split(" ")
    if len(words) < 3 or words[0] not in _SPANISH_CLITICS or not _PLAIN_WORD.fullmatch(words[1]):
        return []
    verb, rest = words[1], words[2:]
    if len(verb) < 4:
        return []
    stem, ending = verb[:-1], verb[-1]
    if ending == "o":  # the writer: "me corto", "me meto"
        before_e = stem
        for plain, changed in _BEFORE_E:
            if stem.endswith(plain):
                before_e = stem[: -len(plain)] + changed
                break
        forms = [stem + "aba", stem + "ia", before_e + "e", stem + "i"]
    elif ending == "a":  # someone else, an -ar verb: "me toca", "me manosea"
        forms = [stem + "aba", stem + "o"]
    elif ending == "e":  # someone else, an -er/-ir verb: "me mete", "me escribe"
        forms = [stem + "ia", stem + "io"]
    else:
        return []
    return [" ".join([words[0], form, *rest]) for form in forms if form != verb]


def written_in_spanish(definition: str) -> bool:
    """Whether an entry's definition is a Spanish library's: Spanish first, then its English
    gloss after the "[en]" marker (``moderation.scanning.spanish.ENGLISH_GLOSS``)."""
    return "[en]" in definition


def _agree(word: str, ending: str) -> str:
    article = _ARTICLES[ending].get(word)
    if article is not None:
        return article
    for old in ("os", "as", "o", "a"):
        if word.endswith(old) and len(word) - len(old) >= 3:
            return word[: -len(old)] + ending
    return word


def _listed(word: str, words: list[str]) -> bool:
    at = bisect_left(words, word)
    return at < len(words) and words[at] == word


def _a_word_alone(piece: str, known: frozenset[str]) -> bool:
    """Whether ``piece`` is a word a sentence may hold on its own ("on", "re", "shit"): the word
    lists leave out the shortest words, so the function words count too."""
    return piece in _NOT_VERBS or (len(piece) > 1 and piece in known)


def masked_forms(word: str, known: frozenset[str]) -> list[str]:
    """A slur or swear word with one vowel inside it starred out ("f*ggot", "sh*t", "b*tch"),
    as the normaliser writes it (the star parts the word: "f ggot"), unless a side is a word
    of its own ("c on" for "coon"), which an ordinary sentence may hold."""
    if len(word) < MIN_INFLECTED_LENGTH or not _PLAIN_WORD.fullmatch(word):
        return []
    found = []
    for at in range(1, len(word) - 1):
        left, right = word[:at], word[at + 1 :]
        if (
            word[at] in _VOWELS
            and not _a_word_alone(left, known)
            and not _a_word_alone(right, known)
        ):
            found.append(f"{left} {right}")
    return found


def glued_before(word: str, known: frozenset[str]) -> list[str]:
    """A slur or insult run together with the word before it, in the singular and plural
    ("fuckingfaggot", "stupidniggers"), unless the result is a word of its own."""
    if len(word) < 3 or not _PLAIN_WORD.fullmatch(word) or not known:
        return []
    return [
        other + form
        for form in dict.fromkeys((word, plural(word)))
        for other in GLUED_BEFORE
        if other + form not in known and not _an_inflected_word(other + form, known)
    ]


def inflected_exceptions(key: str, exceptions: Iterable[str]) -> list[str]:
    """Allowed phrases (padded, " pull the plug ") that open with a verb other than the
    term, in that verb's other forms (" pulled the plug ", " pulls the plug "): a sense
    is innocent in any tense."""
    first_of_term = key.split(" ", 1)[0]
    found = []
    for phrase in exceptions:
        first, _, rest = phrase.strip().partition(" ")
        if (
            not rest
            or first == first_of_term
            or first in _NOT_VERBS
            or len(first) < 3
            or not _PLAIN_WORD.fullmatch(first)
        ):
            continue
        found += [f" {form} {rest} " for form in (*verb_forms(first), first + "s")]
    return found


def excepted_forms(key: str, exceptions: Iterable[str], forms: Iterable[str]) -> list[str]:
    """The exceptions of a term (padded phrases, " kill time ") rewritten for each of its
    ``forms`` (" killing time "): an innocent phrase stays innocent inflected."""
    word = f" {key} "
    return [
        phrase.replace(word, f" {form} ")
        for phrase in exceptions
        if word in phrase
        for form in forms
    ]


# The words of the word list a prefix term begins that get typos of their own ("suicid" ->
# "suicide", "suicidal"): the shortest few, which are the commonest.
PREFIX_COMPLETIONS = 6


# word list -> its words in order: what ``completions`` bisects
# word list -> its words in order, one list a language: what ``completions`` bisects
_ORDERED: dict[frozenset[str], tuple[list[str], ...]] = {}


def _sorted_words(known: frozenset[str]) -> tuple[list[str], ...]:
    ordered = _ORDERED.get(known)
    if ordered is None:
        if len(_ORDERED) > 2:  # word lists of tests: keep the process's own few
            _ORDERED.clear()
        ordered = _ORDERED[known] = (sorted(known),)
    return ordered


def completions(stem: str, known: frozenset[str]) -> list[str]:
    """The shortest words of the word list that begin with ``stem`` (six letters or more)."""
    found = set()  # (a word of two languages once)
    for words in _sorted_words(known):
        at = bisect_left(words, stem)
        while at < len(words) and words[at].startswith(stem):
            if len(words[at]) >= MIN_TYPO_LENGTH:
                found.add(words[at])
            at += 1
    return sorted(found, key=lambda word: (len(word), word))[:PREFIX_COMPLETIONS]


def typos_of(
    key: str, severity: int, mode: str, known: frozenset[str], category: str = ""
) -> list[str]:
    """One-letter typos of a word term (a slur's with its vowels changed too), of the longest
    word of a severe phrase, or of the commonest words a one-word prefix term begins ("suicde"
    for "suicid")."""
    if mode == "prefix" and " " not in key and _PLAIN_WORD.fullmatch(key):
        slips = {
            slip
            for word in completions(key, known)
            for slip in typo_forms(word, known)
            if not slip.startswith(key)  # the prefix itself matches those already
        }
        return sorted(slips)
    if mode != "word":
        return []
    if " " not in key:
        return typo_forms(key, known, slur=category in SLURS)
    return phrase_typos(key, known) if severity >= SEVERE else []


def _rebuild(language: str, source: Iterable[str]) -> int:
    # names too, lower-cased ("Cummings" is a clean word in a post), and written as keys are
    # (accents and the tilde of ñ dropped: "cocaína" is "cocaina")
    words = {normalize(line.strip()) for line in source}
    kept = sorted(w for w in words if len(w) >= 3 and _PLAIN_WORD.fullmatch(w))
    target = WORD_LISTS[language]
    target.parent.mkdir(exist_ok=True)
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(kept) + "\n")
    return len(kept)


if __name__ == "__main__":  # python -m moderation.scanning.forms --rebuild LANGUAGE WORD_LIST
    if sys.argv[1:2] == ["--rebuild"] and len(sys.argv) == 4:
        with open(sys.argv[3], encoding="utf-8") as lines:
            print(f"{_rebuild(sys.argv[2], lines)} words written to {WORD_LISTS[sys.argv[2]]}")
    else:
        print(__doc__)
