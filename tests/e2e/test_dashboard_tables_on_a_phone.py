"""A teacher opens the class dashboard from the LMS on a phone: its tables keep their words
whole and scroll sideways in their own box, instead of squeezing every column to a letter's
width ("C / o / m / p / l / e / t / e / d", found by hand in the demo at 390 px)."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import PHONE, scroll_width

pytestmark = pytest.mark.browser

LESSON = "Passphrase Power"

# How many lines each one-word column heading of the dashboard's tables takes up.
HEADING_LINES = """
() => [...document.querySelectorAll("table.data thead th")]
  .filter((th) => /^\\w+$/.test(th.textContent.trim()))
  .map((th) => {
    const range = document.createRange();
    range.selectNodeContents(th);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    return [th.textContent.trim(), tops.size];
  })
"""


@pytest.fixture
def teacher_on_a_phone(phone, demo):
    return phone(demo.url)


def test_the_dashboards_column_headings_stay_whole_on_a_phone(teacher_on_a_phone):
    teacher = teacher_on_a_phone
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
    teacher.get_by_label(re.compile(LESSON)).check()
    teacher.get_by_role("button", name="Add to course").click()
    teacher.get_by_role("link", name="Launch as teacher: course dashboard").click()
    teacher.get_by_role("heading", name=re.compile("class progress")).wait_for()

    headings = teacher.evaluate(HEADING_LINES)
    assert {"Lesson", "Completed", "Student", "Status"} <= {text for text, _ in headings}
    broken = [text for text, lines in headings if lines > 1]
    assert broken == [], f"column headings broken across lines at 390 px: {broken}"
    # Wider tables scroll in their own box: the page itself still fits the phone.
    assert scroll_width(teacher) <= PHONE["width"]
