"""A teacher opens the class dashboard from the LMS on a phone. Its tables keep their words
whole and scroll sideways in their own box, instead of squeezing every column to a letter's
width ("C / o / m / p / l / e / t / e / d", found by hand in the demo at 390 px). Its charts'
numbers and day labels are big enough to read, and a chart scrolls sideways in its own box
rather than shrinking (the 640-unit-wide chart was squeezed to the screen, and its 11 px
labels, "23 Nov" and "0", came out 6 px high)."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import PHONE, scroll_width

pytestmark = pytest.mark.browser

LESSON = "Passphrase Power"

SMALLEST_LABEL = """
() => Math.min(...[...document.querySelectorAll('.chart__svg text')]
  .map((t) => t.getBoundingClientRect().height).filter((h) => h > 0))
"""
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
def teacher_at_the_dashboard(phone, demo):
    """A teacher on a phone who placed a lesson from the LMS and opened the dashboard."""
    teacher = phone(demo.url)
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
    teacher.get_by_label(re.compile(LESSON)).check()
    teacher.get_by_role("button", name="Add to course").click()
    teacher.get_by_role("link", name="Launch as teacher: course dashboard").click()
    teacher.get_by_role("heading", name=re.compile("class progress")).wait_for()
    return teacher


def test_the_dashboards_column_headings_stay_whole_on_a_phone(teacher_at_the_dashboard):
    teacher = teacher_at_the_dashboard
    headings = teacher.evaluate(HEADING_LINES)
    assert {"Lesson", "Completed", "Student", "Status"} <= {text for text, _ in headings}
    broken = [text for text, lines in headings if lines > 1]
    assert broken == [], f"column headings broken across lines at 390 px: {broken}"
    # Wider tables scroll in their own box: the page itself still fits the phone.
    assert scroll_width(teacher) <= PHONE["width"]


def test_the_dashboards_chart_labels_can_be_read_on_a_phone(teacher_at_the_dashboard):
    teacher = teacher_at_the_dashboard
    smallest = teacher.evaluate(SMALLEST_LABEL)
    assert smallest >= 10, f"the chart's smallest label is {smallest:.1f} px high at 390 px"
    assert scroll_width(teacher) <= PHONE["width"]  # the chart scrolls in its box, not the page
    box = teacher.locator(".chart__scroll").first
    assert box.evaluate("(el) => getComputedStyle(el).overflowX") == "auto"
    assert box.get_attribute("tabindex") == "0"  # a keyboard can scroll it too


def test_a_flag_to_follow_up_keeps_the_dashboard_on_the_screen(
    teacher_at_the_dashboard, phone, demo
):
    # A student's post the scan flags at a level teachers follow up (an insult).
    student = phone(demo.url)
    student.goto("/lti/demo/")
    student.get_by_role("link", name=f"Launch as student: {LESSON}").click()
    student.get_by_role("link", name="Discussion").first.click()
    student.get_by_label("Your post").fill("haha you are such a loser at password games")
    student.get_by_role("button", name="Post to the class").click()
    student.get_by_text("Your post is shared with your class.").wait_for()

    teacher = teacher_at_the_dashboard
    teacher.reload()
    teacher.get_by_role("heading", name="Flagged posts in this course").wait_for()
    # Each follow-up button names its flag in words only screen readers hear: found in the
    # demo, those words sat outside the table's scrolling box and made the page 561 px wide.
    assert teacher.get_by_role("button", name=re.compile("I'll follow this up")).count() == 1
    assert scroll_width(teacher) <= PHONE["width"]
