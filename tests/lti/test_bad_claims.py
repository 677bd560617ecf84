"""Claims no honest platform sends get a clear 400, never a 500; display text is cleaned.

Found by an outside review (issue 10): a NUL byte in an LTI claim (sub, context id, ...) was a
500 on PostgreSQL, which refuses to store one. Ids are refused, never repaired (a changed id
would name somebody else); names and titles only lose their control characters.
Run this file on PostgreSQL too (DATABASE_URL=postgres://...).
"""

from __future__ import annotations

import base64
import json
import logging

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from django.contrib.auth import get_user_model

from lti.models import Course, LtiIdentity, ResourceLink
from tests.lti.platform import CLAIM, INSTRUCTOR, LEARNER

CONTEXT = CLAIM + "context"
LINK = CLAIM + "resource_link"
CUSTOM = CLAIM + "custom"
AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"


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


def kept_after_launch(lms, lessons, name: str, course_title: str, link_title: str):
    """Launch with these display texts: the name, course title and link title as kept."""

    def typed(claims):
        claims["name"] = name
        claims[CONTEXT]["title"] = course_title
        claims[LINK]["title"] = link_title

    assert lms.launch(student(lms, lessons), mutate=typed).status_code == 302
    return (
        LtiIdentity.objects.get().name,
        Course.objects.get().title,
        ResourceLink.objects.get().title,
    )


def test_control_characters_are_stripped_from_names_and_titles(lms, lessons):
    kept = kept_after_launch(
        lms, lessons, "Ana\x00 Lopez\x07", "Grade\x00 7\nCitizenship", "Lesson\x1b link\t1"
    )
    assert kept == ("Ana Lopez", "Grade 7 Citizenship", "Lesson link 1")


def test_a_name_cannot_turn_the_words_after_it_around_on_a_teachers_page(lms, lessons):
    """Moodle lets a student edit their own name. A right-to-left override ('\u202e') or an
    isolate left open in it reverses everything after it on the same line of the teacher's
    dashboard or a lead's case ('Sam <RLO>tneduts' reads as 'Sam students'; a note beside it
    reads backwards), and zero-width characters make two names that look alike differ. Those
    invisible formatting characters are dropped from names and titles; the joiners an emoji
    or a Persian or Hindi name is written with are kept."""
    kept = kept_after_launch(
        lms,
        lessons,
        "Sam \u202etneduts\u200b \u2067Lee\ufeff",
        "Grade 7\u202a Citizenship\u2060",
        "Lesson \u2066link\u2069 \U0001f469\u200d\U0001f4bb",
    )
    assert kept == (
        "Sam tneduts Lee",
        "Grade 7 Citizenship",
        "Lesson link \U0001f469\u200d\U0001f4bb",
    )


# Signed claims that are odd rather than wrong: the launch goes on without what cannot be used.
# Each was a 500 (two of them on PostgreSQL only).
@pytest.mark.parametrize("lesson", ["²", "9" * 5000, " 1", {"id": 1}])
def test_a_custom_lesson_id_that_is_not_a_plain_number_names_no_lesson(lms, lessons, lesson):
    # Any teacher can type a custom parameter in the LMS's activity settings.
    response = lms.launch(student(lms, lessons), mutate=put_in(CUSTOM, "upstander_lesson", lesson))
    assert response.status_code == 404
    assert "This link has no lesson yet" in response.content.decode()


def test_a_launch_without_a_course_and_with_a_255_character_link_id_is_one_course(lms, lessons):
    def no_context(claims):
        del claims[CONTEXT]
        claims[LINK]["id"] = "r" * 255

    assert lms.launch(student(lms, lessons), mutate=no_context).status_code == 302
    assert lms.launch(student(lms, lessons), mutate=no_context).status_code == 302
    course = Course.objects.get()
    assert len(course.context_id) <= 255
    assert ResourceLink.objects.get().resource_link_id == "r" * 255


def test_service_urls_too_long_to_keep_leave_the_launch_without_those_services(lms, lessons):
    base = lms.platform.base

    def long_urls(claims):
        claims[AGS]["lineitem"] = f"{base}/courses/c1/lineitems/{'a' * 600}"
        claims[AGS]["lineitems"] = f"{base}/courses/c1/lineitems?{'b' * 600}"
        claims[NRPS]["context_memberships_url"] = f"{base}/courses/c1/memberships?{'c' * 600}"

    assert lms.launch(student(lms, lessons), mutate=long_urls).status_code == 302
    course = Course.objects.get()
    assert (course.memberships_url, course.lineitems_url) == ("", "")
    assert ResourceLink.objects.get().line_item_url == ""


def signed_as_is(lms, header, body) -> str:
    """A token signed with the platform's key whatever its header and body are (PyJWT will
    only sign objects)."""

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(body).encode())}"
    key = lms.platform.keys[0].private
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{b64(signature)}"


KID = {"alg": "RS256", "kid": "platform-key-1"}


@pytest.mark.parametrize(
    "shape", ["header-a-string", "header-a-list", "body-a-list", "body-a-string"]
)
def test_a_token_whose_header_or_body_is_not_an_object_is_refused_with_400(lms, lessons, shape):
    # Anyone who starts a login can post such a token: no signature is needed to reach this.
    def sign(claims):
        header = {"header-a-string": "RS256", "header-a-list": [KID]}.get(shape, KID)
        body = {"body-a-list": [claims], "body-a-string": "claims"}.get(shape, claims)
        return signed_as_is(lms, header, body)

    response = lms.launch(student(lms, lessons), sign=sign)
    assert response.status_code == 400, response.content[:300]
    assert "Upstander could not open" in response.content.decode()


@pytest.mark.parametrize("nonce", [5, True, ["a-nonce"], {"nonce": "a-nonce"}])
def test_a_nonce_that_is_not_a_string_is_refused(lms, lessons, caplog, nonce):
    caplog.set_level(logging.WARNING, logger="lti.security")
    response = lms.launch(student(lms, lessons), mutate=put("nonce", nonce))
    assert response.status_code == 403, response.content[:300]
    assert any("LTI launch rejected: unknown_nonce" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("scope", [5, True, 1.5, {"score": True}])
def test_ags_scopes_of_the_wrong_shape_grant_nothing_and_the_lesson_opens(lms, lessons, scope):
    response = lms.launch(student(lms, lessons), mutate=put_in(AGS, "scope", scope))
    assert response.status_code == 302, response.content[:300]


@pytest.mark.parametrize("accept_types", [5, "ltiResourceLink", {"ltiResourceLink": 1}])
def test_a_picker_launch_whose_accept_types_is_not_a_list_is_refused(lms, accept_types):
    response = lms.launch(
        lambda nonce, target: lms.platform.deep_linking_claims(
            nonce, target, sub="teacher-1", roles=[INSTRUCTOR]
        ),
        mutate=put_in(DL_SETTINGS, "accept_types", accept_types),
    )
    assert response.status_code == 400, response.content[:300]
    assert "does not accept LTI links" in response.content.decode()
