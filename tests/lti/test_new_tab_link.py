"""The one-time "Open Upstander in a new tab" link signs in only the browser whose course page
asked for it.

With Canvas's platform storage a launch is verified inside a frame that keeps no cookie, and
ends with a link that signs its person in on a new tab. The link alone used to do that: a
student who pasted it into the class chat within two minutes signed a classmate in as
themselves (whatever the classmate then wrote was theirs), or gave their account away. Now the
new tab must also post a proof that lives only in the frame's page, which the new tab asks its
opener for (the browser part is tests/e2e/test_lti_journeys.py, journey 3), with Django's CSRF
token.
"""

from __future__ import annotations

import re
from importlib import import_module
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from lti.models import LtiIdentity
from tests.lti.driver import TARGET, script_value
from tests.lti.platform import CANVAS, CANVAS_ISSUER, LEARNER, TestPlatform
from tests.lti.test_cookies_blocked import BlockingClient, initiate_login

OWN_PAGE = {"HTTP_ORIGIN": "https://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}
# The new tab's own form, posted as a browser posts it (Django's CSRF check reads the Origin).
FROM_THE_TAB = {"secure": True, "HTTP_ORIGIN": "https://testserver"}


@pytest.fixture
def canvas(tool_key, client):
    platform = TestPlatform(behaviour=CANVAS)
    platform.issuer = CANVAS_ISSUER
    platform.register()
    platform.tool_jwks = client.get(platform.tool_jwks_path).json()
    yield platform
    platform.stop()


def launch_in_a_frame_without_cookies(canvas, lesson, user: str = "sam"):
    """Canvas's frame in a browser that blocks the tool's cookies: the login's secret goes
    through the platform's storage, and the verified launch offers a new tab."""
    frame = BlockingClient()
    page = initiate_login(canvas, frame, user, "link-1")
    secret = script_value(page, "lti-secret")  # what the page puts into Canvas's storage
    query = {
        k: v[0] for k, v in parse_qs(urlsplit(script_value(page, "lti-auth-url")).query).items()
    }
    pending, refusal = canvas.spend_hint(query["lti_message_hint"], query["login_hint"])
    assert pending is not None, refusal
    claims = canvas.resource_link_claims(
        query["nonce"], TARGET, sub=f"lms-user-{user}", roles=[LEARNER], lesson_id=lesson.pk
    )
    form = {"id_token": canvas.sign(claims), "state": query["state"]}
    asks = frame.post("/lti/launch/", form, secure=True)
    assert b"lti.get_data" in asks.content  # the launch page reads the secret back...
    # ...and posts it with the id_token, from the tool's own page in the frame.
    offered = frame.post(
        "/lti/launch/", {**form, "lti_storage_secret": secret}, secure=True, **OWN_PAGE
    )
    assert offered.status_code == 200, offered.content[:500]
    link = re.search(r'href="(/lti/continue/[^"]+)"', offered.content.decode()).group(1)
    has_proof = 'id="lti-continue-proof"' in offered.content.decode()
    return link, script_value(offered, "lti-continue-proof") if has_proof else ""


def signed_in(client) -> str | None:
    """Whose LMS identity the browser's session (the iframe pages' own cookie) belongs to."""
    cookie = client.cookies.get(settings.LTI_SESSION_COOKIE_NAME)
    if cookie is None or not cookie.value:
        return None
    user_id = import_module(settings.SESSION_ENGINE).SessionStore(cookie.value).get("_auth_user_id")
    return get_user_model().objects.get(pk=user_id).lti_identity.sub if user_id else None


def csrf_token(page) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)


def open_tab(client, link: str):
    page = client.get(link, secure=True)
    assert page.status_code == 200 and page["Cross-Origin-Opener-Policy"] == "unsafe-none"
    return page


