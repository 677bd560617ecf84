"""Mrs Lowe shares the morning's news with her tutor group's parents: "A local drug dealer was
jailed for ten years", "the mass shooting at the shopping mall in Texas left eight dead". The
news tells of a thing in the past, whatever word describes it or wherever it happened: no
flag. The writer in the sentence, or a school, is a student's news, read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "A local drug dealer was jailed for ten years, he had used children to sell cocaine.",
        "The mass shooting at the shopping mall in Texas left eight dead.",
        "The car bomb outside the embassy in the capital exploded at noon.",
    ],
)
def test_news_of_a_past_event_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("The mass shooting at our school left me shaking.", 2),
        ("A local drug dealer sold me pills.", 2),
    ],
)
def test_news_with_the_writer_in_it_is_still_flagged(post, at_least):
    assert worst(post) >= at_least
