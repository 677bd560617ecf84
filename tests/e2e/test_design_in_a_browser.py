"""The design seen in Chromium, from exactly what `make demo` makes: every public page type,
every lesson step kind, the completion screen and the teacher dashboard at 1280 and 390 px,
saved under test-artifacts/screenshots/design/ for people to look at; and what a reader would
notice: the strand's colour on its pages, bigger type for K-2, pictures that load and are
described, read-aloud buttons only where the browser can speak, dark mode, clean paper.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS, DESKTOP, PHONE, scroll_width

pytestmark = pytest.mark.browser

SIZES = {"desktop": DESKTOP, "phone": PHONE}
SHOTS = ARTIFACTS / "design"
LESSON = "Passphrase Power"  # 3-5, Online Safety: every step kind, mindfulness included


@pytest.fixture
def people(browser, demo):
    contexts = []

    def person(viewport=DESKTOP, **options):
        context = browser.new_context(base_url=demo.url, viewport=viewport, **options)
        context.set_default_timeout(30_000)
        contexts.append(context)
        return context.new_page()

    yield person
    for context in contexts:
        context.close()


def shot(page, name: str, size: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}-{size}.png"
    page.screenshot(path=str(path), full_page=True)
    if size == "phone":
        width = scroll_width(page)
        assert width <= PHONE["width"], f"{name} is {width} px wide at 390 px"
    return path


def boxes_of(locator) -> list[dict]:
    return locator.evaluate_all("(all) => all.map((e) => e.getBoundingClientRect().toJSON())")


def css(page, selector: str, prop: str) -> str:
    return page.locator(selector).first.evaluate(f"(e) => getComputedStyle(e).{prop}")


def token(page, name: str) -> str:
    """A design token's value as the browser resolves it, as an rgb() string."""
    return page.evaluate(
        """(name) => { const probe = document.createElement('i');
             probe.style.color = `var(${name})`; document.body.append(probe);
             const value = getComputedStyle(probe).color; probe.remove(); return value; }""",
        name,
    )


def lesson_url(title: str) -> str:
    from curriculum.models import LessonPage

    return LessonPage.objects.get(title=title).url


def test_every_public_page_type_wears_the_design_at_both_widths(people, settings):
    from curriculum.models import FamilyResourcePage, UnitPage

    unit = UnitPage.objects.get(strand="mindfulness-wellbeing")
    guide_en = FamilyResourcePage.objects.live().get(slug="reporting-a-concern")
    guide_es = FamilyResourcePage.objects.live().filter(language="es").first()
    pages = {
        "01-home": "/",
        "02-curriculum": "/lessons/",
        "03-unit": unit.url,
        "04-lesson-k2": lesson_url("Uh-Oh Feelings and Trusted Grown-Ups"),
        "05-lesson-9-12": lesson_url("Disagree Without Destroying"),
        "06-lesson-with-diagram": lesson_url("Who Can See This?"),
        "07-families": "/families/",
        "08-family-guide": guide_en.url,
        "09-family-guide-es": guide_es.url,
        "10-search": "/search/?q=password",
        "11-concern": "/concern/",
        "12-not-found": "/no-such-page/",
    }
    for size, viewport in SIZES.items():
        reader = people(viewport)
        for name, path in pages.items():
            # The demo runs with DEBUG on, where Django shows its own 404; visitors see ours.
            settings.DEBUG = name != "12-not-found"
            reader.goto(path)
            assert reader.locator(".site-header .brand img").count() == 1, name
            shot(reader, name, size)
        a_9_12_case_study(reader, size)

    reader = people()
    reader.goto(unit.url)  # a strand's page is tinted in the strand's colour
    assert css(reader, ".page-banner", "backgroundColor") == token(
        reader, "--s-mindfulness-wellbeing-soft"
    )
    assert css(reader, ".card", "borderTopColor") == token(reader, "--s-mindfulness-wellbeing")


