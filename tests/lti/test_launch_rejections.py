"""Every launch the Security list of issue 4 names is refused with a clear 4xx page, leaves no
session and no user behind, and is logged with its reason."""

import base64
import hashlib
import hmac
import json
import logging
import time

import pytest
from cryptography.hazmat.primitives import serialization
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session

from tests.lti.driver import TARGET
from tests.lti.platform import CLAIM, INSTRUCTOR, LEARNER, PlatformKey


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unsigned(claims: dict) -> str:
    header = b64(json.dumps({"alg": "none", "kid": "platform-key-1"}).encode())
    return f"{header}.{b64(json.dumps(claims).encode())}."


def hs256_with_public_key(platform):
    public_pem = (
        platform.keys[0]
        .private.public_key()
        .public_bytes(
            encoding=serialization.Encoding.PEM,
            format=serialization.PublicFormat.SubjectPublicKeyInfo,
        )
    )

    def sign(claims):
        header = b64(json.dumps({"alg": "HS256", "kid": "platform-key-1", "typ": "JWT"}).encode())
        body = b64(json.dumps(claims).encode())
        mac = hmac.new(public_pem, f"{header}.{body}".encode(), hashlib.sha256).digest()
        return f"{header}.{body}.{b64(mac)}"

    return sign


def assert_rejected(response, code, caplog, status=None):
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    if status:
        assert response.status_code == status
    assert b"Upstander could not open" in response.content
    assert "lti_sessionid" not in response.cookies and "sessionid" not in response.cookies
    assert Session.objects.count() == 0
    assert get_user_model().objects.count() == 0
    assert any(f"LTI launch rejected: {code}" in r.getMessage() for r in caplog.records), [
        r.getMessage() for r in caplog.records
    ]


def forget_the_session(lms):
    """After a good launch: the same browser (same LTI cookies) but no session or user."""
    lms.client.cookies.pop("lti_sessionid", None)
    Session.objects.all().delete()
    get_user_model().objects.all().delete()


def student(lms, lessons):
    return lambda nonce, target: lms.platform.resource_link_claims(
        nonce, target, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
    )


def drop(key):
    return lambda claims: claims.pop(key)


def put(key, value):
    return lambda claims: claims.__setitem__(key, value)


CASES = {
    "unknown_issuer": put("iss", "https://unknown-lms.example"),
    "unknown_client_id": put("aud", "someone-elses-client"),
    "unknown_deployment": put(CLAIM + "deployment_id", "deployment-nobody-made"),
    "expired": put("exp", int(time.time()) - 3600),
    "expires_too_late": put("exp", int(time.time()) + 30 * 86400),
    "not_yet_valid": put("iat", int(time.time()) + 3600),
    "missing_exp": drop("exp"),
    "missing_iat": drop("iat"),
    "missing_nonce": drop("nonce"),
    "unknown_nonce": put("nonce", "a-nonce-this-tool-never-issued"),
    "wrong_version": put(CLAIM + "version", "1.1.0"),
    "unknown_message_type": put(CLAIM + "message_type", "LtiSomethingElse"),
    "missing_resource_link": drop(CLAIM + "resource_link"),
    "missing_sub": drop("sub"),
    "foreign_target": put(CLAIM + "target_link_uri", "https://evil.example/lti/launch/"),
}


@pytest.mark.parametrize("code", CASES)
def test_it_rejects_a_spoiled_claim(lms, lessons, caplog, code):
    caplog.set_level(logging.WARNING, logger="lti.security")
    response = lms.launch(student(lms, lessons), mutate=CASES[code])
    assert_rejected(response, code, caplog)


# A year 10000, a 2**62 or a 1e300 `exp` once asked the state store for a used-nonce marker
# it could not keep (Redis: "invalid expire time"), a 500; a string of digits passes PyJWT.
@pytest.mark.parametrize("exp", [253402300800, 2**62, 1e300, "99999999999"])
def test_a_token_dated_to_expire_in_centuries_is_refused_not_a_500(lms, lessons, caplog, exp):
    caplog.set_level(logging.WARNING, logger="lti.security")
    response = lms.launch(student(lms, lessons), mutate=put("exp", exp))
    code = "malformed_claim" if isinstance(exp, str) else "expires_too_late"
    assert_rejected(response, code, caplog)


def test_a_canvas_token_valid_for_its_hour_is_accepted(lms, lessons):
    response = lms.launch(student(lms, lessons), mutate=put("exp", int(time.time()) + 3600))
    assert response.status_code == 302


def test_it_rejects_an_audience_that_is_not_ours(lms, lessons, caplog):
    def mutate(claims):
        claims["aud"] = ["another-tool"]
        claims["azp"] = lms.platform.client_id

    assert_rejected(lms.launch(student(lms, lessons), mutate=mutate), "wrong_audience", caplog)


def test_it_rejects_several_audiences_without_a_matching_azp(lms, lessons, caplog):
    def mutate(claims):
        claims["aud"] = [lms.platform.client_id, "another-tool"]

    assert_rejected(lms.launch(student(lms, lessons), mutate=mutate), "wrong_azp", caplog)


def test_it_accepts_several_audiences_with_a_matching_azp(lms, lessons):
    def mutate(claims):
        claims["aud"] = ["another-tool", lms.platform.client_id]
        claims["azp"] = lms.platform.client_id

    assert lms.launch(student(lms, lessons), mutate=mutate).status_code == 302


