"""A hostile LMS, or an outsider with a registration link, names the URLs Upstander fetches,
posts to and sends browsers to. None of them may lead into our own network, carry a platform's
access token to a host its registration does not name, or tell anyone what our network said.

Name resolution is the one thing faked here (at socket.getaddrinfo: the DNS outside this
machine); every request is real HTTP against the test LMS on 127.0.0.1."""

from __future__ import annotations

import logging
import socket
import time
from datetime import UTC, datetime

import pytest
import requests
from django.conf import settings
from django.test import override_settings

from lti.grades import queue_score
from lti.launch import LaunchRejected, fetch_jwks
from lti.models import Course, Platform, ResourceLink, ScoreOutbox
from lti.outbound import UnsafeUrl, check_destination
from lti.roster import RosterUnavailable, course_roster
from lti.tool_conf import TimeoutSession, service_url_to_keep
from tests.lti.driver import TARGET
from tests.lti.platform import INSTRUCTOR, LEARNER, TestPlatform

PUBLIC = "93.184.216.34"
AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"


@pytest.fixture
def dns(monkeypatch):
    """The world's name servers as these tests need them: `dns[name] = [answer, ...]`, one
    answer (a list of addresses) per lookup, the last repeated; an empty answer is NXDOMAIN."""
    answers: dict[str, list[list[str]]] = {}
    real = socket.getaddrinfo

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        name = host.decode() if isinstance(host, bytes) else host
        if name not in answers:
            return real(host, port, family, type, proto, flags)
        queue = answers[name]
        addresses = queue.pop(0) if len(queue) > 1 else queue[0]
        if not addresses:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", (ip, int(port), 0, 0))
            if ":" in ip
            else (socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, int(port)))
            for ip in addresses
        ]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers


@pytest.fixture
def foreign_host():
    """Someone else's server, which a hostile launch names as the place for grades and rosters."""
    server = TestPlatform(client_id="someone-else")
    yield server
    server.stop()


def port_of(platform: TestPlatform) -> int:
    return platform.server.server_address[1]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def point_key_set_at(lms, url: str) -> None:
    Platform.objects.filter(issuer=lms.platform.issuer).update(key_set_url=url)


def student_launch(lms, lessons, mutate=None):
    return lms.launch(
        lambda nonce, target: lms.platform.resource_link_claims(
            nonce, target, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
        ),
        mutate=mutate,
    )


def assert_keys_unavailable(response) -> None:
    assert response.status_code == 502, response.content[:300]
    assert b"public keys could not be fetched" in response.content


# --- addresses inside our network -------------------------------------------------------------
@pytest.mark.parametrize(
    "url",
    [
        "https://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "https://[fd00:ec2::254]/latest/meta-data/",
        "https://100.100.100.200/latest/meta-data/",
        "https://10.1.2.3/jwks",
        "https://172.16.0.1/jwks",
        "https://192.168.1.1/jwks",
        "https://100.64.0.1/jwks",
        "https://localhost/jwks",
        "https://127.0.0.2/jwks",
        "https://[::1]/jwks",
        "https://[::ffff:127.0.0.1]/jwks",
        "https://[::ffff:169.254.169.254]/jwks",
        "https://[64:ff9b::a9fe:a9fe]/jwks",
        "https://[fe80::1]/jwks",
        "https://0.0.0.0/jwks",
        "https://224.0.0.1/jwks",
        "https://255.255.255.255/jwks",
        "https://2130706433/jwks",
        "https://0x7f.1/jwks",
    ],
)
def test_metadata_private_loopback_and_mapped_addresses_are_refused_outside_the_allow_list(url):
    with pytest.raises(UnsafeUrl):
        check_destination(url)


def test_a_public_https_address_is_accepted(dns):
    dns["lms.school.example"] = [[PUBLIC, "2606:2800:220:1:248:1893:25c8:1946"]]
    check_destination("https://lms.school.example/api/lti/security/jwks")


