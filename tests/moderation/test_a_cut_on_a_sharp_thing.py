"""A first-aid log, a dictionary and a student telling of a clumsy afternoon say someone "cut
herself on a broken bottle" or "cut himself on the barbed wire": an accident, with the thing
that cut named after "on". That is no flag. A body part or a place after "on", a blade or a
razor, or a sentence that says it was meant ("on purpose", "again", "i wanted to") is
self-harm told, and stays held."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "He cut himself on the barbed wire climbing over the stile.",
        "She cut herself on a cracked tile at the swimming pool.",
        "the little ones cut themselves on the brambles at forest school",
        "i cut myself on the grater making cheese toasties lol",
    ],
)
def test_a_cut_on_a_sharp_thing_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "my sister cut herself on the thigh again, i saw it",
        "he cut himself on the bedroom floor last night",
        "she cut herself on a razor in the toilets",
        "i cut myself on the glass on purpose",
        "i cut myself on a broken bottle last night because i deserve it",
        "she cut herself on a broken plate again and says it helps",
        "my sister cut herself on a jagged tile she broke in her room she does it when she's sad",
    ],
)
def test_a_cut_told_as_meant_or_on_the_body_is_still_held(post):
    assert worst(post) >= 3
