"""Whether a lesson post or reflection is shown is read from its moderation record alone.

An upgrade links every existing post and reflection to its record (through the generic link
the old schema kept) and nothing held becomes visible; and a record that is deleted takes its
words with it from the lesson's copy.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from curriculum.models import DiscussionPost, Reflection
from moderation.models import Flag, ModeratedPost
from moderation.staff import actions as staff_actions
from tests.curriculum.conftest import step_url
from tests.curriculum.test_discussion import post as write_post

HELD = "Honestly some days I want to kill myself."
REMOVED = "you idiot, I hate you so much"
SHOWN = "I asked my mum before sharing."
HELD_REFLECTION = "kys is what they told me"

BEFORE = [
    ("curriculum", "0005_merge_lesson_link_and_choice_lists"),
    ("moderation", "0007_concern_message_post"),
]


@pytest.fixture
def wagtail_tree(transactional_db):
    """The page tree's root and default locale, which an earlier transactional test's flush
    may have removed (migrate made them once)."""
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale, Page

    if Page.get_first_root_node() is None:
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
        Page.add_root(instance=Page(title="Root", slug="root"))


def _write_everything(client, student, link, lead, moderation_settings) -> dict[str, int]:
    moderation_settings.hold_severity = 3
    moderation_settings.save()
    client.force_login(student)
    for text in (HELD, REMOVED, SHOWN):
        write_post(client, link, text)
    client.post(step_url(link, "reflection"), {"text": HELD_REFLECTION, "revision": "0"})
    removed = DiscussionPost.objects.get(text=REMOVED)
    staff_actions.remove_post(Flag.objects.get(post=removed.moderated_post), lead, "Insult")
    records = {row.text: row.moderated_post_id for row in DiscussionPost.objects.all()}
    records[HELD_REFLECTION] = Reflection.objects.get().moderated_post_id
    return records


def _migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


@pytest.mark.django_db(transaction=True)
def test_an_upgrade_links_every_post_to_its_record_and_shows_nothing_held(
    wagtail_tree, client, student, student2, link, keywords, lead, moderation_settings
):
    records = _write_everything(client, student, link, lead, moderation_settings)
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        _migrate(BEFORE)  # the old schema, its columns filled back from the records
        with connection.cursor() as cursor:
            cursor.execute("SELECT text, status FROM curriculum_discussionpost")
            old_status = dict(cursor.fetchall())
        assert old_status == {HELD: "held", REMOVED: "held", SHOWN: "visible"}
    finally:
        _migrate(latest)

    linked = {row.text: row.moderated_post_id for row in DiscussionPost.objects.all()}
    linked[HELD_REFLECTION] = Reflection.objects.get().moderated_post_id
    assert linked == records
    assert ModeratedPost.objects.get(text=REMOVED).status == ModeratedPost.Status.REMOVED
    client.force_login(student2)
    page = client.get(step_url(link, "discussion")).content.decode()
    assert SHOWN in page and HELD not in page and REMOVED not in page


def test_a_deleted_record_takes_the_words_from_the_lessons_copy(
    client, student, student2, link, keywords, lead
):
    client.force_login(student)
    write_post(client, link, HELD)
    ModeratedPost.objects.all().delete()  # e.g. from the Django admin
    client.force_login(student2)
    page = client.get(step_url(link, "discussion")).content.decode()
    assert HELD not in page
    assert DiscussionPost.objects.get().text == "This post was removed."
