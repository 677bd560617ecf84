"""A used launch stays used, however busy the tool is.

Found by an outside review (issue 10): with the embedded database cache (Django's
DatabaseCache, 300 entries, a third culled when full) the "nonce used" marker was culled
while pylti1p3's nonce record stayed, and a replayed id_token was accepted after 10-58 other
launches. Single-use markers and launch state now live in `lti_state`: a table of its own
that sweeps expired rows and never culls a live one, or Redis with TTLs.
"""

from __future__ import annotations

import logging
import runpy
import uuid

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test import override_settings

from lti.state_cache import LTI_STATE_CACHE, DurableDatabaseCache, state_cache
from tests.lti.driver import TARGET
from tests.lti.platform import LEARNER
from tests.services import redis_url

OTHER_LAUNCHES = 350  # well over the default cache's MAX_ENTRIES (300)


def first_launch(lms, lessons):
    """A student's launch, kept as an attacker who copied the form post would keep it."""
    login = lms.login()
    claims = lms.platform.resource_link_claims(
        login.nonce, TARGET, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
    )
    token = lms.platform.sign(claims)
    assert lms.post_launch(token, login.state).status_code == 302
    return token, login.state


def the_school_day_goes_on(entries: int = OTHER_LAUNCHES) -> None:
    """What hundreds of other launches leave behind, written the cheap way: lesson-picker
    sessions in the default cache (which makes it cull) and login and launch state in
    `lti_state` (all still live)."""
    for _ in range(entries):
        launch_id = f"lti1p3-launch-{uuid.uuid4()}"
        cache.set(f"lti-picker-{launch_id}", {"settings": {}}, 3600)
        state_cache().set(f"lti1p3-{uuid.uuid4()}-nonce-{uuid.uuid4()}", True, 3600)


def assert_replay_refused(lms, token, state, caplog):
    caplog.set_level(logging.WARNING, logger="lti.security")
    response = lms.post_launch(token, state)
    assert response.status_code == 403
    assert "already been used" in response.content.decode()
    assert any("LTI launch rejected: replayed_nonce" in r.getMessage() for r in caplog.records)


def test_a_replayed_launch_is_refused_after_hundreds_of_other_launches(lms, lessons, caplog):
    token, state = first_launch(lms, lessons)
    the_school_day_goes_on()
    assert_replay_refused(lms, token, state, caplog)


def test_the_state_store_sweeps_expired_rows_and_never_culls_a_live_one(db):
    if not settings_table():
        pytest.skip("lti_state is Redis here (REDIS_URL): Redis expires keys itself")
    store = DurableDatabaseCache(settings_table(), {"OPTIONS": {"MAX_ENTRIES": 5}})
    store.clear()
    for i in range(10):
        store.set(f"expired-{i}", 1, 0)  # timeout 0: expired at once
    for i in range(20):
        store.set(f"live-{i}", 1, 300)
    assert all(store.get(f"live-{i}") == 1 for i in range(20))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {connection.ops.quote_name(settings_table())}")
        keys = [row[0] for row in cursor.fetchall()]
    assert not [k for k in keys if "expired-" in k]
    assert len(keys) == 20


def settings_table() -> str:
    """The lti_state table on the embedded default; empty when lti_state is Redis."""
    from django.conf import settings

    config = settings.CACHES[LTI_STATE_CACHE]
    return config["LOCATION"] if config["BACKEND"].endswith("DurableDatabaseCache") else ""


@pytest.mark.redis
def test_with_redis_configured_the_state_store_is_redis_and_a_replay_is_refused(
    lms, lessons, caplog, monkeypatch
):
    url = redis_url()
    monkeypatch.setenv("REDIS_URL", url)
    redis_caches = runpy.run_module("upstander.settings.base")["CACHES"]
    assert redis_caches[LTI_STATE_CACHE]["BACKEND"].endswith("RedisCache")
    with override_settings(CACHES=redis_caches):
        try:
            token, state = first_launch(lms, lessons)
            the_school_day_goes_on()
            assert_replay_refused(lms, token, state, caplog)
        finally:
            caches[LTI_STATE_CACHE].clear()
            cache.clear()
