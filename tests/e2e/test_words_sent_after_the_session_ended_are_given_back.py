"""A student writes a reflection for twenty minutes inside the LMS frame; meanwhile their
session ends (the LMS kept the page open overnight, the school's browser cleared cookies).
"Save" then cannot save, and the page that says so gives their words back to copy, so that
opening the lesson again from the course costs them nothing. Before, the page said "You are
not signed in to this lesson" and the words were gone."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse

from tests.e2e.axe import assert_accessible
from tests.e2e.test_student_completes_a_lesson import classroom, sign_in  # noqa: F401

pytestmark = pytest.mark.browser

WORDS = "When my friend said no to the photo I felt a bit sad, but then I was glad she told me."


def test_words_sent_after_the_session_ended_are_given_back_to_copy(page, site, classroom):  # noqa: F811
    from curriculum.models import Reflection

    sign_in(page, site, classroom["sam"])
    page.goto(reverse("curriculum:learn_step", args=[classroom["link"].pk, "reflection"]))
    page.get_by_label("Your reflection").fill(WORDS)

    kept = [c for c in page.context.cookies() if c["name"] != settings.LTI_SESSION_COOKIE_NAME]
    page.context.clear_cookies()
    page.context.add_cookies(kept)
    page.get_by_role("button", name="Save my reflection").click()

    page.get_by_text("You are not signed in to this lesson").wait_for()
    assert page.get_by_label("What you wrote").input_value() == WORDS
    assert not Reflection.objects.exists()
    assert_accessible(page, "the page that gives back words sent after the session ended")
