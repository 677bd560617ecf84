"""A witness telling someone else's plan to hurt a person: "my mate showed me his knife, he says
he's going to stab jayden", "mi amigo dice que va a llevar un cuchillo para pinchar a uno".

The violence library lists weapons and blows ("knife", "stab", "cuchillo") as informational, and
the context rules set aside what someone else is reported to have said: most reported speech
is a story. But a student who tells that a named person says they will cut, stab or batter
someone is passing on a plan, and the lead must hear it the same day: the weapon or blow is
recorded high, as "going to hurt him" is.

Only a plan with a person to be hurt counts ("cut jayden", "stab him", "pinchar a uno"), never
"cut the cake" or "his hair"; a weapon negated, joked about, asked about or taught keeps its
reading. Read by ``moderation.scanning.matches`` on the context labels, before matches the
context set aside are dropped. Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import OTHER, OWN, PLAIN, QUOTED, SELF, THREAT

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "violence"
HIGH = 3
_TOLD = frozenset({PLAIN, SELF, OWN, OTHER, QUOTED, THREAT})
# Someone else's intent to hurt a person, then the person: "he's going to cut jayden", "she
# said she'll stab him", "they're gonna jump him after school".
_PLAN = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|he's|she's|they're)\s+(?:is\s+|are\s+)?"
    r"(?:going\s+to|gonna|gna|gunna|will|'ll|plans?\s+to|planning\s+to|wants?\s+to|means\s+to)"
    r"\s+(?:(?:actually|really|properly|just)\s+)?"
    r"(?:stab|cut|slash|shank|knife|jump|batter|shoot|hurt|beat\s+up|merk)\s+"
    r"(?!(?:the|a|an|his|its|their|my|your|it|this|that|up|out|off|down|in|through|class"
    r"|school|lessons?|hair|himself|herself|themselves|myself|yourself|corners|ties|grass"
    r"|cake|bread|paper|loose|back|across|hoops|goals?|baskets?|videos?|vids?|films?|photos?"
    r"|pics?|scenes?|penalt\w*|rope|ship|queue|line|start|gun|practice"
    r"|her\s+(?:own\s+)?(?:hair|fringe|nails|cake|paper|photos?|pics?))\b)"
    r"(?:him|them|someone|somebody|her|[a-z]{3,})\b"
    r"|\b(?:va|van)\s+a\s+(?:\w+\s+){0,7}?(?:para\s+)?"
    r"(?:pinchar|apuñalar|apunalar|rajar|acuchillar|clavar|matar|pegar|cortar|disparar)"
    r"(?:le|les)?\s+a\s+(?:uno|una|alguien|un|otro|otra|[a-záéíóúñ]{3,})\b"
)


def raised(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each violence match recorded high where the post tells someone's plan
    to hurt a person."""
    if not any(m.category == CATEGORY for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    if _PLAN.search(lowered) is None:
        return matches
    return [
        m._replace(severity=HIGH)
        if m.category == CATEGORY and m.context in _TOLD and m.severity < HIGH
        else m
        for m in matches
    ]
