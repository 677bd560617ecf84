"""A content editor in the Wagtail admin is refused exactly the quizzes that
`manage.py load_lessons --check` refuses, with the loader's own words; completion rules and
grade bands are ticked from the curriculum's vocabulary, never typed as JSON.

The editor is made as the demo makes them: in Wagtail's own "Editors" group, whose page
permissions come from Wagtail's migrations. They save through the real edit view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from curriculum.demo import create_demo_users
from curriculum.models import FamilyResourcePage, LessonPage
from lessons_content import format as fmt

from .samples import GOOD_LESSON

pytestmark = pytest.mark.django_db

STRONGEST = "Which is strongest?"
GOOD_CHOICES = [
    ("fluffy2015", False, "Pet names are easy to find."),
    ("purple-bicycle-under-rain", True, "Yes: long and unrelated words."),
]


@pytest.fixture
def editor(settings, client):
    settings.DEBUG = True  # the demo's logins are made only with DEBUG on
    create_demo_users()
    settings.DEBUG = False
    user = get_user_model().objects.get(username="editor")
    client.force_login(user)
    return user


def list_block(items: list) -> dict:
    data = {
        str(i): {"value": item, "deleted": "", "order": str(i), "id": ""}
        for i, item in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def quiz_value(questions: list[tuple[str, list[tuple[str, bool, str]]]]) -> dict:
    return {
        "questions": list_block(
            [
                {
                    "question": text,
                    "choices": list_block(
                        [
                            {"text": choice, "correct": correct, "feedback": feedback}
                            for choice, correct, feedback in choices
                        ]
                    ),
                }
                for text, choices in questions
            ]
        )
    }


def whole_lesson(quiz: dict) -> list[tuple[str, object]]:
    """Every part the loader asks of a lesson, as an editor fills them in."""
    return [
        ("callout", {"style": "warm-up", "title": "Secrets", "body": rich_text("<p>Guess?</p>")}),
        ("activity", {"title": "Makeover", "intro": "", "steps": list_block(["Make it long."])}),
        ("discussion", {"prompt": "Why do people reuse passwords?"}),
        ("quiz", quiz),
        ("reflection", {"prompt": "Which account will you make safer?"}),
        ("family_tip", {"title": "Game", "body": rich_text("<p>Make silly ones.</p>")}),
    ]


def lesson_form(
    lesson: LessonPage, quiz: dict, completion_rules: list[str], body: list | None = None
) -> dict:
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "grade_band": lesson.grade_band,
            "duration_minutes": lesson.duration_minutes,
            "summary": lesson.summary,
            "objectives": lesson.objectives,
            "body": streamfield(body or [("quiz", quiz), ("reflection", {"prompt": "What next?"})]),
            "pass_mark": lesson.pass_mark,
            "quiz_attempts": lesson.quiz_attempts,
            "keep_score": lesson.keep_score,
            "tags": "",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
        }
    )
    data["completion_rules"] = completion_rules
    return data


def messages(error: ValidationError) -> list[str]:
    """Every message in a StreamField's nested block errors."""
    found = []
    for nested in getattr(error, "non_block_errors", None) or []:
        found += messages(nested) if isinstance(nested, ValidationError) else [str(nested)]
    block_errors = getattr(error, "block_errors", None)
    if block_errors:
        for nested in block_errors.values():
            found += messages(nested)
    elif not hasattr(error, "non_block_errors"):
        found += error.messages
    return found


def save(client, lesson, quiz, completion_rules=("quiz", "reflection"), body=None, **action):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        {**lesson_form(lesson, quiz, list(completion_rules), body), **action},
    )


def submit_for_approval(client, lesson, body):
    return save(client, lesson, None, body=body, **{"action-submit": "Submit for moderation"})


def body_errors(response) -> list[str]:
    form = response.context["form"]
    return [m for error in form.errors.as_data().get("body", []) for m in messages(error)]


def latest_draft(lesson: LessonPage) -> LessonPage:
    return LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()


def loader_message(tmp_path: Path, broken_lesson: str) -> str:
    path = tmp_path / "lesson.md"
    path.write_text(broken_lesson, encoding="utf-8")
    with pytest.raises(fmt.ContentError) as caught:
        fmt.parse_lesson(path, strands={"online-safety"})
    return caught.value.message


def test_an_editor_saves_a_sound_quiz_and_ticks_the_completion_rules(client, editor, lesson):
    response = save(client, lesson, quiz_value([(STRONGEST, GOOD_CHOICES)]), ["reflection"])
    assert response.status_code == 302, body_errors(response)
    saved = latest_draft(lesson)
    assert saved.completion_rules == ["reflection"]
    assert saved.body[0].value["questions"][0]["question"] == STRONGEST


def test_a_quiz_question_with_no_right_answer_is_refused_as_the_loader_refuses_it(
    client, editor, lesson, tmp_path
):
    no_right = [(text, False, feedback) for text, _right, feedback in GOOD_CHOICES]
    revisions_before = lesson.revisions.count()
    response = save(client, lesson, quiz_value([(STRONGEST, no_right)]))
    assert response.status_code == 200
    expected = loader_message(
        tmp_path,
        GOOD_LESSON.replace("* purple-bicycle-under-rain", "- purple-bicycle-under-rain"),
    )
    assert body_errors(response) == [expected]
    assert expected == f"question {STRONGEST!r} has 0 right answers; it needs exactly one"
    assert lesson.revisions.count() == revisions_before  # nothing saved, not even a draft


