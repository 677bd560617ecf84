"""Ms Brennan runs the drama department and teaches GCSE English: "The production of An Inspector
Calls opens Friday, Eva Smith's suicide is told not shown", "Year 11 are revising Romeo and
Juliet, the double suicide at the end is a key quote". A death in a play, a novel or a film,
with nobody outside the story in the sentence, is the story's: no flag. A student whom the
story moves to want to die, or who tells of a friend, is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "The production of An Inspector Calls opens Friday, Eva Smith's suicide is told not shown.",
        "Year 11 are revising Romeo and Juliet, the double suicide at the end is a key quote.",
        "In the novel's last chapter the suicide of the old captain is only hinted at.",
    ],
)
def test_a_death_in_a_story_is_the_storys(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("after the play i want to kill myself", 4),
        ("i'm in the school play and i want to kill myself", 4),
        ("my friend read the novel and now she wants to kill herself", 3),
        ("that film made me want to kill myself", 3),
    ],
)
def test_someone_outside_the_story_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
