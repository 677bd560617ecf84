"""Index a post's author, course and target for the rows that have one.

Most posts come from integrations and have none of the three, yet every insert wrote a NULL
into four indexes for them: author (twice: alone and with created_at), course and target. The
indexes become partial (`WHERE ... IS NOT NULL`), and author's own index goes, since
(author, created_at) serves lookups by author alone. Every query that read them names a value
and still uses them (EXPLAIN on PostgreSQL: a student's posts, a pattern against a target, and
the foreign keys' SET NULL and checks when a user or course is deleted).

The database operations are only the indexes: Django's own AlterField(db_index=False) would
also drop and re-add each foreign key constraint, checking every row of the table again.
The statements are the same on PostgreSQL and SQLite (both take partial indexes).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

TABLE = '"moderation_moderatedpost"'
# Django's names for the foreign keys' own indexes (the same on every database).
OLD_FK_INDEXES = {
    "author_id": "moderation_moderatedpost_author_id_a55d56dc",
    "course_id": "moderation_moderatedpost_course_id_b0bff872",
    "target_id": "moderation_moderatedpost_target_id_048d9454",
}
NEW = [
    ("moderated_post_author_idx", '"author_id", "created_at"', "author_id"),
    ("moderated_post_course_idx", '"course_id"', "course_id"),
    ("moderated_post_target_idx", '"target_id"', "target_id"),
]

FORWARD = [
    'DROP INDEX IF EXISTS "moderated_post_author_idx"',
    *(f'DROP INDEX IF EXISTS "{name}"' for name in OLD_FK_INDEXES.values()),
    *(
        f'CREATE INDEX "{name}" ON {TABLE} ({columns}) WHERE "{column}" IS NOT NULL'
        for name, columns, column in NEW
    ),
]
BACKWARD = [
    *(f'DROP INDEX IF EXISTS "{name}"' for name, _, _ in NEW),
    *(f'CREATE INDEX "{name}" ON {TABLE} ("{column}")' for column, name in OLD_FK_INDEXES.items()),
    f'CREATE INDEX "moderated_post_author_idx" ON {TABLE} ("author_id", "created_at")',
]


def _foreign_key(to: str) -> models.ForeignKey:
    return models.ForeignKey(
        blank=True,
        db_index=False,
        null=True,
        on_delete=django.db.models.deletion.SET_NULL,
        related_name="+",
        to=to,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("lti", "0013_platform_awaiting_client_id"),
        ("moderation", "0023_apikey_verbose_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(FORWARD, reverse_sql=BACKWARD),
            ],
            state_operations=[
                migrations.RemoveIndex(
                    model_name="moderatedpost", name="moderated_post_author_idx"
                ),
                migrations.AlterField(
                    model_name="moderatedpost",
                    name="author",
                    field=_foreign_key(settings.AUTH_USER_MODEL),
                ),
                migrations.AlterField(
                    model_name="moderatedpost", name="course", field=_foreign_key("lti.course")
                ),
                migrations.AlterField(
                    model_name="moderatedpost",
                    name="target",
                    field=_foreign_key(settings.AUTH_USER_MODEL),
                ),
                migrations.AddIndex(
                    model_name="moderatedpost",
                    index=models.Index(
                        condition=models.Q(("author__isnull", False)),
                        fields=["author", "created_at"],
                        name="moderated_post_author_idx",
                    ),
                ),
                migrations.AddIndex(
                    model_name="moderatedpost",
                    index=models.Index(
                        condition=models.Q(("course__isnull", False)),
                        fields=["course"],
                        name="moderated_post_course_idx",
                    ),
                ),
                migrations.AddIndex(
                    model_name="moderatedpost",
                    index=models.Index(
                        condition=models.Q(("target__isnull", False)),
                        fields=["target"],
                        name="moderated_post_target_idx",
                    ),
                ),
            ],
        ),
    ]
