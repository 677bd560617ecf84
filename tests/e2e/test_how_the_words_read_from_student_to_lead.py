"""After `make demo`, a student writes three posts in the class discussion through the demo LMS:
one says a harm is theirs ("we learned about grooming and i think its happening to me"), one
agrees with an extremist group ("isis have a point"), one names self-harm as the lesson's topic
beside a classmate ("she cried all through it"). The safeguarding lead's queue says under each
category how its words read, and each case page says it again with what it means, on a desktop
and on a 390 px phone, in English and, for a lead who chose it, in Spanish."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser

LESSON = "Passphrase Power"
THEIRS = "we learned about grooming and i think its happening to me"
AGREED = "isis have a point"
TOPIC = "The lesson on self-harm was today, she cried all through it."


def class_posts_three_things(teacher, student) -> None:
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
    teacher.get_by_label(re.compile(LESSON)).check()
    teacher.get_by_role("button", name="Add to course").click()
    teacher.get_by_role("link", name=f"Launch as student: {LESSON}").wait_for()

    student.goto("/lti/demo/")
    student.get_by_role("link", name=f"Launch as student: {LESSON}").click()
    student.locator("#progress-label").wait_for()
    student.get_by_role("link", name="Discussion").first.click()
    for text in (THEIRS, AGREED, TOPIC):
        student.locator("#post-text").fill(text)
        student.get_by_role("button", name="Post to the class").click()
        student.get_by_text(text).wait_for()


def flags_by_label():
    from moderation.models import FlagMatch

    return {m.context: m.flag for m in FlagMatch.objects.select_related("flag")}


def lead_in(language: str) -> None:
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="safeguarding"))
    profile.preferred_language = language
    profile.save()


def fits(page) -> None:
    if page.viewport_size["width"] == PHONE["width"]:
        assert scroll_width(page) <= PHONE["width"], page.url


def test_the_lead_sees_how_each_posts_words_read(person):
    class_posts_three_things(person(), person())
    flags = flags_by_label()
    assert set(flags) == {"own", "endorsed", "topic"}, flags

    lead = person()
    sign_in_to_admin(lead, "safeguarding")
    lead.goto("/admin/moderation/flags/")
    expected = {
        "own": "read as: the writer's own",
        "endorsed": "read as: agreed with by the writer",
        "topic": "read as: named as a topic",
    }
    for label, words in expected.items():
        row = lead.locator(f"tr[data-flag='{flags[label].pk}']")
        assert words in row.inner_text(), (label, row.inner_text())
    fits(lead)

    lead.get_by_role("link", name=f"Open case {flags['own'].pk}").click()
    words_found = lead.locator(".moderation-definitions")
    words_found.wait_for()
    text = words_found.inner_text()
    assert "read as: the writer's own" in text
    assert "Context: Said to be the writer's own" in text
    lead.get_by_role("button", name="Release the post").wait_for()  # held: the lead decides
    fits(lead)

    lead.goto(f"/admin/moderation/flags/{flags['endorsed'].pk}/")
    assert (
        "Context: Agreed with by the writer" in lead.locator(".moderation-definitions").inner_text()
    )
    fits(lead)


def test_a_spanish_speaking_lead_reads_the_same_on_a_phone(phone, demo, browser):
    from tests.e2e.conftest import DESKTOP, _new_page

    contexts = []
    try:
        student = _new_page(browser, contexts, base_url=demo.url, viewport=DESKTOP)
        class_posts_three_things(student, student)
    finally:
        for context in contexts:
            context.close()
    flags = flags_by_label()
    lead_in("es")
    lead = phone(demo.url)
    sign_in_to_admin(lead, "safeguarding")

    lead.goto("/admin/moderation/flags/")
    own_row = lead.locator(f"tr[data-flag='{flags['own'].pk}']").inner_text()
    assert "interpretado como: propio de quien escribe" in own_row
    topic_row = lead.locator(f"tr[data-flag='{flags['topic'].pk}']").inner_text()
    assert "interpretado como: nombrado como tema" in topic_row
    assert scroll_width(lead) <= PHONE["width"]

    lead.get_by_role("link", name=f"Abrir el caso {flags['endorsed'].pk}").click()
    text = lead.locator(".moderation-definitions").inner_text()
    assert "interpretado como: respaldado por quien escribe" in text
    assert "Contexto: Quien escribe está de acuerdo" in text
    assert scroll_width(lead) <= PHONE["width"]
