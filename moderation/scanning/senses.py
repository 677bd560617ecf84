"""Senses that the characters right beside a match give it, whatever its library severity.

A violent word aimed at the writer by a thing ("this exam is going to kill me", "that joke
killed me") is the idiom, not a threat: ``a_thing_does_it`` reads the words before it.

A few library words are also units of measure ("kms", text shorthand for "kill myself", is
kilometres in "ran 10 kms"); after a number they are the unit, whoever wrote them. Such a
match is no match at all: a figure before a word never makes it a concern.

Three more senses are read from the words of the clause (``moderation.scanning.context``
calls them, and a match in one of them is no match at all, like a unit or an allowed phrase):

* a thing, or anything at all, that can harm anyone: "smoking can kill you", "the illness
  that killed him" (``harm_by_a_thing``); never a weapon, which someone holds;
* a word named as a topic where the clause names no one: "a lesson about self-harm",
  "if a pupil mentions bullying", "our grooming policy", "for example bullying, hate,
  self-harm" (``named_as_topic``, ``listed_as_topic``);
* a secret that is a surprise: "keep it a secret until her birthday" (``surprise_secret``).

Pure Python, no Django; read by ``moderation.scanning.matches`` before the context label.
"""

from __future__ import annotations

import re
from collections.abc import Collection

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
    "so honestly lowkey slowly".split()
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


# A weapon is held by someone: "this knife will kill you" is a threat, not the idiom.
_WEAPONS = frozenset(
    "gun guns knife knives blade blades bullet bullets bomb bombs pistol rifle shotgun "
    "machete axe bat fist fists hands".split()
)


# What students complain will be the death of them, named bare: "chemistry is gonna kill me",
# "revision will kill me", "stress will kill you".
_COMPLAINTS = frozenset(
    "school college uni homework coursework revision exams exam tests maths math chemistry "
    "physics biology science english history geography french spanish german latin art music "
    "drama pe gym work job life mondays monday traffic weather heat stress anxiety cramps "
    "hayfever caffeine sugar homeworks assignments deadlines".split()
)


def a_thing_does_it(clause: list[str]) -> bool:
    """Whether the words of a clause before a violent word aimed at the writer name a thing
    as its doer: "that", "it", a determiner and words that name no one ("the maths test",
    "this homework"), or something students complain of, named bare ("chemistry"), past
    "is going to", "will", "literally"."""
    end = len(clause)
    while end and clause[end - 1] in _BETWEEN:
        end -= 1
    if end and clause[end - 1] in _THING_PRONOUNS:
        return end < 2 or clause[end - 2] not in _PREPOSITIONS
    if (
        end
        and clause[end - 1] in _COMPLAINTS
        and (end < 2 or clause[end - 2] not in _PREPOSITIONS)
        and _PEOPLE.isdisjoint(clause[:end])
    ):
        return True
    for at in range(end - 2, max(-1, end - 4), -1):
        if clause[at] in _DETERMINERS:
            # "a boy on the bus stabbed me": a thing after a preposition is not the doer
            after_preposition = at > 0 and clause[at - 1] in _PREPOSITIONS
            doer = clause[at + 1 : end]
            return not after_preposition and _PEOPLE.isdisjoint(doer) and _WEAPONS.isdisjoint(doer)
    return False


# "can kill you" with no one in the clause is what a thing can do to anyone.
_POSSIBLE = frozenset("can could may might cn".split())
# Whose a thing is, or who is there: then a person may be the doer ("my dog could kill you").
_SOMEONE = _PEOPLE | frozenset(
    "my mine your ur yours his her hers our their we us him them it's ima imma".split()
)
# The objects a thing can harm: anyone, not the writer (the writer's own case is
# ``a_thing_does_it`` in the context rules).
HARMED = frozenset("you u ya him her them someone anyone people".split())


def harm_by_a_thing(clause: list[str]) -> bool:
    """Whether the words before a violent word aimed at someone other than the writer name a
    thing as its doer ("the illness that killed him", "this heat will kill you") or name no
    doer at all before "can"/"could"/"may"/"might" ("some mushrooms can kill you"): what
    a thing does to anyone, not a threat."""
    if not _WEAPONS.isdisjoint(clause):
        return False
    end = len(clause)
    while end and clause[end - 1] in _BETWEEN:
        end -= 1
    if end and clause[end - 1] in _POSSIBLE:
        return _SOMEONE.isdisjoint(clause) and "i" not in clause
    return a_thing_does_it(clause)


