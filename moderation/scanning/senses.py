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
* a secret that is a surprise: "keep it a secret until her birthday" (``surprise_secret``);
* a sentence in the English of Shakespeare and the King James Bible, which a student only
  quotes: "Give me thy knife", "he that killed my king hath..." (``in_old_english``).

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
    "is was s are going gonna gon finna trying tryna to will ll would about literally actually "
    "just really "
    "so honestly lowkey slowly nearly almost practically basically absolutely totally "
    "completely properly highkey legit suddenly finally".split()
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
# Animals that kick, bite or knock a rider down: the doer, never a person ("a horse kicked me").
_ANIMALS = frozenset(
    "horse horses pony ponies donkey donkeys cow cows goat goats sheep dog dogs puppy cat cats "
    "kitten bird birds swan swans goose geese hen chicken".split()
)
# The people a violent word can be aimed at by a noun rather than a pronoun ("the kid").
PERSON_NOUNS = _PEOPLE - frozenset("i me you u he she they we someone somebody everyone".split())


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
    "hayfever caffeine sugar homeworks assignments deadlines "
    # ... and what wears them out for fun or for pay: "that workout nearly killed me", "mosh
    # pit nearly killed me"
    "gig gigs concert concerts festival moshpit pit workout workouts hike marathon training "
    "practice rehearsal rehearsals shift shifts commute hangover "
    # ... and what wears teachers out: "marking makes me want to die", "ofsted nearly killed
    # me", "esta evaluación me va a matar"
    "marking planning reports paperwork admin emails ofsted inspection inspections observation "
    "observations mocks cover duty duties meetings inset timetable timetabling spec "
    "evaluación evaluacion evaluaciones correcciones exámenes examenes claustro claustros "
    "reuniones papeleo guardias informes programaciones oposiciones trimestre deberes "
    # ... and the students' and everyone's in Spanish: "este calor me va a matar"
    "calor tráfico trafico estrés estres ansiedad lunes trabajo mates matemáticas física "
    "química examen".split()
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
    if end and clause[end - 1] in _ANIMALS and (end < 2 or clause[end - 2] not in _PREPOSITIONS):
        return True  # "a horse kicked me", "wild horses kicked me in my side"
    if (
        end
        and clause[end - 1] in _COMPLAINTS
        and (end < 2 or clause[end - 2] not in _PREPOSITIONS)
        and _PEOPLE.isdisjoint(clause[:end])
    ):
        return True
    # up to three words name the thing: "that last minute goal absolutely killed me"
    for at in range(end - 2, max(-1, end - 5), -1):
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
    "suspects investigation investigations charges trade industry industries ley leyes".split()
)
# Words after a match that make it the name of a topic or a service: "a bullying policy",
# "self-harm training", "drug education".
_TOPIC_AFTER = frozenset(
    "awareness prevention policy policies training procedure procedures unit units lesson "
    "lessons module modules curriculum education rate rates statistics research campaign "
    "campaigns "
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
        or _called_a_public_problem(clause_after)
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


# "... is a silent epidemic", "... is the leading cause of death in young men", "... remains
# a public health crisis": what the news and public health say of a topic.
_PUBLIC_PROBLEMS = frozenset(
    "epidemic epidemics crisis crises issue issues problem problems cause causes killer "
    "tragedy tragedies priority concern rising increasing".split()
)
_TOPIC_COPULAS = frozenset("is are remains remain".split())
_A_PROBLEM = frozenset("a an the".split())
# A topic's history in someone's life ("... is a problem again", "... is still a problem").
_A_HISTORY = frozenset("again still anymore back".split())


# "... still happens in the UK", "... exists in every school", "... goes on across the country":
# where a harm happens, told as a fact about the world.
_HAPPENS = frozenset("happens happen exists exist occurs occur".split())
_WHERE_IN = frozenset("in across around everywhere worldwide today globally".split())


def _said_to_happen_somewhere(after: list[str]) -> bool:
    near = after[:4]
    if near[:1] == ["still"]:
        near = near[1:]
    if near[:2] == ["goes", "on"]:
        near = ["happens", *near[2:]]
    return bool(near) and near[0] in _HAPPENS and near[1:2] != [] and near[1] in _WHERE_IN


def _called_a_public_problem(after: list[str]) -> bool:
    if _said_to_happen_somewhere(after):
        return True
    near = after[:5]
    if not near or near[0] not in _TOPIC_COPULAS or not _A_HISTORY.isdisjoint(after[:8]):
        return False
    if near[1:2] in (["rising"], ["increasing"]):
        return True
    return not _A_PROBLEM.isdisjoint(near[1:3]) and not _PUBLIC_PROBLEMS.isdisjoint(near[2:])


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


# A death or an attack in a play, a novel or a film, told by those who teach or stage it:
# "Eva Smith's suicide is told not shown", "the double suicide at the end of the play", "the
# murder scene in Act 2". Nobody but the story's people in the sentence.
_STORY_WORDS = frozenset(
    """
    play plays playwright novel novels novella film films scene scenes chapter chapters ending
    plot character characters production rehearsal rehearsals stage staged musical tragedy
    poem poems poet quote quotes episode episodes shakespeare act
    movie movies series season seasons finale spoiler spoilers sequel prequel trailer
    storyline villain villains protagonist antagonist anime manga sitcom cartoon thriller
    netflix cinema rewatch rewatching binge binged bingeing binging
    offstage onstage soliloquy monologue stanza stanzas perform performed performing
    performance depicted depicts portrayed portrays described
    obra obras novela novelas teatro escena escenas personaje personajes poema película
    pelicula capítulo capitulo leído leido leímos leimos
    """.split()
)
# A story's watching, which names it for what its people do (``told_of_characters``), not for
# a sentence with nobody in it: "everyone will watch" is a crowd.
_WATCHING = frozenset("watch watching watched".split())
# What reaches out of any story: a school, a day, an intent.
_OUT_OF_THE_STORY = frozenset("school classroom campus tomorrow tonight gonna wanna".split())
_OUTSIDE_A_STORY = frozenset(
    "i im ive id ill me my mine myself you u ur your yours youre yourself he hes him his she "
    "shes her hers we us our ours friend friends mum mom dad brother sister "
    "yo mi mis conmigo nosotros nuestro nuestra amigo amiga mamá mama papá papa hermano "
    # Spanish leaves the subject out: a verb in the first person singular is the writer.
    "hermana voy estoy estaré estare quiero puedo".split()
)
# The writer as the teacher of the story, and only that: "so I get them to write the scene",
# "I always set this chapter", "I teach it with care".
_TEACHING_IT = frozenset(
    "get set teach teaching taught use show read mark ask have make start end warn".split()
)
_WRITER_TEACHING = frozenset("i ill id".split())
_ALSO = frozenset("always usually then also still often now just".split())
# ... and the classes the writer or a colleague teaches: "my Year 10s", "your groups".
_TEACHERS_OWN = frozenset("my your our ur mis tus".split())
_CLASSES = frozenset(
    "class classes group groups set sets students pupils kids year years form tutees "
    "clase clases grupo grupos alumnos".split()
)


def _only_the_teacher(sentence: Collection[str]) -> list[str]:
    """``sentence`` without the writer where the writer is only its teacher ("I get them to
    write the scene"): each "I" followed by what a teacher does with a text, and each "my" or
    "your" before the classes that read it ("do your groups perform it?")."""
    words = list(sentence)
    kept = []
    for at, word in enumerate(words):
        if word in _TEACHERS_OWN and words[at + 1 : at + 2] != [] and words[at + 1] in _CLASSES:
            continue
        if word in _WRITER_TEACHING:
            following = [w for w in words[at + 1 : at + 3] if w not in _ALSO]
            if following and following[0] in _TEACHING_IT:
                continue
        kept.append(word)
    return kept


def told_in_a_story(sentence: Collection[str], own: Collection[str] = ()) -> bool:
    """Whether a sentence (the words around a match, ``own``) names a play, a novel, a film or
    a series and nobody outside it, the match included: a story's event, taught, staged or
    watched. The match's own words never name the story ("ending it all")."""
    sentence = _only_the_teacher(sentence)
    return (
        not _STORY_WORDS.isdisjoint(sentence)
        and _OUTSIDE_A_STORY.isdisjoint(sentence)
        and _OUTSIDE_A_STORY.isdisjoint(own)
        and _OUT_OF_THE_STORY.isdisjoint(sentence)
    )


# A viewer's or reader's reaction to what the story's people do, right after "I" or one word
# on: "they kill the monster and I cheered", "... and I literally screamed".
_REACTIONS = frozenset(
    "cheered cried gasped screamed sobbed laughed clapped yelled shouted winced flinched".split()
)
# ... or the writer's aside to the reader about the story: "by it I mean the murder", "I think
# he poisons them all", "I swear the villain shoots everyone".
_ASIDES = frozenset("mean think guess swear reckon bet knew".split())
_KIN_AND_FRIENDS = frozenset(
    "friend friends mate mates bestie mum mom mam dad brother sister cousin uncle aunt nan gran "
    "grandma grandad stepdad stepmum stepmom boyfriend girlfriend bf gf".split()
)


def told_of_characters(own: list[str], sentence: list[str]) -> bool:
    """Whether a violent word tells what the people of a story do, in a sentence that names a
    film, a series, a book or its watching ("Watching the finale, he kills the judge"): its
    third persons are characters, and the writer is there only to react ("... and I gasped")
    or for an aside ("I think", "I mean").
    Never the writer or the reader otherwise, their family or friends, a school, a day or an
    intent; never self-harm, where a story that moves a student to it is their own."""
    if (_STORY_WORDS.isdisjoint(sentence) and _WATCHING.isdisjoint(sentence)) or not (
        _READERS.isdisjoint(own)
    ):
        return False
    sentence = sentence + own  # the words around the match, and its own
    words = [
        word
        for at, word in enumerate(sentence)
        if not (
            word == "i"
            and (
                not _REACTIONS.isdisjoint(sentence[at + 1 : at + 3])
                or (sentence[at + 1 : at + 2] != [] and sentence[at + 1] in _ASIDES)
            )
        )
    ]
    return (
        _NOT_A_STORY.isdisjoint(words)
        and _KIN_AND_FRIENDS.isdisjoint(words)
        and _INTENT_OR_ONESELF.isdisjoint(words)
    )


# Someone's intent or their own death, which a story may have moved them to: "now she wants
# to kill herself", "he says he plans to".
_INTENT_OR_ONESELF = frozenset(
    "wants wanted wanting plans planned intends threatened threatens threatening "
    "himself herself themselves".split()
)


# A secret kept until an occasion is a surprise ("keep it a secret, it's for her birthday"):
# not gifts or meeting, which are how an abuser asks for secrecy.
_SURPRISE = frozenset(
    "surprise surprises surprised birthday birthdays bday party christmas xmas anniversary "
    "wedding proposal proposing shower sorpresa cumpleaños cumple fiesta navidad".split()
)


def surprise_secret(own: list[str], sentence: list[str]) -> bool:
    """Whether a request for secrecy (an entry naming a secret) sits in a sentence about a
    surprise or an occasion."""
    return not _SECRECY.isdisjoint(own) and not _SURPRISE.isdisjoint(sentence)


# The words of an entry that asks for secrecy: a secret named, or a promise or oath of silence
# ("made me promise not to tell": of a surprise party, a parent's request, no abuser's).
_SECRECY = frozenset("secret secreto promise prometer swear jurar".split())
PROMISED = frozenset("promise prometer swear jurar".split())


# A sentence that defines a word or a thing, as a dictionary or a textbook does: "Suicide is
# the act of ...", "A bong is a pipe used for ...", "The word sped is the past tense of
# speed", "'X' is a dysphemistic term for ...". The match is the sentence's subject (after an
# article, or after "the word"), and what follows it defines: a verb of meaning, or "is a /
# the" and a noun that classes it within a few words.
_DEFINING_VERBS = frozenset("means meant refers referred denotes stands significa".split())
_CLASSING_NOUNS = frozenset(
    "act word words term terms name names kind type form sort class slang abbreviation "
    "tense noun verb adjective synonym spelling plural singular crime offence offense device "
    "weapon drug drugs substance chemical medicine painkiller stimulant depressant opioid "
    "plant spirit pipe tool disorder illness condition disease practice process "
    "palabra término delito droga sustancia trastorno enfermedad".split()
)
_SUBJECT_OPENERS = frozenset("a an the el la los las un una".split())
_A_WORD = frozenset("word term name expression slur palabra término".split())
_DEFINING_COPULAS = frozenset("is are was es son".split())
# Whose the sentence is: a definition names no one ("one's own life", "yourself" after the
# defining words are anyone's).
_WRITER = frozenset("i im ive id ill me my mine myself yo mi mis".split())


def _the_subject(clause_before: list[str], own: list[str]) -> bool:
    """Whether the match opens its sentence: nothing before it, an article, or "the word"."""
    if not clause_before:
        return True
    if len(clause_before) == 1:
        return clause_before[0] in _SUBJECT_OPENERS or clause_before[0] in _A_WORD
    return (
        len(clause_before) == 2
        and clause_before[0] in _SUBJECT_OPENERS
        and clause_before[1] in _A_WORD
    )


def defined(
    clause_before: list[str], own: list[str], clause_after: list[str], sentence: Collection[str]
) -> bool:
    """Whether the match is the word a sentence defines ("Suicide is the act of ...", "A pipe
    bomb is an improvised explosive device", "The word retard means to slow down"), in a
    sentence about no one in particular: never the writer's ("suicide is the only way i ..."),
    never a predicate that is not a definition ("suicide is the answer")."""
    if not _the_subject(clause_before, own) or not _WRITER.isdisjoint(sentence):
        return False
    if not _READERS.isdisjoint(own) or not _PARTICULAR.isdisjoint(clause_before):
        return False
    after = clause_after[:8]
    if not after:
        return False
    if after[0] in _DEFINING_VERBS:
        return True
    a_word_named = bool(clause_before) and clause_before[-1] in _A_WORD
    if a_word_named and after[0] in ("once", "originally", "comes", "came", "derives"):
        return True  # "the word queer once meant odd"
    if after[0] not in _DEFINING_COPULAS or len(after) < 3:
        return False
    if after[1] not in _SUBJECT_OPENERS and not (after[1] in ("short", "slang") and a_word_named):
        return after[1] in ("short", "slang") and after[2:3] == ["for"]
    return not _CLASSING_NOUNS.isdisjoint(after[2:6])


_READERS = frozenset("me you u ya yall him her them us myself yourself".split())


# A weapon, an attack or a drug told of as history or news, in a sentence with no one in it
# but its own people: "The switchblade was banned in the 1950s", "The IED exploded beside the
# road", "The mob lynched the man without a trial", "She was tipsy after one glass". Not the
# writer, the reader or a school; not a future or an intent; not done to a pronoun ("lynched
# him", where a student may be telling of a brother).
_PAST_WORDS = frozenset(
    "was were had went blew took hit shot left came became made caused led began broke "
    "fell sank burnt burned fought slain beat beaten bit slit".split()
)
_NOT_A_STORY = frozenset(
    "i im ive id ill me my mine myself we us our ours you u ur your yours yourself yall "
    "school class classroom campus college will gonna going wanna want plan planning "
    "tomorrow tonight today".split()
)
_STORY_SUBJECTS = frozenset("he she they it who hes shes theyre".split())


def _past(word: str) -> bool:
    return word in _PAST_WORDS or (
        len(word) >= 4 and word.endswith("ed") and not word.endswith("eed")
    )


def told_as_history(
    clause_before: list[str], own: list[str], clause_after: list[str], sentence: Collection[str]
) -> bool:
    """Whether a sentence tells of a weapon, an attack or a drug in the past, of people not
    the writer's: the match as its subject before a past verb ("The IED exploded ..."), or a
    past verb or state after a subject named by an article or a third person ("the mob
    lynched the man", "she was tipsy")."""
    if not _NOT_A_STORY.isdisjoint(sentence) or not _READERS.isdisjoint(own):
        return False
    if clause_after[:1] and (clause_after[0] in _READERS or clause_after[0] in HARMED):
        return False
    if _casualties_counted(list(sentence)):
        return True  # "Mass shooting at a supermarket, 6 killed": a report of the news
    subject = _the_subject(clause_before, own) or (
        len(clause_before) == 2
        and clause_before[0] in _SUBJECT_OPENERS
        and clause_before[1].isalpha()
        and clause_before[1] not in _PEOPLE
    )
    if subject and _an_event_told(_past_a_place(clause_after[:10])[:3]):
        # the match is the subject of a past event: "The IED exploded ...", "A local drug
        # dealer was jailed", "The mass shooting at the mall in Texas left eight dead"
        return True
    if not clause_before:
        return False
    subject = clause_before[-4:]
    named = subject[0] in _SUBJECT_OPENERS or not _STORY_SUBJECTS.isdisjoint(subject)
    # "the mob lynched", "she was tipsy"; never "had" or "got", which are having one ("he
    # got a choppa")
    past_match = _past(own[-1]) if own else False
    past_before = subject[-1] in _WAS
    return named and (past_match or past_before)


# ... and what ``told_as_history`` leaves to the reader: the same past done to a pronoun ("and
# would have killed him", "they shot her at dawn"), which a student may be telling of someone
# they know. Recorded low, never dropped (``context.NARRATED``). Never with a time that makes it
# news of this week ("last night"), nor the writer's kin or friends, nor a doer who is only
# "he" or "they".
_OBJECTS_TOLD_OF = frozenset("him her them".split())
_BARE_DOERS = frozenset("he she they hes shes theyre someone somebody".split())
_RECENT = frozenset("yesterday earlier recently ago".split())
_LATELY = frozenset("last this".split())
_WHEN_LATELY = frozenset("night morning afternoon evening week weekend month term year".split())


def _lately(sentence: list[str]) -> bool:
    """A time of the last days named in the sentence: "yesterday", "last night", "this week"."""
    if not _RECENT.isdisjoint(sentence):
        return True
    return any(
        word in _LATELY and sentence[at + 1 : at + 2] != [] and sentence[at + 1] in _WHEN_LATELY
        for at, word in enumerate(sentence)
    )


def told_of_others_in_the_past(
    own: list[str], clause_after: list[str], sentence: list[str]
) -> bool:
    """Whether a violent match is told in the past of people neither the writer nor the reader
    nor theirs, done to a third person named by a pronoun: "Herod would have killed him",
    "the soldiers shot them in the square"."""
    if not any(_past(word) for word in own):
        return False
    if _OBJECTS_TOLD_OF.isdisjoint(own + clause_after[:1]):
        return False
    return (
        _NOT_A_STORY.isdisjoint(sentence)
        and _KIN_AND_FRIENDS.isdisjoint(sentence)
        and _INTENT_OR_ONESELF.isdisjoint(sentence)
        and not _lately(sentence)
        # a story names who did it ("the king", "Herod's soldiers"); a student telling of
        # someone they know says "he" ("he killed her at the concert")
        and _BARE_DOERS.isdisjoint(sentence)
        and not _of_a_school(sentence)
    )


# A school's own people and places, which no story of kings and soldiers names: "Mr Collins
# killed them all in the art room", "Year 11 killed him on the field", "the older boys killed
# him". A killing told of them is a pupil's news, not a story's.
_A_SCHOOLS_WORLD = frozenset(
    "mr mrs ms miss sir teacher teachers tutor headteacher headteachers head pupil pupils "
    "student students classmate classmates older lads playground canteen corridor corridors "
    "toilets lesson lessons assembly detention yr".split()
)
_YEAR_GROUPS = frozenset(str(year) for year in range(1, 14))


def _of_a_school(sentence: list[str]) -> bool:
    """Whether the sentence names a school's people or places, or a year group ("Year 11")."""
    if not _A_SCHOOLS_WORLD.isdisjoint(sentence):
        return True
    return any(
        word == "year" and sentence[at + 1 : at + 2] != [] and sentence[at + 1] in _YEAR_GROUPS
        for at, word in enumerate(sentence)
    )


_WAS = frozenset("was were".split())
# A count of the dead or hurt, the way the news reports an attack: "6 killed", "dozens
# injured", "three people dead", "200 feared dead".
_COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred dozen dozens hundreds thousands scores several".split()
)
_CASUALTIES = frozenset(
    "killed dead injured wounded died hurt missing hospitalised hospitalized".split()
)
_COUNTED = frozenset("people feared confirmed reported more others".split())


