"""A concern the post says is already with an adult: a pupil's words staff log with what they
did, or a friend's harm a student says they told a teacher about.

The context rules read "DSL informed" or "both spoken to" only in the match's sentence and the
one after it (``moderation.scanning.handled``). Staff write a log as a short story, and what they
did often comes two or three sentences on: 'A Year 8 said to her friend "i wanna die" when she
saw her test score. I checked in after the lesson, she laughed. Tutor aware.' A student who
supports a friend writes the same way: 'my friend told me she's been cutting again and i told
my form tutor like the assembly said'. Both posts are the record of a concern already in the
hands of an adult who deals with it; holding them and ringing the lead again is the alert
fatigue the product must not cause.

Two readings, each for a match that is someone else's words or harm, never the writer's own:

- a pupil's words in quotation marks, in a post that anywhere records a response or its end
  ("DSL informed", "both spoken to", "I spoke to her", "no further action", "case closed", "it
  was a joke", "hablé con él", "asunto resuelto"): recorded under ``handled`` as the context
  rules record it (two levels lower; a low match set aside);
- a friend's harm, in a post where the writer says they told an adult ("i told my form tutor",
  "I called her mum", "gave it to the head of year", "se lo conté a la orientadora"): recorded
  two levels lower under ``handled``, never set aside and never below 1: a student who carried
  it is owed a check-in too. A plan or a time (a critical match) stays as it is.

A staff member who asks the forum what to do ("I haven't told anyone yet"), a friend's secret
kept ("made me promise not to tell"), and the writer's own harm ("he hits me, I told my mum")
keep their reading. Read by ``moderation.scanning.matches`` after every other post reader.
Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning import handled
from moderation.scanning.context import HANDLED, OWN, adjusted_severity

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

_WORD_IS_THE_HARM = frozenset({"hate", "profanity"})
_SET_ASIDE_UP_TO = 2  # as context._HANDLED_SET_ASIDE_UP_TO: a low match in a record is no flag
_CRITICAL = 4
# What staff write once they have acted on a pupil's words, or found there was nothing to act
# on: beyond handled's procedure words, the plain ones of a log.
_RESPONDED = re.compile(
    r"\b(?:i|we)\s+(?:then\s+|have\s+|had\s+)?(?:spoke|spoken|talked|checked\s+in)\s+(?:to|with)\b"
    r"|\b(?:spoke|talked)\s+to\s+(?:him|her|them|both)\b"
    r"|\b(?:i|we)\s+had\s+a\s+(?:quiet\s+)?(?:word|chat)\b"
    r"|\b(?:tutor|hoy|head\s+of\s+year|mum|dad|parents)\s+(?:is\s+|are\s+)?(?:aware|in\s+the\s+loop)\b"
    r"|\b(?:i|we)\s+(?:raised|reported|passed|logged|flagged)\s+(?:it|this|that)\b"
    r"|\bno\s+(?:further\s+action|(?:further\s+|other\s+)?concerns?|risk\s+(?:identified|found))\b"
    r"|\bnfa\b|\bnothing\s+(?:further|sinister|found|more)\b|\b(?:logged|closed)\s+and\s+closed\b"
    r"|\b(?:case|thread)\s+closed\b|\bclosed\s+today\b|\bclosing\s+this\b|\bresolved\b"
    r"|\b(?:it|this|that)\s+was\s+(?:just\s+)?(?:a\s+joke|banter|about\s+a|a\s+figure\s+of\s+speech"
    r"|(?:a|an)\s+[\w-]+\s+(?:invite|game|lyric|meme))\b|\bjokingly\b|\bfigure\s+of\s+speech\b"
    r"|\bhabl[ée]\s+con\b|\bhablamos\s+con\b|\bse\s+habl[óo]\s+con\b|\basunto\s+resuelto\b"
    r"|\bcaso\s+cerrado\b|\bsin\s+m[áa]s\b|\btodo\s+en\s+orden\b|\bera\s+una\s+broma\b"
    r"|\bse\s+pidieron\s+perd[óo]n\b|\bparte\s+de\s+incidencias\b|\b(?:orientaci[óo]n|jefatura)"
    r"\s+(?:informad[oa]|avisad[oa]|lo\s+comprob[óo])\b"
)
# A writer who told an adult about it: "i told my form tutor", "I called her mum straight away",
# "gave it to the head of year", "I made her tell Miss Hart", "se lo conté a la orientadora".
_ADULT = (
    r"(?:(?:(?:my|our|the|her|his|their|a|an)\s+)?(?:(?:form|school|class|pe)\s+)?"
    r"(?:tutor|teacher|head\s+of\s+year|hoy|counsell?or|nurse|dsl|safeguarding\s+lead"
    r"|miss|mr|mrs|ms|sir|office|gp|doctor|adult|childline)"
    # a friend's family, never the writer's own ("i told my mum" is no one who acts on it)
    r"|(?:her|his|their)\s+(?:mum|mom|dad|parents))\b"
)
_TOLD_AN_ADULT = re.compile(
    r"\bi\s+(?:then\s+|finally\s+|just\s+)?(?:told|tell|rang|called|phoned|messaged|texted"
    r"|went\s+to|gave\s+it\s+to|showed\s+it\s+to|reported\s+it\s+to)\s+"
    + _ADULT
    + r"|\bi\s+made\s+(?:her|him|them)\s+tell\b"
    r"|\bse\s+(?:lo|la)\s+(?:cont[ée]|dije|coment[ée]|di|ense[ñn][ée])\s+a\b"
)
# A secret kept, or not yet told: the post asks what to do and nobody has it yet.
_NOT_TOLD = re.compile(
    r"\b(?:haven't|havent|have\s+not|didn't|didnt|not\s+yet)\s+told\b|\bpromise\s+not\s+to\s+tell\b"
    r"|\bdon't\s+know\s+what\s+to\s+do\b|\bno\s+s[ée]\s+qu[ée]\s+hacer\b|\bno\s+lo\s+dir[íi]a\b"
)
# Telling that did not work: the adult did nothing or was not believed, or the harm goes on
# after it ("i told my tutor and nothing happened, she cut again last night"). The friend's harm
# is then not with an adult who deals with it, and a lead must see it.
_TOLD_IN_VAIN = re.compile(
    r"\b(?:did|does|do|done|said|says)\s+nothing\b|\bnothing\s+(?:happened|changed|was\s+done"
    r"|has\s+(?:happened|changed|been\s+done))\b|\bnobody\s+(?:did|does|listened|believes|believed)\b"
    r"|\b(?:didn't|didnt|did\s+not|doesn't|doesnt|won't|wont|wouldn't|wouldnt)\s+"
    r"(?:believe|listen|care|do\s+anything|help|take\s+it\s+seriously)\b|\bignored\b"
    r"|\b(?:just\s+)?laughed\b|\bsaid\s+(?:i|she|he|they)\s+(?:was|were)\s+(?:lying|making)"
    r"|\battention\s+seeking\b|\bno\s+(?:one|body)\s+(?:listened|believed|cares|did)"
    r"|\bno\s+me\s+(?:crey[óo]|hizo\s+caso)\b|\bno\s+hizo\s+nada\b"
)
# What says, after the telling, that the harm goes on or is close: again, still, tonight.
# Not "today" nor "hoy", which tell how the friend is now ("Hoy dice que le salvé la vida").
_GOES_ON = re.compile(
    r"\b(?:again|still|tonight|tomorrow|this\s+weekend|last\s+night|new\s+(?:bruises|marks|cuts)"
    r"|worse|otra\s+vez|de\s+nuevo|esta\s+noche|ma[ñn]ana)\b"
)
# A plan or a day in a pupil's quoted words: what is to come, not what a log has closed.
_PLAN_OR_DAY = re.compile(
    r"\b(?:plan|planned|planning|tonight|tomorrow|this\s+weekend|on\s+(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|esta\s+noche|ma[ñn]ana|el\s+(?:lunes|martes"
    r"|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo))\b"
)
# The nearest person before a match in its sentence: a friend (or he, she) or the writer.
_PERSON = re.compile(
    r"\b(?:(?P<writer>i|i'm|im|i've|ive|yo)|(?P<other>he|she|they|he's|she's|they're|hes|shes"
    r"|friend|friends|friend's|mate|mates|mate's|bestie|bff|sister|brother|cousin|boyfriend"
    r"|girlfriend|amigo|amiga|amigos|amigas|colega|él|ella|novio|novia|hermano|hermana))\b"
)
# A staff member's words for the pupil whose words they log: "a Year 8", "Y10 girl", "my tutee",
# "10B", "un alumno de 3º" (in the text as written: a form's letter is a capital).
_STAFF_VOICE = re.compile(
    r"\b(?:[Pp]upils?|[Ss]tudents?|[Tt]utees?|[Yy]ear\s*\d{1,2}s?|Y\d{1,2}s?|KS\d|[Bb]oys?|[Gg]irls?"
    r"|[Cc]hild|[Kk]id|[Aa]lumn[oa]s?|[Cc]hic[oa]s?|[Cc]haval(?:es)?)\b|\b(?:[1-9]|1[0-3])[A-Z]{1,2}\b"
    r"|\b\d\s*º\s*[A-Z]?\b"
)
_WRITER_IN = re.compile(r"\b(?:i|me|my|myself|mí)\b")
_WRITER_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:me|myself|us|mí|conmigo)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_QUOTES = "\"\u201c\u201d'\u2018\u2019\u00ab\u00bb"


def lowered(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each one the post says is already with an adult recorded lower (and a
    low one in a staff log set aside)."""
    if not matches:
        return matches
    lowered_text = text.lower().replace("\u2019", "'")
    if _NOT_TOLD.search(lowered_text) is not None:
        return matches
    logged = _STAFF_VOICE.search(text) is not None and (
        _RESPONDED.search(lowered_text) is not None or handled.recorded_anywhere(lowered_text)
    )
    telling = _TOLD_AN_ADULT.search(lowered_text)
    told = (
        telling is not None
        and _TOLD_IN_VAIN.search(lowered_text) is None
        and _GOES_ON.search(lowered_text, telling.end()) is None
    )
    if not (logged or told):
        return matches
    out = []
    for match in matches:
        severity = match.severity
        if match.context == OWN:
            pass
        elif (
            logged
            and _in_quotes(text, match.start, match.end)
            and not _said_to_the_writer(lowered_text, match.start, match.end)
            and not _a_plan_quoted(lowered_text, match.start, match.end)
        ):
            severity = adjusted_severity(match.entry.severity, HANDLED)
            if match.entry.severity <= _SET_ASIDE_UP_TO and match.category not in _WORD_IS_THE_HARM:
                severity = 0
        elif told and match.severity < _CRITICAL and _a_friends(lowered_text, match):
            severity = adjusted_severity(match.severity, HANDLED)
        if severity < match.severity:
            if severity == 0:
                continue
            match = match._replace(context=HANDLED, severity=severity)
        out.append(match)
    return out


