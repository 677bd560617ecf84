"""An allowed phrase of a serious entry must name what makes the words innocent. One that adds
only a word that names nothing ("don't want to live in", "planning an attack on the", "that
hits me") would excuse the cry for help too: "i don't want to live in this world", "planning
an attack on the school", "my stepdad is the one that hits me"."""

from __future__ import annotations

from moderation.keywords.starter import starter_entries
from moderation.scanning.entries import SERIOUS, bare_phrase_problems
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER


def test_no_allowed_phrase_of_a_serious_entry_adds_only_bare_words():
    # the rule a school's import, an edit and an accepted exception are held to
    assert SERIOUS == HOLD
    assert [problem for entry in starter_entries() for problem in bare_phrase_problems(entry)] == []


def test_the_cries_for_help_those_phrases_hid_reach_a_lead():
    for post in (
        "i don't want to live in this world anymore",
        "i don't want to live with this pain",
        "i dont want to live at all",
        "i want to end it with a rope",
        "my stepdad is the one that hits me",
    ):
        assert max((m.severity for m in scan_post(STARTER, post)), default=0) >= HOLD, post


def test_not_wanting_to_live_in_a_named_place_is_about_the_place():
    for post in ("I don't want to live in London when I grow up.", "no quiero vivir en Madrid"):
        assert not any(m.severity for m in scan_post(STARTER, post)), post
    assert max(m.severity for m in scan_post(STARTER, "I don't want to live in This World")) >= HOLD
