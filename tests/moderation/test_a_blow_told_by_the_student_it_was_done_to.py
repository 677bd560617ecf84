"""A student tells that someone hit or kicked them ("he hit me again last night", "my step dad
kicked me in the stomach", "mi padrastro me dio una patada"): a disclosure of physical abuse a
lead must see, recorded low (a talk the same day, not a hold). The same words where nothing was
done to anyone stay clean: an idiom ("hit me up", "kicked me out of class", "me pegó un susto"),
a thing that hit them ("the ball hit me", "el balón me pegó"), a sister kicking in her sleep."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _worst(post: str) -> int:
    return max((m.severity for m in scan_post(STARTER, post)), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "he hit me again yesterday and now my arm is all purple",
        "my stepmum kicked me down the stairs",
        "she kicks me when my dad isnt looking",
        "mi padrastro me dio una patada en la espalda",
        "mi tío me pegó porque llegué tarde",
        "el novio de mi madre me dio un puñetazo",
    ],
)
def test_a_blow_told_by_the_student_it_was_done_to_is_flagged(post):
    assert _worst(post) >= 2


@pytest.mark.parametrize(
    "post",
    [
        "hit me up if you want to go cinema later",
        "it suddenly hit me that the essay is due tomorrow",
        "the netball hit me on the nose in pe",
        "miss kicked me out of the lesson for laughing",
        "my brother kicked me off the xbox again",
        "my little cousin kicks me in her sleep",
        "me pegó un susto cuando entró",
        "la pelota me pegó en la cabeza en el recreo",
        "mi hermana me dio una patada sin querer jugando",
    ],
)
def test_an_idiom_or_a_thing_that_hit_them_is_no_blow(post):
    assert _worst(post) == 0


@pytest.mark.parametrize(
    "post",
    ["a horse kicked me at riding and now i cant walk properly", "so hit me with a song rec"],
)
def test_an_animal_that_kicked_them_or_a_request_to_the_reader_is_no_blow(post):
    assert _worst(post) == 0
