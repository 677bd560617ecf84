"""Drugs sold to children: "this kid in year 11 was selling coke to the year 8s", "sells ket to the
younger ones at the park", "vende porros a los de primero", "pasa coca a los de la eso".

The drugs library records a drug word low, and most of its everyday ones (``coca``, ``ket``) only
where the words around them tie them to a person: a student may use, be offered or talk about a
drug. Sold or passed on to younger pupils, or at school, it is supply to children, which the
school's drugs procedure and its safeguarding lead treat as exploitation (county lines recruit
this way): the drug word is recorded high, as "selling cocaine" is, whoever the seller is.

Only a drug word right after a verb of supply ("selling", "deals", "vendiendo", "pasa"), with a
young recipient or a school after it in the same clause, counts: "selling sweets to year 7s" has
no drug word, and "sold a can of coke to my brother" no child or school. A drug word negated,
joked about, told as history, taught or written up as dealt with keeps its reading. Read by
``moderation.scanning.matches`` on the context labels, before the matches the context set aside
are dropped. Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import OTHER, OWN, PLAIN, QUOTED, SELF

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "drugs"
HIGH = 3
# An everyday drug word ("coca", "vapes") is recorded at nothing where nobody is tied to it; sold
# to children it is. A word the context rules set aside for another reason (a staff log of what
# was done about it) is left to them.
EVERYDAY = 1
_TOLD = frozenset({PLAIN, SELF, OWN, OTHER, QUOTED})
# A verb of supply just before the drug word, with at most one word between ("selling some
# coke", "vende un poco de coca" has two: "un poco de" is read as one).
_SUPPLY = re.compile(
    r"\b(?:sell|sells|selling|sellin|sold|deal|deals|dealing|dealin|dealt|push|pushes|pushing"
    r"|supply|supplies|supplying|supplied|flog|flogs|flogging|shotting|giving\s+out|gives\s+out"
    r"|gave\s+out|handing\s+out|hands\s+out|handed\s+out|passing|passes|passed"
    r"|vende|venden|vendía|vendia|vendían|vendian|vendiendo|vendió|vendio|vendo|vender|vendemos"
    r"|pasa|pasan|pasaba|pasaban|pasando|pasó|trapichea|trapichean|trapicheando|reparte"
    r"|reparten|repartiendo|repartía|repartia)"
    r"(?:\s+(?:some|them|him|her|it|a|an|the|loads\s+of|bits\s+of|un\s+poco\s+de|algo\s+de|unas?"
    r"|unos|le|les))?\s+$"
)
# After the drug word, in the same clause: the children it goes to or the school it is sold at.
_TO_CHILDREN = re.compile(
    r"^[^.!?;\n]{0,40}?\b(?:"
    r"to\s+(?:the\s+|some\s+|all\s+the\s+|these\s+|those\s+)?"
    r"(?:(?:year|yr|y)\s*(?:[4-9]|1[0-1])s?\b|(?:younger|little|small|lower)\s+\w+|kids|children"
    r"|juniors|primary|first\s+years|new\s+kids)"
    r"|(?:at|in|outside|behind|round)\s+(?:the\s+|our\s+|my\s+)?(?:school|primary|playground)"
    r"|a\s+(?:los|las)\s+(?:de\s+)?(?:primero|segundo|1º|2º|1o|2o|la\s+eso|pequeños|pequenos"
    r"|peques|niños|ninos|críos|crios|chavales|pequeñ\w+|menores)"
    r"|a\s+(?:niños|ninos|críos|crios|menores|chavales)"
    r"|(?:en|delante\s+de|en\s+la\s+puerta\s+de|a\s+la\s+puerta\s+de)\s+(?:el\s+|del\s+|la\s+)?"
    r"(?:insti|instituto|cole|colegio|patio|escuela)"
    r"|(?:en\s+la\s+)?puerta\s+del\s+(?:insti|instituto|cole|colegio)"
    r")"
)


def raised(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with a drug word recorded high where the post tells of it being sold or
    passed on to younger pupils or at a school."""
    if not any(m.category == CATEGORY for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    out = []
    for match in matches:
        if (
            match.category == CATEGORY
            and match.context in _TOLD
            and match.severity < HIGH
            and (match.severity or match.entry.severity == EVERYDAY)
            and _SUPPLY.search(lowered, max(0, match.start - 40), match.start) is not None
            and _TO_CHILDREN.search(lowered[match.end : match.end + 80]) is not None
        ):
            match = match._replace(severity=HIGH)
        out.append(match)
    return out
