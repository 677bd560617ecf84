"""In a real browser, on the real curriculum: what a student and a teacher of one class see.

A student goes through every step of a real lesson and never meets its teacher notes; the
teacher of the class reads them with the step they prepare. A school that has confirmed its
UK helplines shows Childline to the student at the sextortion lesson's reflection step, and
before confirming shows only a trusted adult, the safeguarding lead and the concern form.
Signed in as the LTI launch signs people in (the iframe's own session cookie).
"""

from __future__ import annotations

from html import unescape

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from tests.e2e.test_student_completes_a_lesson import sign_in

pytestmark = pytest.mark.browser

NOTED_LESSON = "ask-before-you-tap"
HELP_LESSON = "sextortion-the-threat-is-the-trick"


@pytest.fixture
def classroom(site):
    from django.contrib.auth import get_user_model

    from curriculum.models import LessonPage
    from lti.models import Course, CourseMembership, LtiIdentity, Role
    from tests.curriculum.placing import placed_link
    from tests.personas import school_platform

    platform = school_platform("https://canvas.example.edu")
    course = Course.objects.create(
        platform=platform, deployment_id="d1", context_id="c9", title="Year 10 Online Safety"
    )
    people = {}
    for username, role in (("sam", Role.STUDENT), ("tess", Role.TEACHER)):
        user = get_user_model().objects.create_user(username=username)
        LtiIdentity.objects.create(user=user, platform=platform, sub=f"sub-{username}")
        CourseMembership.objects.create(user=user, course=course, role=role)
        people[username] = user
    links = {
        slug: placed_link(
            course=course, resource_link_id=f"rl-{slug}", lesson=LessonPage.objects.get(slug=slug)
        )
        for slug in (NOTED_LESSON, HELP_LESSON)
    }
    return {"links": links, **people}


def notes_and_steps(link):
    from curriculum.steps import lesson_steps
    from curriculum.teacher_notes import notes_by_step

    body = link.lesson_link.lesson.body
    # The first eight words of each note, as a reader sees them (no tags, spaces folded).
    first_words = {
        key: [
            " ".join(unescape(strip_tags(block.value["body"].source)).split()[:8])
            for block in blocks
        ]
        for key, blocks in notes_by_step(body).items()
    }
    return [step.key for step in lesson_steps(body)], first_words


def step_text(page, link, key: str) -> str:
    page.goto(reverse("curriculum:learn_step", args=[link.pk, key]))
    return " ".join(page.locator("main").inner_text().split())


def test_a_student_never_meets_a_teacher_note_and_the_teacher_reads_it_with_its_step(
    page, site, classroom
):
    link = classroom["links"][NOTED_LESSON]
    steps, notes = notes_and_steps(link)
    assert notes, "the lesson has teacher notes"
    all_notes = [text for texts in notes.values() for text in texts]

    sign_in(page, site, classroom["sam"])
    for key in steps:
        text = step_text(page, link, key)
        assert not [note for note in all_notes if note in text], f"step {key}"
        assert page.locator(".teacher-note").count() == 0

    page.context.clear_cookies()
    sign_in(page, site, classroom["tess"])
    for key, texts in notes.items():
        text = step_text(page, link, key)
        assert all(note in text for note in texts)
        assert "students do not see this" in text


def test_help_contacts_wait_for_the_school_to_confirm_them(page, site, classroom):
    from wagtail.models import Site

    from curriculum.models import HelpContactSettings

    link = classroom["links"][HELP_LESSON]
    choice = HelpContactSettings.for_site(Site.objects.get(is_default_site=True))
    choice.country = "GB"
    choice.save()

    sign_in(page, site, classroom["sam"])
    text = step_text(page, link, "reflection")
    assert "You can always talk to a trusted adult" in text
    assert "Childline" not in text and "0800 1111" not in text
    assert page.locator(".help-contacts a[href='/concern/']").count() == 1

    choice.confirmed_contacts = ["gb-childline", "gb-report-remove"]
    choice.save()
    text = step_text(page, link, "reflection")
    assert "Childline" in text and "0800 1111" in text and "Report Remove" in text
    assert page.locator(".help-contacts a[href='tel:08001111']").count() == 1
