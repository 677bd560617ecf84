"""An LMS administrator pastes one URL; the platform registers itself and can launch.

The URL is a one-use link a safeguarding lead made for that one LMS: it registers nothing else,
nothing twice, and nothing after it expires.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from lti.models import Platform, RegistrationLink
from tests.lti.platform import TestPlatform
from tests.lti.records import configuration_url, paste, registration_link
from tests.personas import content_editor, safeguarding_lead


@pytest.fixture
def lms_a():
    """A school's LMS of its own (its configuration may be changed by a test)."""
    platform = TestPlatform()
    yield platform
    platform.stop()


def test_the_platform_registers_itself_through_a_link_a_lead_made(lms_a, tool_key, client):
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    response = paste(client, link, configuration_url(lms_a))
    assert response.status_code == 200, response.content[:300]
    assert b"org.imsglobal.lti.close" in response.content
    assert b"can now launch Upstander" in response.content
    platform = Platform.objects.get(client_id="dynamic-client")
    assert platform.issuer == lms_a.issuer
    assert platform.is_active and not platform.awaiting_approval
    assert platform.source == Platform.Source.DYNAMIC
    assert platform.key_set_url == lms_a.jwks_url
    assert platform.extra_origins == [lms_a.base]  # where its configuration came from
    assert [d.deployment_id for d in platform.deployments.all()] == ["dynamic-deployment"]
    assert "https://purl.imsglobal.org/spec/lti-ags/scope/score" in platform.granted_scopes
    [sent] = lms_a.registrations
    assert sent["initiate_login_uri"] == "https://testserver/lti/login/"
    # A key set of its own, which no other LMS is told to trust (tests/lti/test_key_sets.py).
    assert sent["jwks_uri"] == f"https://testserver/lti/jwks/{platform.tool_key_set}/"
    assert platform.tool_key_set
    assert "email" not in sent["https://purl.imsglobal.org/spec/lti-tool-configuration"]["claims"]
    assert RegistrationLink.objects.get().platform == platform


def test_a_forged_registration_link_is_refused(lms_a, tool_key, client):
    response = paste(client, "/lti/register/not-a-real-token/", configuration_url(lms_a))
    assert response.status_code == 403
    assert b"not valid" in response.content
    assert not Platform.objects.exists()


def test_registration_link_with_userinfo_host_is_refused(lms_a, tool_key, client):
    # The reviewer's trick: "http://lms-a.test@127.0.0.1:..." starts with "http://lms-a.test"
    # but is fetched from 127.0.0.1, where the fake platform listens.
    link = registration_link(client, safeguarding_lead(), "http://lms-a.test")
    fake = lms_a.base.replace("http://", "http://lms-a.test@") + "/.well-known/openid-configuration"
    lms_a.issuer = "http://lms-a.test"
    response = paste(client, link, fake)
    assert response.status_code == 400
    assert b"user name or password" in response.content
    assert not Platform.objects.exists()
    assert lms_a.registrations == []  # nothing was sent to it


def test_a_configuration_from_another_lms_than_the_links_is_refused(lms_a, tool_key, client):
    # A fake platform claims school A's issuer, from its own address.
    school_a = "https://lms-a.example"
    link = registration_link(client, safeguarding_lead(), school_a)
    lms_a.issuer = school_a
    response = paste(client, link, configuration_url(lms_a))
    assert response.status_code == 400
    assert b"does not come from the LMS this link was made for" in response.content
    assert not Platform.objects.exists()
    assert lms_a.registrations == []


def test_a_configuration_whose_issuer_differs_from_the_links_issuer_is_refused(
    lms_a, tool_key, client
):
    link = registration_link(client, safeguarding_lead(), lms_a.base)
    lms_a.issuer = "https://lms-b.example"  # served from A's address, says it is school B
    response = paste(client, link, configuration_url(lms_a))
    assert response.status_code == 400
    assert b"this link was made for" in response.content
    assert not Platform.objects.exists()
    assert lms_a.registrations == []


def test_a_registration_link_works_once_then_says_it_was_used(lms_a, tool_key, client):
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    assert paste(client, link, configuration_url(lms_a)).status_code == 200
    lms_a.registration_client_id = "another-client"
    again = paste(client, link, configuration_url(lms_a))
    assert again.status_code == 403
    assert b"already been used" in again.content
    assert list(Platform.objects.values_list("client_id", flat=True)) == ["dynamic-client"]


def test_opening_the_link_outside_the_lms_does_not_use_it(lms_a, tool_key, client):
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    assert client.get(link, secure=True).status_code == 400  # "paste this into your LMS"
    assert paste(client, link, configuration_url(lms_a)).status_code == 200


def test_an_expired_registration_link_is_refused(lms_a, tool_key, client, settings):
    assert settings.LTI_REGISTRATION_LINK_HOURS == 24
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    made = RegistrationLink.objects.get()
    assert abs(made.expires_at - made.created_at - timedelta(hours=24)) < timedelta(minutes=1)
    RegistrationLink.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = paste(client, link, configuration_url(lms_a))
    assert response.status_code == 403
    assert b"expired" in response.content
    assert not Platform.objects.exists()