def _casualties_counted(sentence: list[str]) -> bool:
    for at, word in enumerate(sentence):
        if word.isdigit() or word in _COUNTS:
            following = sentence[at + 1 : at + 4]
            while following and (following[0] in _COUNTED or following[0] in _COUNTS):
                following = following[1:]
            if following and following[0] in _CASUALTIES:
                return True
    return False


def _past_a_place(words: list[str]) -> list[str]:
    """The words after a place or time phrase that opens them ("at the mall in Texas left
    eight dead" -> "left eight dead"); the words as they are when none opens them."""
    if not words or words[0] not in _PREPOSITIONS:
        return words
    for at in range(2, min(len(words), 8)):
        if words[at] in _WAS or words[at] in _PAST_WORDS:
            return words[at:]
    return words


def _an_event_told(words: list[str]) -> bool:
    """A past verb that tells an event ("exploded", "was banned", "were named"), not where
    a thing was or who had it ("was in his bag", "had a knife")."""
    for at, word in enumerate(words):
        if word in _WAS:
            following = words[at + 1 : at + 2]
            return bool(following) and _past(following[0]) and following[0] not in _WAS
        if word in ("had", "got"):
            return False
        if _past(word):
            return True
    return False


# "stuck in traffic for two hours, kill me", "another training day, shoot me now": a plea
# for an end to a chore, thrown after the complaint in a clause of its own.
_EXASPERATED_VERBS = frozenset("kill shoot".split())
_EXASPERATED_OPENERS = frozenset("just someone somebody please pls plz".split())
_EXASPERATED_AFTER = frozenset("now already please pls plz lol rn right".split())
# What makes the complaint the writer's life, not a chore: then the plea may be meant.
_DESPAIR = frozenset(
    "i im ive id me my myself mine life live living alive anymore everything everyone "
    "nobody alone hate die dead death hurt pain sad tired crying cry".split()
)


