"""A harm the writer says is their own.

Libraries name conditions and harms in general words ("eating disorder", "grooming", "self
harm", "bullying") at a low severity, because on their own they are usually the lesson's topic.
Students answer those lessons, and a disclosure often names the harm once and then says it is
theirs in words no library holds: "our teacher talked about eating disorders and i think i have
one", "we learned about grooming, that's what my coach does to me", "the self harm video was
sad, i do it too", "nos hablaron del acoso y eso me pasa a mí". Or before the word: "i think i
have an eating disorder", "i'm being groomed", "creo que tengo anorexia".

The same for a weapon the writer carries: "i carry a knife for protection", "the lesson on
knife crime was long, i carry one anyway", "llevo una navaja", or has on them or at school:
"i have a knife in my pencil case", "i brought a blade to school" (a knife in the kitchen
drawer is a kitchen's).

This module reads such a claim: before the match, the writer having or undergoing it; after
it, anywhere in what the context rules read, a first-person claim that points back ("one",
"it", "that", "those things") or says it happens to the writer. A claim that is negated ("i
don't think i have one") is none. The context rules record a claimed match as the writer's own
(``moderation.scanning.context``), at least high.

Pure Python, no Django.
"""

from __future__ import annotations

import re

# Harms a student may say are happening to them or that they have.
OWNABLE = frozenset({"self_harm", "eating_disorders", "grooming", "bullying", "sexting", "drugs"})
# Weapons the writer says they carry ("i carry a knife", "the knife crime talk, i carry one").
# Only carrying: "i have a knife", "i take a knife and cut the onion" are kitchens.
CARRIED = frozenset({"violence"})

_HEDGE = r"(?:(?:think|guess|reckon|might|may|probably|prob|defo|definitely|really|actually"
_HEDGE += r"|literally|kinda|kind of|now|still|also|too|honestly|lowkey)\s+)*"

# Just before the match: "i (think i) have (a)", "i'm being", "i suffer from", "creo que tengo".
_ARTICLES = r"(?:(?:a|an|some|this|bad|really|serious|severe)\s+)*$"
_HAVING_BEFORE = re.compile(
    r"(?:^|[^a-z'])i\s+"
    + _HEDGE
    + r"(?:(?:that\s+)?i\s+)?"
    + _HEDGE
    + r"(?:have\s+got|have|got|suffer\s+from|struggle\s+with|(?:was|got)\s+diagnosed\s+with)\s+"
    + _ARTICLES
    + r"|(?:^|[^a-z'])i(?:'m|m|\s+am)\s+"
    + _HEDGE
    + r"(?:being|getting|suffering\s+from|struggling\s+with)\s+"
    + _ARTICLES
    + r"|(?:^|[^a-z'])i(?:'ve|ve|\s+have|'m|m|\s+am|\s+was)?\s+(?:been\s+)?"
    + _HEDGE
    + r"(?:a\s+)?(?:victim|survivor)\s+of\s+"
    + _ARTICLES
    + r"|(?:^|[^a-z'])i(?:'ve|ve)\s+"
    + _HEDGE
    + r"(?:got|been\s+diagnosed\s+with)\s+"
    + _ARTICLES
    + r"|(?:^|[^a-záéíóúñ])(?:creo\s+que\s+|yo\s+)?(?:tengo|sufro(?:\s+de)?|padezco)\s+"
    r"(?:(?:un|una|el|la)\s+)?$"
)

