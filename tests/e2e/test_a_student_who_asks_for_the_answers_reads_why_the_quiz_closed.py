"""A student takes a quiz once in `make demo`'s lesson, misses the pass mark, and asks to see the
right answers rather than try again. The result then says why no try is left: they asked for
the answers. Before, it read "Try 1 of 3" and, two lines below, "You have used all your tries",
which a student who had used one try of three could not make sense of. A student who really
uses every try still reads that they have."""

from __future__ import annotations

import pytest

from tests.e2e.test_every_role_on_a_phone import LESSON, teacher_places_the_lesson

pytestmark = pytest.mark.browser


def first_choice_in_every_question(student, check: str) -> None:
    questions = student.locator("form.quiz fieldset")
    for i in range(questions.count()):
        questions.nth(i).locator("input[type=radio]").first.check()
    student.get_by_role("button", name=check).click()
    student.locator("#result").wait_for()


def quiz_of_the_placed_lesson(phones, launch: str, quiz: str):
    teacher_places_the_lesson(phones())
    student = phones()
    student.goto("/lti/demo/")
    student.get_by_role("link", name=launch).click()
    student.get_by_role("link", name=quiz, exact=True).click()
    return student


def test_a_student_who_asks_for_the_answers_after_one_try_reads_that_they_asked(phones):
    student = quiz_of_the_placed_lesson(phones, f"Launch as student: {LESSON}", "Quiz")
    first_choice_in_every_question(student, "Check my answers")
    student.get_by_role("button", name="Show me the right answers (no more tries)").click()
    student.get_by_role("heading", name="Review: the right answers").wait_for()

    result = student.locator("#result").inner_text()
    assert "Try 1 of 3." in result
    assert "You asked to see the right answers, so the quiz is closed." in result
    assert "You have used all your tries." not in result


def test_a_spanish_speaking_student_reads_it_in_spanish(phones):
    launch = f"Launch as a Spanish-speaking student (the LMS in Spanish): {LESSON}"
    student = quiz_of_the_placed_lesson(phones, launch, "Cuestionario")
    first_choice_in_every_question(student, "Comprobar mis respuestas")
    student.get_by_role("button", name="Muéstrame las respuestas correctas").click()
    student.get_by_role("heading", name="Repaso: las respuestas correctas").wait_for()

    result = student.locator("#result").inner_text()
    assert "Pediste ver las respuestas correctas, así que el cuestionario está cerrado." in result
    assert "Ya usaste todos tus intentos." not in result


def test_a_student_who_uses_every_try_still_reads_that_they_have(phones):
    student = quiz_of_the_placed_lesson(phones, f"Launch as student: {LESSON}", "Quiz")
    for _ in range(3):
        first_choice_in_every_question(student, "Check my answers")
        again = student.get_by_role("link", name="Try the quiz again")
        if again.count():
            again.click()

    result = student.locator("#result").inner_text()
    assert "Try 3 of 3." in result
    assert "You have used all your tries." in result
    assert "You asked to see the right answers" not in result
