"""Every platform, entered by hand too, signs with keys of its own, which only its LMS is told.

A school's Moodle finds the tool by the client assertion's `sub` (the client id) and never
reads `aud` (tests/lti/test_registration_relay.py). An administrator tricked into entering a
hostile LMS by hand under that school's client id (under the hostile LMS's own issuer, which
the form accepts: Canvas's beta and test copies share a client id) would have it sent
assertions it could relay to the school, if both signed with the tool's one key. Platforms
configured before keep /lti/jwks/ until an administrator moves them; a platform's set is
published only while it is switched on, and goes with it when it is deleted.
"""

from __future__ import annotations

import re

import pytest
import requests
from django.contrib.auth import get_user_model
from django.core.management import call_command
from pylti1p3.exception import LtiServiceException

from lti.models import Platform, ToolKey
from lti.pylti1p3_adapter import services_for
from tests.lti.platform import TestPlatform, jwks_path_of
from tests.lti.records import as_configured_before
from tests.personas import content_editor, staff_member

SCHOOL_CLIENT_ID = "Xq9mFz2LwPa7Tb1"
SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
# Another scope than the first request's: its token is not in the tool's cache yet.
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"


def moodle(started, client_id: str = SCHOOL_CLIENT_ID) -> TestPlatform:
    """A Moodle whose token endpoint, like mod/lti/token.php, never reads `aud`."""
    platform = TestPlatform(client_id=client_id)
    platform.token_checks_audience = False
    started.append(platform)
    return platform


def trust_what_the_admin_was_shown(client, lms: TestPlatform, platform: Platform) -> None:
    lms.tool_jwks_path = jwks_path_of(platform)
    lms.tool_jwks = client.get(lms.tool_jwks_path, secure=True).json()


def kids(client, path: str) -> set[str]:
    return {key["kid"] for key in client.get(path, secure=True).json()["keys"]}


def admin(client):
    client.force_login(get_user_model().objects.create_superuser("root", password="pw"))


def relayed(assertion: str, to: TestPlatform) -> requests.Response:
    form = {
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": assertion,
        "scope": SCORE,
    }
    return requests.post(to.token_url, data=form, timeout=5)


def add_by_hand(client, lms: TestPlatform, **fields):
    """The Wagtail form an administrator fills in for a platform."""
    return client.post("/admin/lti_platforms/new/", platform_form(lms, **fields))


def platform_form(lms: TestPlatform, **fields) -> dict:
    return {
        "name": "School Moodle",
        "issuer": lms.issuer,
        "client_id": lms.client_id,
        "is_active": "on",
        "auth_login_url": lms.auth_login_url,
        "auth_token_url": lms.token_url,
        "auth_audience": "",
        "key_set_url": lms.jwks_url,
        "extra_origins": "[]",
        "granted_scopes": "[]",
        "deployments-TOTAL_FORMS": "1",
        "deployments-INITIAL_FORMS": "0",
        "deployments-MIN_NUM_FORMS": "0",
        "deployments-MAX_NUM_FORMS": "1000",
        "deployments-0-deployment_id": lms.deployment_id,
        "deployments-0-id": "",
        "deployments-0-ORDER": "1",
        "deployments-0-DELETE": "",
        **fields,
    }


def test_an_lms_entered_by_hand_is_shown_keys_of_its_own_and_takes_what_they_sign(
    client, tool_key, started
):
    school = moodle(started)
    admin(client)
    added = add_by_hand(client, school)
    assert added.status_code == 302, added.content[:2000]
    platform = Platform.objects.get(client_id=SCHOOL_CLIENT_ID)
    # The administrator lands on the platform's page, which shows what to paste into Moodle.
    assert added["Location"] == f"/admin/lti_platforms/edit/{platform.pk}/"
    page = client.get(added["Location"]).content.decode()
    shown = re.search(r"https://testserver/lti/jwks/([\w-]+)/", page.replace("http://", "https://"))
    assert shown and shown.group(1) == platform.tool_key_set
    assert "/lti/login/" in page and "/lti/launch/" in page
    assert "keys of its own" not in page  # nothing to move

    trust_what_the_admin_was_shown(client, school, platform)
    assert tool_key.kid not in kids(client, school.tool_jwks_path)
    assert services_for(platform).access_token([SCORE])


