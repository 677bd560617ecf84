"""Inside an LMS frame whose cookies the browser blocks: the tool finds out before the LMS's
one-time message hint is spent, and the new tab starts a login the LMS still accepts.

Two Django test clients stand for one browser: `frame` is the tool inside the LMS page, where
the browser refuses (drops) every cookie; `tab` is the tool in a tab of its own, where its
cookies are first-party. The test platform hands out hints that work once, as Moodle and
Canvas do.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from lti.models import Course, LtiIdentity, Platform, PlatformDeployment
from tests.lti.driver import (
    IN_FRAME,
    IN_OWN_TAB,
    TARGET,
    auth_url_of,
    login_of,
    new_tab_link,
    script_value,
)
from tests.lti.platform import CANVAS, CANVAS_ISSUER, LEARNER, MOODLE, TestPlatform


class BlockingClient(Client):
    """A browser that keeps no cookie for the tool inside the LMS's frame."""

    def request(self, **request):
        response = super().request(**request)
        self.cookies.clear()
        return response


@pytest.fixture
def browser():
    return {"frame": BlockingClient(), "tab": Client()}


@pytest.fixture
def started(tool_key):
    platforms: list[TestPlatform] = []
    yield platforms
    for platform in platforms:
        platform.stop()


def lms(started, client, behaviour, **kwargs) -> TestPlatform:
    platform = TestPlatform(behaviour=behaviour, **kwargs)
    started.append(platform)
    if behaviour is CANVAS:
        platform.issuer = CANVAS_ISSUER
    platform.register()
    platform.tool_jwks = client.get(platform.tool_jwks_path).json()
    return platform


def initiate_login(platform, client, user, kind, *, where=IN_FRAME):
    """The LMS's auto-posted login initiation form, as the browser sends it."""
    params = platform.login_params(
        TARGET, login_hint=user, lti_message_hint=platform.issue_hint(user, kind)
    )
    if platform.behaviour.platform_storage:
        params["lti_storage_target"] = "post_message_forwarding"
    return client.post("/lti/login/", params, secure=True, **where)


def authorize(platform, client, auth_url, lesson, *, login_hint=None):
    """The platform's authorization endpoint: spends the hint, then the signed launch."""
    query = {k: v[0] for k, v in parse_qs(urlsplit(auth_url).query).items()}
    pending, refusal = platform.spend_hint(
        query["lti_message_hint"], login_hint or query["login_hint"]
    )
    if pending is None:
        return refusal
    claims = platform.resource_link_claims(
        query["nonce"], TARGET, sub=f"lms-user-{pending.user}", roles=[LEARNER], lesson_id=lesson.pk
    )
    return client.post(
        "/lti/launch/", {"id_token": platform.sign(claims), "state": query["state"]}, secure=True
    )


def test_in_the_frame_the_cookies_are_checked_before_the_platform_sees_the_hint(
    client, started, browser
):
    moodle = lms(started, client, MOODLE)
    page = initiate_login(moodle, browser["frame"], "sam", "link-1")
    assert page.status_code == 200 and "Location" not in page
    assert len(moodle.pending) == 1 and moodle.spent_hints == []  # nothing sent to Moodle yet
    state = parse_qs(urlsplit(script_value(page, "lti-auth-url")).query)["state"][0]
    # The browser that kept the cookie hears "yes"; this one kept none.
    check = script_value(page, "lti-check-url")
    assert browser["frame"].get(check, secure=True).json() == {"cookies": False}
    browser["tab"].cookies[f"lti1p3-{state}"] = state
    assert browser["tab"].get(check, secure=True).json() == {"cookies": True}
    assert b"Open Upstander in a new tab" in page.content


def test_with_javascript_off_the_frame_offers_the_new_tab_before_anything_is_spent(
    client, started, browser
):
    moodle = lms(started, client, MOODLE)
    page = initiate_login(moodle, browser["frame"], "sam", "link-1")
    noscript = page.content.decode().split("<noscript>")[1].split("</noscript>")[0]
    assert new_tab_link(page).replace("&", "&amp;") in noscript
    assert script_value(page, "lti-auth-url").replace("&", "&amp;") in noscript
    assert moodle.spent_hints == []


def test_with_moodle_the_new_tab_starts_a_login_with_the_unspent_hint(
    client, started, browser, lessons
):
    moodle = lms(started, client, MOODLE)
    page = initiate_login(moodle, browser["frame"], "sam", "link-1")
    new_tab = new_tab_link(page)
    assert new_tab.startswith("/lti/login/?")

    opened = browser["tab"].get(new_tab, secure=True, **IN_OWN_TAB)
    assert opened.status_code == 302
    assert opened["Location"].startswith(moodle.auth_login_url + "?")
    landed = authorize(moodle, browser["tab"], opened["Location"], lessons[0])
    assert landed.status_code == 302 and landed["Location"].startswith("/learn/")
    assert browser["tab"].get(landed["Location"], secure=True, follow=True).status_code == 200
    assert LtiIdentity.objects.get().sub == "lms-user-sam"

    # Moodle has now spent the hint: the same link again ends at Moodle's refusal, which is why
    # the tool never sends the hint before it knows its cookies work.
    again = browser["tab"].get(new_tab, secure=True, **IN_OWN_TAB)
    assert "launch_no_longer_valid" in authorize(
        moodle, browser["tab"], again["Location"], lessons[0]
    )


