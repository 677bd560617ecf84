"""A hostile or broken LMS answers slowly: it trickles its key set, its token, its roster a byte
at a time (each byte well within any read timeout), pages its roster for ever, stalls a TLS
handshake, or lets its name server sit on a lookup. Whoever waits for it (a web worker in a
launch or a teacher's dashboard, a task worker sending a score, an administrator registering)
is released at a deadline, with the one message "The LMS could not be reached" and the reason
in the `lti.outbound` log.

Every exchange here is real HTTP (or TLS) against servers on 127.0.0.1.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from datetime import UTC, datetime

import pytest
import requests
from django.test import override_settings

from lti.grades import queue_score
from lti.models import Course, Platform, ResourceLink, ScoreOutbox
from lti.outbound import UnsafeUrl, check_destination, outbound_deadline
from lti.roster import RosterUnavailable, course_roster
from lti.tool_conf import TimeoutSession
from tests.lti.platform import LEARNER, TestPlatform
from tests.lti.records import configuration_url, paste, registration_link
from tests.personas import safeguarding_lead

# Seconds between the bytes of a slow answer: each byte is far inside every read timeout, the
# whole answer (hundreds of bytes) takes far longer than any deadline.
TRICKLE = 0.05
# What a busy machine's own work (a launch's signature checks, a page's queries) may add to a
# deadline: the trickled answers above take ten seconds or more, so a wait that was not cut off
# still fails by far.
BUSY = 3.0


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.monotonic() - self.started


def student_members(count: int) -> list[dict]:
    return [
        {"user_id": f"s{i}", "name": f"Student {i}", "roles": [LEARNER], "status": "Active"}
        for i in range(count)
    ]


# --- a launch --------------------------------------------------------------------------------
@override_settings(LTI_LAUNCH_DEADLINE_SECONDS=1, LTI_HTTP_TIMEOUT_SECONDS=10)
def test_a_launch_whose_key_set_trickles_is_refused_at_the_launch_deadline(lms, lessons, caplog):
    lms.platform.slow_paths["/jwks"] = TRICKLE
    with caplog.at_level(logging.WARNING, logger="lti.outbound"), Stopwatch() as took:
        response = lms.student_launch(lessons[0])
    assert response.status_code == 502
    assert b"public keys could not be fetched" in response.content
    assert took.seconds < 1 + BUSY, took.seconds
    assert any("deadline" in r.getMessage() for r in caplog.records)


@override_settings(LTI_LAUNCH_DEADLINE_SECONDS=1, LTI_HTTP_TIMEOUT_SECONDS=10)
def test_a_new_kid_whose_refetch_trickles_shares_the_launchs_one_deadline(lms, lessons):
    """The first key set comes at once but lacks the kid; the refetch trickles."""
    from tests.lti.platform import PlatformKey

    newcomer = PlatformKey.generate("platform-key-new")
    lms.platform.published_keys = [lms.platform.keys[0]]
    assert lms.student_launch(lessons[0]).status_code == 302  # the key set is now cached
    lms.platform.keys = [newcomer]
    lms.platform.published_keys = [newcomer]
    lms.platform.slow_paths["/jwks"] = TRICKLE
    with Stopwatch() as took:
        response = lms.student_launch(lessons[0])
    assert response.status_code == 502
    assert took.seconds < 1 + BUSY, took.seconds


def test_a_prompt_lms_launches_as_before(lms, lessons):
    assert lms.student_launch(lessons[0]).status_code == 302


# --- one deadline for several exchanges -------------------------------------------------------
def test_exchanges_under_one_deadline_share_it(test_platform, db):
    test_platform.reset()
    test_platform.slow_paths["/jwks"] = 0.004  # about two seconds for the whole key set
    session = TimeoutSession()
    # Seconds of sleeping, not of work, so that a busy machine's slower work moves little.
    with Stopwatch() as took, pytest.raises(requests.RequestException):
        with outbound_deadline(3.0):
            session.get(test_platform.jwks_url)  # in time, most of the deadline spent
            session.get(test_platform.jwks_url)  # cut off when the deadline comes
    assert took.seconds < 4.0, took.seconds
    assert test_platform.jwks_requests == 2


def test_nothing_is_sent_once_the_deadline_has_passed(test_platform, db):
    test_platform.reset()
    with pytest.raises(requests.RequestException), outbound_deadline(0):
        TimeoutSession().get(test_platform.jwks_url)
    assert test_platform.connections == 0


def test_an_inner_deadline_never_extends_an_outer_one(test_platform, db):
    test_platform.reset()
    test_platform.slow_paths["/jwks"] = TRICKLE
    with Stopwatch() as took, pytest.raises(requests.RequestException):
        with outbound_deadline(0.5), outbound_deadline(30):
            TimeoutSession().get(test_platform.jwks_url)
    assert took.seconds < 0.5 + BUSY, took.seconds


# --- a roster -----------------------------------------------------------------------------------
@override_settings(LTI_SERVICE_DEADLINE_SECONDS=1)
def test_a_roster_paged_for_ever_is_given_up_at_the_deadline(lms, lessons, caplog):
    lms.platform.members = student_members(3)
    lms.platform.memberships_pages_forever = True
    lms.platform.memberships_new_people_each_page = True
    lms.platform.slow_paths["/courses/c1/memberships"] = 0.001  # a few tenths of a second a page
    assert lms.teacher_launch().status_code == 302
    with caplog.at_level(logging.WARNING), Stopwatch() as took:
        with pytest.raises(RosterUnavailable, match="could not be reached"):
            course_roster(Course.objects.get())
    assert took.seconds < 1 + BUSY, took.seconds
    pages = [r for r in lms.platform.requests_seen if r.path == "/courses/c1/memberships"]
    assert 1 < len(pages) < 50
    assert any("Roster for course" in r.getMessage() for r in caplog.records)


def test_a_next_link_back_to_a_page_already_read_ends_the_roster(lms, lessons):
    lms.platform.members = student_members(2)
    lms.platform.memberships_next_url = lms.platform.memberships_url  # itself, for ever
    assert lms.teacher_launch().status_code == 302
    roster = course_roster(Course.objects.get())
    assert [sub for sub, _, _ in roster] == ["s0", "s1"]
    pages = [r for r in lms.platform.requests_seen if r.path == "/courses/c1/memberships"]
    assert len(pages) == 1


@override_settings(LTI_SERVICE_DEADLINE_SECONDS=1)
def test_the_teachers_dashboard_opens_promptly_while_the_roster_trickles(lms, lessons):
    lms.platform.members = student_members(3)
    lms.platform.slow_paths["/courses/c1/memberships"] = TRICKLE
    response = lms.teacher_launch()
    assert response.status_code == 302
    with Stopwatch() as took:
        page = lms.client.get(response["Location"], secure=True)
    assert page.status_code == 200
    assert took.seconds < 1 + BUSY, took.seconds
    # The dashboard opened again within the minute does not wait for the LMS again: it does
    # not ask it at all.
    asked = len(lms.platform.requests_seen)
    assert lms.client.get(response["Location"], secure=True).status_code == 200
    assert len(lms.platform.requests_seen) == asked


# --- a score ------------------------------------------------------------------------------------
@override_settings(LTI_SERVICE_DEADLINE_SECONDS=1)
def test_a_score_whose_token_trickles_is_retried_later_not_waited_for(
    lms, lessons, django_capture_on_commit_callbacks
):
    lms.student_launch(lessons[0])
    lms.platform.slow_paths["/token"] = TRICKLE
    link = ResourceLink.objects.get()
    user = link.course.memberships.get().user
    with Stopwatch() as took, django_capture_on_commit_callbacks(execute=True):
        queue_score(link, user, 7.0, 10.0, datetime(2025, 3, 4, tzinfo=UTC))
    assert took.seconds < 1 + BUSY, took.seconds
    row = ScoreOutbox.objects.get()
    assert row.status == ScoreOutbox.Status.PENDING
    assert row.next_attempt_at is not None
    assert "could not be reached" in row.last_error
    assert lms.platform.scores == []


# --- a registration ---------------------------------------------------------------------------
@pytest.fixture
def slow_lms():
    platform = TestPlatform()
    yield platform
    platform.stop()


@override_settings(LTI_SERVICE_DEADLINE_SECONDS=1)
def test_a_registration_whose_configuration_trickles_fails_at_the_deadline(
    slow_lms, tool_key, client
):
    slow_lms.slow_paths["/.well-known/openid-configuration"] = TRICKLE
    link = registration_link(client, safeguarding_lead(), slow_lms.issuer)
    with Stopwatch() as took:
        response = paste(client, link, configuration_url(slow_lms))
    assert response.status_code == 400
    assert b"did not complete the registration" in response.content
    assert took.seconds < 1 + BUSY, took.seconds
    assert not Platform.objects.exists()


# --- a TLS handshake, a name server -------------------------------------------------------------
class StallingTlsServer:
    """Reads the tool's ClientHello, then answers a TLS record header announcing 16 KB and
    sends its body a byte at a time: a handshake that never ends."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(b"\x16\x03\x03\x40\x00")
                while not self.stopped.is_set():
                    conn.sendall(b"\x00")
                    time.sleep(TRICKLE)
            except OSError:
                pass  # the tool hung up

    def stop(self) -> None:
        self.stopped.set()
        self.listener.close()


