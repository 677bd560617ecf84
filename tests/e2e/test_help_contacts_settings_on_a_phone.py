"""A safeguarding lead confirms the school's help contacts from a 390 px phone, in Settings >
Help contacts. Found in the demo: the Country field, with its help text, was 408 px wide in a
350 px column (Wagtail sizes a commentable field to its widest part, here the choice "Elsewhere
(international services)"), so the help text and the select's arrow were cut off at the edge of
the screen. Every field now keeps to its column."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE, scroll_width, sign_in_to_admin

pytestmark = pytest.mark.browser

# Fields, help texts and inputs whose right edge passes the form's column.
PAST_THE_COLUMN = """
() => {
  const column = document.querySelector('#w-editor-form').getBoundingClientRect().right;
  return [...document.querySelectorAll('#w-editor-form .w-field, #w-editor-form select')]
    .filter((el) => el.getBoundingClientRect().right > column + 1)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${
      Math.round(el.getBoundingClientRect().right)} px`);
}
"""


def test_every_help_contacts_field_fits_a_phones_column(phone, demo):
    lead = phone(demo.url)
    sign_in_to_admin(lead, "safeguarding")
    lead.goto("/admin/settings/curriculum/helpcontactsettings/")
    lead.locator("select#id_country").wait_for()
    assert lead.evaluate(PAST_THE_COLUMN) == []
    assert scroll_width(lead) <= PHONE["width"]
    box = lead.locator("select#id_country").bounding_box()
    assert box["x"] + box["width"] <= PHONE["width"]
    lead.locator("select#id_country").select_option(label="Elsewhere (international services)")
    assert lead.evaluate(PAST_THE_COLUMN) == []
