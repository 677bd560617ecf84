"""What a safeguarding lead and the administrator of `make demo` read in the admin, found walking
the demo at 1280 and 390 px:

* the heading of an add or edit form (Moderation settings, an LMS platform) had its icon half
  cut off at the left edge of a phone, and a field's heading ended in "…" where it did not fit
  ("Minutes before a critical flag is e…");
* links among words (a safeguarding notice on the dashboard, "all their flags" on a case, a
  keyword library's "Next page") were told from the words by colour alone (axe's
  link-in-text-block, WCAG 1.4.1);
* the sidebar's "Moderation (6 new)" read "Moderation (6 …", the count cut off;
* the dashboard's "Safeguarding notices" heading stood 48 px left of its notices (4 px from a
  phone's edge);
* the pager of a keyword library said "Page 1 of 4" and "Next page" in English to a lead who
  had chosen Spanish.
"""

from __future__ import annotations

import re

import pytest

from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import PHONE, sign_in_to_admin
from tests.e2e.test_every_role_on_a_phone import teacher_places_the_lesson
from tests.e2e.test_false_alarm_from_teacher_to_lead_on_a_phone import student_posts

pytestmark = pytest.mark.browser

# Each field heading of the form: its words fit its box (no "…") and the box fits the screen.
CUT_HEADINGS = """
() => [...document.querySelectorAll('main .w-panel__heading')]
  .filter((h) => h.getClientRects().length)
  .filter((h) => h.scrollWidth > h.clientWidth + 1
                 || h.getBoundingClientRect().right > window.innerWidth + 1)
  .map((h) => h.textContent.trim())
"""


def heading_icon_box(page) -> dict:
    return page.locator("main #header-title .icon").first.bounding_box()


def test_a_leads_settings_and_a_new_platform_show_whole_headings_on_a_phone(phone, demo):
    from moderation.models import ModerationSettings

    lead = phone(demo.url)
    sign_in_to_admin(lead, "safeguarding")
    settings_page = f"/admin/settings/moderation/moderationsettings/{ModerationSettings.load().pk}/"
    for path in (settings_page, "/admin/lti_platforms/new/"):
        lead.goto(path)
        lead.locator("main #header-title").wait_for()
        icon = heading_icon_box(lead)
        assert icon["x"] >= 0 and icon["x"] + icon["width"] <= PHONE["width"], (path, icon)
        assert lead.evaluate(CUT_HEADINGS) == [], path

    lead.goto(settings_page)
    lead.get_by_text("Minutes before a critical flag is escalated").first.wait_for()
    assert lead.get_by_text("Minutes before a critical flag is escalated").first.is_visible()


def test_the_heading_icon_stays_beside_the_words_on_a_desktop(person):
    admin = person()
    sign_in_to_admin(admin, "admin")
    admin.goto("/admin/lti_platforms/new/")
    icon = heading_icon_box(admin)
    words = admin.locator("main #header-title span").first.bounding_box()
    assert icon["x"] >= 0
    assert icon["x"] + icon["width"] <= words["x"], (icon, words)  # before the words
    assert abs((icon["y"] + icon["height"] / 2) - (words["y"] + words["height"] / 2)) <= 8


def test_a_lead_tells_each_link_from_the_words_around_it(person):
    from moderation.models import Flag, KeywordLibrary

    teacher_places_the_lesson(person())
    student_posts(person(), "Honestly you are such a loser")
    flag = Flag.objects.get()

    lead = person()
    sign_in_to_admin(lead, "safeguarding")
    notice = lead.get_by_role("link", name=re.compile(rf"case {flag.pk}$"))
    notice.wait_for()
    assert_accessible(lead, "the dashboard's safeguarding notices")
    # Their heading lines up with them (it stood 48 px to their left; 4 px from a phone's edge).
    heading = lead.get_by_role("heading", name=re.compile("Safeguarding notices")).bounding_box()
    assert abs(heading["x"] - notice.bounding_box()["x"]) <= 2, (heading, notice.bounding_box())

    lead.goto(f"/admin/moderation/flags/{flag.pk}/")
    lead.get_by_role("link", name="all their flags").wait_for()
    assert_accessible(lead, "a case naming its student")

    library = KeywordLibrary.objects.order_by("pk").first()
    lead.goto(f"/admin/moderation/libraries/{library.pk}/")
    lead.get_by_role("link", name="Next page").wait_for()
    assert_accessible(lead, "a keyword library's first page")


def test_a_spanish_speaking_lead_pages_through_a_library_in_spanish(person):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from moderation.models import KeywordLibrary

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="safeguarding"))
    profile.preferred_language = "es"
    profile.save()
    library = KeywordLibrary.objects.order_by("pk").first()

    lead = person()
    sign_in_to_admin(lead, "safeguarding")
    lead.goto(f"/admin/moderation/libraries/{library.pk}/")
    pager = lead.locator("nav.pager")
    assert re.search(r"Página 1 de \d+", pager.inner_text()), pager.inner_text()
    lead.get_by_role("link", name="Página siguiente").click()
    assert re.search(r"Página 2 de \d+", lead.locator("nav.pager").inner_text())
    assert lead.get_by_role("link", name="Página anterior").is_visible()


def test_the_leads_menu_says_how_many_flags_are_new_in_full(browser, demo):
    from moderation.flags.services import moderate_post
    from tests.e2e.conftest import DESKTOP, _new_page

    moderate_post("you are such a loser", author=None, course=None, kind="discussion")
    contexts: list = []
    lead = _new_page(browser, contexts, base_url=demo.url, viewport=DESKTOP)
    try:
        sign_in_to_admin(lead, "safeguarding")
        label = lead.locator(".sidebar-main-menu .menuitem-label", has_text="Moderation (")
        assert label.inner_text() == "Moderation (1 new)"
        # All of it on screen: it read "Moderation (1 …" in the sidebar's 200 px.
        assert label.evaluate("(el) => el.scrollWidth <= el.clientWidth + 1"), label.inner_text()
    finally:
        for context in contexts:
            context.close()