@override_settings(LTI_HTTP_TIMEOUT_SECONDS=1)
def test_a_tls_handshake_trickled_a_byte_at_a_time_is_cut_off(db):
    server = StallingTlsServer()
    try:
        with Stopwatch() as took, pytest.raises(requests.RequestException):
            TimeoutSession().get(f"https://127.0.0.1:{server.port}/jwks")
    finally:
        server.stop()
    assert took.seconds < 1 + BUSY, took.seconds


def test_a_name_server_that_sits_on_a_lookup_holds_no_one(monkeypatch):
    real = socket.getaddrinfo

    def slow_getaddrinfo(host, *args, **kwargs):
        if host == "lms.slow-dns.example":
            time.sleep(3)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 443))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow_getaddrinfo)
    with Stopwatch() as took, pytest.raises(UnsafeUrl), outbound_deadline(0.5):
        check_destination("https://lms.slow-dns.example/jwks")
    assert took.seconds < 1.2, took.seconds


# --- the lead's self-test page -----------------------------------------------------------------
@pytest.fixture
def trickling_lms():
    """A registered LMS that trickles its key set and its token a byte at a time, named to be
    checked before the others."""
    platform = TestPlatform(client_id="trickling-client")
    platform.register(name="A trickling LMS")
    platform.slow_paths["/jwks"] = TRICKLE
    platform.slow_paths["/token"] = TRICKLE
    yield platform
    platform.stop()


