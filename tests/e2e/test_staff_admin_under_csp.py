"""Staff work in a real Chromium under the Content-Security-Policy, with nothing refused.

The admin's policy lets Wagtail's own inline scripts run (Wagtail 8 writes them without a
nonce) and nothing from elsewhere; the case page's own script reveals a post's text by POST.
Any "Refused to ..." from the browser fails the journey.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.browser

PASSWORD = "a long password for the browser test"


def refusals(page) -> list[str]:
    """What the browser refused under the policy, as it says so in the console."""
    seen: list[str] = []

    def note(message) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            seen.append(message.text)

    page.on("console", note)
    return seen


def sign_in(page, username: str) -> None:
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def test_an_editor_changes_a_lesson_title_in_the_wagtail_admin(page, site):
    from curriculum.models import LessonPage

    get_user_model().objects.create_superuser("editor", "", PASSWORD)
    lesson = LessonPage.objects.live().first()
    refused = refusals(page)

    sign_in(page, "editor")
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.fill("#id_title", "Being kind online (edited)")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector(".messages")

    lesson.refresh_from_db()
    assert lesson.get_latest_revision().content["title"] == "Being kind online (edited)"
    assert refused == []


def test_a_lead_reveals_a_posts_text_on_the_case_page(page, site):
    from moderation.models import AuditEntry, Flag, FlagMatch, ModeratedPost
    from moderation.permissions import leads_group

    lead = get_user_model().objects.create_user("dana", password=PASSWORD)
    lead.groups.add(leads_group())
    text = "Nobody at Riverside would notice if I was gone"
    post = ModeratedPost.objects.create(
        source=ModeratedPost.Source.DISCUSSION, text=text, highest_severity=4
    )
    flag = Flag.objects.create(post=post, category="self_harm", severity=4)
    start = text.index("gone")
    FlagMatch.objects.create(
        flag=flag,
        term="gone",
        category="self_harm",
        severity=4,
        definition="May mean wishing to be dead.",
        start=start,
        end=start + 4,
        matched_text="gone",
    )
    refused = refusals(page)

    sign_in(page, "dana")
    page.goto(f"/admin/moderation/flags/{flag.pk}/")
    assert "Riverside" not in page.content()
    page.get_by_role("button", name="Reveal text").click()
    page.get_by_text("Nobody at Riverside").wait_for()

    assert page.url.endswith(f"/admin/moderation/flags/{flag.pk}/")  # revealed in place
    assert AuditEntry.objects.filter(action="flag.text_revealed", actor=lead).exists()
    assert AuditEntry.objects.filter(action="flag.viewed", actor=lead).exists()
    assert refused == []
