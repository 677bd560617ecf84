"""An extremist name or idea the writer agrees with.

Extremism libraries hold groups, figures and theories ("isis", "hitler", "the great
replacement") low, because history and news lessons name them all day. What a safeguarding
lead must see is a student agreeing with one: "isis have a point", "the great replacement
kinda makes sense", "i support isis", "el isis tiene razón". This module reads that agreement:
praise or assent right after the match ("... was right", "... had the right idea", "... did
nothing wrong", "... makes sense", "... are heroes", "... is the only way"), or a few words on
and pointing back ("honestly they are right"), or support or wanting to join right before it
("i support", "i agree with", "wants to join the", "se va a unir al"). A negated or condemned
one ("isis is not right", "saying hitler was right is vile") is none: the context rules read
those first.

Pure Python, no Django.
"""

from __future__ import annotations

import re

ENDORSABLE = frozenset({"extremism"})

_INTENSIFIER = r"(?:(?:so|totally|kinda|kind\s+of|actually|honestly|lowkey|100%|literally|"
_INTENSIFIER += r"completely|pretty|deadass|fr)\s+)*"

# "... has a point", "... had the right idea", "... had some good ideas"
_A_POINT = r"(?:a\s+point|some\s+(?:good\s+)?points|the\s+right\s+idea|(?:some\s+)?good\s+ideas)"

_PRAISE_AFTER = re.compile(
    r"^[\s,]*(?:(?:is|are|was|were|'s|s|r)\s+"
    + _INTENSIFIER
    + r"(?:right|correct|based|heroes|a\s+hero|legends|a\s+legend|goated|the\s+goat)"
    r"(?![-\w]|\s+(?:next|there|here|behind|now|away|in\s+front|over))"
    r"|(?:has|have|had)\s+" + _INTENSIFIER + _A_POINT + r"|(?:did|does|do)\s+nothing\s+wrong"
    r"|(?:and\s+(?:it\s+|that\s+)?)?(?:it\s+|that\s+)?"
    + _INTENSIFIER
    + r"(?:makes|made|make)\s+"
    + _INTENSIFIER
    + r"sense"
    r"|(?:is|are)\s+" + _INTENSIFIER + r"(?:real|true|the\s+truth|coming)(?![-\w])"
    # Spanish: "tiene razón", "tenían razón", "tiene sentido", "son unos héroes"
    r"|(?:tiene|tienen|tenía|tenían|tenia|tenian)\s+(?:toda\s+la\s+)?(?:razón|razon|sentido)"
    # ("es un héroe", "es una leyenda": "unos?" alone would ask "uno" of the singular)
    r"|(?:es|son|era|eran)\s+(?:(?:un|una|unos|unas)\s+)?(?:héroes?|heroes?|heroínas?|leyendas?)"
    # held up as the one way: "... is the only way", "... es el único camino"
    r"|(?:is|are|was|'s|s)\s+" + _INTENSIFIER + r"(?:the\s+only\s+(?:way|answer|solution|hope))\b"
    r"|(?:es|era)\s+(?:el\s+único|el\s+unico|la\s+única|la\s+unica)\s+"
    r"(?:camino|salida|solución|solucion|respuesta|manera|forma)\b"
    r")"
)
# The agreement may come a few words later, pointing back: "videos about the great
# replacement and honestly it kinda makes sense", "a documentary about isis, tbh they are right
# about some things".
_AGREEMENT_NEAR = re.compile(
    r"^[^.!?\n]{0,60}?\b(?:(?:it|that|this)\s+"
    + _INTENSIFIER
    + r"(?:makes|made)\s+"
    + _INTENSIFIER
    + r"sense\b"
    r"|(?:they|he|she)\s*(?:'re|re|are|were|was|is|'s|s)\s+"
    + _INTENSIFIER
    + r"(?:right|correct|based)(?![-\w]|\s+(?:next|there|here|behind|now|away|over|to)\b)"
    r"|(?:they|he|she)\s+(?:has|have|had)\s+" + _INTENSIFIER + _A_POINT + r")"
)
_SUPPORT_BEFORE = re.compile(
    r"(?:^|[^a-z'])(?:i\s+"
    + _INTENSIFIER
    + r"(?:support|supported|agree\s+with|stan|respect|admire|look\s+up\s+to|side\s+with)"
    r"|respect\s+to|shoutout\s+to|(?:yo\s+)?(?:apoyo\s+al?|estoy\s+con|admiro\s+al?)"
    # wanting to join one: "my cousin wants to join the islamic state", "quiere unirse al"
    r"|(?:want|wants|wanna|gonna|going\s+to|planning\s+to|plans\s+to|trying\s+to)\s+(?:to\s+)?join"
    r"|(?:quiero|quiere|quieren)\s+(?:unirme|unirse)\s+al?"
    # ... in the other ways Spanish says it: "se va a unir al isis", "me quiero unir a la yihad",
    # "va a unirse al", "mi primo se unió al"
    r"|(?:(?:voy|vas|va|vamos|van)\s+a\s+(?:unirme|unirte|unirse|unirnos)"
    r"|(?:me|te|se|nos)\s+(?:(?:quiero|quieres|quiere|queremos|quieren|voy\s+a|vas\s+a|va\s+a"
    r"|vamos\s+a|van\s+a)\s+unir|unió|unio|uní|uni|unimos|unieron|ha\s+unido|he\s+unido"
    r"|han\s+unido))\s+al?)"
    r"(?:\s+(?:the|el|la|los|las))?\s+$"
)


# Anyone's view, set out to be answered: "people who say isis are heroes are sick", "la gente
# que dice que...". A named person's view ("my uncle says hitler had some good ideas") is what a
# student around extremism reports, and stays.
_ANYONE_SAYS = re.compile(
    r"(?:people|those|anyone|anybody|someone|somebody|whoever|everyone|gente|quien|quienes)"
    r"\s+(?:who\s+|that\s+|que\s+)?(?:still\s+)?(?:say|says|said|claim|claims|think|thinks"
    r"|believe|believes|dice|dicen|piensa|piensan|cree|creen)\s+(?:that\s+|que\s+)?"
    r"(?:(?:the|el|la|los|las)\s+)?$"
)


def endorsed(left: str, right: str) -> bool:
    """Whether the writer agrees with the match between lower-cased ``left`` and ``right``."""
    if _ANYONE_SAYS.search(left) is not None:
        return False
    return (
        _PRAISE_AFTER.match(right) is not None
        or _AGREEMENT_NEAR.match(right) is not None
        or _SUPPORT_BEFORE.search(left) is not None
    )
