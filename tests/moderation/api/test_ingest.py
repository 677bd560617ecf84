"""POST /api/v1/posts: recorded, scanned and flagged once per (source, external_id)."""

from __future__ import annotations

import threading

import pytest
from django.db import IntegrityError, connection

from moderation.api import integrations
from moderation.models import Flag, ModeratedPost

POSTS = "/api/v1/posts"
BODY = {
    "source": "district-chat",
    "external_id": "msg-1001",
    "author_ref": "pupil-77",
    "course_ref": "year-8-blue",
    "text": "nobody likes you, loser",
}


def test_a_new_post_is_recorded_scanned_and_flagged_with_201(api):
    response = api.post(POSTS, BODY)
    assert response.status_code == 201, response.content
    body = response.json()
    post = ModeratedPost.objects.get(pk=body["id"])
    assert post.source == ModeratedPost.Source.API
    assert (post.external_source, post.external_id) == ("district-chat", "msg-1001")
    assert (post.author_ref, post.course_ref) == ("pupil-77", "year-8-blue")
    assert body["created"] is True
    assert body["flag"]["category"] == "bullying" and body["flag"]["severity"] == 2
    assert Flag.objects.get(pk=body["flag"]["id"]).post == post


def test_a_retry_answers_200_with_the_same_post_and_stores_nothing_new(api):
    first = api.post(POSTS, BODY).json()
    again = api.post(POSTS, BODY)
    assert again.status_code == 200
    assert again.json()["id"] == first["id"]
    assert again.json()["created"] is False
    assert again.json()["flag"]["id"] == first["flag"]["id"]
    assert ModeratedPost.objects.count() == 1
    assert Flag.objects.count() == 1


def test_the_same_external_id_from_another_source_is_another_post(api):
    api.post(POSTS, BODY)
    response = api.post(POSTS, {**BODY, "source": "canvas-discussions"})
    assert response.status_code == 201
    assert ModeratedPost.objects.count() == 2


def test_a_critical_post_is_held_and_a_self_harm_post_carries_the_support_message(api):
    body = api.post(POSTS, {**BODY, "text": "i want to die"}).json()
    assert body["status"] == "held"
    assert body["flag"]["severity"] == 4
    assert body["support_message"]


def test_html_is_sanitised_before_it_is_stored(api):
    body = {**BODY, "text": None, "html": '<p onclick="x()">hey <b>loser</b></p><script>1</script>'}
    del body["text"]
    response = api.post(POSTS, body)
    assert response.status_code == 201, response.content
    post = ModeratedPost.objects.get()
    assert "script" not in post.html and "onclick" not in post.html
    assert post.text == "hey loser"


def test_a_retry_that_loses_the_insert_race_answers_with_the_winners_post(api, monkeypatch):
    """Two retries both miss the lookup; the unique constraint stops the second insert."""
    real = integrations.record_post

    def racing(*args, **kwargs):
        real(*args, **kwargs)  # the other request wins and commits
        raise IntegrityError("moderated_post_external_unique")

    monkeypatch.setattr(integrations, "record_post", racing)
    response = api.post(POSTS, BODY)
    assert response.status_code == 200
    assert response.json()["id"] == ModeratedPost.objects.get().pk
    assert response.json()["created"] is False


@pytest.mark.django_db(transaction=True)
def test_concurrent_retries_create_one_post(make_key, keyword_library):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL (see the test above)")
    from tests.moderation.api.conftest import ApiClient

    key = make_key()
    barrier = threading.Barrier(6)
    statuses: list[int] = []
    ids: set[int] = set()

    def send() -> None:
        client = ApiClient(key)
        barrier.wait()
        response = client.post(POSTS, BODY)
        statuses.append(response.status_code)
        ids.add(response.json()["id"])
        connection.close()

    threads = [threading.Thread(target=send) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert ModeratedPost.objects.filter(external_id="msg-1001").count() == 1
    assert sorted(statuses) == [200] * 5 + [201]
    assert len(ids) == 1
