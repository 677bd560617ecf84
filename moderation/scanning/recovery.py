"""A harm the writer tells as their past, over now: a recovery story, not a crisis.

People who have come through self-harm, an eating disorder or a suicide attempt tell of it to
help others: "When I was 15 I tried to kill myself. I'm 24 now and glad I'm still here", "I
used to starve myself before every photo, this year I ate breakfast", "two years clean from
self-harm today". The library's words are the writer's own, so the context rules read them at
full severity (an attempt is critical), and a lead gets an emergency that is years old.

A match is told as the past when its sentence sets it back in time ("used to", "when I was", "at
15", "in 2019", "years ago", "for years" (not "for years now"), "back in", "as a kid", "I
remember", "cuando tenía", "hace años"), or a recovery frame comes right before it ("clean
from", "free from", "recovered from"), and the post says how it is now ("now", "today", "this
year", "glad", "proud", "recovery", "I was so wrong", "ahora"). Anything that brings it back to
the present keeps it as it is: "again", a relapse, "started", "back to", "still", tonight or
tomorrow, an intent ("gonna", "want to", "planning"), or the harm ongoing ("I've", "been"). It
is recorded two levels lower under its own label, never held at the default setting, never
dropped: a past attempt is still a reason for a kind word.

Pure Python, no Django; read by ``moderation.scanning.matches`` after the context labels, before
``moderation.scanning.planning`` (a past plan is no plan).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import PAST, READ_AS_IS, READ_AS_IS_OR_OF_OTHERS, adjusted_severity

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORIES = frozenset({"self_harm", "eating_disorders"})

_SENTENCE_END = re.compile(r"[.!?\n]")
# What sets the match's sentence back in time.
_BACK_THEN = re.compile(
    r"\b(?:used to|use to|usedto|when i was|when i were|back in|back when|as a (?:kid|child|teen"
    r"|teenager)|growing up|i remember|years ago|months ago|at (?:[5-9]|1\d|2\d)(?!\d)"
    r"|for (?:years|months)(?! now)|in (?:19|20)\d\d|cuando (?:tenía|tenia|era)"
    r"|hace (?:\d+|dos|tres|cuatro|cinco|unos|muchos)"
    r" años|de pequeñ[oa]|de niñ[oa]"
    # a time long enough ago, named without a date: "there was a time", "not so long ago", "for
    # a long time", "in my twenties", "the year after", "con 16 años", "en 3º de la ESO"
    r"|there was a time|at one (?:time|point)|not so long ago|a long time ago|for a long time"
    r"|in my (?:teens|twenties|thirties)|the (?:year|months|summer) after"
    r"|con (?:\d+|quince|dieciséis|diecisiete) años|había una época|hubo una época"
    r"|en (?:\d\s*º|primero|segundo|tercero|cuarto) de (?:la )?(?:eso|primaria|bachillerato)"
    r"|durante (?:la carrera|años|mucho tiempo)"
    # "antes me cortaba": before, as a time that is over (not "antes de", before a thing)
    r"|antes(?! de))\b"
)
# A recovery frame right before the match: "two years clean from self-harm".
_RECOVERED_FROM = re.compile(
    r"\b(?:clean|free|recovered|recovering|recovery|healed|healing|sober)\s+(?:from|of)\s+$"
)
# How it is now, anywhere in the post.
_NOW = re.compile(
    r"\b(?:now|nowadays|these days|today|this year|glad|grateful|thankful|proud|recover\w*"
    r"|heal\w*|so wrong|still here|since then|years later|made it|survived|ahora|hoy"
    r"|orgullos[oa]|recuperad[oa]|i was wrong|me equivocaba|changed that|pulled through"
    r"|got me (?:out|through)|(?:years|months) (?:clean|recovered|sober|free)"
    r"|llevo \w+ (?:años|meses) sin)\b"
    r"|\b(?:at|i'm|im|i am) \d\d\b"
)
# What brings it back to the present: again, a relapse, a time to come, an intent, the harm
# going on. "Again" after what is good again ("clean again", "t-shirts again") is no return,
# nor "started" with when it started ("started at 12").
_PRESENT = re.compile(
    r"\b(?:(?<!clean )(?<!shirts )(?<!sleeves )(?<!well )(?<!happy )(?<!smiling )again"
    r"|relaps\w*|started(?! at \d| when| in \d)|starting|back to|still\b(?! here)|tonight"
    r"|tomorrow|last night"
    r"|yesterday|this week|this weekend|gonna|going to|want to|wanna|planning|plan to|miss it"
    r"|otra vez|de nuevo|volví|volvi|esta noche|mañana|quiero"
    # the harm come back, or the past time said to be now: "it's back now", "the urges came
    # back", "that time is now", "it's getting worse"
    r"|(?:is|are|came|come|comes|coming|has come|have come)\s+back(?!\s+(?:in|then|when|from|home))"
    r"|(?<=')(?:s|re)\s+back(?!\s+(?:in|then|when|from|home))"
    r"|(?:that|the) (?:time|feeling|urge|urges|thoughts?) (?:is|are) (?:now|here|back)"
    r"|getting worse|gets worse|got worse|worse than ever|ha vuelto|han vuelto)\b"
)
_ONGOING = re.compile(r"\b(?:i've|ive|i have|been|he estado|llevo)\b")
_CHANGE = -2  # the label's change: see context.SEVERITY_RULES[PAST]


def lowered(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each self-harm or eating-disorder match that the post tells as the
    writer's past, over now, recorded under PAST (two levels lower)."""
    if not any(m.category in CATEGORIES and m.context in READ_AS_IS_OR_OF_OTHERS for m in matches):
        return matches
    lowered_text = text.lower().replace("\u2019", "'")
    if _NOW.search(lowered_text) is None:
        return matches
    out = []
    for match in matches:
        if (
            match.category in CATEGORIES
            and match.context in READ_AS_IS_OR_OF_OTHERS
            and _told_as_past(lowered_text, match.start, match.end)
        ):
            severity = adjusted_severity(match.entry.severity, PAST, category=match.category)
            match = match._replace(context=PAST, severity=min(severity, match.severity))
        out.append(match)
    return out