@pytest.mark.parametrize("school_entered", ["before", "now"])
def test_a_hostile_lms_entered_by_hand_under_a_schools_client_id_relays_nothing(
    client, tool_key, started, school_entered
):
    school = moodle(started)
    school_platform = school.register()
    if school_entered == "before":  # configured before every platform had keys of its own
        as_configured_before(school_platform)
    trust_what_the_admin_was_shown(client, school, school_platform)

    # An administrator is talked into entering another LMS under the school's client id; its
    # issuer is its own, so the form accepts it (Canvas's beta copies share a client id).
    hostile = moodle(started)
    entered = hostile.platform_record(name="Not the school")
    entered.full_clean()
    entered.save()
    trust_what_the_admin_was_shown(client, hostile, entered)

    # A grade of one of its courses: the tool asks the hostile LMS for a token...
    assert services_for(entered).access_token([SCORE])
    [assertion] = hostile.assertions_received
    # ...which relays the signed assertion to the school's Moodle at once.
    answer = relayed(assertion, school)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"] == "invalid_client"
    assert not school.issued_tokens
    # The school still takes what the tool signs for it.
    assert services_for(school_platform).access_token([SCORE])
    assert len(school.issued_tokens) == 1


def test_a_platform_configured_before_keeps_the_tools_key_until_an_administrator_moves_it(
    client, tool_key, started
):
    school = moodle(started)
    platform = school.register()
    as_configured_before(platform)
    trust_what_the_admin_was_shown(client, school, platform)
    assert school.tool_jwks_path == "/lti/jwks/"
    assert services_for(platform).access_token([SCORE])  # as before: nothing breaks

    admin(client)
    edit = client.get(f"/admin/lti_platforms/edit/{platform.pk}/").content.decode()
    assert "signs with the tool&#x27;s one key" in edit or "signs with the tool's one key" in edit
    # It said "which every platform configured before each had keys of its own trusts": read
    # walking `make demo` as the administrator, it took three goes to parse.
    assert "which every LMS set up before platforms had keys of their own also trusts" in edit
    # Wagtail's warning box leaves room for its icon: without one, a blank gap at its left.
    warning = re.search(r'<p class="help-block help-warning".*?</p>', edit, re.S).group(0)
    assert "icon-warning" in warning
    move = f"/admin/lti/platforms/{platform.pk}/own-keys/"
    assert move in edit
    assert client.get(move).status_code == 200
    platform.refresh_from_db()
    assert platform.tool_key_set == ""  # a GET changes nothing

    moved = client.post(move).content.decode()
    platform.refresh_from_db()
    assert platform.tool_key_set
    own = f"/lti/jwks/{platform.tool_key_set}/"
    assert own in moved and "Public keyset URL" in moved
    # Until Moodle's administrator pastes the new address, the tool's requests are refused...
    with pytest.raises(LtiServiceException):
        services_for(platform).access_token([NRPS])
    # ...and once it has, they are taken; /lti/jwks/, which no platform signs with any more, is
    # published no longer.
    trust_what_the_admin_was_shown(client, school, platform)
    assert services_for(platform).access_token([NRPS])
    assert client.get("/lti/jwks/").status_code == 404  # no platform signs with it now


def test_a_platform_configured_before_edited_to_name_another_lms_gets_keys_of_its_own(
    client, tool_key, started
):
    school = moodle(started)
    school_platform = school.register()
    dormant = moodle(started, "old-client")
    old = dormant.platform_record(name="Old Moodle")
    old.save()
    as_configured_before(school_platform, old)
    trust_what_the_admin_was_shown(client, school, school_platform)
    admin(client)
    no_deployments = {"deployments-TOTAL_FORMS": "0"}
    edit = f"/admin/lti_platforms/edit/{old.pk}/"

    # Renamed only: the same LMS, which keeps the key it was told about.
    renamed = client.post(edit, platform_form(dormant, name="Old Moodle (2019)", **no_deployments))
    assert renamed.status_code == 302 and renamed["Location"] == "/admin/lti_platforms/"
    old.refresh_from_db()
    assert old.tool_key_set == ""

    # Talked into pointing it at another LMS under the school's client id.
    hostile = moodle(started)
    answer = client.post(
        edit,
        platform_form(
            hostile, name="Old Moodle (2019)", client_id=SCHOOL_CLIENT_ID, **no_deployments
        ),
    )
    assert answer.status_code == 302 and answer["Location"] == edit
    old.refresh_from_db()
    assert old.client_id == SCHOOL_CLIENT_ID and old.tool_key_set
    assert "keys of its own" in client.get(edit).content.decode()
    trust_what_the_admin_was_shown(client, hostile, old)
    assert services_for(old).access_token([SCORE])
    [assertion] = hostile.assertions_received
    assert relayed(assertion, school).status_code == 400
    assert not school.issued_tokens


