"""Lucía reads a Spanish family guide on her phone (390 px), follows its footer link to tell a
trusted adult, and sends the form in Spanish from Chromium, over http (`make demo`) and behind
TLS (production): what is missing is said in Spanish, the form is sent at the first real
submit, the claim code comes with a Spanish warning, and the code opens her conversation in
Spanish. A real browser's submit matters here: the concern form once refused every submit in
Chromium (a 403 from the CSRF check, see test_concern_journey.py), which no test client saw."""

from __future__ import annotations

import pytest

from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import PHONE, PHONE_OPTIONS, _new_page, scroll_width

pytestmark = pytest.mark.browser

LUCIAS_WORDS = "Unos chicos del grupo me mandan mensajes feos por la noche. ¿Qué hago? Tengo miedo."
FOOTER_LINK = "¿Algo te preocupa? Cuéntaselo a una persona adulta de confianza"
SEND = "Enviar a la persona que elegí"


@pytest.fixture
def lucias_phone(browser, school):
    """A phone 390 px wide, on the demo over http or behind TLS (`school`)."""
    contexts: list = []
    page = _new_page(browser, contexts, base_url=school, ignore_https_errors=True, **PHONE_OPTIONS)
    page.refused = []  # every 4xx/5xx she met
    page.on("response", lambda r: r.status >= 400 and page.refused.append(f"{r.status} {r.url}"))
    yield page
    for context in contexts:
        context.close()


def fits(page) -> None:
    assert scroll_width(page) <= PHONE["width"], f"{page.url} scrolls sideways at 390 px"


def test_a_student_sends_the_spanish_concern_form_from_her_phone(lucias_phone):
    from curriculum.models import FamilyResourcePage
    from moderation.models import Concern

    lucia = lucias_phone
    guide = FamilyResourcePage.objects.live().get(slug="talking-about-cyberbullying-es")
    lucia.goto(guide.url)
    lucia.get_by_role("link", name=FOOTER_LINK).click()
    lucia.wait_for_url("**/concern/?language=es")

    assert lucia.locator("html").get_attribute("lang") == "es"
    lucia.get_by_role("heading", name="Cuéntaselo a una persona adulta de confianza").wait_for()
    fits(lucia)
    assert_accessible(lucia, "the Spanish concern form on a phone")

    # Sent empty: the page says, in Spanish, what is missing, and keeps her in Spanish.
    lucia.get_by_role("button", name=SEND).click()
    lucia.get_by_role("heading", name="Revisa tus respuestas").wait_for()
    lucia.get_by_role("link", name="Escribe unas palabras sobre lo que está pasando.").wait_for()
    assert lucia.url.endswith("/concern/?language=es")
    fits(lucia)
    assert lucia.refused == [f"400 {lucia.url}"]  # the form, shown again with its errors
    lucia.refused.clear()

    lucia.get_by_label("Ms Rivera (Coordinadora de bienestar y protección)").check()
    lucia.get_by_label("De mí").check()
    lucia.get_by_label("¿Sobre qué tema es?").select_option("bullying")
    lucia.get_by_label("¿Qué está pasando?").fill(LUCIAS_WORDS)
    lucia.get_by_role("button", name=SEND).click()

    lucia.get_by_role("heading", name="Gracias por contárnoslo").wait_for()
    fits(lucia)
    assert lucia.refused == []
    assert "no podemos volver a mostrártelo" in lucia.locator("main").inner_text()
    code = lucia.get_by_role("textbox", name="Código de seguimiento").input_value()
    assert len(code.replace("-", "")) == 16
    concern = Concern.objects.get()
    assert concern.anonymous and concern.post.text == LUCIAS_WORDS
    assert concern.trusted_adult.display_name == "Ms Rivera"

    # Her code opens the conversation, still in Spanish.
    lucia.get_by_role("link", name="Lee las respuestas con tu código de seguimiento").click()
    lucia.get_by_label("Tu código de seguimiento").fill(code)
    lucia.get_by_role("button", name="Abrir").click()
    lucia.get_by_role("heading", name="Tu conversación con Ms Rivera").wait_for()
    fits(lucia)
    assert LUCIAS_WORDS in lucia.locator("main").inner_text()
    assert lucia.refused == []
