"""A student posts "shut up dumbfaggot" and "ur such a stupidretard", gluing an insult to the
word before it, in English or Spanish ("putomaricon"). The lead sees the slur; a glued form
that is a word of its own ("therapist", "allies") is never derived."""

from __future__ import annotations

import pytest

from moderation.scanning.forms import glued_before, load_word_lists
from tests.moderation.starter_library import STARTER as LIBRARY

KNOWN = load_word_lists()


def categories(text: str) -> set[str]:
    return {m.category for m in LIBRARY.scan(text)}


@pytest.mark.parametrize(
    ("post", "category"),
    [
        ("shut up dumbfaggot", "hate"),
        ("ur such a stupidretard", "bullying"),
        ("putomaricon de mierda", "hate"),
        ("go away fatloser", "bullying"),
    ],
)
def test_a_slur_glued_to_the_word_before_it_is_caught(post, category):
    assert category in categories(post)


def test_a_glued_form_that_is_a_word_is_never_derived():
    assert "therapist" not in glued_before("rapist", KNOWN)
    assert "allies" not in glued_before("lies", KNOWN)
