"""A student who tells, in the class discussion, of harm done to them sees the school's help
contacts at once, on a 390 px phone, without scrolling: from exactly what `make demo` makes.

Found walking the demo in Chromium: after posting, the page went to the student's post
(#post-N, 2,000 px down on a phone, 900 on a desktop) while the help contacts stood with the
messages at the top of the page, out of sight.
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE
from tests.e2e.test_every_role_on_a_phone import IN_VIEW, LESSON, teacher_places_the_lesson

pytestmark = pytest.mark.browser


def test_a_student_who_tells_of_harm_sees_the_help_contacts_without_scrolling(phone, demo):
    student = phone(demo.url)
    teacher_places_the_lesson(student)
    student.get_by_role("link", name=f"Launch as student: {LESSON}").click()
    student.locator("#progress-label").wait_for()
    student.goto(student.url.rsplit("/step/", 1)[0] + "/step/discussion/")

    student.get_by_label("Your post").fill("a man on the game asked me for pics")
    student.get_by_role("button", name="Post to the class").click()

    help_contacts = student.locator(".alert--support")
    help_contacts.wait_for()
    assert "trusted adult" in help_contacts.inner_text()
    assert help_contacts.evaluate(IN_VIEW), "the help contacts are out of sight"
    assert student.viewport_size == PHONE
    # Their post is held from the class, and still on the page for them.
    assert student.get_by_text("a man on the game asked me for pics").count() == 1
