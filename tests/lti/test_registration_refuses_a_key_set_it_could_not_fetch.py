"""An LMS that names a key set (jwks_uri) Upstander would never fetch, an http address or one
inside our own network (loopback, private, cloud metadata), is refused while its administrator
is pasting the link, with the reason on the page. Before, the registration was saved and every
launch from it then failed at the fetch guard, long after anyone could say why.

The test LMS's own key set, on loopback, still registers: tests/settings allow 127.0.0.1
explicitly (LTI_OUTBOUND_ALLOWED_HOSTS), as the demo's does for itself."""

from __future__ import annotations

import html

import pytest

from lti.models import Platform
from tests.lti.platform import TestPlatform
from tests.lti.records import configuration_url, paste, registration_link
from tests.personas import safeguarding_lead


@pytest.fixture
def lms_a():
    platform = TestPlatform()
    yield platform
    platform.stop()


def naming_key_set(lms: TestPlatform, jwks_uri: str) -> TestPlatform:
    configuration = lms.openid_configuration()
    lms.openid_configuration = lambda: {**configuration, "jwks_uri": jwks_uri}
    return lms


@pytest.mark.parametrize(
    "jwks_uri",
    [
        "https://169.254.169.254/latest/meta-data/jwks",  # the cloud's metadata service
        "https://10.0.0.7/jwks",  # a private address
        "https://127.0.0.2/jwks",  # loopback, not the one address tests allow
        "http://lms-a.example/jwks",  # not https
    ],
)
def test_a_key_set_address_upstander_would_not_fetch_is_refused_at_registration(
    lms_a, tool_key, client, jwks_uri
):
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    response = paste(client, link, configuration_url(naming_key_set(lms_a, jwks_uri)))

    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert f"The LMS's key set address (jwks_uri) {jwks_uri} was refused" in page
    assert "it must be an https address on the internet" in page
    assert not Platform.objects.exists()
    assert lms_a.registrations == []  # nothing was registered with the LMS either


def test_the_test_lms_key_set_on_an_allowed_loopback_address_still_registers(
    lms_a, tool_key, client, settings
):
    assert settings.LTI_OUTBOUND_ALLOWED_HOSTS == ["127.0.0.1"]
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    response = paste(client, link, configuration_url(lms_a))

    assert response.status_code == 200
    assert Platform.objects.get().key_set_url == lms_a.jwks_url


def test_without_loopback_allowed_the_same_key_set_is_refused(lms_a, tool_key, client, settings):
    # Production allows no host: the LMS's configuration and registration endpoints are let
    # through here (host and port), its key set, on another port of loopback, is not.
    jwks = "http://127.0.0.1:9/jwks"
    settings.LTI_OUTBOUND_ALLOWED_HOSTS = [lms_a.base.removeprefix("http://")]
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    response = paste(client, link, configuration_url(naming_key_set(lms_a, jwks)))

    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert f"(jwks_uri) {jwks} was refused: Only https addresses are accepted." in page
    assert not Platform.objects.exists()