def test_only_leads_and_superusers_move_a_platforms_keys(client, tool_key, started):
    platform = moodle(started).register()
    as_configured_before(platform)
    for someone in (content_editor(), staff_member("it-support", is_staff=True)):
        client.force_login(someone)
        answer = client.post(f"/admin/lti/platforms/{platform.pk}/own-keys/")
        assert answer.status_code in (302, 403)
    platform.refresh_from_db()
    assert platform.tool_key_set == ""


def test_lti_keys_moves_every_platform_configured_before_and_says_what_to_paste(
    client, tool_key, started
):
    first, second = moodle(started, "first-client"), moodle(started, "second-client")
    a, b = first.register(), second.register()
    as_configured_before(a, b)
    out = _run("lti_keys", "--own-key-set", "all")
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.tool_key_set and b.tool_key_set and a.tool_key_set != b.tool_key_set
    assert f"/lti/jwks/{a.tool_key_set}/" in out and f"/lti/jwks/{b.tool_key_set}/" in out
    assert "Public keyset URL" in out
    assert _run("lti_keys", "--own-key-set", str(a.pk)).count("now has keys of its own") == 0


def _run(*args) -> str:
    import io

    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_a_switched_off_platforms_keys_are_published_only_while_it_is_on(client, tool_key, started):
    platform = moodle(started).register()
    jwks, canvas = jwks_path_of(platform), f"/lti/canvas/{platform.tool_key_set}.json"
    assert client.get(jwks).status_code == 200
    assert client.get(canvas).json()["public_jwk_url"].endswith(jwks)
    platform.is_active = False
    platform.save()
    assert client.get(jwks).status_code == 404
    assert client.get(canvas).status_code == 404
    platform.is_active = True
    platform.save()
    assert client.get(jwks).status_code == 200


def test_a_deleted_platforms_keys_are_gone(client, tool_key, started):
    platform = moodle(started).register()
    jwks, key_set = jwks_path_of(platform), platform.tool_key_set
    assert ToolKey.objects.of_set(key_set).exists()
    platform.delete()
    assert client.get(jwks).status_code == 404
    assert not ToolKey.objects.of_set(key_set).exists()
    assert ToolKey.objects.of_set("").exists()  # the tool's own set stays


CANVAS = {
    "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",
    "auth_token_url": "https://sso.canvaslms.com/login/oauth2/token",
    "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks",
}
CANVAS_BETA = {
    "auth_login_url": "https://sso.beta.canvaslms.com/api/lti/authorize_redirect",
    "auth_token_url": "https://sso.beta.canvaslms.com/login/oauth2/token",
    "key_set_url": "https://sso.beta.canvaslms.com/api/lti/security/jwks",
}


def canvas(issuer: str, client_id: str = "10000000000042", **endpoints) -> Platform:
    platform = Platform(name=issuer, issuer=issuer, client_id=client_id, **endpoints)
    platform.full_clean()
    platform.save()
    return platform


def test_canvas_beta_copy_of_a_developer_key_signs_with_the_keys_production_was_told(tool_key):
    # Canvas copies a production developer key, its client id and JWKS URL, to the beta site.
    production = canvas("https://canvas.instructure.com", **CANVAS)
    beta = canvas("https://canvas.beta.instructure.com", **CANVAS_BETA)
    assert beta.tool_key_set == production.tool_key_set != ""
    # Another developer key of the same Canvas is another set.
    other = canvas("https://canvas.beta.instructure.com", client_id="10000000000043", **CANVAS_BETA)
    assert other.tool_key_set not in {"", production.tool_key_set}


@pytest.mark.parametrize(
    "elsewhere",
    [
        {"auth_token_url": "https://canvas.evil.example/login/oauth2/token"},
        {"auth_audience": "https://moodle.school.example/mod/lti/token.php"},
        {"key_set_url": "https://evil.example/jwks"},
        {"auth_login_url": "https://instructure.com.evil.example/authorize"},
    ],
)
def test_an_entry_that_only_claims_to_be_a_canvas_copy_shares_nothing(tool_key, elsewhere):
    production = canvas("https://canvas.instructure.com", **CANVAS)
    claimed = canvas("https://canvas.beta.instructure.com", **{**CANVAS_BETA, **elsewhere})
    assert claimed.tool_key_set not in {"", production.tool_key_set}