# An opening quotation mark, and a closing one (an apostrophe only where no letter is next to
# it on that side: "don't" is no quote).
_OPENING = re.compile("[\"\u201c\u201d\u00ab\u2018]|(?<![\\w])'")
_CLOSING = re.compile("[\"\u201c\u201d\u00bb\u2019]|'(?![\\w])")


def _in_quotes(text: str, start: int, end: int) -> bool:
    """Whether the match sits between quotation marks on its line: someone's words, written
    down."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        _OPENING.search(text, line_start, start) is not None
        and _CLOSING.search(text, end, line_end if line_end != -1 else len(text)) is not None
    )


# A quote said to the writer ('A boy said to me "I'll kill you"'): a threat they received.
_TO_THE_WRITER = re.compile(r"\b(?:(?:to|at)\s+(?:me|us)|told\s+(?:me|us)|me\s+dijo)\W*$")
_ADDRESSED = re.compile(r"\b(?:you|your|u|ur|te|ti|tu)\b")


def _said_to_the_writer(text: str, start: int, end: int) -> bool:
    """Whether the quote around the match says "you" and is reported as said to the writer."""
    line_start = text.rfind("\n", 0, start) + 1
    openings = list(_OPENING.finditer(text, line_start, start))
    if not openings:
        return False
    opening = openings[-1].start()
    closing = _CLOSING.search(text, end)
    quote = text[opening : closing.end() if closing else len(text)]
    return (
        _ADDRESSED.search(quote) is not None
        and _TO_THE_WRITER.search(text, line_start, opening) is not None
    )


def _a_plan_quoted(text: str, start: int, end: int) -> bool:
    """Whether the quote around the match names a plan or a day to come ('"i have a plan to
    kill myself on friday"'): a log of it is no record that it is over."""
    line_start = text.rfind("\n", 0, start) + 1
    openings = list(_OPENING.finditer(text, line_start, start))
    opening = openings[-1].start() if openings else line_start
    closing = _CLOSING.search(text, end)
    quote = text[opening : closing.end() if closing else len(text)]
    return _PLAN_OR_DAY.search(quote) is not None


def _a_friends(text: str, match: Match) -> bool:
    """Whether the match is someone else's harm: the nearest person before it in its sentence
    is a friend (or he, she), and neither it nor the words after it name the writer."""
    start, end = match.start, match.end
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    people = list(_PERSON.finditer(text, opening, start))
    if not people or people[-1].group("other") is None:
        return False
    if _WRITER_IN.search(text, start, end) is not None:
        return False
    return _WRITER_AFTER.match(text, end) is None
