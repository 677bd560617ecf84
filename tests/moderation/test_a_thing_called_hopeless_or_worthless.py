"""A parent on the forum writes "the school's new wifi is hopeless", a coach "our defence was
hopeless on Saturday", a history essay "by 1923 the paper money was totally worthless", a
teacher "a hopeless jumble of worksheets". "Hopeless" and "worthless" there judge a thing. The
same words said of the writer, of a person, of a life, a future or a situation are despair or
an insult, and still reach the lead."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "The school's new wifi is hopeless, it drops every ten minutes.",
        "Honestly our defence was hopeless on Saturday.",
        "By 1923 the paper money was totally worthless.",
        "She handed in a hopeless jumble of worksheets.",
        "These old survey results are worthless now.",
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
