"""Erasure takes a student's words out of the keyword library too (an exception staff accepted
from their false positive), and their name out of every cached copy (course rosters)."""

from django.core.cache import cache

from lti.roster import _cache_key
from moderation.keywords.store import export_library, import_library
from moderation.models import FlagMatch, KeywordEntry, KeywordEntryHistory
from moderation.privacy import erase_student_data
from moderation.staff.actions import add_exception, mark_false_positive
from tests.curriculum.test_discussion import post as write_post
from tests.moderation.pipeline.test_student_data import all_stored_text
from tests.services import everything_cached

THEIR_WORDS = "We drove over the Hoover damn bridge with Grandma Okafor"
PHRASE = "damn bridge"


def accept_their_false_positive(lead, student) -> KeywordEntry:
    """What a lead does on the case page: the match is innocent; its phrase becomes an exception."""
    match = FlagMatch.objects.get(term="damn", flag__post__author=student)
    proposed = mark_false_positive(match, lead, "A place name.")
    assert proposed == PHRASE
    return add_exception(match.entry, proposed, lead, "A place name, not swearing.")


def cached_text() -> str:
    return everything_cached()


def test_an_exception_made_from_their_words_is_removed_with_them(
    client, student, link, keywords, lead
):
    client.force_login(student)
    write_post(client, link, THEIR_WORDS)
    entry = accept_their_false_positive(lead, student)
    assert PHRASE in entry.exceptions
    assert PHRASE in all_stored_text()  # the entry and its history both hold it

    counts = erase_student_data(student, lead)

    assert counts["keyword_exceptions"] == 1
    assert PHRASE not in all_stored_text()
    entry.refresh_from_db()
    assert PHRASE not in entry.exception_list
    last = KeywordEntryHistory.objects.filter(entry=entry).first()
    assert "erased" in last.reason and last.actor == lead


def test_a_phrase_other_students_also_wrote_stays_in_the_library(
    client, student, student2, link, keywords, lead
):
    client.force_login(student)
    write_post(client, link, THEIR_WORDS)
    client.force_login(student2)
    write_post(client, link, "My cousin lives by Hoover damn bridge too")
    entry = accept_their_false_positive(lead, student)
    classmates = FlagMatch.objects.get(term="damn", flag__post__author=student2)
    mark_false_positive(classmates, lead, "The same place.")

    counts = erase_student_data(student, lead)

    assert counts["keyword_exceptions"] == 0
    entry.refresh_from_db()
    assert PHRASE in entry.exception_list


def test_their_name_leaves_the_cached_course_roster(client, student, course, keywords, lead):
    # A teacher's dashboard read the roster from the LMS a minute ago: it is cached briefly.
    cache.set(_cache_key(course), [("sub-sam", "Sam Student", "student")], 300)
    assert "Sam Student" in cached_text()

    erase_student_data(student, lead)

    assert cache.get(_cache_key(course)) is None
    assert "Sam Student" not in cached_text()
    assert "Sam Student" not in all_stored_text()


def test_their_words_leave_the_history_of_a_later_library_import_too(
    client, student, link, keywords, lead
):
    """A lead re-imports the library after accepting the exception: the import's history row
    records the entry as it was, their phrase included, and erasure must reach that copy too."""
    client.force_login(student)
    write_post(client, link, THEIR_WORDS)
    entry = accept_their_false_positive(lead, student)
    changed_file = export_library(entry.library.name).replace(
        entry.definition, entry.definition + " Reviewed this term."
    )
    import_library(entry.library.name, changed_file, lead, "Definitions reviewed.")
    imported = KeywordEntryHistory.objects.filter(entry=entry, action="imported").first()
    assert PHRASE in str(imported.before)

    erase_student_data(student, lead)

    assert PHRASE not in all_stored_text()
