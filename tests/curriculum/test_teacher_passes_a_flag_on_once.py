"""A teacher passes a flag to the safeguarding team from the LMS dashboard. The row then says
the flag is with the team, instead of offering "Pass to the safeguarding team" again: a second
press escalated it a level further and notified the team once more (found in the demo)."""

import pytest
from django.urls import reverse

from moderation.models import Flag, ModeratedPost

pytestmark = pytest.mark.django_db

PASS_ON = "Pass to the safeguarding team"


@pytest.fixture
def teasing(course, student):
    post = ModeratedPost.objects.create(
        source="discussion", author=student, course=course, text="…"
    )
    return Flag.objects.create(
        post=post, student=student, course=course, category="bullying", severity=2
    )


def test_once_passed_on_the_flag_is_with_the_team_and_not_offered_again(
    teacher_client, course, teasing
):
    dashboard = reverse("curriculum:dashboard", args=[course.pk])
    assert PASS_ON in teacher_client.get(dashboard).content.decode()

    teacher_client.post(
        reverse("curriculum:dashboard_flag_action", args=[course.pk, teasing.pk, "escalate"])
    )

    teasing.refresh_from_db()
    assert teasing.status == Flag.Status.ESCALATED
    assert teasing.escalation_level == 1
    html = teacher_client.get(dashboard).content.decode()
    assert "With the safeguarding team." in html
    assert PASS_ON not in html
