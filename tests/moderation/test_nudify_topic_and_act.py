"""Our lessons teach about nudify apps, and a student quoting one is not a concern; a student
telling us that one was used on someone is, at high severity."""

from __future__ import annotations

import pytest

from moderation.scanning.spanish import scan_post
from tests.moderation.starter_library import STARTER


@pytest.fixture(scope="module")
def library():
    return STARTER


def highest(library, text: str) -> int:
    return max((m.severity for m in scan_post(library, text)), default=0)


@pytest.mark.parametrize(
    "text",
    [
        'Sexual deepfakes and "nudify" apps',
        "Nudify apps take an ordinary photo and make a fake nude image.",
        "Never name or show a nudify app in class.",
    ],
)
def test_the_topic_of_a_lesson_is_not_held(library, text):
    assert highest(library, text) < 3


@pytest.mark.parametrize(
    "text",
    [
        "someone used a nudify app on my photo",
        "hes gonna nudify ur pics",
        "my pic got nudified and its going round",
        "they nudified her pics from insta",
    ],
)
def test_a_nudify_tool_used_on_someone_is_high(library, text):
    assert highest(library, text) >= 3
