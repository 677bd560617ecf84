"""A trusted adult on a 390 px phone opens their concerns inbox and reaches "Read concern" at
the end of each row; the lead reads the keyword libraries and a library's entries the same way.
Found by hand in the demo: those tables ran past the screen (the inbox was 555 px wide) inside
Wagtail's page, which hides what overflows, so the last columns, "Read concern" among them,
could not be seen or scrolled to. Each table now scrolls sideways in its own box, as the flags
queue's does."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser

# The nearest box around the table that clips what overflows, and whether it scrolls.
CLIPPING_BOX = """
(table) => {
  for (let el = table.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowX;
    if (overflow !== 'visible') return {overflow, width: el.clientWidth};
  }
  return null;
}
"""


@pytest.fixture
def adult_on_a_phone(phone, demo):
    return phone(demo.url)


def test_every_column_of_the_inbox_and_the_libraries_can_be_reached(adult_on_a_phone):
    from moderation.concerns.actions import raise_concern
    from moderation.models import KeywordLibrary, TrustedAdult

    rivera = TrustedAdult.objects.get(user__username="safeguarding")
    raise_concern(
        trusted_adult=rivera,
        about="myself",
        category="bullying",
        text="Someone keeps sending me mean messages every night.",
        anonymous=True,
    )
    library = KeywordLibrary.objects.order_by("pk").first()
    adult = adult_on_a_phone
    sign_in_to_admin(adult, "safeguarding")

    for path, what in (
        ("/admin/moderation/concerns/", "the concerns inbox"),
        ("/admin/moderation/libraries/", "the keyword libraries"),
        (f"/admin/moderation/libraries/{library.pk}/", "a library's entries"),
    ):
        adult.goto(path)
        table = adult.locator("table.listing")
        table.wait_for()
        assert scroll_width(adult) <= PHONE["width"], f"{what} scrolls the page sideways"
        box = table.evaluate(CLIPPING_BOX)
        assert box and box["width"] <= PHONE["width"], f"{what}: {box}"
        assert box["overflow"] == "auto", f"{what}: the table is cut off, not scrollable"

    adult.goto("/admin/moderation/concerns/")
    adult.get_by_role("link", name="Read concern").first.click()
    adult.get_by_text("Someone keeps sending me mean messages").wait_for()
