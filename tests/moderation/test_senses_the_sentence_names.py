"""A biology worksheet says "the bitch fed her puppies for eight weeks" and a Spanish fable reads
"la zorra miraba las gallinas desde el bosque": an insult that is also an animal's name, in a
sentence about animals, is the animal. Aimed at the reader, it is still the insult."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "The bitch fed her puppies for eight weeks before they went to new homes.",
        "La zorra miraba las gallinas desde el bosque.",
        "The farmer sold his best cock at the market with three hens.",
        "Una zorra entró en el gallinero y se llevó dos pollos.",
    ],
)
def test_the_animal_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "you are such a bitch, go walk your dog",
        "eres una zorra y tu perro también",
        "shut up bitch",
    ],
)
def test_the_insult_aimed_at_someone_is_still_flagged(post):
    assert worst(post) >= 2