def _told_as_past(text: str, start: int, end: int) -> bool:
    """Whether the match at ``start:end`` of ``text`` (lower-cased) is set back in time by its
    sentence and nothing in the post brings it back to the present."""
    # the post outside the match: the entry's own words ("want to die") are not an intent here
    rest = text[:start] + " " + text[end:]
    if _PRESENT.search(rest) is not None:
        return False
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = _SENTENCE_END.search(text, end)
    before = text[opening:start]
    # (with the match's own words: an entry that is a past habit, "i used to cut", sets itself
    # back in time)
    sentence = before + " " + text[start : closing.start() if closing else len(text)]
    if _ONGOING.search(before) is not None:
        return False
    return _RECOVERED_FROM.search(before) is not None or _BACK_THEN.search(sentence) is not None


# What a relapse is a relapse into, named anywhere in the post: a mark or an act of self-harm
# or of an eating disorder ("the cuts are worse", "200 days clean", "purged again").
_HARM_NAMED = re.compile(
    r"\b(?:cut|cuts|cutting|cutted|scar|scars|blade|blades|razor|razors|burn|burns|burned"
    r"|burning|sh|self\s*harm\w*|wounds?|bleed\w*|purg\w+|binge\w*|threw\s+up|throwing\s+up"
    r"|restrict\w*|days\s+clean|months\s+clean|clean\s+for|cortes|me\s+corté|me\s+corte"
    r"|cicatrices|cuchilla|vomit\w*)\b"
)
_RELAPSE = re.compile(r"\b(?:relaps\w*|reca[ií]\w*)")
HIGH = 3


def relapsed(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with the writer's own relapse recorded high where the post names what they
    relapsed into ("i relapsed last night, the cuts are worse than before"): back to the harm
    now, as "relapsed and cut" is; a relapse into nothing named stays low (smoking, a diet)."""
    if not any(m.category in CATEGORIES and m.severity < HIGH for m in matches):
        return matches
    lowered_text = text.lower().replace("\u2019", "'")
    if _HARM_NAMED.search(lowered_text) is None:
        return matches
    out = []
    for match in matches:
        if (
            match.category in CATEGORIES
            and match.severity < HIGH
            and match.context in READ_AS_IS
            and _RELAPSE.match(lowered_text, match.start) is not None
        ):
            match = match._replace(severity=HIGH)
        out.append(match)
    return out
