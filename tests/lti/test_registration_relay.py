"""The window before a school registers: its LMS already holds a client id for Upstander (the
administrator made the developer key, or Canvas numbered it in sequence), but Upstander does
not know it yet. Another LMS with a registration link of its own registers first under that
client id and names the school's token endpoint, or its own endpoint with the school's token
URL as the audience so it can relay what we sign there within its minute. Our token requests
name only the client id, so either would hand it the school's access token: rosters, grades.

A registration whose tokens would be asked for outside the LMS's own site waits, inactive, for
a lead; until then no token request is signed for it. One with everything at home is active,
and may relay what it is sent to a Moodle, which never reads `aud`: so what is signed for a
platform that registered itself is signed with a key set of its own, which no other LMS trusts."""

from __future__ import annotations

import pytest
import requests

from lti.keys import jwks
from lti.models import Platform, RegistrationLink
from lti.pylti1p3_adapter import services_for
from lti.registration import _off_site_token_endpoints
from tests.lti.driver import TARGET
from tests.lti.platform import TestPlatform
from tests.lti.records import configuration_url, paste, registration_link
from tests.personas import safeguarding_lead

SCHOOL_CLIENT_ID = "10000000000042"
SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"


@pytest.fixture
def school(tool_key, client):
    """The school's LMS: it trusts Upstander's keys for client id 10000000000042, and Upstander
    has not registered it yet."""
    platform = TestPlatform(client_id=SCHOOL_CLIENT_ID)
    platform.tool_jwks = jwks("")  # the tool's own set, as it was published then
    yield platform
    platform.stop()


@pytest.fixture
def intruder():
    """Another LMS, with a registration link of its own, whose registration endpoint answers
    with the school's client id."""
    platform = TestPlatform()
    platform.registration_client_id = SCHOOL_CLIENT_ID
    yield platform
    platform.stop()


def register(client, lms, configuration: dict):
    lms.configuration_answer = configuration
    link = registration_link(client, safeguarding_lead(), lms.issuer)
    return paste(client, link, configuration_url(lms))


def assert_held_and_silent(client, response, intruder, school) -> None:
    assert response.status_code == 200, response.content[:300]
    assert b"awaiting approval" in response.content
    assert b"outside its own site" in response.content
    platform = Platform.objects.get(client_id=SCHOOL_CLIENT_ID)
    assert not platform.is_active and platform.awaiting_approval
    # It cannot launch, so no course, roster or score can ever ask the school for a token.
    intruder.client_id = SCHOOL_CLIENT_ID
    login = client.get("/lti/login/", intruder.login_params(TARGET), secure=True)
    assert login.status_code == 400
    assert school.token_requests == 0


def test_a_registration_naming_another_lms_as_its_token_audience_waits_for_a_lead(
    client, school, intruder
):
    configuration = {**intruder.openid_configuration(), "authorization_server": school.token_url}
    response = register(client, intruder, configuration)
    assert_held_and_silent(client, response, intruder, school)
    assert school.token_url.encode() in response.content  # the administrator is told where


def test_a_registration_naming_another_lms_token_endpoint_waits_for_a_lead(
    client, school, intruder
):
    configuration = {**intruder.openid_configuration(), "token_endpoint": school.token_url}
    response = register(client, intruder, configuration)
    assert_held_and_silent(client, response, intruder, school)


def test_the_lead_sees_where_a_waiting_registration_asks_for_tokens(client, school, intruder):
    configuration = {**intruder.openid_configuration(), "token_endpoint": school.token_url}
    register(client, intruder, configuration)
    client.force_login(safeguarding_lead("lead2"))
    page = client.get("/admin/lti/self-test/")
    assert b"Awaiting approval" in page.content
    assert school.token_url.encode() in page.content


def test_a_registration_with_its_token_endpoint_and_audience_at_home_is_active_at_once(
    client, tool_key, intruder
):
    configuration = {**intruder.openid_configuration(), "authorization_server": intruder.token_url}
    response = register(client, intruder, configuration)
    assert b"can now launch Upstander" in response.content
    assert Platform.objects.get(client_id=SCHOOL_CLIENT_ID).is_active


def test_what_the_school_moodle_is_relayed_from_a_registration_under_its_client_id_is_refused(
    client, tool_key, school, intruder
):
    # The school's Moodle knows Upstander by hand, with the tool's keys at /lti/jwks/, and like
    # mod/lti/token.php it finds the tool by the assertion's `sub` and never reads `aud`.
    school.token_checks_audience = False
    # Before the school is registered here, the intruder registers under its client id.
    assert_relay_refused(client, intruder, school, SCHOOL_CLIENT_ID)


