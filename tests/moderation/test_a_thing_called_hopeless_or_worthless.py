"""A parent on the forum writes "the new timetable is hopeless", a coach "our defence was hopeless
on Saturday", a technician "that ancient laptop is completely worthless", a teacher "a hopeless
jumble of worksheets". "Hopeless" and "worthless" there judge a thing. The
same words said of the writer, of a person, of a life, a future or a situation are despair or
an insult, and still reach the lead."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "Our old projector is worthless now.",
        "The new timetable is hopeless.",
        "That ancient laptop is completely worthless.",
        "A hopeless tangle of cables sat behind the telly.",
        "Honestly our defence was hopeless on Saturday.",
        "These old survey results are worthless now.",
        "She handed in a hopeless jumble of worksheets.",
        "This hopeless printer has jammed again.",
    ],
)
def test_a_thing_judged_hopeless_or_worthless_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "I feel hopeless",
        "my life is hopeless",
        "my future is hopeless and nobody cares",
        "the situation at home is hopeless",
        "a hopeless situation at home",
        "everything is hopeless",
        "I am worthless",
        "i'm such a hopeless mess",
        "you are worthless",
        "my brother is hopeless, he says he wants to give up",
    ],
)
def test_despair_about_a_person_a_life_or_a_situation_still_flags(post):
    assert worst_in(post, "self_harm") >= 2 or worst(post) >= 2
