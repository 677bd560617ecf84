"""API keys belong to an integration: one integration's external ids never collide with
another's, and a read key sees only its own integration's posts and flags."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from moderation.api.keys import create_api_key, find_key
from moderation.models import ApiKey, Flag, ModeratedPost

from .conftest import ApiClient

POSTS = "/api/v1/posts"
FLAGS = "/api/v1/flags"
REAL_POST = {
    "source": "district-chat",
    "external_id": "msg-1001",
    "author_ref": "pupil-77",
    "text": "everyone says you should kill yourself",
}


def client_for(name: str, scope: str = ApiKey.Scope.READ_WRITE) -> ApiClient:
    return ApiClient(create_api_key(name, scope)[1])


def test_another_key_cannot_pre_claim_a_post_id_so_the_real_post_goes_unscanned(
    db, keyword_library
):
    attacker = client_for("Someone else's chat bot")
    district_chat = client_for("District chat")
    claimed = attacker.post(POSTS, {**REAL_POST, "text": "nice weather today"})
    assert claimed.status_code == 201

    real = district_chat.post(POSTS, REAL_POST)

    assert real.status_code == 201, real.content
    body = real.json()
    assert body["created"] is True and body["id"] != claimed.json()["id"]
    assert body["flag"]["category"] == "bullying" and body["flag"]["severity"] == 4
    assert body["status"] == "held"
    assert ModeratedPost.objects.get(pk=body["id"]).text == REAL_POST["text"]
    # A retry from the district chat still gets its own post back, not the attacker's.
    again = district_chat.post(POSTS, REAL_POST).json()
    assert again["id"] == body["id"] and again["created"] is False


def test_a_read_key_sees_only_its_own_integrations_flags(db, keyword_library):
    district_chat = client_for("District chat", ApiKey.Scope.WRITE)
    other_school = client_for("Other school's forum", ApiKey.Scope.READ_WRITE)
    ours = district_chat.post(POSTS, REAL_POST).json()["flag"]["id"]
    theirs = other_school.post(POSTS, {**REAL_POST, "text": "you loser"}).json()["flag"]["id"]

    # A read key made for the same integration (same name) reads what the write key sent...
    reporting = client_for("District chat", ApiKey.Scope.READ)
    listed = reporting.get(FLAGS).json()
    assert [row["id"] for row in listed["results"]] == [ours]
    # ...and the other integration's key reads only its own.
    assert [row["id"] for row in other_school.get(FLAGS).json()["results"]] == [theirs]
    assert Flag.objects.count() == 2


def test_a_read_key_sees_no_lesson_or_concern_flags(db, keyword_library):
    lesson_post = ModeratedPost.objects.create(source="discussion", text="you loser")
    Flag.objects.create(post=lesson_post, category="bullying", severity=2)
    reporting = client_for("District chat", ApiKey.Scope.READ)
    assert reporting.get(FLAGS).json()["count"] == 0


@pytest.mark.django_db(transaction=True)
def test_existing_keys_and_api_posts_go_to_one_documented_default_integration():
    executor = MigrationExecutor(connection)
    executor.migrate([("moderation", "0004_moderatedpost_target")])
    old = executor.loader.project_state([("moderation", "0004_moderatedpost_target")]).apps
    old_key = old.get_model("moderation", "ApiKey").objects.create(
        name="Old chat", prefix="oldchat1", key_hash="x" * 64
    )
    old_post = old.get_model("moderation", "ModeratedPost").objects.create(
        source="api", text="hello", external_source="chat", external_id="m1"
    )
    lesson_post = old.get_model("moderation", "ModeratedPost").objects.create(
        source="discussion", text="hello"
    )
    try:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes("moderation"))
        key = ApiKey.objects.get(pk=old_key.pk)
        assert key.integration.name == "Integration (before 0005)"
        assert ModeratedPost.objects.get(pk=old_post.pk).integration == key.integration
        assert ModeratedPost.objects.get(pk=lesson_post.pk).integration is None
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())


def test_find_key_carries_its_integration(db):
    key, raw = create_api_key("District chat", ApiKey.Scope.READ)
    assert find_key(raw).integration == key.integration
    assert key.integration.name == "District chat"


def test_a_superuser_ties_an_integration_to_its_lms_in_the_admin(client, db):
    from django.contrib.auth import get_user_model

    from moderation.models import Integration
    from tests.lti.records import CANVAS_ENDPOINTS, platform_by_hand

    key, _raw = create_api_key("District chat")
    platform = platform_by_hand(
        "https://canvas.district.example",
        name="District Canvas",
        client_id="10000000000001",
        endpoints=CANVAS_ENDPOINTS,
    )
    admin = get_user_model().objects.create_superuser("head-of-it", "", "x-long-enough-1")
    client.force_login(admin)
    listing = client.get("/admin/moderation/api-keys/")
    assert "District chat" in listing.content.decode()
    edit = f"/admin/moderation/integrations/edit/{key.integration.pk}/"
    response = client.post(edit, {"name": "District chat", "platform": platform.pk})
    assert response.status_code == 302
    assert Integration.objects.get(pk=key.integration.pk).platform == platform
