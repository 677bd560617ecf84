"""A student on a 390 px phone opens the quiz of `make demo`'s K-2 lesson: each question stands
inside its box, above its cards. Found in the demo: a question longer than one line ("1. A friend
sends you a funny picture of a classmate. It makes fun of them. What do you do?") hung over the
top of its box, the box's edge running through the middle of the question's words."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import PHONE_OPTIONS

pytestmark = pytest.mark.browser

LESSON = "Kind Clicks, Unkind Clicks"

# For each question, how far its words start above the inside of its box, past its top edge
# and padding (0 or less: inside). A legend drawn on the edge starts at the box's very top.
OVERHANG = """
() => [...document.querySelectorAll('form.quiz fieldset')].map((box) => {
  const words = box.querySelector('legend').getBoundingClientRect();
  const style = getComputedStyle(box);
  const inside = box.getBoundingClientRect().top + parseFloat(style.borderTopWidth)
    + parseFloat(style.paddingTop);
  return Math.round(inside - words.top);
})
"""


@pytest.fixture
def demo_pages(browser, demo):
    contexts = []

    def open_page():
        context = browser.new_context(base_url=demo.url, **PHONE_OPTIONS)
        context.set_default_timeout(30_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def test_each_question_is_inside_its_box_on_a_phone(demo_pages):
    teacher = demo_pages()
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
    teacher.get_by_label(LESSON).check()
    teacher.get_by_role("button", name="Add to course").click()
    student = demo_pages()
    student.goto("/lti/demo/")
    student.get_by_role("link", name=f"Launch as student: {LESSON}").click()
    student.locator("#progress-label").wait_for()

    student.get_by_role("link", name="Quiz").first.click()
    student.locator("form.quiz fieldset").first.wait_for()

    overhangs = student.evaluate(OVERHANG)
    assert overhangs and all(o <= 0 for o in overhangs), f"px above the box: {overhangs}"
