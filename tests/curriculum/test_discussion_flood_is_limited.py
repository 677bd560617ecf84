"""A student cannot flood the class discussion: found in the demo, where a script posted 30
times in 11 seconds, each post shown to the class, scanned and able to notify staff. A few
posts a minute go through; past that, the step says to wait, keeps what was written, and
stores nothing; a minute later the student posts again."""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from curriculum.models import DiscussionPost
from curriculum.steps.discussion import POSTS_PER_MINUTE
from tests.curriculum.test_discussion import post

pytestmark = pytest.mark.django_db


def test_a_burst_of_posts_is_stopped_and_the_student_told_to_wait(student_client, link):
    start = timezone.now()
    with freeze_time(start) as clock:
        for n in range(POSTS_PER_MINUTE):
            assert post(student_client, link, f"Idea number {n}").status_code == 302
            clock.tick(timedelta(seconds=2))

        refused = post(student_client, link, "One idea too many")
        assert refused.status_code == 400
        page = refused.content.decode()
        assert "Wait a minute" in page
        assert "One idea too many" in page  # kept in the box, nothing lost
        assert DiscussionPost.objects.count() == POSTS_PER_MINUTE

        clock.tick(timedelta(seconds=61))
        assert post(student_client, link, "One idea too many").status_code == 302
        assert DiscussionPost.objects.count() == POSTS_PER_MINUTE + 1
