"""The "Reveal text" button sends the text; until then the page holds no word of the post.

The review found the case page's "Reveal text" was a CSS blur: the whole post was already in
the HTML, readable in the page source, by any script on the page, and by whatever cached it.
Now the case page and the queue carry only the matched words and their definitions (what the
lead triages on); the post's own words come only in answer to the reveal POST, which is
audited as `flag.text_revealed` with who and when.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from moderation.models import AuditEntry, ModeratedPost

pytestmark = pytest.mark.django_db

POST = "Nobody at Riverside would miss me if I jumped tonight"


@pytest.fixture
def flag(make_flag):
    return make_flag(
        text=POST,
        matches=[("jumped", "May describe a plan to jump from a height.")],
        category="self_harm",
        severity=4,
    )


def test_the_case_page_does_not_contain_the_posts_text(client, lead, flag):
    client.force_login(lead)
    html = client.get(reverse("moderation_admin:case", args=[flag.pk])).content.decode()
    for word in ("Nobody", "Riverside", "would miss me", "tonight"):
        assert word not in html
    # What the lead triages on stays: the matched word and what it means.
    assert "jumped" in html and "May describe a plan to jump from a height." in html
    assert "Reveal text" in html


def test_the_queue_does_not_contain_the_posts_text(client, lead, flag):
    client.force_login(lead)
    html = client.get(reverse("moderation_admin:queue")).content.decode()
    assert "Riverside" not in html and "tonight" not in html


def test_the_posts_of_a_pattern_are_not_in_the_page_either(client, lead, flag, author):
    other = ModeratedPost.objects.create(
        source=ModeratedPost.Source.DISCUSSION, author=author, text="Meet me behind the gym"
    )
    flag.related_posts.add(other)
    client.force_login(lead)
    html = client.get(reverse("moderation_admin:case", args=[flag.pk])).content.decode()
    assert "behind the gym" not in html
    revealed = client.post(
        reverse("moderation_admin:reveal", args=[flag.pk]), HTTP_ACCEPT="application/json"
    ).json()
    assert "behind the gym" in revealed["html"]


def test_the_reveal_post_returns_the_text_and_audits_who_and_when(client, lead, flag):
    client.force_login(lead)

    response = client.post(
        reverse("moderation_admin:reveal", args=[flag.pk]), HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    body = response.json()
    assert "Riverside" in body["html"] and "<mark" in body["html"]
    assert body["snippet"] == POST
    entry = AuditEntry.objects.get(action="flag.text_revealed")
    assert (entry.actor, entry.object_type, entry.object_id) == (lead, "flag", str(flag.pk))
    assert entry.at is not None and entry.actor_label == "lead"
    assert "Riverside" not in str(entry.detail) and "Riverside" not in entry.reason


def test_without_script_the_reveal_post_shows_the_case_with_the_text(client, lead, flag):
    client.force_login(lead)
    response = client.post(reverse("moderation_admin:reveal", args=[flag.pk]))
    assert response.status_code == 200
    assert "Riverside" in response.content.decode()
    assert "Reveal text" not in response.content.decode()


def test_a_get_of_the_reveal_url_is_refused(client, lead, flag):
    client.force_login(lead)
    response = client.get(reverse("moderation_admin:reveal", args=[flag.pk]))
    assert response.status_code == 405
    assert "Riverside" not in response.content.decode()
    assert not AuditEntry.objects.filter(action="flag.text_revealed").exists()


def test_revealing_needs_the_pages_csrf_token(lead, flag):
    other_site = Client(enforce_csrf_checks=True)
    other_site.force_login(lead)
    response = other_site.post(reverse("moderation_admin:reveal", args=[flag.pk]))
    assert response.status_code == 403
    assert "Riverside" not in response.content.decode()
    assert not AuditEntry.objects.filter(action="flag.text_revealed").exists()


def test_a_teacher_cannot_reveal_a_case_they_may_not_see(client, teacher, flag):
    """A severity-4 case in no course of theirs: 404, like a case that does not exist."""
    client.force_login(teacher)
    response = client.post(reverse("moderation_admin:reveal", args=[flag.pk]))
    assert response.status_code == 404
    assert not AuditEntry.objects.filter(action="flag.text_revealed").exists()
