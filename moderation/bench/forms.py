"""Word forms across the whole starter library: which are caught where the base term is.

The outside evaluation's weakest spelling kinds were "plain" and "plural": a term written as
students inflect it ("hoes", "raped", "bitches", "putas", "maricones", "kill yourselves").
For every word-mode entry of every starter library this writes the forms a student would use
(English: plural or third person, past, -ing; Spanish: plural and the other gender) of a
one-word term, and of a phrase's head word (its first word inflected as a verb, "slit my
wrists" -> "slitting my wrists"; its reflexive or pronoun ending in the plural, "kill
yourself" -> "kill yourselves"; its last word as a plural noun), scans each form alone, and
reports those not caught by their entry (nor by any entry of its category) where the term
itself is.

A form that is a common word of the clean-word lists (``moderation/scanning/data``) is another
word ("spiced" for "spic", "cocked" for "cock"): it is counted apart, as fenced, and must stay
uncaught. Run with ``python -m moderation.bench.forms`` (``-v`` lists every miss).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass

from moderation.engine import Entry, compile_library, load_entries
from moderation.keywords.starter import starter_libraries
from moderation.scanning.forms import (
    IRREGULAR_PAST,
    WORD_LISTS,
    load_word_lists,
    plural,
    verb_forms,
)
from moderation.scanning.normalize import normalize

# Pronouns at the end of a phrase and their plurals: "kill yourself" -> "kill yourselves".
_PLURAL_PRONOUNS = {
    "yourself": "yourselves",
    "urself": "urselves",
    "himself": "themselves",
    "herself": "themselves",
    "myself": "ourselves",
}
# The possessives before a belonging that ends a phrase: "slit my wrists" -> "slit my wrist".
_POSSESSIVES = frozenset("my your ur his her their our".split())
# The categories whose Spanish words are said of a person of either sex ("gorda", "gordo").
_SAID_OF_PEOPLE = frozenset({"hate", "bullying", "profanity"})
_NOT_VERBS = frozenset(
    "i im you he she we they it its my your his her our their the a an to of in on at for "
    "and or is are was be no not dont go so u ur this that all".split()
)


@dataclass(frozen=True, slots=True)
class Form:
    entry: Entry
    language: str
    kind: str  # "plural", "third person", "past", "-ing", "gender", "phrase head", ...
    text: str


def english_forms(entry: Entry, english: frozenset[str]) -> list[Form]:
    """The inflected forms of an English entry's term a student would write: of a one-word
    term, all of them; of a phrase, those of its head word that are English words ("slitting",
    "wrists"), so that no invented form ("nobodied would miss you") is counted."""
    words = normalize(entry.term).split(" ")
    if not all(w.isalpha() for w in words):
        return []
    found: list[Form] = []
    if len(words) == 1:
        word = words[0]
        if len(word) < 3 or word.endswith(("s", "ed", "ing")):  # already inflected
            return []
        if word in english:
            # a word's true inflections are words too ("killed", "bitches", "raped")
            past, ing = verb_forms(word) if len(word) >= 4 else ("", "")
            candidates = (("plural", plural(word)), ("past", past), ("-ing", ing))
            found = [Form(entry, "en", k, f) for k, f in candidates if f and f in english]
            if plural(word) != word + "s" and entry.category in ("hate", "bullying"):
                # a slur's or an insult's possessive, its apostrophe dropped ("fattys")
                found.append(Form(entry, "en", "possessive", word + "s"))
            return found
        # slang that is no word ("kys", "spliff") has a plural; a plural that is a word
        # ("spics" is not, "spiced" would be) is another word, counted as fenced
        return [Form(entry, "en", "plural", plural(word))]
    first, rest = words[0], " ".join(words[1:])
    if first not in _NOT_VERBS and first in english:
        past, ing = verb_forms(first)
        irregular = tuple(("irregular past", form) for form in IRREGULAR_PAST.get(first, ()))
        for kind, form in (
            ("third person", plural(first)),
            ("past", past),
            ("-ing", ing),
            *irregular,
        ):
            if form in english:
                found.append(Form(entry, "en", f"phrase head: {kind}", f"{form} {rest}"))
    last = words[-1]
    if last in _PLURAL_PRONOUNS:
        text = " ".join([*words[:-1], _PLURAL_PRONOUNS[last]])
        found.append(Form(entry, "en", "phrase: plural pronoun", text))
    elif (
        len(words) >= 3
        and words[-2] in _POSSESSIVES
        and last.endswith("s")
        and not last.endswith("ss")
        and last[:-1] in english
    ):
        text = " ".join([*words[:-1], last[:-1]])
        found.append(Form(entry, "en", "phrase: one of a pair", text))
    elif last not in _NOT_VERBS and not last.endswith("s") and plural(last) in english:
        text = " ".join([*words[:-1], plural(last)])
        found.append(Form(entry, "en", "phrase: plural noun", text))
    return found


def spanish_forms(entry: Entry, spanish: frozenset[str]) -> list[Form]:
    """The plural and the other gender of a Spanish entry's one-word term, or of a short
    phrase's last word where it is a noun or an adjective; in a phrase, only forms that are
    Spanish words."""
    words = normalize(entry.term).split(" ")
    if not all(w.isalpha() for w in words) or len(words) > 3:
        return []
    *head, last = words
    # an infinitive, or a verb with its pronoun ("matarme", "mátate"): no plural
    if len(last) < 4 or last.endswith(("ar", "er", "ir", "rme", "rse", "te", "me")):
        return []
    found = []
    if last.endswith(("o", "a")):
        found.append(("plural", last + "s"))
        if entry.category in _SAID_OF_PEOPLE:  # "gorda" -> "gordo"; "pistola" has one gender
            other = last[:-1] + ("a" if last.endswith("o") else "o")
            found += [("gender", other), ("gender plural", other + "s")]
    elif last[-1] not in "aeious":
        found.append(("plural", last + "es"))
    elif last.endswith("e"):
        found.append(("plural", last + "s"))
    if head:
        return [
            Form(entry, "es", "phrase: " + kind, " ".join([*head, f]))
            for kind, f in found
            if f in spanish
        ]
    return [Form(entry, "es", kind, f) for kind, f in found]


def library_forms() -> list[Form]:
    english = load_word_lists([WORD_LISTS["english"]])
    spanish = load_word_lists([WORD_LISTS["spanish"]])
    forms = []
    for library in starter_libraries():
        is_spanish = library.file.endswith("_es.csv")
        for entry in load_entries(library.path):
            if entry.mode != "word":
                continue
            forms += spanish_forms(entry, spanish) if is_spanish else english_forms(entry, english)
    return forms


def caught(library, text: str) -> bool:  # noqa: ANN001
    """Whether ``text`` alone raises a flag (a plural may be an entry of another library)."""
    return bool(library.scan(text))


def report(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """Per kind: (forms caught, forms whose term is caught), words of the clean lists aside."""
    from moderation.keywords.starter import starter_entries

    library = compile_library(starter_entries())
    known = load_word_lists()
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    fenced: Counter[str] = Counter()
    misses: list[Form] = []
    base_caught: dict[Entry, bool] = {}
    for form in library_forms():
        entry = form.entry
        if entry not in base_caught:
            base_caught[entry] = caught(library, entry.term)
        if not base_caught[entry] or normalize(form.text) == normalize(entry.term):
            continue
        key = f"{form.language} {form.kind}"
        term_is_word = normalize(entry.term) in known
        if " " not in form.text and form.text in known and not term_is_word:
            fenced[key] += 1  # another word ("spiced" for "spic"): must stay uncaught
            continue
        totals[key] += 1
        if caught(library, form.text):
            hits[key] += 1
        else:
            misses.append(form)
    figures = {}
    print("Word forms of the starter libraries, caught where the term is (clean words apart)")
    for key in sorted(totals):
        figures[key] = (hits[key], totals[key])
        print(
            f"  {key:34} {hits[key]:5}/{totals[key]:<5} {hits[key] / totals[key]:.2f}"
            f"   (clean words left out: {fenced[key]})"
        )
    all_hits, all_totals = sum(hits.values()), sum(totals.values())
    print(f"  {'all':34} {all_hits:5}/{all_totals:<5} {all_hits / max(all_totals, 1):.2f}")
    for form in misses if verbose else []:
        entry = form.entry
        print(
            f"    missed {form.kind:28} {form.text!r}"
            f"  ({entry.term}, {entry.category}/{entry.severity})"
        )
    return figures


if __name__ == "__main__":
    report("-v" in sys.argv)
    sys.exit(0)
