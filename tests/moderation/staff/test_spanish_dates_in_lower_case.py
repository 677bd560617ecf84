"""Dana works in Spanish: the case page dates a flag "7 dic 2026", as Spanish writes a month's
abbreviation, not "7 Dic 2026" (Django's "M" capitalises it). Tom, in English, reads "7 Dec"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from moderation.models import Flag
from tests.moderation.staff.test_a_spanish_speaking_lead import page, working_in

pytestmark = pytest.mark.django_db

SEVENTH = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(("language", "month"), [("es", " dic 2026"), ("en", " Dec 2026")])
def test_the_case_page_dates_a_flag_as_the_leads_language_writes_it(
    client, lead, make_flag, language, month
):
    flag = make_flag(text="just kys already", matches=[("kys", "Kill yourself. [es] Mátate.")])
    Flag.objects.filter(pk=flag.pk).update(created_at=SEVENTH)
    working_in(client, lead, language)

    html = page(client, reverse("moderation_admin:case", args=[flag.pk]))

    assert month in html
    assert " Dic " not in html
