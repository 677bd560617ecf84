"""An LMS whose key set trickles cannot hold every web worker of the tool.

A launch is verified against the platform's key set, fetched within the launch's deadline
(LTI_LAUNCH_DEADLINE_SECONDS, 4 s). Anyone may start a login for a registered platform and post
a made-up id_token for it: no key is needed to make the tool fetch the key set. Against an LMS
that trickles its key set (hostile, or broken), each such post held a web worker for the whole
deadline, so a few dozen posts a second kept every worker waiting and no school could launch.
Now a key set that could not be fetched is not asked for again for a few seconds: launches in
that time are refused at once, and the LMS is asked once.
"""

from __future__ import annotations

import time

from django.test import override_settings

from lti import launch as launch_module

TRICKLE = 0.05


def key_set_requests(lms) -> int:
    return sum(1 for seen in lms.platform.requests_seen if seen.path == "/jwks")


@override_settings(LTI_LAUNCH_DEADLINE_SECONDS=3, LTI_HTTP_TIMEOUT_SECONDS=10)
def test_launches_after_a_key_set_that_trickled_are_refused_at_once(lms, lessons):
    lms.platform.slow_paths["/jwks"] = TRICKLE
    first = lms.student_launch(lessons[0])
    assert first.status_code == 502
    asked = key_set_requests(lms)

    started = time.monotonic()
    for _ in range(3):
        again = lms.student_launch(lessons[0])
        assert again.status_code == 502
        assert b"public keys could not be fetched" in again.content
    # Three launches in less than a deadline and a third (each waited a whole one before), on
    # a machine as loaded as CI's.
    assert time.monotonic() - started < 4
    assert key_set_requests(lms) == asked


@override_settings(LTI_LAUNCH_DEADLINE_SECONDS=1, LTI_HTTP_TIMEOUT_SECONDS=10)
def test_once_the_lms_answers_again_its_launches_work_after_a_few_seconds(
    lms, lessons, monkeypatch
):
    monkeypatch.setattr(launch_module, "KEY_SET_FAILURE_MEMORY_SECONDS", 1)
    lms.platform.slow_paths["/jwks"] = TRICKLE
    assert lms.student_launch(lessons[0]).status_code == 502
    lms.platform.slow_paths.clear()
    time.sleep(1.2)
    assert lms.student_launch(lessons[0]).status_code == 302


def test_the_leads_self_test_asks_the_lms_again_at_once(lms, lessons, monkeypatch):
    """The self-test is a lead checking the LMS now: it is never told an old failure."""
    from lti.models import Platform
    from lti.selftest import check_platform

    lms.platform.ags_down = False
    launch_module.remember_key_set_failure(lms.platform.jwks_url)
    assert lms.student_launch(lessons[0]).status_code == 502
    check = check_platform(Platform.objects.get(issuer=lms.platform.issuer))
    assert check.jwks_ok, check.problems