def exasperated(
    clause_before: list[str],
    own: list[str],
    clause_after: list[str],
    complaint: list[str],
    complaint_after: list[str] | None = None,
    complaint_earlier: list[str] | None = None,
) -> bool:
    """Whether "kill me" or "shoot me (now)" is a plea thrown after a complaint about a chore
    ("stuck in traffic for two hours, kill me"): the verb opens its clause, nothing but "now"
    or "please" after "me", and the complaint before it (``complaint``: the sentence's words
    before the clause) names no one and no despair ("i hate my life, kill me" is read as
    before, and so is "kill me" alone). A plea that opens its sentence may be thrown before
    the complaint instead ("kill me now, there's a two hour meeting after school":
    ``complaint_after``, the sentence's words after the clause), or after it in a sentence
    of its own ("who put fire drills in exam week? shoot me now": ``complaint_earlier``, the
    sentence before); such a complaint must name a chore."""
    if not own or own[-1] not in _EXASPERATED_VERBS or len(own) > 2:
        return False
    if len(clause_before) > 1 or (clause_before and clause_before[0] not in _EXASPERATED_OPENERS):
        return False
    if clause_after[:1] != ["me"] and own[-1:] != ["me"]:
        return False
    rest = clause_after[1:] if clause_after[:1] == ["me"] else clause_after
    if not _EXASPERATED_AFTER.issuperset(rest):
        return False
    named = _PEOPLE | _SOMEONE | HARMED
    for elsewhere in (complaint_after, complaint_earlier):
        if not complaint and elsewhere and not _CHORES.isdisjoint(elsewhere):
            complaint = elsewhere
    return len(complaint) >= 3 and _DESPAIR.isdisjoint(complaint) and named.isdisjoint(complaint)


