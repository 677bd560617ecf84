"""After `make demo`, on 390 px phones: the teacher reports a flagged joke a false alarm from the
dashboard; the safeguarding lead, who chose Spanish, signs in and finds it among her notices
on the admin home page ("un docente informa de una falsa alarma"), opens the case from there and
reads the teacher's reason under its Spanish heading. Her other pages (concerns, keyword
libraries, an entry, the audit log, the settings) are Spanish too, and none scrolls sideways.
Before, the report reached nobody until someone happened to open the queue, and these pages
were English."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin
from tests.e2e.test_false_alarm_from_teacher_to_lead_on_a_phone import JOKE, LESSON, student_posts

pytestmark = pytest.mark.browser


def test_a_spanish_speaking_lead_finds_the_teachers_report_among_her_notices(phones):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from moderation.models import Flag

    teacher = phones()
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
    teacher.get_by_label(re.compile(LESSON)).check()
    teacher.get_by_role("button", name="Add to course").click()
    teacher.get_by_role("link", name=f"Launch as student: {LESSON}").wait_for()
    student_posts(phones(), JOKE)
    flag = Flag.objects.get()

    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: course dashboard").click()
    teacher.get_by_text("Report a false alarm").click()
    teacher.get_by_label("Why is this post innocent?").fill("A joke about being hungry")
    teacher.get_by_role("button", name="Send to the safeguarding lead").click()
    teacher.get_by_text("Reported as a false alarm.").wait_for()

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="safeguarding"))
    profile.preferred_language = "es"
    profile.save()
    lead = phones()
    sign_in_to_admin(lead, "safeguarding")
    notices = lead.locator("#moderation-notices-heading").locator("xpath=../..")
    notice = notices.locator("li", has_text="un docente informa de una falsa alarma")
    assert notice.count() == 1, notices.inner_text()
    assert "nuevo" in notice.inner_text()
    assert scroll_width(lead) <= PHONE["width"]

    notice.get_by_role("link").click()
    lead.wait_for_url(f"**/admin/moderation/flags/{flag.pk}/")
    lead.get_by_role("heading", name="Notificado como falsa alarma").wait_for()
    reported = lead.locator(".moderation-false-alarms")
    assert "A joke about being hungry" in reported.inner_text()
    assert scroll_width(lead) <= PHONE["width"]

    for path, heading in (
        ("/admin/moderation/concerns/", "Preocupaciones"),
        ("/admin/moderation/libraries/", "Bibliotecas de palabras clave"),
        (f"/admin/moderation/entries/{flag.matches.get().entry_id}/", "Historial"),
        ("/admin/moderation/audit/", "Registro de auditoría de moderación"),
        ("/admin/settings/moderation/moderationsettings/", "Configuración de moderación"),
    ):
        lead.goto(path)
        lead.get_by_role("heading", name=heading).first.wait_for()
        assert scroll_width(lead) <= PHONE["width"], path
    lead.get_by_text("Gravedad a partir de la que se retiene").wait_for()
