"""What a story's own people do, where the story is named a sentence before or the reader's
reaction follows: "Just watched Dead Poets Society with Year 12. Neil's suicide hit them hard",
"the ending of that book where the main character kills himself wrecked me", "in the new season
the villain's backstory is that he tried to kill himself as a kid".

The context rules read a story in the match's own sentence, and only where nobody outside it is
there (``moderation.scanning.senses.told_in_a_story``): the reader's reaction ("wrecked me",
"hit them hard") or a story named one sentence earlier leaves a character's death read as the
writer's or a friend's. This reader takes a violent or self-harm match as a story's event where
the match's sentence or the one before names a story (a book, film, series, season, episode,
play, character, plot, game...), the words before the match in its clause name one of the
story's people (the main character, the villain, the impostor, or a name's possessive right
before it: "Neil's suicide")
and nobody else, and nothing in the sentence reaches out of the story (the writer, the reader,
family or friends before the match; a school, a day, an intent). Such a match is no match, as in
the context rules' own story reading. Pure Python, no Django; read by
``moderation.scanning.matches`` on the context labels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from moderation.scanning.context import OTHER, PLAIN, QUESTION

if TYPE_CHECKING:
    from moderation.scanning.matches import Match

CATEGORIES = frozenset({"violence", "self_harm"})
_READ = frozenset({PLAIN, OTHER, QUESTION})
_STORY = re.compile(
    r"\b(?:book|books|novel|novels|film|films|movie|movies|series|season|episode|episodes|play"
    r"|plays|character|characters|plot|ending|backstory|villain|villains|chapter|scene|speech"
    r"|soliloquy|trailer|finale|sequel|anime|manga|game|games|impostor|imposter|among us"
    r"|watched|watching|rewatched"
    r"|novela|película|pelicula|serie|temporada|capítulo|capitulo|personaje|obra)\b"
)
# One of the story's people, named in the match's clause before it.
_CHARACTER = re.compile(
    r"\b(?:(?:main|lead)\s+)?(?:character|characters|villain|villains|hero|heroine|protagonist"
    r"|antagonist|impostor|imposter|impostors|narrator|personaje|protagonista)\b"
)
# ... or a name's possessive right before the match: "Neil's suicide", "Duncan's murder".
_NAMES_OWN = re.compile(r"\b[A-Z][a-z]{2,}['\u2019]s\s+$")
# Anyone outside a story before the match, or anything that reaches out of it.
_OUTSIDE = re.compile(
    r"\b(?:i|i'm|im|i've|i'll|i'd|me|my|myself|mine|you|your|yourself|we|us|our|friend|friends"
    r"|mate|mates|mum|mom|dad|brother|sister|cousin|boyfriend|girlfriend|school|class"
    r"|yo|mi|mis|amigo|amiga|madre|padre|hermano|hermana)\b"
)
_REACHES_OUT = re.compile(
    r"\b(?:tomorrow|tonight|today|gonna|wanna|going to|want to|wants to|will|plan|planning"
    r"|irl|real life|for real|mañana|esta noche|voy a|quiero"
    # a day of the writer's life: a character's death has no "last week"
    r"|yesterday|last\s+(?:week|night|month|year|term|weekend|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|ago|recently|this\s+(?:week|morning|term)|ayer|la semana pasada)\b"
)
# The writer taking the story's event as their own, in a sentence after it: "im going to do
# that to this school on friday", "i want to do the same". A story's event copied is no story.
_WRITER = re.compile(r"\b(?:i|i'm|im|i'll|ill|i'd|i've|ive|me|my|myself|yo|mi)\b")
_COPIED = re.compile(
    r"\b(?:do|did|doing|done|try|tried|trying)\s+(?:that|this|it|the\s+same|what\s+(?:he|she|they)"
    r"|exactly\s+that)\b|\bsame\s+thing\b|\bsame\s+(?:as|to)\b|\bcopy\b|\blike\s+(?:him|her|them|that)\b"
    r"|\b(?:school|class|classroom|lo\s+mismo|hacer\s+eso)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_SENTENCE_ENDS = ".!?\n"
_CLAUSE_MARK = re.compile(r"[,;:\u2014]")


def read(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` without the violent or self-harm ones that tell a story's event."""
    if not any(m.category in CATEGORIES and m.context in _READ for m in matches):
        return matches
    # The patterns are written in lower case and searched in lowered text: a case-blind
    # search of a long alternation costs several times a plain one on a 64 KiB paste.
    lowered_text = text.lower()
    if _STORY.search(lowered_text) is None:
        return matches
    copied_from = _last_copying_sentence(lowered_text)
    return [m for m in matches if not _a_storys_event(text, m, copied_from)]


def _sentence_start(text: str, before: int) -> int:
    """Where the sentence holding ``text[before - 1]`` begins: after the last sentence end
    before ``before`` (found backwards, so reading many matches of a long post stays linear)."""
    return max(text.rfind(end, 0, before) for end in _SENTENCE_ENDS) + 1


def _a_storys_event(text: str, match: Match, copied_from: int) -> bool:
    """Whether ``match`` tells a story's event; ``copied_from`` is where the post's last
    sentence that copies a story's event begins (-1 if none)."""
    if match.category not in CATEGORIES or match.context not in _READ:
        return False
    opening = _sentence_start(text, match.start)
    previous = _sentence_start(text, opening - 1) if opening else 0
    closing = _SENTENCE_END.search(text, match.end)
    sentence_end = closing.start() if closing else len(text)
    sentence = text[opening:sentence_end]
    if _STORY.search(text[previous:sentence_end].lower()) is None:
        return False
    before = text[opening : match.start]
    clause = before[max((m.end() for m in _CLAUSE_MARK.finditer(before)), default=0) :]
    if _CHARACTER.search(clause) is None and _NAMES_OWN.search(clause) is None:
        return False
    own = text[match.start : match.end]
    return (
        _OUTSIDE.search(before.lower()) is None
        and _OUTSIDE.search(own.lower()) is None
        and _REACHES_OUT.search(sentence.lower()) is None
        and copied_from < sentence_end
    )


def _last_copying_sentence(text: str) -> int:
    """Where the last sentence of ``text`` (lower-cased) begins in which the writer means to do
    a story's event: the writer, an intent or a day, and a word that copies it ("i'm going to do
    that to this school"); -1 if none. Read once a post, so a long paste stays linear."""
    last = -1
    start = 0
    while start < len(text):
        closing = _SENTENCE_END.search(text, start)
        end = closing.end() if closing else len(text)
        sentence = text[start:end]
        if (
            _COPIED.search(sentence) is not None
            and _WRITER.search(sentence) is not None
            and _REACHES_OUT.search(sentence) is not None
        ):
            last = start
        start = end
    return last
