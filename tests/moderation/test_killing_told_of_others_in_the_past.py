"""A history answer says "Herod's soldiers killed them all in the night", a myth retold says
"the jealous king would have killed her, but the shepherd hid her". A killing told in the past,
of people who are neither the writer nor the reader nor theirs, is a story, a history or the
news: Ms Okafor, the safeguarding lead, chose to have it recorded low, so she can read it, and
never held, since nobody is threatened. She reads why ("Told of others in the past"). The same
words about the writer, the reader, their family, a school, this week, or with an intent beside
them keep their severity; so do they where the one who did it is only "he" or "they", as a
student tells of someone they know ("he killed her at the concert")."""

from __future__ import annotations

import pytest

from moderation.scanning.context import NARRATED, describe
from tests.moderation.starter_library import HOLD, top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        "Herod's soldiers killed them all in the night.",
        "In the legend the jealous king would have killed her, but the shepherd hid her in a cave.",
        "The outlaws robbed the coach and stabbed him with his own sword.",
    ],
)
def test_a_killing_told_of_others_in_the_past_is_recorded_low_not_held(post):
    assert top_reading(post) == (2, NARRATED)
    assert "never held" in describe(NARRATED)


@pytest.mark.parametrize(
    "post",
    [
        "He killed him and then he wants to kill himself.",
        "he killed her at the concert",
        "they killed him last week outside the shop",
        "my brother said they killed him",
        "he killed him and now he wants to kill me",
        "they would have killed them all if the teachers had not locked the school doors",
    ],
)
def test_a_killing_near_the_writer_this_week_or_with_an_intent_keeps_its_severity(post):
    assert worst(post) >= HOLD
