"""A code with a figure in it (a pill's imprint, a neo-Nazi number) is matched where the post
writes a figure, never in an ordinary word whose letters the leetspeak reading turns into it:
"me meo de risa" (Spanish, "I'm wetting myself laughing") is not the fentanyl pill "m30"."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def _terms(post: str) -> set[str]:
    return {m.entry.term for m in scan_post(STARTER, post)}


@pytest.mark.parametrize("post", ["jajaja me meo contigo", "me meo encima de la risa"])
def test_an_ordinary_word_is_no_number_code(post):
    assert "m30" not in _terms(post)


@pytest.mark.parametrize("post, term", [("who has m30 for tonight", "m30"), ("m3o anyone", "m30")])
def test_a_code_written_with_its_figures_is_still_found(post, term):
    assert term in _terms(post)
