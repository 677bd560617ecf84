"""Claims no honest platform sends get a clear 400, never a 500; display text is cleaned.

Found by an outside review (issue 10): a NUL byte in an LTI claim (sub, context id, ...) was a
500 on PostgreSQL, which refuses to store one. Ids are refused, never repaired (a changed id
would name somebody else); names and titles only lose their control characters.
Run this file on PostgreSQL too (DATABASE_URL=postgres://...).
"""

from __future__ import annotations

import logging

import pytest
from django.contrib.auth import get_user_model

from lti.models import Course, LtiIdentity, ResourceLink
from tests.lti.platform import CLAIM, LEARNER

CONTEXT = CLAIM + "context"
LINK = CLAIM + "resource_link"
CUSTOM = CLAIM + "custom"


def student(lms, lessons):
    return lambda nonce, target: lms.platform.resource_link_claims(
        nonce, target, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
    )


def put(key, value):
    return lambda claims: claims.__setitem__(key, value)


def put_in(part, key, value):
    return lambda claims: claims[part].__setitem__(key, value)


SPOILED = {
    "nul-in-sub": put("sub", "student\x00-1"),
    "control-character-in-sub": put("sub", "student\x1b-1"),
    "sub-longer-than-255": put("sub", "s" * 256),
    "sub-an-object": put("sub", {"id": "student-1"}),
    "nul-in-deployment-id": put(CLAIM + "deployment_id", "deployment\x00-1"),
    "nul-in-context-id": put_in(CONTEXT, "id", "course\x00-1"),
    "nul-in-resource-link-id": put_in(LINK, "id", "rl\x00-1"),
    "nul-in-a-custom-parameter": lambda c: c[CUSTOM].__setitem__("upstander_lesson", "1\x00"),
    "nul-in-the-issuer": put("iss", "https://lms.example\x00"),
    "nul-in-the-audience": put("aud", ["school-client\x00"]),
    "context-not-an-object": put(CONTEXT, "Grade 7 Citizenship"),
    "custom-not-an-object": put(CUSTOM, ["upstander_lesson=1"]),
}


@pytest.mark.parametrize("spoil", SPOILED)
def test_a_bad_id_in_a_launch_is_refused_with_400_not_500(lms, lessons, caplog, spoil):
    caplog.set_level(logging.WARNING, logger="lti.security")
    response = lms.launch(student(lms, lessons), mutate=SPOILED[spoil])
    assert response.status_code == 400, response.content[:300]
    assert "Upstander could not open" in response.content.decode()
    assert any("LTI launch rejected: malformed_claim" in r.getMessage() for r in caplog.records)
    assert not get_user_model().objects.exists()


def test_control_characters_are_stripped_from_names_and_titles(lms, lessons):
    def messy(claims):
        claims["name"] = "Ana\x00 Lopez\x07"
        claims[CONTEXT]["title"] = "Grade\x00 7\nCitizenship"
        claims[LINK]["title"] = "Lesson\x1b link\t1"

    response = lms.launch(student(lms, lessons), mutate=messy)
    assert response.status_code == 302
    assert LtiIdentity.objects.get().name == "Ana Lopez"
    assert Course.objects.get().title == "Grade 7 Citizenship"
    assert ResourceLink.objects.get().title == "Lesson link 1"
