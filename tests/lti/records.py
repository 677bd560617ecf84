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


# Where a Moodle and a Canvas keep their LTI endpoints, below the LMS's address.
MOODLE_ENDPOINTS = {
    "auth_login_url": "/mod/lti/auth.php",
    "auth_token_url": "/mod/lti/token.php",
    "key_set_url": "/mod/lti/certs.php",
}
CANVAS_ENDPOINTS = {
    "auth_login_url": "/api/lti/authorize_redirect",
    "auth_token_url": "/login/oauth2/token",
    "key_set_url": "/api/lti/security/jwks",
}


def platform_by_hand(
    address: str = "https://lms.example",
    *,
    client_id: str = "client-1",
    name: str = "School LMS",
    endpoints: dict[str, str] = MOODLE_ENDPOINTS,
    save: bool = True,
    configured_before: bool = False,
    **fields,
):
    """A platform as an administrator enters it by hand, the LMS (a Moodle unless `endpoints`
    says Canvas) at `address`. Saved, it has a key set of its own, as every new platform has;
    `configured_before` makes it one entered before that, which signs with the tool's own set
    (/lti/jwks/) until an administrator moves it."""
    from lti.models import Platform

    platform = Platform(
        name=name,
        issuer=address,
        client_id=client_id,
        **{field: address + path for field, path in endpoints.items()},
        **fields,
    )
    if save:
        platform.save()
    if configured_before:
        as_configured_before(platform)
    return platform


def as_configured_before(*platforms) -> None:
    """Platforms as they were before each had keys of its own: signing with /lti/jwks/."""
    from lti.models import Platform

    Platform.objects.filter(pk__in=[p.pk for p in platforms]).update(tool_key_set="")
    for platform in platforms:
        platform.tool_key_set = ""
