"""A platform withdraws a signing key (it leaked, or it was rotated out): launches signed with it
stop working as soon as the platform's own Cache-Control allows, and never later than
LTI_JWKS_CACHE_SECONDS. A key we have not seen yet is looked up again, once.

The clock is moved with freezegun; the test LMS's key set is real HTTP."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from lti.outbound import cache_lifetime
from tests.lti.platform import LEARNER, PlatformKey


def launch_signed_with(lms, lessons, key=None):
    # Each launch is a new browser: no session left from the one before.
    lms.client.cookies.clear()
    return lms.launch(
        lambda nonce, target: lms.platform.resource_link_claims(
            nonce, target, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
        ),
        sign=lambda claims: lms.platform.sign(claims, key=key),
    )


def withdraw_first_key(lms) -> PlatformKey:
    """The platform publishes a new key only; whoever kept the old one still signs with it."""
    withdrawn = lms.platform.keys[0]
    lms.platform.published_keys = [PlatformKey.generate("platform-key-2")]
    return withdrawn


def test_a_withdrawn_key_is_refused_once_the_platforms_max_age_has_passed(lms, lessons):
    lms.platform.jwks_cache_control = "public, max-age=60"
    with freeze_time() as clock:
        assert launch_signed_with(lms, lessons).status_code == 302
        withdrawn = withdraw_first_key(lms)
        clock.tick(30)
        # Within the platform's max-age the key set we hold is still the platform's word.
        assert launch_signed_with(lms, lessons, withdrawn).status_code == 302
        clock.tick(31)
        response = launch_signed_with(lms, lessons, withdrawn)
    assert response.status_code == 403
    assert b"a key the LMS does not publish" in response.content


FIVE_MINUTES = 5 * 60


def test_a_key_set_without_cache_control_is_kept_five_minutes_at_most(lms, lessons):
    with freeze_time() as clock:
        assert launch_signed_with(lms, lessons).status_code == 302
        withdrawn = withdraw_first_key(lms)
        clock.tick(FIVE_MINUTES + 1)
        assert launch_signed_with(lms, lessons, withdrawn).status_code == 403


def test_a_long_max_age_is_bounded_by_the_setting(lms, lessons):
    lms.platform.jwks_cache_control = "max-age=86400"
    with freeze_time() as clock:
        assert launch_signed_with(lms, lessons).status_code == 302
        withdrawn = withdraw_first_key(lms)
        clock.tick(FIVE_MINUTES + 1)
        assert launch_signed_with(lms, lessons, withdrawn).status_code == 403


@pytest.mark.parametrize("cache_control", ["no-store", "no-cache", "max-age=0"])
def test_a_key_set_the_platform_says_not_to_keep_is_fetched_for_every_launch(
    lms, lessons, cache_control
):
    lms.platform.jwks_cache_control = cache_control
    assert launch_signed_with(lms, lessons).status_code == 302
    withdrawn = withdraw_first_key(lms)
    assert launch_signed_with(lms, lessons, withdrawn).status_code == 403


def test_the_key_set_is_refetched_once_for_an_unknown_kid(lms, lessons):
    lms.platform.jwks_cache_control = "max-age=300"
    assert launch_signed_with(lms, lessons).status_code == 302
    assert lms.platform.jwks_requests == 1
    # The platform rotates: a new key is published and used before our copy expires.
    rotated = PlatformKey.generate("platform-key-2")
    lms.platform.keys.append(rotated)
    assert launch_signed_with(lms, lessons, rotated).status_code == 302
    assert lms.platform.jwks_requests == 2
    # Made-up kids cannot drive a fetch per launch: the refetch is rate-limited.
    stranger = PlatformKey.generate("kid-nobody-published")
    assert launch_signed_with(lms, lessons, stranger).status_code == 403
    assert lms.platform.jwks_requests == 2


@pytest.mark.parametrize(
    ("cache_control", "ceiling", "seconds"),
    [
        ("", 300, 300),
        ("public, max-age=60", 300, 60),
        ("max-age=3600, must-revalidate", 300, 300),
        ('max-age="120"', 300, 120),
        ("private, no-cache", 300, 0),
        ("no-store", 300, 0),
        ("max-age=-5", 300, 0),
        ("max-age=soon", 300, 0),
    ],
)
def test_cache_control_is_read_as_the_platform_meant_it(cache_control, ceiling, seconds):
    assert cache_lifetime(cache_control, ceiling) == seconds


@pytest.mark.parametrize(
    "published",
    [
        {"kid": "platform-key-2", "kty": "RSA", "alg": "RS256", "n": "AQAB", "e": "AQAB"},
        {"kid": "platform-key-2", "kty": "RSA", "alg": "RS256"},
        {"kid": "platform-key-2", "kty": "RSA", "alg": "RS256", "n": 5, "e": "AQAB"},
    ],
)
def test_a_key_the_platform_publishes_but_no_one_could_verify_with_is_a_502(
    lms, lessons, published
):
    lms.platform.jwks_extra_keys = [published, "not a key at all"]
    response = launch_signed_with(lms, lessons, key=PlatformKey.generate("platform-key-2"))
    assert response.status_code == 502
    assert b"public key set is not valid" in response.content
    # The platform's good key still works.
    assert launch_signed_with(lms, lessons).status_code == 302


def test_an_unknown_kid_with_no_key_set_kept_fetches_the_key_set_once(lms, lessons):
    """Nothing is cached yet (a first launch, or the copy just expired): the key set fetched for
    this launch is already the platform's newest word, so asking again at once finds nothing
    more. A made-up kid costs the platform one request, not two."""
    stranger = PlatformKey.generate("kid-nobody-published")
    response = launch_signed_with(lms, lessons, stranger)
    assert response.status_code == 403
    assert b"a key the LMS does not publish" in response.content
    assert lms.platform.jwks_requests == 1
