"""Quizzes are scored on the server; answers and feedback come back only after submitting."""

import re
import uuid

import pytest

from curriculum.models import LessonProgress, QuizAttempt
from curriculum.steps import lesson_quiz
from tests.curriculum.conftest import FEEDBACK, step_url

pytestmark = pytest.mark.django_db

# The fixture lesson's choices, by question, in the order the lesson body lists them.
CHOICES = [
    ["Maya2014", "crayon-glacier-trumpet-moss"],
    ["Your best friend", "A parent or carer"],
]


def quiz_form(client, link) -> dict:
    """The form as the student's browser has it: hidden fields, and each choice's value by
    its text (the order of the choices changes from try to try)."""
    html = client.get(step_url(link, "quiz") + "?retry=1").content.decode()
    form = {
        name: html.split(f'name="{name}" value="')[1].split('"')[0]
        for name in ("token", "fingerprint", "try")
    }
    values = dict(re.findall(r'value="([0-9a-f]{12})" required> <label[^>]*>([^<]*)</label>', html))
    form["codes"] = {text: code for code, text in values.items()}
    return form


def answer(client, link, q0: int, q1: int, form: dict | None = None):
    """Choose, by body index, one choice per question, as a student clicking its label."""
    form = form or quiz_form(client, link)
    codes = form["codes"]
    fields = {k: v for k, v in form.items() if k != "codes"}
    return client.post(
        step_url(link, "quiz"),
        {**fields, "q0": codes.get(CHOICES[0][q0], "x"), "q1": codes.get(CHOICES[1][q1], "x")},
    )


def test_the_quiz_form_never_carries_the_answer_key_or_the_feedback(student_client, link):
    html = student_client.get(step_url(link, "quiz")).content.decode()
    assert "Which password is the strongest?" in html
    for text in FEEDBACK.values():
        assert text not in html
    assert "correct" not in html.lower()
    assert "The right answer" not in html


def test_a_submitted_quiz_is_scored_on_the_server_with_feedback_for_each_answer(
    student_client, student, link
):
    response = answer(student_client, link, 1, 0)
    assert response.status_code == 302
    html = student_client.get(step_url(link, "quiz")).content.decode()
    assert "Your result: 1 of 2 right (50%)" in html
    assert FEEDBACK["q1-right"] in html and FEEDBACK["q2-wrong"] in html
    assert "✓ Right" in html and "✗ Not right" in html
    attempt = QuizAttempt.objects.get(progress__user=student)
    assert (attempt.correct_count, attempt.percent, attempt.passed) == (1, 50, True)


def test_the_right_answers_stay_hidden_while_a_retry_could_still_use_them(
    student_client, make_lesson, course
):
    from tests.curriculum.placing import placed_link

    lesson = make_lesson("hard", pass_mark=100, quiz_attempts=2)
    link = placed_link(course=course, resource_link_id="rl-hard", lesson=lesson)
    answer(student_client, link, 0, 1)
    html = student_client.get(step_url(link, "quiz")).content.decode()
    assert "The right answer:" not in html
    assert "crayon-glacier-trumpet-moss" not in html
    assert "The right answers are shown after your last try, or now if you ask for them" in html
    assert "Try the quiz again" in html

    answer(student_client, link, 0, 1)  # the last try
    html = student_client.get(step_url(link, "quiz")).content.decode()
    assert "Review: the right answers" in html
    assert 'The right answer: <span lang="en">crayon-glacier-trumpet-moss</span>' in html
    assert FEEDBACK["q1-right"] in html  # the right answer's own feedback, in the review
    assert "You have used all your tries." in html


def test_no_tries_are_left_after_the_limit(student_client, student, make_lesson, course):
    from tests.curriculum.placing import placed_link

    lesson = make_lesson("once", quiz_attempts=1)
    link = placed_link(course=course, resource_link_id="rl-once", lesson=lesson)
    answer(student_client, link, 0, 0)
    assert (
        'name="fingerprint"'
        not in student_client.get(step_url(link, "quiz") + "?retry=1").content.decode()
    )
    stale = {
        "token": str(uuid.uuid4()),
        "fingerprint": lesson_quiz(lesson.body).fingerprint,
        "try": "2",
        "codes": {},
    }
    response = answer(student_client, link, 1, 1, form=stale)
    assert response.status_code == 400
    assert "You have used all your tries for this quiz" in response.content.decode()
    assert QuizAttempt.objects.filter(progress__user=student).count() == 1


def test_the_best_attempt_counts_when_the_lesson_keeps_the_best(student_client, student, link):
    answer(student_client, link, 1, 1)
    answer(student_client, link, 0, 0)
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert (progress.quiz_attempts_used, progress.quiz_percent) == (2, 100)


def test_the_last_attempt_counts_when_the_lesson_keeps_the_last(
    student_client, student, make_lesson, course
):
    from tests.curriculum.placing import placed_link

    lesson = make_lesson("last", keep_score="last")
    link = placed_link(course=course, resource_link_id="rl-last", lesson=lesson)
    answer(student_client, link, 1, 1)
    answer(student_client, link, 1, 0)
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.quiz_percent == 50


def test_a_double_submission_of_the_same_form_is_one_attempt(student_client, student, link):
    form = quiz_form(student_client, link)
    first = answer(student_client, link, 1, 1, form=form)
    second = answer(student_client, link, 0, 0, form=form)  # back button, then submit again
    assert first.status_code == second.status_code == 302
    attempts = QuizAttempt.objects.filter(progress__user=student)
    assert attempts.count() == 1
    assert attempts.get().answers == [1, 1]


def test_two_tabs_submitting_their_own_forms_make_two_attempts(student_client, student, link):
    tab_one, tab_two = quiz_form(student_client, link), quiz_form(student_client, link)
    answer(student_client, link, 1, 1, form=tab_one)
    answer(student_client, link, 0, 1, form=tab_two)
    numbers = list(
        QuizAttempt.objects.filter(progress__user=student).values_list("number", flat=True)
    )
    assert numbers == [1, 2]


def test_an_unanswered_question_gets_a_clear_message_and_keeps_the_other_answers(
    student_client, link
):
    form = quiz_form(student_client, link)
    chosen = form.pop("codes")["crayon-glacier-trumpet-moss"]
    response = student_client.post(step_url(link, "quiz"), {**form, "q0": chosen})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please answer every question before you submit (question 2 has no answer)." in html
    assert f'name="q0" value="{chosen}" checked' in html
    assert not QuizAttempt.objects.exists()


def test_a_form_from_before_the_quiz_was_edited_is_not_scored_against_new_questions(
    student_client, link
):
    form = quiz_form(student_client, link)
    response = answer(student_client, link, 1, 1, form={**form, "fingerprint": "older-quiz"})
    assert response.status_code == 400
    assert "This quiz was changed since you opened it" in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_a_choice_that_does_not_exist_is_refused(student_client, link):
    form = quiz_form(student_client, link)
    codes = form.pop("codes")
    response = student_client.post(
        step_url(link, "quiz"), {**form, "q0": "7", "q1": codes["A parent or carer"]}
    )
    assert response.status_code == 400
    assert "Your answer to question 1 could not be read." in response.content.decode()
    assert not QuizAttempt.objects.exists()