# What a plea thrown before its complaint must name: a chore of school or the staff room.
_CHORES = (_COMPLAINTS - {"life", "anxiety", "stress", "work", "job"}) | frozenset(
    "meeting meetings marking data report reports email emails deadline deadlines training "
    "inset observation observations mocks lesson lessons duty detention detentions "
    "parents evening assembly briefing cover photocopier printer wifi".split()
)


# "I could strangle whoever keeps jamming the photocopier", "I'll kill whoever ate my
# yoghurt": a violent word at whoever did a chore's petty wrong, nobody in particular.
_PETTY_WRONGS = frozenset(
    """
    taking took takes nicking nicked nicks stealing stole steals eating ate eats leaving left
    leaves moving moved moves breaking broke breaks jamming jammed jams using used uses
    parking parked parks finishing finished finishes borrowing borrowed borrows hiding hid
    hides unplugging unplugged changing changed booking booked scheduling scheduled
    putting put puts spilling spilt spilled spoiling spoilt spoiled spoils
    """.split()
)
_KEEPS = frozenset("keeps kept keep always".split())
_HARMED_AFTER = frozenset("me us you u him her them myself".split())


def at_whoever_for_a_chore(own: list[str], clause_after: list[str]) -> bool:
    """Whether a violent word is aimed at "whoever" (or "anyone who") did a petty wrong:
    "strangle whoever keeps taking the pens", "kill anyone who spoils the finale"; never at
    whoever hurt someone ("kill whoever hurt my sister") or did something to a person
    ("whoever keeps texting me")."""
    if not own or own[-1] not in _CHORE_VIOLENCE:
        return False
    # "whoever", or "anyone who" / "anybody that", which name nobody yet as "whoever" does
    if clause_after[:1] == ["whoever"]:
        act = clause_after[1:]
    elif clause_after[:1] in (["anyone"], ["anybody"]) and clause_after[1:2] in (["who"], ["that"]):
        act = clause_after[2:]
    else:
        return False
    while act and act[0] in _KEEPS:
        act = act[1:]
    named = _HARMED_AFTER | _AT_SCHOOL
    return bool(act) and act[0] in _PETTY_WRONGS and named.isdisjoint(clause_after)


