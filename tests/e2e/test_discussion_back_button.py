"""A student posts in the class discussion, presses Back, and finds their words still in the box
(a draft is never cleared on Back). Pressing "Post" again shows their one post: before, the form
came back with a fresh token and the same words became a second post, scanned again."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.e2e.test_student_completes_a_lesson import classroom, sign_in  # noqa: F401

pytestmark = pytest.mark.browser

IDEA = "Friends ask because they trust each other, but I would say no kindly."


def test_posting_again_after_back_shows_the_one_post(page, site, classroom):  # noqa: F811
    from curriculum.models import DiscussionPost

    sign_in(page, site, classroom["sam"])
    page.goto(reverse("curriculum:learn_step", args=[classroom["link"].pk, "discussion"]))
    page.locator("#post-text").fill(IDEA)
    page.locator(".post-form button").click()
    page.locator("article.post").first.wait_for()

    page.go_back()
    page.locator("#post-text").wait_for()
    assert page.locator("#post-text").input_value() == IDEA
    page.locator(".post-form button").click()
    page.locator("article.post").first.wait_for()

    assert page.locator("article.post").count() == 1
    assert DiscussionPost.objects.count() == 1
