"""Priya writes "I bought a gift card for my little brother's birthday". Gift cards are in the
grooming library because abusers give them; a gift the writer gives someone is not that lure,
so it raises no flag. A gift given to the writer is still recorded for the lead to read."""

from __future__ import annotations

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER as LIBRARY


def flagged(text: str) -> bool:
    return bool(scan_post(LIBRARY, text))


def test_a_gift_card_the_writer_gives_is_no_flag():
    assert not flagged("I bought a gift card for my little brother's birthday.")
    assert not flagged("we gave gift cards to the dinner ladies at the end of term")


def test_a_gift_card_given_to_the_writer_is_still_flagged():
    assert flagged("a guy from the game sent me a gift card")
    assert flagged("he keeps buying me gift cards and asks for pics")
