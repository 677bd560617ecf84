"""Context labels: what the words around a keyword say about it, and how that moves its severity.

A keyword list cannot tell "I want to die" from "I don't want to die", or a slur thrown at a
classmate from a student quoting it to say it is wrong. This module reads a few words either
side of one match (never the whole post, so the cost is per match) and gives it one label and
an adjusted severity. It is a handful of plain rules about English and Spanish function words,
not a language model: it errs towards keeping a match at its library severity, and it never
drops a match, it only records it lower.

Pure Python, no Django, no import of the engine (the engine calls it).
"""

from __future__ import annotations

import re
from typing import Protocol

PLAIN = "plain"
NEGATED = "negated"
HYPOTHETICAL = "hypothetical"
QUOTED = "quoted"
QUESTION = "question"
SELF = "self"
OTHER = "other"
THREAT = "threat"

# The one table of severity rules: label -> (change, what staff read about it).
# A change is added to the library severity and kept within 1..4; THREAT sets a floor instead.
SEVERITY_RULES: dict[str, tuple[int, str]] = {
    PLAIN: (0, "No context cue: the library's severity."),
    SELF: (0, "About the writer ('I want to…', 'myself'): the library's severity, never lower."),
    OTHER: (0, "Aimed at or about someone else ('you', 'he', 'they'): the library's severity."),
    NEGATED: (-2, "Negated ('I don't want to…', 'never'): recorded two levels lower."),
    QUOTED: (
        -1,
        "Quoted, reported or condemned ('he called me…', 'saying … is wrong'): one level lower.",
    ),
    HYPOTHETICAL: (-1, "Hypothetical or conditional ('if', 'what if', 'would'): one level lower."),
    QUESTION: (-1, "Asked as a question about someone or something else: one level lower."),
    THREAT: (
        3,
        "A threat (first or second person, intent or future, a target): at least high; "
        "critical when the target is a school, a class or everyone.",
    ),
}
LABELS = tuple(SEVERITY_RULES)
# Categories whose vocabulary a threat context raises ("gun", "shoot", "bomb" in "I'm bringing a
# gun for you"); in other categories a threat reading does not apply.
THREAT_CATEGORIES = frozenset({"violence", "bullying"})
# Categories where a first-person question is a cry for help ("should I just kill myself?").
SELF_CATEGORIES = frozenset({"self_harm", "eating_disorders"})

_REACH = 120  # characters read either side of a match
_NEAR = 4  # words before a match that a negation must sit within
_HYPOTHETICAL_NEAR = 8

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_CONTRACTIONS = (
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'m\b"), " am"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'d\b"), " would"),
    (re.compile(r"'ve\b"), " have"),
)
_CLAUSE_MARK = re.compile(r"[.!?;:,\n\r\u2014\u00bf\u00a1()\[\]]")
_WORD = re.compile(r"[a-z0-9\u00e0-\u00ff']+")

_CLAUSE_WORDS = frozenset(
    "but and so because cause cuz bc though although or then while whereas "
    "pero y o porque aunque pues entonces mientras".split()
)
_NEGATIONS = frozenset(
    "not never dont didnt doesnt wont wouldnt shouldnt couldnt cant cannot isnt arent wasnt "
    "werent aint havent hasnt nor no nunca jamas jamás tampoco ni".split()
)
# A negation followed by one of these is about coping, not about the keyword:
# "I can't stop thinking about…", "can't take it anymore and…".
_NEGATION_CANCELLED_BY = frozenset(
    "stop help wait stand take bear handle cope deal keep sleep breathe eat remember even "
    "one body longer more puedo aguanto".split()
)
_HYPOTHETICALS = frozenset(
    "if would could might imagine imagined suppose supposing pretend pretending hypothetically "
    "unless si imagina imaginemos supongamos".split()
)
_FIRST_PERSON = frozenset("i im me my myself mine ima imma yo me mi mí conmigo".split())
_SECOND_THIRD = frozenset(
    "you u ur your yours yourself yall he she they him her them his their theirs "
    "himself herself themselves everyone everybody someone somebody tu tú te ti usted "
    "ustedes él ella ellos ellas".split()
)
# Spanish object pronouns come before the verb: "te voy a matar", "los voy a matar".
_SPANISH_CLITICS = frozenset("te lo la los las le les".split())
_INTENT = frozenset(
    "want wanna gonna going will plan planning about ready need tryna trying decided "
    "bring bringing quiero voy vamos pienso tengo".split()
)
# Targets that make a threat one against many: critical.
_MASS_TARGETS = frozenset(
    "school class classroom everyone everybody yall all teachers escuela colegio todos".split()
)
_REPORTING = re.compile(
    r"\b(?:called|calls|calling|call|said|says|saying|told|tells|telling|wrote|writes|"
    r"posted|yelled|shouted|texted|messaged|word|words|term|slur|meaning|spell|spelled|"
    r"dijo|dice|dicen|llamó|llamo|llaman|palabra)\b[^.!?\n]*$"
)
_CONDEMNED_AFTER = re.compile(
    r"\b(?:is|are|was|isn't|isnt|aren't|arent|es|son)\s+(?:\w+\s+)?"
    r"(?:wrong|not ok|not okay|offensive|racist|hurtful|a slur|not a joke|not funny|hateful|"
    r"unacceptable|never ok|never okay|homophobic|sexist|ofensivo|racista)\b"
)
_MEANING_QUESTION = re.compile(r"\b(?:what|wat|wut|que|qué)\s+(?:does|do|is|means?|significa)\b")
_QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019", "'": "'"}


