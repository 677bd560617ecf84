"""Mr Kowalski posts on the staff board, at the end of his tether, that he is going to punch a
pupil, or that he keeps a knife in his car and will use it on the head. A blow or a weapon the
writer means to use on someone named by "him" or "them" is a threat a lead must read at once.
The same words told of the past, of a story, or of a tube of cream are no flag."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import HOLD, worst


@pytest.mark.parametrize(
    "post",
    [
        "If that lad mouths off at me once more I'm going to punch him.",
        "Next time they push in at lunch I'll slap them, I'm past caring.",
        "There's a blade in my glovebox and I will use it on him if he comes near me.",
    ],
)
def test_a_blow_the_writer_means_to_deal_is_held(post):
    assert worst(post) >= HOLD


@pytest.mark.parametrize(
    "post",
    [
        "In the novel the sergeant punched him for falling asleep on watch.",
        "The eczema cream really works, use it on him twice a day.",
        "The recipe says to punch the dough down, then leave it to rise again.",
    ],
)
def test_the_same_words_with_no_threat_are_no_flag(post):
    assert worst(post) == 0
