"""A post from an integration is stored once per (source, external id), however often, and
however simultaneously, it is sent."""

import threading

import pytest
from django.db import connection

from moderation.flags import actions
from moderation.flags.actions import record_post
from moderation.models import Flag, ModeratedPost


def send(text="you loser", **extra):
    return record_post(
        text, source="api", external_source="canvas-chat", external_id="msg-42", **extra
    )


def test_a_retry_returns_the_first_post(keywords):
    first = send()
    again = send()
    assert first.created and not again.created
    assert again.post == first.post and again.flag == first.flag
    assert [m.pk for m in again.matches] == [m.pk for m in first.matches]
    assert ModeratedPost.objects.count() == 1 and Flag.objects.count() == 1


def test_the_same_id_from_another_source_is_another_post(keywords):
    send()
    record_post("hi", source="api", external_source="moodle", external_id="msg-42")
    assert ModeratedPost.objects.count() == 2


def test_posts_without_an_external_id_are_never_merged(keywords):
    record_post("hi", source="api")
    record_post("hi", source="api")
    assert ModeratedPost.objects.count() == 2


def test_a_retry_racing_the_first_request_gets_the_first_post(keywords, monkeypatch):
    first = send()
    # The race: the retry looked before the first request committed, so it saw nothing.
    looks = iter([None])
    real = actions._existing
    monkeypatch.setattr(actions, "_existing", lambda *ids: next(looks, None) or real(*ids))
    again = send()
    assert not again.created and again.post == first.post
    assert ModeratedPost.objects.count() == 1 and Flag.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_retries_create_one_post(keywords):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race above covers it, PostgreSQL runs this")
    results, errors = [], []
    barrier = threading.Barrier(4)

    def worker():
        try:
            barrier.wait()
            results.append(send())
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert ModeratedPost.objects.count() == 1
    assert sum(r.created for r in results) == 1
    assert len({r.post.pk for r in results}) == 1
