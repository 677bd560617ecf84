"""A student halfway through the quiz reloads the page (the LMS frame stalled, a finger on F5) or
comes back to it the next day in the same browser: the answers already chosen are still chosen.
A half-written reflection survives a reload of its tab, and only that tab: on a shared
computer, the next person to open the lesson in a new tab finds an empty box. Before, a reload
cleared every choice and every word."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.e2e.test_student_completes_a_lesson import classroom, sign_in  # noqa: F401

pytestmark = pytest.mark.browser

HALF_WRITTEN = "A passphrase is easier to remember because it is a picture in my head, like"


def chosen(page) -> dict[str, str]:
    """Each answered question's chosen choice code."""
    return page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('form.quiz input[type=radio]:checked')]"
        ".map(r => [r.name, r.value]))"
    )


def test_quiz_answers_chosen_before_a_reload_are_still_chosen(page, site, classroom):  # noqa: F811
    from curriculum.models import QuizAttempt

    sign_in(page, site, classroom["sam"])
    quiz = reverse("curriculum:learn_step", args=[classroom["link"].pk, "quiz"])
    page.goto(quiz)
    page.locator("input[name=q0]").nth(1).check()
    page.locator("input[name=q1]").nth(2).check()
    before = chosen(page)
    assert len(before) == 2

    page.reload()
    page.locator("form.quiz").wait_for()
    assert chosen(page) == before

    # The next day, in the same browser: a new page, the same answers.
    page.close()
    tomorrow = page.context.new_page()
    tomorrow.goto(quiz)
    tomorrow.locator("form.quiz").wait_for()
    assert chosen(tomorrow) == before

    # The rest answered, the try is sent once, with the answers kept.
    questions = tomorrow.locator("form.quiz fieldset").count()
    for q in range(2, questions):
        tomorrow.locator(f"input[name=q{q}]").first.check()
    tomorrow.get_by_role("button", name="Check my answers").click()
    tomorrow.locator("#result").wait_for()
    assert QuizAttempt.objects.count() == 1


def test_a_half_written_reflection_survives_a_reload_of_its_tab_only(page, site, classroom):  # noqa: F811
    sign_in(page, site, classroom["sam"])
    reflection = reverse("curriculum:learn_step", args=[classroom["link"].pk, "reflection"])
    page.goto(reflection)
    page.get_by_label("Your reflection").fill(HALF_WRITTEN)

    page.reload()
    assert page.get_by_label("Your reflection").input_value() == HALF_WRITTEN

    next_person = page.context.new_page()
    next_person.goto(reflection)
    assert next_person.get_by_label("Your reflection").input_value() == ""
