"""Mrs Adeyemi, a head of year, writes "we excluded a student for bringing a BB gun onto the
school bus". "Bringing" after "for" is the cause of what already happened, not the writer's
intent, so the weapon word is not raised to a threat against the school. "I'm bringing a gun
to school tomorrow" is still a critical threat."""

from __future__ import annotations

from tests.moderation.starter_library import worst


def test_a_gerund_after_for_is_the_cause_not_an_intent():
    assert worst("We excluded a student for bringing a BB gun onto the school bus.") < 3


def test_bringing_a_weapon_to_school_is_still_a_threat():
    assert worst("im bringing a gun to school tomorrow") == 4
    assert worst("I am bringing my gun for you") >= 3
