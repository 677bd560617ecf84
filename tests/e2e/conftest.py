"""Browser journeys: Playwright for Python driving the operating system's Chromium.

Never a downloaded browser. Locally a missing Chromium skips these tests with a message that
says what to install; in CI (CI=true) it fails them, because there they are required.
"""

import io
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.snapshot import curriculum_loaded, loaded

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between browser steps are ordinary synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if Path(configured).exists() else None
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (browser tests are required in CI)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        missing(
            "Chromium is not installed: "
            "run `apt-get install chromium` (Debian) to run browser tests"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing(
            "Playwright for Python is not installed: run `make test` to install the test extras"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_FLAGS, headless=True
        )
        yield browser
        browser.close()


def with_curriculum() -> None:
    """The test database as migrating it and loading the real curriculum leaves it: the copy
    kept of the session's one load (tests/snapshot.py)."""
    curriculum_loaded()


@pytest.fixture
def site(transactional_db, live_server):
    """The live site with the real curriculum (transactional tests start from an empty database)."""
    with_curriculum()
    return live_server


@pytest.fixture
def demo(transactional_db, live_server, settings):
    """The live site with exactly what `make demo` makes: `load_demo` itself (the curriculum,
    the demo logins in the product's groups, the demo LMS, the keyword libraries, the trusted
    adults), with DEBUG on as `make demo` runs. Nothing is granted here that the demo does not
    grant, so a journey that passes is one a person can do after `make demo`."""
    from django.core.management import call_command

    settings.DEBUG = True  # load_demo refuses without it (issue 10); the demo LMS needs it too
    # The demo LMS lives at WAGTAILADMIN_BASE_URL, which `make demo` serves; here, the live server.
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    settings.LTI_OUTBOUND_ALLOWED_HOSTS = [urlsplit(live_server.url).netloc]

    def load():
        # `load_demo` loads the curriculum first, as `load_lessons` does: start from the kept
        # copy of that load, row for row and key for key what it writes on a migrated
        # database; its own load then finds every page unchanged, and the demo's logins, LMS
        # and libraries follow as on a fresh install.
        with_curriculum()
        call_command("load_demo", stdout=io.StringIO())

    # The demo LMS's addresses are the live server's: one copy per address.
    loaded("demo", load, key=(live_server.url,))
    return live_server


@pytest.fixture(params=["http", "https"])
def school(request, demo, settings):
    """The demo site, as `make demo` serves it (http) or behind a TLS proxy (https): a form
    that a real browser sends in one and not the other (a cookie, an Origin) shows here."""
    from tests.e2e.lms import TlsFront

    if request.param == "http":
        yield demo.url
        return
    front = TlsFront(demo.url)
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    yield front.url
    front.stop()


def demo_password(username: str) -> str:
    from curriculum.demo import DEMO_LOGINS

    return next(login.password for login in DEMO_LOGINS if login.username == username)


def sign_in_to_admin(page, username: str) -> None:
    """A demo login signs in to the Wagtail admin with the password `load_demo` printed."""
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", demo_password(username))
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(params=["desktop", "phone"])
def person(request, browser, demo):
    """A new browser profile for each person, all at one width: the test runs at desktop
    width, then again on a phone."""
    contexts = []

    def open_page():
        size = PHONE_OPTIONS if request.param == "phone" else {"viewport": DESKTOP}
        return _new_page(browser, contexts, base_url=demo.url, **size)

    yield open_page
    for context in contexts:
        context.close()


PHONE_OPTIONS = {"viewport": PHONE, "is_mobile": True, "has_touch": True}


def _new_page(browser, contexts: list, **options):
    """A page in a browser context of its own, kept in ``contexts`` to be closed after."""
    context = browser.new_context(**options)
    context.set_default_timeout(30_000)
    contexts.append(context)
    return context.new_page()


def scroll_width(page) -> int:
    """How wide the page is: more than the viewport means the reader scrolls sideways."""
    return page.evaluate("document.documentElement.scrollWidth")


@pytest.fixture
def phone(browser):
    """A browser 390 px wide, like a current iPhone, against `live_server` (set per test)."""
    contexts = []

    def open_page(base_url: str):
        return _new_page(browser, contexts, base_url=base_url, **PHONE_OPTIONS)

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def phones(browser, demo):
    """Phones 390 px wide against `make demo`'s data: each call opens another person's."""
    contexts: list = []
    yield lambda: _new_page(browser, contexts, base_url=demo.url, **PHONE_OPTIONS)
    for context in contexts:
        context.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(base_url=site.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot under test-artifacts/screenshots/ for people to look at."""

    def take(name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
