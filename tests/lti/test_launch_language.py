"""An LMS says which language it shows a person in (`launch_presentation.locale`, or OpenID's
`locale`): the pages after the launch take it, through Django's own language cookie, which
inside the LMS frame travels as the frame's other cookies do. Before, the claim was ignored and
a student in a Spanish course got English pages whenever their browser asked for English."""

from __future__ import annotations

import pytest

from lti.claims import launch_language

PRESENTATION = "https://purl.imsglobal.org/spec/lti/claim/launch_presentation"


@pytest.mark.parametrize(
    ("claims", "language"),
    [
        ({PRESENTATION: {"locale": "es"}}, "es"),
        ({PRESENTATION: {"locale": "es-MX"}}, "es"),
        ({PRESENTATION: {"locale": "es_419"}}, "es"),  # Moodle writes an underscore
        ({PRESENTATION: {"locale": "ES"}}, "es"),
        ({PRESENTATION: {"locale": "en-US"}}, "en"),
        ({PRESENTATION: {"locale": "fr-CA"}}, ""),  # a language the site does not speak
        ({PRESENTATION: {"locale": "fr-CA"}, "locale": "es-ES"}, "es"),  # the user's own
        ({"locale": "es-AR"}, "es"),
        ({PRESENTATION: {"locale": 7}}, ""),
        ({PRESENTATION: "es"}, ""),  # not an object: ignored, never a failed launch
        ({PRESENTATION: {"locale": "es-" + "x" * 200}}, ""),
        ({}, ""),
    ],
)
def test_the_launch_names_a_language_the_site_speaks_or_none(claims, language):
    assert launch_language(claims) == language


def launch_with_locale(lms, lessons, locale):
    def say_locale(claims):
        claims[PRESENTATION] = {"locale": locale, "document_target": "iframe"}

    return lms.launch(
        lambda nonce, target: lms.platform.resource_link_claims(
            nonce, target, sub="student-es", roles=[LEARNER], lesson_id=lessons[0].pk
        ),
        mutate=say_locale,
    )


LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"


def test_a_launch_in_spanish_keeps_spanish_for_the_pages_inside_the_frame(lms, lessons):
    response = launch_with_locale(lms, lessons, "es-MX")

    assert response.status_code == 302
    cookie = response.cookies["lti_language"]
    assert cookie.value == "es"
    # Inside the LMS frame: sent back on cross-site requests, like the frame's session.
    assert cookie["samesite"] == "None" and cookie["secure"]
    assert "django_language" not in response.cookies
    # The next page in the frame reads it, whatever the browser's own language.
    concern = lms.client.get("/concern/", HTTP_ACCEPT_LANGUAGE="en", secure=True)
    assert concern.headers["Content-Language"] == "es"


def test_a_launch_in_a_language_the_site_does_not_speak_leaves_the_browser_to_decide(lms, lessons):
    response = launch_with_locale(lms, lessons, "fr-CA")

    assert response.status_code == 302
    assert "lti_language" not in response.cookies
    concern = lms.client.get("/concern/", HTTP_ACCEPT_LANGUAGE="en", secure=True)
    assert concern.headers["Content-Language"] == "en"
