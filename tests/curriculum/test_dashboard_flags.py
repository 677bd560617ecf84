"""A teacher sees, on the LMS dashboard, the flags of their own course they are allowed to see."""

import pytest
from django.urls import reverse

from moderation.models import AuditEntry, Flag, ModeratedPost

pytestmark = pytest.mark.django_db


def flag(course, student, severity, category="bullying"):
    post = ModeratedPost.objects.create(
        source="discussion", author=student, course=course, text="…"
    )
    return Flag.objects.create(
        post=post, student=student, course=course, category=category, severity=severity
    )


def test_the_teacher_sees_low_flags_of_their_course_and_the_view_is_audited(
    teacher_client, teacher, student, course
):
    flag(course, student, 2)
    html = teacher_client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()
    assert "Flagged posts in this course" in html
    assert "Bullying and trolling" in html and "Low" in html
    assert AuditEntry.objects.filter(action="flags.listed", actor=teacher).exists()


def test_serious_flags_and_other_courses_flags_stay_with_the_safeguarding_team(
    teacher_client, student, course, other_course
):
    flag(course, student, 4, category="self_harm")
    flag(other_course, student, 2)
    html = teacher_client.get(reverse("curriculum:dashboard", args=[course.pk])).content.decode()
    assert "Flagged posts in this course" not in html
    assert "Self-harm" not in html
