"""Tom reads on his course dashboard what the words flagged in his course mean. The dashboard is
an English page (upstander/templates/base.html renders a page in its content's language), so
the definition is its English part, whatever his browser asks for: never both languages, never
the "[es]" marker of an English library's definition."""

import pytest
from django.urls import reverse

from moderation.models import Flag, FlagMatch, ModeratedPost

pytestmark = pytest.mark.django_db

ENGLISH = "A mild insult aimed at the reader. Usually banter."
SPANISH = "Un insulto leve dirigido a quien lee. Suele ser broma."


@pytest.fixture
def flagged(course, student):
    post = ModeratedPost.objects.create(
        source="discussion", author=student, course=course, text="you loser"
    )
    flag = Flag.objects.create(
        post=post, student=student, course=course, category="bullying", severity=2
    )
    FlagMatch.objects.create(
        flag=flag,
        term="loser",
        category="bullying",
        severity=2,
        definition=f"{ENGLISH} [es] {SPANISH}",
        start=4,
        end=9,
        matched_text="loser",
    )
    return flag


def dashboard(client, course, language: str) -> str:
    url = reverse("curriculum:dashboard", args=[course.pk])
    return client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()


def test_the_dashboard_gives_the_english_part_only(teacher_client, course, flagged):
    for language in ("en", "es"):
        html = dashboard(teacher_client, course, language)
        assert ENGLISH in html and SPANISH not in html and "[es]" not in html
