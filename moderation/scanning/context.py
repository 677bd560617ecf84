"""Context labels: what the words around a keyword say about it, and how that moves its severity.

A keyword list cannot tell "I want to die" from "I don't want to die", or a slur thrown at a
classmate from a student quoting it to say it is wrong. This module reads a few words either
side of one match (never the whole post, so the cost is per match) and gives it one label and
an adjusted severity. It is a handful of plain rules about English and Spanish function words,
not a language model: it errs towards keeping a match at its library severity, and it never
drops a concerning match, it only records it lower. The one exception is an everyday word
(an informational topic word such as "knife" or "cocaine"; see ``moderation.scanning.everyday``),
which is no flag at all where nothing ties it to a person.

Pure Python, no Django, no import of the engine (the engine calls it).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from moderation.scanning import (
    endorsing,
    examples,
    games,
    handled,
    owning,
    reasons,
    topics,
    undressed,
)
from moderation.scanning.homonyms import (
    a_name,
    a_noun_not_a_verb,
    a_phrase_runs_into_a_compound,
    a_verb_on_a_thing,
    a_way_of_losing,
    aimed_at_no_person,
    an_enthusiast,
    cut_on_a_thing,
    describes_a_thing,
    despair_word_of_a_thing,
    first_half_of_a_compound,
    groomed_as_looked_after,
    in_mail_address,
    in_web_address,
    moved_fast,
    murdered_a_song,
    outmuscled_in_a_match,
    overdosed_on_a_treat,
    purged_a_body,
    rape_and_pillage,
    sense_from_cues,
    shot_in_a_game,
)
from moderation.scanning.senses import (
    HARMED,
    PERSON_NOUNS,
    PROMISED,
    a_thing_does_it,
    an_oath_at_nobody,
    asks_for_help,
    at_whoever_for_a_chore,
    blamed_on_a_thing,
    defined,
    exasperated,
    harm_by_a_thing,
    in_old_english,
    laughing_hard,
    listed_as_topic,
    named_as_a_word,
    named_as_topic,
    surprise_secret,
    told_as_history,
    told_in_a_story,
    told_of_characters,
    told_of_others_in_the_past,
    told_with_a_past_date,
)

PLAIN = "plain"
NEGATED = "negated"
HYPOTHETICAL = "hypothetical"
QUOTED = "quoted"
QUESTION = "question"
SELF = "self"
OTHER = "other"
THREAT = "threat"
TOPIC = "topic"
OWN = "own"
ENDORSED = "endorsed"
HANDLED = "handled"
PAST = "past"
NARRATED = "narrated"
# The labels under which a match says what it says: the writer's own words, or plainly
# written ("as is"); with OTHER, also of someone else. Readers of a whole post (planning,
# recovery, farewell, reunion, places) raise or lower only such matches.
READ_AS_IS = frozenset({PLAIN, SELF, OWN})
READ_AS_IS_OR_OF_OTHERS = READ_AS_IS | {OTHER}

COUNTER = "counter"
JOKING = "joking"
LINKED = "linked"

# Categories where words are mentioned, reported or condemned without being used: slurs and
# insults. A reported threat, plan to die or abuse is a concern whoever said it first.
MENTIONABLE = frozenset({"hate", "bullying", "profanity", "extremism"})
# Topics a question may be about ("why did the KKK…?", "what is self-harm?"); in grooming,
# sexting, bullying and drugs the asking is itself the concern ("are you home alone?").
ASKABLE = frozenset({"hate", "extremism", "violence", "self_harm", "eating_disorders"})
# Categories where laughter beside a match usually marks hyperbole ("I want to die lol, so
# embarrassing"); never slurs or abuse, which hurt however they are laughed off.
HYPERBOLE_CATEGORIES = frozenset({"self_harm", "violence"})
# Categories whose vocabulary a threat context raises ("gun", "shoot", "bomb" in "I'm bringing a
# gun for you").
THREAT_CATEGORIES = frozenset({"violence", "bullying"})
# "no aguanto más la clase", "ya no soporto más este calor": a thing as the object of
# despair's words is a complaint about it; never life itself ("no aguanto más esta vida").
_STAND = frozenset("aguanto soporto".split())
_A_THING_FOLLOWS = frozenset("la el los las este esta estos estas a al".split())
_LIFE = frozenset("vida vivir existir existencia dolor pena soledad tristeza así asi".split())
# Asking about someone's thoughts is the question prevention training teaches, not telling
# them to do it: "are you thinking of killing yourself?".
_THOUGHTS_OF = (["thinking", "of"], ["thinking", "about"], ["thought", "of"], ["thought", "about"])


def _cannot_stand_a_thing(own: list[str], after: list[str]) -> bool:
    return (
        own[-1:] in (["más"], ["mas"])
        and not _STAND.isdisjoint(own)
        and after[:1] != []
        and after[0] in _A_THING_FOLLOWS
        and _LIFE.isdisjoint(after[:3])
    )


# Someone's harm to themselves, in violence's words: "killing themselves".
_THEMSELVES = frozenset("themselves themself himself herself".split())
# Categories where a first-person question is a cry for help ("should I just kill myself?").
SELF_CATEGORIES = frozenset({"self_harm", "eating_disorders"})

# The one table of severity rules: label -> (change, categories it applies to (None: all),
# what staff read about it). A change is added to the library severity and kept within 1..4;
# THREAT's number is a floor instead. Outside its categories a label changes nothing.
SEVERITY_RULES: dict[str, tuple[int, frozenset[str] | None, str]] = {
    PLAIN: (0, None, "No context cue: the library's severity."),
    SELF: (0, None, "About the writer ('I want to…', 'myself'): the library's severity."),
    OTHER: (
        0,
        None,
        "Aimed at or about someone else ('you', 'he', 'they'): the library's severity.",
    ),
    NEGATED: (-2, None, "Negated ('I don't want to…', 'never'): recorded two levels lower."),
    QUOTED: (
        -1,
        MENTIONABLE,
        "Quoted or reported ('he called me…', 'the word…'): a slur or insult one level lower; "
        "a reported threat, plan or abuse keeps its severity.",
    ),
    COUNTER: (
        -2,
        MENTIONABLE,
        "Condemned by the writer ('saying … is wrong', '… is never a joke'): a slur or insult "
        "two levels lower.",
    ),
    JOKING: (
        -1,
        HYPERBOLE_CATEGORIES,
        "Laughter or embarrassment beside it ('lol', 'jk', '\U0001f602', 'so cringe'): one level "
        "lower, so a critical match is still held at the default setting. Students also hide "
        "real distress behind 'lol'.",
    ),
    HYPOTHETICAL: (
        -1,
        None,
        "Hypothetical or conditional ('if', 'what if', 'would'): one level lower.",
    ),
    TOPIC: (
        -2,
        None,
        "Named as the topic of a lesson, a policy, training or the news ('the lesson on…', "
        "'… awareness', 'signs of…', 'students affected by…') in a sentence that also names "
        "the writer or someone in particular: two levels lower, never held at the default "
        "setting. Read the whole post: the topic may be theirs.",
    ),
    HANDLED: (
        -2,
        None,
        "Recorded as already passed on or dealt with ('DSL informed', 'referral made', "
        "'parents contacted', 'logged on CPOMS', 'excluded for…', 'jailed for…'): two levels "
        "lower, never held at the default setting. Check that it reached the right person.",
    ),
    PAST: (
        -2,
        frozenset({"self_harm", "eating_disorders"}),
        "Told as the writer's past, over now ('when I was 15 I tried to…', 'I used to…', 'two "
        "years clean from…', with how it is now): two levels lower, never held at the default "
        "setting. A past attempt is still a risk: a kind word and a check that help is there.",
    ),
    NARRATED: (
        -2,
        frozenset({"violence"}),
        "Told in the past of people who are neither the writer nor the reader ('Herod would "
        "have killed him', 'the soldiers shot them at dawn'): a story, a history or the news, "
        "recorded low and never held at the default setting. Read the post: it may be news of "
        "someone the student knows.",
    ),
    LINKED: (
        -1,
        None,
        "Inside a web address: the name of a page linked to, one level lower. Open the link: "
        "it may be help or it may be harm.",
    ),
    QUESTION: (
        -1,
        ASKABLE,
        "Asked as a question about a topic or someone else: one level lower (never for "
        "grooming, sexting, bullying or drugs, where asking is the concern).",
    ),
    OWN: (
        3,
        owning.OWNABLE | owning.CARRIED,
        "Said to be the writer's own ('I think I have one', 'it's happening to me', 'I do it "
        "too', 'I'm being…', 'I carry one'): at least high, a check-in today, whatever the "
        "words around it.",
    ),
    ENDORSED: (
        3,
        endorsing.ENDORSABLE,
        "Agreed with by the writer ('… was right', '… has a point', '… makes sense', 'I "
        "support…', '… tiene razón'): at least high, whatever the library says of the name "
        "alone.",
    ),
    THREAT: (
        3,
        THREAT_CATEGORIES,
        "A threat (intent or future, a target): at least high; critical when the target is a "
        "school, a class or everyone.",
    ),
}
LABELS = tuple(SEVERITY_RULES)
# Not a label staff read: the words are used in an innocent sense (``moderation.scanning.senses``),
# so the match is no match at all, as inside an allowed phrase.
SENSE = "sense"
# Categories whose weapons, attacks and drugs a story or the news tells of in the past: never
# self-harm, abuse or bullying, where what happened to someone else is itself a worry.
_TOLD_AS_HISTORY = frozenset({"violence", "drugs"})
# ... and with a date long past: a death, an attack or a drug in history ("Hemingway killed
# himself in 1961", "she overdosed on laudanum in the 1840s").
_DATED_HISTORY = frozenset({"violence", "drugs", "self_harm"})
# Deaths and attacks in a play or a novel ("Eva Smith's suicide is told not shown").
_TOLD_IN_STORIES = frozenset({"violence", "self_harm"})
# The word itself is the harm in these: naming it as a topic is still using it.
_WORD_IS_THE_HARM = frozenset({"hate", "profanity"})
# A low match in a record of a concern already passed on or dealt with ("found a vape in his
# pocket, parents informed") is no flag; a high or critical one is recorded two levels lower.
_HANDLED_SET_ASIDE_UP_TO = 2
# What staff confiscate: a vape, a lighter, a knife, a bottle of vodka.
_THINGS_TAKEN_AWAY = frozenset({"drugs", "violence"})
# A surprise makes only a mild request for secrecy innocent; "don't tell your parents" (high
# and critical) stays a concern whatever the occasion.
_SURPRISE_UP_TO = 2

_REACH = 100  # characters read either side of a match
_NEAR = 4  # words before a match that a negation must sit within
_HYPOTHETICAL_NEAR = 8
_CONDITION_LONGEST = 20  # words of a clause that opens with "if" and governs the match

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00b4": "'"})
# The clause a match sits in: back to the last mark before it, on to the first mark after it.
_CLAUSE_MARKS = ".!?;:,\n\r\u2014\u00bf\u00a1()\\[\\]"
# Greedy up to the last mark: one pass, where "[^marks]*\Z" would retry at every position.
_UP_TO_LAST_MARK = re.compile(f".*[{_CLAUSE_MARKS}]", re.DOTALL)
_CLAUSE_AFTER = re.compile(f"[^{_CLAUSE_MARKS}]*")
_UP_TO_SENTENCE_END = re.compile(r".*[.!?\n]", re.DOTALL)
_SENTENCE_END = re.compile(r"[.!?\n]")
_TOKEN = re.compile(r"[a-z0-9\u00e0-\u00ff]+(?:'[a-z]+)?")
# What a contraction's tail stands for: "don't" -> "do not", "i'll" -> "i will".
_CONTRACTED = {"t": "not", "ll": "will", "m": "am", "re": "are", "d": "would", "ve": "have"}
_QUOTES = re.compile("[\"\u201c\u201d\u00ab\u00bb\u2018\u2019'`]")
_CACHE_SIZE = 4096

_CLAUSE_WORDS = frozenset(
    "but and so because cause cuz bc though although or then while whereas "
    "pero y o porque aunque pues entonces mientras".split()
)
_NEGATIONS = frozenset(
    "not never dont didnt doesnt wont wouldnt shouldnt couldnt cant cannot isnt arent wasnt "
    "werent aint havent hasnt nor no nunca jamas jamás tampoco ni".split()
)
# Nobody as the subject of the match itself: "nobody calls me names", "no one ever hits me",
# "nadie me pega". Further back it is another clause's subject ("no one knows i want to die").
_NOBODY = re.compile(r"(?:^|.* )(?:nobody|noone|no one|nadie)(?: (?:ever|really|even))?$")
# A negation followed by one of these is about coping, not about the keyword:
# "I can't stop thinking about…", "can't take it anymore and…".
_NEGATION_CANCELLED_BY = frozenset(
    "stop help wait stand take bear handle cope deal keep sleep breathe eat remember even "
    "one body longer more know puedo aguanto "
    # ... "no para de", "no deja de": in Spanish, keeps on doing it ("no para de pedirme fotos")
    "para paran paraba paró deja dejan dejaba dejó "
    # ... or says the writer means it: "no joke", "not joking", "no lie", "no cap".
    "joke joking kidding lie lying cap".split()
)
_HYPOTHETICALS = frozenset(
    "if would could might imagine imagined suppose supposing pretend pretending hypothetically "
    "unless si imagina imaginemos supongamos".split()
)
_FIRST_PERSON = frozenset("i im me my myself mine ima imma yo me mi mí conmigo".split())
_SECOND_THIRD = frozenset(
    "you u ur your yours yourself yall he she they him her them his their theirs "
    "himself herself themselves everyone everybody someone somebody tu tú te ti usted "
    "ustedes él ella ellos ellas thee thou".split()
)
# Spanish object pronouns come before the verb: "te voy a matar", "los voy a matar".
_SPANISH_CLITICS = frozenset("te lo la los las le les".split())
# ... or join them to an infinitive or gerund: "matarte", "asesinarlos", "pegándole".
_SPANISH_ENCLITIC = re.compile(r"(?:[aei]r|ndo)(?:te|los?|las?|les?)$")
_INTENT = frozenset(
    "want wanna gonna going will would plan planning about ready need tryna trying decided "
    "bring bringing quiero voy vamos pienso tengo ima imma finna"
    # ... and Spanish intent told of someone else: "quiere apuñalar a", "va a matar a"
    " quiere quieren va van piensa planea"
    # ... and the future of old plays, which a threat may be dressed in ("i shall shoot thee")
    " shall shalt wilt".split()
)
_WRITER_AS_OBJECT = frozenset("me us".split())
# The writer in chat spellings without the apostrophe: "ill", "ive", "id".
_WRITER_CONTRACTED = frozenset("ill ive id we".split())
# Places full of people, and targets that make a threat one against many: critical.
PLACES = frozenset("school class classroom escuela colegio".split())
_MASS_TARGETS = PLACES | frozenset("everyone everybody yall all teachers todos".split())
_MILD = 1  # a library's informational severity: in profanity, a mild word
# Words that make the clause before a match reported speech or a mention: "he called me…",
# "she said…", "the word…".
_REPORTING = frozenset(
    "called calls calling call said says saying told tells telling wrote writes posted yelled "
    "shouted texted messaged word words term slur meaning spell spelled spelt symbol symbols "
    "dijo dice dicen llamó llamo llama llaman llamado llamada palabra".split()
)
# After a match: "… is wrong", "… isn't funny": counter-speech.
_COPULAS = frozenset("is are was were es son".split())
_CONDEMNING = frozenset(
    "wrong offensive racist hurtful slur hateful unacceptable homophobic transphobic sexist "
    "ableist ofensivo ofensiva racista".split()
)
_APPROVING = frozenset("ok okay funny joke acceptable cool fine".split())
_LAUGHTER = frozenset(
    "lol lool lmao lmfao rofl jk jks jkjk haha hahaha hahahaha hehe xd jaja jajaja jajajaja "
    "jeje jsjs".split()
)
# The skull is "I'm dead (laughing)" in students' chat.
_LAUGHING_FACES = ("\U0001f602", "\U0001f923", "\U0001f480")
# Embarrassment is the commonest cause of "I want to die" that is hyperbole ("so embarrassing").
_EMBARRASSED = frozenset(
    "embarrassing embarrassed embarrassment cringe cringey cringy cringing awkward shame "
    "boredom vergüenza verguenza aburrimiento".split()
)
# Who "will kill" a student in the idiom (marks, mess, lateness), and what makes it a threat
# that silences instead.
_VERBS_ON_THE_WRITER = frozenset("kill hurt murder".split())
_GUARDIANS = frozenset(
    "mum mums mom moms mam mams mummy mommy dad dads daddy parents mother father nan nana "
    "gran granny grandma grandad grandpa teacher teachers coach mamá mama papá papa madre "
    "padre profe".split()
)
_SILENCING = frozenset("tell told telling say snitch anyone anybody cuento digo".split())
# The comedy sense of a violent word: "that joke killed me", "the comedian was killing me".
_AMUSED = frozenset("funny hilarious joke jokes comedian comedy gracioso chiste".split())
# Narrative prose names the speaker after the words: '"How old are you?" asked the nurse',
# '"Get out," said the teacher'. Only "the" and a noun: "asked this guy" stays a report.
_ATTRIBUTED = re.compile(
    r"[^.!?\n]{0,60}?[?!.,][\"'\u201d\u2019\u00bb]*\s+(?:asked|asks|said|says|replied|"
    r"shouted|yelled|called|whispered|wrote|added|explained|preguntó|dijo)\s+(?:the|el|la)\s"
)
# "i wish i could sleep and never wake up": "could" after a wish is what is wished for, not a
# supposition; in self-harm the wish is the concern itself.
_WISHING = frozenset("wish wished wishing ojalá ojala".split())


def _wished(before: list[str]) -> bool:
    """Whether the last conditional word in ``before`` is "could" or "would" just after a wish
    ("i wish i could", "wishing i would"), not "if" ("i wish that if i...")."""
    for at in range(len(before) - 1, -1, -1):
        if before[at] in _HYPOTHETICALS:
            return before[at] in ("could", "would") and not _WISHING.isdisjoint(
                before[max(0, at - 3) : at]
            )
    return False


# "… if I fail maths": a condition after the match makes it hypothetical too.
_CONDITIONS_AFTER = frozenset("if unless si".split())
# ... but not after a threat the match reports as made: in "he threatened to kill my mum if
# she leaves" the condition is the threat's own, and the threat was made.
_THREAT_REPORTED = frozenset(
    "threatened threatening threatens amenazo amenazó amenaza amenazaba".split()
)
_MEANING_ASKED = frozenset("what wat wut que qué".split())
_MEANING_VERBS = frozenset("does do is mean means significa".split())
# ... and the typewriter's `quote' that older texts and some keyboards use.
# A mark that opens a quote: any double or curly mark, an apostrophe only where no letter
# stands before it ("i'm" holds none).
_OPENING_APOSTROPHE = re.compile(r"(?<![a-z0-9])'", re.IGNORECASE)
_CLOSING_APOSTROPHE = re.compile(r"(?<=[a-z0-9])'(?![a-z])", re.IGNORECASE)
_OPENING_QUOTE = re.compile("[\"\u201c\u201d\u00ab\u2018`]|(?<![a-z0-9])'", re.IGNORECASE)
_QUOTE_PAIRS = {
    '"': '"',
    "\u201c": "\u201d",
    "\u00ab": "\u00bb",
    "\u2018": "\u2019",
    "'": "'",
    "`": "'",
}


class _Entry(Protocol):
    category: str
    severity: int
    term: str


def adjusted_severity(
    severity: int, label: str, *, mass: bool = False, category: str | None = None
) -> int:
    """The severity a match of ``severity`` (in ``category``) is recorded at under ``label``."""
    change, categories, _ = SEVERITY_RULES[label]
    if categories is not None and category is not None and category not in categories:
        return severity
    if label == THREAT:
        return 4 if mass else max(severity, change)
    if label == NARRATED:
        return min(severity, 2)  # low, whatever the library says; a low word stays as it is
    if label in (OWN, ENDORSED):
        return max(severity, change)
    return min(4, max(1, severity + change))


def describe(label: str) -> str:
    """What staff read about a label; an unknown label reads as plain."""
    return SEVERITY_RULES.get(label, SEVERITY_RULES[PLAIN])[2]


def _lowered(fragment: str) -> str:
    # str.translate is slow; most text has no curly apostrophe to straighten.
    lowered = fragment.lower()
    return lowered if lowered.isascii() else lowered.translate(_APOSTROPHES)


def _words(fragment: str) -> list[str]:
    """The words of a lower-cased fragment, contractions written out, apostrophes dropped."""
    words: list[str] = []
    for token in _TOKEN.findall(fragment):
        if "'" not in token:
            words.append(token)
            continue
        stem, tail = token.split("'", 1)
        spelled = _CONTRACTED.get(tail)
        if spelled is None:
            words.append(stem + tail)  # "its", "lets": the apostrophe dropped
        elif tail == "t":
            words += (stem[:-1] if stem.endswith("n") else stem, "not")
        else:
            words += (stem, spelled)
    return words


# A noun's possessive before another noun: "the teacher's retirement video", "the girls'
# changing room". The owner is not what a violent word is aimed at: the noun after it is.
_POSSESSIVE = re.compile(r"\b([a-z]+)(?:'s|s')\s+(?=[a-z])")
# ... where the "'s" is a pronoun's "is" or "has": "he's", "it's", "that's"; or "one's", a
# pronoun's own possessive like "his" ("cock one's head").
_NOT_OWNERS = frozenset("it he she that there what who where here let how one".split())


def _without_owners(words: list[str], fragment: str) -> list[str]:
    """``words`` (of ``fragment``) without the nouns that stand as possessives before another
    noun, as ``_words`` spells them ("teacher's" -> "teachers")."""
    if "'" not in fragment:
        return words
    owners = {
        found.group(1) + "s"
        for found in _POSSESSIVE.finditer(fragment)
        if found.group(1) not in _NOT_OWNERS
    }
    return [word for word in words if word not in owners] if owners else words


def _after_clause_word(words: list[str]) -> list[str]:
    """The words of the last clause: "I'm fine but I want to…" keeps "I want to"."""
    for index in range(len(words) - 1, -1, -1):
        if words[index] in _CLAUSE_WORDS:
            return words[index + 1 :]
    return words


def _until_clause_word(words: list[str]) -> list[str]:
    for index, word in enumerate(words):
        if word in _CLAUSE_WORDS:
            return words[:index]
    return words


_CESSATION = frozenset("stop stopping quit quitting parar dejar".split())


def _negated(before: list[str], own: list[str]) -> bool:
    """A negation among the last words before a match. A harm named by stopping it is not
    denied by one: "i can't stop cutting", "i don't want to stop cutting"."""
    if own[:1] and own[0] in _CESSATION:
        return False
    if _NOBODY.match(" ".join(before[-3:])):
        return True  # "nobody calls me names anymore": no one does it
    if "without" in before[-2:] and _NEGATIONS.isdisjoint(before[:-2]):
        return True  # "ways to cope without hurting myself"; not "can't go a day without"
    near = before[-_NEAR:]
    for index, word in enumerate(near):
        if word not in _NEGATIONS:
            continue
        following = near[index + 1 : index + 3]
        if following[:1] in (["a"], ["an"]):  # "not a joke"
            following = following[1:]
        if following and following[0] in _NEGATION_CANCELLED_BY:
            continue
        return True
    return False


def _quoted(left: str, right: str) -> bool:
    """Inside a pair of quotation marks on the same line: 'they wrote "…" on my locker'."""
    left = left[left.rfind("\n") + 1 :]
    right = right.split("\n", 1)[0]
    for opening, closing in _QUOTE_PAIRS.items():
        if opening == "'":
            # An apostrophe is not a quote: the mark must open a word and close one.
            apostrophes = _OPENING_APOSTROPHE.finditer(left)
            at = max((mark.start() for mark in apostrophes), default=-1)
            if at < 0 or _CLOSING_APOSTROPHE.search(left, at + 1):
                continue  # none, or a quote that closed before the match
            close = re.search(r"'(?![a-z])", right, re.IGNORECASE)
            if close is None or (close.start() > 0 and not right[close.start() - 1].isalnum()):
                continue
            return True
        at = left.rfind(opening)
        if at < 0:
            continue
        if left.count(opening) % 2 == 1 or opening != closing:
            if closing in right and (opening == closing or left.count(closing, at) == 0):
                return True
    return False


_ADDRESSED = frozenset("you your youre yourself u ur ya".split())
# What names a quotation as a song's words, in the clause that reports it or right after it:
# 'the lyrics say "..."', '"..." is the best line of the album'.
_SONG_WORDS = frozenset(
    "lyric lyrics song songs chorus verse bridge hook track tracks sings sang singing sung "
    "rap raps rapped rapper singer band album albums banger tune karaoke".split()
)
# ... never one sent to someone: 'this song is for you: "..."', "dedicated to him".
_SENT_TO_SOMEONE = frozenset(
    "you your youre yourself u ur ya yall him her them me us dedicate dedicated dedicating "
    "sent send sends sending".split()
)
_AFTER_THE_QUOTE = 8  # words after a quotation that may name it as a song's


def _sung(left: str, right: str) -> bool:
    """Whether the quotation a match is in is a song's words: a song word in the clause that
    reports it or in the first words after it, and no one it is sent to (lower-cased text
    either side of the match)."""
    reporting = _reporting_clause(left)
    close = _QUOTES.search(right)
    after = _words(right[close.end() :])[:_AFTER_THE_QUOTE] if close else []
    if not _SENT_TO_SOMEONE.isdisjoint(reporting + after):
        return False
    if not _SONG_WORDS.isdisjoint(reporting):
        return True
    # a song named after the quote only where nobody is reported saying it ('he said "..."
    # and then played a song')
    return _REPORTING.isdisjoint(reporting) and not _SONG_WORDS.isdisjoint(after)


def _reporting_clause(left: str) -> list[str]:
    """The words of the clause before the quotation mark that opens a match's quote: "he kept
    saying" in 'he kept saying "i'm going to…'."""
    line = left[left.rfind("\n") + 1 :]
    opening = max(_OPENING_QUOTE.finditer(line), key=lambda m: m.start(), default=None)
    before = line[: opening.start()] if opening else ""
    last_mark = _UP_TO_LAST_MARK.match(before)
    return _words(before[last_mark.end() :] if last_mark else before)


def _without_the_listener(reporting: list[str]) -> list[str]:
    """The words of a reporting clause without the writer as the one told ("a pupil told me",
    "she said to me"): the words quoted are the pupil's, passed on by the adult they told."""
    return [
        word
        for at, word in enumerate(reporting)
        if not (
            word in _WRITER_AS_OBJECT
            and at
            and (
                reporting[at - 1] in _REPORTING
                or (
                    reporting[at - 1] == "to" and reporting[at - 2 : at - 1] in (["said"], ["says"])
                )
            )
        )
    ]


