"""Students must not find the answers by viewing the page source: no page's HTML holds them."""

import html
import re

import pytest
from wagtail.models import Page

from curriculum.models import LessonPage

pytestmark = pytest.mark.django_db


def answer_keys() -> list[tuple[LessonPage, str, str]]:
    """(lesson, right choice, feedback) for every question whose feedback is distinctive text."""
    keys = []
    for lesson in LessonPage.objects.live():
        for block in lesson.body:
            if block.block_type != "quiz":
                continue
            for question in block.value["questions"]:
                for choice in question["choices"]:
                    keys.append((lesson, choice["text"], choice["feedback"]))
    return keys


def test_no_public_page_contains_quiz_feedback_or_marks_the_right_answer(client, curriculum):
    keys = answer_keys()
    assert len(keys) >= 24 * 3 * 3
    pages = [page for page in Page.objects.live().specific() if page.depth > 1]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        text = html.unescape(response.content.decode())
        for _lesson, _choice, feedback in keys:
            assert feedback not in text, f"feedback leaked on {page.url}: {feedback!r}"
        assert not re.search(r"<input[^>]*\b(checked|data-correct)\b", text), page.url


def test_a_lesson_page_shows_every_question_and_choice_without_saying_which_is_right(
    client, curriculum
):
    lesson = LessonPage.objects.get(slug="passphrase-power")
    text = html.unescape(client.get(lesson.url).content.decode())
    for _lesson, choice, _feedback in [k for k in answer_keys() if k[0].pk == lesson.pk]:
        assert choice in text
    assert 'value="0"' in text  # choices are numbered, never named right or wrong


def test_search_results_do_not_leak_feedback(client, curriculum):
    text = html.unescape(client.get("/search/", {"q": "password"}).content.decode())
    for _lesson, _choice, feedback in answer_keys():
        assert feedback not in text
