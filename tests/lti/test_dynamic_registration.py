"""An LMS administrator pastes one URL; the platform registers itself and can launch."""

from lti.models import Platform
from lti.registration import registration_token


def test_the_platform_registers_itself_through_the_pasted_url(test_platform, tool_key, client):
    test_platform.reset()
    url = f"/lti/register/{registration_token()}/"
    response = client.get(
        url,
        {
            "openid_configuration": test_platform.base + "/.well-known/openid-configuration",
            "registration_token": "reg-token",
        },
        secure=True,
    )
    assert response.status_code == 200, response.content[:300]
    assert b"org.imsglobal.lti.close" in response.content
    platform = Platform.objects.get(client_id="dynamic-client")
    assert platform.issuer == test_platform.issuer
    assert platform.source == Platform.Source.DYNAMIC
    assert platform.key_set_url == test_platform.jwks_url
    assert [d.deployment_id for d in platform.deployments.all()] == ["dynamic-deployment"]
    assert "https://purl.imsglobal.org/spec/lti-ags/scope/score" in platform.granted_scopes
    [sent] = test_platform.registrations
    assert sent["initiate_login_uri"] == "https://testserver/lti/login/"
    assert sent["jwks_uri"] == "https://testserver/lti/jwks/"
    assert "email" not in sent["https://purl.imsglobal.org/spec/lti-tool-configuration"]["claims"]


def test_a_forged_registration_link_is_refused(test_platform, tool_key, client):
    response = client.get(
        "/lti/register/not-a-real-token/",
        {
            "openid_configuration": test_platform.base + "/.well-known/openid-configuration",
        },
        secure=True,
    )
    assert response.status_code == 403
    assert not Platform.objects.exists()