def test_a_case_variant_of_a_registered_schools_client_id_relays_nothing_either(
    client, tool_key, intruder
):
    # The school is registered here by hand. Its Moodle runs on MySQL, whose collation finds
    # the tool's client id whatever its case: an intruder's "K3PZ..." is not the school's
    # "k3Pz..." for Upstander, which lets it register, but it is the same id for the Moodle.
    school = TestPlatform(client_id="k3PzQ9wLmN2vXa7")
    try:
        school.register()
        school.tool_jwks = client.get(school.tool_jwks_path).json()
        school.token_checks_audience = False
        school.client_id_case_insensitive = True
        assert_relay_refused(client, intruder, school, "K3PZQ9WLMN2VXA7")
    finally:
        school.stop()


def assert_relay_refused(client, intruder, school, client_id: str) -> None:
    intruder.registration_client_id = client_id
    # The intruder registers itself under that client id, everything at home: active.
    configuration = {**intruder.openid_configuration(), "authorization_server": intruder.token_url}
    response = register(client, intruder, configuration)
    assert b"can now launch Upstander" in response.content
    platform = Platform.objects.get(client_id=client_id)
    # It trusts the keys the registration told it about, as an LMS does.
    intruder.client_id = client_id
    intruder.tool_jwks = client.get(intruder.registrations[-1]["jwks_uri"], secure=True).json()

    # A score or a roster of one of its courses: the tool asks the intruder for a token.
    assert services_for(platform).access_token([SCORE])
    [assertion] = intruder.assertions_received

    # The intruder relays the tool's signed assertion to the school's token endpoint at once.
    # (The school may have issued tokens to the tool itself: the lead's self-test asks for one.)
    issued_to_the_tool = set(school.issued_tokens)
    relayed = requests.post(school.token_url, data=relayed_form(assertion), timeout=5)
    assert relayed.status_code == 400, relayed.text
    assert relayed.json()["error"] == "invalid_client"
    assert school.issued_tokens == issued_to_the_tool
    # Because the intruder's keys are its own: none of them is one the school trusts.
    tool_kids = {key["kid"] for key in school.tool_jwks["keys"]}
    assert tool_kids and not tool_kids & {key["kid"] for key in intruder.tool_jwks["keys"]}


def test_the_school_moodle_still_takes_the_tools_own_assertions(client, tool_key, school):
    # The school, once registered here by hand, gets its token as before, with the keys its
    # administrator was shown (its own: tests/lti/test_platform_key_sets.py).
    school.token_checks_audience = False
    school.client_id_case_insensitive = True
    platform = school.register()
    school.tool_jwks = client.get(school.tool_jwks_path).json()
    assert services_for(platform).access_token([SCORE])
    assert len(school.issued_tokens) == 1


def relayed_form(assertion: str) -> dict:
    return {
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": assertion,
        "scope": SCORE,
    }


@pytest.mark.parametrize(
    ("issuer", "token_endpoint", "audience", "off_site"),
    [
        # Canvas cloud: tokens from its SSO site, audience its issuer's host (as Canvas says).
        (
            "https://canvas.instructure.com",
            "https://sso.canvaslms.com/login/oauth2/token",
            "canvas.instructure.com",
            [],
        ),
        (
            "https://canvas.beta.instructure.com",
            "https://sso.beta.canvaslms.com/login/oauth2/token",
            "",
            [],
        ),
        # A Moodle: everything under its own address.
        (
            "https://moodle.school.example",
            "https://moodle.school.example/mod/lti/token.php",
            "",
            [],
        ),
        # Canvas's SSO named by an LMS that is not Canvas cloud.
        (
            "https://lms.elsewhere.example",
            "https://sso.canvaslms.com/login/oauth2/token",
            "",
            ["token endpoint https://sso.canvaslms.com/login/oauth2/token"],
        ),
        (
            "https://moodle.school.example",
            "https://moodle.school.example/mod/lti/token.php",
            "other-moodle.example",
            ["token audience other-moodle.example"],
        ),
    ],
)
def test_which_token_endpoints_are_the_lms_own(issuer, token_endpoint, audience, off_site):
    link = RegistrationLink(issuer=issuer)
    configuration = {"issuer": issuer, "token_endpoint": token_endpoint}
    if audience:
        configuration["authorization_server"] = audience
    found = _off_site_token_endpoints(
        configuration, link, issuer + "/api/lti/security/openid-configuration"
    )
    assert found == off_site