# Who a pupil says something to, other than the writer: "one boy told another", "said to him".
_OTHER_LISTENERS = frozenset("another him her them others the a his their".split())


def _told_someone_else(left: str) -> bool:
    """Whether the clause that reports a quotation names someone other than the writer as the
    one told ('one boy told another "I\'ll batter you"'): the quotation's "you" is them."""
    reporting = _reporting_clause(left)
    return any(
        word in ("told", "tells", "telling", "to")
        and (word != "to" or reporting[at - 1 : at] in (["said"], ["says"]))
        and reporting[at + 1 : at + 2] != []
        and reporting[at + 1] in _OTHER_LISTENERS
        for at, word in enumerate(reporting)
    )


# Who staff name as the speaker of a quotation they log: "another pupil said", "a Year 9 boy
# shouted", "un alumno dijo".
_PUPILS = frozenset(
    """
    pupil pupils student students boy boys girl girls lad lads child children kid kids another
    other alumno alumna alumnos alumnas chico chica niño niña compañero compañera otro otra
    """.split()
)
# Make-believe, as staff name it beside a child's words: finger guns, superheroes, cops and
# robbers, a toy; never a real game's "playing" or the playground alone.
_PRETEND = frozenset(
    """
    superhero superheroes pretend pretending pretends make-believe robbers baddies goodies
    fingers finger nerf lightsaber lightsabers toy toys dinosaur dinosaurs monsters dressing-up
    superhéroes superheroe dedos juguete juguetes ladrones mentira
    """.split()
)
_SHOUTING = frozenset(
    "shouting yelling screaming screamed roared roaring grita gritó grito".split()
)
_NOT_PRETEND = frozenset("real actual actually irl verdad".split())
_WRITER_AS_LISTENER = frozenset("i me us we my our yo me mi nos".split())


