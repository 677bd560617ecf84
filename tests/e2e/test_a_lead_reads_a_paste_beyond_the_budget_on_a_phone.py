"""A student pastes the same insult over and over (a wall of text to annoy a classmate). The
safeguarding lead of `make demo`, on a 390 px phone, opens the case: before the first listed
words, a note says how many more matches were counted and not read, in the lead's language, and
nothing makes the page scroll sideways. The lead knows the paste was not read to its end rather
than taking the sixteen listed words for all of it."""

from __future__ import annotations

import pytest

from moderation.scanning.budget import READ_PER_KIND
from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser

PASTES = 40  # far more of one kind than any real post holds


@pytest.fixture
def lead_on_a_phone(phone, demo):
    return phone(demo.url)


def pasted_wall_of_insults():
    from moderation.flags.services import moderate_post
    from moderation.models import Flag

    moderate_post("you are such a loser " * PASTES, author=None, course=None, kind="discussion")
    return Flag.objects.get()


def test_the_lead_reads_that_a_paste_was_counted_not_read(lead_on_a_phone):
    flag = pasted_wall_of_insults()
    lead = lead_on_a_phone
    sign_in_to_admin(lead, "safeguarding")

    lead.goto(f"/admin/moderation/flags/{flag.pk}/")
    note = lead.get_by_text("Not all the matches in this post were read")
    first_word = lead.locator("#match-1")
    # Read before the sixteen listed words, not found after scrolling past them all.
    assert note.bounding_box()["y"] < first_word.bounding_box()["y"]
    unread = PASTES - READ_PER_KIND
    lead.get_by_text(f"{unread} more matches of bullying and trolling (low) not read").wait_for()
    assert scroll_width(lead) <= PHONE["width"]


def test_a_spanish_speaking_lead_reads_the_same_note_in_spanish(lead_on_a_phone):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="safeguarding"))
    profile.preferred_language = "es"
    profile.save()
    flag = pasted_wall_of_insults()
    lead = lead_on_a_phone
    sign_in_to_admin(lead, "safeguarding")

    lead.goto(f"/admin/moderation/flags/{flag.pk}/")
    lead.get_by_text("No se leyeron todas las coincidencias de esta publicación").wait_for()
    lead.get_by_text(f"{PASTES - READ_PER_KIND} coincidencias más de").wait_for()
    assert "not read" not in lead.locator("main").inner_text()
    assert scroll_width(lead) <= PHONE["width"]