def test_a_host_that_resolves_to_a_private_address_is_never_connected_to(lms, lessons, dns):
    dns["lms.school.example"] = [["127.0.0.1"]]
    point_key_set_at(lms, f"https://lms.school.example:{port_of(lms.platform)}/jwks")
    lms.platform.connections = 0
    assert_keys_unavailable(student_launch(lms, lessons))
    assert lms.platform.connections == 0


def test_a_host_with_one_private_address_among_public_ones_is_refused(test_platform, dns, db):
    dns["lms.school.example"] = [[PUBLIC, "127.0.0.1"]]
    test_platform.reset()
    with pytest.raises(requests.RequestException):
        TimeoutSession().get(f"https://lms.school.example:{port_of(test_platform)}/jwks")
    assert test_platform.connections == 0


def test_a_host_that_rebinds_to_a_private_address_after_the_check_is_not_connected_to(
    test_platform, dns, db, caplog
):
    # The first lookup (the check) says public, every later one (the connection) says loopback.
    dns["rebind.example"] = [[PUBLIC], ["127.0.0.1"]]
    test_platform.reset()
    with caplog.at_level(logging.WARNING, logger="lti.outbound"):
        with pytest.raises(requests.RequestException):
            TimeoutSession().get(f"https://rebind.example:{port_of(test_platform)}/jwks")
    assert test_platform.connections == 0
    assert any("resolves to blocked" in r.getMessage() for r in caplog.records)


# --- http, the allow-list -------------------------------------------------------------------
def test_http_is_refused_outside_the_allow_list(dns):
    dns["lms.school.example"] = [[PUBLIC]]
    with pytest.raises(UnsafeUrl, match="https"):
        check_destination("http://lms.school.example/jwks")


def test_the_test_lms_on_plain_http_is_not_fetched_once_it_is_off_the_allow_list(lms, lessons):
    lms.platform.connections = 0
    with override_settings(LTI_OUTBOUND_ALLOWED_HOSTS=[]):
        assert_keys_unavailable(student_launch(lms, lessons))
    assert lms.platform.connections == 0


def test_an_allow_list_entry_with_a_port_admits_that_port_only(test_platform):
    port = port_of(test_platform)
    with override_settings(LTI_OUTBOUND_ALLOWED_HOSTS=[f"127.0.0.1:{port}"]):
        check_destination(test_platform.jwks_url)
    with override_settings(LTI_OUTBOUND_ALLOWED_HOSTS=[f"127.0.0.1:{port + 1}"]):
        with pytest.raises(UnsafeUrl):
            check_destination(test_platform.jwks_url)


# --- what comes back ------------------------------------------------------------------------
def test_a_redirect_to_a_private_address_is_not_followed(lms, lessons):
    inside = f"http://localhost:{port_of(lms.platform)}/jwks"
    point_key_set_at(lms, lms.platform.redirect_url(inside))
    assert_keys_unavailable(student_launch(lms, lessons))
    assert lms.platform.jwks_requests == 0


@pytest.mark.parametrize("sends_length", [True, False], ids=["declared", "streamed"])
def test_an_oversized_key_set_is_refused(lms, lessons, sends_length):
    lms.platform.jwks_padding_bytes = settings.LTI_HTTP_MAX_RESPONSE_BYTES
    lms.platform.jwks_sends_length = sends_length
    assert_keys_unavailable(student_launch(lms, lessons))


@pytest.mark.parametrize("sends_length", [True, False], ids=["declared", "until-close"])
def test_a_key_set_dripped_a_byte_at_a_time_is_cut_off_at_the_deadline(
    test_platform, db, sends_length
):
    test_platform.reset()
    test_platform.jwks_drip_seconds = 0.05  # each byte well within the read timeout
    test_platform.jwks_sends_length = sends_length
    started = time.monotonic()
    with override_settings(LTI_HTTP_TIMEOUT_SECONDS=1):
        with pytest.raises(requests.RequestException):
            TimeoutSession().get(test_platform.jwks_url)
    assert time.monotonic() - started < 3