def _said_by_a_pupil(left: str) -> bool:
    """Whether the clause that reports a quotation names a pupil as its speaker and the writer
    nowhere ('SL reported another pupil said "I'll kill you"', 'a boy shouted "..." at break'):
    the quotation's "I" is the pupil's and its "you" whoever the pupil said it to, as staff log
    it. 'A boy said to me "..."' names the writer, and is read as aimed at them."""
    reporting = _reporting_clause(left)
    if not _WRITER_AS_LISTENER.isdisjoint(reporting):
        return False
    return any(
        (word in _REPORTING or word in _SHOUTING)
        and not _PUPILS.isdisjoint(reporting[max(0, at - 5) : at])
        for at, word in enumerate(reporting)
    )


def label_match(text: str, start: int, end: int, entry: _Entry) -> tuple[str, int]:
    """The context label of ``text[start:end]`` (a match of ``entry``) and its adjusted severity.

    Reads at most ``_REACH`` characters either side; the same surroundings (a post that repeats
    itself) are labelled once.
    """
    label, mass = _label(
        text[max(0, start - _REACH) : start],
        text[start:end],
        text[end : end + _REACH],
        entry.category,
        entry.severity,
    )
    if label == SENSE or (
        label == HANDLED
        and entry.severity <= _HANDLED_SET_ASIDE_UP_TO
        and entry.category not in _WORD_IS_THE_HARM
    ):
        return SENSE, 0
    return label, adjusted_severity(entry.severity, label, mass=mass, category=entry.category)


