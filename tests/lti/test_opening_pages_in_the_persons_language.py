"""The pages a student meets while Upstander opens inside the LMS (the cookie check, the offer
to open in a new tab) speak the browser's language, as the lesson pages after them do. School
Chromebooks often block the frame's cookies, so a Spanish-speaking student was offered
"Open Upstander in a new tab" in English on the one page that decides whether they get in."""

from __future__ import annotations

from tests.lti.driver import IN_FRAME, TARGET, new_tab_link


def login_page(lms, language: str):
    params = lms.platform.login_params(TARGET)
    return lms.client.get(
        "/lti/login/", params, secure=True, HTTP_ACCEPT_LANGUAGE=language, **IN_FRAME
    )


def test_a_spanish_browser_is_offered_the_new_tab_in_spanish(lms):
    response = login_page(lms, "es-419,es;q=0.9")

    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="es">' in page
    assert "Abriendo Upstander…" in page
    assert "Tu navegador bloquea las cookies que Upstander necesita" in page
    assert "Abrir Upstander en una pestaña nueva" in page
    assert "Open Upstander in a new tab" not in page
    # The button still leads where it did.
    assert new_tab_link(response).startswith("/lti/")


def test_an_english_browser_reads_english(lms):
    page = login_page(lms, "en-GB,en;q=0.9").content.decode()
    assert '<html lang="en">' in page
    assert "Open Upstander in a new tab" in page
