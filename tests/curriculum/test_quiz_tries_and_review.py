"""Every try deals the choices in a new order, a choice is scored by what it is, never by
where it stood, and after the set number of tries the student gets a review with the right
answers instead of guessing on; the grade sent back is the one earned before the review."""

import re
import uuid

import pytest
from django.test import override_settings

from curriculum.models import LessonProgress, QuizAttempt
from tests.curriculum.conftest import FEEDBACK, lesson_body, step_url
from tests.curriculum.placing import placed_link

pytestmark = pytest.mark.django_db

RIGHT = ["crayon-glacier-trumpet-moss", "A parent or carer"]
WRONG = ["Maya2014", "Your best friend"]


def five_choice_body() -> list[dict]:
    """The fixture lesson with a first question of five choices, so an order shows."""
    body = lesson_body()
    quiz = next(b for b in body if b["type"] == "quiz")
    quiz["value"]["questions"][0]["choices"] += [
        {"text": text, "correct": False, "feedback": "Short and easy to guess."}
        for text in ("sunshine", "password1", "letmein")
    ]
    return body


def shown(client, link) -> dict:
    """The quiz page as the student sees it: hidden fields, and per question the choices as
    (value, label) in the order shown."""
    html = client.get(step_url(link, "quiz") + "?retry=1").content.decode()
    fields = {
        name: html.split(f'name="{name}" value="')[1].split('"')[0]
        for name in ("token", "fingerprint", "try")
    }
    questions = []
    for fieldset in html.split("<fieldset>")[1:]:
        questions.append(
            re.findall(r'value="([0-9a-f]{12})" required> <label[^>]*>([^<]*)</label>', fieldset)
        )
    return {"fields": fields, "questions": questions}


def by_text(page: dict, texts: list[str]) -> dict:
    answers = {}
    for i, choices in enumerate(page["questions"]):
        answers[f"q{i}"] = next(code for code, text in choices if text == texts[i])
    return {**page["fields"], **answers}


def by_position(page: dict, positions: list[int]) -> dict:
    answers = {f"q{i}": choices[positions[i]][0] for i, choices in enumerate(page["questions"])}
    return {**page["fields"], **answers}


@pytest.fixture
def five(make_lesson, course):
    lesson = make_lesson("five-choices", body=five_choice_body(), pass_mark=100)
    return placed_link(course=course, resource_link_id="rl-five", lesson=lesson)


def test_a_reload_shows_the_same_order_and_the_next_try_another(student_client, five):
    first, reload = shown(student_client, five), shown(student_client, five)
    assert first["questions"] == reload["questions"]
    orders = {tuple(t for _, t in first["questions"][0])}
    for _ in range(2):  # two more tries: each is dealt again
        page = shown(student_client, five)
        student_client.post(step_url(five, "quiz"), by_text(page, WRONG))
        orders.add(tuple(t for _, t in shown(student_client, five)["questions"][0]))
    assert len(orders) > 1


def test_answering_by_the_position_that_was_right_last_time_does_not_work(
    student_client, student, five
):
    page = shown(student_client, five)
    texts = [[t for _, t in q] for q in page["questions"]]
    right_positions = [texts[i].index(RIGHT[i]) for i in range(2)]
    student_client.post(step_url(five, "quiz"), by_text(page, WRONG))
    assert QuizAttempt.objects.get(progress__user=student).correct_count == 0

    # Next try: the student clicks where the right answers stood. The order has changed, so
    # the positions now hold other choices, and each is scored as the choice it is.
    page = shown(student_client, five)
    new_texts = [[t for _, t in q] for q in page["questions"]]
    student_client.post(step_url(five, "quiz"), by_position(page, right_positions))
    second = QuizAttempt.objects.get(progress__user=student, number=2)
    expected = sum(new_texts[i][right_positions[i]] == RIGHT[i] for i in range(2))
    assert second.correct_count == expected
    assert new_texts != texts


