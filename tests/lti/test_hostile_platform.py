"""A registered platform turns hostile (or its key leaks): it signs whatever it likes, publishes
whatever key set it likes, and names whatever it likes in its claims. Each launch below is
refused with a 4xx or works as a normal launch, never a 500, never slowly, and never lets the
platform reach beyond its own course."""

from __future__ import annotations

import base64
import json
import time

import jwt
import pytest

from lti.models import Course, ResourceLink
from tests.lti.platform import CLAIM, INSTRUCTOR, LEARNER, PlatformKey

AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"


def b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def student_claims(lms, lessons):
    return lambda nonce, target: lms.platform.resource_link_claims(
        nonce, target, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
    )


def nested(depth: int):
    value: object = "bottom"
    for _ in range(depth):
        value = [value]
    return value


# --- key sets --------------------------------------------------------------------------------
def test_a_key_set_of_thousands_of_decoys_still_finds_the_real_key_promptly(lms, lessons):
    decoy = lms.platform.keys[0].public_jwk()
    lms.platform.jwks_extra_keys = [{**decoy, "kid": f"decoy-{i}"} for i in range(3000)]
    lms.platform.published_keys = []  # the real key comes last, after the decoys
    lms.platform.jwks_extra_keys.append(decoy)
    started = time.monotonic()
    assert lms.student_launch(lessons[0]).status_code == 302
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "jwk",
    [
        # A modulus past what OpenSSL will verify with (16,384 bits).
        {"kty": "RSA", "n": b64((1 << 20000) - 1), "e": "AQAB"},
        # A 2,048-bit modulus with an exponent as large (a slow verification, if accepted).
        {"kty": "RSA", "n": b64((1 << 2048) - 159), "e": b64((1 << 2047) + 1)},
        # Not an RSA key at all, under the kid the token names.
        {"kty": "oct", "k": b64(12345)},
        {"kty": "RSA", "n": "!!!", "e": "AQAB"},
    ],
    ids=["huge-modulus", "huge-exponent", "symmetric", "garbage"],
)
def test_a_huge_or_odd_key_under_the_tokens_kid_is_refused_quickly(lms, lessons, jwk):
    lms.platform.published_keys = []
    lms.platform.jwks_extra_keys = [{**jwk, "kid": lms.platform.keys[0].kid, "alg": "RS256"}]
    started = time.monotonic()
    response = lms.student_launch(lessons[0])
    assert response.status_code in (400, 403, 502), response.status_code
    assert time.monotonic() - started < 5
    assert not Course.objects.exists()


def test_a_key_the_token_carries_in_its_own_header_is_never_trusted(lms, lessons):
    """`jwk`, `jku` and `x5u` headers name a key the attacker holds: only the platform's key
    set counts, and the addresses they name are never fetched."""
    attacker = PlatformKey.generate(lms.platform.keys[0].kid)  # the platform's kid, its own key
    headers = {
        "jwk": attacker.public_jwk(),
        "jku": lms.platform.base + "/attacker-jwks",
        "x5u": lms.platform.base + "/attacker-cert.pem",
    }
    response = lms.launch(
        student_claims(lms, lessons),
        sign=lambda claims: jwt.encode(
            claims, attacker.private, algorithm="RS256", headers={"kid": attacker.kid, **headers}
        ),
    )
    assert response.status_code == 403
    assert b"signature is not valid" in response.content
    assert not Course.objects.exists()
    fetched = {seen.path for seen in lms.platform.requests_seen}
    assert not fetched & {"/attacker-jwks", "/attacker-cert.pem"}


@pytest.mark.parametrize(
    "headers",
    [
        {"crit": ["urn:example:must-understand"], "urn:example:must-understand": True},
        {"crit": ["b64"], "b64": False},
        {"crit": "exp"},
    ],
    ids=["unknown-extension", "unencoded-payload", "not-a-list"],
)
def test_a_token_whose_critical_header_names_what_no_verifier_here_understands_is_refused(
    lms, lessons, headers
):
    """`crit` says "refuse me unless you understand these" (RFC 7515): signed with the
    platform's real key, such a token is still refused, never read as if it were plain."""
    response = lms.launch(
        student_claims(lms, lessons), sign=lambda c: lms.platform.sign(c, headers=headers)
    )
    # 403 (the signature check refuses it) or, for an unencoded payload, 400 (not a token).
    assert response.status_code in (400, 403)
    assert b"Upstander could not open" in response.content
    assert not Course.objects.exists()


# --- claims ------------------------------------------------------------------------------------
def test_custom_and_ext_claims_nested_hundreds_deep_are_refused_or_ignored_never_a_500(
    lms, lessons
):
    def deep(claims):
        claims[CLAIM + "custom"] = {"upstander_lesson": str(lessons[0].pk), "x": nested(900)}
        claims[CLAIM + "ext"] = {"deep": nested(900)}

    response = lms.launch(student_claims(lms, lessons), mutate=deep)
    assert response.status_code in (302, 400), response.status_code


def test_a_picker_launch_whose_data_is_nested_hundreds_deep_is_not_a_500(lms, lessons):
    def deep(claims):
        claims[DL_SETTINGS]["data"] = nested(900)

    response = lms.launch(
        lambda nonce, target: lms.platform.deep_linking_claims(
            nonce, target, sub="teacher-1", roles=[INSTRUCTOR]
        ),
        mutate=deep,
    )
    assert response.status_code in (302, 400), response.status_code


def test_custom_and_ext_claims_filling_the_token_keep_nothing_of_themselves(lms, lessons):
    def padded(claims):
        claims[CLAIM + "custom"] = {
            "upstander_lesson": str(lessons[0].pk),
            **{f"p{i}": "x" * 400 for i in range(35)},
        }
        claims[CLAIM + "ext"] = {f"e{i}": "y" * 400 for i in range(35)}

    response = lms.launch(student_claims(lms, lessons), mutate=padded)
    assert response.status_code == 302
    link = ResourceLink.objects.get()
    kept = json.dumps(
        [list(Course.objects.values()), list(ResourceLink.objects.values())], default=str
    )
    assert "xxxxxxxx" not in kept and "yyyyyyyy" not in kept
    assert link.lesson_link.lesson_id == lessons[0].pk


# --- service URLs a platform names ---------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://127.0.0.1:22/",
        "http://[::1]/lineitems",
        "http://metadata.google.internal/computeMetadata/v1/",
        "file:///etc/passwd",
        "gopher://127.0.0.1:6379/_FLUSHALL",
    ],
)
def test_service_urls_pointing_into_our_network_are_not_kept(lms, lessons, url):
    def inward(claims):
        claims[AGS]["lineitem"] = url
        claims[AGS]["lineitems"] = url
        claims[NRPS]["context_memberships_url"] = url

    assert lms.launch(student_claims(lms, lessons), mutate=inward).status_code == 302
    course = Course.objects.get()
    assert course.memberships_url == "" and course.lineitems_url == ""
    assert ResourceLink.objects.get().line_item_url == ""


def test_a_service_url_on_the_platforms_host_but_another_port_is_not_kept(lms, lessons):
    """Same host, another port (a database, the metadata proxy): another origin."""

    def other_port(claims):
        claims[AGS]["lineitem"] = "http://127.0.0.1:6379/courses/c1/lineitems/1"

    assert lms.launch(student_claims(lms, lessons), mutate=other_port).status_code == 302
    assert ResourceLink.objects.get().line_item_url == ""
