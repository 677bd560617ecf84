"""OIDC login initiation: GET or POST, only from registered platforms, only to our own URLs."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.sessions.models import Session

from tests.lti.driver import IN_FRAME, TARGET


@pytest.mark.parametrize("own_tab", [False, True])
@pytest.mark.parametrize("method", ["get", "post"])
def test_it_sends_the_browser_to_the_platform_with_state_and_nonce(lms, method, own_tab):
    login = lms.login(method=method, own_tab=own_tab)
    # In its own tab the browser is redirected at once; in the LMS's frame it gets there
    # through the page that checks the cookies first.
    assert login.response.status_code == (302 if own_tab else 200)
    location = urlsplit(login.auth_url)
    assert f"{location.scheme}://{location.netloc}{location.path}" == lms.platform.auth_login_url
    query = parse_qs(location.query)
    assert query["client_id"] == [lms.platform.client_id]
    assert query["redirect_uri"] == [TARGET]
    assert query["response_mode"] == ["form_post"] and query["prompt"] == ["none"]
    state_cookie = login.response.cookies[f"lti1p3-{login.state}"]
    assert state_cookie["samesite"] == "None" and state_cookie["secure"]


def test_it_rejects_an_unknown_issuer(lms, caplog):
    params = lms.platform.login_params(TARGET, iss="https://unknown-lms.example")
    response = lms.client.get("/lti/login/", params, secure=True)
    assert response.status_code == 400
    assert b"not registered" in response.content
    assert Session.objects.count() == 0
    assert "LTI launch rejected: unknown_issuer" in caplog.text


def test_it_rejects_a_target_link_uri_that_is_not_ours(lms):
    params = lms.platform.login_params("https://evil.example/lti/launch/")
    assert lms.client.get("/lti/login/", params, secure=True).status_code == 400


def test_it_offers_platform_storage_when_the_lms_asks_for_it(lms):
    params = lms.platform.login_params(TARGET, lti_storage_target="post_message_forwarding")
    response = lms.client.get("/lti/login/", params, secure=True, **IN_FRAME)
    assert response.status_code == 200
    assert b"lti.put_data" in response.content
    assert lms.platform.auth_login_url.encode() in response.content


@pytest.mark.parametrize(
    "field, value",
    [
        ("iss", "https://lms.example\x00"),
        ("client_id", "client\x00"),
        ("login_hint", "student\x00"),
        ("lti_message_hint", "hint\x00"),
        ("lti_deployment_id", "d" * 300),
    ],
)
def test_a_login_with_a_nul_or_oversized_id_is_refused_with_400_not_500(lms, field, value):
    # PostgreSQL refuses a NUL in a query: the login must never get that far.
    params = lms.platform.login_params(TARGET, **{field: value})
    # GET or POST: a NUL never reaches a query; an oversized id is named as not valid.
    for response in (
        lms.client.get("/lti/login/", params, secure=True),
        lms.client.post("/lti/login/", params, secure=True),
    ):
        assert response.status_code == 400


def test_a_long_message_hint_such_as_canvas_sends_is_accepted(lms):
    login = lms.login(lti_message_hint="eyJ" + "a" * 1200)
    assert login.query["lti_message_hint"] == "eyJ" + "a" * 1200
