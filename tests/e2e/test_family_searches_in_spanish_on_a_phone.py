"""A parent reading a Spanish guide on a 390 px phone taps "Buscar" and types "contrasena" (a
phone keyboard set to English has no ñ): the search page is Spanish, fits the phone, passes
axe, and the Spanish guide on passwords is the first thing it lists."""

from __future__ import annotations

import pytest

from tests.e2e.axe import assert_accessible
from tests.e2e.conftest import PHONE, scroll_width

pytestmark = pytest.mark.browser


def test_a_parent_searches_the_spanish_guides_from_her_phone(phone, site):
    from curriculum.models import FamilyResourcePage

    parent = phone(site.url)
    guide = FamilyResourcePage.objects.live().get(slug="talking-about-cyberbullying-es")
    parent.goto(guide.url)
    parent.get_by_role("navigation", name="Principal").get_by_role("link", name="Buscar").click()
    parent.wait_for_url("**/search/?language=es")

    parent.get_by_label("Palabras que quieres buscar").fill("contrasena")
    parent.get_by_role("button", name="Buscar").click()
    parent.wait_for_url("**q=contrasena**")

    assert parent.locator("html").get_attribute("lang") == "es"
    parent.get_by_role("heading", name="Guías para familias", exact=True).wait_for()
    first = parent.locator("main .card h3 a").first
    assert first.inner_text() == "Las contraseñas y un plan familiar de contraseñas"
    assert "language=es" in parent.url
    assert scroll_width(parent) <= PHONE["width"], "the Spanish search scrolls sideways"
    assert_accessible(parent, "the Spanish search results on a phone")
