"""Letters spaced out beside a lone "i", "a" or "u" ("i k i l l u") join with it; the engine
looks inside the joined word without them, and shows the match where it was typed, whether
the post has one such run among many words or a thousand of them."""

from __future__ import annotations

from moderation.engine import compile_library
from moderation.scanning.budget import READ_PER_KIND

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)


def where(text: str, term: str) -> list[str]:
    return [text[m.start : m.end] for m in LIBRARY.scan(text) if m.entry.term == term]


def test_one_run_in_a_long_post_is_shown_where_it_was_typed():
    text = "we went to the museum and it was fun " * 40 + "i k i l l u, " + "ok " * 100
    assert where(text, "kill") == ["k i l l u"]


def test_runs_all_over_a_post_are_each_shown_where_they_were_typed():
    text = "i k i l l u, " * 50
    found = where(text, "kill")
    # its first ones (the match budget, moderation/scanning/budget.py), each where typed
    assert found == ["k i l l u"] * len(found) and len(found) >= READ_PER_KIND // 2
    assert [m.start for m in LIBRARY.scan(text) if m.entry.term == "kill"][:2] == [2, 15]
