"""The mindfulness exercise runs its guided steps without a mouse and respects reduced motion."""

from pathlib import Path

import pytest
from django.conf import settings

from curriculum.models import LessonProgress
from tests.curriculum.conftest import step_url

pytestmark = pytest.mark.django_db

SCRIPT = Path(settings.PROJECT_DIR) / "static" / "js" / "mindfulness.js"


def test_the_step_lists_each_timed_instruction_with_a_button_and_a_polite_live_region(
    student_client, link
):
    html = student_client.get(step_url(link, "mindfulness")).content.decode()
    assert '<li data-seconds="5">Breathe in slowly.' in html
    assert '<button type="button" data-mindfulness-start>Start the guided exercise</button>' in html
    assert 'aria-live="polite" data-mindfulness-status' in html
    assert "js/mindfulness.js" in html
    assert "data-mindfulness-done>I have finished the exercise" in html


def test_finishing_the_exercise_needs_no_script_at_all(student_client, student, link):
    response = student_client.post(step_url(link, "mindfulness"), {"action": "done"})
    assert response["Location"] == step_url(link, "family")
    assert "mindfulness" in LessonProgress.objects.get(user=student).steps_done


def test_the_timer_script_uses_buttons_and_escape_and_checks_reduced_motion():
    script = SCRIPT.read_text()
    assert "prefers-reduced-motion: reduce" in script
    assert 'event.key === "Escape"' in script
    assert "Skip to the next step" in script
    assert 'aria-hidden", "true"' in script  # the moving circle is decoration only


def test_the_breathing_animation_only_runs_without_a_reduced_motion_preference():
    css = (Path(settings.PROJECT_DIR) / "static" / "css" / "site.css").read_text()
    motion = css[css.index("@media (prefers-reduced-motion: no-preference)") :]
    assert "animation: breathe" in motion
    assert (
        "animation: breathe"
        not in css[: css.index("@media (prefers-reduced-motion: no-preference)")]
    )
