"""A Spanish-speaking student opens the quiz of `make demo`'s lesson on a phone. Spanish writes a
space before the percent sign ("70 %"); on a 390 px screen that space broke the pass mark in
two, "70" ending one line and "%" starting the next, under "Para aprobar necesitas un". Each
percentage now holds its sign with a no-break space, before the quiz and in its result."""

from __future__ import annotations

import re

import pytest

from tests.e2e.test_every_role_on_a_phone import LESSON, teacher_places_the_lesson

pytestmark = pytest.mark.browser

NBSP = "\u00a0"
SPLITTABLE = re.compile(r"\d[ \n]%")  # a number and its sign that a line may break between


def test_the_pass_mark_and_the_result_keep_their_percent_sign_on_the_same_line(phones):
    teacher_places_the_lesson(phones())
    student = phones()
    student.goto("/lti/demo/")
    launch = f"Launch as a Spanish-speaking student (the LMS in Spanish): {LESSON}"
    student.get_by_role("link", name=launch).click()
    student.get_by_role("link", name="Cuestionario", exact=True).click()

    before = student.locator("main").inner_text()
    assert f"Para aprobar necesitas un 70{NBSP}%." in before
    assert not SPLITTABLE.search(before), SPLITTABLE.search(before)

    questions = student.locator("form.quiz fieldset")
    for i in range(questions.count()):
        questions.nth(i).locator("input[type=radio]").first.check()
    student.get_by_role("button", name="Comprobar mis respuestas").click()
    result = student.locator("#result").inner_text()
    assert re.search(rf"correctas \(\d+{NBSP}%\)", result), result
    assert not SPLITTABLE.search(result), SPLITTABLE.search(result)
