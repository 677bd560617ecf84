"""Mr Osei's geography and biology pupils read older prose: "the raped countryside" after a
century of mining, "an adventive weed" on the allotment, "a subhuman spectacle" in a
Victorian report on the slums. Each word names a thing there, in an old or a botanical sense:
no flag. Said of a person, the same words are read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "A century of open-cast mining left the raped countryside we walked through today.",
        "Japanese knotweed is an invasive weed that councils spend millions removing.",
        "The report called the cellar dwellings a subhuman spectacle.",
        "Families lived in subhuman conditions in the courts behind the mills.",
    ],
)
def test_a_thing_named_by_an_old_sense_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("i was raped", 3),
        ("the raped girl never told anyone", 3),
        ("you're subhuman", 3),
        ("smoke weed in the garden, it's a noxious weed lol", 2),
    ],
)
def test_the_same_words_of_a_person_are_still_flagged(post, at_least):
    assert worst(post) >= at_least
