"""A district's chat system sends a post; the database drops the connection just after the post
committed (queueing its notice, say). The post is stored, once: it is answered as stored, never
run a second time on the DRF path, and its safeguarding notice waits in the outbox for the
sweep. An error before the commit stores nothing and is a 503 the sender retries."""

import pytest
from django.db import OperationalError

from moderation.api import integrations
from moderation.flags import notifications
from moderation.models import Flag, ModeratedPost, StaffNotification

FLAGGED = {"source": "district-chat", "external_id": "m-1", "text": "you are such a loser"}


def dropped_connection(*args, **kwargs):
    raise OperationalError("server closed the connection unexpectedly")


def counted(monkeypatch, after=None):
    """record_post, counting its runs; `after` raises once the real one has returned."""
    runs, real = [], integrations.record_post

    def record_post(*args, **kwargs):
        runs.append(kwargs.get("external_id"))
        recorded = real(*args, **kwargs)
        if after is not None:
            after()
        return recorded

    monkeypatch.setattr(integrations, "record_post", record_post)
    return runs


@pytest.mark.django_db(transaction=True)
def test_a_flagged_post_whose_notice_cannot_be_queued_is_stored_once_and_answered_as_stored(
    api, lead, monkeypatch, caplog
):
    monkeypatch.setattr(notifications, "enqueue_delivery", dropped_connection)
    runs = counted(monkeypatch)
    answer = api.post("/api/v1/posts", FLAGGED)
    assert answer.status_code == 201 and answer.json()["created"] is True
    assert runs == ["m-1"]
    post = ModeratedPost.objects.get()
    assert answer.json()["id"] == post.pk
    notice = StaffNotification.objects.get(flag=Flag.objects.get(post=post))
    assert notice.recipient == lead
    assert notice.delivery == StaffNotification.Delivery.PENDING  # the sweep sends it
    assert f"post {post.pk} stored; the work after its commit failed" in caplog.text


def test_an_error_after_the_post_is_stored_is_never_followed_by_a_second_run(api, monkeypatch):
    runs = counted(monkeypatch, after=dropped_connection)
    refused = api.post("/api/v1/posts", FLAGGED)
    assert refused.status_code == 503 and refused["Retry-After"] == "2"
    assert runs == ["m-1"] and ModeratedPost.objects.count() == 1
    monkeypatch.undo()
    again = api.post("/api/v1/posts", FLAGGED)  # the sender's retry
    assert again.status_code == 200 and again.json()["created"] is False
    assert ModeratedPost.objects.count() == 1 and Flag.objects.count() == 1


def test_the_plain_path_s_503_is_the_drf_view_s(api, monkeypatch):
    from moderation.api.views import PostsView

    monkeypatch.setattr(integrations, "record_post", dropped_connection)
    plain_path = api.post("/api/v1/posts", FLAGGED)
    monkeypatch.setattr(PostsView, "plain_answer", staticmethod(lambda request, allow: None))
    drf_path = api.post("/api/v1/posts", FLAGGED)
    assert (plain_path.status_code, drf_path.status_code) == (503, 503)
    assert dict(plain_path.headers) == dict(drf_path.headers)
    assert plain_path.content == drf_path.content
    assert not ModeratedPost.objects.exists()
