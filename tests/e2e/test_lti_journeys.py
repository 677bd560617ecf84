"""LTI 1.3 end to end in Chromium: an LMS course page frames Upstander the way Canvas does.

Nothing on Upstander's side is stubbed: the browser runs the OIDC login initiation, the
LMS's authorization endpoint and the signed launch; the teacher's deep-linking response is
verified by the LMS with the tool's JWKS; the student's score travels to the LMS's AGS
endpoint over HTTP (the test settings run tasks immediately). The LMS is tests/e2e/lms.py at
http://127.0.0.1:<port>; the tool is the live server at localhost: a different site, so the
iframe is cross-site, as between Canvas and a tool in production.

What Chromium really does with the tool's cookies in that iframe (found with these tests):

* Over plain http the cookies are `SameSite=Lax` (the middleware only marks them
  `SameSite=None; Secure` on secure requests), and Chromium refuses to store a Lax cookie from
  a cross-site iframe response at all: no state cookie, no session. The tool notices and falls
  back to platform storage (postMessage) or the "open in a new tab" message.
* Over https they are `SameSite=None; Secure`, but Chromium as installed still refuses them
  in the iframe (CDP blocked reason `UserPreferences`): its default profile blocks
  third-party cookies, as Incognito, Safari and Firefox's strict mode do.
* Over https with third-party cookies allowed (desktop Chrome's default setting) the whole
  journey stays in the iframe. Journeys 1 and 2 run that way, behind a TLS front like
  production's proxy (SECURE_PROXY_SSL_HEADER), in a profile whose cookie setting allows them.
* Over https with third-party cookies blocked, the cookies are kept all the same because they
  are `Partitioned` (CHIPS): kept for the tool inside this LMS's pages only (journey 4).

The LMS behaves as Moodle 5.1 or as Canvas (tests/lti/platform.py): each login initiation
brings a one-time message hint, and Moodle offers no platform storage. When the browser refuses
the tool's cookies in the frame, the tool finds out before the hint is spent and the new tab
starts the login with it (journey 3).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import ARTIFACTS, CHROMIUM_FLAGS, chromium_path
from tests.e2e.lms import DL, BrowserLms, PlacedLink, TlsFront
from tests.lti.platform import CANVAS, CLAIM, MOODLE

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 1000}
# A launch crosses the browser, the LMS and the tool (each on its own thread) several times:
# on a loaded two-core machine one step has taken over 15 s.
BROWSER_WAIT_MS = 30_000


# --- fixtures ------------------------------------------------------------------------------------
@pytest.fixture
def tool_key(site):
    from lti.keys import ensure_key

    return ensure_key()[0]


@pytest.fixture
def tls_tool(site, settings):
    """The tool behind TLS, as deployed: the proxy says https, the tool believes it."""
    front = TlsFront(site.url)
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    yield front
    front.stop()


def install(settings, tool_url: str, **options) -> BrowserLms:
    lms = BrowserLms(tool_url, **options)
    lms.install_tool()
    # Registered, this LMS may frame Upstander: CSP frame-ancestors names its origins (and no
    # other https site), with LTI_FRAME_ANCESTORS left as shipped.
    return lms


@pytest.fixture(params=[MOODLE, CANVAS], ids=["moodle", "canvas"])
def lms_https(request, tool_key, tls_tool, settings):
    lms = install(settings, tls_tool.url, behaviour=request.param, tool_ca=str(tls_tool.cert_path))
    yield lms
    lms.stop()


@pytest.fixture
def canvas_http(tool_key, site, settings):
    lms = install(settings, site.url, behaviour=CANVAS)
    yield lms
    lms.stop()


@pytest.fixture
def moodle_http(tool_key, site, settings):
    lms = install(settings, site.url, behaviour=MOODLE)
    yield lms
    lms.stop()


@pytest.fixture
def chrome_user(browser, tmp_path):
    """A Chromium profile with desktop Chrome's default cookie setting: third-party cookies
    allowed. (A persistent profile: Playwright's own contexts cannot change that setting.)"""
    profile = tmp_path / "profile"
    (profile / "Default").mkdir(parents=True)
    (profile / "Default" / "Preferences").write_text(
        json.dumps({"profile": {"cookie_controls_mode": 0, "block_third_party_cookies": False}})
    )
    context = browser.browser_type.launch_persistent_context(
        str(profile),
        executable_path=chromium_path(),
        args=CHROMIUM_FLAGS,
        headless=True,
        viewport=VIEWPORT,
        ignore_https_errors=True,  # the TLS front's certificate is self-signed
        reduced_motion="reduce",
    )
    context.set_default_timeout(BROWSER_WAIT_MS)
    yield context
    context.close()


@pytest.fixture
def default_chromium(browser):
    """Chromium as installed: a fresh context with its default cookie settings."""
    context = browser.new_context(viewport=VIEWPORT, reduced_motion="reduce")
    context.set_default_timeout(BROWSER_WAIT_MS)
    yield context
    context.close()


@pytest.fixture
def default_chromium_https(browser):
    """Chromium as installed (third-party cookies blocked), trusting the TLS front."""
    context = browser.new_context(
        viewport=VIEWPORT, reduced_motion="reduce", ignore_https_errors=True
    )
    context.set_default_timeout(BROWSER_WAIT_MS)
    yield context
    context.close()


# --- helpers -------------------------------------------------------------------------------------
def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def wait_until(condition, timeout: float = 10.0, what: str = "condition"):
    """Poll a server-side condition (no fixed sleep): return its value once truthy."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def tool_frame(page):
    return page.frame(name="tool_content")


def tab_to(page, frame, selector: str, limit: int = 150) -> None:
    """Press Tab until the focused element in `frame` matches `selector` (crossing from the
    LMS page into the iframe as a keyboard user would)."""
    script = "(s) => document.hasFocus() && !!document.activeElement?.matches(s)"
    for _ in range(limit):
        page.keyboard.press("Tab")
        if frame.evaluate(script, selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def press(page, frame, selector: str, key: str = "Enter", navigates: bool = True) -> None:
    tab_to(page, frame, selector)
    if not navigates:
        page.keyboard.press(key)
        return
    with frame.expect_navigation():
        page.keyboard.press(key)


def right_answers(resource_link) -> list[str]:
    """The right choice's text per question of the placed lesson, read on the server."""
    from curriculum.steps import LessonPlan

    quiz = LessonPlan.of(resource_link.lesson_link.lesson).quiz
    return [q.choices[q.correct_index].text for q in quiz.questions]


def shown_position(frame, question: int, text: str) -> int:
    """Where a choice stands in this try's order (the order changes from try to try)."""
    labels = frame.locator(f"input[name=q{question}] + label")
    return [labels.nth(k).inner_text() for k in range(labels.count())].index(text)


def complete_passphrase_power(page, frame, resource_link, learn_url: str, name: str) -> None:
    """The existing keyboard-only journey (test_student_completes_a_lesson), in `frame`."""
    assert "Step 1 of 7" in frame.locator("#progress-label").inner_text()
    shot(page, f"{name}-01-read")
    press(page, frame, "form.step-done button")
    frame.wait_for_url("**/step/activity/")
    press(page, frame, "form.step-done button")
    frame.wait_for_url("**/step/quiz/")
    for i, text in enumerate(right_answers(resource_link)):
        choice = shown_position(frame, i, text)
        tab_to(page, frame, f"input[name=q{i}]")
        if choice == 0:
            page.keyboard.press("Space")
        for _ in range(choice):
            page.keyboard.press("ArrowDown")
    press(page, frame, "form.quiz button[type=submit]")
    assert "5 of 5 right (100%)" in frame.locator("#result h3").inner_text()
    shot(page, f"{name}-02-quiz-result")
    press(page, frame, "#result a.button:not(.button--secondary)")
    frame.wait_for_url("**/step/reflection/")
    tab_to(page, frame, "#reflection-text")
    page.keyboard.type("I will make my game password a long passphrase with my dad.")
    press(page, frame, ".step--reflection form button[type=submit]")
    assert "Only you and your teacher can read it." in frame.locator(".messages").inner_text()
    press(page, frame, ".step--reflection a.button")
    frame.wait_for_url("**/step/discussion/")
    tab_to(page, frame, "#post-text")
    page.keyboard.type("Friends ask because they trust each other, but I would say no kindly.")
    press(page, frame, ".post-form button")
    assert frame.locator("article.post").count() == 1
    frame.goto(learn_url + "step/mindfulness/")
    press(page, frame, "[data-mindfulness-start]", navigates=False)
    assert "Step 1 of 5" in frame.locator("[data-mindfulness-status]").inner_text()
    press(page, frame, "[data-mindfulness-done]")
    frame.wait_for_url("**/step/family/")
    press(page, frame, "form.step-done button")
    frame.wait_for_url("**/summary/")
    assert "You have completed this lesson" in frame.content()
    shot(page, f"{name}-03-completed")


def place_lesson(lms: BrowserLms, slug: str) -> PlacedLink:
    """A lesson placed in the course by an earlier deep-linking response (journey 1 makes
    these in the browser), with the item exactly as Upstander returns it."""
    from curriculum.models import LessonPage

    lesson = LessonPage.objects.get(slug=slug)
    link = PlacedLink(
        id=f"link-{len(lms.state.placed) + 1}",
        title=lesson.title,
        url=lms.tool_launch_url,
        custom={"upstander_lesson": str(lesson.pk)},
        line_item={"scoreMaximum": 100, "label": lesson.title, "tag": "upstander"},
        line_item_id=str(len(lms.state.placed) + 1),
    )
    lms.state.placed.append(link)
    return link


def tool_cookies(context, tool_url: str) -> list[str]:
    return [c["name"] for c in context.cookies(tool_url)]


# --- journey 1: a teacher places two lessons with deep linking -----------------------------------
def test_a_teacher_picks_two_lessons_in_the_lms_iframe_and_the_lms_verifies_them(
    chrome_user, lms_https
):
    from curriculum.models import LessonPage

    lms = lms_https
    page = chrome_user.new_page()
    page.goto(lms.course_url("tess"))
    page.get_by_role("link", name="Add Upstander lessons").click()
    picker = page.frame_locator("#tool_content")
    picker.get_by_role("heading", name="Choose lessons for your course").wait_for()
    frame = tool_frame(page)
    assert frame.url.startswith(lms.tool_url + "/lti/deep-link/")  # in the iframe, over TLS

    # The LMS's authorization endpoint saw a well-formed request from the tool.
    [auth] = lms.state.auth_requests
    assert auth["redirect_uri"] == lms.tool_launch_url and auth["login_hint"] == "tess"
    assert auth["nonce"] and auth["state"] and not lms.state.refusals

    # Search, then filter by strand: the list follows.
    picker.get_by_role("searchbox", name="Search").fill("passphrase")
    with frame.expect_navigation():
        picker.get_by_role("button", name="Find").click()
    lessons = picker.locator(".picker-lesson label")
    assert "Passphrase Power" in lessons.all_inner_texts()[0]
    assert not any("Who Can See This?" in t for t in lessons.all_inner_texts())
    picker.get_by_role("searchbox", name="Search").fill("")
    picker.get_by_label("Strand").select_option("online-safety")
    with frame.expect_navigation():
        picker.get_by_role("button", name="Find").click()
    titles = [t.split(" · ")[0].strip() for t in lessons.all_inner_texts()]
    assert sorted(titles) == sorted(live_lesson_titles(strand="online-safety"))
    assert {"Passphrase Power", "Who Can See This?"} <= set(titles)
    picker.get_by_label("Passphrase Power").check()
    picker.get_by_label("Who Can See This?").check()
    shot(page, "lti-teacher-01-picker")

    picker.get_by_role("button", name="Add to course").click()
    # The tool auto-posts its signed response to the LMS's return URL, still in the iframe.
    picker.get_by_role("heading", name="2 items added to Grade 7 Citizenship").wait_for()
    assert tool_frame(page).url == lms.deep_link_return_url
    shot(page, "lti-teacher-02-placed")

    assert not lms.state.refusals
    [claims] = lms.state.deep_link_responses  # verified with the tool's JWKS by the LMS
    assert claims[CLAIM + "message_type"] == "LtiDeepLinkingResponse"
    assert claims[DL + "data"] == "course-c1-modules"
    items = claims[DL + "content_items"]
    expected = {
        lesson.title: lesson
        for lesson in LessonPage.objects.filter(slug__in=["passphrase-power", "who-can-see-this"])
    }
    assert sorted(item["title"] for item in items) == sorted(expected)
    for item in items:
        lesson = expected[item["title"]]
        assert item["type"] == "ltiResourceLink"
        assert item["url"] == lms.tool_launch_url
        assert item["custom"] == {"upstander_lesson": str(lesson.pk)}
        assert item["lineItem"] == {
            "scoreMaximum": 100,
            "label": lesson.title,
            "resourceId": f"upstander-lesson-{lesson.pk}",
            "tag": "upstander",
        }
    assert [link.title for link in lms.state.placed] == [item["title"] for item in items]
    # The course page now lists them, ready to launch.
    page.reload()
    assert page.get_by_role("link", name="Passphrase Power").count() == 1


# --- journey 2: a student completes a placed lesson and the score reaches the gradebook ----------
def test_a_student_completes_a_placed_lesson_in_the_iframe_and_the_lms_gets_the_score(
    chrome_user, lms_https
):
    from lti.models import ResourceLink, ScoreOutbox

    lms = lms_https
    link = place_lesson(lms, "passphrase-power")
    page = chrome_user.new_page()
    page.goto(lms.course_url("sam"))
    page.get_by_role("link", name="Passphrase Power").click()
    frame = tool_frame(page)
    frame.wait_for_url("**/learn/*/step/read/")
    assert frame.url.startswith(lms.tool_url)
    resource_link = ResourceLink.objects.get(resource_link_id=link.id)
    assert resource_link.line_item_url == lms.line_item_url(link.line_item_id)

    learn_url = f"{lms.tool_url}/learn/{resource_link.pk}/"
    # The reflection's "saved" message is a messages-framework cookie: it reaches the
    # student in the iframe only since lti/middleware.py marks it SameSite=None; Secure.
    complete_passphrase_power(page, frame, resource_link, learn_url, "lti-student")

    [score] = wait_until(lambda: list(lms.scores), what="the score at the AGS endpoint")
    assert score.path == f"/courses/c1/lineitems/{link.line_item_id}/scores"
    assert score.content_type == "application/vnd.ims.lis.v1.score+json"
    assert score.body["userId"] == "lms-user-sam"
    assert score.body["scoreGiven"] == score.body["scoreMaximum"] == 100.0
    assert score.body["activityProgress"] == "Completed"
    assert score.body["gradingProgress"] == "FullyGraded"
    assert lms.token_requests == 1  # a client-credentials token signed with the tool's key
    assert ScoreOutbox.objects.get().status == ScoreOutbox.Status.SENT
    assert "100 out of 100" in frame.content()


# --- journey 3: the cookies are dropped; the documented fallbacks work ---------------------------
def test_without_iframe_cookies_canvas_storage_launches_and_a_new_tab_continues(
    default_chromium, canvas_http
):
    """Plain http, Chromium as installed: the tool's cookies never reach the iframe. The
    tool proves the login through the LMS's storage (lti.put_data / lti.get_data), then
    continues in a new tab where its cookies are first-party."""
    lms = canvas_http
    place_lesson(lms, "passphrase-power")
    page = default_chromium.new_page()
    page.goto(lms.course_url("sam"))
    page.get_by_role("link", name="Passphrase Power").click()
    frame_view = page.frame_locator("#tool_content")
    frame_view.get_by_role("heading", name="Open Upstander in a new tab").wait_for()
    shot(page, "lti-fallback-01-open-in-new-tab")

    # What really happened: Chromium stored none of the tool's cookies from the iframe...
    assert tool_cookies(default_chromium, lms.tool_url) == []
    # ...and the launch was proven through the LMS page's storage, from the tool's origin only.
    messages = page.evaluate("window.ltiMessages")
    assert [m["subject"] for m in messages] == ["lti.put_data", "lti.get_data"]
    assert {m["origin"] for m in messages} == {lms.tool_origin}
    assert messages[0]["key"] == messages[1]["key"]
    assert len(lms.state.auth_requests) == 1 and not lms.state.refusals

    new_tab_link = frame_view.get_by_role("link", name="Open Upstander in a new tab")
    one_time = new_tab_link.get_attribute("href")
    assert one_time.startswith("/lti/continue/")
    # The link pasted into another tab (or sent to a classmate) has no course page behind it to
    # prove it was asked for there: it signs nobody in, and is still there for the button.
    pasted = default_chromium.new_page()
    pasted.goto(lms.tool_url + one_time)
    pasted.get_by_role("heading", name="Open Upstander from your course").wait_for()
    assert "lti_sessionid" not in tool_cookies(default_chromium, lms.tool_url)
    pasted.close()
    with default_chromium.expect_page() as opened:
        new_tab_link.click()
    tab = opened.value
    tab.wait_for_url("**/learn/*/step/read/")
    assert "Step 1 of 7" in tab.locator("#progress-label").inner_text()
    # The iframe's own session cookie, never the staff admin's `sessionid`.
    assert "lti_sessionid" in tool_cookies(default_chromium, lms.tool_url)
    assert "sessionid" not in tool_cookies(default_chromium, lms.tool_url)
    shot(tab, "lti-fallback-02-new-tab")
    tab.goto(lms.tool_url + one_time)  # the link works once
    assert "This link has expired" in tab.content()


@pytest.mark.parametrize("who", ["sam", "tess"])
def test_with_moodle_and_cookies_blocked_the_new_tab_signs_in_with_the_unspent_hint(
    default_chromium, moodle_http, who
):
    """Moodle 5.1 offers no platform storage and deletes a message hint at its first use. The
    tool notices the refused cookies before sending the browser to Moodle, so the new tab's
    login carries a hint Moodle still accepts: the student's lesson, or the teacher's lesson
    picker, opens there."""
    lms = moodle_http
    place_lesson(lms, "passphrase-power")
    page = default_chromium.new_page()
    page.goto(lms.course_url(who))
    link = "Passphrase Power" if who == "sam" else "Add Upstander lessons"
    page.get_by_role("link", name=link).click()
    frame_view = page.frame_locator("#tool_content")
    frame_view.get_by_role("heading", name="Open Upstander in a new tab").wait_for()
    assert "blocks the cookies" in frame_view.get_by_role("alert").inner_text()
    assert tool_cookies(default_chromium, lms.tool_url) == []
    # Moodle has not been asked yet: the hint is unspent.
    assert lms.state.auth_requests == [] and len(lms.pending) == 1
    shot(page, f"lti-moodle-{who}-01-cookies-blocked")

    with default_chromium.expect_page() as opened:
        frame_view.get_by_role("link", name="Open Upstander in a new tab").click()
    tab = opened.value
    if who == "sam":
        tab.wait_for_url("**/learn/*/step/read/")
        assert "Step 1 of 7" in tab.locator("#progress-label").inner_text()
    else:
        tab.get_by_role("heading", name="Choose lessons for your course").wait_for()
        tab.get_by_label("Who Can See This?").check()
        tab.get_by_role("button", name="Add to course").click()
        tab.get_by_role("heading", name="1 items added to Grade 7 Citizenship").wait_for()
    assert frame_view.get_by_role("status").inner_text().startswith("Upstander is open")
    [auth] = lms.state.auth_requests  # one authorization request, from the new tab
    assert auth["login_hint"] == who and not lms.state.refusals
    assert lms.pending == {} and len(lms.spent_hints) == 1
    shot(tab, f"lti-moodle-{who}-02-new-tab")


# --- journey 4: third-party cookies blocked, partitioned cookies kept ----------------------------
def test_with_third_party_cookies_blocked_partitioned_cookies_keep_the_lesson_in_the_iframe(
    default_chromium_https, lms_https
):
    """Over https, in Chromium as installed, which blocks third-party cookies: the tool's
    cookies are Partitioned, so Chromium keeps them for the tool inside this LMS page. The
    student moves through the lesson (forms posted with the session and CSRF cookies) in the
    iframe, with no new tab."""
    context = default_chromium_https
    lms = lms_https
    place_lesson(lms, "passphrase-power")
    page = context.new_page()
    page.goto(lms.course_url("sam"))
    page.get_by_role("link", name="Passphrase Power").click()
    frame = tool_frame(page)
    frame.wait_for_url("**/learn/*/step/read/")
    assert "Step 1 of 7" in frame.locator("#progress-label").inner_text()
    press(page, frame, "form.step-done button")
    frame.wait_for_url("**/step/activity/")
    assert "Step 2 of 7" in frame.locator("#progress-label").inner_text()
    assert frame.get_by_role("link", name="Open Upstander in a new tab").count() == 0
    assert len(lms.state.auth_requests) == 1 and not lms.state.refusals
    session = [c for c in context.cookies(lms.tool_url) if c["name"] == "lti_sessionid"]
    assert session and session[0]["sameSite"] == "None"
    shot(page, "lti-partitioned-cookies-step-2")


def live_lesson_titles(strand: str) -> list[str]:
    """What the curriculum holds for a strand now: the picker must list exactly these."""
    from curriculum.models import UnitPage

    unit = UnitPage.objects.get(strand=strand)
    return [page.title for page in unit.get_children().live()]