def test_it_rejects_a_signature_by_a_key_the_platform_does_not_publish(lms, lessons, caplog):
    impostor = PlatformKey.generate("platform-key-1")
    response = lms.launch(student(lms, lessons), sign=lambda c: lms.platform.sign(c, key=impostor))
    assert_rejected(response, "bad_signature", caplog, status=403)


def test_it_rejects_an_unknown_kid_after_refetching_the_keys_once(lms, lessons, caplog):
    lms.launch(student(lms, lessons))  # warms the JWKS cache
    forget_the_session(lms)
    before = lms.platform.jwks_requests
    stranger = PlatformKey.generate("kid-nobody-published")
    response = lms.launch(student(lms, lessons), sign=lambda c: lms.platform.sign(c, key=stranger))
    assert_rejected(response, "unknown_key", caplog, status=403)
    assert lms.platform.jwks_requests == before + 1


def test_it_rejects_alg_none(lms, lessons, caplog):
    assert_rejected(
        lms.launch(student(lms, lessons), sign=unsigned), "bad_algorithm", caplog, status=403
    )


def test_it_rejects_hs256_signed_with_the_platforms_public_key(lms, lessons, caplog):
    response = lms.launch(student(lms, lessons), sign=hs256_with_public_key(lms.platform))
    assert_rejected(response, "bad_algorithm", caplog, status=403)


def test_it_rejects_a_replayed_launch(lms, lessons, caplog):
    login = lms.login()
    token = lms.platform.sign(student(lms, lessons)(login.nonce, TARGET))
    assert lms.post_launch(token, login.state).status_code == 302
    forget_the_session(lms)
    assert_rejected(lms.post_launch(token, login.state), "replayed_nonce", caplog, status=403)


def test_it_rejects_a_launch_without_state(lms, lessons, caplog):
    login = lms.login()
    token = lms.platform.sign(student(lms, lessons)(login.nonce, TARGET))
    assert_rejected(lms.post_launch(token, ""), "missing_state", caplog)


def test_it_rejects_a_state_that_does_not_match_the_cookie(lms, lessons, caplog):
    login = lms.login()
    token = lms.platform.sign(student(lms, lessons)(login.nonce, TARGET))
    assert_rejected(
        lms.post_launch(token, "state-from-another-browser"), "bad_state", caplog, status=403
    )


def test_it_rejects_a_deep_linking_launch_without_settings(lms, caplog):
    response = lms.launch(
        lambda nonce, target: lms.platform.deep_linking_claims(
            nonce, target, sub="teacher-1", roles=[INSTRUCTOR]
        ),
        mutate=drop("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"),
    )
    assert_rejected(response, "missing_deep_linking_settings", caplog)


def test_it_rejects_a_launch_straight_from_a_browser(client, caplog, db):
    caplog.set_level(logging.WARNING)
    response = client.post("/lti/launch/", {}, secure=True)
    assert_rejected(response, "missing_id_token", caplog)


def test_a_launch_token_of_a_megabyte_is_refused_before_anything_is_kept(lms, caplog):
    caplog.set_level(logging.WARNING, logger="lti.security")

    def padded(nonce, target):
        claims = lms.platform.deep_linking_claims(
            nonce, target, sub="teacher-1", roles=[INSTRUCTOR]
        )
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"]["data"] = (
            "x" * 1_000_000
        )
        return claims

    assert_rejected(lms.launch(padded), "token_too_large", caplog, status=413)


def test_a_canvas_sized_launch_token_is_accepted(lms, lessons):
    def with_custom_fields(claims):
        claims[CLAIM + "custom"].update({f"canvas_field_{n}": "v" * 100 for n in range(100)})

    response = lms.launch(student(lms, lessons), mutate=with_custom_fields)
    assert response.status_code == 302


# --- edges a hostile or careless platform tries --------------------------------------------------
def test_it_rejects_a_token_that_names_no_key(lms, lessons, caplog):
    import jwt

    def without_kid(claims):
        return jwt.encode(claims, lms.platform.keys[0].private, algorithm="RS256")

    before = lms.platform.jwks_requests
    response = lms.launch(student(lms, lessons), sign=without_kid)
    assert_rejected(response, "missing_kid", caplog, status=403)
    assert lms.platform.jwks_requests == before  # refused before any key set is fetched


def test_it_rejects_a_token_not_valid_before_an_hour_from_now(lms, lessons, caplog):
    response = lms.launch(student(lms, lessons), mutate=put("nbf", int(time.time()) + 3600))
    assert_rejected(response, "not_yet_valid", caplog, status=401)


def test_it_accepts_a_token_dated_a_little_ahead_within_the_clock_skew(lms, lessons):
    soon = int(time.time()) + 30
    response = lms.launch(student(lms, lessons), mutate=lambda c: c.update(iat=soon, nbf=soon))
    assert response.status_code == 302


def test_it_rejects_one_audience_authorised_for_another_party(lms, lessons, caplog):
    response = lms.launch(student(lms, lessons), mutate=put("azp", "another-tools-client"))
    assert_rejected(response, "wrong_azp", caplog, status=403)


def test_it_rejects_the_deployment_id_of_another_platform(lms, lessons, started, caplog):
    from tests.lti.platform import TestPlatform

    other = TestPlatform(client_id="other-client", deployment_id="other-schools-deployment")
    started.append(other)
    other.register()
    response = lms.launch(
        student(lms, lessons), mutate=put(CLAIM + "deployment_id", "other-schools-deployment")
    )
    assert_rejected(response, "unknown_deployment", caplog, status=403)
