"""The engine answers most posts from its first pass alone; what it says must be what the
full normaliser would say, word for word and position for position."""

from __future__ import annotations

import pytest

from moderation.engine import compile_library
from moderation.scanning.normalize import normalize_with_offsets

from .conftest import ENTRIES

LIBRARY = compile_library(ENTRIES)

# Each of these takes one of the quick ways through (a plain keyword read straight off the
# skeleton, an exception checked there, a word written "sooo", letters side by side that
# join or do not) or just misses one.
POSTS = [
    "honestly just kill yourself",
    "I Hate Mondays",
    "we need to kill time before the bus",
    "we need to kill  time before the bus",  # two spaces: the normaliser decides
    "kill, time is what we need",
    "kill 9ime",
    "we kill😂time ok",  # the normaliser keeps the emoji as a word: no exception here
    "kill—time",
    "don’t tell your parents ok",  # a curly apostrophe is dropped, positions shift
    "don't tell your parents ok",
    "❤️ our little secret ❤️",  # the variation selector is dropped too
    "she is sooo suicidal",
    "sooo fun today!",
    "she said kys!",
    "kys! now",
    "kys!!",
    "a 3 b",
    "i a u",
    "k i l l",
    "so k. i. l. l. them",
    "year 9 is a 2",
    "shoot hoops after school, then shoot",
    "kick ass",
    "undre5s a1",
    "at 10am! we meet",
    "thinspo",
    "#killyourself",
]


@pytest.mark.parametrize("post", POSTS)
def test_the_quick_answer_is_the_normalisers_answer(post):
    assert LIBRARY.scan(post) == LIBRARY.scan_normalized(normalize_with_offsets(post))


def test_a_plain_keyword_is_reported_where_the_student_wrote_it():
    post = "Please don’t tell your parents, OK?"
    [match] = LIBRARY.scan(post)
    assert match.entry.term == "don't tell your parents"
    assert post[match.start : match.end] == "don’t tell your parents"


def test_an_exception_read_off_the_first_pass_still_excuses_the_word():
    assert LIBRARY.scan("we had to kill time") == []
    assert [m.entry.term for m in LIBRARY.scan("we had to kill him")] == ["kill"]
