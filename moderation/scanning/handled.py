"""A concern an adult records as already passed on, or one already dealt with.

Staff write up what happened and what they did in the same breath: "She disclosed that she
has been self-harming, DSL informed, parents contacted, CAMHS referral made", "a boy asked
her for nudes, DSL informed", "he was heard calling a younger boy a name, recorded as a racist
incident", "he kept saying he'd shank someone, it's a song lyric but we still logged it". The
words are a concern's, but the post is the record of one already in the hands of the people
who deal with it. Holding it from the forum and ringing the lead about it again is the alert
fatigue the product must not cause.

This module reads that record: in the match's sentence or the one after it, a phrase of the
safeguarding procedure in the passive or the shorthand staff use ("DSL informed", "police are
involved", "passed to the DSL", "referral made", "referred to CAMHS", "logged on CPOMS",
"recorded as", "sanctions applied", "letters home", "following the hate incident
procedure"); or, right before the match, the sanction it was the cause of ("the Year 10 who
was excluded for bringing a knife", "two men were jailed for running a county lines
operation", "suspended after the fight"). Never where the match's own clause names the
writer ("he raped me and the police are involved" is a student's disclosure, "i got excluded
for bringing a knife" the writer's own), and not a student's own report of telling someone
("i told the dsl"), which names the writer. The context rules record such a match two levels
lower under the label ``handled``, never dropped: the lead can still read it, and check that it
reached the right person.

Pure Python, no Django.
"""

from __future__ import annotations

import re

