"""A student pastes the same lines again and again, or a paste full of spaced-out words with
characters the normaliser folds (an invisible character, a ligature nearby). The engine
reads such a paste with shortcuts (a phrase searched once for every copy of its stretch,
the words a joined run covers found for all runs at once), and each match is still the one
a single copy gives, shown where it was typed."""

from __future__ import annotations

import random

from moderation.engine import compile_library
from moderation.scanning.exact import _STRAY_LETTERS
from moderation.scanning.normalize import _normalize_with_offsets
from moderation.scanning.normalize_offsets import Normalized

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)


def found(text: str) -> list[tuple[str, int, int]]:
    return [(m.entry.term, m.start, m.end) for m in LIBRARY.scan(text)]


def test_a_log_pasted_forty_times_shows_the_phrase_in_each_copy_it_reads():
    # wide gaps and dots between the words: the phrase is searched around its rarest word
    line = "the log says he told her: don't  tell your...  parents, ok. "
    assert found(line) == [("don't tell your parents", 26, 54)]
    paste = found(line * 40)
    # the first ones of the kind (the match budget), each where its copy has it
    assert paste[:4] == [
        ("don't tell your parents", 26 + n * len(line), 54 + n * len(line)) for n in range(4)
    ]
    assert len(paste) >= 4


def test_a_phrase_in_only_one_copy_of_a_repeated_line_is_found_there_alone():
    line = "the log says he told her to keep it quiet, ok. "
    odd = "the log says he told her: don't tell your parents, ok. "
    text = line * 30 + odd + line * 30
    assert found(text) == [("don't tell your parents", 30 * len(line) + 26, 30 * len(line) + 49)]


def test_spaced_out_words_between_invisible_characters_are_shown_where_typed():
    text = "i k i l l u, \u200b" * 50
    kills = [(start, end) for term, start, end in found(text) if term == "kill"]
    assert [text[a:b] for a, b in kills] == ["k i l l u"] * len(kills)
    assert [a for a, _b in kills][:3] == [2, 16, 30]


def test_spaced_out_words_beside_a_ligature_are_shown_where_typed():
    text = "i k i l l u \ufb01ne, " * 50
    kills = [(start, end) for term, start, end in found(text) if term == "kill"]
    assert [text[a:b] for a, b in kills] == ["k i l l u"] * len(kills)
    assert [a for a, _b in kills][:3] == [2, 19, 36]


# Pieces of a paste: runs of single characters, some beside characters the fold writes as
# two ("ß", "½", "ﬁ") or drops (a zero-width space), where a run's edge and a word's start
# may come from one character.
_PIECES = [
    "k.i.l.l", "\ufb01.x.y", "a.b\u00bd", "\u00bd.a.b", "i s.l.u.t u", "\u00e6.b.c",
    "k\u200b.i.l.l", "x.\ufb00", "\u00df.a.b", "k.i.\u00df", " ", "hello", "\u00e9.t.\u00e9",
    "\u200b", "1.2.3", "\u2167.a",
]  # fmt: skip


def test_the_words_a_joined_run_covers_are_the_same_however_they_are_found(monkeypatch):
    rng = random.Random(20261207)
    texts = [
        "".join(rng.choice(_PIECES) + rng.choice([" ", "", ".", "  "]) for _ in range(30))
        for _ in range(400)
    ]
    quick = [
        _normalize_with_offsets(text, True, True).region_slices(_STRAY_LETTERS) for text in texts
    ]
    # every word's start mapped back through every step, one run at a time
    monkeypatch.setattr(Normalized, "_fold_keeps_runs_apart", lambda self: False)
    slow = [
        _normalize_with_offsets(text, True, True).region_slices(_STRAY_LETTERS) for text in texts
    ]
    assert quick == slow
    assert sum(map(len, quick)) > 400  # the texts do have joined runs


def test_a_run_starting_inside_a_character_folded_to_three_is_not_read_the_quick_way():
    # the fold writes "½" as "1⁄2": the run "2.a.b" starts inside it, and so does the word
    # "1" before it, which the text has in the same place as the run
    norm = _normalize_with_offsets("\u00bd.a.b", True, True)
    assert not norm._fold_keeps_runs_apart()
    assert norm.region_slices(_STRAY_LETTERS) == [(1, 6)]
