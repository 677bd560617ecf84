"""Staff work in a real Chromium under the Content-Security-Policy, with nothing refused.

The admin's policy lets Wagtail's own inline scripts run (Wagtail 8 writes them without a
nonce) and nothing from elsewhere; the case page's own script reveals a post's text by POST.
Any "Refused to ..." from the browser fails the journey. The editor and the lead are the demo's
own logins, in the groups `load_demo` puts them in (not superusers made for the test).
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from tests.e2e.conftest import sign_in_to_admin

pytestmark = pytest.mark.browser


def refusals(page) -> list[str]:
    """What the browser refused under the policy, as it says so in the console."""
    seen: list[str] = []

    def note(message) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            seen.append(message.text)

    page.on("console", note)
    return seen


@pytest.fixture
def page(browser, demo):
    context = browser.new_context(base_url=demo.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_an_editor_changes_a_lesson_title_in_the_wagtail_admin(page):
    from curriculum.models import LessonPage

    lesson = LessonPage.objects.live().first()
    refused = refusals(page)

    sign_in_to_admin(page, "editor")  # the demo's content editor, in Wagtail's "Editors"
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.fill("#id_title", "Being kind online (edited)")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_selector(".messages")

    lesson.refresh_from_db()
    assert lesson.get_latest_revision().content["title"] == "Being kind online (edited)"
    assert refused == []


def test_a_lead_reveals_a_posts_text_on_the_case_page(page):
    from moderation.models import AuditEntry, Flag, FlagMatch, ModeratedPost

    lead = get_user_model().objects.get(username="safeguarding")  # the demo's lead
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

    sign_in_to_admin(page, "safeguarding")
    page.goto(f"/admin/moderation/flags/{flag.pk}/")
    assert "Riverside" not in page.content()
    page.get_by_role("button", name="Reveal text").click()
    page.get_by_text("Nobody at Riverside").wait_for()

    assert page.url.endswith(f"/admin/moderation/flags/{flag.pk}/")  # revealed in place
    assert AuditEntry.objects.filter(action="flag.text_revealed", actor=lead).exists()
    assert AuditEntry.objects.filter(action="flag.viewed", actor=lead).exists()
    assert refused == []