# Who a concern is passed to, and how staff write that it was: "DSL informed", "police are
# involved", "the safeguarding lead has been told", "camhs referral made".
_WHO_IS_TOLD = (
    r"(?:d?dsls?|safeguarding\s+(?:lead|leads|team|officer)|head\s+of\s+(?:year|house)|hoy|pastoral\s+"
    r"(?:team|lead|office)|police|social\s+(?:care|services|worker)|school\s+nurse|camhs|mash"
    r"|early\s+help|lado|slt|senco|counsell?or)"
)
# Parents and carers are told of everything: only the office's words, never "aware" (a
# student writes "her mum is aware she cuts").
_FAMILY = r"(?:parents?|mum|dad|carers?|famil(?:y|ies)|home)"
_AUXILIARIES = (
    r"(?:(?:has|have|had|was|were|is|are|been|all|both|now|already|immediately|also|duly|"
    r"straight\s+away|fully)\s+)*"
)
_PASSED_ON = re.compile(
    r"\b"
    + _WHO_IS_TOLD
    + r"\s+"
    + _AUXILIARIES
    + r"(?:informed|contacted|notified|involved|aware|alerted|updated"
    r"|seen\s+(?:her|him|them|the\s+\w+)|dealt\s+with\s+it)\b"
    # "told", "called" only after an auxiliary: "the police told me" is a student's
    r"|\b"
    + _WHO_IS_TOLD
    + r"\s+(?:(?:has|have)\s+been|were|was|are|is)\s+(?:told|called|rung|phoned)\b"
    r"|\b"
    + _FAMILY
    + r"\s+"
    + _AUXILIARIES
    + r"(?:informed|contacted|notified|called|rung|phoned)\b"
    r"|\b(?:rang|phoned|called)\s+home\b"
    # staff who rang the police themselves: "admin called the police" (never "we" or "she",
    # who may be a student's family)
    r"|\b(?:admin|the\s+office|reception|school|slt|the\s+head|head\s*teacher|staff|dsl"
    r"|security|duty\s+(?:teacher|manager))\s+(?:then\s+|immediately\s+)?(?:called|rang"
    r"|phoned|contacted)\s+(?:the\s+)?(?:police|999|101)\b"
    # told to the staff by whoever knew: "the friend told us", "her mum informed the office"
    r"|\b(?:friend|friends|parent|parents|mum|dad|pupil|pupils|student|students|girl|boy|child"
    r"|someone)\s+(?:then\s+)?(?:told|informed|alerted|reported\s+it\s+to)\s+(?:us|staff"
    r"|a\s+teacher|(?:her|his|their)\s+tutor|the\s+office|reception)\b"
    # a response the staff plan: "we need a whole year assembly on it"
    r"|\bwe(?:'ll|\s+will|\s+need\s+to|\s+need|'re|\s+are)?\s+(?:doing|having|planning|running"
    r"|do|have|run|hold|holding|plan)?\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:assembly|lesson|talk"
    r"|session|workshop)\s+(?:on|about)\s+(?:it|this|that)\b"
    # "the police liaison officer came in and dealt with it", "the head dealt with it"
    r"|\b(?:police|officers?|pcso|slt|head|heads|dsl|staff|school|teacher|tutor)\b[^.!?\n]{0,40}?"
    r"\b(?:dealt|dealing)\s+with\s+(?:it|this|them|that)\b"
    r"|\bpassed\s+(?:this\s+|it\s+|them\s+)?(?:on|to\s+(?:the\s+)?(?:d?dsl|safeguarding|pastoral"
    r"|head\s+of\s+year|police))\b"
    r"|\breferrals?\s+(?:(?:has|have)\s+been\s+)?(?:made|sent|done|submitted|completed)\b"
    r"|\b(?:was|were|been|is|are|has\s+been)\s+referred\s+(?:to|on)\b"
    r"|\b(?:logged|recorded)\s+(?:it\s+|this\s+)?(?:as\s|on\s+(?:cpoms|myconcern|the\s+system"
    r"|arbor|sims|bromcom)\b)"
    r"|\b(?:we|i|staff)\s+(?:still\s+|have\s+|had\s+|'ve\s+)?logged\s+(?:it|this|them)\b"
    r"|\bsanctions?\s+(?:applied|given|issued|in\s+place)\b|\bletters?\s+(?:sent\s+)?home\b"
    r"|\bfollowing\s+(?:up\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}(?:procedure|policy|protocol)\b"
    # staff shorthand for a response already made: "both spoken to", "known to CAMHS", "police
    # came", "case closed", "logged anyway", "sanctioned", "he's now suspended"
    r"|\b(?:both|all|each|they|pupils?|students?|boys?|girls?)\s+(?:were\s+|have\s+been\s+)?"
    r"spoken\s+to\b"
    r"|\bknown\s+to\s+(?:the\s+)?(?:camhs|social\s+(?:care|services)|police|dsl|early\s+help"
    r"|yot|youth\s+offending)\b"
    r"|\b(?:police|officers|pcso)\s+(?:came|attended|arrived|(?:were|was)\s+called)\b"
    r"|\bcase\s+(?:was\s+|has\s+been\s+)?closed\b"
    r"|\blogged\s+(?:it\s+|this\s+)?(?:anyway|to\s+be\s+safe|just\s+in\s+case)\b"
    r"|\bsanctioned\b"
    r"|(?:'s|\bis|\bwas|\bwere|\bare|\bnow)\s+(?:now\s+)?(?:suspended|excluded|expelled)\b"
    r"|\ba\s+(?:fixed[- ]term\s+)?(?:suspension|exclusion)\b"
    # ... and in Spanish: "se aplicó el protocolo", "lo he comunicado a", "avisamos a"
    r"|\bse\s+(?:aplicó|aplico|activó|activo|siguió|siguio)\s+el\s+protocolo\b"
    r"|\b(?:lo\s+)?(?:he|hemos)\s+(?:comunicado|informado|avisado)\s+a\b"
    r"|\b(?:avisamos|informamos|comunicamos)\s+a\b"
    # Spanish staff shorthand in the passive, as in a "parte de incidencias": "tutor informado",
    # "jefatura avisada", "se informa a la familia", "se llama a casa", "llamada a las familias",
    # "según el protocolo", "parte registrado"
    r"|\b(?:tutor|tutora|tutores|jefatura|jefe\s+de\s+estudios|jefa\s+de\s+estudios|orientaci[oó]n"
    r"|orientador|orientadora|direcci[oó]n|director|directora|enfermer[ií]a|polic[ií]a|guardia\s+civil"
    r"|servicios\s+sociales|familia|familias|padres|madre|padre)\s+(?:ya\s+)?(?:(?:ha|han)\s+sido\s+"
    r"|fue\s+|fueron\s+|est[aá]n?\s+)?(?:informad[oa]s?|avisad[oa]s?|notificad[oa]s?|al\s+tanto)\b"
    r"|\bse\s+(?:le\s+|les\s+)?(?:llama|llam[oó]|avisa|avis[oó]|informa|inform[oó]|comunica|comunic[oó]"
    r"|contacta|contact[oó]|deriva|deriv[oó])\s+(?:a\s+|al\s+|con\s+)?(?:casa|la\s+familia"
    r"|las\s+familias|los\s+padres|la\s+madre|el\s+padre|jefatura|orientaci[oó]n|direcci[oó]n"
    r"|la\s+polic[ií]a|servicios\s+sociales|equipo\s+de\s+orientaci[oó]n)\b"
    r"|\bllamadas?\s+a\s+(?:casa|la\s+familia|las\s+familias|los\s+padres)\b"
    r"|\b(?:seg[uú]n|siguiendo)\s+(?:el\s+)?protocolo\b"
    r"|\b(?:parte|incidencia)\s+(?:ya\s+)?(?:registrad[oa]|abiert[oa]|puest[oa]|comunicad[oa])\b"
    r"|\b(?:se\s+abre|se\s+activa|se\s+sigue|abrimos|activamos)\s+(?:el\s+)?protocolo\b"
)
# A sanction, and the match as its cause a few words on: "excluded for bringing a knife",
# "jailed for running a county lines operation", "suspended after the attack on".
_SANCTIONED_FOR = re.compile(
    r"\b(?:excluded|suspended|expelled|arrested|jailed|imprisoned|sentenced|convicted|charged"
    r"|cautioned|sent\s+home|banned|detained|sacked|fined|disciplined|isolated|removed)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:for|after|over)\s+(?:[\w-]+\s+){0,3}$"
)
# A thing staff took off a pupil, a few words before it: "I confiscated a lighter and a vape
# from a Year 11", "we confiscated three knives at the gate"; or told as taken after it: "his
# vape was confiscated". Never the writer's own thing ("confiscated my vape").
_CONFISCATED_BEFORE = re.compile(
    r"\b(?:confiscated|confiscating|confiscate)\s+(?:(?!my\b|mine\b|our\b|me\b)[\w'-]+\s+){0,5}$"
)
_CONFISCATED_AFTER = re.compile(
    r"^[\w' -]{0,30}?\b(?:was|were|got|gets|been|is|are)\s+(?:all\s+|then\s+|duly\s+)?confiscated\b"
)
_OWNED_BY_THE_WRITER = re.compile(r"\b(?:my|mine|our)\s+(?:[\w'-]+\s+)?$")
# In what follows a thing taken, what makes it more than a thing: the writer, or a use to come.
_STILL_MEANT = re.compile(
    r"\b(?:i|im|ive|id|ill|me|my|will|would|gonna|going|planning|plans|wanted|wants|use|tomorrow"
    r"|tonight)\b|'ll\b|'d\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_UP_TO_SENTENCE_END = re.compile(r".*[.!?\n]", re.DOTALL)
# The writer in the match's clause: the post is theirs, whatever else it says.
WRITER = frozenset("i im ive id ill me my mine myself yo mi mis conmigo".split())


def sanctioned_for(left: str) -> bool:
    """Whether lower-cased ``left`` ends with a sanction the match was the cause of."""
    return _SANCTIONED_FOR.search(left[-80:]) is not None


def recorded_anywhere(text: str) -> bool:
    """Whether lower-cased ``text`` records anywhere that a concern was passed on or dealt with
    (for a reader of the whole post: a staff log tells what was done sentences later)."""
    return _PASSED_ON.search(text) is not None


def passed_on(left: str, right: str) -> bool:
    """Whether lower-cased ``left`` and ``right`` around a match record it as passed on to
    those who deal with it: in the match's sentence, or in the sentence after it."""
    start = _UP_TO_SENTENCE_END.match(left)
    before = left[start.end() :] if start else left
    first_end = _SENTENCE_END.search(right)
    if first_end is None:
        after = right
    else:
        second_end = _SENTENCE_END.search(right, first_end.end())
        after = right[: second_end.start()] if second_end else right
    return _PASSED_ON.search(before) is not None or _PASSED_ON.search(after) is not None


def taken_away(left: str, right: str) -> bool:
    """Whether lower-cased ``left`` and ``right`` tell the match (a thing) as taken off its owner
    by staff: "confiscated a vape from a Year 11", "his lighter was confiscated". Not the
    writer's own thing, and not one with a use still to come in its sentence."""
    start = _UP_TO_SENTENCE_END.match(left)
    before = left[start.end() :] if start else left
    end = _SENTENCE_END.search(right)
    after = right[: end.start()] if end else right
    if _OWNED_BY_THE_WRITER.search(before) is not None or _STILL_MEANT.search(after) is not None:
        return False
    return (
        _CONFISCATED_BEFORE.search(before) is not None
        or _CONFISCATED_AFTER.search(after) is not None
    )
