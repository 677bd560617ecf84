"""The daily retention purge removes a student's words everywhere they were kept: the
moderation record and the lesson flow's own discussion post and reflection."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from curriculum.models import DiscussionPost, Reflection
from moderation.models import ModeratedPost
from tests.curriculum.conftest import step_url
from tests.curriculum.test_discussion import post as write_post
from tests.moderation.pipeline.test_student_data import all_stored_text

OLD_POST = "Last year I wrote that my brother's friend is a loser"
OLD_REFLECTION = "Last year I reflected that I keep my password on a sticky note"
NEW_POST = "This week I learned to block people who are mean"


def make_old(days: int) -> None:
    then = timezone.now() - timedelta(days=days)
    ModeratedPost.objects.update(created_at=then)
    DiscussionPost.objects.update(created_at=then)
    Reflection.objects.update(created_at=then, updated_at=then)


def purge() -> None:
    call_command("purge_moderation_data", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_an_old_post_and_reflection_leave_no_copy_anywhere(
    client, student, link, keywords, lead, moderation_settings
):
    client.force_login(student)
    write_post(client, link, OLD_POST)
    client.post(step_url(link, "reflection"), {"text": OLD_REFLECTION, "revision": "0"})
    make_old(moderation_settings.post_retention_days + 1)
    assert OLD_POST in all_stored_text() and OLD_REFLECTION in all_stored_text()

    purge()

    stored = all_stored_text()
    assert OLD_POST not in stored and OLD_REFLECTION not in stored
    assert not DiscussionPost.objects.exists() and not Reflection.objects.exists()
    page = client.get(step_url(link, "discussion")).content.decode()
    assert OLD_POST not in page


def test_recent_posts_stay_and_an_old_post_a_newer_reply_answers_keeps_its_place(
    client, student, student2, link, keywords, lead, moderation_settings
):
    client.force_login(student)
    write_post(client, link, OLD_POST)
    make_old(moderation_settings.post_retention_days + 1)
    old = DiscussionPost.objects.get()
    client.force_login(student2)
    write_post(client, link, NEW_POST, parent=old.pk)

    purge()

    old.refresh_from_db()
    assert old.text == "This post was removed."
    assert OLD_POST not in all_stored_text()
    reply = DiscussionPost.objects.get(author=student2)
    assert reply.text == NEW_POST and reply.parent == old