# A drug or drink the writer says they use: "i've been taking cocaine", "i'm drinking a bottle
# of vodka every night", "i snort ket", "tomo cocaína", "me meto coca". Only the writer, never
# "he takes", and only verbs of using: "i bought vodka for the party" is shopping.
USED = frozenset({"drugs"})
_USE = (
    r"(?:take|takes|taking|took|drink|drinking|drank|snort|snorting|snorted|smoke|smoking"
    r"|smoked|do|doing|did|use|using|used|inject|injecting|started\s+(?:taking|drinking"
    r"|smoking|using|doing)|been\s+on|on)"
)
_USING_BEFORE = re.compile(
    r"(?:^|[^a-z'])i(?:'ve|ve|'m|m|\s+have|\s+am|\s+was)?\s+(?:been\s+)?"
    + _HEDGE
    + r"(?:(?:sometimes|often|always|usually|regularly)\s+)?"
    + _USE
    + r"\s+(?:(?:a|an|some|more|lots|loads|lines?|bottles?|half|whole|cans?|shots?|of|the"
    r"|bit|few|bag|gram|grams|pint|pints|glass|glasses|whole)\s+)*$"
    r"|(?:^|[^a-záéíóúñ])(?:yo\s+)?(?:tomo|bebo|fumo|esnifo|me\s+meto|me\s+bebo"
    r"|me\s+tomo|estoy\s+tomando|estoy\s+bebiendo)\s+(?:(?:una|un|unas|unos|botella|botellas"
    r"|de|raya|rayas|mucha|mucho|más)\s+)*$"
)

_PLACE_END = r"(?=\s*(?:[.!?,;:)\n]|$|\s(?:i\s|and\s|but\s|tbh|ngl|lol|honestly|y\s|pero\s)))"
_TOO = r"(?:\s+(?:too|as\s+well|myself|i\s+think|sometimes|still|again|every\s+day|a\s+lot))*"

# After the match, pointing back at it.
_CLAIM_AFTER = re.compile(
    # "i think i have one", "i might have it too", "i've got that"
    r"(?<![a-z'])i\s+"
    + _HEDGE
    + r"(?:(?:that\s+)?i\s+)?"
    + _HEDGE
    + r"(?:have|'ve\s+got|ve\s+got|have\s+got|got)\s+(?:one|it|that|this|them)"
    + _TOO
    + _PLACE_END
    # "i do it too", "i still do it", "i do that sometimes": a habit, not a deed once done
    + r"|(?<![a-z'])i\s+(?:still|also|sometimes|actually|literally)\s+(?:do|does)"
    + r"\s+(?:it|that|this)"
    + _TOO
    + _PLACE_END
    + r"|(?<![a-z'])i\s+do\s+(?:it|that|this)\s+(?:too|as\s+well|sometimes|still|again|every\s+day"
    r"|a\s+lot)\b"
    # "it's happening to me", "that happens to me", "someone is doing this to me"
     + r"|(?<![a-z'])(?:it|that|this|they|he|she|someone|somebody)\s*(?:'s|s|is|was|has\s+been"
    r"|keeps|kept|are|were)?\s+(?:happening|happens|happened|doing\s+(?:it|that|this))\s+to\s+me\b"
    # "that's what my coach does to me", "he does all of those things to me"
    r"|(?<![a-z'])(?:does|did|do|doing|done)\s+(?:it|that|this|those\s+things|these\s+things"
    r"|all\s+(?:of\s+)?(?:those|these|that|this)(?:\s+things)?|the\s+same|exactly\s+that)\s+to\s+me\b"
    r"|(?<![a-z'])what\s+(?:[a-z']+\s+){1,3}(?:does|did|is\s+doing|keeps\s+doing)\s+to\s+me\b"
    # "that's me", "sounds like me", "i feel like that"
    r"|(?<![a-z'])(?:that's|thats|that\s+is|sounds\s+like|that\s+sounds\s+like)\s+(?:literally\s+)?"
    r"(?:me|my\s+life|what\s+happens\s+to\s+me)"
    + _PLACE_END
    + r"|(?<![a-z'])i\s+(?:sometimes\s+|often\s+|always\s+)?feel\s+like\s+(?:that|this)\b"
    # Spanish: "eso me pasa (a mí)", "yo también lo hago", "me hace esas cosas", "creo que la tengo"
    r"|(?<![a-záéíóúñ])(?:eso\s+|esto\s+)?(?:a\s+mí\s+)?me\s+(?:pasa|pasó|paso|está\s+pasando"
    r"|esta\s+pasando)\b"
    r"|(?<![a-záéíóúñ])(?:yo\s+(?:también\s+|tambien\s+|tmb\s+)?|(?:también|tambien|tmb)\s+"
    r"|creo\s+que\s+)(?:lo|la)\s+(?:hago|tengo)\b"
    r"|(?<![a-záéíóúñ])me\s+(?:hace|hacen|hizo|hicieron)\s+(?:eso|esto|esas\s+cosas|lo\s+mismo"
    r"|todo\s+eso)\b"
)