def a_9_12_case_study(reader, size: str) -> None:
    """A 9-12 lesson's real case: a headed card whose sources are https links naming their
    site; axe finds nothing serious."""
    from tests.e2e.axe import assert_accessible

    reader.goto(lesson_url(CASE_LESSON))
    case = reader.locator(".case-study")
    case.get_by_role("heading", name="How strangers argue their way to an encyclopedia").wait_for()
    hrefs = case.locator(".case-study__sources a").evaluate_all(
        "(links) => links.map((a) => a.getAttribute('href'))"
    )
    assert hrefs and all(href.startswith("https://") for href in hrefs), hrefs
    assert "(en.wikipedia.org)" in case.inner_text()
    assert_accessible(reader, f"a 9-12 lesson with a case study ({size})")


def test_k2_pages_read_larger_than_9_12_pages(people):
    reader = people()
    reader.goto(lesson_url("Uh-Oh Feelings and Trusted Grown-Ups"))
    young = float(css(reader, "main p", "fontSize").removesuffix("px"))
    reader.goto(lesson_url("Disagree Without Destroying"))
    older = float(css(reader, "main p", "fontSize").removesuffix("px"))
    assert young >= 21 and young >= older * 1.3, (young, older)


def test_every_lesson_picture_loads_and_is_described(people):
    from curriculum.models import LessonPage

    reader = people()
    for lesson in LessonPage.objects.live().filter(body__icontains='"type": "image"')[:8]:
        reader.goto(lesson.url)
        pictures = reader.locator("main figure img")
        assert pictures.count() >= 1, lesson.title
        for i in range(pictures.count()):
            picture = pictures.nth(i)
            assert len((picture.get_attribute("alt") or "").split()) >= 2, lesson.title
            assert picture.evaluate("(img) => img.complete && img.naturalWidth > 0"), lesson.title


def speech_engine(local: bool) -> str:
    """A stand-in for the browser's speech engine (headless Chromium has no voices): one voice,
    on the device or not, and a `speak` that reports one word boundary as a real engine would,
    so the page's own code runs: choosing the voice, the button, the highlighting."""
    return """
        window.spoken = [];
        const voice = {name: 'Test voice', lang: 'en-GB', localService: LOCAL, default: true};
        speechSynthesis.getVoices = () => [voice];
        window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
        speechSynthesis.speak = (u) => { window.spoken.push({text: u.text, voice: u.voice.name});
          const at = u.text.indexOf('key');
          setTimeout(() => u.onboundary({name: 'word', charIndex: at, charLength: 3}), 10); };
        speechSynthesis.cancel = () => {};
    """.replace("LOCAL", "true" if local else "false")


def test_read_aloud_speaks_a_block_with_a_device_voice_and_highlights_each_word(people):
    reader = people()
    reader.add_init_script(speech_engine(local=True))
    reader.goto(lesson_url(LESSON))
    # The button's name changes once pressed, so it is found by its block, not its name.
    button = reader.locator("main .block", has_text="Passwords are keys").locator(".read-aloud")
    assert button.inner_text().strip() == "Read aloud"
    button.click()
    assert button.inner_text().strip() == "Stop reading"
    spoken = reader.evaluate("window.spoken[0]")
    assert spoken["voice"] == "Test voice"
    assert spoken["text"].startswith("Passwords are keys") and "Read aloud" not in spoken["text"]
    reader.wait_for_function("CSS.highlights.has('read-aloud')")
    assert reader.evaluate("[...CSS.highlights.get('read-aloud')][0].toString()") == "key"
    reader.keyboard.press("Escape")
    assert button.inner_text().strip() == "Read aloud"
    assert reader.evaluate("!CSS.highlights.has('read-aloud')")


def test_no_read_aloud_where_the_only_voices_would_send_the_words_away(people):
    reader = people()
    reader.add_init_script(speech_engine(local=False))
    reader.goto(lesson_url(LESSON))
    reader.locator("main .block").first.wait_for()
    reader.wait_for_timeout(300)
    assert reader.locator("button.read-aloud").count() == 0


