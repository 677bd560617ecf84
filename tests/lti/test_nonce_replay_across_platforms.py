"""A nonce answers one login, once, whichever LMS signs the answer.

A hostile LMS that Upstander also knows (another registration, under an issuer of its own)
answered a login a second time: the student's browser had just launched from the school's
LMS, and a second id_token, from the other LMS, carried the same nonce and state. The tool
kept "this nonce is used" per issuer, so the second answer was taken as a new launch and the
browser was signed in again as the other LMS's person. Now a nonce, once used, is refused
from every platform. (An answer to a login started for another LMS is refused before its nonce
is even looked at: tests/lti/test_login_bound_to_platform.py. Here the other LMS has a login of
its own in the same browser, and answers it with the school's spent nonce.)
"""

from __future__ import annotations

import logging

from tests.lti.driver import TARGET, Lms
from tests.lti.platform import LEARNER, TestPlatform


def second_lms(started, client) -> TestPlatform:
    other = TestPlatform(client_id="other-lms-client")
    started.append(other)
    other.register()
    other.tool_jwks = client.get(other.tool_jwks_path, secure=True).json()
    return other


def test_a_nonce_the_school_used_is_refused_when_another_lms_answers_with_it(
    lms, lessons, started, caplog
):
    other = second_lms(started, lms.client)
    assert other.issuer != lms.platform.issuer
    login = lms.login()
    school_claims = lms.platform.resource_link_claims(
        login.nonce, TARGET, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
    )
    assert lms.post_launch(lms.platform.sign(school_claims), login.state).status_code == 302

    caplog.set_level(logging.WARNING, logger="lti.security")
    own_login = Lms(other, lms.client).login()
    other_claims = other.resource_link_claims(
        login.nonce, TARGET, sub="intruder", roles=[LEARNER], lesson_id=lessons[0].pk
    )
    response = lms.post_launch(other.sign(other_claims), own_login.state)
    assert response.status_code == 403
    assert "already been used" in response.content.decode()
    assert any("LTI launch rejected: replayed_nonce" in r.getMessage() for r in caplog.records)


def test_each_lms_still_launches_with_a_login_of_its_own(lms, lessons, started):
    other = Lms(second_lms(started, lms.client), lms.client)
    assert lms.student_launch(lessons[0]).status_code == 302
    assert other.student_launch(lessons[0]).status_code == 302
