"""A content editor makes a lesson K-2 in the Wagtail admin: the lesson's form, which knows the
band, refuses a quiz choice without a picture and a screen over the K-2 word budget, in the
loader's words, even in a draft (a quiz block alone cannot: it does not know the band)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import rich_text

from lessons_content.screens import WORDS_PER_SCREEN

from . import test_admin_refuses_what_the_loader_refuses as admin_tests
from .test_admin_refuses_what_the_loader_refuses import (
    GOOD_CHOICES,
    STRONGEST,
    body_errors,
    latest_draft,
    list_block,
    save,
)

pytestmark = pytest.mark.django_db
editor = admin_tests.editor  # the demo's content editor, signed in

CONTENT = Path(__file__).resolve().parents[2] / "lessons_content"
PICTURES = ("images/choices/secret.svg", "images/choices/tell-a-grown-up.svg")


@pytest.fixture
def k2_lesson(lesson):
    lesson.grade_band = "K-2"
    lesson.save()
    return lesson


def image(name: str):
    with (CONTENT / name).open("rb") as handle:
        picture = get_image_model()(title=name, file=ImageFile(handle, name=Path(name).name))
        picture.save()
    return picture


def quiz(pictures: list | None = None) -> tuple[str, dict]:
    choices = []
    for i, (text, correct, feedback) in enumerate(GOOD_CHOICES):
        choice = {"text": text, "correct": correct, "feedback": feedback}
        if pictures and pictures[i] is not None:
            choice["picture"] = {"image": pictures[i].pk, "decorative": True, "alt_text": ""}
        choices.append(choice)
    question = {"question": STRONGEST, "choices": list_block(choices)}
    return ("quiz", {"questions": list_block([question])})


def reading(words: int) -> tuple[str, dict]:
    return ("rich_text", rich_text("<h2>Keys</h2><p>" + " ".join(["key"] * words) + "</p>"))


def test_a_k2_choice_without_a_picture_is_refused_even_in_a_draft(client, editor, k2_lesson):
    revisions = k2_lesson.revisions.count()
    response = save(client, k2_lesson, None, body=[quiz()])
    assert response.status_code == 200
    assert body_errors(response) == [
        f"a K-2 quiz leads with pictures: every choice of {STRONGEST!r} needs one "
        "(each choice's Picture)"
    ]
    assert k2_lesson.revisions.count() == revisions

    pictures = [image(name) for name in PICTURES]
    response = save(client, k2_lesson, None, body=[quiz(pictures)])
    assert response.status_code == 302, body_errors(response)
    saved = latest_draft(k2_lesson).body[0].value["questions"][0]["choices"]
    assert [choice["picture"].pk for choice in saved] == [p.pk for p in pictures]


def test_an_older_bands_quiz_needs_no_pictures(client, editor, lesson):
    response = save(client, lesson, None, body=[quiz()])
    assert response.status_code == 302, body_errors(response)


def test_a_k2_screen_over_the_word_budget_is_refused_in_the_loaders_words(
    client, editor, k2_lesson
):
    pictures = [image(name) for name in PICTURES]
    too_long = save(client, k2_lesson, None, body=[reading(WORDS_PER_SCREEN), quiz(pictures)])
    assert body_errors(too_long) == [
        f"a K-2 screen holds at most {WORDS_PER_SCREEN} words; screen 1 of the read step has "
        f"{WORDS_PER_SCREEN + 1} (it begins 'Keys key key key key key ...'): shorten it, or "
        "split it with a '##' heading (a reading) or into shorter steps (an activity)"
    ]
    fits = save(client, k2_lesson, None, body=[reading(WORDS_PER_SCREEN - 1), quiz(pictures)])
    assert fits.status_code == 302, body_errors(fits)
