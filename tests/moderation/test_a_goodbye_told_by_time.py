"""A student says goodbye without the word "die": that they will not be around after a day, that
this is their last week, a goodbye to everyone with thanks for the memories. With a sign that it
is final (a "spoiler", "forever", despair beside it) it is a suicide note said in public and the
lead must see it first: critical, even where the post also names a school or a team. The same
goodbye with an ordinary reason given (a move, a new school, a holiday, a trip, a visit to a
grandparent, leaving a club, a teacher retiring) is everyday life and no flag at all; the
strongest goodbyes are still recorded at the lowest severity."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _worst(post: str, category: str = "self_harm") -> int:
    return max((m.severity for m in scan_post(STARTER, post) if m.category == category), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "not gonna spoil it but i won't be around after friday. love you all",
        "just so u know i wont be around next month, for good this time",
        "goodbye everyone. i can't do this anymore, thanks for the memories",
        "this is my last week here. nobody would miss me anyway",
        "el lunes ya no voy a estar, os quiero a todos, perdón por todo",
        "adiós a todos, gracias por los recuerdos, ya no puedo más",
        "i cant face this new school anymore, i won't be here tomorrow. love you all",
        "failed my exams again. won't be around next week, sorry for everything",
    ],
)
def test_a_final_goodbye_told_by_time_is_critical(post):
    assert _worst(post) == 4


@pytest.mark.parametrize(
    "post",
    [
        "won't be around next week, I'm at my nan's in Wales",
        "i won't be around after friday, we're moving to Leeds!!",
        "this is my last week here before i change school, gonna miss you",
        "goodbye everyone, thanks for the memories! last training session with the club today",
        "Goodbye everyone and thanks for the memories, it's my last week before I retire",
        "won't be around next week, holiday in Spain",
        "el lunes ya no voy a estar, me voy de vacaciones con mis abuelos",
        "adiós a todos, gracias por los recuerdos, el año que viene me cambio de colegio",
    ],
)
def test_the_same_goodbye_with_an_everyday_reason_is_not_flagged(post):
    assert _worst(post) == 0


def test_a_strong_goodbye_with_an_everyday_reason_is_recorded_lowest_never_dropped():
    # The reason is read off ordinary words; a lead can glance at a low flag.
    assert _worst("sorry i won't be here tomorrow, dentist") == 1


def test_a_bare_goodbye_by_time_is_noted_below_high():
    # "won't be around next week" with nothing else said: a lead may want to know, no more.
    assert 0 < _worst("sorry guys i won't be around next week") < 3
