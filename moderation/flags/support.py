"""A post that tells of harm to its writer: the school's help contacts are shown to them at once,
under their own post, and the post is kept from the class until staff have read it.

Help contacts: self-harm and eating-disorder words always show them, as the student may be the
one at risk even where the words read as a topic. Elsewhere (grooming, sexting, bullying,
violence, hate, other concerns) they are shown where the post tells of something done to the
writer: a match that the context reading gives to the writer ("about the writer", "the writer's
own"), or whose own words name the writer as the one it is done to ("asked me for pics",
"bullying me", "me pegó"). A student who threatens or insults someone else is not shown
helplines for it; the flag reaches staff either way.

Holding: a disclosure at low severity ("a man on the game asked me for pics", "everyone calls
me names") is below the school's hold level, and was shown to the whole class. The writer's
privacy is what holding protects here, so a post whose match is the writer's own, or names the
writer as the one harmed, is held at low severity and above; a negated, joking, hypothetical or
already-handled mention is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from moderation.models import Category, ContextLabel, Severity

ALWAYS = frozenset({Category.SELF_HARM, Category.EATING_DISORDERS})
NEVER = frozenset({Category.PROFANITY})
WRITERS_OWN = frozenset({ContextLabel.SELF, ContextLabel.OWN})
# Readings in which harm to the writer is told as happening: the others deny it, laugh it off,
# imagine it, ask about it, name it as a topic or say it has been dealt with.
TOLD_AS_HAPPENING = frozenset(
    {ContextLabel.PLAIN, ContextLabel.SELF, ContextLabel.OTHER, ContextLabel.QUOTED}
)
# The writer as the object of what the words say, in English and Spanish ('me' is both).
_WRITER_AS_OBJECT = re.compile(r"\b(?:me|my|myself|mine|mi|mis|conmigo)\b", re.IGNORECASE)


def writer_may_need_help(rows: Iterable[Any]) -> bool:
    """True when one of a post's matches (FlagMatch rows) may be about harm to the writer."""
    for row in rows:
        if row.category in ALWAYS:
            return True
        if row.category in NEVER or row.context == ContextLabel.THREAT:
            continue
        if row.context in WRITERS_OWN or _WRITER_AS_OBJECT.search(row.matched_text):
            return True
    return False


def tells_of_harm_to_writer(matches: Iterable[Any]) -> bool:
    """True when one of a post's matches (the engine's) at low severity or above is the
    writer's own harm, or names the writer as the one harmed, told as happening."""
    return any(
        match.severity >= Severity.LOW
        and match.category not in NEVER
        and (
            match.context == ContextLabel.OWN
            or (
                match.context in TOLD_AS_HAPPENING
                and _WRITER_AS_OBJECT.search(match.text) is not None
            )
        )
        for match in matches
    )
