"""`make demo` shows the whole safeguarding loop: a student's worrying post prints the lead's
alert e-mail on the console (as the README says), and an editor's change has someone besides
the superuser to publish it. Everything here is made by `load_demo` itself, nothing by hand."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from curriculum.demo import DEMO_LOGINS

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEBUG = True  # load_demo runs only with DEBUG on (issue 10)
    call_command("load_demo", stdout=io.StringIO())
    settings.DEBUG = False


@pytest.fixture
def console_email(settings):
    # As in `make demo`: no EMAIL_HOST, so e-mail goes to the console.
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"


def a_student_in_the_demo_class():
    from lti.demo import CLIENT_ID, DEPLOYMENT_ID
    from lti.models import Course, CourseMembership, LtiIdentity, Platform, Role

    platform = Platform.objects.get(client_id=CLIENT_ID)
    course = Course.objects.create(
        platform=platform, deployment_id=DEPLOYMENT_ID, context_id="demo-course", title="Demo"
    )
    student = get_user_model().objects.create_user("demo-student")
    LtiIdentity.objects.create(user=student, platform=platform, sub="demo-student")
    CourseMembership.objects.create(user=student, course=course, role=Role.STUDENT)
    return student, course


def test_every_demo_login_has_an_example_org_address(demo):
    users = get_user_model().objects
    for login in DEMO_LOGINS:
        address = users.get(username=login.username).email
        assert address.endswith("@example.org"), login.username


def test_a_flagged_post_in_the_demo_prints_the_leads_alert_email_on_the_console(
    demo, console_email, capsys, django_capture_on_commit_callbacks
):
    from moderation.flags.services import moderate_post

    student, course = a_student_in_the_demo_class()
    with django_capture_on_commit_callbacks(execute=True):
        outcome = moderate_post(
            "Sometimes I want to kill myself", author=student, course=course, kind="discussion"
        )

    assert not outcome.visible  # held for the lead
    console = capsys.readouterr().out
    assert "To: safeguarding@example.org" in console
    assert "Subject:" in console


def test_a_demo_login_besides_the_superuser_can_publish_an_editors_change(demo):
    from curriculum.models import LessonPage

    lesson = LessonPage.objects.live().first()
    can_publish = [
        user.username
        for user in get_user_model().objects.filter(is_superuser=False)
        if lesson.permissions_for_user(user).can_publish()
    ]
    assert "reviewer" in can_publish
    assert "editor" not in can_publish  # the editor submits; the reviewer publishes