class _Entry(Protocol):
    category: str
    severity: int
    term: str


def label_match(text: str, start: int, end: int, entry: _Entry) -> tuple[str, int]:
    """The context label of ``text[start:end]`` (a match of ``entry``) and its adjusted severity."""
    label, mass = _label(text, start, end, entry.category)
    return label, adjusted_severity(entry.severity, label, mass=mass)


def adjusted_severity(severity: int, label: str, *, mass: bool = False) -> int:
    """The severity a match of ``severity`` is recorded at under ``label`` (the table above)."""
    change = SEVERITY_RULES[label][0]
    if label == THREAT:
        return 4 if mass else max(severity, change)
    return min(4, max(1, severity + change))


def describe(label: str) -> str:
    """What staff read about a label; an unknown label reads as plain."""
    return SEVERITY_RULES.get(label, SEVERITY_RULES[PLAIN])[1]


def _words(fragment: str) -> list[str]:
    fragment = fragment.lower().translate(_APOSTROPHES)
    for pattern, replacement in _CONTRACTIONS:
        fragment = pattern.sub(replacement, fragment)
    return [word.replace("'", "") for word in _WORD.findall(fragment)]


def _clause_before(text: str, start: int) -> str:
    left = text[max(0, start - _REACH) : start]
    marks = list(_CLAUSE_MARK.finditer(left))
    return left[marks[-1].end() :] if marks else left


def _clause_after(text: str, end: int) -> str:
    right = text[end : end + _REACH]
    mark = _CLAUSE_MARK.search(right)
    return right[: mark.start()] if mark else right


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


def _negated(before: list[str]) -> bool:
    near = before[-_NEAR:]
    for index, word in enumerate(near):
        if word not in _NEGATIONS:
            continue
        following = near[index + 1] if index + 1 < len(near) else ""
        if following in _NEGATION_CANCELLED_BY:
            continue
        return True
    return False


def _quoted(text: str, start: int, end: int) -> bool:
    """Inside a pair of quotation marks on the same line: "they wrote "…" on my locker"."""
    left = text[max(0, start - _REACH) : start]
    line_start = left.rfind("\n") + 1
    left = left[line_start:]
    right = text[end : end + _REACH].split("\n", 1)[0]
    for opening, closing in _QUOTE_PAIRS.items():
        at = left.rfind(opening)
        if at < 0:
            continue
        if opening == "'":
            # An apostrophe is not a quote: the mark must open a word and close one.
            if at > 0 and left[at - 1].isalnum():
                continue
            close = re.search(r"'(?![a-z])", right, re.IGNORECASE)
            if close is None or (close.start() > 0 and not right[close.start() - 1].isalnum()):
                continue
            return left[at + 1 :].count("'") == 0
        if left.count(opening) % 2 == 1 or opening != closing:
            if closing in right and (opening == closing or left.count(closing, at) == 0):
                return True
    return False


def _label(text: str, start: int, end: int, category: str) -> tuple[str, bool]:
    before_text = _clause_before(text, start)
    after_text = _clause_after(text, end)
    before = _after_clause_word(_words(before_text))
    after = _until_clause_word(_words(after_text))
    if _negated(before):
        return NEGATED, False
    lowered_before = before_text.lower()
    if (
        _quoted(text, start, end)
        or _REPORTING.search(lowered_before)
        or _CONDEMNED_AFTER.search(after_text.lower())
        or _MEANING_QUESTION.search(lowered_before)
    ):
        return QUOTED, False
    # The match's own words count: "kill you" names its target, "kill myself" its writer.
    target = _words(text[start:end]) + after[:3]
    first_person = any(word in _FIRST_PERSON for word in before) or "myself" in target
    aimed_at_others = any(word in _SECOND_THIRD for word in target) or any(
        word in _SPANISH_CLITICS for word in before[-4:]
    )
    intent = any(word in _INTENT for word in before[-4:])
    if category in THREAT_CATEGORIES and intent and aimed_at_others | _mass(after):
        return THREAT, _mass(after)
    if any(word in _HYPOTHETICALS for word in before[-_HYPOTHETICAL_NEAR:]):
        return HYPOTHETICAL, False
    if _is_question(text, start, end) and not (first_person and category in SELF_CATEGORIES):
        return QUESTION, False
    if first_person and not aimed_at_others:
        return SELF, False
    if aimed_at_others or any(word in _SECOND_THIRD for word in before):
        return OTHER, False
    return PLAIN, False


def _mass(after: list[str]) -> bool:
    return any(word in _MASS_TARGETS for word in after[:6])


def _is_question(text: str, start: int, end: int) -> bool:
    """The sentence holding the match ends with "?" or opens with "¿"."""
    sentence_end = re.search(r"[.!?\n]", text[end : end + _REACH])
    if sentence_end is not None and sentence_end.group() == "?":
        return True
    opening = re.split(r"[.!?\n]", text[max(0, start - _REACH) : start])[-1]
    return "\u00bf" in opening