def test_without_speech_in_the_browser_there_are_no_read_aloud_buttons(people):
    reader = people()
    reader.add_init_script("delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;")
    reader.goto(lesson_url(LESSON))
    reader.locator("main .block").first.wait_for()
    assert reader.locator("button.read-aloud").count() == 0


def test_dark_mode_and_paper(people):
    night = people(color_scheme="dark")
    night.goto("/")
    background = css(night, "body", "backgroundColor")
    assert background == "rgb(18, 22, 28)", background  # --bg in dark mode
    shot(night, "13-home-dark", "desktop")

    paper = people()
    paper.add_init_script(speech_engine(local=True))
    paper.goto(lesson_url(LESSON))
    paper.locator("button.read-aloud").first.wait_for()
    paper.emulate_media(media="print", color_scheme="dark")
    assert css(paper, "body", "backgroundColor") == "rgb(255, 255, 255)"
    assert not paper.locator(".site-header").is_visible()
    assert paper.locator("button.read-aloud").first.is_hidden()


def place_the_lesson(page) -> None:
    """The teacher's choice in the demo LMS, once: the picker is screenshotted on the way."""
    page.goto("/lti/demo/")
    page.get_by_role("link", name="Launch as teacher: choose lessons").click()
    page.locator(".picker-lesson").first.wait_for()
    shot(page, "20-picker", "desktop")
    page.get_by_label(re.compile(LESSON)).check()
    page.get_by_role("button", name="Add to course").click()
    page.get_by_role("link", name=f"Launch as student: {LESSON}").wait_for()


def launch_the_student(page) -> None:
    page.goto("/lti/demo/")
    page.get_by_role("link", name=f"Launch as student: {LESSON}").click()
    page.locator("#progress-label").wait_for()


def finish_for(user, link, percent: int, days_ago: int) -> None:
    """A classmate who finished the lesson `days_ago` days ago with `percent` in the quiz."""
    from django.utils import timezone

    from curriculum.models import LessonProgress, ProgressStatus

    when = timezone.now() - timedelta(days=days_ago)
    LessonProgress.objects.update_or_create(
        user=user,
        resource_link=link,
        defaults={
            "status": ProgressStatus.COMPLETED,
            "started_at": when,
            "last_activity_at": when,
            "completed_at": when,
            "quiz_percent": percent,
            "quiz_passed": percent >= 70,
            "score_given": link.score_maximum * percent / 100,
            "steps_done": ["read", "activity", "quiz", "reflection", "discussion"],
        },
    )