def _aimed_in_spanish(own: list[str]) -> bool:
    """A keyword written with its object joined on: "asesinarte", "matarlos"."""
    return any(_SPANISH_ENCLITIC.search(word) for word in own)


# Not wanting to live somewhere a capital names ("in London", "in Madrid") is about a place;
# "in this world", "with this pain", "at all" stay what they say.
_LIVING_SOMEWHERE = re.compile(r"\b(?:live|living|vivir)$", re.IGNORECASE)
_A_NAMED_PLACE = re.compile(
    r"\s+(?:in|on|at|near|en)\s+"
    r"(?!(?:This|That|The|These|Those|My|Your|His|Her|Our|Their|Such|Este|Esta|El|La|Los|Las"
    r"|Mi|Tu|Su)\b)[A-Z][a-z]"
)


# Living on something, or on after death, is how, not whether: "I don't want to live on
# benefits", "on £50 a week", "on toast", "to live on in my work" (a legacy).
_LIVING_ON = re.compile(
    r"\s+on\s+(?:"
    r"in\s+(?:my|his|her|their|our|your)\s+(?:work|works|memory|memories|music|songs|books|art"
    r"|name|children|films)"
    r"|benefits|welfare|handouts|credit|loans?|less|toast|noodles|pasta|rice|beans|cereal|ramen"
    r"|takeaways?|minimum|a\s+(?:budget|wage|salary|pension)"
    r")\b|\s+on\s+[£$€\d]",
    re.IGNORECASE,
)


