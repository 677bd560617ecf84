"""Platform registrations for tests that build courses and identities directly.

Courses and LTI identities belong to a platform registration (not to an issuer string), so a
fixture that makes them needs one: the registration an administrator would have entered.
"""

from __future__ import annotations

from lti.models import Platform


def school_platform(
    issuer: str = "https://canvas.example.edu", client_id: str = "school-client"
) -> Platform:
    platform, _ = Platform.objects.get_or_create(
        issuer=issuer,
        client_id=client_id,
        defaults={
            "name": f"School LMS ({issuer})",
            "auth_login_url": issuer + "/api/lti/authorize_redirect",
            "auth_token_url": issuer + "/login/oauth2/token",
            "key_set_url": issuer + "/api/lti/security/jwks",
        },
    )
    return platform