def test_each_lesson_step_the_finish_and_the_dashboard_at_both_widths(people):
    from django.contrib.auth import get_user_model

    from curriculum.models import LessonProgress
    from lti.models import CourseMembership, Role

    place_the_lesson(people())
    for size, viewport in SIZES.items():
        student = people(viewport)
        launch_the_student(student)
        steps = student.locator("ol.steps a").evaluate_all(
            "(links) => links.map((a) => [a.textContent.trim(), a.href])"
        )
        assert len(steps) == 7
        for number, (title, href) in enumerate(steps, start=1):
            student.goto(href)
            assert css(student, ".step > h2", "borderBottomColor") == token(
                student, "--s-online-safety"
            )
            slug = re.sub("[^a-z]+", "-", title.lower()).strip("-")
            shot(student, f"21-step{number}-{slug}", size)
            if title == "Quiz" and student.locator(".quiz fieldset").count():
                for question in student.locator(".quiz fieldset").all():
                    question.locator("input[type=radio]").first.check()
                student.get_by_role("button", name="Check my answers").click()
                student.locator("#result").wait_for()
                shot(student, f"21-step{number}-quiz-result", size)
            reflection = student.locator("#reflection-text")
            if title == "Reflection" and not reflection.input_value():
                reflection.fill("I will use a long passphrase and keep it just for me.")
                student.get_by_role("button", name="Save my reflection").click()
                student.locator(".messages").wait_for()

        progress = LessonProgress.objects.filter(status__in=["in_progress", "completed"]).latest(
            "last_activity_at"
        )
        link = progress.resource_link
        finish_for(progress.user, link, 90, 0)
        student.goto(re.sub(r"/learn/(\d+)/.*", r"/learn/\1/summary/", student.url))
        finish = student.locator(".finish")
        assert finish.get_by_role("heading", name="You have completed this lesson").is_visible()
        assert finish.locator("img").evaluate("(img) => img.naturalWidth > 0")
        assert "Still to do" not in student.locator("main").inner_text()  # a finished lesson
        shot(student, "22-completed", size)
        student.get_by_role("link", name="See all my lessons").click()
        shot(student, "23-my-progress", size)

        classmates = [
            get_user_model().objects.get_or_create(username=f"classmate-{i}")[0] for i in range(5)
        ]
        for i, classmate in enumerate(classmates):
            CourseMembership.objects.get_or_create(
                user=classmate, course=link.course, defaults={"role": Role.STUDENT}
            )
            finish_for(classmate, link, (55, 70, 80, 95, 100)[i], i)
        teacher = people(viewport)
        teacher.goto("/lti/demo/")
        teacher.get_by_role("link", name="Launch as teacher: course dashboard").click()
        teacher.get_by_role("heading", name=re.compile("class progress")).wait_for()
        bars = teacher.locator(".chart__bar")
        assert bars.count() > 0
        fills = set(bars.evaluate_all("(bars) => bars.map((b) => b.getAttribute('fill'))"))
        assert all(fill.startswith("url(#") for fill in fills), fills  # a pattern, not a colour
        shot(teacher, "24-dashboard", size)

    a_k2_picture_quiz_at_both_widths(people)


def test_the_staff_admin_wears_upstanders_logo_and_colours(people):
    from tests.e2e.conftest import sign_in_to_admin

    editor = people()
    editor.goto("/admin/login/")
    assert editor.get_by_role("heading", name="Sign in to Upstander").is_visible()
    assert editor.locator(".login-logo img").evaluate("(img) => img.naturalWidth > 0")
    sign_in_to_admin(editor, "editor")
    assert editor.title().endswith("Upstander")
    logo = editor.get_by_role("img", name="Upstander").first
    logo.wait_for()
    assert logo.evaluate("(img) => img.naturalWidth > 0")
    hue = editor.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--w-color-secondary-hue')"
    )
    assert hue.strip() == "210"  # the product blue's hue, from admin-brand.css
    shot(editor, "30-admin-dashboard", "desktop")


K2_LESSON = "Ask Before You Tap"  # K-2: its quiz leads with pictures
CASE_LESSON = "Disagree Without Destroying"  # 9-12: its reading tells a real case


