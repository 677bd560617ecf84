"""Sofía's course is in Spanish: the launch says es, so Upstander's own words around a lesson (the
step list, the progress line, buttons, quiz results and the messages telling her what to fix)
are Spanish, while the lesson itself stays in the English it was written in. Before, she read
"Step 3 of 7", "Check my answers" and "Please answer every question" in English, inside an
otherwise Spanish LMS, whatever her course's language."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from tests.curriculum.conftest import step_url
from tests.curriculum.test_discussion import holding_moderation  # noqa: F401
from tests.curriculum.test_quiz_tries_and_review import WRONG, by_text, shown

pytestmark = pytest.mark.django_db

# Words of ours that would give away an English page; the lesson's own text is taken out first.
ENGLISH = {
    "the", "your", "you", "of", "step", "steps", "done", "quiz", "try", "tries", "answer",
    "answers", "right", "next", "my", "save", "post", "please", "check", "progress", "lesson",
    "reflection", "pass", "mark", "left", "show", "again", "empty", "write",
}  # fmt: skip


@pytest.fixture
def sofia(student_client):
    # What a launch whose locale is es leaves in the frame (tests/lti/test_launch_language.py);
    # her browser asks for English, so only the launch can make the page Spanish.
    student_client.cookies[settings.LTI_LANGUAGE_COOKIE_NAME] = "es"
    student_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return student_client


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def our_words(html: BeautifulSoup) -> set[str]:
    """The words on the page that are not the lesson's: its title, questions, choices, feedback,
    prompts and body text are English by design."""
    main = html.select_one("main") or html
    for lesson_text in main.select(
        "h1, legend, .quiz label, .quiz-review strong, .feedback, .prompt, .block, .rule-lesson"
    ):
        lesson_text.decompose()
    text = main.get_text(" ")
    for choice in WRONG:
        text = text.replace(choice, " ")
    return set(re.findall(r"[a-záéíóúñ]+", text.lower()))


def test_the_quiz_step_speaks_spanish_around_the_english_lesson(sofia, link):
    html = page(sofia.get(step_url(link, "quiz")))

    assert html.html["lang"] == "es"
    progress = html.select_one("#progress-label").get_text(" ", strip=True)
    assert progress.startswith("Paso ") and " de " in progress and "pasos hechos" in progress
    assert html.select_one("#step-heading").get_text(strip=True) == "Cuestionario"
    assert html.select_one(".quiz button").get_text(strip=True) == "Comprobar mis respuestas"
    assert "Mi progreso" in html.select_one(".site-header").get_text()
    # The lesson's own words stay as written.
    assert "crayon-glacier-trumpet-moss" in html.select_one(".quiz").get_text()
    # ...and say so, so a screen reader reads them in an English voice on a Spanish page.
    assert html.select_one("main h1")["lang"] == "en"
    assert all(label["lang"] == "en" for label in html.select(".quiz fieldset label"))
    assert not our_words(html) & ENGLISH, our_words(html) & ENGLISH


def test_an_unanswered_quiz_is_refused_in_spanish(sofia, link):
    fields = shown(sofia, link)["fields"]

    response = sofia.post(step_url(link, "quiz"), fields)

    assert response.status_code == 400
    html = page(response)
    error = html.select_one("#form-error").get_text(" ", strip=True)
    assert error == (
        "Responde todas las preguntas antes de enviar (la pregunta 1 no tiene respuesta)."
    )
    assert not our_words(html) & ENGLISH, our_words(html) & ENGLISH


def test_a_wrong_try_is_marked_and_explained_in_spanish(sofia, link):
    sofia.post(step_url(link, "quiz"), by_text(shown(sofia, link), WRONG))

    html = page(sofia.get(step_url(link, "quiz")))

    result = html.select_one("#result").get_text(" ", strip=True)
    assert "Tu resultado: 0 de 2 correctas" in result
    assert "No es correcta" in result and "Intentar el cuestionario otra vez" in result
    assert not our_words(html) & ENGLISH, our_words(html) & ENGLISH


def test_an_empty_reflection_is_refused_in_spanish(sofia, link):
    response = sofia.post(step_url(link, "reflection"), {"text": "   ", "revision": "0"})

    assert response.status_code == 400
    html = page(response)
    assert html.select_one("#form-error").get_text(strip=True) == (
        "Tu reflexión está vacía. Escribe algo antes de guardar."
    )
    assert html.select_one("label[for=reflection-text]").get_text() == "Tu reflexión"
    assert not our_words(html) & ENGLISH, our_words(html) & ENGLISH


def test_a_student_whose_launch_says_english_keeps_english(student_client, link):
    student_client.cookies[settings.LTI_LANGUAGE_COOKIE_NAME] = "en"

    html = page(student_client.get(step_url(link, "quiz")))

    assert html.html["lang"] == "en"
    assert html.select_one(".quiz button").get_text(strip=True) == "Check my answers"


def test_a_post_to_the_class_is_confirmed_in_spanish(sofia, link):
    form = page(sofia.get(step_url(link, "discussion")))
    token = form.select_one(".post-form input[name=token]")["value"]

    response = sofia.post(
        step_url(link, "discussion"),
        {"text": "I use a passphrase now.", "token": token},
        follow=True,
    )

    html = page(response)
    assert "Tu publicación ya se comparte con tu clase." in html.select_one("#messages").get_text()
    assert html.select_one("label[for=post-text]").get_text() == "Tu publicación"
    assert not our_words(html) & ENGLISH, our_words(html) & ENGLISH


def test_the_guided_mindfulness_exercise_is_given_its_spanish_words(sofia, link):
    html = page(sofia.get(step_url(link, "mindfulness")))

    exercise = html.select_one("[data-mindfulness]")
    assert exercise["data-say-pause"] == "Pausa"
    assert exercise["data-say-step"] == "Paso {n} de {total}:"
    assert exercise["data-say-seconds-left"] == "Quedan {n} segundos"


def test_a_k2_pupil_reads_what_the_class_did_together_in_spanish(client, teacher, student, link):
    lesson = link.lesson_link.lesson
    lesson.grade_band = "K-2"
    lesson.save()
    client.force_login(teacher)
    fields = {"class_record": "1", "class_quiz_correct": "2"}
    client.post(step_url(link, "quiz"), fields, follow=True)  # the teacher reads their message
    client.force_login(student)
    client.cookies[settings.LTI_LANGUAGE_COOKIE_NAME] = "es"

    html = page(client.get(step_url(link, "quiz"), HTTP_ACCEPT_LANGUAGE="en"))

    record = html.select_one(".class-record").get_text(" ", strip=True)
    assert record.startswith("Hecho juntos en clase Tu docente registró este paso")
    # A no-break space keeps the sign with its number on a narrow screen.
    assert "La clase respondió bien 2 de 2 preguntas (100\u00a0%)." in record
    assert not our_words(html) & ENGLISH, our_words(html) & ENGLISH


def test_a_held_post_is_explained_to_its_author_in_spanish(
    sofia,
    link,
    holding_moderation,  # noqa: F811 (the fixture imported above)
):
    form = page(sofia.get(step_url(link, "discussion")))
    token = form.select_one(".post-form input[name=token]")["value"]

    response = sofia.post(
        step_url(link, "discussion"), {"text": "Something that needs a look.", "token": token}
    )

    html = page(sofia.get(response["Location"]))
    waiting = "Tu publicación está esperando a que alguien del personal la lea."
    assert waiting in html.select_one("#messages").get_text()
    assert waiting in html.select_one(".post .meta").get_text()
    assert not our_words(html) & ENGLISH, our_words(html) & ENGLISH
