"""Amira writes to her class chat: "keep it a secret, it's a surprise party for Miss Lee". A
secret that is a surprise is no grooming sign, so it raises no flag. A request to hide things
from parents is a concern whatever occasion it names, and a secret about a gift or a meeting
(how abusers ask for secrecy) is still flagged."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "keep it a secret, it's a surprise party for Miss Lee",
        "Keep it a secret till Christmas morning please!",
    ],
)
def test_a_surprise_kept_secret_is_no_flag(post):
    assert worst(post) == 0


def test_a_secret_about_a_gift_or_a_meeting_is_still_flagged():
    assert worst("i got you a present but keep it a secret ok") > 0
    assert worst("keep it a secret that we are meeting on saturday") > 0


def test_hiding_it_from_parents_is_held_even_for_a_birthday():
    assert worst("don't tell your parents, it's for your birthday") >= HOLD