# After a harm a student cannot stop on their own: "purging is bad but i can't stop", "i cant
# stop doing it". Only these: "vaping is bad, i can't stop" is a habit for the school nurse.
COMPULSIVE = frozenset({"self_harm", "eating_disorders"})
_CANNOT_STOP_AFTER = re.compile(
    r"(?<![a-z'])i\s+(?:just\s+|really\s+|literally\s+)?(?:can't|cant|cannot|can\s+not)\s+stop"
    r"(?:\s+(?:doing\s+)?(?:it|that|this|myself))?" + _PLACE_END
)

_CARRY = r"(?:carry|carried|carrying|started\s+carrying|walk\s+around\s+with|go\s+out\s+with)"
_CARRYING_BEFORE = re.compile(
    r"(?:^|[^a-z'])i(?:'ve|ve|'m|m|\s+have|\s+am)?\s+"
    + _HEDGE
    + _CARRY
    + r"\s+(?:(?:a|an|my|this|the|that|around|about|always)\s+)*$"
    r"|(?:^|[^a-záéíóúñ])(?:yo\s+)?(?:siempre\s+)?(?:llevo|cargo)\s+(?:un|una|mi)\s+$"
)
# "i have a knife in my bag", "i've got a blade at school": having one is carrying it where
# the writer says it is on them, or at school.
_HAVING_ONE_BEFORE = re.compile(
    r"(?:^|[^a-z'])i(?:'ve|ve|\s+have)?\s+"
    + _HEDGE
    + r"(?:have|got|have\s+got|bring|brought|brung|take|took|keep|kept|hide|hid)\s+"
    r"(?:(?:a|an|my|this|the|that|little|small|big|real)\s+)*$"
)
_ON_THE_WRITER = re.compile(
    r"^\s*(?:(?:with|on)\s+me\b|(?:in|inside)\s+(?:my|me)\s+(?:school\s+)?(?:bag|backpack"
    r"|rucksack|pencil\s+case|pocket|locker|blazer|coat|jacket|hoodie|sock|shoe|tray|desk)"
    r"|(?:to|at|in|into)\s+(?:school|class|college|the\s+school|lessons?)\b)"
)
_CARRYING_AFTER = re.compile(
    r"(?<![a-z'])i(?:'ve|ve|'m|m|\s+have|\s+am)?\s+"
    + _HEDGE
    + _CARRY
    + r"\s+(?:one|it|mine|them)\b"
    r"|(?<![a-záéíóúñ])(?:yo\s+)?(?:siempre\s+)?(?:llevo|cargo)\s+(?:uno|una)\b"
)

_NEGATION = re.compile(
    r"(?:\bnot|n't|\bdont|\bdoesnt|\bdidnt|\bnever|\bno|\bnadie|\bnunca|\bya\s+no)\s+(?:\w+\s+){0,3}$"
)


def claimed(left: str, right: str, category: str) -> bool:
    """Whether the writer says the match (of ``category``) between lower-cased ``left`` and
    ``right`` is theirs: a harm they have or undergo, or a weapon they carry."""
    if category in OWNABLE:
        before_pattern, after_pattern = _HAVING_BEFORE, _CLAIM_AFTER
    elif category in CARRIED:
        before_pattern, after_pattern = _CARRYING_BEFORE, _CARRYING_AFTER
    else:
        return False
    before = before_pattern.search(left)
    if before is None and category in USED:
        before = _USING_BEFORE.search(left)
    if before is None and category in CARRIED and _ON_THE_WRITER.search(right):
        before = _HAVING_ONE_BEFORE.search(left)
    if before is not None and not _NEGATION.search(left, 0, before.start() + 1):
        return True
    afters = (after_pattern, _CANNOT_STOP_AFTER) if category in COMPULSIVE else (after_pattern,)
    for pattern in afters:
        for claim in pattern.finditer(right):
            if not _NEGATION.search(right, 0, claim.start()):
                return True
    return False
