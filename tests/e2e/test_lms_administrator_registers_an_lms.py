"""The LMS administrator's journey in the browser, as the README's first steps give it: the
demo's `admin` opens the LTI self-test, makes a registration link for the school's Moodle and
pastes it there; Moodle registers itself and can launch. A second registration that claims the
same issuer waits until the administrator approves it on the self-test page. Every page on the
way passes axe (WCAG 2.2 AA) at 1280 and 390 px, with nothing scrolling sideways on a phone.

The school's Moodle is the in-process test LMS (tests/lti/platform.py) on this machine, named
in LTI_OUTBOUND_ALLOWED_HOSTS as a development LMS would be (docs/moodle.md).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

import pytest

from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import sign_in_to_admin
from tests.lti.platform import TestPlatform

pytestmark = pytest.mark.browser


@pytest.fixture
def moodle(demo, settings):
    lms = TestPlatform()
    settings.LTI_OUTBOUND_ALLOWED_HOSTS = [
        *settings.LTI_OUTBOUND_ALLOWED_HOSTS,
        urlsplit(lms.base).netloc,
    ]
    yield lms
    lms.stop()


def new_registration_link(admin, issuer: str) -> str:
    admin.goto("/admin/lti/self-test/")
    admin.get_by_label("LMS issuer").fill(issuer)
    admin.get_by_role("button", name="Create a registration link").click()
    admin.get_by_text("Paste this link into the").wait_for()
    return admin.locator("code", has_text="/lti/register/").inner_text().strip()


def paste_into_moodle(window, link: str, lms: TestPlatform) -> None:
    """What Moodle does with a pasted link: open it with its configuration's address."""
    query = {
        "openid_configuration": lms.base + "/.well-known/openid-configuration",
        "registration_token": "reg-token",
    }
    window.goto(f"{link}?{urlencode(query)}")


def test_the_lms_administrator_registers_moodle_and_approves_a_second_registration(person, moodle):
    from lti.models import Platform

    admin = person()
    sign_in_to_admin(admin, "admin")
    admin.goto("/admin/lti/self-test/")
    assert_accessible(admin, "the LTI self-test page")

    link = new_registration_link(admin, moodle.issuer)
    assert "/lti/register/" in link
    assert_accessible(admin, "the self-test page showing a new registration link")

    window = person()  # Moodle's registration window: no Upstander session in it
    paste_into_moodle(window, link, moodle)
    window.get_by_role("heading", name="Upstander is registered").wait_for()
    assert "can now launch Upstander" in window.locator("main, body").first.inner_text()
    assert_accessible(window, "the registration's closing page")
    first = Platform.objects.get(issuer=moodle.issuer, client_id="dynamic-client")
    assert first.is_active and not first.awaiting_approval

    admin.goto("/admin/lti_platforms/")
    admin.get_by_text(first.name).first.wait_for()
    assert_accessible(admin, "the LMS platforms list")
    admin.goto("/admin/lti/self-test/")
    checks = admin.locator("section", has=admin.get_by_role("heading", name=first.name))
    assert "Platform JWKS reachable: yes" in checks.inner_text()

    # Someone registers the same issuer again: it waits for the administrator's word.
    moodle.registration_client_id = "dynamic-client-2"
    second_link = new_registration_link(admin, moodle.issuer)
    paste_into_moodle(window, second_link, moodle)
    window.get_by_role("heading", name=re.compile("awaiting approval")).wait_for()
    assert_accessible(window, "the registration page awaiting approval")
    second = Platform.objects.get(client_id="dynamic-client-2")
    assert not second.is_active and second.awaiting_approval

    admin.goto("/admin/lti/self-test/")
    assert_accessible(admin, "the self-test page with a registration awaiting approval")
    admin.get_by_role("button", name=f"Approve {second.name}").click()
    admin.get_by_text("is approved and can launch Upstander").wait_for()
    second.refresh_from_db()
    assert second.is_active
    assert_accessible(admin, "the self-test page after the approval")


def test_the_platforms_list_shows_the_whole_register_button_on_every_screen(person):
    # Found in the demo: at 390 px "Register an LMS (Dynamic Registration)" ran past the
    # screen in Wagtail's header, which hides what overflows, so it read "Register an LMS (Dyna".
    lead = person()
    sign_in_to_admin(lead, "safeguarding")
    lead.goto("/admin/lti_platforms/")
    button = lead.get_by_role("link", name="Register an LMS")
    box = button.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= lead.viewport_size["width"], box
    button.click()
    lead.get_by_role("heading", name=re.compile("registration link", re.I)).first.wait_for()
