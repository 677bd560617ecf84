"""A student or a teacher whose browser sends a number no form of ours writes (a superscript
'²', which str.isdigit passes and int refuses, or five thousand digits, past what Python reads
as a number) gets the form's own refusal or the page unfiltered, never a 500. Found by sending
them to every form and filter that reads a number: the reflection's revision, a reply's parent,
the quiz's try, the teacher-led quiz count and the dashboard's lesson filter each failed."""

import pytest
from django.urls import reverse

from curriculum.models import DiscussionPost, Reflection
from tests.curriculum.conftest import step_url
from upstander.params import database_id

pytestmark = pytest.mark.django_db

NOT_NUMBERS = ["²", "9" * 5000]


@pytest.mark.parametrize("revision", NOT_NUMBERS)
def test_a_reflection_sent_with_a_revision_no_form_wrote_is_refused_kindly(
    student_client, link, revision
):
    first = student_client.post(
        step_url(link, "reflection"), {"text": "I keep my passwords to myself.", "revision": "0"}
    )
    assert first.status_code == 302
    again = student_client.post(
        step_url(link, "reflection"),
        {"text": "And I log out on shared computers.", "revision": revision},
    )
    assert again.status_code == 400
    assert Reflection.objects.get().text == "I keep my passwords to myself."


@pytest.mark.parametrize("parent", NOT_NUMBERS)
def test_a_reply_to_a_parent_no_page_names_is_posted_as_a_post_of_its_own(
    student_client, link, parent
):
    html = student_client.get(step_url(link, "discussion")).content.decode()
    token = html.split('name="token" value="')[1].split('"')[0]
    response = student_client.post(
        step_url(link, "discussion"),
        {"text": "Ask a grown-up before you click.", "token": token, "parent": parent},
    )
    assert response.status_code == 302
    assert DiscussionPost.objects.get().parent is None


@pytest.mark.parametrize("attempt", NOT_NUMBERS)
def test_a_quiz_sent_for_a_try_no_page_dealt_says_the_form_expired(student_client, link, attempt):
    html = student_client.get(step_url(link, "quiz")).content.decode()
    fields = {
        name: html.split(f'name="{name}" value="')[1].split('"')[0]
        for name in ("token", "fingerprint")
    }
    response = student_client.post(step_url(link, "quiz"), {**fields, "try": attempt})
    assert response.status_code == 400
    assert "This form has expired" in response.content.decode()


@pytest.mark.parametrize("tab", ["dashboard", "dashboard_reflections", "dashboard_discussion"])
def test_a_teacher_filtering_by_a_lesson_no_number_names_sees_the_page_unfiltered(
    teacher_client, link, tab
):
    url = reverse(f"curriculum:{tab}", args=[link.course_id])
    for lesson in NOT_NUMBERS:
        assert teacher_client.get(url, {"lesson": lesson}).status_code == 200


def test_an_id_is_read_only_from_plain_digits_a_database_column_holds():
    assert database_id("42") == 42
    assert database_id(str(2**63 - 1)) == 2**63 - 1
    for value in ("²", "٣", "9" * 5000, str(2**63), "0", "-1", " 4", "4.0", "", None, True):
        assert database_id(value) is None
