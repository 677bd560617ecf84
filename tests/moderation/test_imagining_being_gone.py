"""A student who imagines how little their absence would matter ("nobody would care if I
disappeared") is voicing a passive suicidal thought, in other words than "I want to die".
A safeguarding lead needs to see it, in English and in Spanish."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import STARTER


@pytest.mark.parametrize(
    "post",
    [
        "Sometimes I feel like nobody would care if I disappeared",
        "honestly no one would even notice if i vanished",
        "everyone would be happier if I didn't exist",
        "i wish i never existed tbh",
        "a nadie le importaría si desapareciera",
        "todos estarían mejor si no existiera",
        "what if i just vanished one day, would anyone even notice",
        "if i just disappeared would anyone care",
        "would anyone care if i just stopped existing",
        "would anyone miss me if i left forever",
        "si yo desapareciera nadie se daría cuenta",
        "i wish i could just disappear",
    ],
)
def test_imagining_ones_own_absence_reaches_the_lead_as_self_harm(post):
    found = STARTER.scan(post)
    assert any(m.entry.category == "self_harm" and m.severity >= 3 for m in found), found
