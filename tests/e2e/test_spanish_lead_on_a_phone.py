"""The safeguarding lead of `make demo`, having chosen Spanish in their account, works a case on
a 390 px phone: the queue and the case page are in Spanish, each card's cells say their column
in Spanish, and the longer Spanish words never make the page scroll sideways."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser


@pytest.fixture
def lead_on_a_phone(phone, demo):
    return phone(demo.url)


def test_a_spanish_speaking_lead_opens_a_case_from_the_queue_on_a_phone(lead_on_a_phone):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from moderation.flags.services import moderate_post
    from moderation.models import Flag

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="safeguarding"))
    profile.preferred_language = "es"
    profile.save()
    moderate_post("you are such a loser lol", author=None, course=None, kind="discussion")
    flag = Flag.objects.get()
    lead = lead_on_a_phone
    sign_in_to_admin(lead, "safeguarding")

    lead.goto("/admin/moderation/flags/")
    lead.get_by_role("heading", name="Alertas").wait_for()
    assert scroll_width(lead) <= PHONE["width"]
    first_cell = lead.locator(f"tr[data-flag='{flag.pk}'] td").first
    label = first_cell.evaluate("(td) => getComputedStyle(td, '::before').content")
    assert label == '"Gravedad: "', label

    lead.get_by_role("link", name=f"Abrir el caso {flag.pk}").click()
    lead.get_by_role("heading", name=f"Caso {flag.pk}: Baja, acoso y provocaciones").wait_for()
    lead.get_by_role("heading", name="Palabras encontradas y su significado").wait_for()
    lead.get_by_role("button", name="Acusar recibo").wait_for()
    assert scroll_width(lead) <= PHONE["width"]