@lru_cache(maxsize=_CACHE_SIZE)
def _label(
    left: str, matched: str, right: str, category: str, severity: int = 0
) -> tuple[str, bool]:
    if category != "hate" and a_name(left, matched, right, severity):
        return SENSE, False  # "Have a Coke", "Dick Turpin": a name or a brand
    if in_mail_address(left):
        return SENSE, False  # "staff@abo.example": an address is a name
    if _LIVING_SOMEWHERE.search(matched) and (
        _A_NAMED_PLACE.match(right) or _LIVING_ON.match(right)
    ):
        return SENSE, False  # "I don't want to live in London": where, not whether
    if in_web_address(left):
        return LINKED, False
    lowered_left = _lowered(left)
    lowered_right = _lowered(right)
    if category not in _WORD_IS_THE_HARM and examples.quoted_as_an_example(
        lowered_left, lowered_right
    ):
        return SENSE, False  # 'groomers say things like "it's our secret"': a lesson's example
    last_mark = _UP_TO_LAST_MARK.match(lowered_left)
    before_text = lowered_left[last_mark.end() :] if last_mark else lowered_left
    after_text = _CLAUSE_AFTER.match(lowered_right).group()  # type: ignore[union-attr]
    clause_before = _words(before_text)
    before = _after_clause_word(clause_before)
    # The match's own words count: "kill you" names its target, "kill myself" its writer.
    own = _words(_lowered(matched))
    if category == "sexting" and undressed.told_in_prose(
        own, _words(lowered_left), _words(lowered_right)
    ):
        return SENSE, False  # "Poor naked wretches", "too lewd to work": no image, no child
    if (
        category == "profanity"
        and severity <= _MILD
        and an_oath_at_nobody(clause_before, own, _words(after_text))
    ):
        return SENSE, False  # "a damn fool", "damn well", "not worth a damn": aimed at nobody
    if _negated(before, own):
        return NEGATED, False
    clause_after = _without_owners(_words(after_text), after_text)
    after = _until_clause_word(clause_after)
    target = own + after[:3]
    sentence = _sentence_words(lowered_left, lowered_right)
    if category in THREAT_CATEGORIES and exasperated(
        clause_before,
        own,
        clause_after,
        _complaint_before(lowered_left, before_text),
        _complaint_after(lowered_right, after_text),
        _sentence_before(lowered_left),
    ):
        return SENSE, False  # "stuck in traffic for two hours, kill me"
    if category in THREAT_CATEGORIES and at_whoever_for_a_chore(own, clause_after):
        return SENSE, False  # "I could strangle whoever keeps jamming the photocopier"
    if category in SELF_CATEGORIES and _cannot_stand_a_thing(own, after):
        return SENSE, False  # "no aguanto más la clase": the class is what cannot be stood
    if category == "bullying" and before[-2:] in _THOUGHTS_OF:
        return SENSE, False  # 'asking "are you thinking of killing yourself"': no incitement
    if _innocent_sense(clause_before, own, clause_after, target, category, sentence) or (
        (severity <= _SURPRISE_UP_TO or not PROMISED.isdisjoint(own))
        and surprise_secret(own, sentence)
    ):
        return SENSE, False
    if reasons.a_thing_happened_again(category, own, _words(lowered_right[:_THING_REACH])):
        return SENSE, False  # "she told me it happened again, the printer jammed"
    if category == "violence" and told_of_others_in_the_past(own, clause_after, sentence):
        return NARRATED, False  # "Herodias ... would have killed him": low, not dropped
    # "we learned about grooming and i think it's happening to me": the writer's, not a topic
    owned = owning.claimed(lowered_left, lowered_right, category)
    # "videos about the great replacement and it kinda makes sense": agreed with, not a topic
    agreed = category in endorsing.ENDORSABLE and endorsing.endorsed(lowered_left, lowered_right)
    if category not in _WORD_IS_THE_HARM and not (owned or agreed):
        # "the suicide prevention assembly" is no concern; "the lesson on self-harm was hard,
        # my friend needs it" is recorded lower, for staff to read
        topic = topics.reading(lowered_left, _lowered(matched), lowered_right)
        if (
            topic == topics.NONE
            and category not in MENTIONABLE
            and named_as_a_word(
                left,
                right,
                clause_before,
                own,
                clause_after,
                sentence + _next_sentence(lowered_right),
            )
        ):
            # 'what does "unalive" mean?': the word asked about, not used (an insult or a
            # slur mentioned is recorded one level lower instead, as QUOTED says)
            topic = topics.whose_topic(lowered_left, lowered_right)
        if (
            topic == topics.NONE
            and category in _TOLD_IN_STORIES
            and told_in_a_story(sentence, own)
            and topics.whose_topic(lowered_left, lowered_right) != topics.NONE
        ):
            # a story's own people ("whether to kill himself") are no one in particular: the
            # story check has ruled out everyone outside it
            topic = topics.IMPERSONAL
        if topic == topics.NONE and (
            named_as_topic(clause_before, own, clause_after, sentence)
            or (
                len(before) < 2
                and last_mark is not None
                and lowered_left[last_mark.end() - 1] == ","
                and listed_as_topic(_list_items(lowered_left))
                and not asks_for_help(sentence)
            )
        ):
            topic = topics.whose_topic(lowered_left, lowered_right)
        if (
            topic == topics.NONE
            and (
                category in SELF_CATEGORIES
                or (category in THREAT_CATEGORIES and not _THEMSELVES.isdisjoint(own + after[:2]))
            )
            and topics.about_anyone(lowered_left, _lowered(matched), lowered_right)
        ):
            # "if a friend tells you they want to die, tell an adult": advice about anyone
            topic = topics.whose_topic(lowered_left, lowered_right)
        if topic == topics.IMPERSONAL:
            return SENSE, False
        if topic == topics.PERSONAL:
            return TOPIC, False
    quoted = (
        _QUOTES.search(left) is not None
        and _QUOTES.search(right) is not None
        and _quoted(left, right)
    )
    if quoted and category in THREAT_CATEGORIES and _sung(lowered_left, lowered_right):
        return SENSE, False  # 'the chorus goes "shoot me down, I won't fall"': a song's words
    if (
        quoted
        and category in THREAT_CATEGORIES
        and _said_by_a_pupil(lowered_left)
        and not _PRETEND.isdisjoint(sentence + _next_sentence(lowered_right))
        and _NOT_PRETEND.isdisjoint(sentence + _next_sentence(lowered_right))
    ):
        # 'Year 2 boy keeps saying "I'm going to shoot you" with his fingers. It's superheroes':
        # a young child's pretend play, as staff pass it on
        return SENSE, False
    speaker = clause_before + own + clause_after
    if quoted and (
        _ADDRESSED.isdisjoint(speaker)
        or _told_someone_else(lowered_left)
        or _said_by_a_pupil(lowered_left)
    ):
        # Inside quotation marks "I" is the speaker's: the writer is whoever reports it (a
        # quote that says "you" may be aimed at the writer, and is read as naming them).
        speaker = _without_the_listener(_reporting_clause(lowered_left))
    if handled.WRITER.isdisjoint(speaker) and (
        handled.passed_on(lowered_left, lowered_right) or handled.sanctioned_for(lowered_left)
    ):
        # "she disclosed self-harm, DSL informed, referral made", "excluded for bringing a knife"
        return HANDLED, False
    if (
        category in _THINGS_TAKEN_AWAY
        and len(own) == 1
        and handled.taken_away(lowered_left, lowered_right)
    ):
        return HANDLED, False  # "I confiscated a vape from a Year 11": dealt with by staff
    first_person = "myself" in target or not _FIRST_PERSON.isdisjoint(before)
    aimed_at_others = (
        not _SECOND_THIRD.isdisjoint(target)
        or _a_person_named(after)
        or not _SPANISH_CLITICS.isdisjoint(before[-4:])
        or _aimed_in_spanish(own)
    )
    # Someone else's intent against the writer ("he would kill me", "they're gonna hurt us"),
    # even when reported ("he said he'd kill me"): a threat the student is telling us about.
    aimed_at_writer = not _WRITER_AS_OBJECT.isdisjoint(target[1:]) and "i" not in before[-4:]
    # the writer as the object: right after a word ("kill" me, "kill me"), or right after a
    # phrase that ends in its verb ("going to kill" us all)
    at_the_writer = target[1:2] in (["me"], ["us"]) or (
        len(own) > 1 and own[-1] in _VERBS_ON_THE_WRITER and after[:1] in (["me"], ["us"])
    )
    by_a_thing = at_the_writer and a_thing_does_it(clause_before)
    if by_a_thing or (at_the_writer and _guardian_idiom(clause_before, clause_after)):
        # recorded as an everyday word aimed at the writer: low, not held
        aimed_at_writer = aimed_at_others = False
    # "this heat is going to kill us all": a thing that does it to everyone is the idiom too,
    # not a threat against many (a weapon is never such a thing: see a_thing_does_it)
    mass = not by_a_thing and (
        _mass_target(after[:6]) or _shooting_at_school_on_a_day(own, sentence)
    )
    # An entry may carry its own intent ("i will kill you", "gonna hurt him"): its words before
    # the violent one count as the words before the match do.
    if (
        category in THREAT_CATEGORIES
        and (aimed_at_others or aimed_at_writer or mass)
        and _intends(before[-4:] + own[:-1])
    ):
        return THREAT, mass
    if _condemned(clause_after):
        return COUNTER, False
    if agreed:  # before reporting: "my uncle says hitler had some good ideas" is exposure
        return ENDORSED, False
    if (
        quoted
        or _reported(clause_before)
        or _asks_meaning(clause_before)
        or _ATTRIBUTED.match(lowered_right) is not None
    ):
        return QUOTED, False
    if owned:  # before laughter and questions: "signs of grooming? he does all that to me lol"
        return OWN, False
    # A plan beside the words is taken back by no joke and no "if": "gonna cut again tonight
    # (jk)", "if they post the pics i'm going to jump off the bridge tomorrow".
    planned = (
        category in SELF_CATEGORIES
        or (category in THREAT_CATEGORIES and not _THEMSELVES.isdisjoint(own + after[:2]))
    ) and plan_beside(lowered_left, own, lowered_right)
    if (
        category in HYPERBOLE_CATEGORIES
        and not planned
        and (_laughing(clause_before, clause_after, left, right) or laughing_hard(own, after))
    ):
        return JOKING, False  # ... and "I'm going to kill myself laughing at this video"
    if category in SELF_CATEGORIES and blamed_on_a_thing(before, clause_before):
        return JOKING, False  # "this traffic makes me want to die": a chore blamed
    # An entry that is itself a condition ("if i died") was written as one: not lowered again.
    conditional_entry = not _HYPOTHETICALS.isdisjoint(own)
    if (
        not conditional_entry
        and not planned
        and (
            (
                not _HYPOTHETICALS.isdisjoint(before[-_HYPOTHETICAL_NEAR:])
                and not (category in SELF_CATEGORIES and _wished(before))
            )
            # "if i have to hear that song one more time i'm going to kill myself": a clause that
            # opens with "if" governs the rest of it, however long the condition
            or (before[:1] in (["if"], ["si"]) and len(before) <= _CONDITION_LONGEST)
            or (not _CONDITIONS_AFTER.isdisjoint(after[:3]) and _THREAT_REPORTED.isdisjoint(own))
        )
    ):
        return HYPOTHETICAL, False
    if (_is_question(lowered_left, lowered_right) or _asked_about(before)) and not (
        first_person and category in SELF_CATEGORIES
    ):
        return QUESTION, False
    if first_person and not aimed_at_others:
        return SELF, False
    if aimed_at_others or not _SECOND_THIRD.isdisjoint(before):
        return OTHER, False
    return PLAIN, False


