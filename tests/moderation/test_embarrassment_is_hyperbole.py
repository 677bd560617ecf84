"""'I want to die, so embarrassing' is hyperbole more often than not: recorded one level lower
(still held), never dropped; the same words without the embarrassment stay critical."""

from __future__ import annotations

from moderation.engine import Entry, compile_library
from moderation.scanning.context import JOKING, SELF

LIBRARY = compile_library([Entry("want to die", "self_harm", 4, "A wish to die.")])


def reading(text: str) -> tuple[str, int]:
    (match,) = LIBRARY.scan(text)
    return match.context, match.severity


def test_embarrassment_beside_a_wish_to_die_lowers_it_one_level():
    assert reading("i want to die this is so cringe") == (JOKING, 3)


def test_a_skull_reads_as_laughing():
    assert reading("i want to die \U0001f480 he saw the video") == (JOKING, 3)


def test_a_wish_to_die_without_embarrassment_stays_critical():
    assert reading("i want to die, nobody would notice") == (SELF, 4)


def test_dying_of_embarrassment_shame_or_boredom_is_the_same_hyperbole():
    assert reading("i want to die of embarrassment, he saw my texts") == (JOKING, 3)
    assert reading("double chemistry, i want to die of boredom") == (JOKING, 3)
