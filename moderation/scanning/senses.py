"""Senses that the characters right beside a match give it, whatever its library severity.

A violent word aimed at the writer by a thing ("this exam is going to kill me", "that joke
killed me") is the idiom, not a threat: ``a_thing_does_it`` reads the words before it.

A few library words are also units of measure ("kms", text shorthand for "kill myself", is
kilometres in "ran 10 kms"); after a number they are the unit, whoever wrote them. Such a
match is no match at all: a figure before a word never makes it a concern.

Pure Python, no Django; read by ``moderation.scanning.matches`` before the context label.
"""

from __future__ import annotations

import re

# Abbreviations of units that a number comes before (a school's own library may add terms
# that are also units; they are read the same way).
UNITS = frozenset(
    "km kms mi mg mgs kg kgs g gs ml l lb lbs oz mph kph kmh hr hrs min mins sec secs "
    "mm cm ft yd yds gb mb kb".split()
)
# A figure just before the match: "10 kms", "2.5km", "1,200 kms".
_FIGURE_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\s?\Z")
_REACH = 24


def is_unit_after_figure(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a unit of measure right after a number."""
    if text[start:end].lower() not in UNITS:
        return False
    return _FIGURE_BEFORE.search(text, max(0, start - _REACH), start) is not None


# Between the doer and a violent word: "this exam is going to kill me", "it's killing me".
_BETWEEN = frozenset(
    "is was s are going gonna gon finna to will ll would about literally actually just really "
    "so honestly lowkey".split()
)
_THING_PRONOUNS = frozenset("that this it its".split())
_PREPOSITIONS = frozenset(
    "on in at from with by of to after for behind near outside inside into over under "
    "about like than".split()
)
_DETERMINERS = frozenset("the that this these those my our ur your his her their".split())
# A determiner and one of these is a person ("that guy", "my dad"): never the idiom.
_PEOPLE = frozenset(
    "i me you u he she they we someone somebody everyone man men guy guys boy boys girl girls "
    "kid kids lad lads dude bro sis mum mom dad brother sister teacher coach friend friends "
    "mate mates boyfriend girlfriend bf gf cousin uncle aunt stepdad stepmum stepmom parents "
    "family bully bullies gang people person student students mums moms dads mam mams nan "
    "gran grandma grandad grandpa mother father teachers coaches brothers sisters".split()
)


def a_thing_does_it(clause: list[str]) -> bool:
    """Whether the words of a clause before a violent word aimed at the writer name a thing
    as its doer: "that", "it", or a determiner and words that name no one ("the maths test",
    "this homework"), past "is going to", "will", "literally"."""
    end = len(clause)
    while end and clause[end - 1] in _BETWEEN:
        end -= 1
    if end and clause[end - 1] in _THING_PRONOUNS:
        return end < 2 or clause[end - 2] not in _PREPOSITIONS
    for at in range(end - 2, max(-1, end - 4), -1):
        if clause[at] in _DETERMINERS:
            # "a boy on the bus stabbed me": a thing after a preposition is not the doer
            after_preposition = at > 0 and clause[at - 1] in _PREPOSITIONS
            return not after_preposition and _PEOPLE.isdisjoint(clause[at + 1 : end])
    return False
