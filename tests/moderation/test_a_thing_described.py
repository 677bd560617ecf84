"""A geography answer says "we climbed over the naked rock to the summit" and an art history
essay "the museum kept a lewd carving in storage": a word that describes a person also
describes things, and before a thing, right after an article, it is no flag for Ms Okafor, the
safeguarding lead. The same word about a person, an image or a body still reaches her; so does
a feeling, whatever it describes ("a hopeless future" is a student's despair as often as not),
and an insult that is a noun too ("then the freak came in")."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "We climbed over the naked rock to reach the summit.",
        "The naked flagpole stood in the empty playground all winter.",
        "Autumn leaves the naked branches of the oak against the sky.",
        "The museum kept a lewd carving from the old church door in storage.",
        "Naked trees lined the lane up to the farm by November.",
    ],
)
def test_a_word_that_describes_a_thing_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "im such a hopeless mess, nothing i do works",
        "what a worthless life this is",
        "its a hopeless situation at home",
        "such a hopeless future ahead of me",
        "i feel worthless every single day",
        "you are a worthless piece of rubbish",
        "he sent me a naked picture last night",
        "someone shared a naked selfie of her",
        "naked pictures of her went round the whole year group",
        "youre a freak and everyone knows it",
        "then the freak came in and sat next to me",
        "the fatty walked past our table again",
        "he asked for a naked facetime call after midnight",
        "they made her do a naked dare at the sleepover",
    ],
)
def test_the_word_about_a_person_or_an_image_is_still_flagged(post):
    assert worst(post) >= 2
