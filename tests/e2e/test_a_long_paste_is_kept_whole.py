"""A student pastes more than Upstander takes (a long worry, a story copied from elsewhere) and
keeps every word: the box holds all of it, and sending says how long it may be, in the page's
language, with nothing sent and nothing cut. Before, the box's `maxlength` cut the paste at the
limit without a word: a Spanish student's 6,000-character worry went to the adult as its first
5,000 characters under "Escribe todo lo que quieras", and a 10,500-character post lost its end.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.e2e.conftest import PHONE_OPTIONS, _new_page
from tests.e2e.test_student_completes_a_lesson import classroom, sign_in  # noqa: F401

pytestmark = pytest.mark.browser

WORRY = "Unos chicos de mi clase me mandan mensajes feos cada noche y ya no sé qué hacer. "


def pasted(page, label: str, text: str) -> str:
    """Paste `text` into the box named `label`, as Ctrl+V does; what the box then holds."""
    box = page.get_by_label(label)
    box.focus()
    page.keyboard.insert_text(text)
    return box.input_value()


@pytest.fixture
def student_phone(browser, demo):
    contexts: list = []
    yield _new_page(browser, contexts, base_url=demo.url, **PHONE_OPTIONS)
    for context in contexts:
        context.close()


def test_a_spanish_student_who_pastes_a_long_worry_keeps_every_word(student_phone):
    from moderation.models import Concern

    page = student_phone
    worry = (WORRY * 80)[:6000]
    page.goto("/concern/?language=es")
    page.get_by_label("Ms Rivera (Coordinadora de bienestar y protección)").check()
    page.get_by_label("De mí").check()
    page.get_by_label("¿Sobre qué tema es?").select_option("bullying")
    assert len(pasted(page, "¿Qué está pasando?", worry)) == 6000

    page.get_by_role("button", name="Enviar a la persona que elegí").click()
    page.get_by_role("heading", name="Revisa tus respuestas").wait_for()
    assert "5000 caracteres como máximo; escribiste 6000" in page.locator("main").inner_text()
    assert page.get_by_label("¿Qué está pasando?").input_value() == worry
    assert not Concern.objects.exists()


def test_a_student_who_pastes_a_long_post_keeps_every_word(page, site, classroom):  # noqa: F811
    from curriculum.models import DiscussionPost

    story = ("I asked my cousin before I shared her photo and she said no, so I didn't. " * 150)[
        :10_500
    ]
    sign_in(page, site, classroom["sam"])
    page.goto(reverse("curriculum:learn_step", args=[classroom["link"].pk, "discussion"]))
    assert len(pasted(page, "Your post", story)) == 10_500

    page.get_by_role("button", name="Post to the class").click()
    page.get_by_text("the limit is 10,000").wait_for()
    assert page.get_by_label("Your post").input_value() == story
    assert not DiscussionPost.objects.exists()