def _innocent_sense(
    clause_before: list[str],
    own: list[str],
    clause_after: list[str],
    target: list[str],
    category: str,
    sentence: list[str],
) -> bool:
    """A violent word a thing does to anyone ("smoking can kill you"), or a word that
    describes a thing ("the naked rock"): see ``moderation.scanning.senses``. A word named as
    a topic is read after (``moderation.scanning.topics``)."""
    if category in THREAT_CATEGORIES and target[1:2] and target[1] in HARMED:
        # never where the writer is behind the thing ("i'll make sure this kills you") or it
        # silences ("it will kill you if you tell anyone")
        if (
            harm_by_a_thing(clause_before)
            and _FIRST_PERSON.isdisjoint(sentence)
            and _WRITER_CONTRACTED.isdisjoint(sentence)
            and _SILENCING.isdisjoint(sentence)
        ):
            return True
    if category in THREAT_CATEGORIES and aimed_at_no_person(own, clause_after):
        return True  # "shoot a deer", "kill the mosquitoes", "killing zombies"
    if category in THREAT_CATEGORIES and a_noun_not_a_verb(clause_before, own, clause_after):
        return True  # "they hold a shoot every weekend", "the photo shoot"
    if groomed_as_looked_after(clause_before, own, clause_after, sentence):
        return True  # "a beautifully groomed young man", "his horse was always groomed"
    if a_verb_on_a_thing(clause_before, own, clause_after):
        return True  # "retards their growth", "cocked her head", "plug your ears"
    if sense_from_cues(own, sentence, clause_before, clause_after):
        return True  # "la zorra y las gallinas", "light your fag", "weeds in the flowerbed"
    if category in THREAT_CATEGORIES and shot_in_a_game(own, clause_after, sentence):
        return True  # "the shot clock ran out before he could shoot"
    if category == "violence" and murdered_a_song(own, clause_after, sentence):
        return True  # "karaoke night, I murdered that ballad"
    if category == "violence" and (
        games.in_a_game(own, clause_before, clause_after, sentence)
        or games.a_count_of_kills(clause_before, own)
    ):
        return True  # "got spawn killed 5 times", "a 20 kill game in warzone"
    if category == "bullying" and a_way_of_losing(clause_before, own):
        return True  # "she is a good loser", "bad losers in the final"
    if category == "bullying" and outmuscled_in_a_match(own, clause_after, sentence):
        return True  # "the forwards bullied the opposition pack", "bullied off the ball"
    if category == "bullying" and an_enthusiast(clause_before, own, clause_after):
        return True  # "a fitness freak", "control freaks"
    if category == "grooming" and rape_and_pillage(clause_before, own, clause_after):
        return True  # "the Vikings raped and pillaged their way along the coast"
    if category == "self_harm" and overdosed_on_a_treat(own, clause_after, sentence):
        return True  # "she overdosed on chocolate at the party"
    if category == "self_harm" and cut_on_a_thing(own, clause_after, sentence):
        return True  # "she cut herself on a broken glass": an accident
    if first_half_of_a_compound(own, clause_after):
        return True  # "a freak wave", "the horny plates of its shell"
    if a_phrase_runs_into_a_compound(own, clause_after):
        return True  # "gave up on life insurance", "felt like dying my hair"
    if category != "hate" and defined(clause_before, own, clause_after, sentence):
        return True  # "Suicide is the act of ...", "The word sped is the past tense of ..."
    if category in _TOLD_AS_HISTORY and told_as_history(clause_before, own, clause_after, sentence):
        return True  # "The IED exploded beside the road", "the mob lynched the man"
    if category in _DATED_HISTORY and told_with_a_past_date(clause_before, own, sentence):
        return True  # "Hemingway killed himself in 1961", "he was hanged in 1820"
    if category == "violence" and told_of_characters(own, sentence):
        return True  # "in the finale he kills the judge and i gasped"
    if category == "self_harm" and despair_word_of_a_thing(clause_before, own, clause_after):
        return True  # "this team is hopeless", "a hopeless jumble of papers"
    if category == "eating_disorders" and purged_a_body(own, clause_after, sentence):
        return True  # "Stalin purged the army of its officers"
    if moved_fast(clause_before, own, clause_after):
        return True  # "the car sped away": the past of "speed"
    if in_old_english([*sentence, *own]):
        return True  # "Ah, kill me with thy weapon": Shakespeare quoted
    if (
        reasons.a_fast_kept(category, sentence)
        or reasons.an_itch_scratched(category, own, sentence)
        or reasons.a_pill_for_an_illness(category, own, sentence)
        or reasons.a_thing_cut(category, own, clause_after)
        or reasons.a_toy_weapon(category, own, clause_after)
    ):
        return True  # "Ramadan started and I havent eaten in hours", "from the mosquito bites"
    if category in _WORD_IS_THE_HARM:
        return False
    return describes_a_thing(clause_before, own, clause_after)


