"""A safeguarding lead is not paged for a blood group, a cleaning idiom or a school timetable,
and is for a disclosure: the starter libraries' senses, exceptions and new entries."""

from __future__ import annotations

import pytest

from moderation.keywords.starter import starter_entries
from tests.moderation.starter_library import STARTER


@pytest.fixture(scope="module")
def library():
    return STARTER


def found(library, text: str) -> set[str]:
    return {m.entry.term for m in library.scan(text)}


@pytest.mark.parametrize(
    "text",
    [
        "In biology we typed our blood with the ABO system and the Rh factor.",
        "Her ABO blood group is O negative.",
        "Grandma kept the kitchen spic and span.",
        "The library is open M-F 9-5.",
        "Office hours: M-F 8am to 4pm.",
        "My SPED teacher gave me extra time on the test.",
        "The car sped past the school gates.",
        "We watched the Redskins game at my uncle's house in 2015.",
        "He nipped out for a fag before the bus came.",
        "Rows of oilseed rape turn the fields yellow in May.",
        "Many of my friends are fasting for Ramadan this month.",
        "I have been binging Netflix all weekend.",
        "My Ed Sheeran tickets came today!",
        "I don't want to live in London when I grow up.",
        "Mum says I can die my hair blue in the holidays, so I want to die my hair blue.",
        "I'm hopeless at maths but great at art.",
        "Never leave a naked flame near the curtains.",
        "The council pulled the plug on the youth club.",
        "The nurse gave me a sharp prick with the needle.",
    ],
)
def test_an_innocent_sense_of_a_library_word_is_not_flagged(library, text):
    assert found(library, text) == set()


@pytest.mark.parametrize(
    "text, category, severity",
    [
        ("he raped me at the party and i dont know who to tell", "grooming", 4),
        ("my cousins boyfriend molested me", "grooming", 4),
        ("everyone would be better off if i was gone", "self_harm", 3),
        ("i feel like such a burden to my mum", "self_harm", 3),
        ("i just want to sleep forever", "self_harm", 3),
        ("i dont want to live anymore", "self_harm", 4),
        ("ive been restricting again since christmas", "eating_disorders", 3),
        ("my ED voice is so loud today", "eating_disorders", 2),
        ("i want to lower my bmi before summer", "eating_disorders", 3),
        ("i want to die, my hair is falling out from the stress", "self_harm", 4),
    ],
)
def test_a_disclosure_or_warning_sign_a_lead_expects_is_flagged(library, text, category, severity):
    found = {(m.category, m.severity) for m in library.scan(text)}
    assert (category, severity) in found, found


def test_a_slur_aimed_at_someone_is_still_flagged_beside_its_innocent_sense(library):
    assert "spic" in found(library, "shut up you dirty spic")
    assert "fag" in found(library, "you're such a fag")
    assert "abo" in found(library, "get lost you abo")


def test_history_vocabulary_is_never_held_at_the_default_severity(library):
    text = "The Boston Massacre and the race war myth were both in our history reading."
    assert all(m.severity < 3 for m in library.scan(text))


def test_every_entry_has_a_definition_for_staff():
    assert all(entry.definition.strip() for entry in starter_entries())
