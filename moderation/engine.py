"""The moderation scanning core: keyword libraries in, matches in the student's own text out.

Pure Python on pyahocorasick, no Django::

    from moderation.engine import Entry, compile_library, load_entries
    entries = load_entries("moderation/libraries/self_harm.csv")
    library = compile_library(entries)
    for m in library.scan(text):          # m.entry, m.start, m.end, m.text == text[m.start:m.end]
        ...

How a scan works, and why it is fast: one ``bytes.translate`` turns the post into a skeleton
(lower case, unambiguous leet digits mapped, punctuation, emoji and quotes blanked; see
``moderation.scanning.skeleton``) and one pass of the screening automaton looks in it for every
keyword, padded with spaces so that the automaton itself enforces word boundaries (``ass``
never fires inside ``class``; a phrase is looked for on its rarest word, and the rest of it
checked only where that word appears), and for a few thousand evasion detectors (letters
spaced out, a letter three times). A 1 or 8 is looked at only in the words around it, by
``str.find``, to tell "a1" from "41". Nearly every post ends there with no Python-level work
per character. A post whose hits are keywords written plainly gets its matches straight
from the skeleton; any other post with a candidate goes through ``moderation.scanning.normalize``
(only the words around the candidate, when nothing but leetspeak can apply), and a pass of
the exact automaton checks each candidate and maps it back to the student's text. A post
with an @mention, a price, "gr8" or "!!!" is first read cheaply (leetspeak read back word by
word, once per reading of its | and !) to prove it holds no key (``scanning.proof``).

What a library matches beyond its terms as written: plurals and verb forms, a term run
together with a pronoun ("stabthose"), one-letter typos of long terms, each fenced by English
and Spanish word lists so that no ordinary word becomes a hit (``scanning.forms``). A term
that writes a letter three times ("kkk") matches only where a post draws that letter out.

What a scan reports: one reading per stretch of text (a word inside a longer entry gives way
to it; of overlapping entries the most severe stays), each match with its context label and
the severity that context gives it (``moderation.scanning.context``), and at most 100 occurrences of
any one entry (a paste of one word thousands of times is flagged by its first ones). A post of
more matches of one category and severity than real posts hold (a paste) has its first 16 of
each kind read and the rest counted, for staff to see (``moderation.scanning.budget``).
``python -m moderation.bench.engine`` measures all of it against raw ``Automaton.iter``.
"""

# The engine is split into modules a reader can hold (see moderation/scanning/__init__.py);
# this module stays the one place callers import it from.
from moderation.scanning.compiler import compile_library
from moderation.scanning.entries import (
    CSV_HEADER,
    ENGINE_VERSION,
    EXCEPTION_SEPARATOR,
    MODES,
    SEVERITIES,
    Entry,
    LibraryError,
    dump_entries,
    entry_problems,
    fingerprint_entries,
    load_entries,
    parse_entries,
)
from moderation.scanning.keys import _normalize_term
from moderation.scanning.matches import Match
from moderation.scanning.scan import CompiledLibrary

__all__ = [
    "CSV_HEADER",
    "ENGINE_VERSION",
    "EXCEPTION_SEPARATOR",
    "MODES",
    "SEVERITIES",
    "CompiledLibrary",
    "Entry",
    "LibraryError",
    "Match",
    "_normalize_term",
    "compile_library",
    "dump_entries",
    "entry_problems",
    "fingerprint_entries",
    "load_entries",
    "parse_entries",
]
