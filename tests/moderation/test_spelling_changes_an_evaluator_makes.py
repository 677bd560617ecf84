"""A student who slips a finger on a short insult, parts a slur with a space or a mark, or runs
an insult into the words around it reaches staff as the plain post would, as does "2" for "to"
between words; the same readings leave names, initialisms, code, contractions and numbers as
they are (moderation/scanning/respelling.py)."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def categories(text: str) -> set[str]:
    return {m.category for m in scan_post(STARTER, text)}


def plain_terms(text: str) -> set[str]:
    return {m.entry.term for m in STARTER.scan(text)}


def read_terms(text: str) -> set[str]:
    return {m.entry.term for m in scan_post(STARTER, text)}


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("you ugly slut", "you ugly slyt"),  # a key beside the t
        ("what a total twat", "what a total twst"),
        ("shut up you stupid paki", "shut up you stupid pakii"),  # a letter doubled
        ("get lost you loser", "get lost you lsoer"),  # two letters swapped
        ("she is such a whore", "she is such a whre"),  # a letter dropped, after "such a"
        ("those girls are sluts", "those girls are sluys"),  # a plural, after "are"
        ("you fat bitch", "you fat bich"),
    ],
)
def test_a_short_insult_mistyped_after_a_word_that_opens_an_insult_is_caught(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


@pytest.mark.parametrize(
    "post",
    [
        "the slyt in the fence let the rain in",  # no opener before it
        "thank you Twst for the lift",  # a name after "you"
        "u cnt come tonight, my mum said no",  # three letters after "you": "can't"
        "he recorded all the little haps and mishaps of his life",  # the first letter
        "the font needs a proper caron shape",
    ],
)
def test_the_same_slips_elsewhere_are_not_insults(post):
    assert read_terms(post) <= plain_terms(post), post


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("shut up you slut", "shut up you sl ut"),
        ("you dirty paki", "you dirty pa-ki"),
        ("what a dickhead", "what a d.ickhead"),
        ("you retard", "you r etard"),  # a lone letter, not the chat "r" for "are"
        ("nobody likes you loser", "nobody likes you lo_ser"),
    ],
)
def test_an_insult_parted_by_a_space_or_a_mark_is_caught_whole(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("i will stab you tomorrow", "i will st ab you tomorrow"),
        ("gays are disgusting", "gay s are disgusting"),
        ("hang yourself loser", "han g yourself loser"),
    ],
)
def test_a_word_of_a_phrase_parted_anywhere_is_caught_in_the_phrase(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


@pytest.mark.parametrize(
    "post",
    [
        "the dog's laps were warm",  # an apostrophe: no "slaps"
        "it's hit the news again",  # no "shit"
        "the U S hit back at once",  # an initialism
        "in the 1990s and beyond",  # a number's s
        "he has a BO problem",  # an initialism after "a"
        "I have some filing to do",  # two words of their own: no Spanish "todo"
        "whatever can be put as a name",  # no "putas"
    ],
)
def test_no_word_is_parted_at_an_apostrophe_a_number_or_an_initialism(post):
    assert read_terms(post) <= plain_terms(post), post


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("what a twat", "whatatwat"),
        ("you are such a retard", "you are sucharetard"),
        ("i hate pakis", "i hatepakis"),
        ("trans kids are freaks lol", "trans kids are freakslol"),
        ("refugees are parasites and liars", "refugees areparasitesand liars"),
    ],
)
def test_an_insult_run_together_with_the_words_around_it_is_caught(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


@pytest.mark.parametrize("post", ["set the apiKey here", "check anyId first", "Iacono won"])
def test_an_identifier_is_parted_by_its_capitals(post):
    assert read_terms(post) <= plain_terms(post), post


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("go back to your country", "goback2yourcountry"),
        ("go back to your country", "go back 2 your country"),
        ("i want to die", "i want 2 die"),
    ],
)
def test_two_for_to_between_words_is_read_as_the_word(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


def test_a_number_between_words_is_a_number_where_no_phrase_goes_on():
    assert not categories("we scored 2 goals and won 4 nil")
