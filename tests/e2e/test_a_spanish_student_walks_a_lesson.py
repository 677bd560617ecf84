"""Lucía's LMS is in Spanish: from exactly what `make demo` makes, the demo LMS launches her with
the locale es (her browser asks for English, so only the launch makes it Spanish). In Chromium,
at 1280 px and at 390 px, every word Upstander writes around the lesson is Spanish: the step
list and progress, the read-aloud buttons on the English lesson text, a quiz tried with wrong
answers and its review, a discussion post that is held for staff, and the concern form her
lesson's footer leads to, sent empty. The lesson's own English is marked lang="en", so a screen
reader reads it in an English voice and nothing else is English.

Found walking it: the review's "Tu respuesta: qwerty" spoke the English answer as Spanish (no
lang), and the read-aloud button on an English block said "Read aloud" on a Spanish page."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import DESKTOP, PHONE, _new_page, scroll_width
from tests.e2e.test_every_role_on_a_phone import LESSON, teacher_places_the_lesson

pytestmark = pytest.mark.browser

HELD = "Ya no aguanto más, quiero matarme esta noche."
WAITING = "Tu publicación está esperando a que alguien del personal la lea."

# Words of ours that would give an English page away (the lesson's own text is left out).
ENGLISH = {
    "the", "your", "you", "of", "step", "steps", "done", "quiz", "try", "tries", "answer",
    "answers", "right", "wrong", "next", "my", "save", "post", "please", "check", "progress",
    "lesson", "reflection", "pass", "left", "show", "again", "write", "read", "aloud", "stop",
    "send", "who", "what", "worried", "trusted", "adult", "skip", "content", "not", "is",
}  # fmt: skip

# Everything the reader sees or hears outside the lesson's own (lang="en") text: visible text,
# the names and descriptions assistive technology reads, and the tab's title.
OUR_WORDS = """() => {
  const english = (el) => (el.closest("[lang]")?.getAttribute("lang") || "").startsWith("en");
  const shown = (el) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const said = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el && !el.closest("script, style") && shown(el) && !english(el)) said.push(node.nodeValue);
  }
  for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
    if (english(el)) continue;
    for (const name of ["aria-label", "title", "alt", "placeholder"]) {
      said.push(el.getAttribute(name) || "");
    }
  }
  return said.join(" ") + " " + document.title;
}"""

# A speech engine with one voice on the device per language (headless Chromium has none), so the
# read-aloud buttons appear.
VOICES = """
  const voices = [{name: "en", lang: "en-GB", localService: true},
                  {name: "es", lang: "es-ES", localService: true}];
  speechSynthesis.getVoices = () => voices;
"""


def look(page, what: str) -> None:
    """The page at both widths: nothing cut off or scrolling sideways on the phone, and no word
    of ours in English."""
    for size in (DESKTOP, PHONE):
        page.set_viewport_size(size)
        width = scroll_width(page)
        assert width <= size["width"], f"{what} is {width} px wide at {size['width']} px"
    assert page.locator("html").get_attribute("lang") == "es", what
    words = set(re.findall(r"[a-záéíóúñü]+", page.evaluate(OUR_WORDS).lower()))
    words -= set(LESSON.lower().split())  # the lesson's title in the tab's title
    assert not words & ENGLISH, f"{what}: {sorted(words & ENGLISH)}"


def wrong_choices() -> list[str]:
    from curriculum.models import LessonPage
    from curriculum.steps import LessonPlan

    quiz = LessonPlan.of(LessonPage.objects.get(title=LESSON)).quiz.questions
    return [next(c.text for k, c in enumerate(q.choices) if k != q.correct_index) for q in quiz]


def test_a_spanish_speaking_student_reads_every_word_around_the_lesson_in_spanish(browser, demo):
    contexts: list = []
    teacher_places_the_lesson(_new_page(browser, contexts, base_url=demo.url))
    lucia = _new_page(browser, contexts, base_url=demo.url, viewport=DESKTOP, locale="en-US")
    lucia.add_init_script(VOICES)
    try:
        lucia.goto("/lti/demo/")
        lucia.get_by_role(
            "link", name=re.compile(rf"Launch as a Spanish-speaking student.*: {LESSON}")
        ).click()

        # The lesson: Spanish chrome, English text marked so, buttons in her language.
        lucia.get_by_text("Paso 1 de 7.").wait_for()
        assert lucia.locator("main .block").count() >= 2
        assert all(lang == "en" for lang in lucia.locator("main .block").evaluate_all(
            "(blocks) => blocks.map((b) => b.getAttribute('lang'))"
        ))  # fmt: skip
        listen = lucia.locator("main .block .read-aloud").first
        assert listen.inner_text().strip() == "Escuchar"
        assert listen.get_attribute("lang") == "es"
        look(lucia, "the first step")

        # A quiz answered wrong: the result and the review.
        lucia.get_by_role("link", name="Cuestionario").click()
        for i, text in enumerate(wrong_choices()):
            lucia.locator(f"fieldset:has(input[name=q{i}]) label", has_text=text).first.click()
        lucia.get_by_role("button", name="Comprobar mis respuestas").click()
        lucia.get_by_role(
            "heading", name=re.compile(r"^Tu resultado: 0 de \d correctas")
        ).wait_for()
        review = lucia.locator(".quiz-review li p:has(.verdict)").first
        assert review.inner_text().startswith("Tu respuesta: ")
        assert review.locator("span[lang=en]").count() == 1  # her English answer, marked
        look(lucia, "the quiz's result")

        # A post held for staff.
        lucia.get_by_role("link", name="Debate").click()
        lucia.get_by_label("Tu publicación").fill(HELD)
        lucia.get_by_role("button", name="Publicar para la clase").click()
        lucia.locator("#messages", has_text=WAITING).wait_for()
        assert WAITING in lucia.locator(".post .meta").first.inner_text()
        look(lucia, "the discussion with her post held")

        # The concern form her lesson's footer offers, sent empty.
        lucia.get_by_role("link", name=re.compile("^¿Algo te preocupa?")).click()
        lucia.get_by_role("heading", name="Cuéntaselo a una persona adulta de confianza").wait_for()
        look(lucia, "the concern form")
        lucia.get_by_role("button", name="Enviar a la persona que elegí").click()
        lucia.get_by_role("heading", name="Revisa tus respuestas").wait_for()
        look(lucia, "the concern form's errors")
    finally:
        for context in contexts:
            context.close()