PLATFORM_SECTION = '<section aria-labelledby="platform-'


def self_test_page(client):
    client.force_login(safeguarding_lead())
    with Stopwatch() as took:
        page = client.get("/admin/lti/self-test/")
    assert page.status_code == 200
    return page.content.decode(), took.seconds


# The page's time is twice LTI_SERVICE_DEADLINE_SECONDS: with 10 s the prompt LMS after the
# trickling one is still checked; with 1 s the trickling one (1 s) spends it all.
@pytest.mark.parametrize(
    ("service_deadline", "the_prompt_lms_says"),
    [(5, "Token endpoint gives a grade token: yes"), (0.5, "Not checked this time")],
)
def test_the_leads_self_test_page_answers_promptly_while_an_lms_trickles(
    lms, client, trickling_lms, service_deadline, the_prompt_lms_says
):
    with override_settings(
        LTI_LAUNCH_DEADLINE_SECONDS=1,
        LTI_SERVICE_DEADLINE_SECONDS=service_deadline,
        LTI_HTTP_TIMEOUT_SECONDS=10,
    ):
        page, seconds = self_test_page(client)
    # Was one exchange timeout for the key set and another for the token: 13 s measured.
    assert seconds < 4
    slow, prompt = page.split(PLATFORM_SECTION, 2)[1:]
    assert "A trickling LMS" in slow and "JWKS unreachable" in slow
    assert "Test LMS" in prompt and the_prompt_lms_says in prompt
