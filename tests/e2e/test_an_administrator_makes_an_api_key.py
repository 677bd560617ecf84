"""The administrator of `make demo` makes a key for a school chat system to send posts for
scanning. Every page of the keys calls them "API keys", as the menu does: before, the list, its
button, the form and the count read "Api keys", "Add api key", "New: Api key" and "1 api key"
(Django's name made from the class name), beside "API keys" in the menu."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import sign_in_to_admin

pytestmark = pytest.mark.browser


def test_the_administrator_reads_api_key_on_every_page_of_the_keys(person):
    admin = person()
    sign_in_to_admin(admin, "admin")

    admin.goto("/admin/moderation/api-keys/")
    admin.get_by_role("heading", name="API keys", exact=True).wait_for()
    admin.get_by_role("link", name="Add API key", exact=True).first.click()
    admin.get_by_label("Name").fill("School chat")
    assert admin.title().startswith("New: API key"), admin.title()
    admin.get_by_role("button", name="Create").click()
    admin.get_by_text("API key created").wait_for()

    admin.get_by_role("link", name="Done").click()
    admin.get_by_text("1 API key", exact=True).wait_for()
    listed = admin.locator("main").inner_text()
    assert not re.search(r"api key", listed.replace("API key", ""), re.I), listed
