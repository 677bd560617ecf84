"""Leo's history essay says "the tsar's family were murdered in 1918" and his news summary "a
cyclist was killed on the ring road". Violence told in the past of other people, with no writer,
reader or school in it, is a story, news or history: no flag for the safeguarding lead. The
same words with the writer's family, a target pronoun or a school are still recorded."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


def flagged(text: str) -> bool:
    return bool(scan_post(LIBRARY, text))


@pytest.mark.parametrize(
    "post",
    [
        "The tsar's family were murdered in 1918.",
        "A cyclist was killed on the ring road this morning.",
        "In the legend he killed the dragon with a borrowed sword.",
    ],
)
def test_violence_told_of_others_in_the_past_is_no_flag(post):
    assert not flagged(post)


@pytest.mark.parametrize(
    "post",
    [
        "he stabbed my brother outside the chippy",
        "a boy was stabbed at school today",
        "they murdered him and laughed",
        "i killed him in my dream and it felt good",
    ],
)
def test_violence_with_the_writer_a_target_or_a_school_is_still_flagged(post):
    assert flagged(post)


def test_a_class_that_watched_a_documentary_names_a_topic():
    assert not flagged("We watched a documentary about the KKK and the civil rights marches.")


def test_a_shop_is_not_the_drug():
    assert not flagged("A new vape shop opened next to the bakery.")
    assert flagged("anyone wanna vape behind the gym")


def test_a_weapon_or_a_drug_in_a_story_of_others_is_no_flag():
    assert not flagged("The old smuggler loaded his rifle and waited by the cove.")
    assert not flagged("During the war she smuggled cigarettes across the border.")


def test_the_writer_with_the_i_left_out_is_still_recorded():
    assert flagged("got so drunk last night lol")
    assert flagged("he pulled a knife on me")


def test_a_short_past_tense_is_narration_too():
    # "used" is as much a past tense as "smuggled"; "need" and "bleed" are not
    assert not flagged("He used his knife to mend the fence.")
