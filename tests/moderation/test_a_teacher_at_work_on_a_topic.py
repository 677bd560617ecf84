"""Mr Haddad plans his PSHE term in the staff forum: "For the county lines lesson I use the case
study of a boy recruited online", "the government has announced a ban on zombie knives", "the
average age of a child groomed into county lines is falling", "forced marriage still happens
in the UK", "social media companies and self-harm content". Each names a topic: the law's, the
statistics', a teacher's own work with it. None is a worry about anyone, so none is flagged.
A student who watches such content, wants something, or says it is theirs is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "For the county lines lesson I use the case study of a boy recruited through an app.",
        "For the self-harm lesson I always show the charity's short film first.",
        "The government has announced a ban on zombie knives from September.",
        "The speaker said the average age of a child groomed into county lines is falling.",
        "In the lesson the class were shocked that forced marriage still happens in the UK.",
        "Year 10 debated whether social media companies do enough about self-harm content.",
    ],
)
def test_a_topic_named_by_the_law_statistics_or_a_teachers_work_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("i keep watching self harm content every night", 3),
        ("For the self-harm lesson I want to show them my scars.", 3),
        ("the number of times i've wanted to kill myself this week", 4),
        ("forced marriage still happens in my family", 3),
        ("grooming still happens in the uk and it's happening to me", 3),
    ],
)
def test_the_writer_in_the_topic_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
