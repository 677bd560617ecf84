"""A teacher opens the class dashboard from the LMS on a phone: the chart's numbers and day
labels are big enough to read, and the chart scrolls sideways in its own box rather than
shrinking. Found by hand in the demo at 390 px: the 640-unit-wide chart was squeezed to the
screen, and its 11 px labels ("23 Nov", "0") came out 6 px high."""

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


@pytest.fixture
def teacher_on_a_phone(phone, demo):
    return phone(demo.url)


def test_the_dashboards_chart_labels_can_be_read_on_a_phone(teacher_on_a_phone):
    teacher = teacher_on_a_phone
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
    teacher.get_by_label(re.compile(LESSON)).check()
    teacher.get_by_role("button", name="Add to course").click()
    teacher.get_by_role("link", name="Launch as teacher: course dashboard").click()
    teacher.get_by_role("heading", name=re.compile("class progress")).wait_for()

    smallest = teacher.evaluate(SMALLEST_LABEL)
    assert smallest >= 10, f"the chart's smallest label is {smallest:.1f} px high at 390 px"
    assert scroll_width(teacher) <= PHONE["width"]  # the chart scrolls in its box, not the page
    box = teacher.locator(".chart__scroll").first
    assert box.evaluate("(el) => getComputedStyle(el).overflowX") == "auto"
    assert box.get_attribute("tabindex") == "0"  # a keyboard can scroll it too
