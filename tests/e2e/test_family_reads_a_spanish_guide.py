"""A Spanish-speaking parent switches a guide to Spanish and reads it with no English around it:
the navigation, the labels inside the guide, the buttons, the footer and the names a screen
reader hears are all Spanish, the page says it is Spanish, and it points back to its English
original. Every piece of chrome English the site has is in our catalogue (locale/es), so the
test looks for each of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.e2e.axe import assert_accessible

pytestmark = pytest.mark.browser

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "es" / "LC_MESSAGES" / "django.po"

# Everything a person reads or hears outside the guide's own words.
CHROME_TEXT = """
() => {
  const out = [];
  for (const el of document.querySelectorAll(
      "header, nav, footer, button, .skip-link, .callout__label, .family-tip > h2, "
      + ".activity > h2, .print-header, .print-footer, [data-print-page]")) {
    out.push(el.textContent);
  }
  for (const el of document.querySelectorAll("[aria-label]")) {
    out.push(el.getAttribute("aria-label"));
  }
  return out.join("\\n");
}
"""


def english_chrome() -> list[str]:
    with open(CATALOGUE, "rb") as po:
        catalogue = read_po(po, locale="es")
    found = []
    for message in catalogue:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[0]
        spanish = message.string if isinstance(message.string, str) else message.string[0]
        if spanish == english:
            continue  # the same word in both languages ("No", "OK"): no English left behind
        text = re.sub(r"%\(\w+\)s", "", english).strip(" :()")
        if text:
            found.append(text)
    return found


@pytest.fixture
def family(browser, demo):
    context = browser.new_context(base_url=demo.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    yield context.new_page()
    context.close()


def test_a_parent_reads_a_spanish_guide_with_no_english_chrome(family):
    from curriculum.models import FamilyResourcePage

    spanish = FamilyResourcePage.objects.live().get(slug="family-media-agreement-es")
    english = spanish.translation_of

    family.goto(english.url)
    assert family.locator("html").get_attribute("lang") == "en"
    family.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    family.wait_for_url(f"**{spanish.url}")

    assert family.locator("html").get_attribute("lang") == "es"
    header = family.locator("header.site-header")
    assert header.get_by_role("link", name="Para familias").is_visible()
    assert family.locator(".family-tip h2").first.inner_text().startswith("Prueba esto en casa")
    assert family.get_by_role("button", name="Imprimir esta guía").is_visible()

    chrome = family.evaluate(CHROME_TEXT)
    english_left = [
        words for words in english_chrome() if re.search(rf"\b{re.escape(words)}\b", chrome)
    ]
    assert english_left == [], f"English chrome on {spanish.url}: {english_left}"

    alternates = dict(
        family.locator("link[rel=alternate]").evaluate_all(
            "(links) => links.map((l) => [l.hreflang, new URL(l.href).pathname])"
        )
    )
    assert alternates == {"en": english.url, "es": spanish.url}
    assert_accessible(family, "a Spanish family guide")

    # And back: the switcher, in Spanish now, leads to the English original.
    family.get_by_role("navigation", name="Idioma").get_by_role("link", name="English").click()
    family.wait_for_url(f"**{english.url}")
    assert family.locator("html").get_attribute("lang") == "en"
