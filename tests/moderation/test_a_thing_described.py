"""A geography answer says "we climbed over the naked rock to the summit" and a student's diary
says "my desk is a hopeless jumble of worksheets": a word that describes a person's state also
describes things, and before a thing, right after an article, it is no flag for Ms Okafor, the
safeguarding lead. The same word about a person, an image or a body still reaches her."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "We climbed over the naked rock to reach the summit.",
        "My desk is a hopeless jumble of worksheets and pencil shavings.",
        "The storm was a freak event that nobody forecast.",
        "Grandad kept a worthless stamp collection in the loft.",
        "Autumn leaves the naked branches of the oak against the sky.",
        "The referee made a hopeless call in the second half.",
    ],
)
def test_a_word_that_describes_a_thing_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "im such a hopeless mess, nothing i do works",
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
