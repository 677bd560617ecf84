"""A token that names one claim twice is refused before anything reads it.

JSON lets an object repeat a name, and parsers disagree on which one counts: Python's (PyJWT's
and pylti1p3's) keeps the last, others keep the first or refuse. A hostile platform signing
`{"sub": "student-1", ..., "sub": "teacher-9"}` or a context with two ids is betting that two
readers of one launch (the tool, a log pipeline, a proxy, a later library) see two different
people or courses. RFC 7519 lets a verifier refuse such a token, and no LMS sends one, so the
tool does: a 400 naming it, nothing kept, the same at any depth and in the header too."""

from __future__ import annotations

import json
import logging

import jwt
import pytest
from django.contrib.auth import get_user_model

from lti.claims import names_a_member_twice
from tests.lti.platform import LEARNER


def signed_with_a_repeat(lms, claims: dict, repeat: str, header: dict | None = None) -> str:
    """`claims` as JSON with `repeat` ('"name": value') written in again right after `{`."""
    body = json.dumps(claims)
    body = "{" + repeat + ", " + body[1:]
    return jwt.api_jws.encode(
        body.encode(),
        lms.platform.keys[0].private,
        algorithm="RS256",
        headers={"kid": lms.platform.keys[0].kid, **(header or {})},
    )


REPEATS = {
    "the person": '"sub": "teacher-9"',
    "the course": None,  # the context's id, inside its object
}


@pytest.mark.parametrize("what", REPEATS)
def test_a_launch_naming_a_claim_twice_is_refused(lms, lessons, caplog, what):
    caplog.set_level(logging.WARNING, logger="lti.security")
    login = lms.login()
    claims = lms.platform.resource_link_claims(
        login.nonce, "https://testserver/lti/launch/", sub="student-1", roles=[LEARNER]
    )
    if what == "the course":
        body = json.dumps(claims).replace(
            '{"id": "course-1"', '{"id": "course-2", "id": "course-1"'
        )
        assert '"id": "course-2", "id": "course-1"' in body
        token = jwt.api_jws.encode(
            body.encode(), lms.platform.keys[0].private, "RS256", {"kid": "platform-key-1"}
        )
    else:
        token = signed_with_a_repeat(lms, claims, REPEATS[what])

    response = lms.post_launch(token, login.state)

    assert response.status_code == 400, response.content[:300]
    assert "names the same claim twice" in response.content.decode()
    assert any("LTI launch rejected: duplicate_claim" in r.getMessage() for r in caplog.records)
    assert not get_user_model().objects.exists()


def test_the_same_launch_without_the_repeat_opens(lms, lessons):
    login = lms.login()
    claims = lms.platform.resource_link_claims(
        login.nonce,
        "https://testserver/lti/launch/",
        sub="student-1",
        roles=[LEARNER],
        lesson_id=lessons[0].pk,
    )
    assert lms.post_launch(lms.platform.sign(claims), login.state).status_code == 302


@pytest.mark.parametrize(
    ("token", "twice"),
    [
        ("eyJhbGciOiJSUzI1NiIsImFsZyI6Im5vbmUifQ.e30.c2ln", True),  # {"alg":"RS256","alg":"none"}
        ("eyJhbGciOiJSUzI1NiJ9.eyJhIjp7ImIiOjEsImIiOjJ9fQ.c2ln", True),  # {"a":{"b":1,"b":2}}
        ("eyJhbGciOiJSUzI1NiJ9.eyJhIjp7ImIiOjF9LCJjIjpbeyJiIjoyfV19.c2ln", False),
        ("not-a-token", False),  # malformed: left to the library, which refuses it as such
        ("eyJhbGciOiJSUzI1NiJ9.!!!.c2ln", False),
    ],
)
def test_which_tokens_name_a_member_twice(token, twice):
    assert names_a_member_twice(token) is twice
