"""A district's chat system sends posts all day through web workers that keep their database
connection. On PostgreSQL, the statement a flagged post writes with (the post, its flag,
matches, routing, audit entry and notices, together) is prepared once per connection, so the
server parses and plans it once rather than at every post; the values still go with each post,
and Django's own queries are never prepared."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moderation.models import AuditEntry, Flag, ModeratedPost, StaffNotification

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
        reason="prepared statements are PostgreSQL's",
    ),
    pytest.mark.usefixtures("keyword_library", "lead"),
]


def prepared() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE from_sql = false")
        return [statement for (statement,) in cursor.fetchall()]


def post(api, external_id: str, text: str):
    body = {"source": "district-chat", "external_id": external_id, "text": text}
    return api.post("/api/v1/posts", body)


def test_each_statement_a_flagged_post_writes_is_prepared_once_and_run_with_its_values(
    api, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks():
        first = post(api, "m-1", "you are such a loser").json()
    statements = prepared()
    [together] = [s for s in statements if s.startswith("WITH ")]
    for model in (ModeratedPost, Flag, AuditEntry, StaffNotification):
        assert f'INSERT INTO "{model._meta.db_table}"' in together
    assert "$1" in together
    assert not [s for s in statements if "pg_prepared_statements" in s]  # Django's: not prepared

    with django_capture_on_commit_callbacks(), CaptureQueriesContext(connection) as logged:
        second = post(api, "m-2", "what a loser, honestly").json()
    assert prepared() == statements  # the same ones, run again
    assert any(q["sql"].startswith("WITH ") for q in logged)
    assert second["flag"]["id"] != first["flag"]["id"]
    assert ModeratedPost.objects.get(pk=second["id"]).text == "what a loser, honestly"
    assert post(api, "m-2", "what a loser, honestly").json() == {**second, "created": False}
