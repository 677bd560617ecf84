"""Everyday words: informational topic words that count only when tied to a person.

An informational entry (severity 1) in a library of topics names something history, news,
sport, kitchens and lessons talk about all day ("gun", "knife", "killed", "cocaine",
"sextortion", "grooming"). It is recorded only where the words around it tie it to a person:
the writer ("I have a knife"), someone it is aimed at ("stabbed me", "shoot him"), or a threat
(the context rules' THREAT label raises it to high). Impersonal, negated, quoted or laughed
off, it is no flag at all: alert fatigue costs more than a word with nobody in it. A post that
is the word alone is recorded, since nothing says it is neutral. In profanity and hate the word
itself is the harm, so their informational entries are always recorded.

Pure Python, no Django; read by ``moderation.scanning.matches`` after the context label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.scanning.context import (
    _CACHE_SIZE,
    _CLAUSE_AFTER,
    _INTENT,
    _REACH,
    _SENTENCE_END,
    _UP_TO_LAST_MARK,
    _UP_TO_SENTENCE_END,
    ASKABLE,
    COUNTER,
    ENDORSED,
    HANDLED,
    JOKING,
    LINKED,
    NEGATED,
    OWN,
    PLACES,
    QUESTION,
    QUOTED,
    THREAT,
    THREAT_CATEGORIES,
    _after_clause_word,
    _aimed_in_spanish,
    _Entry,
    _lowered,
    _until_clause_word,
    _words,
)
from moderation.scanning.senses import a_thing_does_it

# Spanish puts the writer before the verb and its auxiliaries: "me va a matar", "me ha matado",
# "me está matando", "me mata".
_SPANISH_AUXILIARIES = frozenset(
    "va van a ha han está están esta estan acaba acabó acabo de".split()
)
_SPANISH_AUXILIARY_FIRST = frozenset(
    "va van ha han está están esta estan acaba acabó acabo".split()
)


def _a_thing_does_it_to_me_in_spanish(clause: list[str]) -> bool:
    """Whether a Spanish clause before a violent verb names the writer ("me") and, before
    that, a thing as its doer: "esta evaluación me va a matar", "las correcciones me están"."""
    if "me" not in clause[-4:]:
        return False
    at = len(clause) - 1 - clause[::-1].index("me")
    tail = clause[at + 1 :]
    if tail and (
        tail[0] not in _SPANISH_AUXILIARY_FIRST or not _SPANISH_AUXILIARIES.issuperset(tail)
    ):
        return False
    return a_thing_does_it(clause[:at])


EVERYDAY = 1
NOT_REPORTED = 0
WORD_IS_THE_CONCERN = frozenset({"profanity", "hate"})
_EVERYDAY_SET_ASIDE = frozenset({NEGATED, QUOTED, COUNTER, JOKING, LINKED, HANDLED})
_AIMED, _SAID, _ALONE, _ASKED, _UNTIED = "aimed", "said", "alone", "asked", "untied"
# Just before it in a question, words that ask for the thing: "who has weed?", "anyone got".
_ASKING_FOR = frozenset(
    "has have got get sells sell selling buy where anyone anybody tiene tienes vende consigo "
    "dónde donde alguien".split()
)
# Right after an everyday word: who it is done to.
_OBJECTS = frozenset(
    "me you u ya yall him her them us myself yourself urself himself herself themselves "
    "ourselves everyone everybody someone somebody".split()
)
# Just before it: who says, has or does it ("I", "he", "they"). Not "we": "we got killed
# in the second half" is a team.
_SUBJECTS = frozenset(
    "i im ima imma ive id ill me you u youre he hes she shes they theyre yo tú él ella "
    "ellos ellas".split()
)
# Right before it, whose it is: the writer's or the reader's ("my knife", "tu pistola"); not
# "his", "her" or "their" ("the chef sharpened her knife", "snakes kill their prey").
_OWN = frozenset("my mine your ur yours mi mis tu tus".split())
# Chat leaves the "I" out: "got so drunk last night", "been cutting again".
_I_LEFT_OUT = frozenset(
    "got getting been had gonna wanna went feeling feel felt tried took need needed "
    "just nearly almost kinda thinking planning considering tempted wanting".split()
)
# Between a violent word and its object: "kill all of them", "hurt every one of you".
_QUANTIFIERS = frozenset("all of every one each both the rest".split())
# A weapon or violent word with a place full of people and a time: "gun at school tomorrow".
_PLACES = PLACES | {"campus", "clase"}
_WHEN = frozenset(
    "tomorrow today tonight monday tuesday wednesday thursday friday morning lunch "
    "mañana hoy lunes martes miércoles jueves viernes".split()
)
# A weapon or violent word beside a fight being planned: "they need knives for the fight".
_FIGHTS = frozenset("fight fights beef scrap rumble brawl pelea peleas bronca".split())
# After the words a violent word is done to, a relative pronoun says they are people: "kill all
# the rats who snitched", "stab the kid who".
_PEOPLE_WHO = frozenset("who whom quien quienes".split())
_MOST_WORDS_BEFORE_WHO = 3
_AUXILIARIES = frozenset("has have had is was will would could can may might".split())
_WORD_CHAR = re.compile(r"[^\W_]")
# In bullying an informational word is a mild insult ("weirdo", "hoe") or the topic's name
# ("cyberbullying"): an insult is pointed at someone by a determiner ("these hoes",
# "what a weirdo", "ur such a"), which the topic's name rarely is.
INSULTING = frozenset({"bullying"})
_POINTING = frozenset(
    "these those that this such what ur ya eres sos qué menudo menuda vaya este esta "
    "estos estas".split()
)
# Spanish object pronouns before a verb that are never articles too ("la", "los" are):
# "te apuñalo", "me pegó".
_SPANISH_OBJECTS = frozenset("te me le les nos".split())


# Someone whose work the word is: "she deals with overdoses at work", "the nurse checked my BMI".
# An everyday word in their clause is their job, unless the writer is its subject or owner
# ("the nurse said i overdosed", "my doctor says my bmi...") or the "I" is left out.
_AT_WORK = frozenset(
    "nurse nurses doctor doctors gp paramedic paramedics surgeon surgeons pharmacist vet vets "
    "midwife dentist therapist counsellor counselor psychologist officer officers police "
    "firefighter firefighters scientist scientists researcher researchers chemist "
    "enfermera enfermero médico medico doctora".split()
)
_WRITER_DOES = frozenset("i im ive id ill ima imma yo".split())
# The writer giving something ("I bought a gift card for my cousin"): a gift that goes from the
# writer, not to them, is not the lure grooming words are about.
_GIVING = frozenset("bought buy buying gave give giving wrapped made sent compré regalé".split())
_TO_SOMEONE = frozenset("for to para".split())


# Past narration of violence about other people: "she was killed in the crash", "he murdered
# his rival in 1890". Told of someone the writer does not name as theirs, away from a school,
# it is a story, news or history, not a threat or a disclosure.
# Besides violence, the categories whose everyday words a story tells of others: drugs. Never
# self-harm or eating disorders, where what happened to a friend is itself a worry.
NARRATED = frozenset({"drugs"})
# Categories whose everyday names (a group, a leader, a book) are history and news unless the
# writer or the reader is in the clause ("my cousin wants to join the islamic state", "he showed
# me mein kampf"); agreement with one is read by the context rules (ENDORSED) before this.
ABOUT_THE_WRITER_ONLY = frozenset({"extremism"})
_THIRD_PERSON = frozenset("he she they hes shes theyre who".split())
_PAST_AUXILIARIES = frozenset("was were been had got".split())
_PAST_VIOLENCE = frozenset("shot slit hit beat beaten bit fought slain".split())
_WRITER_OR_READER = frozenset(
    "i im ive id ill me my mine myself we us our you u ur your yours yourself".split()
)


def _looks_past(word: str) -> bool:
    """A past tense by its ending ("used", "loaded", "smuggled"), not "bed", "need", "speed"."""
    return len(word) >= 4 and word.endswith("ed") and not word.endswith("eed")


def _past_narration(clause: list[str], own: list[str], after: list[str]) -> bool:
    """A violent word, a weapon or a drug told in the past of someone else ("she was killed",
    "he loaded his rifle", "she smuggled cigarettes"), with no writer, reader or school."""
    if not own or (clause and clause[0] in _I_LEFT_OUT):
        return False  # "got so drunk last night": the writer, with the "I" left out
    past = (
        own[0].endswith("ed")
        or own[0] in _PAST_VIOLENCE
        or any(_looks_past(word) for word in clause[-3:])
    )
    if not past and _PAST_AUXILIARIES.isdisjoint(clause[-2:]):
        return False
    near = clause[-4:]
    # a third person, or a subject before a past auxiliary ("a cyclist was killed"); an
    # auxiliary that opens the clause may have the writer left out ("was so drunk")
    told_of_someone = not _THIRD_PERSON.isdisjoint(near) or any(
        word in _PAST_AUXILIARIES for word in clause[1:][-4:]
    )
    words = clause + after
    return told_of_someone and _WRITER_OR_READER.isdisjoint(words) and _PLACES.isdisjoint(words)


# Before an everyday entry that ends with the writer ("hit me"), the only words of an imperative:
# the reader is asked to do it ("so hit me with music", "go on, hit me with your best"), which
# tells of no blow.
_ASKING_THE_READER = frozenset("so just please pls plz now go on come and then ok okay oh".split())
# The object an everyday entry may end with: "punch him", "slap them".
_OWN_OBJECTS = frozenset("him them".split())


def everyday_severity(text: str, start: int, end: int, entry: _Entry, label: str) -> int:
    """The severity a match of an everyday ``entry`` labelled ``label`` is recorded at
    (``NOT_REPORTED``: no match at all). Only for matches where ``applies`` is true."""
    if entry.category in THREAT_CATEGORIES and entry.term.rsplit(" ", 1)[-1] in _OWN_OBJECTS:
        # An everyday entry that names its own object ("punch him") is a threat's words only:
        # told of the past or of a story ("he punched him at the bus stop") it is no flag; an
        # intent before it is the THREAT label, recorded high, which never reaches this rule.
        return NOT_REPORTED
    left, right = text[max(0, start - _REACH) : start], text[end : end + _REACH]
    if entry.category == "sexting" and not _PRIVATE_PLACES.isdisjoint(
        _words(text[start:end].lower())
    ):
        return _filmed_severity(left, right) if label not in _EVERYDAY_SET_ASIDE else NOT_REPORTED
    violent = entry.category in THREAT_CATEGORIES
    narrated = violent or entry.category in NARRATED
    tie = _tie(
        left,
        text[start:end],
        right,
        entry.category in INSULTING,
        violent,
        narrated,
        entry.category in ABOUT_THE_WRITER_ONLY,
    )
    return _everyday_severity(label, tie, entry.category)


# Places where filming or photographing anyone is abuse (an entry such as "in the changing
# room"): recorded where a camera word is in the same sentence, never for being there.
_PRIVATE_PLACES = frozenset(
    "changing toilets showers loos vestuario vestuarios baños duchas".split()
)
_CAMERA = frozenset(
    "film filmed filming films filmin record recorded recording records video videos videoed "
    "videoing vid vids pic pics photo photos photographed photographing picture pictures snap "
    "snapped snapping camera cam upskirt grabar grabaron grabó grabo grabando grabado grabada "
    "foto fotos vídeo vídeos".split()
)
# Someone filmed there: "filming us", "took pics of her", "me grabaron".
_FILMED_PEOPLE = frozenset("me us her him them people girls boys nos te".split())
_FILMED = 3  # voyeurism: held for a lead
_CAMERA_THERE = 2  # a camera there, nobody named: worth a look


def _filmed_severity(left: str, right: str) -> int:
    """A private place with a camera word in its sentence: high where someone is filmed there
    ("he was filming us in the changing room", "me grabaron en el vestuario"), low where nobody
    is named; the place alone is no flag."""
    before = _lowered(left)
    start = _UP_TO_SENTENCE_END.match(before)
    after = _lowered(right)
    end = _SENTENCE_END.search(after)
    sentence = _words(before[start.end() :] if start else before) + _words(
        after[: end.start()] if end else after
    )
    if _CAMERA.isdisjoint(sentence):
        return NOT_REPORTED
    return _FILMED if not _FILMED_PEOPLE.isdisjoint(sentence) else _CAMERA_THERE


def applies(entry: _Entry, label: str) -> bool:
    """Whether the everyday rule decides this match's severity (a threat keeps its own, and
    so does a harm the writer says is theirs, or a name they agree with)."""
    return is_everyday(entry) and label not in (THREAT, OWN, ENDORSED)


def is_everyday(entry: _Entry) -> bool:
    """An informational entry that names a topic (a weapon, a drug, a kind of abuse), not a
    word that is the harm itself (a slur, a swear word)."""
    return entry.severity == EVERYDAY and entry.category not in WORD_IS_THE_CONCERN


def _everyday_severity(label: str, tie: str, category: str) -> int:
    """What an everyday word is recorded at: nothing where its context is impersonal or
    sets it aside, informational where it is tied to the writer or someone else, low where
    a violent or bullying word is aimed at a person ("stabbed me", "shoot him")."""
    if tie == _ALONE:  # the word and emoji or punctuation: nothing says it is neutral
        return EVERYDAY
    if tie == _ASKED and label == QUESTION and category not in ASKABLE:
        return EVERYDAY  # "who has cannabis?": in drugs or grooming the asking is the concern
    if label in _EVERYDAY_SET_ASIDE or tie in (_UNTIED, _ASKED):
        return NOT_REPORTED
    if tie == _AIMED and category in THREAT_CATEGORIES:
        return 2
    return EVERYDAY


@lru_cache(maxsize=_CACHE_SIZE)
def _tie(
    left: str,
    matched: str,
    right: str,
    insult: bool = False,
    violent: bool = False,
    narrated: bool = False,
    writer_only: bool = False,
) -> str:
    """How an everyday word is tied to a person: aimed at one (a pronoun right after it,
    "kill him", or a Spanish one right before, "te mato"), said by or of one (a subject just
    before it, "I have a knife", "he has a gun"; the writer's or reader's own, "my knife"; a
    clause with the "I" left out, "got so drunk"), alone (a post that is the word and nothing
    else: nothing says it is neutral), or untied ("Lions kill zebras", "her knife")."""
    if _WORD_CHAR.search(left) is None and _WORD_CHAR.search(right) is None:
        return _ALONE
    before_text = _lowered(left)
    last_mark = _UP_TO_LAST_MARK.match(before_text)
    clause = _words(before_text[last_mark.end() :] if last_mark else before_text)
    before = _after_clause_word(clause)
    after_text = _CLAUSE_AFTER.match(_lowered(right)).group()  # type: ignore[union-attr]
    after_words = _words(after_text)
    if writer_only and _WRITER_OR_READER.isdisjoint(clause + after_words):
        return _UNTIED  # "he denounced the Nazis", "they say that Hitler...": history
    after = _until_clause_word(after_words)
    own = _words(_lowered(matched))  # an entry may name its person: "my bmi"
    objects = _without_quantifiers(after)
    # the writer may be the entry's own last word: "hit me" in "the ball hit me"
    at_the_writer = objects[:1] in (["me"], ["us"]) or own[-1:] in (["me"], ["us"])
    if violent and at_the_writer and a_thing_does_it(clause):
        # "that test killed me", "this homework is killing me", "this heat will kill us all"
        return _UNTIED
    if violent and own[-1:] == ["me"] and _ASKING_THE_READER.issuperset(clause):
        # a request to the reader, nobody's blow: "so hit me with music", "hit me with the tea"
        return _UNTIED
    if violent and (
        _a_thing_does_it_to_me_in_spanish(clause) or (own[:1] == ["me"] and a_thing_does_it(clause))
    ):
        # "esta evaluación me va a matar", "el claustro me ha matado"
        return _UNTIED
    if not _OBJECTS.isdisjoint(own + objects[:2]):
        return _AIMED
    if violent and not _PLACES.isdisjoint(clause + after) and not _WHEN.isdisjoint(clause + after):
        return _AIMED
    if not _SPANISH_OBJECTS.isdisjoint(before[-2:]) or _aimed_in_spanish(own):
        return _AIMED
    if narrated and _past_narration(clause, own, after):
        return _UNTIED  # "she was killed in the collision": a story, news or history
    # a fight it is for ("knives for the fight", not "a knife fight scene"), or people named by
    # a "who" after it ("kill all the rats who snitched"; not where a thing does it: "it has
    # killed all the others who tried it")
    if violent and (
        not _FIGHTS.isdisjoint(after[1:])
        or (
            not _PEOPLE_WHO.isdisjoint(objects[:_MOST_WORDS_BEFORE_WHO])
            and not a_thing_does_it([word for word in clause if word not in _AUXILIARIES])
        )
    ):
        return _AIMED
    if not _WRITER_DOES.isdisjoint(before) and not _INTENT.isdisjoint(before[-4:]):
        return _SAID  # the writer means to: "i want to buy a gun", "im planning to get coke"
    writer_does = not _WRITER_DOES.isdisjoint(clause[-3:])
    writer_in_it = (
        writer_does
        or not _WRITER_OR_READER.isdisjoint(before)
        or (clause and clause[0] in _I_LEFT_OUT)
    )
    if not writer_in_it and not _AT_WORK.isdisjoint(clause + after):
        return _UNTIED  # someone's work: "my mum is a nurse and she deals with overdoses"
    if (
        writer_does
        and not _GIVING.isdisjoint(clause[-3:])
        and after[:1]
        and after[0] in _TO_SOMEONE
    ):
        return _UNTIED  # the writer's gift to someone: "I bought a gift card for my cousin"
    # the clause's own last words, not cut at "so" or "and": "ur so anorexic"
    if not _SUBJECTS.isdisjoint(clause[-3:]) or not _OWN.isdisjoint(clause[-2:] + own):
        return _SAID
    if clause and clause[0] in _I_LEFT_OUT:
        return _SAID
    if not _ASKING_FOR.isdisjoint(before[-4:]):
        return _ASKED  # a request only if the sentence is a question: see _everyday_severity
    if insult and not _POINTING.isdisjoint(before[-2:]):
        return _SAID  # pointed at someone, and recorded as what it is: a mild insult
    return _UNTIED


def _without_quantifiers(words: list[str]) -> list[str]:
    """The words after a match from its object on: "all of them" -> "them"."""
    start = 0
    while start < len(words) and words[start] in _QUANTIFIERS:
        start += 1
    return words[start:]
