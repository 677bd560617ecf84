"""An integration sends posts and reads the answers: each answer is exactly what the API's
schema documents (PostResponseSerializer), though the view builds it without walking the
serializer; and a clean post, which commits without a transaction of its own, is still stored
once when its retry arrives."""

from __future__ import annotations

import pytest

from moderation.api.integrations import ingest_post
from moderation.api.serializers import PostResponseSerializer
from moderation.api.views import post_answer
from moderation.models import Integration, ModeratedPost

pytestmark = pytest.mark.usefixtures("keyword_library")

POSTS = {
    "clean": "see you at lunch",
    "flagged": "you are such a loser",
    "held": "just kill yourself",
    "support": "sometimes I want to die",
}


@pytest.mark.parametrize("kind", sorted(POSTS))
def test_each_answer_is_what_the_schema_describes(api, kind):
    integration = Integration.objects.get()
    sent = {"integration": integration, "source": "chat", "external_id": kind, "text": POSTS[kind]}
    first, replayed = ingest_post(**sent), ingest_post(**sent)

    for result in (first, replayed):
        assert post_answer(result) == PostResponseSerializer(result).data
    retried = api.post("/api/v1/posts", {"source": "chat", "external_id": kind, "text": "x"})
    assert retried.status_code == 200
    assert retried.json() == PostResponseSerializer(replayed).data


@pytest.mark.django_db(transaction=True)
def test_a_clean_post_outside_any_transaction_is_stored_once_and_its_retry_answered(api):
    body = {"source": "chat", "external_id": "lunch-1", "text": "see you at lunch"}

    first, again = api.post("/api/v1/posts", body), api.post("/api/v1/posts", body)

    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    assert ModeratedPost.objects.filter(external_id="lunch-1").count() == 1
