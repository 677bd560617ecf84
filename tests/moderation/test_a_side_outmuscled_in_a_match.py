"""Match reports and coaches say one side "bullied" another: "their back row bullied the
opposition scrum", "we were bullied off the ball all second half" (said of a side), "the
visitors bullied their opponents at the breakdown". A side of a match outmuscled is no flag.
A person bullied, or the writer in the sentence, is read as it always was."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Their back row bullied the opposition scrum for eighty minutes.",
        "The visitors bullied their opponents at the breakdown and won by twenty.",
        "Our wingers kept getting bullied off the ball in the second half.",
    ],
)
def test_a_side_outmuscled_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "i got bullied off the team by the older boys",
        "the boys on the team bullied me after the match",
        "they bullied the new girl in the changing rooms",
        "i'm being bullied by the other team at football practice",
        "the captain bullied the opposition kid until he cried, i saw it",
        "the captain bullied the opposition kid until he cried",
        "their whole bench bullied the opposition's keeper after the final whistle",
    ],
)
def test_a_person_bullied_is_still_flagged(post):
    assert worst(post) >= 2
