"""A student who mistypes a word of a hateful phrase, splits a word with a space or runs words
together reaches staff as the plain post would; the same mechanisms leave ordinary writing,
in English and Spanish, as it is (moderation/scanning/respelling.py)."""

from __future__ import annotations

import pytest

from moderation.engine import Entry, compile_library
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


def categories(text: str) -> set[str]:
    return {m.category for m in scan_post(STARTER, text)}


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("refugees are parasites", "refugees are parasties"),  # two letters swapped
        ("women are scum", "womne are scum"),  # in a word of five letters
        ("women are scum", "wmen are scum"),  # a letter dropped
        ("black people are criminals", "black poeple are criminals"),
        ("immigrants are animals", "imigrants are animals"),
        ("i want to die", "i wnat to die"),
        ("los inmigrantes son basura", "los inmigrantes son basrua"),
        ("me quiero morir", "me quiero morri"),
    ],
)
def test_a_typo_in_any_word_of_a_phrase_is_caught_as_the_phrase(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("muslims are scum", "mus lims are scum"),
        ("shoot up the school", "shoot up the sch ool"),
        ("me quiero suicidar", "me quiero suici dar"),
        ("gilipollas", "gili pollas"),
        ("thinspo", "thin spo"),
    ],
)
def test_a_word_split_by_a_space_is_caught_whole(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("go kys", "gokys"),
        ("kys", "kysnow"),
        ("i want to die", "iwanttodie"),
        ("i want to kill myself", "i want to killmyself"),
        ("me quiero morir", "mequieromorir"),
        ("te voy a matar", "tevoyamatar"),
    ],
)
def test_words_run_together_are_read_apart(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


def test_a_threat_run_together_with_its_target_reads_as_a_threat():
    def worst(text: str) -> int:
        return max((m.severity for m in scan_post(STARTER, text)), default=0)

    assert worst("gonna stabhim") == worst("gonna stab him")


def test_the_match_is_shown_where_the_student_wrote_it():
    post = "honestly musilms are scmu"
    [match] = scan_post(STARTER, post)
    assert match.text == "musilms are scmu"
    assert post[match.start : match.end] == "musilms are scmu"


@pytest.mark.parametrize(
    "post",
    [
        "wmen at work",  # a typo of a short word counts only inside a phrase
        "Put a hand on your heart and breathe out slowly.",  # two words, not "puta"
        "He is a hero in the eyes of the public.",  # not "heroin"
        "Cuesta sentarse a escribir cuando hace calor.",  # a Spanish verb, not "arse"
        "Plug the HomePlug adapter into the wall.",  # a brand, not "plug"
        "A la feria se va por todo; pero por narices no.",  # "por narices", not "porn"
        "Under COPPA a website needs a parent's consent.",  # an acronym, not "choppa"
        "Counsellors met to share practice on suicide postvention.",
    ],
)
def test_ordinary_writing_is_not_read_as_a_misspelt_keyword(post):
    plain = {(m.entry.term, m.start) for m in STARTER.scan(post)}
    assert {(m.entry.term, m.start) for m in scan_post(STARTER, post)} <= plain, post


@pytest.mark.parametrize(
    ("plain", "changed"),
    [
        ("gorda asquerosa", "gordas asquerosas"),  # Spanish gender and number
        ("eres un cabrón", "son unos cabrones"),
        ("sudaca de mierda", "sudacas de mierda"),
        ("kill yourself", "kill your self"),  # a compound written as two words
        ("hang myself", "hang my self"),
        ("you're worthless", "your worthless"),  # "you're" as students mostly write it
        ("you're worthless", "ur worthless"),
        ("what are you wearing", "wat r u wearing"),
        ("nadie te quiere", "nadie t kiere"),
    ],
)
def test_forms_compounds_and_chat_spellings_of_an_insult_are_caught(plain, changed):
    assert categories(plain)
    assert categories(plain) <= categories(changed), changed


@pytest.mark.parametrize(
    "post",
    [
        "your dead hamster was so cute",  # "your" before a word that is no insult
        "every one of them passed the test",
        "la gorda de mi gata duerme todo el día",
    ],
)
def test_everyday_posts_with_those_words_stay_clean(post):
    assert not categories(post), post


def test_a_library_of_common_words_only_reads_a_run_together_post():
    # No uncommon word to look for inside a run-together word: the post is read, not a 500.
    library = compile_library([Entry("go away", "bullying", 2)])
    assert scan_post(library, "gokys wantto somelongrunningword") == []
