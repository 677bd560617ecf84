"""Mr Lindqvist teaches history and tells colleagues what his class wondered: "One girl asked
why the soldiers wanted to shoot the prisoners", "a boy asked how the partisans would blow up
a bridge". A question the writer reports someone asking is a question, as one asked outright
is: a violent word in it is recorded one level lower. Grooming, sexting, bullying and drugs,
where asking is the concern, keep their severity, and so does a threat or a wish to die that
is the writer's own."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        "One girl asked why the soldiers wanted to kill the prisoners after the battle.",
        "A lad in Year 10 asked how the partisans were going to kill the general.",
    ],
)
def test_a_reported_question_is_recorded_as_a_question(post):
    severity, label = top_reading(post)
    assert label == "question"
    assert 1 <= severity < 3


@pytest.mark.parametrize(
    ("post", "at_least"),
    [
        ("he asked if i was home alone and told me not to tell my mum", 3),
        ("he asked when i am sending him the nudes", 2),
        ("i asked him why he wants to kill me and he laughed", 3),
        ("she asked why i want to kill myself", 4),
    ],
)
def test_what_is_a_concern_to_ask_keeps_its_severity(post, at_least):
    assert worst(post) >= at_least
