"""Overloaded, the API answers at once with 503 and Retry-After, rather than working for a client
that already gave up; pages for families are served whatever the queue."""

import threading
import time

import pytest
from django.test import Client, override_settings

from upstander.load_shedding import queued_ms


def test_a_post_that_waited_too_long_behind_the_proxy_is_refused_at_once(db):
    stamp = f"t={time.time() - 5:.3f}"  # nginx's ${msec}: five seconds ago
    response = Client().post(
        "/api/v1/posts", data="{}", content_type="application/json", HTTP_X_REQUEST_START=stamp
    )
    assert response.status_code == 503 and response["Retry-After"] == "1"
    assert "busy" in response.json()["detail"]


def test_a_fresh_request_goes_through_to_the_api(db):
    response = Client().post(
        "/api/v1/posts",
        data="{}",
        content_type="application/json",
        HTTP_X_REQUEST_START=f"t={time.time() * 1000:.0f}",  # in milliseconds
    )
    assert response.status_code == 401  # the API itself answered: no key


def test_a_family_page_is_never_shed(db):
    stamp = f"t={time.time() - 60:.3f}"
    assert Client().get("/", HTTP_X_REQUEST_START=stamp).status_code != 503


@pytest.mark.parametrize(
    "header, waited",
    [
        ("t=1733000000.5", 500),
        ("t=1733000000500", 500),
        ("t=1733000000500000", 500),
        ("nonsense", None),
    ],
)
def test_the_proxy_stamp_is_read_in_seconds_milliseconds_or_microseconds(header, waited):
    result = queued_ms(header, 1733000001.0)
    assert result == waited if waited is None else abs(result - waited) < 1


@override_settings(WEB_MAX_IN_FLIGHT=1)
def test_one_request_over_the_in_flight_limit_gets_503_while_the_first_is_served(db, monkeypatch):
    from rest_framework.views import APIView

    entered, release = threading.Event(), threading.Event()
    original = APIView.dispatch

    def slow_dispatch(self, request, *args, **kwargs):
        entered.set()
        release.wait(10)
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(APIView, "dispatch", slow_dispatch)
    statuses = []
    first = threading.Thread(
        target=lambda: statuses.append(Client().get("/api/v1/flags").status_code)
    )
    first.start()
    assert entered.wait(10)
    second = Client().get("/api/v1/flags")
    release.set()
    first.join(10)
    assert second.status_code == 503 and second["Retry-After"] == "1"
    assert statuses == [401]
