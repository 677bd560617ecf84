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


def add_a_moodle_by_hand(admin, name: str, lms: str) -> None:
    """The administrator adds a Moodle on the LMS platforms page and saves it: its own page,
    with the addresses to paste into it, opens."""
    admin.goto("/admin/lti_platforms/new/")
    admin.fill("#id_name", name)
    admin.fill("#id_issuer", lms)
    admin.fill("#id_client_id", "Xq7pLm2Rt9KvB3nW")
    admin.fill("#id_auth_login_url", lms + "/mod/lti/auth.php")
    admin.fill("#id_auth_token_url", lms + "/mod/lti/token.php")
    admin.fill("#id_key_set_url", lms + "/mod/lti/certs.php")
    admin.locator("button.button-longrunning[type=submit]").first.click()
    admin.wait_for_url("**/admin/lti_platforms/edit/*/")


# Each address an LMS administrator pastes, whole on the screen: its right edge, and the end of
# its text, within the 390 px screen.
ADDRESSES_CUT = """
(selector) => [...document.querySelectorAll(selector)]
  .filter((code) => code.getBoundingClientRect().right > window.innerWidth + 1
                    || code.scrollWidth > code.clientWidth + 1)
  .map((code) => `${code.textContent}: ${Math.round(code.getBoundingClientRect().right)} px`)
"""


def test_an_lms_administrator_reads_a_new_platforms_addresses_whole_on_a_phone(phone, demo):
    """Found walking `make demo` at 390 px: a platform added by hand showed its own JWKS URL
    (552 px) and Canvas JSON URL (601 px) cut off at the screen's edge, the part that differs
    from platform to platform out of sight; and the panel said "Addresses to paste into this
    LMS" twice, as its heading and again inside."""
    admin = phone(demo.url)
    sign_in_to_admin(admin, "admin")
    add_a_moodle_by_hand(
        admin, "Springfield Moodle", "https://moodle.springfield-elementary.example.org"
    )

    jwks = admin.locator("main dd code").first
    jwks.scroll_into_view_if_needed()
    assert "/lti/jwks/" in jwks.inner_text()
    assert admin.evaluate(ADDRESSES_CUT, "main dd code") == []
    assert admin.get_by_text("Addresses to paste into this LMS", exact=True).count() == 1


def test_the_move_to_keys_of_its_own_shows_the_new_addresses_whole_on_a_phone(phone, demo):
    from tests.lti.records import platform_by_hand

    older = platform_by_hand(
        "https://moodle.oldschool.example.org",
        name="Moodle of last year",
        client_id="old-client-123",
        configured_before=True,
    )
    admin = phone(demo.url)
    sign_in_to_admin(admin, "admin")
    admin.goto(f"/admin/lti_platforms/edit/{older.pk}/")
    admin.get_by_role("link", name="Give this platform keys of its own").click()
    admin.get_by_role("button", name="Give it keys of its own").click()
    admin.get_by_text("has keys of its own").wait_for()
    assert admin.evaluate(ADDRESSES_CUT, "main dd code") == []
    assert_nothing_cut_off(admin, "the platform's new addresses")
