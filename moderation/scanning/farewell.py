"""A goodbye told by a time or to everyone: "won't be around next week", "this is my last week
here", "goodbye everyone, thanks for the memories", "mañana ya no voy a estar".

Students who mean to die often say so without the word: they say when they will be gone, or
thank everyone. The self-harm libraries list these goodbyes low, because the same words are how
a student says they are moving, changing school or going on holiday. So the post decides:

- a sign that it is final ("spoiler", "forever", "for good", "sorry for everything", "i'm
  done", "para siempre") or despair beside it (another self-harm match read as the writer's
  own) makes it a suicide note said in public: critical, whatever else the post says (a student
  in despair may name the new school they cannot face); love or thanks to everyone ("love you
  all", "thank you for everything", "os quiero") does so only where no everyday reason is
  given ("off to spain for a week, love you all" is a holiday);
- otherwise an everyday reason given anywhere in it (a move, a new school, a holiday, a trip, a
  visit to a grandparent, an appointment, a club or a team left, a teacher retiring) makes a
  low goodbye no flag at all, and one of the libraries' stronger goodbyes ("won't be here
  tomorrow") recorded at the lowest severity, never dropped: the reason is a guess read off
  common words ("team", "exams"), and a lead can glance at a low flag;
- otherwise it keeps its library severity.

Only goodbyes read as the writer's own are raised; a quoted or negated one keeps its severity.
Read by ``moderation.scanning.matches`` before planning. Pure Python, no Django.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import READ_AS_IS

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "self_harm"
CRITICAL = 4
LOWEST = 1
# The goodbyes listed this low are dropped for an everyday reason; stronger ones kept at LOWEST.
LOW_GOODBYE = 2
# The goodbyes the self-harm libraries list, by how their terms open.
GOODBYE_TERMS = (
    "won't be around",
    "will not be around",
    "won't have to deal with me",
    "my last post",
    "won't be here tomorrow",
    "won't be here much longer",
    "my last week here",
    "my last day here",
    "goodbye everyone",
    "bye everyone",
    "thanks for the memories",
    "ya no voy a estar",
    "ya no estaré",
    "adiós a todos",
    "gracias por los recuerdos",
)
# An everyday reason to be away or to leave, anywhere in the post.
_REASON = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)\s+(?:to|house|away|out|abroad|schools?)|moving|new\s+school"
    r"|chang(?:e|ing)\s+schools?|transferr?(?:ing)?|holiday|holidays|vacation|trip|camp"
    r"|residential|exchange|visit(?:ing)?|abroad|flight|flying|going\s+away|away\s+with"
    r"|off\s+to|for\s+a\s+(?:week|fortnight|few\s+days|couple\s+of\s+(?:days|weeks))"
    r"|see\s+(?:you|u|ya)\s+(?:in|on|after|when|next|soon)"
    r"|(?:my|our)\s+(?:nan|nana|nan's|nana's|gran|gran's|grandma|grandma's|granny|grandad"
    r"|grandpa|grandparents|grandparents'|aunt|auntie|aunty|uncle|cousins?|dad's|mum's|mom's)"
    r"|dentist|doctor's|doctors|appointment|operation|surgery|exams?|work\s+experience"
    r"|retir(?:e|es|ing|ement)|club|team|squad|training|season|tournament|fixture|match"
    r"|course|internship|gap\s+year|uni|university|wedding|festival|tour|half\s+term"
    r"|mudanza|mud(?:o|amos|arme|arnos)|cambio\s+de\s+(?:colegio|cole|instituto|insti|ciudad)"
    r"|me\s+cambio|otro\s+(?:colegio|cole|instituto|insti)|vacaciones|viaje|excursi[oó]n"
    r"|campamento|(?:mi|mis)\s+(?:abuel[oa]s?|t[ií][oa]s?|prim[oa]s?)|m[eé]dico|dentista"
    r"|cita|boda|jubil\w+|equipo|torneo|partido|intercambio)\b"
)
# A sign that the goodbye is final.
_FINAL = re.compile(
    r"\b(?:spoiler|forever|for\s+good|ever\s+again"
    r"|sorry\s+for\s+everything|(?:i'm|im|i\s+am)\s+(?:so\s+|just\s+)?done|actually\s+done"
    r"|(?:can't|cant|cannot)\s+do\s+this|anymore|any\s+more|remember\s+me|it\s+wasn't\s+your"
    r"|para\s+siempre|perd[oó]n\s+por\s+todo|perd[oó]nenme"
    r"|no\s+puedo\s+m[aá]s|ya\s+no\s+puedo)"
)
# Love or thanks to everyone: final beside a goodbye with no reason given ("i will not be
# around after friday, love you all"), everyday beside one ("off to spain for a week, love you
# all").
_AFFECTION = re.compile(
    r"\b(?:love\s+(?:you|u|ya)\s+(?:all|guys|lot)|thank\s+(?:you|u)\s+for\s+everything"
    r"|thanks\s+for\s+everything|os\s+quiero|los\s+quiero|gracias\s+por\s+todo)"
)


def _is_goodbye(match: Match) -> bool:
    return match.category == CATEGORY and match.entry.term.startswith(GOODBYE_TERMS)


def read(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each goodbye raised to critical where the post says it is final, else
    dropped or lowered where it gives an everyday reason."""
    if not any(_is_goodbye(m) for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    despair = any(
        m.category == CATEGORY and not _is_goodbye(m) and m.context in READ_AS_IS for m in matches
    )
    final = despair or _FINAL.search(lowered) is not None
    reason = not final and _REASON.search(lowered) is not None
    final = final or (not reason and _AFFECTION.search(lowered) is not None)
    out = []
    for match in matches:
        if _is_goodbye(match):
            if final and match.context in READ_AS_IS:
                match = match._replace(severity=max(match.severity, CRITICAL))
            elif reason:
                if match.entry.severity <= LOW_GOODBYE:
                    continue
                match = match._replace(severity=LOWEST)
        out.append(match)
    return out
