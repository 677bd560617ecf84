"""Allowed contexts suppress a match only where their context is present."""

import pytest

from moderation.engine import Entry, LibraryError, compile_library

from .conftest import terms_found


def test_an_exception_suppresses_the_match_inside_it(library):
    assert terms_found(library, "We played cards to kill time.") == []


def test_the_same_word_outside_the_exception_is_still_reported(library):
    matches = library.scan("Let's kill time, then I will kill you")
    assert [(m.entry.term, m.text) for m in matches] == [("kill", "kill")]
    assert matches[0].start == len("Let's kill time, then I will ")


def test_an_exception_survives_the_same_normalisation_as_the_post(library):
    assert terms_found(library, "KILL   TIME") == []
    assert terms_found(library, "k1ll time") == []


def test_an_exception_does_not_reach_across_a_clause_mark(library):
    # Normalising drops punctuation; an allowed phrase is still read within one clause.
    assert terms_found(library, "I had to kill, time was running out") == ["kill"]
    assert terms_found(library, "Kill. Time to go") == ["kill"]
    assert terms_found(library, "kill time\nkill, time") == ["kill"]


def test_an_exception_must_surround_the_match_not_merely_follow_it(library):
    assert terms_found(library, "time to kill") == ["kill"]
    assert terms_found(library, "kill timetable") == ["kill"]


def test_an_exception_of_one_entry_does_not_hide_another(library):
    found = terms_found(library, "shoot hoops then kick ass")
    assert found == []
    assert terms_found(library, "I will shoot you") == ["shoot"]


def test_a_prefix_exception_covers_the_whole_word():
    library = compile_library(
        [Entry("kill", "violence", 3, mode="prefix", exceptions=("killing it",))]
    )
    assert library.scan("you are killing it") == []
    assert [m.text for m in library.scan("killing them")] == ["killing"]


def test_an_exception_that_does_not_contain_the_term_is_refused():
    with pytest.raises(LibraryError, match="does not contain the term"):
        compile_library([Entry("kill", "violence", 3, exceptions=("time out",))])


def test_an_exception_opening_with_another_verb_covers_its_tenses():
    library = compile_library([Entry("plug", "drugs", 2, exceptions=("pull the plug", "plug in"))])
    assert library.scan("They pulled the plug on the club") == []
    assert library.scan("she is pulling the plug") == []
    assert [m.entry.term for m in library.scan("he's my plug, pulled up at 9")] == ["plug"]


def test_an_exception_holds_when_the_post_shouts_after_it(library):
    # "time!!" may be read "timell" (!! as letters, as in "ki!!"): a reading like that
    # changes the word it is in, never the verdict the post's own words already gave.
    assert terms_found(library, "We played cards to kill time!!") == []
    assert terms_found(library, "we were just killing it!!! at the gig") == []
    # A match the reading makes over the letters it reads still counts.
    assert terms_found(library, "cards to kill time!! then i will ki!! you") == ["kill"]
    assert terms_found(library, "I will k|ll you!!") == ["kill"]
