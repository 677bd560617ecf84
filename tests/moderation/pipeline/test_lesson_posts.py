"""A critical post written in a lesson is held, flagged and reaches the safeguarding lead at
once; a self-harm post shows the student the help contacts at once."""

from django.core import mail

from curriculum.models import DiscussionPost, PostStatus, Reflection
from moderation.models import Flag, ModeratedPost
from tests.curriculum.conftest import step_url
from tests.curriculum.test_discussion import post as write_post


def test_a_critical_post_is_held_and_the_lead_is_emailed_in_the_same_request(
    client, student, student2, link, keywords, lead, django_capture_on_commit_callbacks
):
    client.force_login(student)
    text = "Honestly some days I want to kill myself."
    with django_capture_on_commit_callbacks(execute=True):
        response = write_post(client, link, text)
    assert response.status_code == 302

    discussion = DiscussionPost.objects.get()
    assert discussion.status == PostStatus.HELD
    assert discussion.moderation_message == "Your post is waiting for a member of staff to read it."
    record = ModeratedPost.objects.get()
    assert record.status == ModeratedPost.Status.HELD and discussion.moderated_post == record

    flag = Flag.objects.get()
    assert (flag.severity, flag.category, flag.student, flag.course) == (
        4,
        "self_harm",
        student,
        link.course,
    )
    assert list(flag.routed_to.all()) == [lead]
    [match] = flag.matches.all()
    assert discussion.text[match.start : match.end] == "kill myself" == match.matched_text
    assert match.definition == "Suicidal intent: follow up today."

    [email] = mail.outbox
    assert email.to == ["rivera@school.example"]
    assert f"/admin/moderation/flags/{flag.pk}/" in email.body
    assert "Critical" in email.subject and "Self-harm" in email.subject
    assert "kill" not in email.subject + email.body

    client.force_login(student2)
    page = client.get(step_url(link, "discussion")).content.decode()
    assert "kill myself" not in page


def test_the_student_sees_the_help_contacts_at_once(
    client, student, link, keywords, moderation_settings
):
    moderation_settings.help_contacts = "Talk to Ms Rivera in room 12.\nCall 0800 1111."
    moderation_settings.save()
    client.force_login(student)
    response = write_post(client, link, "I might unalive")
    page = client.get(response.url).content.decode()
    assert "Talk to Ms Rivera in room 12.<br>Call 0800 1111." in page


def test_a_reflection_is_scanned_held_and_linked_too(
    client, student, link, keywords, lead, django_capture_on_commit_callbacks
):
    client.force_login(student)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            step_url(link, "reflection"), {"text": "kys is what they told me", "revision": "0"}
        )
    reflection = Reflection.objects.get()
    assert not reflection.visible
    assert reflection.moderated_post == ModeratedPost.objects.get()
    assert Flag.objects.get().category == "bullying"
    assert len(mail.outbox) == 1
    assert "trusted adult at school" not in client.get(response.url).content.decode()


def test_a_low_severity_post_is_published_and_still_flagged(
    client, student, student2, link, keywords, lead, django_capture_on_commit_callbacks
):
    client.force_login(student)
    with django_capture_on_commit_callbacks(execute=True):
        write_post(client, link, "you loser")
    assert DiscussionPost.objects.get().status == PostStatus.VISIBLE
    assert Flag.objects.get().severity == 2
    assert len(mail.outbox) == 1  # sent by the task (immediate backend in tests)
    client.force_login(student2)
    assert "you loser" in client.get(step_url(link, "discussion")).content.decode()


def test_a_clean_post_is_recorded_without_a_flag_or_a_notice(
    client, student, link, keywords, lead, django_capture_on_commit_callbacks
):
    client.force_login(student)
    with django_capture_on_commit_callbacks(execute=True):
        write_post(client, link, "I asked my mum before sharing.")
    assert ModeratedPost.objects.get().status == ModeratedPost.Status.PUBLISHED
    assert not Flag.objects.exists() and not mail.outbox
