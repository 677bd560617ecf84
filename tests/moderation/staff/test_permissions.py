"""Who sees which flags, and every boundary of the moderation admin."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import AuditEntry, Flag, ModerationSettings
from moderation.staff.permissions import allowed_actions, visible_flags
from tests import personas

pytestmark = pytest.mark.django_db


@pytest.fixture
def flags(make_flag, course, other_course, author):
    return {
        "low_here": make_flag(course=course, student=author, severity=2),
        "high_here": make_flag(course=course, student=author, severity=3, category="violence"),
        "low_there": make_flag(course=other_course, severity=2),
        "no_course": make_flag(course=None, severity=1),
    }


def test_a_lead_sees_every_flag(lead, flags):
    assert set(visible_flags(lead)) == set(flags.values())


def test_a_superuser_sees_every_flag(flags, django_user_model):
    root = django_user_model.objects.create_superuser("root", password="pw")
    assert set(visible_flags(root)) == set(flags.values())


def test_a_teacher_sees_their_course_up_to_the_severity_ceiling(teacher, flags):
    assert list(visible_flags(teacher)) == [flags["low_here"]]


def test_raising_the_ceiling_lets_teachers_see_more(teacher, flags):
    settings = ModerationSettings.load()
    settings.teacher_max_severity = 3
    settings.save()
    assert set(visible_flags(teacher)) == {flags["low_here"], flags["high_here"]}


def test_a_teacher_of_another_course_sees_only_theirs(other_teacher, flags):
    assert list(visible_flags(other_teacher)) == [flags["low_there"]]


def test_students_and_strangers_see_no_flags(student, student_in_admin, flags, rf):
    from django.contrib.auth.models import AnonymousUser

    assert not visible_flags(student).exists()
    assert not visible_flags(student_in_admin).exists()
    assert not visible_flags(AnonymousUser()).exists()
    assert allowed_actions(student) == frozenset()


def test_teachers_may_acknowledge_note_and_escalate_but_not_close(teacher, lead):
    # A teacher may report a false alarm, for a lead to review; never mark one.
    assert allowed_actions(teacher) == {
        "acknowledge",
        "escalate",
        "add_note",
        "reveal",
        "report_false_alarm",
    }
    assert {"resolve", "mark_false_positive", "release_post", "remove_post"} <= allowed_actions(
        lead
    )


def moderation_urls(flag: Flag, library, entry) -> list[tuple[str, str]]:
    match = flag.matches.first()
    return [
        ("get", reverse("moderation_admin:queue")),
        ("get", reverse("moderation_admin:case", args=[flag.pk])),
        ("post", reverse("moderation_admin:reveal", args=[flag.pk])),
        ("post", reverse("moderation_admin:action", args=[flag.pk, "acknowledge"])),
        ("post", reverse("moderation_admin:action", args=[flag.pk, "resolve"])),
        ("post", reverse("moderation_admin:false_positive", args=[match.pk])),
        ("get", reverse("moderation_admin:audit")),
        ("get", reverse("moderation_admin:libraries")),
        ("get", reverse("moderation_admin:entries", args=[library.pk])),
        ("get", reverse("moderation_admin:entry", args=[entry.pk])),
        ("post", reverse("moderation_admin:entry_exclude", args=[entry.pk])),
        ("get", reverse("moderation_admin:library_export", args=[library.pk])),
        ("get", reverse("moderation_admin:library_import")),
        ("get", reverse("moderation_routing_rules:index")),
        ("get", reverse("moderation_api_keys:index")),
        ("get", reverse("moderation_api_keys:add")),
        ("get", reverse("moderation_trusted_adults:index")),
    ]


def test_a_student_from_the_lms_is_sent_to_the_login_page_everywhere(
    client, student, flags, library, kill_entry
):
    client.force_login(student)
    before = AuditEntry.objects.count()
    for method, url in moderation_urls(flags["low_here"], library, kill_entry):
        response = getattr(client, method)(url, {"reason": "x", "outcome": "no_concern"})
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url
    assert Flag.objects.get(pk=flags["low_here"].pk).status == Flag.Status.NEW
    assert AuditEntry.objects.count() == before


def test_a_student_with_admin_access_gets_403_or_404_everywhere(
    client, student_in_admin, flags, library, kill_entry
):
    client.force_login(student_in_admin)
    for method, url in moderation_urls(flags["low_here"], library, kill_entry):
        response = getattr(client, method)(url, {"reason": "x", "outcome": "no_concern"})
        if "/moderation/flags/" in url or "/moderation/matches/" in url:
            assert response.status_code in (403, 404), url
        elif response.status_code == 302:
            # Wagtail's own refusal for its model views: back to the dashboard, with a message.
            assert response["Location"] == reverse("wagtailadmin_home"), url
        else:
            assert response.status_code == 403, url
        assert b"you are a loser" not in response.content
    assert Flag.objects.get(pk=flags["low_here"].pk).status == Flag.Status.NEW


def test_anonymous_visitors_are_sent_to_the_login_page(client, flags):
    response = client.get(reverse("moderation_admin:case", args=[flags["low_here"].pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_teacher_of_another_course_gets_404_for_a_case(client, other_teacher, flags):
    client.force_login(other_teacher)
    flag = flags["low_here"]
    assert client.get(reverse("moderation_admin:case", args=[flag.pk])).status_code == 404
    response = client.post(reverse("moderation_admin:action", args=[flag.pk, "acknowledge"]))
    assert response.status_code == 404
    assert Flag.objects.get(pk=flag.pk).status == Flag.Status.NEW


def test_a_case_that_does_not_exist_looks_like_one_you_may_not_see(client, other_teacher):
    client.force_login(other_teacher)
    assert client.get(reverse("moderation_admin:case", args=[999999])).status_code == 404


def test_a_teacher_cannot_open_a_flag_above_the_ceiling(client, teacher, flags):
    client.force_login(teacher)
    url = reverse("moderation_admin:case", args=[flags["high_here"].pk])
    assert client.get(url).status_code == 404


def test_a_teacher_opens_their_own_course_flag(client, teacher, flags):
    client.force_login(teacher)
    url = reverse("moderation_admin:case", args=[flags["low_here"].pk])
    assert client.get(url).status_code == 200


def test_the_queue_shows_a_teacher_only_what_they_may_see(client, teacher, flags):
    client.force_login(teacher)
    response = client.get(reverse("moderation_admin:queue"), {"status": "all"})
    shown = [row["flag"].pk for row in response.context["rows"]]
    assert shown == [flags["low_here"].pk]


def test_a_teacher_cannot_resolve_and_the_attempt_is_logged(client, teacher, flags):
    client.force_login(teacher)
    flag = flags["low_here"]
    response = client.post(
        reverse("moderation_admin:action", args=[flag.pk, "resolve"]), {"outcome": "no_concern"}
    )
    assert response.status_code == 403
    assert "This page is for safeguarding staff" in response.content.decode()
    assert Flag.objects.get(pk=flag.pk).status == Flag.Status.NEW
    assert AuditEntry.objects.filter(action="flag.action_refused", object_id=str(flag.pk)).exists()


def test_a_teacher_cannot_mark_a_false_positive(client, teacher, flags):
    client.force_login(teacher)
    match = flags["low_here"].matches.get()
    response = client.post(
        reverse("moderation_admin:false_positive", args=[match.pk]), {"reason": "innocent"}
    )
    assert response.status_code == 403
    match.refresh_from_db()
    assert not match.false_positive


def test_teachers_cannot_read_the_audit_log(client, teacher):
    client.force_login(teacher)
    assert client.get(reverse("moderation_admin:audit")).status_code == 403


def test_a_teacher_who_is_no_content_editor_cannot_manage_libraries(client, course, kill_entry):
    # (The `teacher` of these tests is also a content editor, who keeps the libraries.)
    plain_teacher = personas.teacher(course, "tia", "Tia Teacher")
    client.force_login(plain_teacher)
    assert client.get(reverse("moderation_admin:libraries")).status_code in (302, 403)
    response = client.post(
        reverse("moderation_admin:entry_exclude", args=[kill_entry.pk]), {"reason": "x"}
    )
    assert response.status_code in (302, 403)
    kill_entry.refresh_from_db()
    assert not kill_entry.excluded


def test_leads_reach_routing_rules_and_trusted_adults_but_not_api_keys(client, lead):
    client.force_login(lead)
    for name in (
        "moderation_routing_rules:index",
        "moderation_trusted_adults:index",
        "moderation_routing_rules:add",
    ):
        assert client.get(reverse(name)).status_code == 200, name
    # An API key opens the REST API to another system: superusers only.
    assert client.get(reverse("moderation_api_keys:index")).status_code in (302, 403)


def test_teachers_do_not_reach_routing_rules(client, teacher):
    client.force_login(teacher)
    response = client.get(reverse("moderation_routing_rules:index"))
    assert response.status_code in (302, 403)


def test_the_queues_filter_menus_name_only_students_and_courses_the_teacher_may_see(
    client, teacher, make_flag, course, other_course, author, student
):
    make_flag(course=course, student=author, severity=2)
    make_flag(course=course, student=student, severity=4)  # above the teacher's ceiling
    make_flag(course=other_course, severity=1)
    client.force_login(teacher)
    choices = client.get(reverse("moderation_admin:queue")).context["choices"]
    assert choices["students"] == [(author.pk, "Alex Author")]
    assert choices["courses"] == [(course.pk, "7B")]
