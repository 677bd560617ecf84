"""Wrong claim codes are limited per client, never for everyone; behind trusted proxies the
client is the one X-Forwarded-For names, and a forged header changes nothing without them."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory

from tests.moderation.api.conftest import raise_concern_via_form
from upstander.client_address import client_address

WRONG = "ABCD-EFGH-JKMN-PQRS"
PROXY = "10.0.0.2"


@pytest.fixture
def few_failures(settings):
    settings.CONCERN_CLAIM_MAX_FAILURES = 3
    return 3


def guess_until_refused(client: Client, tries: int, **headers) -> list[int]:
    return [
        client.post("/concern/claim/", {"code": WRONG}, **headers).status_code for _ in range(tries)
    ]


def test_one_clients_wrong_guesses_do_not_lock_out_another_client(
    db, keyword_library, counsellor, few_failures
):
    _, code = raise_concern_via_form(Client(), counsellor)
    # Many guessers, each up to its own limit: far more wrong codes than any one may try.
    for n in range(25):
        guesser = Client(REMOTE_ADDR=f"198.51.100.{n + 1}")
        assert guess_until_refused(guesser, few_failures + 1)[-1] == 429
    student = Client(REMOTE_ADDR="192.0.2.5")
    assert student.post("/concern/claim/", {"code": code}).status_code == 200
    assert student.post("/concern/claim/", {"code": WRONG}).status_code == 403


def test_behind_a_trusted_proxy_the_forwarded_client_decides(
    db, keyword_library, counsellor, few_failures, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    _, code = raise_concern_via_form(Client(), counsellor)
    via_proxy = Client(REMOTE_ADDR=PROXY)
    guesser = {"HTTP_X_FORWARDED_FOR": "198.51.100.9"}
    assert guess_until_refused(via_proxy, few_failures + 1, **guesser) == [403] * 3 + [429]
    # Another student behind the same proxy is not locked out with the guesser...
    student = {"HTTP_X_FORWARDED_FOR": "192.0.2.5"}
    assert via_proxy.post("/concern/claim/", {"code": code}, **student).status_code == 200
    # ...and the guesser cannot escape by writing a different address in front of theirs.
    forged = {"HTTP_X_FORWARDED_FOR": "192.0.2.200, 198.51.100.9"}
    assert via_proxy.post("/concern/claim/", {"code": code}, **forged).status_code == 429


def test_without_trusted_proxies_a_forged_forwarded_for_is_ignored(
    db, keyword_library, counsellor, few_failures, settings
):
    assert settings.TRUSTED_PROXY_COUNT == 0  # as shipped
    _, code = raise_concern_via_form(Client(), counsellor)
    guesser = Client(REMOTE_ADDR="198.51.100.9")
    statuses = [
        guesser.post(
            "/concern/claim/", {"code": WRONG}, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"
        ).status_code
        for n in range(few_failures + 1)
    ]
    assert statuses == [403] * 3 + [429]  # a new made-up address each time did not help


def test_client_address_reads_through_exactly_the_trusted_proxies(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7, 10.0.0.1"
    )
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request) == PROXY
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request) == "203.0.113.7"
    garbage = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="not-an-ip")
    assert client_address(garbage) == PROXY


def test_an_ipv6_client_cannot_escape_the_limit_by_changing_address_within_its_64(
    db, keyword_library, counsellor, few_failures
):
    _, code = raise_concern_via_form(Client(), counsellor)
    statuses = [
        Client(REMOTE_ADDR=f"2001:db8:1:2::{n + 1:x}")
        .post("/concern/claim/", {"code": WRONG})
        .status_code
        for n in range(few_failures + 1)
    ]
    assert statuses == [403] * 3 + [429]
    neighbour = Client(REMOTE_ADDR="2001:db8:1:3::1")  # another /64: another household
    assert neighbour.post("/concern/claim/", {"code": code}).status_code == 200
