"""A Content-Security-Policy on every page.

The review found no policy at all on most pages, inline scripts and handlers that any injected
markup could imitate, and LTI pages that any https site could frame (`frame-ancestors 'self'
https:`). Now: scripts from our origin or with the request's nonce, no plugins, no foreign
`<base>`, forms that post only where they should, LTI pages framed by the registered
platforms only, and the admin not frameable by anyone else.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from lti.models import Platform
from moderation.staff.permissions import leads_group

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def platform(issuer: str, *, active: bool = True, extra: tuple[str, ...] = ()) -> Platform:
    return Platform.objects.create(
        name=issuer,
        issuer=issuer,
        client_id=f"client-{issuer}",
        auth_login_url=f"{issuer}/api/lti/authorize_redirect",
        auth_token_url=f"{issuer}/login/oauth2/token",
        key_set_url=f"{issuer}/api/lti/security/jwks",
        extra_origins=list(extra),
        is_active=active,
    )


@pytest.fixture
def lead(db):
    """A safeguarding lead, in the group as the product defines it."""
    user = get_user_model().objects.create_user("dana", password="pw")
    user.groups.add(leads_group())
    return user


@pytest.mark.parametrize(
    "url",
    ["/", "/families/", "/search/?q=friend", "/concern/", "/lti/jwks/", "/no-such-page/"],
)
def test_every_kind_of_public_page_has_a_policy(client, curriculum, url):
    policy = directives(client.get(url))
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["form-action"][0] == "'self'"


def test_pages_outside_the_lms_cannot_be_framed(client, curriculum):
    response = client.get("/families/")
    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_inline_scripts_carry_the_nonce_of_the_request(client, curriculum):
    from curriculum.models import FamilyResourcePage

    guide = FamilyResourcePage.objects.live().first()
    response = client.get(guide.url)
    html = response.content.decode()
    nonces = [v for v in directives(response)["script-src"] if v.startswith("'nonce-")]
    assert len(nonces) == 1
    inline = [attrs for attrs in SCRIPT_TAG.findall(html) if "src=" not in attrs]
    assert inline, "the print button's script is inline"
    for attrs in inline:
        assert f'nonce="{nonces[0][7:-1]}"' in attrs
    assert not re.search(r"\son[a-z]+=", html)
    assert "javascript:" not in html
    assert nonces != [
        v for v in directives(client.get(guide.url))["script-src"] if v.startswith("'nonce-")
    ], "a new nonce on every response"


def test_lti_pages_may_be_framed_by_the_registered_platforms_only(client, db):
    platform("https://canvas.instructure.com", extra=("https://school.instructure.com",))
    platform("https://moodle.school.example")
    platform("https://switched-off.example", active=False)

    ancestors = directives(client.get("/concern/"))["frame-ancestors"]

    assert set(ancestors) == {
        "'self'",
        "https://canvas.instructure.com",
        "https://school.instructure.com",
        "https://moodle.school.example",
    }
    assert "https:" not in ancestors and "http:" not in ancestors


def test_a_new_platform_may_frame_the_tool_at_once_and_a_deleted_one_no_more(client, db):
    assert directives(client.get("/concern/"))["frame-ancestors"] == ["'self'"]
    school = platform("https://lms.school.example")
    assert "https://lms.school.example" in directives(client.get("/concern/"))["frame-ancestors"]
    school.is_active = False
    school.save()
    assert directives(client.get("/concern/"))["frame-ancestors"] == ["'self'"]


def test_the_deep_link_return_form_may_post_back_to_the_platform(client, db):
    platform("https://canvas.instructure.com")
    form_action = directives(client.get("/concern/"))["form-action"]
    assert "https://canvas.instructure.com" in form_action and "'self'" in form_action


def test_the_wagtail_admin_is_framed_only_by_itself(lead):
    staff = Client()
    for url in ("/admin/login/", "/admin/"):
        if url == "/admin/":
            staff.force_login(lead)
        response = staff.get(url)
        assert response.status_code == 200
        policy = directives(response)
        assert policy["frame-ancestors"] == ["'self'"]
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
        assert response["X-Frame-Options"] == "DENY"


def test_the_django_admin_cannot_be_framed(client, db):
    response = client.get("/django-admin/login/")
    assert directives(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_a_registration_request_with_a_bogus_link_frames_for_no_origin_it_names(client, db):
    """Only the LMS a valid link was made for may frame its registration
    (tests/lti/test_dynamic_registration.py): a bogus link names no one extra."""
    response = client.get(
        "/lti/register/not-a-valid-link/",
        {
            "openid_configuration": "https://moodle.new-school.example/mod/lti/openid-configuration.php"
        },
    )
    ancestors = directives(response)["frame-ancestors"]
    assert "https://moodle.new-school.example" not in ancestors
    assert "https:" not in ancestors
    assert "X-Frame-Options" not in response


def test_a_registration_url_with_user_information_frames_nothing(client, db):
    response = client.get(
        "/lti/register/not-a-valid-link/",
        {"openid_configuration": "https://lms-a.example@127.0.0.1:9555/openid"},
    )
    assert directives(response)["frame-ancestors"] == ["'self'"]
