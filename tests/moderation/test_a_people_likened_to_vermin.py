"""A student writes of a whole people, faith or identity as vermin ("refugees are rats",
"asylum seekers are like cockroaches", "los rumanos son unas ratas"): hate speech, held for a
lead in the hate category. Animals that are animals ("the rats in the science lab") and people
who are no group ("my brothers are animals at dinner") are no flag."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _hate(post: str) -> int:
    return max((m.severity for m in scan_post(STARTER, post) if m.category == "hate"), default=0)


@pytest.mark.parametrize(
    "post",
    [
        "honestly pakistanis are rats the lot of them",
        "asylum seekers are like cockroaches, they just keep coming",
        "immigrant children are parasites on our schools",
        "romanians are a plague on this town",
        "los rumanos son unas ratas",
        "los refugiados son unos parásitos que viven de nosotros",
        "los chinos son como ratas",
    ],
)
def test_a_people_likened_to_vermin_is_held_as_hate(post):
    assert _hate(post) >= 3


@pytest.mark.parametrize(
    "post",
    [
        "we had to feed the rats in the science lab over half term",
        "my little brothers are animals at dinner time",
        "cockroaches are like the toughest insects ever",
        "mis primos son unos animales jugando al fútbol",
        "en biología vimos que las garrapatas son unos parásitos",
    ],
)
def test_animals_and_rowdy_families_are_no_hate(post):
    assert _hate(post) == 0
