"""A student tells in Spanish, in the past, what went on or happened once ("mi padrastro me
tocaba los pechos", "me provoqué el vómito", "me metía rayas"): the library's present-tense
phrases in the imperfect and the preterite, at their severity. A turn at the washing-up, a
mother who cut the student's hair and a grandmother who wrote at night are no flag."""

import pytest

from tests.moderation.starter_library import worst_in


@pytest.mark.parametrize(
    ("post", "category", "at_least"),
    [
        ("mi padrastro me tocaba los pechos cuando mi madre trabajaba", "grooming", 3),
        ("el entrenador me tocó el culo en el vestuario", "grooming", 3),
        ("ayer me provoqué el vómito otra vez", "eating_disorders", 3),
        ("en verano me metía rayas con los mayores", "drugs", 2),
    ],
)
def test_a_disclosure_in_the_imperfect_or_the_preterite_keeps_its_severity(
    post, category, at_least
):
    assert worst_in(post, category) >= at_least


@pytest.mark.parametrize(
    "post",
    [
        "me tocaba a mí fregar los platos",
        "me cortaba el pelo mi madre cuando era pequeña",
        "me escribía por las noches mi abuela",
        "me metía en líos en el cole",
    ],
)
def test_a_turn_a_haircut_and_a_letter_are_no_flag(post):
    assert all(
        worst_in(post, category) == 0
        for category in ("grooming", "self_harm", "eating_disorders", "drugs")
    )
