"""Beth's group chat after karaoke: "I absolutely murdered that ballad at karaoke, sorry
neighbours". "Murdered" or "killed" said of a song, a solo or a duet, in a sentence about
performing, is the performance: no flag. A person or a pronoun as its object, an intent, a
school or a day are read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


def test_a_song_murdered_at_karaoke_is_a_performance():
    assert worst("I absolutely murdered that ballad at karaoke, sorry neighbours") == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("he killed her at the concert", HOLD),
        ("he murdered my brother after the gig", 1),
        ("i killed him after he sang", HOLD),
    ],
)
def test_a_person_killed_where_songs_are_sung_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
