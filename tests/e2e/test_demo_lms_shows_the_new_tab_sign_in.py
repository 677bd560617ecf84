"""A tester of `make demo` sees the sign-in a browser that blocks Upstander's cookies in the LMS
frame gets: the demo LMS's course page shows the lesson in an iframe from another site (the
demo's other local name), where over plain http Upstander's cookies never arrive; the frame
offers "Open Upstander in a new tab", and the new tab opens the lesson, signed in as the
student, through the LMS as usual.

Found walking `make demo`: the demo LMS launched only full-page, so this path (lti/storage.py)
could be seen only with a real LMS."""

from __future__ import annotations

import re

import pytest

from tests.e2e.axe import assert_accessible
from tests.e2e.test_every_role_on_a_phone import LESSON, teacher_places_the_lesson

pytestmark = pytest.mark.browser


def test_the_course_frame_offers_the_new_tab_and_the_lesson_opens_there(person):
    tester = person()
    teacher_places_the_lesson(tester)

    tester.get_by_role("link", name=re.compile(rf"^{LESSON} in the course page's frame")).click()
    tester.get_by_role("heading", name="Demo class").wait_for()
    frame = tester.frame_locator("iframe[name=tool_content]")
    open_here = frame.get_by_role("link", name="Open Upstander in a new tab")
    open_here.wait_for()
    assert_accessible(tester, "the demo course page with the new-tab offer in its frame")

    with tester.context.expect_page() as opened:
        open_here.click()
    lesson = opened.value
    lesson.locator("#progress-label").wait_for()
    assert lesson.get_by_role("heading", name=LESSON).first.is_visible()
    assert tester.locator("iframe[name=tool_content]").count() == 1  # the course stays open
