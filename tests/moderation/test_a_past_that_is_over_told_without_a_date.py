"""Someone tells a harm that is over without giving a year: "there was a time", "for a long time",
"not so long ago", "the year after", "con 16 años", "en 2º de la ESO", with how it is now ("I'm
31", "I was wrong", "llevo dos años sin"). A lead reads it as a past told to help others: low, not
held. The same words with a return ("again", tonight, an intent) stay as serious as they were."""

from __future__ import annotations

import pytest

from moderation.scanning.context import PAST
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def _found(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category in ("self_harm", "eating_disorders")]


@pytest.mark.parametrize(
    "post",
    [
        "There was a time I wanted to die every single day. I'm 31 now and I love my job.",
        "For a long time I hated myself. My art teacher and a lot of therapy changed that.",
        "Not so long ago I believed everyone would be better off without me. I was wrong.",
        "I used to self-harm in Year 10. Two years clean now and I wear short sleeves again.",
        "The summer after my GCSEs I tried to kill myself. Today I'm a nurse and I'm proud.",
        "Con 15 años intenté suicidarme. Ahora tengo 30 y trabajo de enfermera.",
        "En 2º de la ESO me autolesionaba a escondidas. Llevo tres años sin hacerlo.",
    ],
)
def test_a_past_told_without_a_date_is_recorded_low_and_not_held(post):
    found = _found(post)
    assert found, "still recorded: a past attempt is a reason for a kind word"
    assert all(m.severity < HOLD for m in found), found
    assert PAST in {m.context for m in found}


@pytest.mark.parametrize(
    "post",
    [
        "There was a time I wanted to die, and it's back. I'm 31 now and I want to die again.",
        "For a long time I hated myself and tonight I'm going to hurt myself.",
        "Con 15 años intenté suicidarme y esta noche lo voy a volver a intentar.",
        "When I was 12 I started cutting myself and I'm still cutting myself now.",
    ],
)
def test_the_same_past_with_a_return_stays_held(post):
    assert max((m.severity for m in _found(post)), default=0) >= HOLD, _found(post)
