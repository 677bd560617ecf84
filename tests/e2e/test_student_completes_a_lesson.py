"""A student completes a real lesson with the keyboard only; a teacher reads the dashboard.

The LTI launch is not part of these journeys: the student and teacher are signed in the way
the launch signs them in (a Django session), and the journey starts where the launch
redirects. Grade passback is stood in for by a recorder of `lti.grades.queue_score` calls.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.browser

ISSUER = "https://canvas.example.edu"


def right_answers(link) -> list[str]:
    """The right choice's text per question of the lesson, read on the server."""
    from curriculum.steps import LessonPlan

    quiz = LessonPlan.of(link.lesson_link.lesson).quiz
    return [q.choices[q.correct_index].text for q in quiz.questions]


def shown_position(page, question: int, text: str) -> int:
    """Where a choice stands in this try's order (the order changes from try to try)."""
    labels = page.locator(f"input[name=q{question}] + label")
    return [labels.nth(k).inner_text() for k in range(labels.count())].index(text)


@pytest.fixture
def queued_scores(monkeypatch):
    import lti.grades

    calls: list[tuple] = []
    monkeypatch.setattr(lti.grades, "queue_score", lambda *args: calls.append(args))
    return calls


@pytest.fixture
def classroom(site):
    from django.contrib.auth import get_user_model

    from curriculum.models import LessonPage
    from lti.models import Course, CourseMembership, LtiIdentity, Role
    from tests.curriculum.placing import placed_link
    from tests.personas import school_platform

    platform = school_platform(ISSUER)
    course = Course.objects.create(
        platform=platform, deployment_id="d1", context_id="c1", title="Year 5 Kindness"
    )
    people = {}
    for username, name, role in (
        ("sam", "Sam Student", Role.STUDENT),
        ("tess", "Tess Teacher", Role.TEACHER),
    ):
        user = get_user_model().objects.create_user(username=username)
        LtiIdentity.objects.create(user=user, platform=platform, sub=f"sub-{username}", name=name)
        CourseMembership.objects.create(user=user, course=course, role=role)
        people[username] = user
    lesson = LessonPage.objects.get(slug="passphrase-power")
    link = placed_link(course=course, resource_link_id="rl-1", lesson=lesson, score_maximum=10)
    return {"course": course, "link": link, **people}


def sign_in(page, site, user) -> None:
    """What the LTI launch leaves behind: a session for this user."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    # The LMS pages read the iframe's own session cookie (lti/middleware.py), not `sessionid`.
    page.context.add_cookies(
        [{"name": settings.LTI_SESSION_COOKIE_NAME, "value": cookie.value, "url": site.url}]
    )


def tab_to(page, selector: str, limit: int = 120) -> None:
    """Press Tab until the focused element matches `selector`, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "(s) => document.activeElement && document.activeElement.matches(s)", selector
        ):
            return
    raise AssertionError(f"Tab never reached {selector}")


def press(page, selector: str, key: str = "Enter", navigates: bool = True) -> None:
    tab_to(page, selector)
    if not navigates:
        page.keyboard.press(key)
        return
    with page.expect_navigation():
        page.keyboard.press(key)


