"""Kai writes "i want to buy a gun" and "im planning to get some pills off someone". An
everyday word (a weapon, a drug) that the writer means to get or use is tied to the writer, so
the lead sees it; a film or a lesson about the same word is not."""

from __future__ import annotations

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


def flagged(text: str) -> bool:
    return bool(scan_post(LIBRARY, text))


def test_what_the_writer_means_to_get_is_recorded():
    assert flagged("i want to buy a gun")
    assert flagged("im planning to get some cocaine this weekend")


def test_the_same_word_in_a_lesson_is_not():
    assert not flagged("The lesson explained how a gun licence is granted.")
