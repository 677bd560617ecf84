"""A student telling us about a threat is never lost to the everyday-word rule.

Weapons and violent verbs are everyday words in history, news and sport, so on their own they
raise nothing; but the same word aimed at the writer, at a group, or at a school on a given day is
what a safeguarding lead must see, even when the student reports someone else's words.
"""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "he said he'd kill me",
        "my brother says he would kill me if i tell",
        "they're going to kill us after school",
    ],
)
def test_someone_elses_threat_against_the_writer_is_held_even_when_reported(post):
    assert worst(post) >= 3


@pytest.mark.parametrize("post", ["kill all of them", "gonna shoot every one of you"])
def test_a_violent_word_aimed_at_a_group_is_recorded(post):
    assert worst(post) >= 2


def test_a_weapon_with_a_school_and_a_day_is_recorded():
    assert worst("gun at school tomorrow") >= 2
    assert worst("we watched a film about the history of the gun at school") == 0


def test_thinking_about_an_overdose_ties_the_word_to_the_writer():
    assert worst("thinking about an overdose") >= 1
    assert worst("the museum has a display about overdose statistics") == 0
