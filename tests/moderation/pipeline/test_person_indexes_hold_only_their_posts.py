"""A district's chat system sends most of a school's posts: none has an author, a course or a
classmate it answers in our own tables (it names them in its own terms). A lesson discussion's
posts have all three. On PostgreSQL the indexes on those three columns hold only the posts
that have a value, so the chat's posts write none of them; every lookup by them still reads its
index: the posts a student wrote here, the replies flagged against one
classmate (a pattern), and the posts of an account or course being deleted (set to NULL by
Django, then checked by the foreign key)."""

import pytest
from django.conf import settings
from django.db import connection

from moderation.flags.actions import record_post
from moderation.models import ModeratedPost
from moderation.privacy import student_posts

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
        reason="the plans are PostgreSQL's",
    ),
]

TABLE = ModeratedPost._meta.db_table
PEOPLE_AND_COURSE = ("author_id", "course_id", "target_id")


def indexes() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [TABLE])
        return dict(cursor.fetchall())


def plan(sql: str, params: list | None = None) -> str:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params or [])
        return "\n".join(line for (line,) in cursor.fetchall())


@pytest.fixture
def chat_and_lesson_posts(db, student, student2, course):
    """Three hundred chat posts and a handful of lesson posts, the planner told how they lie."""
    ModeratedPost.objects.bulk_create(
        ModeratedPost(
            source=ModeratedPost.Source.API,
            external_source="district-chat",
            external_id=f"c-{n}",
            text="see you at lunch",
        )
        for n in range(300)
    )
    for n in range(4):
        record_post(
            f"reply {n} about the poem",
            source=ModeratedPost.Source.DISCUSSION,
            author=student2,
            course=course,
            target=student,
        )
    with connection.cursor() as cursor:
        cursor.execute(f'ANALYZE "{TABLE}"')
        # Two tables this small are read whole anyway; the question is whether the index
        # could serve the query, as it must once the table is large.
        cursor.execute("SET LOCAL enable_seqscan = off")


def test_a_post_without_an_author_course_or_target_is_in_none_of_their_indexes(db):
    found = indexes()
    on_them = {
        name: definition
        for name, definition in found.items()
        if any(column in definition for column in PEOPLE_AND_COURSE)
    }
    assert sorted(on_them) == [
        "moderated_post_author_idx",
        "moderated_post_course_idx",
        "moderated_post_target_idx",
    ]
    for definition in on_them.values():
        column = definition.split("(", 1)[1].split(",")[0].split(")")[0]
        assert definition.endswith(f"WHERE ({column} IS NOT NULL)"), definition
    # Lookups by author alone are served by (author, created_at): no index of its own.
    assert "(author_id, created_at)" in on_them["moderated_post_author_idx"]


def test_the_posts_a_student_wrote_here_are_found_through_the_author_index(
    chat_and_lesson_posts, student2
):
    own = ModeratedPost.objects.filter(author=student2).order_by("-created_at")
    sql, params = own.query.sql_with_params()
    assert "moderated_post_author_idx" in plan(sql, list(params))
    assert own.count() == 4
    assert set(student_posts(student2)) == set(own)  # their LTI sub sent no chat posts


def test_replies_against_one_classmate_are_found_through_the_target_index(
    chat_and_lesson_posts, student
):
    replies = ModeratedPost.objects.filter(target_id=student.pk)
    sql, params = replies.query.sql_with_params()
    assert "moderated_post_target_idx" in plan(sql, list(params))
    assert replies.count() == 4


@pytest.mark.parametrize(
    ("column", "index"),
    [
        ("author_id", "moderated_post_author_idx"),
        ("course_id", "moderated_post_course_idx"),
        ("target_id", "moderated_post_target_idx"),
    ],
)
def test_deleting_an_account_or_a_course_finds_its_posts_through_the_index(
    chat_and_lesson_posts, column, index
):
    # Django's SET NULL for the deleted row's posts...
    update = f'UPDATE "{TABLE}" SET "{column}" = NULL WHERE "{column}" IN (%s)'
    assert index in plan(update, [1])
    # ... then the foreign key's own check, a plan made once for any value.
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        cursor.execute(
            f'PREPARE still_linked(bigint) AS SELECT 1 FROM ONLY "{TABLE}" x'
            f' WHERE $1 OPERATOR(pg_catalog.=) "{column}" FOR KEY SHARE OF x'
        )
        try:
            assert index in plan("EXECUTE still_linked(1)")
        finally:
            cursor.execute("DEALLOCATE still_linked")


def test_a_deleted_student_leaves_their_replies_unlinked_and_the_chat_untouched(
    chat_and_lesson_posts, student, student2
):
    student2.delete()
    student.delete()
    assert not ModeratedPost.objects.filter(author__isnull=False).exists()
    assert not ModeratedPost.objects.filter(target__isnull=False).exists()
    assert ModeratedPost.objects.filter(source=ModeratedPost.Source.DISCUSSION).count() == 4
    assert ModeratedPost.objects.filter(external_source="district-chat").count() == 300