def test_a_code_remembered_from_an_earlier_try_is_not_an_answer_in_this_one(
    student_client, student, five
):
    first = shown(student_client, five)
    student_client.post(step_url(five, "quiz"), by_text(first, RIGHT))  # 100%, passed
    page = shown(student_client, five)
    replay = {**page["fields"], **{k: v for k, v in by_text(first, RIGHT).items() if k[0] == "q"}}
    response = student_client.post(step_url(five, "quiz"), replay)
    assert response.status_code == 400
    assert "could not be read" in response.content.decode()
    assert QuizAttempt.objects.filter(progress__user=student).count() == 1


def test_after_three_tries_the_review_shows_every_right_answer_with_its_feedback(
    student_client, student, link, queued_scores
):
    for _ in range(2):
        student_client.post(step_url(link, "quiz"), by_text(shown(student_client, link), WRONG))
    third, opened_in_another_tab = shown(student_client, link), shown(student_client, link)
    student_client.post(step_url(link, "quiz"), by_text(third, WRONG))
    html = student_client.get(step_url(link, "quiz")).content.decode()
    assert "Review: the right answers" in html
    assert 'The right answer: <span lang="en">crayon-glacier-trumpet-moss</span>' in html
    assert 'The right answer: <span lang="en">A parent or carer' in html
    assert FEEDBACK["q1-right"] in html and FEEDBACK["q2-right"] in html
    assert "Try the quiz again" not in html and 'name="fingerprint"' not in html
    # No fourth try, even with a form opened before the review.
    response = student_client.post(step_url(link, "quiz"), by_text(opened_in_another_tab, RIGHT))
    assert response.status_code == 400
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.quiz_attempts_used == 3 and progress.quiz_percent == 0
    assert progress.quiz_closed_at is not None


@override_settings(QUIZ_TRIES_BEFORE_REVIEW=2)
def test_the_number_of_tries_is_the_schools_setting(student_client, student, link):
    for _ in range(2):
        student_client.post(step_url(link, "quiz"), by_text(shown(student_client, link), WRONG))
    assert (
        "Review: the right answers" in student_client.get(step_url(link, "quiz")).content.decode()
    )


def test_the_grade_after_the_review_is_the_best_score_earned_before_it(
    student_client, student, link, queued_scores, django_capture_on_commit_callbacks
):
    page = shown(student_client, link)
    student_client.post(step_url(link, "quiz"), by_text(page, [RIGHT[0], WRONG[1]]))  # 50%
    student_client.post(step_url(link, "quiz"), by_text(shown(student_client, link), WRONG))
    student_client.post(step_url(link, "quiz"), {"review": "1"})
    # The reflection completes the lesson; the grade sent is the best try's, out of 10.
    with django_capture_on_commit_callbacks(execute=True):
        student_client.post(
            step_url(link, "reflection"), {"text": "I will use a passphrase.", "revision": "0"}
        )
    progress = LessonProgress.objects.get(user=student, resource_link=link)
    assert progress.quiz_percent == 50 and progress.quiz_closed_at is not None
    assert [call[2] for call in queued_scores] == [5]
    # Knowing the answers now changes nothing: no try is taken after the review.
    late = {**by_text(page, RIGHT), "token": str(uuid.uuid4())}
    response = student_client.post(step_url(link, "quiz"), late)
    assert response.status_code == 400
    assert QuizAttempt.objects.filter(progress__user=student).count() == 2


def test_a_student_who_passed_may_ask_for_the_review_and_then_cannot_try_again(
    student_client, student, link
):
    student_client.post(
        step_url(link, "quiz"), by_text(shown(student_client, link), [RIGHT[0], WRONG[1]])
    )
    html = student_client.get(step_url(link, "quiz")).content.decode()
    assert "The right answer:" not in html
    assert "Show me the right answers (no more tries)" in html
    student_client.post(step_url(link, "quiz"), {"review": "1"})
    html = student_client.get(step_url(link, "quiz")).content.decode()
    assert 'The right answer: <span lang="en">A parent or carer' in html
    assert "Try the quiz again" not in html


def test_the_review_is_not_offered_before_a_first_try(student_client, student, link):
    response = student_client.post(step_url(link, "quiz"), {"review": "1"})
    assert response.status_code == 400
    assert "Try the quiz once before you ask for the right answers." in response.content.decode()
    assert LessonProgress.objects.get(user=student).quiz_closed_at is None