def _list_items(left: str) -> list[list[str]]:
    """The words of the comma-separated items of the sentence before a match."""
    start = _UP_TO_SENTENCE_END.match(left)
    sentence = left[start.end() :] if start else left
    return [_words(item) for item in sentence.split(",")[:-1]]


def _complaint_before(left: str, clause: str) -> list[str]:
    """The words of the sentence before the clause a match opens."""
    start = _UP_TO_SENTENCE_END.match(left)
    sentence = left[start.end() :] if start else left
    return _words(sentence[: len(sentence) - len(clause)])


def _next_sentence(right: str) -> list[str]:
    """The words of the sentence after the one ``right`` (the text after a match) is in."""
    end = _SENTENCE_END.search(right)
    if end is None:
        return []
    rest = right[end.end() :]
    following = _SENTENCE_END.search(rest, len(rest) - len(rest.lstrip(" .!?")))
    return _words(rest if following is None else rest[: following.start()])


def _sentence_before(left: str) -> list[str]:
    """The words of the sentence before the one ``left`` (the text before a match) ends in."""
    start = _UP_TO_SENTENCE_END.match(left)
    if start is None:
        return []
    earlier = _UP_TO_SENTENCE_END.match(left[: start.end() - 1])
    return _words(left[earlier.end() if earlier else 0 : start.end()])


def _complaint_after(right: str, clause: str) -> list[str]:
    """The words of the sentence after the clause a match ends."""
    end = _SENTENCE_END.search(right, len(clause))
    return _words(right[len(clause) : end.start() if end else len(right)])


def _sentence_words(left: str, right: str) -> list[str]:
    """The words of the sentence around a match (its own words included)."""
    start = _UP_TO_SENTENCE_END.match(left)
    end = _SENTENCE_END.search(right)
    return _words(
        (left[start.end() :] if start else left) + " " + (right[: end.start()] if end else right)
    )


# How far after "it happened again" the thing it was is looked for ("..., the fire alarm").
_THING_REACH = 40


# "after school", "before class": when, not whom.
_TIME_OF = frozenset("after before".split())


# "the kid", "that teacher", "his brother", "al niño": a person named by a noun.
_DETERMINERS = frozenset(
    "the that this a my his her your their our al el la ese esa este esta un una su mi tu"
    " sus mis".split()
)
# The people a Spanish threat names as its target after "a" ("apuñalar a un compañero", "matar
# al profesor"): the English person nouns are read from ``senses.PERSON_NOUNS``.
_SPANISH_PERSON_NOUNS = frozenset(
    """
    compañero compañera compañeros compañeras profesor profesora profesores profe profes
    maestro maestra alumno alumna alumnos alumnas chico chica chicos chicas niño niña niños
    niñas padre madre padres hermano hermana primo prima amigo amiga amigos amigas tío tía
    vecino vecina novio novia director directora tutor tutora chaval chavala
    """.split()
)
# ... and what a word of shooting or hitting sends to a person without harm: "shoot the kid a
# message".
_SENT_TO = frozenset("message text dm email look glance smile line pic photo".split())


# Between a determiner and a person, which one of them: "stab the next person who touches my
# stuff", "batter the first kid that".
_WHICH_ONE = frozenset("next first last".split())
# A person not yet known, as a threat names them: "stab anyone who", "hit anybody that".
_ANYONE = frozenset("anyone anybody".split())


def _a_person_named(words: list[str]) -> bool:
    """A determiner and a noun for a person among the first words after a violent word (a
    target named without a pronoun: "the kid", "the next person", "anyone who"), not a person
    sent a message."""
    if words[:1] and words[0] in _ANYONE and words[1:2] in (["who"], ["that"]):
        return True
    if words[:3] and words[0] in _DETERMINERS and words[1:2] and words[1] in _WHICH_ONE:
        words = [words[0], *words[2:]]
    return any(
        word in _DETERMINERS
        and (words[at + 1] in PERSON_NOUNS or words[at + 1] in _SPANISH_PERSON_NOUNS)
        and _SENT_TO.isdisjoint(words[at + 2 : at + 4])
        for at, word in enumerate(words[:2])
        if at + 1 < len(words)
    )


def _mass_target(words: list[str]) -> bool:
    """A school, a class or everyone among ``words`` as a target, not as a time ("after
    school"): a threat against many."""
    return any(
        word in _MASS_TARGETS and not (word in PLACES and at and words[at - 1] in _TIME_OF)
        for at, word in enumerate(words)
    )


def _intends(near: list[str]) -> bool:
    """An intent or future word just before the match ("gonna", "will", "about to"). "About"
    alone is a topic ("worries about someone hurting you"), not an intent, nor is a gerund
    after "for" or "after" ("excluded for bringing a gun")."""
    return any(
        word in _INTENT
        and (word != "about" or near[at + 1 : at + 2] == ["to"])
        # "excluded for bringing a gun": the cause of what happened, not an intent
        and not (word.endswith("ing") and near[at - 1 : at] in (["for"], ["after"], ["since"]))
        for at, word in enumerate(near)
    )


def _laughing(before: list[str], after: list[str], left: str, right: str) -> bool:
    """ "lol", "jk", "hahaha", embarrassment ("so cringe") or a laughing face in the
    sentence around the match."""
    if not _LAUGHTER.isdisjoint(before) or not _LAUGHTER.isdisjoint(after):
        return True
    if not _EMBARRASSED.isdisjoint(before) or not _EMBARRASSED.isdisjoint(after):
        return True
    if any(word.startswith(("haha", "jaja", "lmao")) for word in (*before[-3:], *after[:3])):
        return True
    if _amused(before) or _amused(after):
        return True
    if _delighted(after) or _glossed(right) or _acted_out(left, right):
        return True
    if _EMBARRASSING_MOMENT.search(_SENTENCE_END.split(right, 1)[0]) or _EMBARRASSING_MOMENT.search(
        _SENTENCE_END.split(left)[-1]
    ):
        return True
    sentence_after = _SENTENCE_END.split(right, 1)[0]
    sentence_before = _SENTENCE_END.split(left)[-1]
    if _TONE_INDICATOR.search(sentence_after) or _TONE_INDICATOR.search(sentence_before):
        return True
    return any(face in sentence_after or face in sentence_before for face in _LAUGHING_FACES)


def _shooting_at_school_on_a_day(own: list[str], sentence: list[str]) -> bool:
    """Whether a threat to shoot sits in a sentence that names the school and a day, wherever
    in it ("tomorrow at school, i will shoot you"; "thou shalt die tomorrow at school, i will
    shoot thee"): a school shooting threatened, critical as "shoot up the school" is."""
    if not own or not own[0].startswith(("shoot", "shot")) or PLACES.isdisjoint(sentence):
        return False
    return _PLAN_TIME.search(" ".join(sentence)) is not None


