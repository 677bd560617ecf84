"""Mrs Whitfield posts on a teachers' forum after a hard term: "A former head of PE at our
school committed suicide over the summer, we're planning how to tell Year 11", and teaches
that "Virginia Woolf committed suicide in 1941". A death reported with the older phrase
'committed suicide' is read as 'died by suicide' is: a death told of, no flag; someone's in
particular ('my uncle committed suicide', 'he committed suicide') recorded lower for staff to
read; the writer's own ('I nearly committed suicide'), or a writer who goes on to want the
same, is read as before. 'Committed to suicide prevention' is a pledge."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import top_reading, worst


@pytest.mark.parametrize(
    "post",
    [
        "A former head of PE at our school committed suicide over the summer, we're planning "
        "how to tell Year 11.",
        "Virginia Woolf committed suicide in 1941, which the A level group found hard to read.",
        "Every trust in the county is committed to suicide prevention training this year.",
    ],
)
def test_a_death_reported_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize("post", ["my uncle committed suicide in march", "he committed suicide"])
def test_someones_death_is_recorded_lower_for_staff(post):
    assert top_reading(post) == (1, "topic")


@pytest.mark.parametrize(
    "post",
    [
        "i almost committed suicide last year and nobody knew",
        "my cousin committed suicide and i want to do the same",
        "i want to commit suicide",
    ],
)
def test_the_writers_own_is_still_held(post):
    assert worst(post) >= 3
