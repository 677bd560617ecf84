"""A dictionary, a gardening column, a mechanic's forum and a hospital ward's newsletter use
library words in their oldest senses: an illness that comes back ("the tumour relapsed after
two years"), a growth slowed ("late frost retarded the wheat"), flies swatted, a laxative a
doctor prescribes, a dog groomed for a show, a keen "fitness freak". The sentence names the
sense, and nobody in it is the writer or the reader. The same words about a person's harm, a
classmate or the writer still reach the lead, at the severity they had."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "The tumour relapsed two years after the operation.",
        "Malaria can relapse months after the first fever.",
        "The patients who relapsed were given a second course of chemotherapy.",
        "Late frost retarded the wheat, and the harvest came a month behind.",
        "Cold soil retards the growth of young seedlings.",
        "Advance or retard the ignition timing until the engine runs smoothly.",
        "Swatting wasps at a picnic only makes them angrier.",
        "The swatting of midges went on all evening by the loch.",
        "A mild laxative is often prescribed for constipation in older people.",
        "Diuretics are prescribed to reduce fluid retention in heart failure.",
        "The groomed spaniel trotted round the ring at the county show.",
        "My uncle is a fitness freak who cycles forty miles before breakfast.",
        "Control freaks find group projects hard.",
    ],
)
def test_the_everyday_sense_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("my best mate relapsed on saturday and she's cutting again", 3),
        ("i relapsed last week after six months clean", 3),
        ("her anorexia relapsed and the patients on the ward all know", 1),
        ("he relapsed and the doctor said he'd been drinking again", 2),
        ("ur actually retarded bro", 2),
        ("that retarded boy in maths keeps copying me", 2),
        ("the retarded kid set the fire alarm off again", 2),
        ("someone keeps swatting his house for views", 2),
        ("i take laxatives after tea so i don't put on weight", 2),
        ("she hides laxatives in her pencil case, the doctor prescribed them once", 2),
        ("my doctor prescribed laxatives but i take way more than he said", 2),
        ("i buy diuretics online to drop weight before the weigh in", 2),
        ("you fitness freak, get away from me", 2),
        ("what a freak, nobody sit next to him", 2),
    ],
)
def test_the_same_words_about_a_person_are_still_flagged(post, at_least):
    assert worst(post) >= at_least
