"""What the staff forum must still show a lead, in the words staff and pupils use: a child's
disclosure passed on ("he makes me do sexual things", "me toca por las noches"), a teacher's
own heavy drinking ("a bottle of wine every night"), and a group told to shut a colleague out
("let's all ignore her"). Each is flagged; the everyday neighbours of the same words are not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ('A girl in Year 6 said "my stepbrother made me do sexual things". Who do I ring?', HOLD),
        ("Un alumno me contó que su tío lo toca por las noches cuando se queda a dormir.", HOLD),
        ("Honestly I've been on a bottle of vodka every night since the inspection.", 2),
        ("New ECT in maths, let's all ignore her and see how long she lasts.", 2),
    ],
)
def test_what_a_lead_must_see_is_flagged(post, at_least):
    assert worst(post) >= at_least


@pytest.mark.parametrize(
    "post",
    [
        "We opened one bottle of wine at the leavers' dinner and it lasted all night.",
        "Ignore the fire alarm test at 10, it's only the engineers.",
    ],
)
def test_the_everyday_neighbours_of_those_words_are_no_flag(post):
    assert worst(post) == 0
