"""A family opens the home page of `make demo` to search for a guide. The search box shows its
whole example, "e.g. passwords, cyberbullying", at desktop width and on a phone: before, the box
kept the browser's default 20 characters, and at 1280 px it read "e.g. passwords, cyberbu" with
an empty band of the search panel beside it."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE

pytestmark = pytest.mark.browser

# How wide the box's placeholder is, in the box's own font, against the room inside the box.
ROOM = """(input) => {
  const style = getComputedStyle(input);
  const context = document.createElement("canvas").getContext("2d");
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const inside = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return {text: context.measureText(input.placeholder).width, inside};
}"""


def test_a_family_reads_the_whole_example_in_the_home_search_box(person):
    family = person()
    family.goto("/")
    box = family.get_by_label("Search lessons and family guides")
    room = box.evaluate(ROOM)
    assert room["text"] <= room["inside"], room
    assert family.evaluate("document.documentElement.scrollWidth") <= max(
        PHONE["width"], family.viewport_size["width"]
    )

    box.fill("passwords")
    family.get_by_role("button", name="Search").click()
    family.get_by_role("heading", name="Search lessons and family guides").wait_for()
