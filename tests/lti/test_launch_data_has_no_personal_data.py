"""What a launch leaves in the cache names no person.

Found by an outside review (issue 10): pylti1p3 cached the whole id_token body under the launch
id (for the deep-linking picker and other restored launches), so a child's name and e-mail sat
in the cache where erasure never looked. Only what later steps need is kept now.
"""

from __future__ import annotations

import json

from lti.claims import CLAIM
from lti.state_cache import state_cache
from tests.lti.platform import INSTRUCTOR

DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"


def cached_launch_data(lms, response) -> dict:
    """The launch data pylti1p3 keeps under the launch id the picker URL names."""
    launch_id = response["Location"].rstrip("/").rsplit("/", 1)[-1]
    session_id = lms.client.cookies["lti1p3-session-id"].value
    key = f"lti1p3-{session_id}-{launch_id.removeprefix('lti1p3-')}"
    data = state_cache().get(key)
    assert data is not None, key
    return data


def test_the_picker_launch_keeps_no_name_email_or_other_personal_claim(lms, lessons):
    def personal(claims):
        claims.update(
            name="Maya Lopez",
            given_name="Maya",
            family_name="Lopez",
            email="maya.lopez@school.example",
            picture="https://lms.example/avatars/maya.png",
        )
        claims[CLAIM + "lis"] = {"person_sourcedid": "SIS-4711"}
        claims[CLAIM + "custom"] = {"full_name": "Maya Lopez"}

    response = lms.launch(
        lambda nonce, target: lms.platform.deep_linking_claims(
            nonce, target, sub="teacher-1", roles=[INSTRUCTOR]
        ),
        mutate=personal,
    )
    assert response.status_code == 302 and "/lti/deep-link/" in response["Location"]

    data = cached_launch_data(lms, response)
    # What the picker and a restored launch need is there ...
    assert data[CLAIM + "deployment_id"] == lms.platform.deployment_id
    assert data[DEEP_LINKING_SETTINGS]["deep_link_return_url"].endswith("/deep-link-return")
    assert data["iss"] == lms.platform.issuer
    # ... and nothing about the person.
    dumped = json.dumps(data)
    for personal_value in ("Maya", "Lopez", "school.example", "avatars", "SIS-4711", "teacher-1"):
        assert personal_value not in dumped
    for claim in ("sub", "name", "email", "picture", CLAIM + "roles", CLAIM + "custom"):
        assert claim not in data

    # The picker itself still works from what was kept.
    assert lms.client.get(response["Location"], secure=True).status_code == 200
