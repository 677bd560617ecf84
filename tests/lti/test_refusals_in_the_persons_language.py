"""A launch or login Upstander refuses says why in the person's language, as every other page
does: the language the launch asks for (`launch_presentation.locale`, read from the refused
token without trusting it: it only picks the words), else the browser's. Before, a
Spanish-speaking student whose link had expired read "The launch has expired..." in English
inside a Spanish course. The log stays in English for the people who run the tool."""

from __future__ import annotations

import logging
import time

from tests.lti.platform import LEARNER

PRESENTATION = "https://purl.imsglobal.org/spec/lti/claim/launch_presentation"


def expired_launch(lms, lessons, locale: str | None, **headers):
    def claims_for(nonce, target):
        claims = lms.platform.resource_link_claims(
            nonce, target, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
        )
        claims["exp"] = int(time.time()) - 3600
        if locale:
            claims[PRESENTATION] = {"locale": locale, "document_target": "iframe"}
        return claims

    login = lms.login()
    token = lms.platform.sign(claims_for(login.nonce, "https://testserver/lti/launch/"))
    return lms.client.post(
        "/lti/launch/", {"id_token": token, "state": login.state}, secure=True, **headers
    )


def test_a_student_in_a_spanish_course_reads_why_in_spanish(lms, lessons, caplog):
    caplog.set_level(logging.WARNING, logger="lti.security")
    response = expired_launch(lms, lessons, "es-MX", HTTP_ACCEPT_LANGUAGE="en")

    page = response.content.decode()
    assert response.status_code == 401
    assert "El acceso ha caducado. Vuelve a abrir el enlace desde tu curso." in page
    assert "Upstander no pudo abrir esta página" in page
    assert "<code>expired</code>" in page
    assert '<html lang="es">' in page and response["Content-Language"] == "es"
    assert "expired" not in page.replace("<code>expired</code>", "")
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "LTI launch rejected: expired (Signature has expired)" in messages
    assert "caducado" not in messages


def test_a_student_who_may_not_pick_lessons_is_told_in_spanish_and_logged_in_english(
    lms, lessons, caplog
):
    caplog.set_level(logging.WARNING, logger="lti.security")

    def student_in_the_picker(nonce, target):
        claims = lms.platform.deep_linking_claims(nonce, target, sub="student-1", roles=[LEARNER])
        claims[PRESENTATION] = {"locale": "es_419"}
        return claims

    response = lms.launch(student_in_the_picker)

    assert response.status_code == 403
    assert "Solo los docentes pueden elegir lecciones." in response.content.decode()
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "LTI launch rejected: not_teacher (Only teachers can choose lessons.)" in messages


def test_a_launch_that_names_no_language_answers_in_the_browsers(lms, lessons):
    response = expired_launch(lms, lessons, None, HTTP_ACCEPT_LANGUAGE="es-419,es;q=0.9")
    assert "El acceso ha caducado" in response.content.decode()


def test_the_launchs_language_comes_before_the_browsers(lms, lessons):
    response = expired_launch(lms, lessons, "en-US", HTTP_ACCEPT_LANGUAGE="es")
    page = response.content.decode()
    assert "The launch has expired. Open the link again from your course." in page
    assert '<html lang="en">' in page


def test_a_refused_login_answers_in_the_browsers_language(lms):
    params = lms.platform.login_params(
        "https://testserver/lti/launch/", iss="https://unknown-lms.example"
    )
    response = lms.client.get(
        "/lti/login/", params, secure=True, HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9"
    )
    assert response.status_code == 400
    assert "Este LMS no está registrado en Upstander." in response.content.decode()


def test_a_refusal_with_a_detail_keeps_the_detail_in_either_language(lms, lessons):
    def no_iat(nonce, target):
        claims = lms.platform.resource_link_claims(
            nonce, target, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
        )
        del claims["iat"]
        claims[PRESENTATION] = {"locale": "es"}
        return claims

    response = lms.launch(no_iat)
    assert response.status_code == 400
    assert "El token de acceso no tiene &#x27;iat&#x27;." in response.content.decode()
