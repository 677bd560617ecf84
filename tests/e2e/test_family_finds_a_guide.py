"""A parent, with no account, finds the cyberbullying guide from the home page and reads it."""

import pytest

pytestmark = pytest.mark.browser


def test_a_family_searches_from_the_home_page_and_reads_a_guide(page, screenshot):
    page.goto("/")
    assert page.get_by_role("heading", level=1).inner_text() == "Upstander"
    screenshot("family-01-home")

    page.get_by_label("Search lessons and family guides").fill("cyberbullying")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=cyberbullying*")
    family_results = page.locator("h2:has-text('Family guides') + ul")
    guide = family_results.get_by_role("link", name="cyberbullying")
    assert guide.count() >= 1
    screenshot("family-02-search-results")

    guide.first.click()
    page.wait_for_url("**/families/**")
    assert "cyberbullying" in page.get_by_role("heading", level=1).inner_text().lower()
    assert page.get_by_role("button", name="Print this guide").is_visible()
    assert page.locator("aside.family-tip").count() >= 1
    screenshot("family-03-guide")


def test_a_family_switches_a_guide_to_spanish(page):
    page.goto("/families/")
    # The header's language switcher, on every public page.
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    page.wait_for_url("**/families/?language=es")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator(".card").count() >= 5