# What makes a dark line a plan whatever tone it is told in: a time set beside a means or a
# method (or the harm's own "again"), a means the writer has at hand, a plan the writer says
# they have, or words that insist it is meant.
_PLAN_TIME = re.compile(
    r"\b(?:tonight|tonite|2nite|today|tomorrow|tmrw|tmr|tomoz|midnight|after school"
    r"|before school|this weekend|this week|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|esta noche|mañana|manana|este finde|después del cole|despues del cole)\b"
)
_PLAN_MEANS = re.compile(
    r"\b(?:pills|tablets|paracetamol|rope|noose|blade|blades|razor|razors|pastillas|cuerda"
    r"|cuchilla|cuchillas)\b"
)
# ... or a method in the match's own words ("jumping off the bridge"): a bridge or a train
# elsewhere in the post is a journey ("if i have to get the train tomorrow i'll kms lol").
_OWN_METHOD = frozenset("again vez bridge train jump jumping hang hanging puente tren".split())
_MEANS_AT_HAND = re.compile(
    r"\b(?:have|got|saved|saving|stashed|hid|hidden|bought|ready)\s+(?:up\s+)?"
    r"(?:(?:the|my|some|all|enough|a)\s+)?(?:pills|tablets|paracetamol|rope|noose|blade"
    r"|blades|razor|razors)\b"
    r"|\b(?:pills|tablets|paracetamol|rope|noose|blade|blades|razor|razors)\s+"
    r"(?:ready|saved|hidden|in my)\b"
)
_PLAN_HELD = re.compile(
    r"\b(?:i have|i've got|ive got|i got|i made|i've made|ive made)\s+a plan\b"
    r"|\b(?:tengo un plan)\b"
)
_INSISTED = re.compile(
    r"(?:^|\s)/srs(?![a-z])|\bnot (?:joking|kidding)\b|\bi mean it\b|\bi'?m serious\b"
    r"|\bi am serious\b|\ben serio\b|\bno es broma\b"
)


def plan_beside(left: str, own: list[str], right: str) -> bool:
    """Whether the post around a self-harm match (lowered ``left`` and ``right``) tells a plan
    or insists it is meant, so no tone tag, gloss, meme or "if" takes the words back."""
    post = f"{left} {' '.join(own)} {right}".replace("\u2019", "'")
    if _MEANS_AT_HAND.search(post) or _PLAN_HELD.search(post) or _INSISTED.search(post):
        return True
    if _PLAN_TIME.search(post) is None:
        return False
    return _PLAN_MEANS.search(post) is not None or not _OWN_METHOD.isdisjoint(own)


# The moments teenagers say they could die of, the embarrassment unnamed: a crush, something
# read out or done in front of everyone, a voice that cracked, being left on read.
_EMBARRASSING_MOMENT = re.compile(
    r"\b(?:my crush|in front of (?:everyone|everybody|the whole (?:class|school|bus))|out loud"
    r"|voice crack\w*|left (?:me )?on read|delante de todos|mi crush)\b",
    re.IGNORECASE,
)
# Tone indicators students write after a line: "/j" joking, "/hj" half-joking, "/lh"
# light-hearted, "/hyp" hyperbole, "/s" sarcasm ("/srs", serious, is none of them).
_TONE_INDICATOR = re.compile(r"(?:^|\s)/(?:j|jk|hj|lh|hyp|s|silly)(?![a-z])", re.IGNORECASE)
# Overwhelmed by something good: "kms this song is so good", "i'm dead this is so cute".
_DELIGHT = frozenset("slaps banger iconic obsessed adorable gorgeous hilarious".split())
_SO_GOOD = frozenset("good cute pretty funny perfect".split())
# A gloss in brackets right after the words (a word or two may come first) that takes them
# back: "ending myself (affectionate)", "i'm going to end it all (delete my account)". Not one
# that insists.
_BRACKETED = re.compile(r"(?:\s{0,2}[a-z']+){0,2}\s{0,2}\(([^()]{1,40})\)", re.IGNORECASE)
_INSISTING = frozenset(
    "serious seriously srs real really fr mean not no genuinely actually".split()
)


# The meme formats that act a feeling out: "me when the teacher calls on me: *wants to die*",
# "pov: you ...", words between asterisks (an action, not a statement).
_MEME_OPENING = re.compile(r"^\W*(?:me when|me after|me trying|me every time|pov\b|nobody:)")
_ASTERISKS = re.compile(r"\*[^*\n]{0,30}$")


def _acted_out(left: str, right: str) -> bool:
    """The match acted out between asterisks, or in a post that opens as a meme ("me when",
    "pov:")."""
    if _ASTERISKS.search(left) is not None and right[:30].find("*") >= 0:
        return True
    line = left[left.rfind("\n") + 1 :].lower()
    return _MEME_OPENING.match(line) is not None


def _delighted(after: list[str]) -> bool:
    """A word of delight in the clause after the match, or "so good", "too cute"."""
    if not _DELIGHT.isdisjoint(after):
        return True
    return any(
        word in ("so", "too") and following in _SO_GOOD
        for word, following in zip(after, after[1:], strict=False)
    )


def _glossed(right: str) -> bool:
    """A bracket right after the match whose words take it back, not insist on it."""
    found = _BRACKETED.match(right)
    return found is not None and _INSISTING.isdisjoint(_words(_lowered(found.group(1))))


def _guardian_idiom(before: list[str], after: list[str]) -> bool:
    """ "my mum is gonna kill me (if i fail)": a parent or teacher's anger told as a death
    threat, the commonest idiom of its kind; not when it silences ("... if i tell")."""
    return not _GUARDIANS.isdisjoint(before) and _SILENCING.isdisjoint(after)


def _amused(words: list[str]) -> bool:
    """A comedy word in the clause ("that joke killed me", "so funny he was killing me"),
    not denied ("this is no joke", "it's not funny")."""
    return any(
        word in _AMUSED and _NEGATIONS.isdisjoint(words[max(0, at - 2) : at])
        for at, word in enumerate(words)
    )


def _condemned(after: list[str]) -> bool:
    """ "… is wrong", "… isn't funny", "… es ofensivo" right after the match."""
    for index, word in enumerate(after[:8]):
        if word in _COPULAS:
            following = after[index + 1 : index + 4]
            if not _CONDEMNING.isdisjoint(following):
                return True
            if ("not" in following or "never" in following) and not _APPROVING.isdisjoint(
                following
            ):
                return True
    return False


# After a reporting word, these make the "report" an attack on the reader ("everyone says you
# should…") rather than speech the writer is passing on.
_READER = frozenset("you u ya yall te tú tu".split())


_CONTRASTS = frozenset("but though although yet pero aunque".split())


def _reported(before: list[str]) -> bool:
    """ "he called me…", "she said…", "the word…": reported speech or a mention, unless what
    follows the reporting word is aimed at the reader ("everyone says you should…")."""
    reported_at = max((i for i, word in enumerate(before) if word in _REPORTING), default=-1)
    if reported_at < 0:
        return False
    reported = before[reported_at + 1 :]
    # "the teacher said they logged it but they still call me names": the report ends at "but"
    return _READER.isdisjoint(reported) and _CONTRASTS.isdisjoint(reported)


def _asks_meaning(before: list[str]) -> bool:
    """ "what does … mean", "qué significa …": a word mentioned, not used."""
    return any(
        word in _MEANING_ASKED and following in _MEANING_VERBS
        for word, following in zip(before, before[1:], strict=False)
    )


# A question reported, not asked: "a student asked why the Nazis wanted to kill...", "she
# wondered how long the war went on".
_ASKING = frozenset("asked asks asking wondered wonders wondering preguntó pregunto".split())
_ASKED_WHAT = frozenset("why how what whether who when where por qué que si".split())


def _asked_about(before: list[str]) -> bool:
    """A verb of asking and the question's own word right after it, in the match's clause."""
    return any(
        word in _ASKING and following in _ASKED_WHAT
        for word, following in zip(before, before[1:], strict=False)
    )


def _is_question(left: str, right: str) -> bool:
    """The sentence holding the match ends with "?" or opens with "¿"."""
    sentence_end = _SENTENCE_END.search(right)
    if sentence_end is not None and sentence_end.group() == "?":
        return True
    if "\u00bf" not in left:
        return False
    sentence_start = _UP_TO_SENTENCE_END.match(left)
    return "\u00bf" in (left[sentence_start.end() :] if sentence_start else left)
