"""Every entry is caught in the forms students write it in, not only the one its library lists:
a short verb with its object in the third person ("she ends it all"), a phrase said to a group
("kill urselves"), a Spanish word in the plural in any library ("navajas", "subnormales"), and
drug slang that is no word in the plural ("spliffs"); never a form that is another word ("zorro"
is a fox, "weeds" grow in a garden). ``python -m moderation.bench.forms`` counts them all."""

from __future__ import annotations

import pytest

from moderation.bench.forms import english_forms, spanish_forms
from moderation.engine import Entry
from moderation.scanning.forms import WORD_LISTS, derived_keys, load_word_lists
from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    ("post", "category"),
    [
        ("my best friend says she ends it all this weekend", "self_harm"),
        ("year 7s are so annoying go kill urselves", "bullying"),
        ("sois unos subnormales todos", "hate"),
        ("mi primo lleva navajas al insti", "violence"),
        ("who has spliffs for saturday", "drugs"),
    ],
)
def test_a_form_of_an_entry_is_flagged_as_the_entry_is(post, category):
    assert worst_in(post, category) > 0, post


@pytest.mark.parametrize(
    "post",
    [
        "vi un zorro en el campo con mis primos",  # a fox, not "zorra"
        "we spent saturday pulling the weeds in the garden",
        "the bread cuts easily when it is warm",
        "mis tíos tienen dos perros y tres gatos",
    ],
)
def test_a_form_that_is_another_word_stays_clean(post):
    assert worst(post) == 0, post


def test_a_spanish_insult_changes_gender_but_a_knife_does_not():
    known = load_word_lists()
    insult = derived_keys("gorda asquerosa", 2, "bullying", "word", known, spanish_entry=True)
    knife = derived_keys("navaja", 1, "violence", "word", known, spanish_entry=True)
    assert "gordas asquerosas" in insult and "gordo asqueroso" in insult
    assert "navajas" in knife and "navajo" not in knife


def test_a_spanish_entry_gets_no_english_endings():
    known = load_word_lists()
    forms = derived_keys("navaja", 1, "violence", "word", known, spanish_entry=True)
    assert not {"navajaed", "navajaing", "navajaer", "navajaers"} & set(forms)


def test_the_bench_writes_only_forms_a_student_would():
    english = load_word_lists([WORD_LISTS["english"]])
    spanish = load_word_lists([WORD_LISTS["spanish"]])
    phrase = Entry("nobody would miss you", "bullying", 3)
    assert not any("nobodied" in f.text for f in english_forms(phrase, english))
    slur = Entry("cunt", "profanity", 2)
    assert {f.text for f in english_forms(slur, english)} >= {"cunts"}
    verb = Entry("matarme", "self_harm", 3, "Matarme. [en] Kill myself.")
    assert spanish_forms(verb, spanish) == []
