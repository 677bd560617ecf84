"""Students take a dark line back as they write it: a tone indicator ("/j", "/hyp"), a gloss in
brackets ("(affectionate)", "(from this group chat)"), or delight at something good ("kms this
song is so good"). Read as laughter is: one level lower, so a critical wish is still held and
never dropped. A bracket or a tag that insists ("(not joking)", "/srs") changes nothing."""

from __future__ import annotations

import pytest

from moderation.scanning.context import JOKING
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _self_harm(post: str) -> list:
    return [m for m in scan_post(STARTER, post) if m.category == "self_harm"]


@pytest.mark.parametrize(
    "post",
    [
        "i want to die /j the teacher read my essay out loud",
        "killing myself (lovingly) every time he does that laugh",
        "im going to end it all (my streak) tonight",
        "kms this album is so good i cant",
        "i want to die this fit is iconic",
    ],
)
def test_a_line_taken_back_is_read_as_a_joke_and_is_not_critical(post):
    found = _self_harm(post)
    assert found and all(m.severity < 4 for m in found), found
    assert JOKING in {m.context for m in found}


@pytest.mark.parametrize(
    "post",
    [
        "i want to die (not joking)",
        "i want to die /srs",
        "i want to die, nothing is good anymore",
    ],
)
def test_a_line_that_insists_keeps_its_severity(post):
    assert max(m.severity for m in _self_harm(post)) == 4
