"""The safeguarding lead of `make demo` opens the flags queue and the audit log on a 390 px
phone: the page never scrolls sideways; the filter menus shrink to the screen and the tables
scroll in their own box. Found by hand in the demo: the queue's Category menu was 405 px wide
and cut the table off; the audit log was 769 px wide."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser

WIDEST_CHILD = """
(selector) => Math.max(...[...document.querySelectorAll(selector)]
  .map((el) => Math.ceil(el.getBoundingClientRect().right)))
"""


@pytest.fixture
def lead_on_a_phone(phone, demo):
    return phone(demo.url)


def test_the_flags_queue_and_the_audit_log_fit_a_phone(lead_on_a_phone):
    from moderation.flags.services import moderate_post

    # A flag (and with it audit entries) for the lead to read, as any post would make.
    moderate_post("Sometimes I want to kill myself", author=None, course=None, kind="discussion")
    lead = lead_on_a_phone
    sign_in_to_admin(lead, "safeguarding")

    for path, what in (
        ("/admin/moderation/flags/?status=all", "the flags queue"),
        ("/admin/moderation/audit/", "the audit log"),
    ):
        lead.goto(path)
        lead.locator("table.listing").wait_for()
        width = scroll_width(lead)
        assert width <= PHONE["width"], f"{what} is {width} px wide at 390 px"
        menus = lead.evaluate(WIDEST_CHILD, ".moderation-filters select")
        assert menus <= PHONE["width"], f"{what}: a filter menu reaches {menus} px"
        # The table may be wider than the phone, inside its own scrolling box.
        box = lead.locator(".moderation-table-box")
        assert box.evaluate("(el) => getComputedStyle(el).overflowX") == "auto"


def test_the_lead_opens_a_case_from_the_queue_without_scrolling_sideways(lead_on_a_phone):
    """On a phone each flag is a card: "Open case", the queue's last column, was 415 px from the
    left at 390 px, past the screen's edge inside the table's scrolling box."""
    from moderation.flags.services import moderate_post
    from moderation.models import Flag

    moderate_post("you are such a loser lol", author=None, course=None, kind="discussion")
    flag = Flag.objects.get()
    lead = lead_on_a_phone
    sign_in_to_admin(lead, "safeguarding")
    lead.goto("/admin/moderation/flags/")

    open_case = lead.get_by_role("link", name=f"Open case {flag.pk}")
    box = open_case.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    reveal = lead.get_by_role("button", name=f"Reveal text of flag {flag.pk}")
    assert reveal.bounding_box()["x"] + reveal.bounding_box()["width"] <= PHONE["width"]
    # Each cell still says which column it is.
    first_cell = lead.locator(f"tr[data-flag='{flag.pk}'] td").first
    label = first_cell.evaluate("(td) => getComputedStyle(td, '::before').content")
    assert label == '"Severity: "', label

    open_case.click()
    lead.get_by_role("heading", name=f"Case {flag.pk}: Low, bullying and trolling").wait_for()


def test_the_trusted_adult_opens_a_concern_from_the_inbox_without_scrolling_sideways(
    lead_on_a_phone,
):
    """ "Read concern", the inbox's last column, was 490 px from the left at 390 px."""
    from moderation.concerns.actions import raise_concern
    from moderation.models import TrustedAdult

    rivera = TrustedAdult.objects.get(display_name="Ms Rivera")  # the demo's lead
    concern = raise_concern(
        trusted_adult=rivera,
        about="myself",
        category="bullying",
        text="Someone keeps sending me mean messages at night.",
        anonymous=True,
    ).concern
    lead = lead_on_a_phone
    sign_in_to_admin(lead, "safeguarding")
    lead.goto("/admin/moderation/concerns/")

    read = lead.get_by_role("link", name=f"Read concern {concern.pk}")
    box = read.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
    read.click()
    lead.get_by_text("Someone keeps sending me mean messages at night.").wait_for()
