"""An anonymous concern from a signed-in student keeps nothing that could identify them.

The student is signed in through the LMS (a session, a user, an LTI identity with a name and
an e-mail address) and sends from a distinctive address and browser. Afterwards every row of
every table is read: no new or changed row points at the student or carries any of those
values, no row anywhere holds the address or the browser, the session was not written, the
cache holds nothing of them, the audit entries say only "anonymous student", and nothing was
logged about them.
"""

from __future__ import annotations

import base64
import logging

from django.apps import apps
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import connection
from django.test import Client

from moderation.models import AuditEntry, Concern, Flag, ModeratedPost

from .conftest import raise_concern_via_form

IP = "203.0.113.77"
USER_AGENT = "QuillBrowser/7.3 (distinctive-device-4471)"
TEXT = "Some kids keep telling Sam to kill yourself in the group chat."


def every_row() -> dict[str, set[tuple]]:
    rows: dict[str, set[tuple]] = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows[table] = {tuple(row) for row in cursor.fetchall()}
    return rows


def user_links() -> dict:
    """Every model (many-to-many tables included) with a foreign key to the user model."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    links: dict = {}
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is user_model:
                links.setdefault(model, []).append(field.attname)
    return links


def readable(value) -> str:
    """A cell as text, with base64 (cache values, session data) decoded as well."""
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    text = str(value)
    try:
        decoded = base64.b64decode(text.split(":")[0] + "==", validate=False)
        text += " " + decoded.decode("latin-1")
    except (ValueError, TypeError):
        pass
    return text


def test_an_anonymous_concern_stores_nothing_identifying(
    db, keyword_library, counsellor, lead, student, caplog, django_capture_on_commit_callbacks
):
    client = Client(REMOTE_ADDR=IP, HTTP_USER_AGENT=USER_AGENT)
    client.force_login(student)
    session_key = client.session.session_key
    session_before = Session.objects.values().get(session_key=session_key)
    identity = student.lti_identity
    personal = [student.get_username(), identity.name, identity.email, identity.sub, session_key]

    before = every_row()
    pks_before = {
        model: set(model._base_manager.values_list("pk", flat=True)) for model in user_links()
    }
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        raise_concern_via_form(client, counsellor, text=TEXT, anonymous="on")
    after = every_row()

    concern = Concern.objects.get()
    assert concern.anonymous is True and concern.reporter is None

    if "DatabaseCache" in settings.CACHES["default"]["BACKEND"]:
        assert settings.CACHES["default"]["LOCATION"] in after  # the cache is read below too

    # 1. Nowhere in the database: not the address, not the browser.
    for table, rows in after.items():
        for row in rows:
            for cell in row:
                text = readable(cell)
                assert IP not in text, f"{table} keeps the IP address: {row}"
                assert "QuillBrowser" not in text, f"{table} keeps the user agent: {row}"

    # 2. In what this request wrote: nothing personal at all.
    written = {table: after[table] - before.get(table, set()) for table in after}
    assert written["moderation_concern"] and written["moderation_moderatedpost"]
    for table, rows in written.items():
        for row in rows:
            for cell in row:
                text = readable(cell)
                for value in personal:
                    assert value not in text, f"{table} keeps {value!r}: {row}"

    # 3. No new row points at the student, through any foreign key or many-to-many.
    for model, fields in user_links().items():
        new_rows = model._base_manager.exclude(pk__in=pks_before[model])
        for field in fields:
            assert not new_rows.filter(**{field: student.pk}).exists(), (
                f"{model.__name__}.{field} points at the student"
            )

    # 4. The session was neither written nor replaced.
    assert Session.objects.values().get(session_key=session_key) == session_before
    assert not written["django_session"]

    # 5. The post, flag and audit entries know no author.
    post = concern.post
    assert (post.author, post.author_ref, post.course, post.course_ref) == (None, "", None, "")
    assert all(f.student is None for f in Flag.objects.filter(post=post))
    entries = AuditEntry.objects.filter(object_type="concern", object_id=str(concern.pk))
    assert entries.exists()
    for entry in entries:
        assert entry.actor is None and entry.actor_label == "anonymous student"
        assert "Sam" not in str(entry.detail) and "kill" not in str(entry.detail)

    # 6. Nothing was logged about the request, and no e-mail carries the words or a name.
    for record in caplog.records:
        message = record.getMessage()
        for value in [IP, USER_AGENT, *personal]:
            assert value not in message
    for email in mail.outbox:
        assert "Sam" not in email.body and identity.name not in email.body
        assert student.get_username() not in email.body
    assert isinstance(ModeratedPost.objects.get(pk=post.pk).text, str)
