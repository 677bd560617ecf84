"""'She told me it happened again' is how a student relays a disclosure, and stays flagged for
a lead (low). When the next words say what 'it' was, a printer that jammed, a fire alarm, the
wifi, the post the dog ate, it is no disclosure at all. Where a person comes first ('her uncle
came into her room'), or nothing is said, the relayed words keep their flag."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "She told me it happened again, the printer jammed in the middle of her essay.",
        "Mr Patel said it happened again: the fire alarm went off during the exam.",
        "My mum says it happened again, the dog ate the post.",
        "It happened again last night: the Wi-Fi went down during my ranked match.",
    ],
)
def test_it_happened_again_said_of_a_thing_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "she told me it happened again, her uncle came into her room",
        "she said it happened again last night and she is scared",
        "it happened again last night, he came in when mum was asleep",
        "my friend says it happened again, the man from the park messaged her",
    ],
)
def test_it_happened_again_said_of_a_person_or_of_nothing_stays_flagged(post):
    assert worst_in(post, "grooming") == 2
