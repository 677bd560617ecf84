"""A wish to be with someone who has died: "i just want to be with my mum again", "id rather be
with her than stuck here" (in a post that says she died), "solo quiero estar con mi abuela otra
vez".

Grieving students rarely write "i want to die"; they write that they want to be with the person
they lost. The self-harm library lists the reunion words ("be with her", "be with my dad",
"estar con mi abuela") as high. Alone they are a crush, a visit or a homesick line, and no flag
at all. They mean a wish to die only where the writer says they want it ("want", "rather",
"ready", "quiero"; not "i wish i could see her again", which is grief) and the post says the
person has died (or is in heaven, or buried) or says the writer's own despair beside it ("tired
of being here", "ya no quiero seguir aquí"). Then the post is critical, as "i want to die" is.

Read by ``moderation.scanning.matches`` after the context labels and before planning: a reunion
negated, asked about, quoted or told as a story is dropped with the rest. Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import HYPOTHETICAL, READ_AS_IS_OR_OF_OTHERS

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "self_harm"
CRITICAL = 4
# The reunion words the self-harm libraries list, by how their terms open.
REUNION_TERMS = (
    "be with ",
    "go be with ",
    "rather be with ",
    "estar con ",
    "reunirme con ",
    "irme con ",
)
# The person named as dead, gone to heaven or buried, anywhere in the post.
_DEATH = re.compile(
    r"\b(?:died|dies|dead|passed\s+away|passed\s+on|heaven|funeral|grave|cemetery|rip"
    r"|lost\s+(?:my|her|him|them)|since\s+(?:she|he|they)\s+(?:went|left|passed)"
    r"|murió|murio|falleció|fallecio|muerto|muerta|muertos|cielo|entierro|tumba|cementerio"
    r"|se\s+fue\s+para\s+siempre)\b"
)
# A pet's death, which is grief too but no one to be with: "my goldfish died".
_PET_BEFORE = re.compile(
    r"\b(?:dog|dogs|puppy|cat|cats|kitten|hamster|goldfish|fish|rabbit|bunny|pet|bird"
    r"|tortoise|horse|guinea\s+pig|perro|perrito|gato|gatito|hámster|pez|conejo|mascota)"
    r"\s+(?:has\s+|just\s+|ha\s+|se\s+)?$"
)


def _a_death_named(lowered: str) -> bool:
    """Whether the post tells of a person's death (not a pet's)."""
    for found in _DEATH.finditer(lowered):
        if _PET_BEFORE.search(lowered[max(0, found.start() - 30) : found.start()]) is None:
            return True
    return False


# The wish, said just before the reunion words: "i just want to", "id rather", "im ready to go".
_WISH_BEFORE = re.compile(
    r"\b(?:want|wanna|rather|ready|need|can't\s+wait|cant\s+wait|gonna|going|longing"
    r"|quiero|necesito|prefiero|voy)\b[^.!?\n]{0,30}$"
)


def _is_reunion(match: Match) -> bool:
    term = match.entry.term.lower() + " "
    return match.category == CATEGORY and term.startswith(REUNION_TERMS)


# A wish said in the reunion words themselves: "rather be with her", "go be with grandpa".
_WISH_IN_TERM = ("rather ", "go be ")


def raised(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each reunion wish recorded as critical where the writer wishes it and
    the post names a death or says the writer's own despair ("tired of being here"), and
    dropped where it does not (a crush, a visit, a trip home)."""
    if not any(_is_reunion(m) for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    loss = _a_death_named(lowered) or any(
        m.category == CATEGORY and not _is_reunion(m) and m.context in READ_AS_IS_OR_OF_OTHERS
        for m in matches
    )
    out = []
    for match in matches:
        if _is_reunion(match):
            before = lowered[max(0, match.start - 60) : match.start]
            wished = match.entry.term.lower().startswith(_WISH_IN_TERM) or (
                _WISH_BEFORE.search(before) is not None
            )
            # "i'd rather be with her" reads as a would; it is a preference said now
            preferred = match.context == HYPOTHETICAL and match.entry.term.startswith("rather")
            if not (loss and wished and (match.context in READ_AS_IS_OR_OF_OTHERS or preferred)):
                continue
            match = match._replace(severity=CRITICAL)
        out.append(match)
    return out
