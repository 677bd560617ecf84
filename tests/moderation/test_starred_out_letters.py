"""A student stars out the letters of a swear word, a slur or a threat to get past the filter.

One starred vowel was read back already ("f*ck", "b*tch"); two or more stars were not: the
normaliser took them for separators, so "f**k" became "fk" and "n***a" became "na", and the
posts below reached nobody. Each star now stands for one letter, filled from the library's own
words of that length, so the post is read as the student meant it, and staff still see what
was written.
"""

import pytest

from moderation.engine import Entry, compile_library
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, worst
from tests.moderation.starter_library import STARTER as LIBRARY

# Written for the project: (post, the library term it stands for).
STARRED = [
    ("f**k off and leave me alone", "fuck"),
    ("what a f***ing joke this group is", "fuck"),
    ("sh** happens i guess", "shit"),
    ("ur such a c**t", "cunt"),
    ("shut up n***a", "nigga"),
    ("she is a wh**e everyone knows", "whore"),
    ("eres un c*br*n", "cabrón"),
]


@pytest.mark.parametrize(("post", "term"), STARRED)
def test_a_word_with_its_letters_starred_out_is_read_as_the_word(post, term):
    found = scan_post(LIBRARY, post)
    assert term in [m.entry.term for m in found], f"{post!r}: {[m.entry.term for m in found]}"


def test_staff_see_the_word_as_the_student_wrote_it():
    (match,) = [m for m in scan_post(LIBRARY, "f**k off") if m.entry.term == "fuck"]
    assert match.text == "f**k"
    assert "f**k off"[match.start : match.end] == "f**k"
    assert "masked" in match.normalisations


def test_a_starred_threat_is_read_as_the_threat_it_is():
    # the filled post goes through the phrases and context rules like any other
    assert worst("i will k*ll you after school") >= HOLD
    assert worst("go k*ll yours*lf") >= HOLD
    assert worst("cant stop thinking about su*c*de") >= HOLD


EVERYDAY = [
    "I *really* hate mondays",
    "terms apply* see the notes",
    "**kill** it at the talent show tonight",
    "#blessed #weekend",
    "C# and F# are programming languages",
    "the answer is 5*3 = 15",
    "what the f***",  # one letter shown: any four-letter word at all
]


@pytest.mark.parametrize("post", EVERYDAY)
def test_stars_that_hide_no_library_word_change_nothing(post):
    assert worst(post) < HOLD
    assert all("masked" not in m.normalisations for m in scan_post(LIBRARY, post)), post


def test_only_the_librarys_own_words_fill_a_mask():
    # A school's library without swear words: the stars stand for nothing it holds.
    library = compile_library([Entry("kill yourself", "self_harm", 4)])
    assert library.scan("f**k off") == []
    assert [m.entry.term for m in library.scan("k*ll yours*lf")] == ["kill yourself"]
