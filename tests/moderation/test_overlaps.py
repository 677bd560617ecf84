"""A post gives one reading per stretch of text: the most specific entry, else the most severe."""

from __future__ import annotations

from moderation.engine import Entry, compile_library
from moderation.scanning.budget import READ_PER_KIND

LIBRARY = compile_library(
    [
        Entry("kill", "violence", 2, "Violent word."),
        Entry("want to kill", "violence", 3, "Wish to kill."),
        Entry("kill myself", "self_harm", 4, "Suicidal intent."),
        Entry("hurt", "violence", 2, "Harm."),
        Entry("hurt myself", "self_harm", 4, "Self-harm intent."),
        Entry("myself", "other", 1, "A made-up entry sharing a span."),
        Entry("bomb", "violence", 2, "Explosive.", mode="prefix"),
        Entry("bomb", "extremism", 3, "Explosive (second library)."),
        Entry("pig", "bullying", 3, "Insult."),
        Entry("guinea pig", "other", 2, "An animal: a longer, milder phrase."),
    ]
)


def readings(text: str) -> list[tuple[str, str]]:
    return [(m.entry.term, m.category) for m in LIBRARY.scan(text)]


def test_a_student_who_wants_to_kill_themselves_gets_the_self_harm_reading_only():
    assert readings("honestly i want to kill myself") == [("kill myself", "self_harm")]


def test_a_word_inside_a_longer_phrase_gives_way_to_the_phrase():
    assert readings("i might hurt myself") == [("hurt myself", "self_harm")]


def test_a_longer_phrase_wins_even_when_it_is_milder_than_the_word_inside_it():
    assert readings("we got a guinea pig for the class") == [("guinea pig", "other")]


def test_two_entries_on_the_same_words_keep_the_more_severe():
    assert readings("a bomb in the film") == [("bomb", "extremism")]


def test_separate_mentions_each_keep_their_own_reading():
    found = readings("i want to kill the boss in the game, then kill myself laughing")
    assert found == [("want to kill", "violence"), ("kill myself", "self_harm")]


def test_matches_still_point_at_the_words_the_student_typed():
    post = "I WANT TO KILL MYSELF"
    (match,) = LIBRARY.scan(post)
    assert post[match.start : match.end] == "KILL MYSELF"


def test_disguised_words_overlap_the_same_way():
    assert readings("i want to k1ll mys3lf") == [("kill myself", "self_harm")]


def test_a_post_with_many_overlapping_mentions_keeps_one_reading_each():
    post = "i want to kill myself. " * 80
    found = LIBRARY.scan(post)
    # its first ones (the match budget: moderation/scanning/budget.py), never the violence
    # phrase inside one the budget passed over
    assert len(found) == READ_PER_KIND
    assert {m.category for m in found} == {"self_harm"}
