"""Whether a student is shown the school's help contacts at once, under their own post.

Self-harm and eating-disorder words always show them: the student may be the one at risk even
where the words read as a topic. Elsewhere (grooming, sexting, bullying, violence, hate, other
concerns) they are shown where the post tells of something done to the writer: a match that the
context reading gives to the writer ("about the writer", "the writer's own"), or whose own words
name the writer as the one it is done to ("asked me for pics", "bullying me", "me pegó"). A
student who threatens or insults someone else is not shown helplines for it; the flag reaches
staff either way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from moderation.models import Category, ContextLabel

ALWAYS = frozenset({Category.SELF_HARM, Category.EATING_DISORDERS})
NEVER = frozenset({Category.PROFANITY})
WRITERS_OWN = frozenset({ContextLabel.SELF, ContextLabel.OWN})
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
