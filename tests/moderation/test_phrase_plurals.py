"""A lead's library lists "gift card" and "private chat"; a student writes "he sends me gift
cards" and "we moved to private chats". A phrase ending in a noun matches its plural too, so the
lead need not write both; a made-up plural ("kill yous") is never derived."""

from __future__ import annotations

from moderation.engine import Entry, compile_library
from moderation.scanning.forms import load_word_lists, phrase_forms

KNOWN = load_word_lists()


def test_a_phrase_ending_in_a_noun_gets_its_plural():
    assert "gift cards" in phrase_forms("gift card", KNOWN)
    assert "private chats" in phrase_forms("private chat", KNOWN)


def test_no_invented_plural_is_derived():
    assert "kill yous" not in phrase_forms("kill you", KNOWN)


def test_a_lead_sees_the_plural_in_a_post():
    library = compile_library(
        [Entry("secret chat", "grooming", 2, definition="A chat kept from adults.")]
    )
    assert [m.entry.term for m in library.scan("he wants secret chats with me")] == ["secret chat"]
