"""The LMS administrator who pastes a Dynamic Registration link reads what happened in their
browser's language, as every other page: a link that is not valid, a configuration refused and
why, a key set refused and why, and the confirmation. The log stays in English for the people
who run the tool. Before, every one of these pages was English whatever the browser asked for."""

from __future__ import annotations

import html
import logging

import pytest

from lti.models import Platform
from tests.lti.platform import TestPlatform
from tests.lti.records import configuration_url, registration_link
from tests.personas import safeguarding_lead

SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es-419,es;q=0.9"}


@pytest.fixture
def lms_a():
    platform = TestPlatform()
    yield platform
    platform.stop()


def paste_in_spanish(client, link: str, lms: TestPlatform):
    return client.get(
        link,
        {"openid_configuration": configuration_url(lms), "registration_token": "reg-token"},
        secure=True,
        **SPANISH,
    )


def page_of(response) -> str:
    assert response["Content-Language"] == "es"
    text = html.unescape(response.content.decode())
    assert '<html lang="es">' in text
    return text


def test_a_link_that_is_not_valid_is_explained_in_spanish(lms_a, tool_key, client):
    response = client.get(
        "/lti/register/not-a-real-token/",
        {"openid_configuration": configuration_url(lms_a)},
        secure=True,
        **SPANISH,
    )
    assert response.status_code == 403
    page = page_of(response)
    assert "Este enlace de registro no es válido." in page
    assert "Upstander no pudo abrir esta página" in page


def test_a_configuration_naming_another_issuer_is_refused_in_spanish_and_logged_in_english(
    lms_a, tool_key, client, caplog
):
    caplog.set_level(logging.WARNING, logger="lti.registration")
    link = registration_link(client, safeguarding_lead(), lms_a.base)
    lms_a.issuer = "https://lms-b.example"

    response = paste_in_spanish(client, link, lms_a)

    assert response.status_code == 400
    page = page_of(response)
    assert "El LMS dice que su emisor (issuer) es 'https://lms-b.example'" in page
    assert "this link was made for" not in page
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "The LMS says its issuer is 'https://lms-b.example'" in logged
    assert "emisor" not in logged
    assert not Platform.objects.exists()


def test_a_key_set_address_refused_says_why_in_spanish(lms_a, tool_key, client):
    configuration = lms_a.openid_configuration()
    lms_a.openid_configuration = lambda: {**configuration, "jwks_uri": "http://lms-a.example/k"}
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)

    response = paste_in_spanish(client, link, lms_a)

    assert response.status_code == 400
    page = page_of(response)
    assert (
        "Se rechazó la dirección de las claves del LMS (jwks_uri) http://lms-a.example/k: "
        "Solo se aceptan direcciones https." in page
    )


def test_a_registration_is_confirmed_in_spanish(lms_a, tool_key, client):
    link = registration_link(client, safeguarding_lead(), lms_a.issuer)
    response = paste_in_spanish(client, link, lms_a)

    assert response.status_code == 200
    page = page_of(response)
    assert "Upstander está registrado" in page
    assert "ya puede abrir Upstander. Puedes cerrar esta ventana." in page
    assert Platform.objects.get().is_active
