"""A plan told in one post: a time with a note or a means, or a method the writer will use.

The self-harm library records "kms", "jump off the bridge" and "a stash of pills" as high: each
alone is often a throwaway, an idiom or a worry to talk through. Told with a time and a note or a
means ("kms tonight, i've written my note", "a stash of pills in my drawer, this weekend is the
one"), or as a method the writer says they are going to use ("gonna jump off the bridge after
school"), it is a plan, and a plan is critical: the post is the same-day emergency the library's
"end it tonight" or "take all my pills" already are.

Only a match the context rules left at its library's high severity is raised: negated, joking,
hypothetical, quoted, a lesson's topic or a question is never a plan here.

Pure Python, no Django; read by ``moderation.scanning.matches`` after the context labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from moderation.scanning.context import OTHER, QUOTED, READ_AS_IS

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORY = "self_harm"
HIGH = 3
CRITICAL = 4

# A time set: "tonight", "this weekend", "on friday", "after school".
# The cue patterns below leave out their leading \b, which ``begins_a_word`` checks: a pattern
# that begins with \b is tried at every position of a post, ten times slower on a long paste
# than one whose first letters the regex engine skips to.
TIME = re.compile(
    r"(?:tonight|tonite|2nite|tomorrow|tmrw|tmr|tomoz|midnight|weekend"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|after school|this week|before school"
    # when nobody is there to stop it: "when my parents are out", "after everyone's asleep"
    r"|(?:when|once|after|while)\s+(?:my\s+)?(?:parents|mum|mom|dad|everyone|everybody|partner"
    r"|husband|wife|boyfriend|girlfriend|flatmate|flatmates)"
    r"(?:'s|'re|\s+is|\s+are|\s+goes|\s+go)?\s+(?:out|away|asleep|gone|to\s+sleep|to\s+bed)"
    r"|esta noche|mañana|manana|este finde|fin de semana|lunes|martes|miércoles|miercoles"
    r"|jueves|viernes|sábado|sabado|domingo|después del cole|despues del cole)\b"
)
# A farewell said, or the act promised ("in case i go through with it"): beside a note written
# it is a plan as a time is ("i've written letters to my mum, bye").
_BYE = re.compile(
    r"(?:bye|goodbye|adiós|adios)\b(?!\s+(?:letter|note|post|message|card))"
    r"|go(?:ing)? through with it\b"
)
# A note written or left: "i've written my note", "left a note", "wrote the letter".
_NOTE = re.compile(
    r"(?:written|wrote|writing|write|left|leaving|finished)\s+(?:(?:my|a|the|her|his)\s+)?"
    r"(?:goodbye\s+|last\s+)?(?:note|notes|letter|letters)\b"
    r"|(?:escrib\w+|dej\w+)\s+(?:(?:mi|mis|una|unas|la|las)\s+)?(?:carta|cartas|nota|notas)\b"
    r"|(?:carta|nota)\s+de\s+despedida\b"
)
# A means at hand: pills saved or ready, a rope, a blade.
_MEANS = re.compile(
    r"(?:pills|tablets|paracetamol|rope|noose|blade|blades|pastillas|cuerda|cuchilla)\b"
)
# Entries that name a method or a means themselves.
_METHOD_TERMS = (
    "drive",
    "driving",
    "enough pills",
    "enough tablets",
    "jump off",
    "jump in front",
    "walk into",
    "take them all",
    "me tomo todas",
    "stash of",
    "stashing",
    "stashed",
    "hoarding",
    "saving up",
    "saved up",
    "swallow pills",
    "hang myself",
    "want to bleed out",
    "wanna bleed out",
    "going to bleed out",
    "gonna bleed out",
    "let myself bleed out",
    "bleed myself out",
    "desangrarme",
    "me voy a desangrar",
    "tirarme de",
    "me voy a tirar",
    "pastillas guardadas",
    "guardando pastillas",
)
# Entries that are a final arrangement themselves: belongings given away, a goodbye written.
# Beside a time they are a plan, as a note is ("giving away my stuff, won't need it after this
# week").
_ARRANGEMENT_TERMS = (
    "giving away",
    "giving my",
    "give my",
    "gave my",
    "gave away",
    "who gets my",
    "sorted out who gets",
    "goodbye letter",
    "goodbye note",
    "letters for my",
    "letters to my",
    "notes to my",
    "note for my",
    "letter for my",
    "regalando todas",
    "cartas de despedida",
    "carta de despedida",
    "una carta por si",
)
# A goodbye to everyone: beside despair in the same post ("this is my goodbye post ... i can't do
# this anymore") it is a suicide note said in public.
_FAREWELL_TERMS = ("goodbye post", "final goodbye", "goodbye forever")
# ...unless the goodbye is to an app or an account: "goodbye post, i can't do this anymore,
# deleting instagram" is a student leaving a platform, still high, not a suicide note.
_LEAVING_AN_APP = re.compile(
    r"\b(?:delet\w*|deactivat\w*|leav\w*|quit\w*|log\w*\s+off|break\s+from|off)\s+"
    r"(?:(?:my|this|the)\s+)?(?:account|app|apps|socials|social media|insta|instagram|tiktok"
    r"|snap|snapchat|twitter|x|facebook|discord|reddit|youtube|here)\b"
)
# "commit suicide" told as the writer's decision: "i've decided to commit suicide".
_COMMIT = re.compile(r"(?:^|(?<=\s))(?:commit|commiting|committing)\s+$")
# Methods whose words already say the writer will: "me voy a tirar al tren".
_INTENT_IN_TERM = ("me voy a ", "going to ", "gonna ")
# Just before a method: the writer says they will ("gonna", "i'm going to", "i'll").
_INTENT_BEFORE = re.compile(
    r"(?:^|\b)(?:gonna|gna|going to|goin to|about to|planning to|plan to|decided to"
    r"|i'll|ill|i will|i'm|im)\s+(?:(?:just|literally|actually|finally|really)\s+)?$"
)


def _is_method(term: str) -> bool:
    return (
        term.startswith(_METHOD_TERMS)
        or term.startswith(_INTENT_IN_TERM)
        and any(method in term for method in _METHOD_TERMS)
    )


# A group's plan is a dare or a day out ("we're gonna jump off the bridge into the river").
_GROUP = re.compile(r"\b(?:we|we're|were|weve|we've|us|lets|let's|vamos)\b")


def _before(text: str, start: int) -> str:
    return text[max(0, start - 40) : start].lower().replace("\u2019", "'")


def _intent_before(text: str, start: int) -> bool:
    return _INTENT_BEFORE.search(_before(text, start)) is not None


# What an act was done for, said right after it: "took a bunch of pills last night to end it",
# "swallowed them so i wouldn't wake up". The act with its purpose told is an attempt.
_PURPOSE_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:to|so\s+i\s+could|so\s+that\s+i\s+could)\s+"
    r"(?:end\s+it|end\s+it\s+all|end\s+my\s+life|die|kill\s+myself|not\s+wake\s+up"
    r"|never\s+wake\s+up)"
    r"|so\s+i\s+(?:wouldn't|wouldnt|won't|wont|don't|dont|didn't|didnt)\s+wake\s+up)\b"
)


def _purpose_after(text: str, end: int) -> bool:
    # Only the words just after the act: lowering the whole post for each match made a paste
    # of many matches do its length's work once per match.
    after = text[end : end + 120].lower().replace("\u2019", "'")
    return _PURPOSE_AFTER.match(after) is not None


def _a_group_does_it(text: str, start: int) -> bool:
    return _GROUP.search(_before(text, start)) is not None


# The writer reporting what they wrote or said themselves: "i wrote a note for my family".
_WRITER_REPORTS = re.compile(r"\bi\s+(?:wrote|have written|said|told|texted|posted|messaged)\b")


def _as_is(match: Match, text: str = "") -> bool:
    """Read as the writer's own words: plain, about the writer, or theirs; a term whose own
    "them" is the means ("take them all at once") is about the writer too, and so is what
    the writer reports having written or said."""
    return (
        match.context in READ_AS_IS
        or (match.context == OTHER and "them" in match.entry.term.split())
        or (
            match.context == QUOTED
            and _WRITER_REPORTS.search(_before(text, match.start)) is not None
        )
    )


def _decided_to_commit(text: str, match: Match) -> bool:
    """ "i've decided to commit suicide", "i'm going to commit suicide": the act itself, which the
    writer says they will do."""
    if not match.text.lower().startswith("suicid"):
        return False
    before = _before(text, match.start)
    commit = _COMMIT.search(before)
    return commit is not None and _intent_before(text, match.start - (len(before) - commit.start()))


def raised(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` with each high self-harm match that the post shows to be a plan recorded
    as critical."""
    if not any(m.category == CATEGORY and m.severity == HIGH for m in matches):
        return matches
    lowered = text.lower().replace("\u2019", "'")
    cues = _Cues(lowered, matches)
    despair = [m for m in matches if m.category == CATEGORY and _as_is(m, text)]
    out = []
    for match in matches:
        if match.category == CATEGORY and match.severity == HIGH and _as_is(match, text):
            method = _is_method(match.entry.term)
            intends = match.entry.term.startswith(_INTENT_IN_TERM) or _intent_before(
                text, match.start
            )
            planned = (
                (cues.timed() and (method or cues.prepared()))
                # A note written beside despair is a suicide note ("I wrote a note for my
                # husband last night. I just can't keep going."), with or without a time.
                or (cues.noted() and not match.entry.term.startswith(_ARRANGEMENT_TERMS))
                or (method and intends)
                or _purpose_after(text, match.end)
                or _decided_to_commit(text, match)
                or (
                    match.entry.term.startswith(_FAREWELL_TERMS)
                    and len(despair) > 1
                    and _LEAVING_AN_APP.search(lowered) is None
                )
            )
            if planned and not _a_group_does_it(text, match.start):
                match = match._replace(severity=CRITICAL)
        out.append(match)
    return out