def test_the_new_tab_the_frame_opened_signs_in_with_the_frames_proof(canvas, lessons):
    link, proof = launch_in_a_frame_without_cookies(canvas, lessons[0])
    tab = Client(enforce_csrf_checks=True)
    page = open_tab(tab, link)
    assert signed_in(tab) is None  # opening the link changes nothing
    landed = tab.post(
        link, {"csrfmiddlewaretoken": csrf_token(page), "proof": proof}, **FROM_THE_TAB
    )
    assert landed.status_code == 302 and landed["Location"].startswith("/learn/")
    assert signed_in(tab) == "lms-user-sam"
    # Once only.
    assert tab.get(link, secure=True).status_code == 400
    fresh = tab.cookies[settings.LTI_CSRF_COOKIE_NAME].value  # rotated at the sign-in
    again = tab.post(link, {"csrfmiddlewaretoken": fresh, "proof": proof}, **FROM_THE_TAB)
    assert again.status_code == 400


def test_a_classmate_sent_the_link_is_not_signed_in_as_the_sender(canvas, lessons):
    link, proof = launch_in_a_frame_without_cookies(canvas, lessons[0], "sam")
    classmate = Client(enforce_csrf_checks=True)
    page = open_tab(classmate, link)
    assert signed_in(classmate) is None
    # What the classmate's tab can post: the link, a CSRF token, but not the frame's proof.
    refused = classmate.post(
        link, {"csrfmiddlewaretoken": csrf_token(page), "proof": "guessed"}, **FROM_THE_TAB
    )
    assert refused.status_code == 403 and b"continue_not_bound" in refused.content
    assert signed_in(classmate) is None
    # A wrong proof spends the link: it cannot be tried again, not even with the right one.
    retried = classmate.post(
        link, {"csrfmiddlewaretoken": csrf_token(page), "proof": proof}, **FROM_THE_TAB
    )
    assert retried.status_code == 400 and signed_in(classmate) is None
    assert LtiIdentity.objects.get().sub == "lms-user-sam"


def test_a_sender_cannot_post_their_link_and_proof_from_another_site(canvas, lessons):
    """Login CSRF: the sender knows the link and (from the frame's page) its proof, and makes a
    classmate's browser post both from a page of their own."""
    link, proof = launch_in_a_frame_without_cookies(canvas, lessons[0], "sam")
    classmate = Client(enforce_csrf_checks=True)
    forged = classmate.post(link, {"proof": proof}, secure=True, HTTP_ORIGIN="https://evil.example")
    assert forged.status_code == 403
    assert signed_in(classmate) is None


def test_a_login_secret_posted_from_another_site_does_not_verify_a_launch(canvas, lessons):
    """Login CSRF one step earlier: the sender reads their own login's storage secret in its
    page, takes the platform's id_token for it, and has a classmate's browser post all three
    from a page of their own: the tool's "open in a new tab" page would open for the sender in
    the classmate's browser."""
    frame = BlockingClient()
    page = initiate_login(canvas, frame, "sam", "link-1")
    secret = script_value(page, "lti-secret")
    query = {
        k: v[0] for k, v in parse_qs(urlsplit(script_value(page, "lti-auth-url")).query).items()
    }
    canvas.spend_hint(query["lti_message_hint"], query["login_hint"])
    claims = canvas.resource_link_claims(
        query["nonce"], TARGET, sub="lms-user-sam", roles=[LEARNER], lesson_id=lessons[0].pk
    )
    forged = {
        "id_token": canvas.sign(claims),
        "state": query["state"],
        "lti_storage_secret": secret,
    }
    classmate = Client()
    for elsewhere in (
        {"HTTP_ORIGIN": "https://evil.example", "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {},  # a browser that says nothing is not believed
    ):
        answer = classmate.post("/lti/launch/", forged, secure=True, **elsewhere)
        assert answer.status_code == 403, answer.content[:300]
        assert b"/lti/continue/" not in answer.content
    assert not LtiIdentity.objects.exists()
    # The frame's own page still can.
    offered = frame.post("/lti/launch/", forged, secure=True, **OWN_PAGE)
    assert b"/lti/continue/" in offered.content
