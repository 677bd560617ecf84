"""Write the second spelling-changes development table (issue 17): plain hateful, threatening and
offensive posts, each with one variant per kind of spelling change an outside evaluator would
make of it, by rule and seeded, so that the table is the same every time it is written.

The posts are written for the project in the register of real posts (none copied from any
evaluation set). In each, the words the harm rests on are marked with brackets; a variant
changes one of them, chosen by the seed, as the evaluator would change the word that a filter
keys on. Kinds:

* typos: a letter dropped, doubled, swapped with its neighbour, or replaced by a neighbouring
  key (``typo: dropped``, ``typo: doubled``, ``typo: swapped``, ``typo: keyboard``);
* ``run-together``: the word and the one or two words beside it written as one ("killallthe");
* ``spaced`` and ``dotted`` letters ("s t a b", "s.t.a.b");
* ``leetspeak`` (digits for letters: "5t4b") and ``symbols`` ("$tab", "b!tch");
* ``repeated`` letters ("staaaab");
* ``homoglyphs`` (Cyrillic and Greek letters that look Latin) and ``accents`` ("stáb");
* ``punctuation`` added inside the word ("st.ab", "st-ab");
* ``split``: the word parted by a space ("st ab").

    python -m tools.spelling_variants

writes ``moderation/bench/data/spelling_dev_2.tsv``; ``python -m moderation.bench.precision``
prints its catch rates by kind. A test fails while the file is not what this gives.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "moderation" / "bench" / "data" / "spelling_dev_2.tsv"
SEED = "upstander-spelling-2"

# (class, post with its key words in brackets). hate: at a group; threat: violence at someone;
# offensive: insults and swearing at a person, not at a group.
POSTS = (
    ("hate", "honestly [muslims] are [terrorists] and everyone knows it"),
    ("hate", "go back to your [country] nobody wants you here"),
    ("hate", "the [jews] control all the banks wake up"),
    ("hate", "[gays] are [disgusting] and should stay away from kids"),
    ("hate", "shut up you stupid [faggot]"),
    ("hate", "get out of our school you [paki]"),
    ("hate", "[refugees] are [parasites] living off our taxes"),
    ("hate", "trans people are [freaks] tbh"),
    ("hate", "that kid is such a [retard] omg"),
    ("hate", "all [blacks] are [criminals] look it up"),
    ("hate", "kick the [gypsies] out of this town"),
    ("hate", "i hate [niggers] so much"),
    ("threat", "im going to [stab] you after school"),
    ("threat", "[kill] all the [immigrants]"),
    ("threat", "i will [shoot] up this school tomorrow"),
    ("threat", "[kys] nobody likes you"),
    ("threat", "[kill] [yourself] you worthless loser"),
    ("threat", "we should [bomb] their [mosque]"),
    ("threat", "i know where you live and im gonna [murder] you"),
    ("threat", "[hang] yourself tonight"),
    ("offensive", "you're a [fucking] [idiot]"),
    ("offensive", "shut the [fuck] up [bitch]"),
    ("offensive", "ur such an ugly [slut]"),
    ("offensive", "what a [dickhead] lmao"),
    ("offensive", "you fat [cow] nobody likes you"),
    ("offensive", "go cry about it you [pussy]"),
    ("offensive", "this teacher is a total [cunt]"),
    ("offensive", "he is such a [wanker]"),
    ("offensive", "stupid [bastard] stole my seat"),
    ("offensive", "you ugly [whore]"),
    ("offensive", "your work is a piece of [shit]"),
    ("offensive", "nobody asked you [loser]"),
)

KINDS = (
    "typo: dropped",
    "typo: doubled",
    "typo: swapped",
    "typo: keyboard",
    "run-together",
    "spaced",
    "dotted",
    "leetspeak",
    "symbols",
    "repeated",
    "homoglyphs",
    "accents",
    "punctuation",
    "split",
)

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}
_SYMBOLS = {"a": "@", "s": "$", "i": "!", "l": "|", "t": "+", "e": "€", "o": "()"}
_LOOKALIKES = {
    "a": "а",  # Cyrillic
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "y": "у",
    "x": "х",
    "i": "і",
    "s": "ѕ",
    "j": "ј",
    "h": "һ",
    "k": "κ",  # Greek
    "n": "η",
    "u": "υ",
    "t": "τ",
}
_ACCENTED = {
    "a": "áàäâ",
    "e": "éèëê",
    "i": "íìïî",
    "o": "óòöô",
    "u": "úùüû",
    "n": "ñ",
    "c": "ç",
}
_INSIDE = ".-_,*~'"
_MARKED = re.compile(r"\[([^\]]+)\]")


def _neighbours(char: str) -> str:
    where = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    r, i = where[char]
    return "".join(
        c for c, (r2, i2) in where.items() if c != char and abs(r - r2) <= 1 and abs(i - i2) <= 1
    )


def _some(rng: random.Random, word: str, table: dict[str, str], most: int) -> list[int]:
    """Up to ``most`` positions of ``word`` that ``table`` has a letter for (at least one)."""
    places = [at for at, char in enumerate(word) if char in table]
    rng.shuffle(places)
    return sorted(places[: rng.randint(1, most)]) if places else []


def change(word: str, kind: str, rng: random.Random) -> str:
    """``word`` with one change of ``kind`` (run-together is done on the post)."""
    size = len(word)
    if kind == "typo: dropped":
        at = rng.randrange(size)
        return word[:at] + word[at + 1 :]
    if kind == "typo: doubled":
        at = rng.randrange(size)
        return word[: at + 1] + word[at:]
    if kind == "typo: swapped":
        places = [at for at in range(size - 1) if word[at] != word[at + 1]]
        at = rng.choice(places)
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if kind == "typo: keyboard":
        at = rng.randrange(size)
        return word[:at] + rng.choice(_neighbours(word[at])) + word[at + 1 :]
    if kind == "spaced":
        return " ".join(word)
    if kind == "dotted":
        return ".".join(word)
    if kind in ("leetspeak", "symbols", "homoglyphs", "accents"):
        table = {
            "leetspeak": _LEET,
            "symbols": _SYMBOLS,
            "homoglyphs": _LOOKALIKES,
            "accents": {c: rng.choice(v) for c, v in _ACCENTED.items()},
        }[kind]
        places = _some(rng, word, table, 3 if kind == "leetspeak" else 2)
        return "".join(table[c] if at in places else c for at, c in enumerate(word))
    if kind == "repeated":
        at = rng.randrange(size)
        return word[: at + 1] + word[at] * rng.randint(2, 4) + word[at + 1 :]
    if kind == "punctuation":
        at = rng.randrange(1, size)
        return word[:at] + rng.choice(_INSIDE) + word[at:]
    if kind == "split":
        at = rng.randrange(1, size)
        return word[:at] + " " + word[at:]
    raise ValueError(kind)


def variant(post: str, kind: str) -> str:
    """``post`` (its key words in brackets) with one of its key words changed by ``kind``."""
    rng = random.Random(f"{SEED}:{kind}:{post}")
    words = post.split(" ")
    marked = [at for at, word in enumerate(words) if _MARKED.fullmatch(word)]
    at = rng.choice(marked)
    plain = [_MARKED.sub(r"\1", word) for word in words]
    if kind == "run-together":
        # the word with one or two words beside it: "killall", "killallthe", "stupidfaggot"
        before = rng.randint(0, min(2, at))
        after = rng.randint(0, min(2, len(plain) - 1 - at))
        if before + after == 0:
            if at + 1 < len(plain):
                after = 1
            else:
                before = 1
        joined = "".join(plain[at - before : at + after + 1])
        return " ".join([*plain[: at - before], joined, *plain[at + after + 1 :]])
    changed = change(plain[at], kind, rng)
    return " ".join([*plain[:at], changed, *plain[at + 1 :]])


def plain(post: str) -> str:
    return _MARKED.sub(r"\1", post)


def table() -> str:
    lines = [
        "# Spelling changes, second development set (issue 17): written by",
        "# tools/spelling_variants.py, never by hand. Each plain post, written for the",
        "# project, with one variant per kind of change; a variant is caught where it raises a",
        "# category its plain post raises. Tune on it freely; the held-out set is never tuned on.",
        "# class\tkind\tplain\tchanged",
    ]
    for klass, post in POSTS:
        for kind in KINDS:
            lines.append(f"{klass}\t{kind}\t{plain(post)}\t{variant(post, kind)}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TABLE.write_text(table(), encoding="utf-8")
    print(f"{len(POSTS) * len(KINDS)} rows written to {TABLE}")
