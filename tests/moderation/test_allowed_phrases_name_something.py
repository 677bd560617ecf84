"""An allowed phrase of a serious entry must name what makes the words innocent. One that adds
only a word that names nothing ("don't want to live in", "planning an attack on the", "that
hits me") would excuse the cry for help too: "i don't want to live in this world", "planning
an attack on the school", "my stepdad is the one that hits me"."""

from __future__ import annotations

from moderation.keywords.starter import starter_entries
from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import HOLD, STARTER

# Words that name nothing on their own (as the case page's proposals skip them).
BARE = frozenset(
    "a an the my your his her our their its this that these those at in on of to for with by "
    "from into onto about as and or but so until el la los las un una mi tu su de del al en "
    "con por para y o".split()
)


def test_no_allowed_phrase_of_a_serious_entry_adds_only_bare_words():
    bare = []
    for entry in starter_entries():
        if entry.severity < HOLD:
            continue
        for phrase in entry.exceptions:
            rest = phrase.lower().replace(entry.term.lower(), " ", 1).split()
            if rest and all(word in BARE for word in rest):
                bare.append((entry.term, phrase))
    assert bare == []


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