# Never a weapon's verb ("shoot whoever keeps taking my stuff"), never at a school.
_CHORE_VIOLENCE = frozenset("kill strangle throttle murder".split())
_AT_SCHOOL = frozenset("school class classroom campus college".split())


# A chore or a thing blamed for a wish to die: "this traffic makes me want to die", "mondays
# make me want to kms", "this homework is making me suicidal", "the spoilers for the finale
# made me want to end it all", "that exam was so bad i wanted to die". Hyperbole as often as
# not, but students hide distress in it too: the context rules record it one level lower, so
# that a critical wish is still held.
_MAKING = frozenset("make makes made making".split())
_THING_OPENERS = frozenset("the this that these those".split())
_COPULAS = frozenset("is was are were been".split())
_SO_THAT = frozenset("so such".split())
_WISHING = frozenset("want wanted wanna to could just literally nearly almost am was".split())


def _a_thing_as_subject(subject: list[str]) -> bool:
    if not subject or not (subject[0] in _THING_OPENERS or subject[0] in _COMPLAINTS):
        return False
    named = _PEOPLE | _SOMEONE | HARMED | _DESPAIR | frozenset(("world", "place", "house", "home"))
    return named.isdisjoint(subject)


def blamed_on_a_thing(before: list[str], clause_before: list[str]) -> bool:
    """Whether the words of a clause before a wish to die blame a thing for it: "[a thing]
    makes me (want to)" in ``before`` (the last clause), "[a thing] was so bad (that) i" in
    ``clause_before`` (up to the last mark: "so" opens a clause of its own)."""
    for at in range(len(before) - 2, max(-1, len(before) - 6), -1):
        if before[at] in _MAKING and before[at + 1] == "me":
            subject = before[:at]
            while subject and subject[-1] in _COPULAS:
                subject = subject[:-1]  # "this homework is making me"
            return _a_thing_as_subject(subject)
    for at, word in enumerate(clause_before):
        if word in _SO_THAT and at >= 2 and clause_before[at - 1] in _COPULAS:
            result = clause_before[at + 2 :]
            if result[:1] == ["that"]:
                result = result[1:]
            wish = result[:1] == ["i"] and _WISHING.issuperset(result[1:])
            return wish and _a_thing_as_subject(clause_before[: at - 1])
    return False


