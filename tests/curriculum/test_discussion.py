"""Discussion posts are threaded per course and lesson, and shown once moderation allows."""

import re

import pytest
from django.urls import reverse

from curriculum.models import DiscussionPost, LessonProgress
from moderation.flags.services import ModerationOutcome
from moderation.models import ModeratedPost
from tests.curriculum.conftest import step_url
from tests.curriculum.placing import placed_link

pytestmark = pytest.mark.django_db


def post(client, link, text, parent=None, token=None):
    html = client.get(step_url(link, "discussion")).content.decode()
    if token is None:
        if parent is None:
            token = re.search(r'name="token" value="([^"]+)"', html).group(1)
        else:
            pattern = (
                rf'name="token" value="([^"]+)">\s*'
                rf'<input type="hidden" name="parent" value="{parent}"'
            )
            token = re.search(pattern, html).group(1)
    data = {"text": text, "token": token}
    if parent is not None:
        data["parent"] = str(parent)
    return client.post(step_url(link, "discussion"), data)


def test_a_post_is_seen_by_classmates_in_the_same_course(client, student, student2, link):
    client.force_login(student)
    post(client, link, "People share because they trust friends.")
    client.force_login(student2)
    html = client.get(step_url(link, "discussion")).content.decode()
    assert "People share because they trust friends." in html
    assert "Sam Student" in html


def test_the_same_lesson_in_another_course_has_its_own_thread(
    client, student, outsider, link, other_link
):
    client.force_login(student)
    post(client, link, "Only for my class.")
    client.force_login(outsider)
    assert (
        "Only for my class." not in client.get(step_url(other_link, "discussion")).content.decode()
    )


def test_replies_are_threaded_under_the_post_they_answer(client, student, student2, link):
    client.force_login(student)
    post(client, link, "First thought.")
    first = DiscussionPost.objects.get()
    client.force_login(student2)
    response = post(client, link, "I agree with you.", parent=first.pk)
    reply = DiscussionPost.objects.get(parent=first)
    assert response["Location"].endswith(f"#post-{reply.pk}")
    html = client.get(step_url(link, "discussion")).content.decode()
    assert (
        html.index("First thought.")
        < html.index('<ul class="replies">')
        < html.index("I agree with you.")
    )


def test_a_reply_to_a_reply_joins_the_same_thread(student_client, link):
    post(student_client, link, "Root.")
    root = DiscussionPost.objects.get()
    post(student_client, link, "Reply.", parent=root.pk)
    reply = DiscussionPost.objects.get(parent=root)
    form_token = "4f8a0a52-4e5c-4b0e-9a51-8d3b1f8a3b10"
    post(student_client, link, "Reply to the reply.", parent=reply.pk, token=form_token)
    assert DiscussionPost.objects.get(text="Reply to the reply.").parent == root


def test_a_reply_to_a_post_in_another_course_is_refused(
    client, student, outsider, link, other_link
):
    client.force_login(outsider)
    post(client, other_link, "Other course post.")
    elsewhere = DiscussionPost.objects.get()
    client.force_login(student)
    response = post(
        client,
        link,
        "Sneaky reply.",
        parent=elsewhere.pk,
        token="0d6f4c1e-93a4-4bd2-a0e4-6e3f9f1f0a11",
    )
    assert response.status_code == 400
    assert "not available any more" in response.content.decode()
    assert not DiscussionPost.objects.filter(text="Sneaky reply.").exists()


def test_a_double_submission_is_one_post(student_client, link):
    html = student_client.get(step_url(link, "discussion")).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    post(student_client, link, "Once only.", token=token)
    post(student_client, link, "Once only.", token=token)
    assert DiscussionPost.objects.count() == 1


def test_posts_are_stored_without_markup_and_shown_escaped(client, student, student2, link):
    client.force_login(student)
    post(client, link, '<img src=x onerror="alert(1)">Tom & Jerry <3')
    assert DiscussionPost.objects.get().text == "Tom & Jerry <3"
    client.force_login(student2)
    html = client.get(step_url(link, "discussion")).content.decode()
    assert "Tom &amp; Jerry &lt;3" in html
    assert "onerror" not in html


def test_empty_and_oversized_posts_get_a_clear_message(student_client, link):
    assert "Your post is empty." in post(student_client, link, " ").content.decode()
    response = post(student_client, link, "b" * 10_500)
    assert response.status_code == 400
    assert "Your post is 10,500 characters long; the limit is 10,000." in response.content.decode()
    assert not DiscussionPost.objects.exists()


@pytest.fixture
def holding_moderation(monkeypatch):
    """Moderation holds every post: its record says held, whatever the words."""
    import curriculum.steps.discussion

    def hold(text, *, author, course, kind, target=None):
        record = ModeratedPost.objects.create(
            source=kind, author=author, course=course, text=text, status=ModeratedPost.Status.HELD
        )
        return ModerationOutcome(
            visible=False,
            message="Your post is waiting for a member of staff to read it.",
            text=text,
            post_id=record.pk,
        )

    monkeypatch.setattr(curriculum.steps.discussion, "moderate_post", hold)


def test_a_held_post_is_seen_by_its_author_with_a_message_and_by_no_classmate(
    client, student, student2, link, holding_moderation
):
    client.force_login(student)
    response = post(client, link, "Something that needs a look.")
    html = client.get(response["Location"]).content.decode()
    assert "Something that needs a look." in html
    assert "Your post is waiting for a member of staff to read it." in html
    client.force_login(student2)
    assert (
        "Something that needs a look."
        not in client.get(step_url(link, "discussion")).content.decode()
    )


def test_the_teacher_sees_every_post_with_its_moderation_status(
    client, student, teacher, link, holding_moderation
):
    client.force_login(student)
    post(client, link, "Held one.")
    client.force_login(teacher)
    html = client.get(
        reverse("curriculum:dashboard_discussion", args=[link.course_id])
    ).content.decode()
    # A held post's words stay with the safeguarding team (test_held_posts_hidden_from_teachers).
    assert "Held one." not in html
    assert "Held for the safeguarding team" in html


def test_posting_completes_the_discussion_step(student_client, student, link):
    post(student_client, link, "Done.")
    assert "discussion" in LessonProgress.objects.get(user=student, resource_link=link).steps_done


def test_a_teacher_of_another_course_cannot_read_this_discussion(client, other_teacher, link):
    client.force_login(other_teacher)
    assert (
        client.get(reverse("curriculum:dashboard_discussion", args=[link.course_id])).status_code
        == 403
    )


def test_a_thread_belongs_to_the_course_and_lesson_not_the_link(
    client, student, student2, course, link, lesson
):
    second_link = placed_link(course=course, resource_link_id="rl-again", lesson=lesson)
    client.force_login(student)
    post(client, link, "Seen through either link.")
    client.force_login(student2)
    assert (
        "Seen through either link."
        in client.get(step_url(second_link, "discussion")).content.decode()
    )
