"""A lead marks a match a false positive and is told an exception is proposed, to accept "from
the keyword's page". The case page now links there, to the keyword's exceptions, where the
proposal waits; before, the lead had to find the keyword through the libraries by hand (found
in the demo). Only someone who may change the libraries is offered the link."""

from __future__ import annotations

import pytest
from django.urls import reverse

from moderation.models import TrustedAdult
from moderation.staff import actions as staff_actions

pytestmark = pytest.mark.django_db

LINK_TEXT = 'Accept an exception for "loser"'


@pytest.fixture
def banter(make_flag, library, course):
    from moderation.models import KeywordEntry

    entry = KeywordEntry.objects.create(
        library=library, term="loser", category="bullying", severity=2, definition="A put-down."
    )
    return make_flag(
        course=course,
        text="you are such a loser at password games",
        matches=[("loser", "A put-down.")],
        entry=entry,
    )


def test_the_lead_follows_the_case_page_to_the_proposal_and_accepts_it(client, lead, banter):
    match = banter.matches.get()
    client.force_login(lead)
    case = client.post(
        reverse("moderation_admin:false_positive", args=[match.pk]),
        {"reason": "Friendly teasing about a game"},
        follow=True,
    ).content.decode()
    entry_url = reverse("moderation_admin:entry", args=[match.entry_id])
    assert f'href="{entry_url}#exceptions-heading"' in case
    assert LINK_TEXT in case

    entry_page = client.get(entry_url).content.decode()
    assert 'id="exceptions-heading"' in entry_page
    assert '"loser at password" (1 time)' in entry_page
    client.post(
        reverse("moderation_admin:entry_exception", args=[match.entry_id]),
        {"phrase": "loser at password", "reason": "Game banter in class"},
    )
    match.entry.refresh_from_db()
    assert match.entry.exception_list == ["loser at password"]


def test_a_teacher_who_edits_no_library_is_not_offered_the_link(client, lead, teacher, banter):
    match = banter.matches.get()
    staff_actions.mark_false_positive(match, lead, "Friendly teasing")
    # A teacher who signs in to the admin as one of the school's trusted adults, not an editor.
    teacher.groups.clear()
    TrustedAdult.objects.create(user=teacher, display_name="Mr Teacher", role_title="Teacher")
    client.force_login(teacher)
    page = client.get(reverse("moderation_admin:case", args=[banter.pk]))
    assert page.status_code == 200
    assert "marked a false positive" in page.content.decode()
    assert LINK_TEXT not in page.content.decode()