def test_a_single_choice_question_with_two_right_answers_is_refused(
    client, editor, lesson, tmp_path
):
    two_right = [(text, True, feedback) for text, _right, feedback in GOOD_CHOICES]
    response = save(client, lesson, quiz_value([(STRONGEST, two_right)]))
    assert body_errors(response) == [
        loader_message(tmp_path, GOOD_LESSON.replace("- fluffy2015", "* fluffy2015"))
    ]


def test_a_question_with_no_choices_is_refused(client, editor, lesson, tmp_path):
    one_choice = [GOOD_CHOICES[1]]
    response = save(client, lesson, quiz_value([(STRONGEST, one_choice)]))
    assert body_errors(response) == [
        loader_message(
            tmp_path, GOOD_LESSON.replace("- fluffy2015 >> Pet names are easy to find.\n", "")
        )
    ]
    response = save(client, lesson, quiz_value([("   ", GOOD_CHOICES)]))
    assert response.status_code == 200
    assert body_errors(response) == ["a question has no text"]


def test_a_question_offering_the_same_choice_twice_is_refused(client, editor, lesson, tmp_path):
    twice = [*GOOD_CHOICES, ("  Fluffy2015", False, "Same again.")]
    response = save(client, lesson, quiz_value([(STRONGEST, twice)]))
    assert body_errors(response) == [
        loader_message(
            tmp_path,
            GOOD_LESSON.replace(
                "- fluffy2015 >> Pet names are easy to find.",
                "- fluffy2015 >> Pet names are easy to find.\n-   Fluffy2015 >> Same again.",
            ),
        )
    ]


def test_completion_rules_are_ticked_from_the_vocabulary_not_typed_as_json(client, editor, lesson):
    page = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    for rule in ("quiz", "reflection", "discussion", "all_steps"):
        assert f'type="checkbox" name="completion_rules" value="{rule}"' in page
    assert "Pass the quiz (or use all your tries)" in page
    assert "Write your reflection" in page
    good_quiz = quiz_value([(STRONGEST, GOOD_CHOICES)])
    response = save(client, lesson, good_quiz, ["quiz", "tidy_desk"])
    assert response.status_code == 200
    assert "completion_rules" in response.context["form"].errors
    response = save(client, lesson, good_quiz, [json.dumps(["quiz"])])
    assert "completion_rules" in response.context["form"].errors


def test_a_family_guide_offers_grade_bands_as_choices_in_school_order(client, editor):
    guide = FamilyResourcePage(
        title="Screens at bedtime", slug="screens-bedtime", summary="Calm evenings."
    )
    Page.get_first_root_node().add_child(instance=guide)
    page = client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    positions = [
        page.index(f'type="checkbox" name="grade_bands" value="{band}"')
        for band in ("K-2", "3-5", "6-8", "9-12")
    ]
    assert positions == sorted(positions)
    assert "Grades K-2" in page


def test_a_half_written_lesson_is_kept_as_a_draft_but_not_sent_for_approval(
    client, editor, lesson, tmp_path
):
    half_written = [
        ("quiz", quiz_value([(STRONGEST, GOOD_CHOICES)])),
        ("reflection", {"prompt": "?"}),
    ]
    assert save(client, lesson, None, body=half_written).status_code == 302
    response = submit_for_approval(client, lesson, half_written)
    assert response.status_code == 200
    expected = loader_message(
        tmp_path,
        GOOD_LESSON.replace("::: callout warm-up Secrets", "::: callout tip Secrets")
        .replace(
            "::: activity Password makeover\nWork in pairs.\n1. Write a weak password.\n"
            "2. Make it stronger.\n:::\n",
            "",
        )
        .replace("::: discussion\nWhy do people reuse passwords?\n:::\n", "")
        .replace("::: family-tip Passphrase game\nMake up silly passphrases together.\n:::\n", ""),
    )
    assert expected == (
        "a lesson needs a warm-up callout, an activity, a discussion prompt, a family tip"
    )
    assert body_errors(response) == [expected]
    assert not LessonPage.objects.get(pk=lesson.pk).workflow_states.exists()


def test_a_lesson_whose_quiz_has_two_questions_is_not_sent_for_approval(client, editor, lesson):
    two_questions = quiz_value([(STRONGEST, GOOD_CHOICES), ("Share it?", GOOD_CHOICES)])
    response = submit_for_approval(client, lesson, whole_lesson(two_questions))
    assert body_errors(response) == ["a lesson's quiz needs at least three questions"]
    three_questions = quiz_value(
        [(STRONGEST, GOOD_CHOICES), ("Share it?", GOOD_CHOICES), ("Keep it where?", GOOD_CHOICES)]
    )
    response = submit_for_approval(client, lesson, whole_lesson(three_questions))
    assert response.status_code == 302, body_errors(response)
    assert LessonPage.objects.get(pk=lesson.pk).workflow_states.exists()
