"""A launch answers the login it was started for, and only from the LMS that login named.

A student opened a lesson from the school's LMS. Before the school's answer arrived, another
LMS that Upstander also knows (a registration of its own) posted an id_token of its own with
the login's state and nonce, signing the browser in as its own person. The nonce, used once
across platforms, stopped a second answer; the first one to arrive was still taken, whoever
signed it. Now each login records the LMS it was started for, and a launch signed by another
is refused, whichever way the login was proven (the state cookie, or Canvas's platform storage
when the frame keeps no cookie). The school's own answer still goes through afterwards. An
answer to a login whose record has expired is bound to no LMS, and refused too.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

from lti.state_cache import state_cache
from lti.storage import _login_key
from tests.lti.driver import TARGET, script_value
from tests.lti.platform import LEARNER
from tests.lti.test_cookies_blocked import BlockingClient, initiate_login
from tests.lti.test_new_tab_link import OWN_PAGE, canvas  # noqa: F401 (a fixture)
from tests.lti.test_nonce_replay_across_platforms import second_lms


def refused_as_another_platforms(response, caplog) -> bool:
    return (
        response.status_code == 403
        and b"login_for_another_platform" in response.content
        and any(
            "LTI launch rejected: login_for_another_platform" in r.getMessage()
            for r in caplog.records
        )
    )


def test_another_lms_cannot_answer_the_schools_login(lms, lessons, started, caplog):
    caplog.set_level(logging.WARNING, logger="lti.security")
    other = second_lms(started, lms.client)
    login = lms.login()  # started for the school's LMS
    intruder = other.resource_link_claims(
        login.nonce, TARGET, sub="intruder", roles=[LEARNER], lesson_id=lessons[0].pk
    )
    assert refused_as_another_platforms(lms.post_launch(other.sign(intruder), login.state), caplog)

    # The refusal spent nothing: the school's own answer signs the student in.
    student = lms.platform.resource_link_claims(
        login.nonce, TARGET, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
    )
    assert lms.post_launch(lms.platform.sign(student), login.state).status_code == 302


def test_another_lms_cannot_answer_a_login_proven_through_platform_storage(
    canvas,  # noqa: F811 (the fixture imported above)
    lessons,
    started,
    client,
    caplog,
):
    caplog.set_level(logging.WARNING, logger="lti.security")
    other = second_lms(started, client)
    frame = BlockingClient()  # Canvas's frame in a browser that blocks the tool's cookies
    page = initiate_login(canvas, frame, "sam", "link-1")
    secret = script_value(page, "lti-secret")
    query = {
        k: v[0] for k, v in parse_qs(urlsplit(script_value(page, "lti-auth-url")).query).items()
    }
    intruder = other.resource_link_claims(
        query["nonce"], TARGET, sub="intruder", roles=[LEARNER], lesson_id=lessons[0].pk
    )
    form = {"id_token": other.sign(intruder), "state": query["state"]}
    refused = frame.post(
        "/lti/launch/", {**form, "lti_storage_secret": secret}, secure=True, **OWN_PAGE
    )
    assert refused_as_another_platforms(refused, caplog)
    assert b"/lti/continue/" not in refused.content


def test_an_answer_after_the_login_record_expired_is_refused(lms, lessons, caplog):
    """pylti1p3 keeps a login's state and nonce for a day, our record of whose login it was
    for LOGIN_RECORD_LIFETIME: an answer that comes after it is bound to no LMS, so refused."""
    caplog.set_level(logging.WARNING, logger="lti.security")
    login = lms.login()
    state_cache().delete(_login_key(login.state))  # ten minutes later
    claims = lms.platform.resource_link_claims(
        login.nonce, TARGET, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
    )
    response = lms.post_launch(lms.platform.sign(claims), login.state)
    assert response.status_code == 403 and b"login_expired" in response.content
    assert any("LTI launch rejected: login_expired" in r.getMessage() for r in caplog.records)
