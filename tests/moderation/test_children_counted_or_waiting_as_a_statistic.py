"""A retired head comments under a news article: "Two years on a waiting list for a teenager who
is suicidal", and a counsellor writes that she has "never known so many pupils self-harming".
The child is no one in particular: a waiting time or a count makes them a statistic, like the
frames a lesson or the news puts round a topic. Such a post raises nothing when no one else is
in it, and is recorded low as a topic when the writer is. A child in particular ("the girl in
my form who self-harms"), a friend, or a question asking for help stays a concern."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "Two years on a waiting list for a teenager who is suicidal. Shameful.",
        "Nine months for a pupil who is self-harming is not an acceptable wait.",
        "Seis meses de espera para una alumna que se autolesiona, y nadie dice nada.",
        "Never known so many pupils self-harming as this year.",
    ],
)
def test_a_child_counted_or_kept_waiting_raises_nothing(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "the girl in my form who self-harms has stopped coming to lessons",
        "what can i do for a friend who is self-harming?",
        "many of my friends are self-harming and i don't know who to tell",
    ],
)
def test_a_child_in_particular_or_a_friend_stays_a_concern(post):
    assert worst(post) >= HOLD