def a_k2_picture_quiz_at_both_widths(people) -> None:
    """A K-2 quiz is big picture cards: real radios (keyboard, screen reader), decorative
    pictures under which the words are the name, a focus ring, and the pictures again in the
    review; axe finds nothing serious."""
    from tests.e2e.axe import assert_accessible

    teacher = people()
    teacher.goto("/lti/demo/")
    teacher.get_by_role("link", name="Launch as teacher: choose lessons").click()
    teacher.get_by_label(re.compile(K2_LESSON)).check()
    teacher.get_by_role("button", name="Add to course").click()
    launch = re.compile(f"Launch as student: {K2_LESSON}")
    teacher.get_by_role("link", name=launch).wait_for()

    for size, viewport in SIZES.items():
        pupil = people(viewport)
        pupil.goto("/lti/demo/")
        pupil.get_by_role("link", name=launch).click()
        pupil.locator("ol.steps a", has_text="Quiz").click()
        pupil.wait_for_url("**/step/quiz/")
        pupil.goto(pupil.url + "?retry=1")  # the demo's one student tried it at the other width
        cards = pupil.locator(".picture-choice")
        assert cards.count() == 9  # three questions, three pictures each
        assert pupil.get_by_text("Pick one card for each question.").is_visible()
        for picture in pupil.locator(".picture-choice img").all():
            # Decorative: the words under the picture are the radio button's name.
            assert picture.get_attribute("alt") == ""
            assert picture.evaluate("(img) => img.complete && img.naturalWidth > 0")
        box = cards.first.locator("label").bounding_box()
        assert box and box["height"] >= 44 and box["width"] >= 44, box  # a big tap target
        assert pupil.get_by_role("radio", name="Stop and ask a grown-up").count() == 1
        # The keyboard moves through a question's cards as through any radio group.
        first = pupil.locator(".picture-question").first.locator("input[type=radio]")
        first.nth(0).focus()
        pupil.keyboard.press("Space")
        pupil.keyboard.press("ArrowDown")
        assert first.nth(1).is_checked() and not first.nth(0).is_checked()
        ring = first.nth(1).evaluate(
            "(input) => getComputedStyle(input.nextElementSibling).outlineStyle"
        )
        assert ring == "solid", ring  # the focused card shows the focus ring
        shot(pupil, "25-k2-picture-quiz", size)
        assert_accessible(pupil, f"a K-2 picture quiz ({size})")
        for question in pupil.locator(".picture-question").all():
            question.locator("label").first.click()
        pupil.get_by_role("button", name="Check my answers").click()
        pupil.locator("#result").wait_for()
        assert pupil.locator("#result img.review-picture").count() == 3
        shot(pupil, "26-k2-picture-quiz-result", size)
        a_k2_reading_one_screen_at_a_time(pupil, size)


def a_k2_reading_one_screen_at_a_time(pupil, size: str) -> None:
    """A K-2 reading in short screens: the picture on the first, few words on each (the
    loader's budget, counted here as the browser shows them), Next to the end, where Done
    waits; axe finds nothing serious on any screen."""
    from lessons_content.screens import WORDS_PER_SCREEN, count_words
    from tests.e2e.axe import assert_accessible

    pupil.locator("ol.steps a", has_text="Read and watch").click()
    pupil.wait_for_url("**/step/read/")
    picture = pupil.locator(".step .block").first.locator("img")
    assert picture.count() == 1  # the picture leads
    steps = boxes_of(pupil.locator(".step-nav ol.steps > li"))
    rows = {round(box["top"]) for box in steps}
    if size == "phone":
        # A child opens the step to its picture, not to a list: the steps are one row of
        # numbered dots (the titles still there for screen readers), and the whole picture is
        # on the first screen of a 390x844 phone, the longest K-2 title above it.
        assert len(rows) == 1, rows
        box = picture.bounding_box()
        assert pupil.evaluate("scrollY") == 0
        assert box and 0 <= box["y"] and box["y"] + box["height"] <= PHONE["height"], box
        assert pupil.get_by_role("link", name="Reflection", exact=True).count() == 1
    else:
        assert len(rows) == len(steps) >= 5, rows  # at 1280 px, the list of titles as before
    screens = 0
    while True:
        screens += 1
        words = sum(count_words(text) for text in pupil.locator(".step .block").all_inner_texts())
        assert 0 < words <= WORDS_PER_SCREEN, (screens, words)
        shot(pupil, f"27-k2-reading-screen-{screens}", size)
        assert_accessible(pupil, f"a K-2 reading, screen {screens} ({size})")
        following = pupil.locator(".screen-nav a[rel=next]")
        if not following.count():
            break
        following.click()
        pupil.wait_for_url(f"**?screen={screens + 1}*")
    assert screens >= 3
    assert pupil.get_by_role("button", name="Done: next step").is_visible()
