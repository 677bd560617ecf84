"""A student in a hurry mistypes a long library word twice ("your so wrothlesss", "i feel
hopellesa", "seqerslide"): a word of eight letters or more that is no English or Spanish word,
two slips from a library word, is read as it. Never where one slip would make it a word of the
lists (it is that word mistyped), where it starts with another letter, or where it is written
with a capital (a name, a foreign noun)."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    ("post", "category"),
    [
        ("honestly your so wrothlesss nobody wants you here", "bullying"),
        ("i feel so hopellesa tonight", "self_harm"),
        ("thinking about seqerslidde again", "self_harm"),
    ],
)
def test_a_long_library_word_mistyped_twice_is_read_as_it(post, category):
    assert worst_in(post, category) >= 2


@pytest.mark.parametrize(
    "post",
    [
        "i was so hopefull about the trip to the museum",
        "Ubermensch is the word Nietzsche used",
        "shoeless joe jackson was a baseball player",
        "me gustaría desnudarte el alma con un poema",
    ],
)
def test_a_common_word_a_name_or_a_verb_form_is_clean(post):
    assert worst(post) == 0