def test_only_a_hash_of_the_links_token_is_stored(lms_a, tool_key, client):
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    token = link.split("/")[-2]
    made = RegistrationLink.objects.get()
    assert token not in made.token_hash and len(made.token_hash) == 64


def test_a_content_editor_cannot_create_a_registration_link(lms_a, tool_key, client):
    client.force_login(content_editor(is_staff=True))
    response = client.post("/admin/lti/registration-links/new/", {"issuer": lms_a.issuer})
    assert b"/lti/register/" not in response.content
    assert not RegistrationLink.objects.exists()
    page = client.get("/admin/lti/self-test/")
    assert b"Create a registration link" not in page.content


def test_a_lead_creates_a_link_only_by_post(lms_a, tool_key, client):
    lead = safeguarding_lead()
    client.force_login(lead)
    page = client.get("/admin/lti/self-test/")
    assert page.status_code == 200
    assert b"Create a registration link" in page.content
    assert b"/lti/register/" not in page.content  # no link appears on a GET
    assert client.get("/admin/lti/registration-links/new/").status_code == 405
    assert not RegistrationLink.objects.exists()
    made = client.post("/admin/lti/registration-links/new/", {"issuer": lms_a.issuer})
    assert made.status_code == 200 and b"/lti/register/" in made.content
    assert RegistrationLink.objects.get().created_by == lead


def test_a_link_needs_a_web_address_as_issuer(tool_key, client):
    client.force_login(safeguarding_lead())
    response = client.post("/admin/lti/registration-links/new/", {"issuer": "javascript:alert(1)"})
    assert response.status_code == 400
    assert b"Only http and https addresses" in response.content
    assert not RegistrationLink.objects.exists()


@pytest.mark.parametrize("endpoint", ["authorization_endpoint", "token_endpoint", "jwks_uri"])
def test_a_registration_naming_a_javascript_endpoint_is_refused(lms_a, tool_key, client, endpoint):
    configuration = lms_a.openid_configuration()
    lms_a.openid_configuration = lambda: {**configuration, endpoint: "javascript:alert(1)//"}
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    response = paste(client, link, configuration_url(lms_a))
    assert response.status_code == 400
    assert b"Only http and https addresses" in response.content
    assert not Platform.objects.exists()


def test_an_lms_that_cannot_be_reached_gets_a_clear_answer(tool_key, client):
    link = registration_link(client, safeguarding_lead(), "http://127.0.0.1:9")
    response = paste(client, link, "http://127.0.0.1:9/.well-known/openid-configuration")
    assert response.status_code == 400
    assert b"did not complete the registration" in response.content
    assert not Platform.objects.exists()


def frame_ancestors(response) -> list[str]:
    policy = response["Content-Security-Policy"]
    [directive] = [d for d in policy.split(";") if d.strip().startswith("frame-ancestors")]
    return directive.split()[1:]


def test_the_registration_page_may_be_framed_by_the_links_lms_and_no_one_an_attacker_names(
    lms_a, tool_key, client
):
    # A bogus token with an attacker's configuration URL: the page frames for no one extra.
    forged = paste(client, "/lti/register/bogus/", "https://evil.example/openid")
    assert "https://evil.example" not in frame_ancestors(forged)
    # A real link pasted with a foreign configuration URL: refused, and still no one extra.
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    foreign = paste(client, link, "https://evil.example/.well-known/openid-configuration")
    assert "https://evil.example" not in frame_ancestors(foreign)
    # The LMS the link was made for frames its own registration.
    second = registration_link(client, safeguarding_lead("lead-b"), lms_a.issuer)
    ours = paste(client, second, configuration_url(lms_a))
    assert ours.status_code == 200
    assert lms_a.base in frame_ancestors(ours)


def registration_answer(lms, **tool_configuration) -> dict:
    return {
        "client_id": "dynamic-client",
        "scope": "https://purl.imsglobal.org/spec/lti-ags/scope/score",
        "https://purl.imsglobal.org/spec/lti-tool-configuration": tool_configuration,
    }


@pytest.mark.parametrize("deployment_id", ["d" * 256, "deployment\x00-1"])
def test_a_registration_with_a_deployment_id_no_launch_could_name_is_refused_not_a_500(
    lms_a, tool_key, client, deployment_id
):
    lms_a.registration_answer = registration_answer(lms_a, deployment_id=deployment_id)
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    response = paste(client, link, configuration_url(lms_a))
    assert response.status_code == 400
    assert b"deployment id is not valid" in response.content
    assert not Platform.objects.exists()


def test_a_deployment_id_sent_as_a_number_is_recorded_as_launches_name_it(lms_a, tool_key, client):
    lms_a.registration_answer = registration_answer(lms_a, deployment_id=5)
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    assert paste(client, link, configuration_url(lms_a)).status_code == 200
    platform = Platform.objects.get()
    assert [d.deployment_id for d in platform.deployments.all()] == ["5"]


def test_an_authorization_server_that_is_not_text_is_not_used_as_the_token_audience(
    lms_a, tool_key, client
):
    lms_a.configuration_answer = {
        **lms_a.openid_configuration(),
        "authorization_server": {"aud": "https://elsewhere.example"},
    }
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    assert paste(client, link, configuration_url(lms_a)).status_code == 200
    assert Platform.objects.get().auth_audience == ""
