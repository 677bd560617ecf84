"""The LMS administrator of `make demo` copies, with one click each, the addresses they paste
into their LMS: a new platform's own key set (JWKS) URL, login and launch addresses and
Canvas JSON URL, the LTI self-test's login and launch addresses and a new Dynamic
Registration link. Each "Copy" button names what it copies, puts exactly that address on the
clipboard and says "Copied"; at 1280 px and on a 390 px phone.

Found walking `make demo`: the addresses were plain text, to be selected by hand (on a phone,
a long press that also selects the words around a wrapped address)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in_to_admin
from tests.e2e.test_admin_pages_fit_a_phone import add_a_moodle_by_hand

pytestmark = pytest.mark.browser

LMS = "https://moodle.riverside-middle.example.org"


def copies(page, button_name: str) -> str:
    """Click the button named so, check it says "Copied", and give what the clipboard holds."""
    button = page.get_by_role("button", name=button_name, exact=True)
    button.click()
    status = button.locator("xpath=following-sibling::*[@role='status'][1]")
    expect(status).to_have_text("Copied")  # once the clipboard has taken it
    expect(status).to_be_visible()
    return page.evaluate("navigator.clipboard.readText()")


def address_of(page, button_name: str) -> str:
    button = page.get_by_role("button", name=button_name, exact=True)
    return page.locator(f"#{button.get_attribute('data-upstander-copy')}").inner_text().strip()


@pytest.fixture
def lms_administrator(person):
    admin = person()
    admin.context.grant_permissions(["clipboard-read", "clipboard-write"])
    sign_in_to_admin(admin, "admin")
    return admin


def test_the_administrator_copies_each_address_of_a_new_platform(lms_administrator):
    admin = lms_administrator
    add_a_moodle_by_hand(admin, "Riverside Moodle", LMS)
    # As the page opens. (Once the page has scrolled on a phone, Wagtail's own 20 px side-panel
    # toggle comes to sit by its collapsed outline, which axe's target-size counts: not ours.)
    assert_accessible(admin, "the platform's page with its copy buttons")

    for name, part in (
        ("Copy Public keyset (JWKS) URL of this platform", "/lti/jwks/"),
        ("Copy OIDC login (initiation) URL", "/lti/login/"),
        ("Copy Launch / redirect URL (also for deep linking)", "/lti/launch/"),
        ("Copy Canvas JSON configuration URL", "/lti/canvas"),
    ):
        copied = copies(admin, name)
        assert part in copied, (name, copied)
        assert copied == address_of(admin, name)
    # The one copied last says so; the others are quiet again.
    assert admin.get_by_role("status").filter(has_text="Copied").count() == 1


def test_the_administrator_copies_the_self_tests_addresses_and_a_registration_link(
    lms_administrator,
):
    admin = lms_administrator
    admin.goto("/admin/lti/self-test/")
    assert "/lti/login/" in copies(admin, "Copy OIDC login (initiation) URL")

    admin.get_by_label("LMS issuer").fill(LMS)
    admin.get_by_role("button", name="Create a registration link").click()
    admin.get_by_text("Paste this link into the").wait_for()
    link = copies(admin, "Copy the registration link")
    assert "/lti/register/" in link and link == address_of(admin, "Copy the registration link")
    # With the keyboard too: the button is reached by Tab and pressed with Enter.
    admin.evaluate("navigator.clipboard.writeText('')")
    button = admin.get_by_role("button", name="Copy Launch / redirect URL", exact=True)
    button.focus()
    admin.keyboard.press("Enter")
    admin.get_by_role("status").filter(has_text="Copied").wait_for()
    assert "/lti/launch/" in admin.evaluate("navigator.clipboard.readText()")
    assert_accessible(admin, "the self-test with its copy buttons")