# Words that name what follows them as a topic: "a talk about", "mentions", "such as".
_TOPIC_BEFORE = frozenset(
    "about regarding mention mentions mentioned mentioning including includes included "
    "example eg topic topics against sobre incluido contra".split()
)
# The law's and the news's words, which name a one-word topic only ("gun laws", "a pornography
# trial", "convicted of rape"); a phrase that says something ("a burden to everyone") is no
# topic before "laws" or after "convicted of".
_NEWS_BEFORE = frozenset("convicted accused charged arrested sentenced jailed guilty".split())
_NEWS_AFTER = frozenset(
    "law laws legislation trial trials court courts ban bans reform regulation regulations "
    "debate debates inquiry figures crisis epidemic victim victims survivor survivors suspect "
    "suspects investigation investigations charges ley leyes".split()
)
# Words after a match that make it the name of a topic or a service: "a bullying policy",
# "self-harm training", "drug education".
_TOPIC_AFTER = frozenset(
    "awareness prevention policy policies training procedure procedures unit units lesson "
    "lessons module modules curriculum education rates statistics research campaign campaigns "
    "charity charities helpline hotline services service week month resources "
    "leaflet leaflets poster posters workshop workshops assembly assemblies survey surveys "
    "prevención campaña charla taller".split()
)
# Thinking about something is not naming a topic: "I keep thinking about suicide".
_DWELLING = frozenset(
    "think thinks thinking thought thoughts dream dreams dreaming dreamt fantasise fantasize "
    "fantasising fantasizing obsess obsessed obsessing plan plans planning considering "
    "consider research researching searching searched googled googling looked looking "
    "pensando pienso".split()
)
# Asking for help is a student's own worry, even with no "I": "any advice about self-harm?",
# "tips for coping with bulimia".
_SEEKING = frozenset(
    "advice help tips struggling struggle struggles cope coping anyone anybody someone "
    "somebody ayuda consejo alguien".split()
)

# How it is done is a plan, wherever it sits in the clause: "a video about suicide methods".
_MEANS = frozenset("method methods ways how painless quickest easiest".split())


def asks_for_help(words: Collection[str]) -> bool:
    """Whether words ask for help or advice ("any advice", "tips for coping", "anyone")."""
    return not _SEEKING.isdisjoint(words)


# Someone the clause is about, who makes a topic word a worry about a person. Teachers' own
# generic people ("a student", "pupils", "young people"), "we" and "our" ("we watched a
# documentary about...", "our policy") name no one in particular.
_PARTICULAR = frozenset(
    "i im ive id ill me my mine myself ourselves you u ur your yours youre yourself he hes "
    "him his himself she shes her hers herself friend bf gf boyfriend "
    "girlfriend brother sister cousin mum mom dad yo mi mis me tu tus te él ella amigo "
    "amiga".split()
)


def named_as_topic(
    clause_before: list[str],
    own: list[str],
    clause_after: list[str],
    sentence: Collection[str] = (),
) -> bool:
    """Whether the clause names the match as a topic ("a lesson about self-harm", "if a pupil
    mentions bullying", "self-harm training") and names no one in particular (not "I", "my
    friend", "she"), nor dwells on it ("thinking about suicide"), nor asks for help in its
    sentence ("any advice about self-harm?")."""
    if not _PARTICULAR.isdisjoint(clause_before + own + clause_after):
        return False
    if not _DWELLING.isdisjoint(clause_before + own):
        return False
    if not _MEANS.isdisjoint(clause_before + own + clause_after):
        return False
    if asks_for_help(clause_before + clause_after) or asks_for_help(sentence):
        return False
    return (
        not _TOPIC_BEFORE.isdisjoint(clause_before[-6:])
        or (clause_after[:1] != [] and clause_after[0] in _TOPIC_AFTER)
        or (len(own) == 1 and not _NEWS_BEFORE.isdisjoint(clause_before[-3:]))
        or (len(own) == 1 and clause_after[:1] != [] and clause_after[0] in _NEWS_AFTER)
        or _called_a_warning_sign(clause_after)
    )


# "... is a warning sign", "... are red flags": what safeguarding lessons teach, not a request.
_SIGN_COPULAS = frozenset("is are can be may".split())


def _called_a_warning_sign(after: list[str]) -> bool:
    near = after[:6]
    if _SIGN_COPULAS.isdisjoint(near[:2]):
        return False
    return "warning" in near or any(
        word == "red" and near[at + 1 : at + 2] in (["flag"], ["flags"])
        for at, word in enumerate(near)
    )


_LIST_ITEM_WORDS = 6  # an item of a list of topics is a few words ("being asked for pictures")
_LIST_ITEMS = 8


def listed_as_topic(items_before: list[list[str]]) -> bool:
    """Whether a match that opens an item of a comma-separated list ("..., self-harm") is in a
    list of topics that a topic word opened ("for example bullying, hate, self-harm"):
    ``items_before`` are the words of the items before it, the nearest last. No item may name
    someone in particular or dwell on the topic."""
    for words in reversed(items_before[-_LIST_ITEMS:]):
        if not _PARTICULAR.isdisjoint(words) or not _DWELLING.isdisjoint(words):
            return False
        if not _MEANS.isdisjoint(words):
            return False
        if asks_for_help(words):
            return False
        if not _TOPIC_BEFORE.isdisjoint(words[-_LIST_ITEM_WORDS:]):
            return True
        if len(words) > _LIST_ITEM_WORDS:
            return False
    return False


# A secret kept until an occasion is a surprise ("keep it a secret, it's for her birthday"):
# not gifts or meeting, which are how an abuser asks for secrecy.
_SURPRISE = frozenset(
    "surprise surprises surprised birthday birthdays bday party christmas xmas anniversary "
    "wedding proposal proposing shower sorpresa cumpleaños cumple fiesta navidad".split()
)


def surprise_secret(own: list[str], sentence: list[str]) -> bool:
    """Whether a request for secrecy (an entry naming a secret) sits in a sentence about a
    surprise or an occasion."""
    return ("secret" in own or "secreto" in own) and not _SURPRISE.isdisjoint(sentence)
