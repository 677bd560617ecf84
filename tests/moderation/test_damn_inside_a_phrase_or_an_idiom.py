"""In the Year 11 discussion on a set novel, students quote its narrator and write the way adults
do: "the old sergeant was a damn fine shot", "nobody in the village gave a damn about the
mill", "you know damn well what the ending means". "Damn" that says how much inside a phrase,
or makes an idiom, is aimed at nobody, and is no flag for Mr Brennan, the teacher who reads
the class's flags. The curse is what the profanity flag is for and is still recorded: on what
follows it ("damn this homework", "damn you and your essay"), at someone ("you damn idiot",
"damn those kids"), or alone as an exclamation ("the bus was late again, damn")."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst, worst_in


@pytest.mark.parametrize(
    "post",
    [
        "the old sergeant was a damn fine shot",
        "nobody in the village gave a damn about the mill",
        "you know damn well what the ending means",
        "the narrator says the war was not worth a damn",
        "it rained the whole goddamn week of the trip",
        "the damn printer in the library ate my essay",
    ],
)
def test_damn_inside_a_phrase_or_an_idiom_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "damn this homework",
        "damn you and your stupid essay",
        "you damn idiot",
        "damn those kids on the back row",
        "the bus was late again, damn.",
    ],
)
def test_the_curse_is_still_recorded(post):
    assert worst_in(post, "profanity") >= 1


def test_stronger_swearing_inside_a_phrase_keeps_its_reading():
    assert worst_in("the old sergeant was a fucking fine shot", "profanity") >= 2
