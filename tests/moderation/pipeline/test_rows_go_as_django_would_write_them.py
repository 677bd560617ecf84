"""A district's chat system sends posts all day. Each post's row (and a flagged post's flag,
matches, audit entries and notices) is written with exactly the values Django's own
`bulk_create` would write, though most of them skip its preparation (a text column's string,
a column's None); a web worker that keeps its database connection writes through one cursor
kept for it, and a connection closed in between (its age up, the database restarted) never
leaves a post unwritten."""

import pytest
from django.db import connection

from moderation.flags.actions import record_post
from moderation.flags.inserts import concrete_fields, row_values
from moderation.models import AuditEntry, Flag, FlagMatch, ModeratedPost, StaffNotification


def as_django_writes(row):
    return [
        field.get_db_prep_save(field.pre_save(row, True), connection)
        for field in concrete_fields(type(row))
    ]


def same_values(row):
    ours, django = row_values(row, concrete_fields(type(row)), connection), as_django_writes(row)
    for field, mine, theirs in zip(concrete_fields(type(row)), ours, django, strict=True):
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            # The moment of writing: never the same twice.
            assert type(mine) is type(theirs), field.attname
        else:
            assert (type(mine), repr(mine)) == (type(theirs), repr(theirs)), field.attname


@pytest.mark.django_db(transaction=True)
def test_every_row_a_flagged_post_writes_holds_the_values_django_would_write(keywords, lead):
    recorded = record_post("you loser, I hate you", source="api", external_source="chat")
    rows = [
        ModeratedPost.objects.get(pk=recorded.post.pk),
        Flag.objects.get(pk=recorded.flag.pk),
        *FlagMatch.objects.filter(flag=recorded.flag),
        *AuditEntry.objects.filter(object_id=str(recorded.flag.pk)),
        *StaffNotification.objects.filter(flag=recorded.flag),
    ]
    assert {type(row) for row in rows} == {
        ModeratedPost,
        Flag,
        FlagMatch,
        AuditEntry,
        StaffNotification,
    }
    for row in rows:
        row.pk, row._state.adding = None, True
        same_values(row)


@pytest.mark.django_db(transaction=True)
def test_a_post_after_its_workers_connection_was_closed_is_written_on_the_new_one(keywords):
    first = record_post("see you at lunch", source="api", external_source="chat", external_id="1")
    connection.close()  # CONN_MAX_AGE reached, or the database restarted, between two posts
    second = record_post("who has the ball", source="api", external_source="chat", external_id="2")
    flagged = record_post("what a loser", source="api", external_source="chat", external_id="3")

    stored = ModeratedPost.objects.order_by("pk").values_list("external_id", "text")
    assert list(stored) == [
        ("1", "see you at lunch"),
        ("2", "who has the ball"),
        ("3", "what a loser"),
    ]
    assert second.post.pk > first.post.pk and flagged.flag is not None
    assert Flag.objects.get(pk=flagged.flag.pk).post_id == flagged.post.pk
