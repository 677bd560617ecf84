"""A Canvas administrator makes Upstander's developer key from one JSON URL, pasted once, and
that JSON names keys only their Canvas is told to trust.

Canvas shows a developer key's client id only after the key is made from the JSON, and every
platform here signs with keys of its own. Before, the JSON to paste was the tool-wide
/lti/canvas.json, naming /lti/jwks/; the platform entered afterwards had a set of its own, so
the administrator had to edit the key and paste the platform's own JSON a second time, and until
then grades and lesson choices were refused. Now a lead starts the Canvas platform first: it
waits, switched off, for its client id, while its own JSON URL answers.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from lti.models import Platform
from lti.pylti1p3_adapter import ToolRegistration
from tests.lti.driver import TARGET
from tests.personas import content_editor, safeguarding_lead

SCHOOL_CANVAS = "https://yourschool.instructure.com"


def start(client, user, address: str = SCHOOL_CANVAS):
    client.force_login(user)
    return client.post("/admin/lti/canvas-platforms/new/", {"canvas_address": address})


def kids(client, url: str) -> set[str]:
    return {key["kid"] for key in client.get(url, secure=True).json()["keys"]}


def edit_form(platform: Platform, **fields) -> dict:
    """The platform's page as the lead fills it in with what Canvas shows."""
    return {
        "name": platform.name,
        "issuer": platform.issuer,
        "client_id": platform.client_id,
        "auth_login_url": platform.auth_login_url,
        "auth_token_url": platform.auth_token_url,
        "auth_audience": "",
        "key_set_url": platform.key_set_url,
        "extra_origins": f'["{SCHOOL_CANVAS}"]',
        "granted_scopes": "[]",
        "deployments-TOTAL_FORMS": "1",
        "deployments-INITIAL_FORMS": "0",
        "deployments-MIN_NUM_FORMS": "0",
        "deployments-MAX_NUM_FORMS": "1000",
        "deployments-0-deployment_id": "",
        "deployments-0-id": "",
        "deployments-0-ORDER": "1",
        "deployments-0-DELETE": "",
        **fields,
    }


def test_the_json_a_canvas_administrator_pastes_once_names_the_keys_that_sign_for_it(
    client, tool_key
):
    started = start(client, safeguarding_lead())
    platform = Platform.objects.get()
    assert started.status_code == 302
    assert started["Location"] == f"/admin/lti_platforms/edit/{platform.pk}/"
    page = client.get(started["Location"]).content.decode()
    json_url = f"/lti/canvas/{platform.tool_key_set}.json"
    assert json_url in page and "awaits the client id" in page
    assert platform.name == "Canvas (yourschool.instructure.com)"
    assert platform.status() == "Awaiting its client id" and not platform.is_active

    config = client.get(json_url, secure=True).json()
    told = config["public_jwk_url"]
    assert told == f"https://testserver/lti/jwks/{platform.tool_key_set}/"
    assert tool_key.kid not in kids(client, told)

    # Canvas shows the key's client id and, once installed, its deployment id.
    client.post(
        started["Location"],
        edit_form(
            platform,
            client_id="10000000000077",
            is_active="on",
            **{"deployments-0-deployment_id": "12:abc"},
        ),
    )
    platform.refresh_from_db()
    assert platform.is_active and platform.client_id == "10000000000077"
    assert f"/lti/jwks/{platform.tool_key_set}/" in told  # the same set: nothing to paste again
    assert ToolRegistration(platform).get_kid() in kids(client, told)
    assert list(platform.deployments.values_list("deployment_id", flat=True)) == ["12:abc"]


def test_it_cannot_be_switched_on_without_its_client_id(client, tool_key):
    start(client, safeguarding_lead())
    platform = Platform.objects.get()
    answer = client.post(
        f"/admin/lti_platforms/edit/{platform.pk}/", edit_form(platform, is_active="on")
    )
    assert answer.status_code == 200  # the form again, with the error
    assert "Enter the client id the LMS gave this tool" in answer.content.decode()
    platform.refresh_from_db()
    assert not platform.is_active
    platform.is_active = True
    with pytest.raises(ValidationError):
        platform.full_clean()


def test_no_login_finds_a_platform_awaiting_its_client_id(client, tool_key):
    start(client, safeguarding_lead())
    platform = Platform.objects.get()
    login = client.get(
        "/lti/login/",
        {"iss": platform.issuer, "login_hint": "someone", "target_link_uri": TARGET},
        secure=True,
    )
    assert login.status_code == 400
    assert b"not registered" in login.content


def test_two_schools_can_each_await_their_canvas_client_id(client, tool_key):
    start(client, safeguarding_lead())
    start(client, safeguarding_lead("lead-2"), "https://otherschool.instructure.com")
    first, second = Platform.objects.order_by("pk")
    assert first.tool_key_set != second.tool_key_set
    assert {first.client_id, second.client_id} == {""}


def test_a_content_editor_cannot_start_one(client, tool_key):
    answer = start(client, content_editor(is_staff=True))
    assert answer.status_code in (302, 403)  # Wagtail sends them back to the dashboard
    assert not Platform.objects.exists()


@pytest.mark.parametrize("address", ["", "javascript:alert(1)", "https://me@evil.example"])
def test_an_address_that_is_not_a_web_address_is_refused_on_the_page(client, tool_key, address):
    answer = start(client, safeguarding_lead(), address)
    assert answer.status_code == 400
    assert b'class="error-message"' in answer.content
    assert not Platform.objects.exists()
