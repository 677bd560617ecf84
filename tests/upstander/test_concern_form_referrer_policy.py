"""A student sends the concern form from a real browser: the page's Referrer-Policy decides the
`Origin` the browser puts on the POST, and Django's CSRF check reads that Origin.

Under `no-referrer` a browser sends `Origin: null` on every form POST (the Fetch standard's
"serialize a request origin"), which Django refuses: every concern was a 403. Under
`same-origin` our own pages get our own Origin, and other sites still get no referrer.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from moderation.models import Concern, TrustedAdult

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


def origin_a_browser_sends(referrer_policy: str, page_origin: str) -> str:
    """What Chromium and Firefox send as `Origin` on a same-origin form POST from the page."""
    return "null" if referrer_policy == "no-referrer" else page_origin


@pytest.fixture
def ms_rivera():
    lead = get_user_model().objects.create_user("rivera")
    return TrustedAdult.objects.create(user=lead, display_name="Ms Rivera")


def post_like_a_browser(browser: Client, path: str, form_page: str, data: dict):
    page = browser.get(form_page)
    policy = page.headers["Referrer-Policy"]
    token = browser.cookies[settings.LTI_CSRF_COOKIE_NAME].value
    return browser.post(
        path,
        {**data, "csrfmiddlewaretoken": token},
        headers={"Origin": origin_a_browser_sends(policy, SITE), "Referer": SITE + form_page},
    )


def test_the_concern_pages_send_no_referrer_to_other_sites():
    browser = Client()
    for path in ("/concern/", "/concern/claim/"):
        assert browser.get(path).headers["Referrer-Policy"] == "same-origin"


def test_an_anonymous_concern_sent_from_the_browser_passes_the_csrf_check(ms_rivera):
    browser = Client(enforce_csrf_checks=True)
    response = post_like_a_browser(
        browser,
        "/concern/",
        "/concern/",
        {
            "trusted_adult": ms_rivera.pk,
            "about": Concern.About.MYSELF,
            "category": "other",
            "text": "Someone keeps messaging me at night and it scares me.",
        },
    )
    assert response.status_code == 303  # to the thank-you page, which a reload cannot resend
    assert b"Your claim code" in browser.get(response["Location"]).content
    assert Concern.objects.count() == 1


def test_a_claim_code_sent_from_the_browser_passes_the_csrf_check():
    browser = Client(enforce_csrf_checks=True)
    response = post_like_a_browser(
        browser, "/concern/claim/", "/concern/claim/", {"code": "AAAA-BBBB-CCCC-DDDD"}
    )
    # The wrong code is answered by the claim page itself (a 403 of its own), not by Django's
    # "CSRF verification failed".
    assert b"did not open a conversation" in response.content
    assert b"CSRF" not in response.content
