"""A student cannot flood the reflection form. The class discussion has allowed a few posts a
minute since a script posted 30 times in 11 seconds; the reflection had no such limit, and each
save with new words is a new record read by moderation, one more flag and notice for staff
when the words match. A script saving 40 different texts in a few seconds made 40 moderated
posts and 40 flags. Now a few saves a minute go through; past that the step says to wait,
keeps what was written and stores nothing; a minute later the student saves again."""

from datetime import timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from curriculum.models import Reflection
from curriculum.steps.reflection import SAVES_PER_MINUTE
from moderation.keywords.store import forget_compiled_library, import_library
from moderation.models import Flag, ModeratedPost
from tests.curriculum.test_reflections import reflect

pytestmark = pytest.mark.django_db

KEYWORDS = """term,category,severity,mode,definition,exceptions
loser,bullying,2,word,An insult.,
"""


@pytest.fixture(autouse=True)
def keywords():
    forget_compiled_library()
    import_library("flood_words", KEYWORDS, None, "test library")
    yield
    forget_compiled_library()


def test_a_burst_of_saves_is_stopped_and_the_student_told_to_wait(student_client, link):
    start = timezone.now()
    with freeze_time(start) as clock:
        for revision in range(SAVES_PER_MINUTE):
            response = reflect(
                student_client, link, f"Our class is full of losers, draft {revision}", revision
            )
            assert response.status_code == 302
            clock.tick(timedelta(seconds=2))
        assert Flag.objects.filter(is_pattern=False).count() == SAVES_PER_MINUTE

        refused = reflect(
            student_client,
            link,
            "Our class is full of losers, one draft too many",
            SAVES_PER_MINUTE,
        )
        assert refused.status_code == 400
        page = refused.content.decode()
        assert "Wait a minute" in page
        assert "one draft too many" in page  # kept in the box, nothing lost
        assert ModeratedPost.objects.count() == SAVES_PER_MINUTE
        assert Flag.objects.filter(is_pattern=False).count() == SAVES_PER_MINUTE
        assert Reflection.objects.get().revision == SAVES_PER_MINUTE

        clock.tick(timedelta(seconds=61))
        again = reflect(
            student_client,
            link,
            "Our class is full of losers, one draft too many",
            SAVES_PER_MINUTE,
        )
        assert again.status_code == 302
        assert Reflection.objects.get().revision == SAVES_PER_MINUTE + 1


def test_the_same_words_sent_again_are_no_save_and_count_for_nothing(student_client, link):
    with freeze_time(timezone.now()):
        assert reflect(student_client, link, "Passwords stay private.", 0).status_code == 302
        for _ in range(SAVES_PER_MINUTE * 2):  # a double click, a resent form
            assert reflect(student_client, link, "Passwords stay private.", 0).status_code == 302
        assert ModeratedPost.objects.count() == 1
        assert reflect(student_client, link, "Passwords stay mine.", 1).status_code == 302
