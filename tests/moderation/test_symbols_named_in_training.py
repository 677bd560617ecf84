"""The Prevent lead's slides name the symbols and number codes extremists use, so that staff
recognise them on a pupil's pencil case. A hate code or an extremist symbol named as one of a
list of symbols is a mention, recorded one level lower and not held; written by a student as
their own, it is still recorded."""

from __future__ import annotations

from tests.moderation.starter_library import HOLD, worst


def test_a_code_named_among_extremist_symbols_is_not_held():
    post = "Staff should know far-right symbols such as the sonnenrad and the 1488 code."
    assert 0 < worst(post) < HOLD


def test_the_code_written_as_a_students_own_is_still_flagged():
    assert worst("1488 forever, proud of my people") >= 2
