"""A student sends a concern on a shared computer, then someone presses Back: the form comes back
empty. Before, Chromium put the student's words back in the box (anyone at the computer could
read them) with a fresh submission value, so "Send" again made a second concern for the adult
with a second claim code."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE_OPTIONS, _new_page

pytestmark = pytest.mark.browser

WORRY = "Someone keeps sending me mean messages at night and I feel scared."


@pytest.fixture
def shared_computer(browser, demo):
    contexts = []
    yield _new_page(browser, contexts, base_url=demo.url, **PHONE_OPTIONS)
    for context in contexts:
        context.close()


def test_back_after_sending_a_concern_shows_an_empty_form_and_sends_nothing_twice(
    shared_computer,
):
    from moderation.models import Concern

    page = shared_computer
    page.goto("/concern/")
    page.get_by_label("Ms Rivera (Designated safeguarding lead)").check()
    page.get_by_label("Myself").check()
    page.get_by_label("What is it about?").select_option("bullying")
    page.get_by_label("What is happening?").fill(WORRY)
    page.get_by_role("button", name="Send to the adult I chose").click()
    page.get_by_role("heading", name="Thank you for telling us").wait_for()

    page.go_back()
    page.get_by_label("What is happening?").wait_for()
    assert page.get_by_label("What is happening?").input_value() == ""
    page.get_by_role("button", name="Send to the adult I chose").click()
    page.get_by_text("Choose the adult you would like to tell.").first.wait_for()
    assert Concern.objects.count() == 1
