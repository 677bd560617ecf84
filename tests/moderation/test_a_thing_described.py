"""A geography answer says "we climbed over the naked rock to the summit" and a weather report
"a freak hailstorm hit the valley": a word that describes a person also describes things, and
before a thing, right after an article, it is no flag for Ms Okafor, the safeguarding lead. The
same word about a person, an image or a body still reaches her, and so does a feeling, whatever
it describes: "a hopeless future" is a student's despair as often as not."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "We climbed over the naked rock to reach the summit.",
        "A freak hailstorm flattened the wheat in the valley.",
        "The storm was a freak event that nobody forecast.",
        "The lab keeps the fatty samples in the second freezer.",
        "Autumn leaves the naked branches of the oak against the sky.",
        "The museum kept a lewd carving from the old church door in storage.",
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
        "youre a freak and everyone knows it",
        "he asked for a naked facetime call after midnight",
        "they made her do a naked dare at the sleepover",
    ],
)
def test_the_word_about_a_person_or_an_image_is_still_flagged(post):
    assert worst(post) >= 2