def test_a_closed_port_a_blocked_address_and_an_unknown_name_give_one_message_and_status(
    test_platform, dns, db
):
    test_platform.reset()
    test_platform.jwks_padding_bytes = settings.LTI_HTTP_MAX_RESPONSE_BYTES
    dns["nowhere.example"] = [[]]
    urls = [
        f"http://127.0.0.1:{closed_port()}/jwks",
        "https://169.254.169.254/latest/meta-data/",
        "https://10.0.0.7:8443/jwks",
        "https://nowhere.example/jwks",
        test_platform.redirect_url("http://127.0.0.1:22/"),
        test_platform.jwks_url,  # oversized
    ]
    said = set()
    for url in urls:
        with pytest.raises(requests.RequestException) as raised:
            TimeoutSession().get(url)
        said.add(str(raised.value))
    assert len(said) == 1, said
    answers = set()
    for url in urls:
        with pytest.raises(LaunchRejected) as rejected:
            fetch_jwks(url, force=True)
        answers.add((rejected.value.status, rejected.value.code, rejected.value.message))
    assert answers == {(502, "jwks_unavailable", next(iter(answers))[2])}


# --- bearer tokens only for the registration's own origins ---------------------------------
def test_scores_for_a_line_item_on_a_foreign_host_are_not_sent_and_no_token_is_requested(
    lms, lessons, foreign_host, django_capture_on_commit_callbacks
):
    def foreign_line_item(claims):
        claims[AGS]["lineitem"] = foreign_host.line_item_url()

    assert student_launch(lms, lessons, mutate=foreign_line_item).status_code == 302
    link = ResourceLink.objects.get()
    # The launch kept no gradebook column at a host its registration does not name.
    assert link.line_item_url == ""
    user = link.course.memberships.get().user
    # And a column stored before that rule (or by hand) is never sent a score or a token.
    link.line_item_url = foreign_host.line_item_url()
    link.save(update_fields=["line_item_url"])
    with django_capture_on_commit_callbacks(execute=True):
        queue_score(link, user, 7.0, 10.0, datetime(2025, 3, 4, tzinfo=UTC))
    row = ScoreOutbox.objects.get()
    assert row.status == ScoreOutbox.Status.FAILED
    assert "outside its registration" in row.last_error
    assert foreign_host.requests_seen == []
    assert lms.platform.token_requests == 0


def test_scores_for_the_lms_own_line_item_are_still_sent(
    lms, lessons, django_capture_on_commit_callbacks
):
    assert student_launch(lms, lessons).status_code == 302
    link = ResourceLink.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        queue_score(link, link.course.memberships.get().user, 7.0, 10.0, datetime.now(UTC))
    assert ScoreOutbox.objects.get().status == ScoreOutbox.Status.SENT
    assert [s.body["scoreGiven"] for s in lms.platform.scores] == [7.0]


def test_a_roster_on_a_foreign_host_is_not_read_and_no_token_is_requested(
    lms, lessons, foreign_host
):
    def foreign_roster(claims):
        claims[NRPS]["context_memberships_url"] = foreign_host.memberships_url

    assert student_launch(lms, lessons, mutate=foreign_roster).status_code == 302
    course = Course.objects.get()
    assert course.memberships_url == ""  # not kept from the launch
    course.memberships_url = foreign_host.memberships_url
    course.save(update_fields=["memberships_url"])
    with pytest.raises(RosterUnavailable):
        course_roster(course)
    assert foreign_host.requests_seen == []
    assert lms.platform.token_requests == 0


def test_a_roster_next_page_on_a_foreign_host_is_not_fetched(lms, lessons, foreign_host):
    lms.platform.memberships_next_url = foreign_host.memberships_url
    assert student_launch(lms, lessons).status_code == 302
    with pytest.raises(RosterUnavailable):
        course_roster(Course.objects.get())
    assert foreign_host.requests_seen == []


def test_a_launch_keeps_only_service_urls_at_the_platforms_own_origins(lms, foreign_host):
    platform = Platform.objects.get(issuer=lms.platform.issuer)
    assert service_url_to_keep(platform, lms.platform.line_item_url()) == (
        lms.platform.line_item_url()
    )
    assert service_url_to_keep(platform, foreign_host.line_item_url()) == ""
    assert service_url_to_keep(platform, "javascript:alert(1)//") == ""
    platform.extra_origins = [foreign_host.base]  # the school's other LMS domain, by an admin
    assert service_url_to_keep(platform, foreign_host.memberships_url) == (
        foreign_host.memberships_url
    )


