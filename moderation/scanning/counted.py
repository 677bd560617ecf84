"""An overdose told as a count: "took like 20 paracetamol", "took a whole pack of pills last
night", "me tomé un montón de pastillas", "me tome 15 ibuprofenos".

The self-harm library holds an overdose told as done in its own words ("took all my pills",
"swallowed a whole packet"), critical. A student as often gives the amount instead: a number no
dose is, or a whole pack, box or bottle. A medicine word right after a first-person past "took"
("i took", "took", "me tomé", "me tragué") and such an amount is recorded critical, as the
library's overdose entries are. "took 2 paracetamol for my headache", "me tomé una pastilla para
la alergia" and "he took 20 pills" (not the writer's own) are not.

The bare medicine words (``MEDICINES``: "paracetamol", "pills", "pastillas") are library entries
only so that this reader has a match to raise: named in any other way ("the nurse gave me
paracetamol", "tablets for the science lab") they are no flag at all, whatever the everyday
rule would record. Another medicine entry ("sleeping pills") keeps its own reading when not
raised. Read by ``moderation.scanning.matches`` on the context labels, before the matches the
context set aside are dropped. Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import HYPOTHETICAL, OWN, PLAIN, QUESTION, SELF

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "self_harm"
CRITICAL = 4
EVERYDAY = 1
# The library's bare medicine words, which count only when this reader raises them.
MEDICINES = frozenset(
    "paracetamol ibuprofen pills tablets painkillers tylenol pastillas ibuprofeno ibuprofenos "
    "paracetamoles comprimidos".split()
)
# The writer's own words, told plainly: not negated, joked, quoted, asked or someone else's.
_TOLD = frozenset({PLAIN, SELF, OWN})
# A count no dose is: 6 or more, in figures or words.
_MOST_IN_A_DOSE = 5
_COUNT_WORDS = (
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen|dozens\s+of"
    r"|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|dieciseis|veinte"
    r"|treinta|cuarenta|cincuenta|cien"
)
_HEAP = (
    r"(?:a\s+)?whole\s+(?:pack|packet|box|bottle|strip|blister|tub|sheet)(?:\s+of)?"
    r"|(?:a\s+)?(?:pack|packet|box|bottle|strip)\s+of|loads\s+of|a\s+load\s+of|heaps\s+of"
    r"|a\s+handful\s+of|a\s+bunch\s+of|so\s+many|too\s+many|a\s+lot\s+of|lots\s+of"
    r"|un\s+mont[oó]n\s+de|una\s+caja(?:\s+entera)?\s+de|un\s+bote(?:\s+entero)?\s+de"
    r"|un\s+bl[ií]ster(?:\s+entero)?\s+de|una\s+tableta(?:\s+entera)?\s+de|un\s+pu[ñn]ado\s+de"
    r"|un\s+paquete(?:\s+entero)?\s+de|un\s+mogoll[oó]n\s+de|un\s+chingo\s+de|un\s+pu[ñn]o\s+de"
    r"|demasiadas|demasiados|muchas|muchos|un\s+frasco(?:\s+entero)?\s+de"
)
# A first-person past "took" and the amount, just before the medicine word: "i took like 20",
# "took a whole pack of my mums", "me tomé como 15", "anoche me tragué una caja de".
_TAKEN = re.compile(
    r"(?:^|[^\w'])(?:(?:i|ive|i've|i\s+have|i\s+just|just|yo)\s+)?"
    r"(?P<verb>took|taken|swallowed|downed|necked|popped"
    r"|me\s+(?:tom[eé]|tragu[eé]|met[ií]|he\s+tomado|he\s+tragado))\s+"
    r"(?:(?:like|about|around|maybe|over|nearly|almost|literally|probably|at\s+least|more\s+than"
    r"|como|unas|unos|casi|m[aá]s\s+de|literalmente|ya|al\s+menos|por\s+lo\s+menos)\s+)*"
    r"(?:(?P<figure>\d{1,3})|" + _COUNT_WORDS + "|" + _HEAP + r")\s+"
    r"(?:(?:of\s+)?(?:my|mums|mum's|mom's|moms|dads|dad's|the|those|these|mis|las|los|de)\s+)?$"
)
# Someone else took them ("he took 20 pills"): a friend's overdose is another reader's matter.
_SOMEONE_ELSE = frozenset("he she they we you u hes shes theyre mum mom dad brother sister".split())
_REACH = 80
# A count told of long ago ("in year 10 i took too many pills", "hace dos años me tomé"): a past
# the recovery reader weighs for the library's own overdose words; a bare medicine word is left
# out of it rather than held as an emergency today.
_LONG_AGO = re.compile(
    r"\b(?:in\s+(?:year|yr|grade)\s+\d+|when\s+i\s+was|when\s+i\s+were|years?\s+ago|months\s+ago"
    r"|last\s+year|back\s+then|back\s+when|as\s+a\s+(?:kid|child|teen|teenager)"
    r"|cuando\s+ten[ií]a|cuando\s+era|hace\s+\S+\s+(?:a[ñn]os|meses)|el\s+a[ñn]o\s+pasado"
    r"|de\s+peque[ñn][oa]|con\s+\d+\s+a[ñn]os|en\s+\d\S*\s+de\s+la\s+eso)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")

# A lethal dose asked about: an amount (or "how many") just before the medicine word and dying
# after it in the same sentence: "if i took 20 paracetamol would i die", "cuántas pastillas hacen
# falta para morir". Held, as the library's "how many pills would kill me" is: a question may be
# a project's, so it is a same-day check rather than an emergency.
ASKED = 3
_ASKING = frozenset({PLAIN, SELF, OWN, HYPOTHETICAL, QUESTION})
_AMOUNT_ASKED = re.compile(
    r"(?:^|[^\w'])(?:how\s+many|cu[aá]nt[oa]s"
    r"|(?:take|took|taking|swallow|swallowed|tomo|tomara|tomase|tomar|tomarme|tomando|tragar"
    r"|tragarme|tragara)\s+"
    r"(?:(?:like|about|around|maybe|over|como|unas|unos|m[aá]s\s+de)\s+)*"
    r"(?:(?P<figure>\d{1,3})|" + _COUNT_WORDS + "|" + _HEAP + r"))\s+"
    r"(?:(?:of\s+)?(?:my|the|those|these|mis|las|los|de)\s+)?$"
)
_DYING = re.compile(
    r"\b(?:would|will|could|do|does|am|is)\s+(?:i|u|you|it|that|someone|a\s+person)\s+"
    r"(?:die|be\s+dead|not\s+wake|never\s+wake)\b"
    r"|\benough\s+to\s+(?:die|kill|end\s+it)\b|\bto\s+die\b"
    r"|\bkill\s+(?:me|myself|you|u|someone|a\s+person)\b|\blethal\b|\boverdose\b"
    r"|\bmorir(?:me|se)?\b|\bmorir[ií]a\b|\bno\s+despertar(?:me|se)?\b|\bme\s+matar[ií]an?\b"
    r"|\bmatarme\b|\bme\s+muero\b|\bletal\b|\bsobredosis\b"
)


def raised(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with a medicine word recorded critical where the writer says they took a
    count or a whole pack of it, and the library's bare medicine words dropped elsewhere."""
    if not any(m.category == CATEGORY for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    out = []
    for match in matches:
        if match.category == CATEGORY and (
            match.entry.term in MEDICINES or match.entry.severity == EVERYDAY
        ):
            if match.context in _TOLD and _counted(lowered, match.start):
                match = match._replace(severity=CRITICAL)
            elif match.context in _ASKING and _lethal_dose_asked(lowered, match):
                match = match._replace(severity=max(ASKED, match.severity))
            elif match.entry.term in MEDICINES:
                match = match._replace(severity=0)
        out.append(match)
    return out


def _counted(lowered: str, start: int) -> bool:
    """Whether the words before ``start`` are the writer's "took" and a count no dose is."""
    before = lowered[max(0, start - _REACH) : start]
    found = _TAKEN.search(before)
    if not _an_amount_no_dose_is_today(found, lowered, start):
        return False
    subject = before[: found.start("verb")].split()
    return not subject or subject[-1].strip(".,!?;:") not in _SOMEONE_ELSE


def _lethal_dose_asked(lowered: str, match: Match) -> bool:
    """Whether the sentence asks whether an amount of the medicine would kill or be enough to
    die: an amount or "how many" right before it, dying after it."""
    found = _AMOUNT_ASKED.search(lowered[max(0, match.start - _REACH) : match.start])
    if not _an_amount_no_dose_is_today(found, lowered, match.start):
        return False
    closing = _SENTENCE_END.search(lowered, match.end)
    rest = lowered[match.end : closing.start() if closing else len(lowered)][:_REACH]
    return _DYING.search(rest) is not None


def _an_amount_no_dose_is_today(found: re.Match | None, lowered: str, start: int) -> bool:
    """Whether ``found`` (the words before the medicine word at ``start``) names an amount no dose
    is (a count over ``_MOST_IN_A_DOSE``, a whole pack), in a sentence not set long ago."""
    if found is None:
        return False
    figure = found.group("figure")
    if figure is not None and int(figure) <= _MOST_IN_A_DOSE:
        return False
    return _LONG_AGO.search(_sentence_of(lowered, start)) is None


def _sentence_of(lowered: str, start: int) -> str:
    """The sentence of ``lowered`` that holds ``start``."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(lowered, 0, start)), default=0)
    closing = _SENTENCE_END.search(lowered, start)
    return lowered[opening : closing.start() if closing else len(lowered)]
