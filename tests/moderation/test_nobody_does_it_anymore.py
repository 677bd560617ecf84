"""Jade writes in her class's discussion that things got better after the anti-bullying
week: "nobody calls me names anymore". Nobody as the subject of what the words name says it
does not happen; her post was held as a disclosure and the lead rung about it. Nobody further
back is the subject of another clause ("no one knows i want to die"), and an entry that says
nobody itself ("nobody cares about me") is the concern."""

from __future__ import annotations

import pytest

from moderation.scanning.context import NEGATED
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


@pytest.mark.parametrize(
    "post",
    [
        "since the assembly nobody calls me names anymore",
        "no one ever hits me at home now, my mum left him",
        "nadie me pega en casa desde que se fue",
    ],
)
def test_nobody_doing_it_is_recorded_low_and_not_held(post):
    matches = scan_post(LIBRARY, post)
    assert matches, "still recorded: the lead can read it"
    assert {m.context for m in matches} == {NEGATED}
    assert max(m.severity for m in matches) < 3


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("no one knows i want to die", 4),  # nobody is the subject of knowing
        ("nobody cares about me", 2),  # the entry says nobody itself
        ("no one would miss me if i was gone", 3),
        ("nobody at home knows he hits me", 3),
    ],
)
def test_nobody_elsewhere_in_the_sentence_denies_nothing(post, at_least):
    matches = scan_post(LIBRARY, post)
    assert max((m.severity for m in matches), default=0) >= at_least
    assert NEGATED not in {m.context for m in matches}
