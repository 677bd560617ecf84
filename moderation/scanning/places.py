"""A death wished on a whole school: "everyone at this school deserves to die, watch what happens
friday", "todos los de este instituto merecen morir".

The self-harm library lists "deserve to die" for the writer's own guilt ("i deserve to die").
Said of everyone at a school, a class or a year, it is no belief about oneself: it is a threat to
a place, the kind of warning given before a school attack. A safeguarding lead treats it as
violence. With a day named or a warning of what will happen ("watch what happens", "you'll
see", "don't come in") it is the same-day emergency "don't come to school tomorrow" is:
critical, held before anyone else sees it. Without one it is high: said in anger, it still needs
a talk the same day.

A school shooting told as done ("he shot up the school", "the guy who shot up a school in
texas") is no threat of the writer's: it is news, or an attack a student saw or heard of. It is
recorded low, a look by a lead, not a hold; where the post also wishes it again or plans one
("someone should do that here", "gonna", "next") it keeps its library severity.

Read by ``moderation.scanning.matches`` after planning; a wish negated, quoted, joked or taught
as a topic keeps its reading. Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import READ_AS_IS_OR_OF_OTHERS
from moderation.scanning.planning import TIME, begins_a_word

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "violence"
HIGH = 3
CRITICAL = 4
WISHES = ("deserve to die", "merecen morir", "merece morir", "merecéis morir")
_WISHES = WISHES
# The wishes that are only ever said of others (the English one is the writer's own guilt too,
# which a denial of it on a place leaves to the context rules).
_WISHED_ON_OTHERS = frozenset(_WISHES[1:])
# The whole place, just before the wish: "everyone at this school", "this whole school",
# "all of you in this class", "everyone here".
_WHOLE_PLACE = re.compile(
    r"(?:\b(?:everyone|everybody|every\s+one|all\s+of\s+(?:you|u|them)|you\s+all|y'all|all)"
    r"\s+(?:at|in|from|of)\s+(?:this|my|our|the|that)\s+(?:\w+\s+)?"
    r"(?:school|college|academy|class|year|building|place)"
    r"|\b(?:this|my|our|the|that)\s+(?:whole\s+|entire\s+|stupid\s+|\w+ing\s+)?"
    r"(?:school|college|academy)"
    r"|\beveryone\s+here|\beverybody\s+here"
    # "todos los de este instituto", "todos en esta clase", "todo el insti", "todos aquí"
    r"|\b(?:tod[oa]s\s+(?:(?:los|las)\s+)?(?:de|en|del)\s+|tod[oa]\s+|nadie\s+(?:de|en|del)\s+)"
    r"(?:(?:este|esta|ese|esa|mi|nuestro|nuestra|el|la)\s+)?(?:\w+\s+)?"
    r"(?:instituto|insti|colegio|cole|escuela|clase|curso|centro)(?:\s+de\s+mierda)?"
    r"|\btod[oa]s\s+(?:aqu[ií]|vosotros|vosotras|ustedes))"
    r"\s+(?:all\s+|just\s+|really\s+|honestly\s+)?$"
)
# Nobody there deserves it: "nobody at this school deserves to die like that".
_NOBODY = re.compile(
    r"\b(?:nobody|noone|no\s+one|none|no|not|never|doesn't|dont|don't|nadie|ninguno|ninguna"
    r"|nunca)\b"
)
# A warning of what will happen there.
_WARNING = re.compile(
    r"(?:watch\s+what\s+happens|you'll\s+see|youll\s+see|you\s+will\s+see|wait\s+and\s+see"
    r"|just\s+wait|don't\s+come\s+(?:in|to\s+school)|dont\s+come\s+(?:in|to\s+school)"
    r"|stay\s+home|ya\s+ver[aá]s|ya\s+ver[eé]is|lo\s+ver[eé]is|lo\s+vais\s+a\s+ver"
    r"|ya\s+ver[aá]n|no\s+vengáis|no\s+vengais|no\s+vengas)\b"
)


LOW = 2
# The terms of a shooting at a place, and their past as the post writes it.
_SHOOTINGS = ("shoot up", "shoot the school")
_SHOT = re.compile(r"shot\b", re.IGNORECASE)
# Beside a shooting told as done: a wish or a plan for another ("should", "gonna", "next").
_AGAIN = re.compile(
    r"\b(?:again|next|tomorrow|tmrw|tonight|should(?!\s+have|\s+of|ve|'ve)|gonna|gunna"
    r"|going\s+to|will|wanna|want\s+to|plan\w*|copy|do\s+(?:that|the\s+same)|like\s+(?:he|she|they|him|that)\s+did)\b"
    r"|'ll\b"
)


def raised(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with a death wished on a whole school read as a threat to the place, and a
    shooting told as done recorded low."""
    matches = _shootings_told_as_done(text, matches)
    if not any(m.entry.term in _WISHES for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    out = []
    for match in matches:
        if match.entry.term in _WISHES and match.context in READ_AS_IS_OR_OF_OTHERS:
            before = re.split(r"[.!?\n]", lowered[max(0, match.start - 60) : match.start])[-1]
            place = _WHOLE_PLACE.search(before)
            denied = place is not None and _NOBODY.search(before, 0, place.end()) is not None
            if denied and match.entry.term in _WISHED_ON_OTHERS:
                continue  # "nadie de este instituto merece morir así": a condolence
            if place is not None and not denied:
                warned = begins_a_word(TIME, lowered) or begins_a_word(_WARNING, lowered)
                match = match._replace(
                    category=CATEGORY, severity=max(match.severity, CRITICAL if warned else HIGH)
                )
        out.append(match)
    return out


def _shootings_told_as_done(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with a shooting the post tells as done ("he shot up the school") recorded
    low, unless the post wishes or plans another."""
    done = [
        m
        for m in matches
        if m.entry.term.startswith(_SHOOTINGS) and _SHOT.match(text, m.start) is not None
    ]
    if not done or _AGAIN.search(text.lower().replace("\u2019", "'")) is not None:
        return matches
    return [m._replace(severity=min(m.severity, LOW)) if m in done else m for m in matches]
