"""A term written with one letter three times ("kkk") matches only where a post draws that
letter out too: never a lone letter ("401(k)", "Vitamin K", "Coach K")."""

from __future__ import annotations

import pytest

from moderation.engine import Entry, compile_library

LIBRARY = compile_library(
    [
        Entry("kkk", "extremism", 3, "A white-supremacist group."),
        Entry("zzz", "other", 1, "A made-up drawn-out term."),
        Entry("kill", "violence", 2, "Violent word."),
    ]
)


def terms(text: str) -> list[str]:
    return [m.entry.term for m in LIBRARY.scan(text)]


@pytest.mark.parametrize(
    "post",
    [
        "my mum put money in her 401(k) this year",
        "Vitamin K helps your blood clot",
        "Coach K won again",
        "k",
        "ok k see you",
        "the z axis",
        "zz top",
    ],
)
def test_a_lone_letter_is_not_a_drawn_out_term(post):
    assert terms(post) == []


@pytest.mark.parametrize(
    "post",
    ["the kkk rally in the film", "KKK", "kkkk", "k k k", "k.k.k", "k-k-k members", "zzzzz"],
)
def test_the_term_is_found_however_it_is_drawn_out_or_spaced(post):
    assert len(terms(post)) == 1


def test_a_drawn_out_term_still_shows_where_it_was_typed():
    post = "they said K.K.K. at lunch"
    (match,) = LIBRARY.scan(post)
    assert post[match.start : match.end] == "K.K.K"


def test_ordinary_words_with_a_doubled_letter_are_unaffected():
    assert terms("killlll it") == ["kill"]
    assert terms("skill and kill") == ["kill"]
