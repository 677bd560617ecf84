"""A student opens "My progress" on a phone, from the lesson the teacher placed in `make demo`'s
LMS, to see how they did. Every column of their lesson's row is on the 390 px screen, each under
its name, in the student's language: before, the table sat in a box that scrolled sideways, and
on a phone its header ended at "Cuestionari" with the score and the last day worked on out of
sight, nothing saying they were there."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE, scroll_width
from tests.e2e.test_every_role_on_a_phone import LESSON, teacher_places_the_lesson

pytestmark = pytest.mark.browser

# Each cell of a row: where it is, and the column name shown before it (CSS generated text,
# which innerText leaves out).
CELLS = """(row) => Array.from(row.querySelectorAll("th, td")).map((cell) => {
  const r = cell.getBoundingClientRect();
  const label = getComputedStyle(cell, "::before").content;
  return {text: cell.innerText.trim(), label: label === "none" ? "" : label.replace(/^"|"$/g, ""),
          left: r.left, right: r.right};
})"""


def my_progress(student, launch: str, heading: str):
    student.goto("/lti/demo/")
    student.get_by_role("link", name=launch).click()
    student.locator("#progress-label").wait_for()
    student.get_by_role("link", name=heading).click()
    student.get_by_role("heading", name=heading).wait_for()
    return student.locator("main tbody tr").first


def assert_whole_row_on_screen(student, row) -> list[str]:
    """Every cell of the row within the phone's width; the column names the reader sees."""
    cells = row.evaluate(CELLS)
    for cell in cells:
        where = f"{cell['label']}{cell['text']!r} is at {cell['left']}-{cell['right']} px"
        assert 0 <= cell["left"] and cell["right"] <= PHONE["width"], where
    assert scroll_width(student) <= PHONE["width"]
    return [cell["label"] for cell in cells if cell["label"]]


def test_a_student_sees_every_column_of_their_lesson_on_a_phone(phones):
    teacher_places_the_lesson(phones())

    student = phones()
    row = my_progress(student, f"Launch as student: {LESSON}", "My progress")
    labels = assert_whole_row_on_screen(student, row)
    assert labels == ["Status: ", "Quiz: ", "Score: ", "Last worked on: "]


def test_a_spanish_speaking_student_reads_each_column_by_its_spanish_name(phones):
    teacher_places_the_lesson(phones())

    student = phones()
    launch = f"Launch as a Spanish-speaking student (the LMS in Spanish): {LESSON}"
    row = my_progress(student, launch, "Mi progreso")
    labels = assert_whole_row_on_screen(student, row)
    assert labels == ["Estado: ", "Cuestionario: ", "Puntuación: ", "Último trabajo: "]
