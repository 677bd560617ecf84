"""While PostgreSQL restarts, an integration's post gets 503 with Retry-After (retry it), not a
500 (a bug): nothing was stored, so its retry with the same id stores it once."""

from django.db import OperationalError

from moderation.api import integrations
from moderation.flags import hot_path
from moderation.models import ModeratedPost

POST = {"source": "district-chat", "external_id": "m-7", "text": "see you at lunch"}


def test_a_post_during_a_database_restart_is_503_and_its_retry_is_stored_once(
    api, monkeypatch, caplog
):
    monkeypatch.setattr(hot_path, "_warned", {})
    working = integrations.record_post

    def restarting(*args, **kwargs):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(integrations, "record_post", restarting)
    refused = api.post("/api/v1/posts", POST)
    assert refused.status_code == 503 and refused["Retry-After"] == "2"
    assert "retry" in refused.json()["detail"]
    assert "database unavailable" in caplog.text
    assert not ModeratedPost.objects.exists()

    monkeypatch.setattr(integrations, "record_post", working)
    assert api.post("/api/v1/posts", POST).status_code == 201
    assert api.post("/api/v1/posts", POST).status_code == 200
    assert ModeratedPost.objects.count() == 1