# "I'm going to kill myself laughing", "I nearly died laughing": the idiom for laughing hard.
_DYING = frozenset("myself die died dying".split())


def laughing_hard(own: list[str], after: list[str]) -> bool:
    """Whether "laughing" follows "myself" or "die" right at the end of the match."""
    words = own + after[:2]
    return any(
        word in _DYING and words[at + 1 : at + 2] == ["laughing"] for at, word in enumerate(words)
    )


# A word named as a word, the way staff ask about pupils' slang: "what does unalive mean?",
# 'kids keep saying "unalive" instead of "kill"', 'the term "sewerslide"', '"kms" is slang
# for...'. The word is mentioned, not used: the context rules set it aside where nobody in
# particular is in its sentence.
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019`\u00ab\u00bb"
_NAMING_A_WORD = frozenset("word words term phrase expression slang acronym palabra".split())
_MEANING_AFTER = frozenset("mean means meant meaning stand stands instead".split())
_ASKING_MEANING = frozenset("does do did".split())


def named_as_a_word(
    left: str,
    right: str,
    clause_before: list[str],
    own: list[str],
    clause_after: list[str],
    around: Collection[str],
) -> bool:
    """Whether the match is a word mentioned as a word: asked the meaning of ("what does X
    mean"), named as one ("the word X", 'the term "X"'), or written in quotation marks of its
    own and then glossed ('"X" instead of', '"X" means', '"X" is slang for', '"X" is short
    for'). ``left`` and ``right`` are the text either side of the match; ``around``, the
    words of its sentence and the next, must name no one in particular ('what does "kys"
    mean? someone sent it to me', 'my friend keeps saying "unalive"' are read as before)."""
    if not _PARTICULAR.isdisjoint(around):
        return False
    if _asked_in_quotes(left, right, clause_before):
        return True  # 'what "passive suicidal ideation" means', 'what does "self-harm" include'
    glossed = clause_after[:1] != [] and clause_after[0] in _MEANING_AFTER
    if clause_before[-2:-1] in (["what"], ["wat"]) and clause_before[-1] in _ASKING_MEANING:
        return glossed  # "what does X mean"
    named = clause_before[-1:] != [] and clause_before[-1] in _NAMING_A_WORD
    if left.rstrip(" ")[-1:] not in _QUOTE_MARKS or right[:1] not in _QUOTE_MARKS:
        return named and len(own) == 1 and glossed  # "the word X means"
    if named:
        return True  # 'the term "X"'
    return glossed or clause_after[:3] in (["is", "slang", "for"], ["is", "short", "for"])


# A term in quotation marks asked about, the match anywhere inside them: 'can anyone explain
# what "passive suicidal ideation" means?', 'what does "self-harm" include?'.
_OPENING_DOUBLE = '"\u201c'
_CLOSING_DOUBLE = '"\u201d'
_WHAT_IT_COVERS = frozenset("mean means meant include includes cover covers involve count".split())


def _asked_in_quotes(left: str, right: str, clause_before: list[str]) -> bool:
    if "what" not in clause_before and "wat" not in clause_before:
        return False
    opened = max(left.rfind(mark) for mark in _OPENING_DOUBLE)
    if opened < 0 or any(mark in left[opened + 1 :] for mark in _CLOSING_DOUBLE):
        return False
    closes = [at for at in (right.find(mark) for mark in _CLOSING_DOUBLE) if at >= 0]
    if not closes:
        return False
    after_quote = right[min(closes) + 1 :].lower().split()[:3]
    return any(word.strip("?,.!") in _WHAT_IT_COVERS for word in after_quote)


# Pronouns and verb forms that nobody has written since the seventeenth century but to quote
# it: "Ah, kill me with thy weapon", "Herod hath slain them", "What say'st thou?". A sentence
# holding one is a quotation from Shakespeare, the King James Bible or Milton, whose swords,
# poisons and slaughter are the play's. Not "ye", "ere" or "tis", which chat and dialect still
# write ("ye lot", "'tis the season").
_OLD_ENGLISH = frozenset(
    "thee thou thy thine hath doth dost hast shalt wilt canst couldst wouldst shouldst mayst "
    "art methinks prithee wherefore whither hither thither hadst didst knowest sayst".split()
)
# ... "wilt" and "art" only beside another: "the plants wilt", "art class". And the words of
# verse and the Bible that outlived the pronouns but not the 1800s: "unto", "betwixt", and the
# poets' elisions "o'er", "e'er", "ne'er" (written without the apostrophe here, as ``_words``
# gives them).
_OLD_ENGLISH_ALONE = _OLD_ENGLISH - frozenset("wilt art".split()) | frozenset(
    "unto betwixt twixt whence thence oer eer neer whereer whateer howeer wheresoeer "
    "whatsoeer whosoeer".split()
)
# The verb's old third person, "he that killeth", "it maketh": a word in "-eth" (not an
# ordinal's "-ieth", "twentieth") but the names and words that end so today.
_OLD_THIRD_PERSON = re.compile(r"\A[a-z]{3,}(?<!i)eth\Z")
_ENDING_IN_ETH = frozenset(
    "kenneth gareth elizabeth macbeth nazareth shibboleth japheth hesketh".split()
)


# A school or a day of this week: what no play of the 1600s names and a threat dressed up in its
# words does ("thou shalt die tomorrow at school, i will shoot thee").
_HERE_AND_NOW = frozenset(
    "school skool class classroom canteen playground tomorrow tmrw tonight today monday tuesday "
    "wednesday thursday friday weekend".split()
)


# ... unless the sentence names the play it is from, or the staging or the reading of it: "our
# drama class does Romeo and Juliet tomorrow: 'I will kill thee' is my line". Never with a gun,
# which no play of the 1600s has: "rehearsal at school tomorrow, i will shoot thee" stays.
_STAGING = frozenset(
    "play plays scene scenes line lines rehearsal rehearsals rehearse rehearsing drama perform "
    "performing performance script audition sonnet poem shakespeare macbeth hamlet romeo "
    "juliet othello tybalt lear".split()
)
_FIREARMS = frozenset("shoot shoots shooting shot gun guns pistol rifle bomb bombs".split())
_NO = frozenset("no not".split())


def _staged(sentence: Collection[str]) -> bool:
    """Whether a sentence names a play's staging or reading, not denied ("this is no play"),
    and no firearm."""
    words = list(sentence)
    named = [at for at, word in enumerate(words) if word in _STAGING]
    return (
        bool(named)
        and all(at == 0 or words[at - 1] not in _NO for at in named)
        and _FIREARMS.isdisjoint(words)
    )


def in_old_english(sentence: Collection[str]) -> bool:
    """Whether a sentence is in the English of the 1600s ("Give me thy knife, I will insult on
    him", "he that smiteth") or of the verse and Bible that kept its words ("took unto them",
    "o'er the hills"): a quotation from the period's plays, poems or Bible. Not where it names
    a school or a day of this week: a student's threat in old words is still a threat."""
    if not _HERE_AND_NOW.isdisjoint(sentence) and not _staged(sentence):
        return False
    if not _OLD_ENGLISH_ALONE.isdisjoint(sentence):
        return True
    if any(_OLD_THIRD_PERSON.match(word) for word in sentence if word not in _ENDING_IN_ETH):
        return True
    return sum(word in _OLD_ENGLISH for word in sentence) >= 2


# "Damn" has two uses in prose beside the curse. It says how much, inside a phrase ("a damn
# fool", "the damn printer", "so damn sophisticated", "damn well"), and it makes an idiom ("not
# worth a damn", "nobody gives a damn"). Neither is aimed at anyone. The curse is what a
# profanity flag is for, and keeps its reading: at the start of a clause on what follows ("damn
# this homework", "damn you"), alone as an exclamation ("the bus was late again, damn"), or with
# a person or the reader beside it ("you damn idiot", "damn those kids").
_INTENSIFYING_OATHS = frozenset("damn damned goddamn goddamned goddam".split())
_INSIDE_A_PHRASE = frozenset(
    "a an the this that these those his her its their our some any every whole so too pretty "
    "real really is are was were be been being".split()
)
_HOW_MUCH = frozenset("well sure near nearly good fine hard much quick fast close".split())
_IDIOM_VERBS = frozenset(
    "give gives gave given giving care cares cared caring worth matter matters".split()
)
_CURSED = frozenset(
    "you u ya yall ye thee him her them your ur yours his their thy everyone everybody".split()
)
_CURSING = frozenset("you u ur your youre yo".split())


def an_oath_at_nobody(clause_before: list[str], own: list[str], clause_after: list[str]) -> bool:
    """Whether "damn" intensifies inside a phrase ("a damn fool", "damn well") or makes an idiom
    ("not worth a damn"), aimed at nobody: no person or reader right after it ("damn you",
    "damn those kids") nor the reader right before it ("you damn idiot")."""
    if len(own) != 1 or own[0] not in _INTENSIFYING_OATHS:
        return False
    after = clause_after[:3]
    if not _CURSED.isdisjoint(after) or not PERSON_NOUNS.isdisjoint(after):
        return False
    if clause_before[-1:] and clause_before[-1] in _CURSING:
        return False
    if clause_before[-2:-1] and clause_before[-1] == "a" and clause_before[-2] in _IDIOM_VERBS:
        return True  # "gives a damn", "worth a damn"
    if clause_after[:1] and clause_after[0] in _HOW_MUCH:
        return True  # "damn well", "damn sure"
    return bool(clause_after) and clause_before[-1:] != [] and clause_before[-1] in _INSIDE_A_PHRASE


# A date long past in the sentence: "in 1961", "the 1840s", "the 80s", "the 19th century",
# "44 BC". A student telling of their own life or a friend's writes "last year" or "in 2023",
# never 1820.
_CENTURIES = frozenset("century centuries".split())
_ORDINAL_CENTURY = re.compile(r"\A(?:1[0-9]|[1-9])(?:st|nd|rd|th)\Z")
_ERAS = frozenset("bc bce".split())


# ... and a decade of the last century in two figures after "the": "in the 80s".
_LAST_CENTURYS_DECADES = frozenset(f"{decade}0s" for decade in range(2, 10))


def _a_date_long_past(sentence: Collection[str]) -> bool:
    words = list(sentence)
    if any(
        word in _LAST_CENTURYS_DECADES and at > 0 and words[at - 1] == "the"
        for at, word in enumerate(words)
    ):
        return True
    for word in sentence:
        digits = word[:-1] if word.endswith("s") else word
        if len(digits) in (3, 4) and digits.isdigit() and "100" <= digits < "2000":
            if len(digits) == 4 or word.endswith("s"):  # "1961", "the 1840s", "the 900s"
                return True
        if word in _ERAS:
            return True
    if not _CENTURIES.isdisjoint(sentence):
        return any(_ORDINAL_CENTURY.match(word) for word in sentence)
    return False


def told_with_a_past_date(
    clause_before: list[str], own: list[str], sentence: Collection[str]
) -> bool:
    """Whether a sentence tells of a death, an attack or a drug in the past tense with a date
    long past ("Hemingway killed himself in 1961", "She overdosed on laudanum in the 1840s"),
    and nobody of the writer's in it: history, not a disclosure."""
    if not own or not _NOT_A_STORY.isdisjoint(sentence) or not _READERS.isdisjoint(own):
        return False
    if not (_past(own[0]) or (clause_before and clause_before[-1] in _WAS)):
        return False
    return _a_date_long_past(sentence)
