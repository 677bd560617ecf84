"""A student who launches every lesson of the real curriculum from the LMS (a signed LTI
launch) and always picks the longest choice, without reading, fails nearly every lesson; a
student who picks the right answers, through the same pages, passes them all."""

import pytest
from bs4 import BeautifulSoup

from curriculum.models import LessonPage, LessonProgress
from curriculum.steps import LessonPlan

pytestmark = pytest.mark.django_db


def hidden(page: str, name: str) -> str:
    return page.split(f'name="{name}" value="')[1].split('"')[0]


def take_quiz(client, learn_url: str, pick) -> None:
    """Open the lesson's quiz step as the LMS frame would and answer each question with
    `pick(question number, [(code, label), ...])`."""
    quiz_url = learn_url + "step/quiz/"
    page = client.get(quiz_url, secure=True).content.decode()
    soup = BeautifulSoup(page, "html.parser")
    questions: dict[str, list[tuple[str, str]]] = {}
    # Each choice as a student reads it: the words of its label (a K-2 card's picture is
    # decorative, so its words are the same words).
    for radio in soup.select('input[type="radio"][name^="q"]'):
        label = soup.select_one(f'label[for="{radio["id"]}"]') or radio.find_parent("label")
        words = " ".join(label.get_text(" ").split())
        questions.setdefault(radio["name"], []).append((radio["value"], words))
    assert questions, "the quiz step shows no choices"
    answers = {name: pick(int(name[1:]), choices) for name, choices in questions.items()}
    fields = {name: hidden(page, name) for name in ("token", "fingerprint", "try")}
    response = client.post(quiz_url, {**fields, **answers}, secure=True)
    assert response.status_code == 302, response.content.decode()[:500]


def longest(_number: int, choices: list[tuple[str, str]]) -> str:
    return max(choices, key=lambda choice: len(choice[1]))[0]


def quiz_results(lms, pick, sub: str) -> dict[str, bool]:
    """Launch every live lesson as one student and take its quiz once: slug -> passed."""
    passed = {}
    for lesson in LessonPage.objects.live().order_by("pk"):
        plan = LessonPlan.of(lesson)
        response = lms.student_launch(lesson, sub=sub, resource_link_id=f"rl-{lesson.pk}")
        assert response.status_code == 302
        take_quiz(lms.client, response["Location"], lambda n, c, plan=plan: pick(plan, n, c))
        progress = LessonProgress.objects.get(
            user__lti_identity__sub=sub, resource_link__resource_link_id=f"rl-{lesson.pk}"
        )
        passed[lesson.slug] = progress.quiz_passed
    return passed


def test_always_choosing_the_longest_answer_fails_nearly_every_lesson(lms, curriculum):
    results = quiz_results(lms, lambda plan, n, choices: longest(n, choices), "guesser")
    passed = sorted(slug for slug, ok in results.items() if ok)
    assert len(results) >= 40
    assert len(passed) <= len(results) // 10, passed


def test_knowing_the_answers_passes_every_lesson_through_the_same_pages(lms, curriculum):
    def right(plan, number, choices):
        question = plan.quiz.questions[number]
        text = question.choices[question.correct_index].text
        return next(code for code, label in choices if label == text)

    results = quiz_results(lms, right, "reader")
    assert all(results.values()), [slug for slug, ok in results.items() if not ok]
