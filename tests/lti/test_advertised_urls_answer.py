"""Every address Upstander hands an LMS at registration works when the LMS uses it: Moodle shows
the logo in Manage tools, the activity chooser and every activity page, and sends people to the
login, launch and deep-linking addresses for as long as the registration lives."""

from __future__ import annotations

import pytest

from lti.models import Platform
from tests.lti.driver import IN_FRAME, TARGET, Lms
from tests.lti.platform import MOODLE, TestPlatform
from tests.lti.records import CANVAS_ENDPOINTS, platform_by_hand, registration_link
from tests.personas import safeguarding_lead

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def moodle():
    platform = TestPlatform(behaviour=MOODLE)
    yield platform
    platform.stop()


@pytest.fixture
def static_served_as_in_production(settings):
    """WhiteNoise in front of the site, as production runs it (finders: no collectstatic)."""
    middleware = list(settings.MIDDLEWARE)
    middleware.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")
    settings.MIDDLEWARE = middleware
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


def urls_in(value) -> list[str]:
    """Every address of Upstander's anywhere in the registration it sent (role and scope
    names are URLs too, but not addresses anyone opens)."""
    if isinstance(value, str):
        return [value] if value.startswith("https://testserver/") else []
    if isinstance(value, dict):
        return [url for item in value.values() for url in urls_in(item)]
    if isinstance(value, list):
        return [url for item in value for url in urls_in(item)]
    return []


def registered_by_moodle(client, moodle: TestPlatform) -> tuple[dict, Platform]:
    link = registration_link(client, safeguarding_lead(), moodle.issuer)
    response = client.get(
        link,
        {
            "openid_configuration": moodle.base + "/.well-known/openid-configuration",
            "registration_token": "reg-token",
        },
        secure=True,
    )
    assert response.status_code == 200, response.content[:300]
    [sent] = moodle.registrations
    platform = Platform.objects.get(client_id=moodle.registration_client_id)
    moodle.client_id, moodle.deployment_id = platform.client_id, "dynamic-deployment"
    return sent, platform


def test_every_address_in_the_registration_answers_as_moodle_uses_it(
    client, tool_key, moodle, lessons, static_served_as_in_production
):
    sent, _ = registered_by_moodle(client, moodle)
    tool = sent["https://purl.imsglobal.org/spec/lti-tool-configuration"]
    advertised = set(urls_in(sent))
    used = {
        sent["logo_uri"],
        sent["jwks_uri"],
        sent["initiate_login_uri"],
        *sent["redirect_uris"],
        tool["target_link_uri"],
        *(message["target_link_uri"] for message in tool["messages"]),
    }
    assert advertised == used, "an address below is not checked"

    logo = client.get(sent["logo_uri"], secure=True)
    assert logo.status_code == 200 and logo["Content-Type"] == "image/png"
    assert b"".join(logo.streaming_content).startswith(PNG_SIGNATURE)
    assert sent["logo_uri"] == "https://testserver/static/img/logo.png"

    keys = client.get(sent["jwks_uri"], secure=True)
    assert keys.status_code == 200 and keys.json()["keys"]
    moodle.tool_jwks = keys.json()

    # The login address, posted as Moodle posts it from its frame: the page that checks cookies.
    assert sent["initiate_login_uri"] == "https://testserver/lti/login/"
    page = client.post(
        sent["initiate_login_uri"], moodle.login_params(TARGET), secure=True, **IN_FRAME
    )
    assert page.status_code == 200

    # The launch address (every redirect URI and message target): only ever posted to.
    for url in {*sent["redirect_uris"], tool["target_link_uri"]}:
        assert url == TARGET
        assert client.get(url, secure=True).status_code == 405
    lms = Lms(moodle, client)
    student = lms.student_launch(lessons[0])
    assert student.status_code == 302 and student["Location"].startswith("/learn/")
    picker = lms.deep_linking_launch()
    assert picker.status_code == 302
    assert client.get(picker["Location"], secure=True).status_code == 200


def test_the_logo_is_also_there_as_the_svg_it_is_drawn_from(client, static_served_as_in_production):
    svg = client.get("/static/img/logo.svg")
    assert svg.status_code == 200 and svg["Content-Type"] == "image/svg+xml"
    assert b"<title" in b"".join(svg.streaming_content)
    small = client.get("/static/img/logo-64.png")
    assert small.status_code == 200


def test_canvas_json_configuration_addresses_answer_too(
    client, tool_key, static_served_as_in_production
):
    platform = platform_by_hand("https://canvas.school.example", endpoints=CANVAS_ENDPOINTS)
    config = client.get(f"/lti/canvas/{platform.tool_key_set}.json", secure=True).json()
    assert client.get(config["public_jwk_url"], secure=True).status_code == 200
    assert client.get(config["target_link_uri"], secure=True).status_code == 405
    assert client.get(config["oidc_initiation_url"], secure=True).status_code == 400  # no LMS
    [canvas] = config["extensions"]
    icon = client.get(canvas["settings"]["icon_url"], secure=True)
    assert icon.status_code == 200 and icon["Content-Type"] == "image/png"