def test_with_canvas_the_new_tab_finds_the_right_key_and_records_a_copied_course(
    client, started, browser, lessons
):
    # Two Canvas developer keys under the one Canvas issuer; the course copy brings a new
    # deployment id, which this registration records on first launch.
    lms(started, client, CANVAS, client_id="district-key")
    canvas = lms(started, client, CANVAS, client_id="school-key", deployment_id="copy-2")
    Platform.objects.filter(client_id="school-key").update(accept_new_deployments=True)
    PlatformDeployment.objects.filter(deployment_id="copy-2").delete()

    page = initiate_login(canvas, browser["frame"], "sam", "link-1")
    assert script_value(page, "lti-secret")  # platform storage is offered as well
    new_tab = new_tab_link(page)
    assert parse_qs(urlsplit(new_tab).query)["client_id"] == ["school-key"]
    assert "lti_storage_target" not in new_tab  # a tab of its own has no LMS page around it

    opened = browser["tab"].get(new_tab, secure=True, **IN_OWN_TAB)
    landed = authorize(canvas, browser["tab"], opened["Location"], lessons[0])
    assert landed.status_code == 302 and landed["Location"].startswith("/learn/")
    course = Course.objects.get()
    assert course.platform.client_id == "school-key" and course.deployment_id == "copy-2"


def test_when_the_cookies_work_in_the_frame_the_lesson_opens_there(client, started, lessons):
    moodle = lms(started, client, MOODLE)
    page = initiate_login(moodle, client, "sam", "link-1")
    landed = authorize(moodle, client, auth_url_of(client, page), lessons[0])
    assert landed.status_code == 302 and landed["Location"].startswith("/learn/")


def test_a_launch_that_lost_its_cookie_after_the_check_asks_to_open_the_activity_again(
    client, started, lessons
):
    moodle = lms(started, client, MOODLE)
    login = login_of(client, initiate_login(moodle, client, "sam", "link-1"))
    client.cookies.clear()
    refused = authorize(moodle, client, login.auth_url, lessons[0])
    assert refused.status_code == 403
    assert b"open the activity again" in refused.content
    # Its hint is spent, so no link offers to start this login again.
    assert b"/lti/login/?" not in refused.content
    assert "lti_sessionid" not in refused.cookies


# --- what a student crafting the new-tab link, or a hostile platform, can do ------------------


def test_a_classmate_cannot_use_a_crafted_new_tab_link_to_sign_in_as_someone_else(
    client, started, browser, lessons
):
    moodle = lms(started, client, MOODLE)
    page = initiate_login(moodle, browser["frame"], "sam", "link-1")
    crafted = new_tab_link(page).replace("login_hint=sam", "login_hint=alex")
    opened = browser["tab"].get(crafted, secure=True, **IN_OWN_TAB)
    # The tool only forwards to Moodle, which decides who is signing in: not Alex.
    assert opened["Location"].startswith(moodle.auth_login_url + "?")
    refusal = authorize(moodle, browser["tab"], opened["Location"], lessons[0])
    assert refusal.startswith("access_denied")
    assert not LtiIdentity.objects.exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("target_link_uri", "https://evil.example/lti/launch/"),
        ("iss", "https://evil.example"),
        ("client_id", "someone-elses-key"),
    ],
)
def test_a_crafted_new_tab_link_never_redirects_anywhere_else(
    client, started, browser, field, value
):
    moodle = lms(started, client, MOODLE)
    page = initiate_login(moodle, browser["frame"], "sam", "link-1")
    params = parse_qs(urlsplit(new_tab_link(page)).query)
    params[field] = [value]
    opened = browser["tab"].get("/lti/login/", params, secure=True, **IN_OWN_TAB)
    assert opened.status_code == 400
    assert "Location" not in opened


def test_the_check_answers_only_about_the_asking_browsers_own_cookie(client, started, browser):
    moodle = lms(started, client, MOODLE)
    login = login_of(client, initiate_login(moodle, client, "sam", "link-1"))
    other_browser = Client()
    check = "/lti/login/check/"
    assert other_browser.get(check, {"state": login.state}, secure=True).json() == {
        "cookies": False
    }
    assert client.get(check, {"state": login.state + "\x00"}, secure=True).status_code == 400
    assert client.get(check, {"state": "x" * 300}, secure=True).json() == {"cookies": False}
    assert client.post(check, {"state": login.state}, secure=True).status_code == 405
