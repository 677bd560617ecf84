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


def test_the_lead_follows_the_case_page_to_the_proposal_accepts_it_and_is_back_on_the_case(
    client, lead, banter
):
    match = banter.matches.get()
    client.force_login(lead)
    case = client.post(
        reverse("moderation_admin:false_positive", args=[match.pk]),
        {"reason": "Friendly teasing about a game"},
        follow=True,
    ).content.decode()
    entry_url = reverse("moderation_admin:entry", args=[match.entry_id])
    case_url = reverse("moderation_admin:case", args=[banter.pk])
    assert f'href="{entry_url}?case={banter.pk}#exceptions-heading"' in case
    assert LINK_TEXT in case

    entry_page = client.get(entry_url, {"case": banter.pk}).content.decode()
    assert 'id="exceptions-heading"' in entry_page
    assert '"loser at password" (1 time)' in entry_page
    assert f'<a href="{case_url}">Back to case {banter.pk}</a>' in entry_page
    accepted = client.post(
        reverse("moderation_admin:entry_exception", args=[match.entry_id]),
        {"phrase": "loser at password", "reason": "Game banter in class", "case": banter.pk},
    )
    # Back on the case, to close it: before, the lead was left on the keyword's page.
    assert accepted.status_code == 302 and accepted.url == case_url
    match.entry.refresh_from_db()
    assert match.entry.exception_list == ["loser at password"]


def test_a_case_the_lead_cannot_name_leaves_them_on_the_keywords_page(client, lead, banter):
    match = banter.matches.get()
    staff_actions.mark_false_positive(match, lead, "Friendly teasing")
    client.force_login(lead)
    entry_url = reverse("moderation_admin:entry", args=[match.entry_id])
    assert "Back to case" not in client.get(entry_url, {"case": "999"}).content.decode()
    accepted = client.post(
        reverse("moderation_admin:entry_exception", args=[match.entry_id]),
        {"phrase": "loser at password", "reason": "Game banter", "case": "999"},
    )
    assert accepted.url == entry_url


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
