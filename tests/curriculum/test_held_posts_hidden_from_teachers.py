"""A post held at or above the hold severity is read only by its author and the safeguarding
team: the course's teacher sees that it is held, when, and whom to ask, never its words.

The posts go through the product's own moderation (a small keyword library imported the way
a school imports one, the moderation settings as shipped)."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse

from curriculum.models import DiscussionPost, Reflection
from moderation.keywords.store import forget_compiled_library, import_library
from moderation.models import Flag, ModeratedPost, ModerationSettings
from moderation.staff.permissions import visible_flags
from tests.curriculum.conftest import step_url
from tests.curriculum.test_discussion import post

pytestmark = pytest.mark.django_db

DISCLOSURE = "My uncle hurts me at night and I want to kill myself"
REFLECTION = "Nobody would miss me, I will kill myself this weekend"
TEASING = "You are such a loser at passwords"

KEYWORDS = """term,category,severity,mode,definition,exceptions
kill myself,self_harm,4,word,Suicidal intent: follow up today.,
loser,bullying,2,word,An insult.,
"""
WHOM_TO_ASK = "Ask your school&#x27;s safeguarding lead about it."


@pytest.fixture(autouse=True)
def keywords():
    forget_compiled_library()
    import_library("held_post_words", KEYWORDS, None, "test library")
    yield
    forget_compiled_library()


@pytest.fixture
def held_disclosures(client, student, link):
    client.force_login(student)
    post(client, link, DISCLOSURE)
    client.post(step_url(link, "reflection"), {"text": REFLECTION, "revision": "0"})
    post(client, link, TEASING)
    client.logout()
    # The product held both, as shipped (hold severity High, a critical match).
    assert ModerationSettings.load().hold_severity <= 4
    assert DiscussionPost.objects.get(text=DISCLOSURE).status == "held"
    assert Reflection.objects.get().visible is False
    assert DiscussionPost.objects.get(text=TEASING).status == "visible"


def page(client, name, course_id) -> str:
    return client.get(reverse(name, args=[course_id])).content.decode()


def test_the_teacher_sees_that_a_disclosure_is_held_but_never_its_words_in_the_discussion_tab(
    client, teacher, link, held_disclosures
):
    client.force_login(teacher)
    html = page(client, "curriculum:dashboard_discussion", link.course_id)
    assert "hurts me" not in html and "kill myself" not in html
    assert "Held for the safeguarding team" in html
    assert WHOM_TO_ASK in html
    assert "Sam Student" in html  # who wrote it and when stay visible
    assert TEASING in html  # below the hold severity: the teacher still reads it


def test_the_teacher_sees_that_a_reflection_is_held_but_never_its_words(
    client, teacher, link, held_disclosures
):
    client.force_login(teacher)
    html = page(client, "curriculum:dashboard_reflections", link.course_id)
    assert "Nobody would miss me" not in html and "kill myself" not in html
    assert "Held for the safeguarding team" in html
    assert WHOM_TO_ASK in html


def test_the_csv_export_says_a_post_is_held_and_whom_to_ask_without_its_words(
    client, teacher, link, held_disclosures
):
    client.force_login(teacher)
    text = page(client, "curriculum:dashboard_export", link.course_id)
    assert "kill myself" not in text and "hurts me" not in text
    sam = next(row for row in csv.DictReader(io.StringIO(text)) if row["student"] == "Sam Student")
    assert sam["held_for_safeguarding"] == "2"  # the post and the reflection
    assert "safeguarding lead" in sam["held_note"]


def test_the_dashboards_flags_panel_says_posts_are_held_and_whom_to_ask(
    client, teacher, link, held_disclosures
):
    client.force_login(teacher)
    html = page(client, "curriculum:dashboard", link.course_id)
    assert "kill myself" not in html and "hurts me" not in html
    assert "2 posts held for the safeguarding team." in html
    # In the plural, for the two of them (it read "The post is held" after "2 posts held").
    assert (
        "Nobody else sees them until staff release them. "
        "Ask your school's safeguarding lead about them." in html
    )


def test_raising_the_teachers_ceiling_does_not_show_them_a_held_posts_flag(
    teacher, link, held_disclosures
):
    settings = ModerationSettings.load()
    settings.teacher_max_severity = 4
    settings.save()
    held = Flag.objects.filter(post__status=ModeratedPost.Status.HELD)
    assert held.count() == 2
    assert not visible_flags(teacher).filter(pk__in=held).exists()
    assert visible_flags(teacher).filter(post__text=TEASING).exists()


def test_a_classmate_sees_nothing_of_another_students_held_post(
    client, student2, link, held_disclosures
):
    client.force_login(student2)
    html = client.get(step_url(link, "discussion")).content.decode()
    assert "kill myself" not in html and "hurts me" not in html
    held = DiscussionPost.objects.get(text=DISCLOSURE)
    assert f'id="post-{held.pk}"' not in html
    assert TEASING in html
