"""What a safeguarding lead does to register a platform, for the LTI tests. The people and the
platform registrations themselves are in tests/personas.py."""

from __future__ import annotations


def registration_link(client, user, issuer: str, lms_address: str = "") -> str:
    """What a lead does on the LTI self-test page: the path of the link the page shows."""
    import re

    client.force_login(user)
    page = client.post(
        "/admin/lti/registration-links/new/", {"issuer": issuer, "lms_address": lms_address}
    )
    client.logout()
    assert page.status_code == 200, page.content[:500]
    [path] = set(re.findall(r"/lti/register/[\w-]+/", page.content.decode()))
    return path


def configuration_url(platform) -> str:
    return platform.base + "/.well-known/openid-configuration"


def paste(client, link: str, configuration_url: str):
    """What the LMS does with the pasted link: open it with its configuration's address."""
    return client.get(
        link,
        {"openid_configuration": configuration_url, "registration_token": "reg-token"},
        secure=True,
    )
