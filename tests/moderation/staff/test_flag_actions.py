"""Acknowledge, escalate, resolve, release or remove a held post, add a note: each changes what
it should and writes an audit entry; the views run them for the people allowed to."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from curriculum.models.progress import DiscussionPost
from moderation.models import AuditEntry, Flag, ModeratedPost, RoutingRule, StaffNotification
from moderation.staff import actions as staff_actions

pytestmark = pytest.mark.django_db


def act(client, user, flag, action, **data):
    client.force_login(user)
    return client.post(reverse("moderation_admin:action", args=[flag.pk, action]), data)


def audit_actions(flag) -> list[str]:
    return list(
        AuditEntry.objects.filter(object_type="flag", object_id=str(flag.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_acknowledge(client, lead, make_flag):
    flag = make_flag()
    response = act(client, lead, flag, "acknowledge")
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.status == Flag.Status.ACKNOWLEDGED and flag.acknowledged_at is not None
    assert audit_actions(flag) == ["flag.acknowledged"]


def test_a_teacher_may_acknowledge_their_course_flag(client, teacher, make_flag, course):
    flag = make_flag(course=course)
    act(client, teacher, flag, "acknowledge")
    flag.refresh_from_db()
    assert flag.status == Flag.Status.ACKNOWLEDGED
    assert AuditEntry.objects.get(action="flag.acknowledged").actor == teacher


def test_a_teacher_escalates_to_the_rules_next_contact(
    client, lead, teacher, make_flag, course, django_user_model, django_capture_on_commit_callbacks
):
    counsellor = django_user_model.objects.create_user("counsellor")
    rule = RoutingRule.objects.create(name="Course rule")
    rule.escalate_to_users.add(counsellor)
    flag = make_flag(course=course)
    Flag.objects.filter(pk=flag.pk).update(rule=rule)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, teacher, flag, "escalate", reason="Worried about this one")
    flag.refresh_from_db()
    assert flag.status == Flag.Status.ESCALATED and flag.escalation_level == 1
    assert set(flag.routed_to.values_list("username", flat=True)) == {"counsellor"}
    entry = AuditEntry.objects.get(action="flag.escalated")
    assert (entry.actor, entry.reason) == (teacher, "Worried about this one")
    notified = StaffNotification.objects.filter(flag=flag, reason="escalated")
    assert set(notified.values_list("recipient__username", flat=True)) == {"counsellor"}


def test_without_a_next_contact_escalation_goes_to_the_leads(
    client, lead, teacher, make_flag, course, django_capture_on_commit_callbacks
):
    flag = make_flag(course=course)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, teacher, flag, "escalate")
    flag.refresh_from_db()
    assert list(flag.routed_to.all()) == [lead]
    assert StaffNotification.objects.filter(flag=flag, recipient=lead).exists()


def test_resolve_needs_an_outcome(client, lead, make_flag):
    flag = make_flag()
    act(client, lead, flag, "resolve", outcome="")
    flag.refresh_from_db()
    assert flag.status == Flag.Status.NEW
    with pytest.raises(staff_actions.ActionRefused):
        staff_actions.resolve(flag, lead, "whatever")
    assert audit_actions(flag) == []


def test_resolve_with_an_outcome(client, lead, make_flag):
    flag = make_flag()
    act(client, lead, flag, "resolve", outcome="no_concern", reason="Banter between friends")
    flag.refresh_from_db()
    assert (flag.status, flag.outcome) == (Flag.Status.RESOLVED, "no_concern")
    assert flag.resolved_at is not None
    entry = AuditEntry.objects.get(action="flag.resolved")
    assert entry.detail["outcome"] == "no_concern"
    assert entry.reason == "Banter between friends"


def test_a_resolved_case_cannot_be_resolved_or_escalated_again(lead, make_flag):
    flag = make_flag(status=Flag.Status.RESOLVED)
    for action in (
        lambda: staff_actions.resolve(flag, lead, "no_concern"),
        lambda: staff_actions.escalate(flag, lead),
        lambda: staff_actions.acknowledge(flag, lead),
    ):
        with pytest.raises(staff_actions.ActionRefused):
            action()


def test_a_held_post_must_be_released_or_removed_before_resolving(lead, make_flag):
    flag = make_flag(post_status=ModeratedPost.Status.HELD, severity=4)
    with pytest.raises(staff_actions.ActionRefused):
        staff_actions.resolve(flag, lead, "action_taken")


@pytest.fixture
def held_discussion_post(make_flag, course, author, make_lesson):
    lesson = make_lesson("held")
    flag = make_flag(
        course=course,
        student=author,
        text="I will kill you",
        matches=[("kill", "A threat to kill.")],
        severity=4,
        category="violence",
        post_status=ModeratedPost.Status.HELD,
    )
    shown = DiscussionPost.objects.create(
        course=course,
        lesson=lesson,
        author=author,
        text="I will kill you",
        token="00000000-0000-4000-8000-000000000001",
        created_at=timezone.now(),
        moderated_post=flag.post,
    )
    assert shown.status != "visible"
    return flag, shown


def test_release_shows_the_held_post(client, lead, held_discussion_post):
    flag, shown = held_discussion_post
    act(client, lead, flag, "release_post")
    flag.post.refresh_from_db()
    shown = DiscussionPost.objects.get(pk=shown.pk)
    assert flag.post.status == ModeratedPost.Status.PUBLISHED
    assert shown.status == "visible" and shown.moderation_message == ""
    assert audit_actions(flag) == ["post.released"]


def test_remove_keeps_the_post_hidden_and_tells_its_author(client, lead, held_discussion_post):
    flag, shown = held_discussion_post
    act(client, lead, flag, "remove_post", reason="Threat")
    flag.post.refresh_from_db()
    shown = DiscussionPost.objects.get(pk=shown.pk)
    assert flag.post.status == ModeratedPost.Status.REMOVED
    assert shown.status != "visible" and "removed" in shown.moderation_message
    assert AuditEntry.objects.get(action="post.removed").reason == "Threat"


def test_only_a_held_post_can_be_released(lead, make_flag):
    flag = make_flag()
    with pytest.raises(staff_actions.ActionRefused):
        staff_actions.release_post(flag, lead)


def test_add_note_keeps_the_words_on_the_note_not_in_the_log(client, lead, make_flag):
    flag = make_flag()
    act(client, lead, flag, "add_note", text="Called home; parent aware.")
    assert flag.notes.get().text == "Called home; parent aware."
    entry = AuditEntry.objects.get(action="flag.note_added")
    assert "parent" not in str(entry.detail)


def test_an_empty_note_is_refused(client, lead, make_flag):
    flag = make_flag()
    act(client, lead, flag, "add_note", text="   ")
    assert not flag.notes.exists()


def test_an_unknown_action_is_404(client, lead, make_flag):
    flag = make_flag()
    assert act(client, lead, flag, "delete").status_code == 404


def test_actions_are_post_only(client, lead, make_flag):
    flag = make_flag()
    client.force_login(lead)
    url = reverse("moderation_admin:action", args=[flag.pk, "acknowledge"])
    assert client.get(url).status_code == 405
    flag.refresh_from_db()
    assert flag.status == Flag.Status.NEW