# --- URLs sent to browsers ------------------------------------------------------------------
@pytest.mark.parametrize(
    "return_url",
    [
        "javascript:alert(document.cookie)//",
        "data:text/html,<script>alert(1)</script>",
        "https://elsewhere.example/deep-link-return",
    ],
)
def test_a_javascript_or_foreign_deep_link_return_url_gives_an_error_page(lms, lessons, return_url):
    def spoil(claims):
        claims[DL_SETTINGS]["deep_link_return_url"] = return_url

    response = lms.launch(
        lambda nonce, target: lms.platform.deep_linking_claims(
            nonce, target, sub="teacher-1", roles=[INSTRUCTOR]
        ),
        mutate=spoil,
    )
    picker = response["Location"]
    page = lms.client.get(picker, secure=True)
    assert page.status_code == 400
    assert b"not one of its own" in page.content
    chosen = lms.client.post(picker, {"lesson": [lessons[0].pk]}, secure=True)
    assert chosen.status_code == 400
    assert return_url.encode() not in chosen.content
    assert b'name="JWT"' not in chosen.content


def test_a_login_url_with_another_scheme_is_never_redirected_to(lms):
    Platform.objects.filter(issuer=lms.platform.issuer).update(
        auth_login_url="javascript:alert(document.domain)//"
    )
    response = lms.client.get("/lti/login/", lms.platform.login_params(TARGET), secure=True)
    assert response.status_code == 400
    assert "Location" not in response
    assert b"login address" in response.content


# --- every other address a platform names: its token URL, its registration endpoint ----------
def test_a_token_url_that_resolves_into_our_network_gets_no_assertion_and_the_score_waits(
    lms, lessons, dns, django_capture_on_commit_callbacks
):
    assert student_launch(lms, lessons).status_code == 302
    dns["tokens.school.example"] = [["169.254.169.254"]]
    Platform.objects.filter(issuer=lms.platform.issuer).update(
        auth_token_url=f"https://tokens.school.example:{port_of(lms.platform)}/token"
    )
    lms.platform.connections = 0
    link = ResourceLink.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        queue_score(link, link.course.memberships.get().user, 7.0, 10.0, datetime.now(UTC))
    row = ScoreOutbox.objects.get()
    assert row.status == ScoreOutbox.Status.PENDING and row.attempts == 1
    assert "could not be reached" in row.last_error
    assert lms.platform.connections == 0 and lms.platform.scores == []


@pytest.mark.parametrize(
    "endpoint",
    [
        "https://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "https://10.0.0.8/register",
        "file:///etc/passwd",
        "gopher://lms.school.example/register",
    ],
)
def test_a_registration_endpoint_into_our_network_or_of_another_scheme_is_never_posted_to(
    client, tool_key, started, endpoint
):
    from tests.lti.records import configuration_url, paste, registration_link
    from tests.personas import safeguarding_lead

    lms = TestPlatform()
    started.append(lms)
    lms.configuration_answer = {**lms.openid_configuration(), "registration_endpoint": endpoint}
    link = registration_link(client, safeguarding_lead(), lms.issuer)
    answer = paste(client, link, configuration_url(lms))
    assert answer.status_code == 400
    assert b"was refused" in answer.content
    assert not Platform.objects.exists()


def test_a_registration_endpoint_that_redirects_into_our_network_is_not_followed(
    client, tool_key, started
):
    from tests.lti.records import configuration_url, paste, registration_link
    from tests.personas import safeguarding_lead

    lms, inside = TestPlatform(), TestPlatform()
    started.extend([lms, inside])
    redirect = lms.redirect_url(f"http://localhost:{port_of(inside)}/register")
    lms.configuration_answer = {**lms.openid_configuration(), "registration_endpoint": redirect}
    link = registration_link(client, safeguarding_lead(), lms.issuer)
    answer = paste(client, link, configuration_url(lms))
    assert answer.status_code == 400
    assert inside.requests_seen == [] and inside.registrations == []
    assert not Platform.objects.exists()
