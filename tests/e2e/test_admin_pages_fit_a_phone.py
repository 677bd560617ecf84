"""The admin pages a safeguarding lead and a content editor use, on a 390 px phone, from what
`make demo` makes: nothing runs past the screen's edge unless it lies in a box that scrolls
sideways. Found in the demo, all cut off at the edge because Wagtail's page hides what
overflows: the dashboard's "Safeguarding notices (0 unread)" heading, the LTI self-test's
cookies table, a keyword library's search box (378 px in a 336 px column), the import page's
CSV header, and the last columns of Wagtail's own listings (trusted adults, routing rules, LMS
platforms)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser

# What passes the right edge of the screen and is in no box that scrolls sideways: cut off.
CUT_OFF = """
() => {
  const out = [];
  for (const el of document.querySelectorAll('main *')) {
    const box = el.getBoundingClientRect();
    if (!box.width || box.right <= window.innerWidth + 1) continue;
    if (el.closest('.visually-hidden, [hidden]')) continue;
    let scrolls = false;
    for (let up = el.parentElement; up && !scrolls; up = up.parentElement) {
      scrolls = ['auto', 'scroll'].includes(getComputedStyle(up).overflowX);
    }
    if (!scrolls) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${box.right} px`);
  }
  return out;
}
"""


def assert_nothing_cut_off(page, what: str) -> None:
    assert scroll_width(page) <= PHONE["width"], f"{what} scrolls the page sideways"
    assert page.evaluate(CUT_OFF) == [], f"{what} is cut off at 390 px"


def test_a_leads_admin_pages_fit_a_phone(phone, demo):
    lead = phone(demo.url)
    sign_in_to_admin(lead, "safeguarding")
    for path, what in (
        ("/admin/", "the dashboard with its safeguarding notices"),
        ("/admin/lti/self-test/", "the LTI self-test"),
        ("/admin/moderation/trusted-adults/", "the trusted adults"),
        ("/admin/moderation/routing-rules/", "the routing rules"),
        ("/admin/lti_platforms/", "the LMS platforms"),
    ):
        lead.goto(path)
        lead.locator("main").wait_for()
        assert_nothing_cut_off(lead, what)


def test_a_content_editors_library_pages_fit_a_phone(phone, demo):
    from moderation.models import KeywordLibrary

    editor = phone(demo.url)
    sign_in_to_admin(editor, "editor")
    library = KeywordLibrary.objects.order_by("pk").first()
    for path, what in (
        (f"/admin/moderation/libraries/{library.pk}/", "a library's entries"),
        ("/admin/moderation/libraries/import/", "the import page"),
    ):
        editor.goto(path)
        editor.locator("main").wait_for()
        assert_nothing_cut_off(editor, what)
