"""Spanish: which language a post is in, how Spanish text-speak is read, and definitions for staff
in their own language. Pure Python, no Django.

Both the English and the Spanish keyword libraries are compiled into one automaton and scanned
on every post, whatever its language; accents and ``ñ`` are folded by the engine's normaliser
on both sides. What depends on the language is the reading of Spanish text-speak: ``q``/``k``
for "que", ``xq``/``pq`` for "porque", ``tb`` for "también", ``kiero`` for "quiero". Those
are whole words that would harm English if expanded everywhere ("k" is "ok" in English chat),
so they are read only in a post that is Spanish: by the course or user locale when that says
Spanish, else by a count of common Spanish and English words.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate
from typing import Any, Protocol

from moderation.scanning.budget import left_by, with_unread
from moderation.scanning.forms import load_word_lists
from moderation.scanning.matches import one_reading_per_span
from moderation.scanning.respelling import ANYWHERE, counts, lexicon_of, rewritten, words_of
from moderation.scanning.respelling import edits as respelling_edits
from moderation.scanning.scan import PAUSE_COLLECTOR_FROM

# Text-speak word -> the Spanish word it stands for. Whole words only.
SPANISH_SPELLINGS: dict[str, str] = {
    "q": "que",
    "k": "que",
    "ke": "que",
    "qe": "que",
    "xq": "porque",
    "pq": "porque",
    "xk": "porque",
    "porq": "porque",
    "pk": "porque",
    "tb": "también",
    "tmb": "también",
    "tbn": "también",
    "kiero": "quiero",
    "qiero": "quiero",
    "kieres": "quieres",
    "kiere": "quiere",
    "kien": "quien",
    "aki": "aquí",
    "x": "por",
    "xa": "para",
    "pa": "para",
    "d": "de",
    "toy": "estoy",
    "stoy": "estoy",
    "nd": "nada",
    "bn": "bien",
    "mñn": "mañana",
    "msj": "mensaje",
    "tqm": "te quiero mucho",
    "ntp": "no te preocupes",
    "muxo": "mucho",
    "mxo": "mucho",
    "ns": "no sé",
    "nse": "no sé",
    "vdd": "verdad",
    "dnd": "donde",
    "cmo": "como",
    "kmo": "como",
    "tdo": "todo",
    "tds": "todos",
    "t": "te",
    "m": "me",
    "l": "le",
}

# English chat spellings -> the word they stand for, read in a post that is not Spanish ("they
# shud all be deported", "wen ur parents r asleep"). Whole words of letters only: digits ("2",
# "4") stay numbers. A library may still list a chat spelling itself ("kill u"): the post as
# written is scanned too.
ENGLISH_SPELLINGS: dict[str, str] = {
    "u": "you",
    "ya": "you",
    "ur": "your",
    "r": "are",
    "n": "and",
    "shud": "should",
    "shld": "should",
    "wud": "would",
    "cud": "could",
    "wen": "when",
    "nite": "night",
    "bout": "about",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "skool": "school",
    "thx": "thanks",
    "wat": "what",
    "pik": "pic",
    "piks": "pics",
    "pix": "pics",
}

# Common function words of each language, none shared between the two lists, none a keyword.
_SPANISH_WORDS = frozenset(
    """
    de la que el en los del se las por un para con una su al lo como más pero sus le ya este
    sí porque esta entre cuando muy sin sobre también hasta hay donde quien desde todo nos
    durante todos uno les ni contra otros ese eso ante ellos esto mí antes algunos qué unos yo
    otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas
    algunas algo nosotros mis tú te ti tus ellas nosotras os mío mía tengo tiene estoy soy eres
    es está están fue era quiero quieres puedo hace hacer ser bien mal aquí ahora nunca siempre
    ayuda casa escuela clase amigo amiga amigos gracias hola pues entonces mismo vez porqué
    creo dijo dice hoy mañana ayer solo sólo nadie alguien odio vida mamá papá estás
    """.split()
)
_ENGLISH_WORDS = frozenset(
    """
    the and to of in is it you that was for on are with as his they be at one have this from
    or had by not but what all were we when your can said there use an each which she do how
    their if will up other about out many then them these so some her would make like him into
    time has look two more write go see number way could people my than first been call who its
    now find long down day did get come made may part i im dont just know really think want
    because school class friend friends thanks hello today tomorrow yesterday nobody someone
    life mom dad help home am our us
    """.split()
)
# The words that vote Spanish: common words and text-speak, but a single letter ("k", "x",
# "d"), which is text-speak in English chat too. (Counted by set lookups at C speed: this is
# read for every post with a chat spelling.)
_SPANISH_VOTES = _SPANISH_WORDS | frozenset(word for word in SPANISH_SPELLINGS if len(word) > 1)
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_SPANISH_MARKS = re.compile("[ñ¿¡áéíóú]")


class _Library(Protocol):
    def scan(self, text: str) -> list[Any]: ...


def post_language(text: str, hint: str | None = None) -> str:
    """ "es" or "en": Spanish when the locale says so (``hint`` "es", "es-MX", ...) or when the post
    has more Spanish than English common words (text-speak like "xq" and "ñ", "¿" count)."""
    if hint and hint.lower().split("-")[0].split("_")[0] == "es":
        return "es"
    words = _WORD.findall(text.lower()[:4000])  # a long post is decided by its start
    spanish = sum(map(_SPANISH_VOTES.__contains__, words))
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    spanish += len(_SPANISH_MARKS.findall(text[:4000]))
    return "es" if spanish > english else "en"


# Text-speak words are whole words of letters: splitting on everything else finds them.
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def has_text_speak(text: str, spellings: dict[str, str] = SPANISH_SPELLINGS) -> bool:
    """Whether ``text`` has a text-speak word at all: the cheap test every post takes."""
    return not spellings.keys().isdisjoint(_NOT_LETTERS.split(text.lower()))


def spanish_reading(
    text: str, spellings: dict[str, str] = SPANISH_SPELLINGS
) -> tuple[str, list[tuple[int, int, int, int]]]:
    """``text`` with text-speak words written out (Spanish unless ``spellings`` says other), and
    each rewritten word's span: (start in the reading, end in the reading, start in ``text``,
    end in ``text``)."""
    hits = [
        (found.start(), found.end(), spelled)
        for found in _WORD.finditer(text)
        if (spelled := spellings.get(found.group().lower())) is not None
    ]
    if not hits:
        return text, []
    # Where each rewritten word lands in the reading: its place in the text, moved by how much
    # longer the words rewritten before it became.
    shifts = accumulate((len(word) - (end - start) for start, end, word in hits), initial=0)
    spans = [
        (start + shift, start + shift + len(word), start, end)
        for (start, end, word), shift in zip(hits, shifts, strict=False)
    ]
    pieces: list[str] = []
    position = 0
    for start, end, word in hits:
        pieces += (text[position:start], word)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), spans


def _to_original(index: int, spans: Sequence[tuple[int, int, int, int]], at_end: bool) -> int:
    """Where ``index`` of the reading falls in the original text."""
    found = bisect_right(spans, (index, float("inf"))) - 1
    if found < 0:
        return index
    start, end, original_start, original_end = spans[found]
    if index < end or (at_end and index == end):
        # Inside a rewritten word: the whole original word.
        return original_end if at_end else original_start
    return original_end + (index - end)


def scan_post(library: _Library, text: str, language: str | None = None) -> list[Any]:
    """Every match in ``text``, plus those that only its written-out reading has: Spanish
    text-speak in a Spanish post ("me kiero matar"), English chat spellings in any other ("they
    shud all be deported"), and in both the library's words misspelt, split or run together
    ("musilms are scmu", "mus lims", "gokys": ``moderation.scanning.respelling``), located in
    the text as the student wrote it."""
    if len(text) >= PAUSE_COLLECTOR_FROM and gc.isenabled():
        # as library.scan does for a long post: the cycle collector's passes over the
        # reading's short-lived words and spans (a third of a 64 KiB paste's time) find nothing
        gc.disable()
        try:
            return _scan_post(library, text, language)
        finally:
            gc.enable()
    return _scan_post(library, text, language)


def _scan_post(library: _Library, text: str, language: str | None) -> list[Any]:
    matches = library.scan(text)
    words = words_of(text)
    spellings = _text_speak(text, language, set(words))
    entries = getattr(library, "entries", None)
    if entries is None:  # no library of entries (a stand-in in a test): text-speak only
        if spellings is None:
            return matches
        reading, spans = spanish_reading(text, spellings)
        fences = [(span[0], span[1], ANYWHERE) for span in spans]
    else:
        known = load_word_lists()
        lexicon = lexicon_of(library.fingerprint, entries)  # type: ignore[attr-defined]
        found = respelling_edits(text, lexicon, known, spellings, words)
        reading, spans = rewritten(text, found)
        fences = [(span[0], span[1], edit[3]) for span, edit in zip(spans, found, strict=True)]
    if not spans:
        return matches
    # The reading's matches, located in the text as written, compete with the plain ones for
    # each stretch of text as the engine's own do: the longer or more severe reading stays
    # ("me kiero matar" is the critical "me quiero matar", not the everyday "matar"). A typo
    # of a short word counts only inside a phrase ("wmen are scum", never "wmen" alone); and
    # only what the rewritten words are part of: the rest of the post was read as written.
    # (the reading is the post but where it was edited: a long one is searched only there)
    scan_around = getattr(library, "scan_around", None)
    edited = [(span[0], span[1]) for span in spans]
    of_reading = scan_around(reading, edited) if scan_around else library.scan(reading)
    read = [
        _moved(match, start, end, text[start:end])
        for match in of_reading
        if counts(match.start, match.end, reading, fences)
        and (start := _to_original(match.start, spans, at_end=False))
        < (end := _to_original(match.end, spans, at_end=True))
    ]
    if not read:
        return matches
    # A word the reading parts reads in its context there ("gonna stabhim" is the threat
    # "gonna stab him"): of one entry on one span, the more severe reading stays.
    graver = {(m.entry, m.start, m.end): m.severity for m in read}
    kept = [m for m in matches if graver.get((m.entry, m.start, m.end), 0) <= m.severity]
    both = sorted([*kept, *read], key=lambda m: (m.start, m.end))
    # (what the match budget left unread in a paste: the reading holds the post's words too)
    return with_unread(one_reading_per_span(both), left_by(matches), left_by(of_reading))


def _text_speak(text: str, language: str | None, words: set[str]) -> dict[str, str] | None:
    """The text-speak ``text`` (whose ``words`` these are) is read with: Spanish in a Spanish
    post, English chat spellings in any other; None where it has none."""
    spanish = not SPANISH_SPELLINGS.keys().isdisjoint(words)
    english = not ENGLISH_SPELLINGS.keys().isdisjoint(words)
    if not (spanish or english):
        return None
    if post_language(text, language) == "es":
        return SPANISH_SPELLINGS if spanish else None
    return ENGLISH_SPELLINGS if english else None


def _moved(match: Any, start: int, end: int, text: str) -> Any:
    if hasattr(match, "_replace"):  # the engine's Match is a named tuple
        return match._replace(start=start, end=end, text=text)
    return replace(match, start=start, end=end, text=text)


# --- Definitions in the staff member's language ------------------------------------------------

# A definition is written in the library's language, then a marker naming the other language,
# then the same in that language: "Deseo de morir ... [en] A wish to die ..." in a Spanish
# library, "A wish to die ... [es] Deseo de morir ..." in an English one. A definition without
# a marker (one a school typed) is shown to everyone as it is.
ENGLISH_GLOSS = "[en]"
SPANISH_GLOSS = "[es]"


def _reader(language: str | None) -> str:
    return "es" if (language or "").lower().split("-")[0].split("_")[0] == "es" else "en"


def definition_in(definition: str, language: str | None) -> str:
    """The part of a definition for a reader of ``language`` ("es", "es-MX", "en", None): the
    part in Spanish for a Spanish reader, the part in English for anyone else, the whole text
    when it has no marker (or the wanted part is empty)."""
    wanted = _reader(language)
    for marker, first in ((ENGLISH_GLOSS, "es"), (SPANISH_GLOSS, "en")):
        head, found, tail = definition.partition(marker)
        if found:
            return (head if wanted == first else tail).strip() or definition.strip()
    return definition.strip()


def definition_language(definition: str, language: str | None) -> str:
    """The language `definition_in` shows ``definition`` in to a reader of ``language``, for the
    page's `lang` attribute: the reader's where the definition has that part, else the one
    language it is written in (English when it has no marker)."""
    wanted = _reader(language)
    if ENGLISH_GLOSS in definition or SPANISH_GLOSS in definition:
        return wanted
    return "en"
