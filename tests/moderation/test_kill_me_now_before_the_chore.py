"""Ms Duarte vents on a teachers' forum: "Shoot me now, three hours of data entry tonight",
"Kill me now, the printer has jammed on the mock papers again", "Who timetabled a learning
walk on the last day of term? Kill me now." A plea thrown before the complaint that explains
it, or in a sentence of its own after it, is the same staff-room hyperbole as one thrown in
the complaint's sentence, when the complaint names a chore and nobody and no despair. "Kill
me now" alone, or beside despair or a person, is read as before."""

from __future__ import annotations

import pytest

from tests.moderation.starter_library import worst


@pytest.mark.parametrize(
    "post",
    [
        "Kill me now, the printer has jammed on the mock papers again.",
        "Shoot me now, three hours of marking and a detention to run.",
        "Who put a mock exam on the last day of term? Kill me now.",
    ],
)
def test_a_plea_before_a_chore_is_no_flag(post):
    assert worst(post) == 0


@pytest.mark.parametrize(
    "post",
    [
        "kill me now",
        "kill me now, i can't do this anymore",
        "kill me now, the tablets are in the bathroom cupboard",
        "kill me now, nobody in my class talks to me",
        "I failed the exam and everyone laughed. Kill me now.",
    ],
)
def test_a_plea_before_anything_else_is_still_flagged(post):
    assert worst(post) >= 1