class _Cues:
    """What the post says around its self-harm words, each looked for once and only when a
    match needs it: on a long paste each search reads the whole post."""

    def __init__(self, lowered: str, matches: list[Match]) -> None:
        self._lowered = lowered
        self._matches = matches
        self._found: dict[str, bool] = {}

    def _once(self, name: str, find: Callable[[], bool]) -> bool:
        if name not in self._found:
            self._found[name] = find()
        return self._found[name]

    def timed(self) -> bool:
        """A time named, or a farewell said."""
        return self._once(
            "timed",
            lambda: begins_a_word(TIME, self._lowered) or begins_a_word(_BYE, self._lowered),
        )

    def noted(self) -> bool:
        """A note written or left."""
        return self._once("noted", lambda: begins_a_word(_NOTE, self._lowered))

    def prepared(self) -> bool:
        """A note, a means at hand, or a final arrangement made."""
        return self._once(
            "prepared",
            lambda: (
                self.noted()
                or begins_a_word(_MEANS, self._lowered)
                or any(
                    m.category == CATEGORY and m.entry.term.startswith(_ARRANGEMENT_TERMS)
                    for m in self._matches
                )
            ),
        )


_WORD_CHARACTER = re.compile(r"\w")


def begins_a_word(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` (written without its leading \\b) matches where a word begins."""
    position = 0
    while (found := pattern.search(text, position)) is not None:
        start = found.start()
        if start == 0 or _WORD_CHARACTER.match(text, start - 1) is None:
            return True
        position = start + 1
    return False
