"""What a student or teacher reads when Upstander refuses a page, cannot find one, or cannot take
a form is in their language: the one their launch named (the LMS pages' language cookie) or
their browser asks for. Before, a Spanish-speaking student read "This page belongs to a course
you are not part of", Django's "CSRF verification failed" and an English "We could not find
that page" inside a Spanish course; an English browser still reads English."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.curriculum.conftest import step_url

pytestmark = pytest.mark.django_db


def in_spanish_course(client: Client) -> Client:
    # What a launch whose locale is es leaves in the frame; her browser asks for English.
    client.cookies[settings.LTI_LANGUAGE_COOKIE_NAME] = "es"
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def said(response) -> str:
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] in ("es", "en")
    return html.html["lang"] + ": " + " ".join(html.select_one("main").get_text(" ").split())


def test_a_student_opening_another_courses_lesson_is_told_why_in_spanish(client, outsider, link):
    client.force_login(outsider)
    response = in_spanish_course(client).get(step_url(link, "read"))

    assert response.status_code == 403
    assert said(response).startswith("es: No puedes abrir esta página aquí")
    assert "Esta página es de un curso del que no formas parte." in said(response)


def test_a_student_opening_the_dashboard_is_told_only_teachers_see_it_in_spanish(
    student_client, course
):
    response = in_spanish_course(student_client).get(
        reverse("curriculum:dashboard", args=[course.pk])
    )
    assert response.status_code == 403
    assert "Solo los docentes de este curso pueden ver su panel." in said(response)


def test_a_spanish_browser_signed_out_of_a_lesson_reads_why_in_spanish(client, link):
    response = client.get(step_url(link, "read"), HTTP_ACCEPT_LANGUAGE="es-419,es;q=0.9")
    assert "No has iniciado sesión en esta lección." in said(response)


def test_an_english_browser_reads_the_refusal_in_english(client, outsider, link):
    client.force_login(outsider)
    response = client.get(step_url(link, "read"), HTTP_ACCEPT_LANGUAGE="en")
    assert said(response).startswith("en: You can't open this page here")
    assert "This page belongs to a course you are not part of." in said(response)


def test_a_step_that_is_not_there_is_not_found_in_spanish(student_client, link):
    response = in_spanish_course(student_client).get(step_url(link, "no-such-step"))

    assert response.status_code == 404
    page = said(response)
    assert page.startswith("es: No encontramos esa página")
    assert "guías para familias" in page
    assert "We could not find" not in page


def test_a_missing_page_is_not_found_in_english_for_an_english_browser(client):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="en-GB")
    assert response.status_code == 404
    assert said(response).startswith("en: We could not find that page")


def test_a_form_refused_by_the_csrf_check_says_what_to_do_in_spanish(student, link):
    browser = in_spanish_course(Client(enforce_csrf_checks=True))
    browser.force_login(student)
    response = browser.post(step_url(link, "reflection"), {"text": "Mi reflexión", "revision": "0"})

    assert response.status_code == 403
    page = said(response)
    assert page.startswith("es: Tu formulario no se envió")
    assert "recarga la página y envíalo otra vez" in page
    assert "CSRF" not in response.content.decode()


def test_an_english_lesson_block_read_aloud_is_labelled_in_the_readers_language(
    student_client, link
):
    html = BeautifulSoup(
        in_spanish_course(student_client).get(step_url(link, "read")).content, "html.parser"
    )
    assert html.select_one("main .block")["lang"] == "en"  # the lesson's own text
    script = html.select_one("script[src*='read_aloud']")
    assert (script["data-label"], script["data-stop"]) == ("Escuchar", "Parar")
