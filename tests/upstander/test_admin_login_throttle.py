"""Guessing a staff password is throttled: after ADMIN_LOGIN_FAILURE_LIMIT wrong passwords for one
username from one client, even the right password is refused with a clear message until
ADMIN_LOGIN_COOLOFF_MINUTES have passed. Both sign-in pages count: Wagtail's /admin/login/ and
the Django admin's /django-admin/login/. (Before: 40 wrong passwords, then the right one worked.)
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from moderation.staff.permissions import leads_group

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
WAGTAIL_LOGIN = "/admin/login/"
DJANGO_ADMIN_LOGIN = "/django-admin/login/"


@pytest.fixture
def lead():
    user = get_user_model().objects.create_user("rivera", password=PASSWORD)
    user.groups.add(leads_group())
    return user


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("okafor", password=PASSWORD)


def sign_in(client: Client, url: str, username: str, password: str, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def guess_wrong(client: Client, url: str, username: str, times: int, **extra) -> None:
    for n in range(times):
        response = sign_in(client, url, username, f"guess-{n}", **extra)
        assert response.status_code == 200  # the form again, with its error
    assert not signed_in(client)


def test_the_shipped_settings_lock_after_five_failures_for_fifteen_minutes():
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME * 60 == 15
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


def test_after_too_many_wrong_passwords_the_right_one_is_refused_with_a_message(client, lead):
    guess_wrong(client, WAGTAIL_LOGIN, "rivera", settings.AXES_FAILURE_LIMIT - 1)
    response = sign_in(client, WAGTAIL_LOGIN, "rivera", "one-more-guess")
    assert response.status_code == 429

    response = sign_in(client, WAGTAIL_LOGIN, "rivera", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    html = response.content.decode()
    assert "Sign-in paused" in html
    assert "paused for 15 minutes" in html
    assert "Even the right password is refused" in html
    assert client.get("/admin/").status_code == 302  # still not in


def test_the_lock_lifts_after_the_cool_off(client, lead):
    guess_wrong(client, WAGTAIL_LOGIN, "rivera", settings.AXES_FAILURE_LIMIT - 1)
    sign_in(client, WAGTAIL_LOGIN, "rivera", "one-more-guess")
    assert sign_in(client, WAGTAIL_LOGIN, "rivera", PASSWORD).status_code == 429

    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16)
    )
    response = sign_in(client, WAGTAIL_LOGIN, "rivera", PASSWORD)
    assert response.status_code == 302 and signed_in(client)


def test_the_django_admin_sign_in_is_throttled_too(client, superuser):
    guess_wrong(client, DJANGO_ADMIN_LOGIN, "okafor", settings.AXES_FAILURE_LIMIT - 1)
    sign_in(client, DJANGO_ADMIN_LOGIN, "okafor", "one-more-guess")
    response = sign_in(client, DJANGO_ADMIN_LOGIN, "okafor", PASSWORD)
    assert response.status_code == 429 and "Sign-in paused" in response.content.decode()
    assert not signed_in(client)


def test_a_guesser_elsewhere_cannot_lock_the_lead_out(lead):
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    guess_wrong(guesser, WAGTAIL_LOGIN, "rivera", settings.AXES_FAILURE_LIMIT - 1)
    sign_in(guesser, WAGTAIL_LOGIN, "rivera", "one-more-guess")
    assert sign_in(guesser, WAGTAIL_LOGIN, "rivera", PASSWORD).status_code == 429

    at_school = Client(REMOTE_ADDR="198.51.100.20")
    response = sign_in(at_school, WAGTAIL_LOGIN, "rivera", PASSWORD)
    assert response.status_code == 302 and signed_in(at_school)


def test_a_forged_forwarded_for_header_does_not_make_a_new_client(lead):
    # With no trusted proxy configured (the default), X-Forwarded-For is the client's own words.
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    guess_wrong(guesser, WAGTAIL_LOGIN, "rivera", settings.AXES_FAILURE_LIMIT - 1)
    sign_in(guesser, WAGTAIL_LOGIN, "rivera", "one-more-guess")
    response = sign_in(
        guesser, WAGTAIL_LOGIN, "rivera", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.77"
    )
    assert response.status_code == 429 and not signed_in(guesser)


def test_behind_a_trusted_proxy_each_client_is_counted_on_its_own(lead, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    guesser = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.9")
    guess_wrong(guesser, WAGTAIL_LOGIN, "rivera", settings.AXES_FAILURE_LIMIT - 1)
    sign_in(guesser, WAGTAIL_LOGIN, "rivera", "one-more-guess")
    assert sign_in(guesser, WAGTAIL_LOGIN, "rivera", PASSWORD).status_code == 429

    # Every client reaches us through the same proxy; the lead's own address is not locked.
    at_school = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.20")
    response = sign_in(at_school, WAGTAIL_LOGIN, "rivera", PASSWORD)
    assert response.status_code == 302 and signed_in(at_school)


def test_the_test_clients_own_login_still_works(client, lead):
    assert client.login(username="rivera", password=PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_a_guesser_rotating_addresses_inside_one_ipv6_network_is_still_locked_out(lead):
    # One home or phone gets a whole /64: a new address per guess is still the same client.
    for n in range(settings.AXES_FAILURE_LIMIT):
        rotating = Client(REMOTE_ADDR=f"2001:db8:5:7::{n + 1:x}")
        sign_in(rotating, WAGTAIL_LOGIN, "rivera", f"guess-{n}")
    last = Client(REMOTE_ADDR="2001:db8:5:7::beef")
    response = sign_in(last, WAGTAIL_LOGIN, "rivera", PASSWORD)
    assert response.status_code == 429 and not signed_in(last)