def test_a_student_completes_a_lesson_end_to_end_with_the_keyboard_only(
    page, site, classroom, screenshot, queued_scores
):
    page.emulate_media(reduced_motion="reduce")
    sign_in(page, site, classroom["sam"])
    page.goto(reverse("curriculum:learn", args=[classroom["link"].pk]))
    assert "Step 1 of 7" in page.locator("#progress-label").inner_text()
    screenshot("student-01-read")

    press(page, "form.step-done button")  # read and watch
    page.wait_for_url("**/step/activity/")
    press(page, "form.step-done button")  # activity
    page.wait_for_url("**/step/quiz/")
    assert page.locator(".feedback").count() == 0
    for i, text in enumerate(right_answers(classroom["link"])):
        choice = shown_position(page, i, text)
        tab_to(page, f"input[name=q{i}]")
        if choice == 0:
            page.keyboard.press("Space")
        for _ in range(choice):
            page.keyboard.press("ArrowDown")
    screenshot("student-02-quiz")
    press(page, "form.quiz button[type=submit]")
    assert "5 of 5 right (100%)" in page.locator("#result h3").inner_text()
    assert page.locator(".feedback").count() == 5
    screenshot("student-03-quiz-result")

    press(page, "#result a.button:not(.button--secondary)")
    page.wait_for_url("**/step/reflection/")
    tab_to(page, "#reflection-text")
    page.keyboard.type("I will make my game password a long passphrase with my dad.")
    press(page, ".step--reflection form button[type=submit]")
    assert "Only you and your teacher can read it." in page.locator(".messages").inner_text()

    press(page, ".step--reflection a.button")
    page.wait_for_url("**/step/discussion/")
    tab_to(page, "#post-text")
    page.keyboard.type("Friends ask because they trust each other, but I would say no kindly.")
    press(page, ".post-form button")
    assert page.locator("article.post").count() == 1
    screenshot("student-04-discussion")

    page.goto(reverse("curriculum:learn_step", args=[classroom["link"].pk, "mindfulness"]))
    press(page, "[data-mindfulness-start]", navigates=False)
    assert "Step 1 of 5" in page.locator("[data-mindfulness-status]").inner_text()
    # Reduced motion: the breathing circle stays still while the exercise runs.
    assert "is-running" not in (page.locator("section.mindfulness").get_attribute("class") or "")
    page.keyboard.press("Escape")
    assert "Paused on step 1" in page.locator("[data-mindfulness-status]").inner_text()
    screenshot("student-05-mindfulness")
    press(page, "[data-mindfulness-done]")
    page.wait_for_url("**/step/family/")
    press(page, "form.step-done button")
    page.wait_for_url("**/summary/")
    assert "You have completed this lesson" in page.content()
    assert "10 out of 10" in page.content()
    screenshot("student-06-completed")
    assert [(call[1].username, call[2]) for call in queued_scores] == [("sam", 10)]


def test_a_teacher_reads_the_dashboard_and_the_reflections(page, site, classroom, screenshot):
    from curriculum.steps import LessonPlan
    from curriculum.steps.quiz import choice_code, submit_quiz
    from curriculum.steps.record import start_or_resume
    from curriculum.steps.reflection import save_reflection

    link, sam = classroom["link"], classroom["sam"]
    plan = LessonPlan.of(link.lesson_link.lesson)
    progress = start_or_resume(sam, link)
    submit_quiz(
        sam,
        link,
        plan,
        {
            f"q{i}": choice_code(progress, 1, i, q.correct_index)
            for i, q in enumerate(plan.quiz.questions)
        },
        "7d3f1c5e-3b6a-4e8f-9a1d-2c4b6e8f0a1b",
        plan.quiz.fingerprint,
        "1",
    )
    save_reflection(sam, link, plan, "I will ask before I share a photo.", 0)

    sign_in(page, site, classroom["tess"])
    page.goto(reverse("curriculum:dashboard", args=[classroom["course"].pk]))
    assert page.get_by_role("heading", level=1).inner_text() == "Year 5 Kindness: class progress"
    row = page.locator("tr", has=page.locator("th", has_text="Sam Student"))
    assert "Completed" in row.inner_text() and "10 / 10" in row.inner_text()
    assert page.locator("svg.chart__svg").count() >= 2
    screenshot("teacher-01-dashboard")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download progress and scores (CSV)").click()
    assert download.value.suggested_filename == "upstander-year-5-kindness-progress.csv"

    page.get_by_role("link", name="Reflections", exact=True).click()
    assert "I will ask before I share a photo." in page.content()
    page.get_by_role("button", name="Mark as read").click()
    assert page.get_by_role("button", name="Mark as read").count() == 0
    screenshot("teacher-02-reflections")
