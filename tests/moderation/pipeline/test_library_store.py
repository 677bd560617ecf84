"""Keyword libraries live in the database: seeded, imported, exported and compiled once per
version."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from moderation.engine import LibraryError, parse_entries
from moderation.keywords import store as library_store
from moderation.keywords.starter import starter_entries
from moderation.keywords.store import (
    bump_version,
    current_library,
    export_library,
    import_library,
    seed_starter_libraries,
)
from moderation.models import KeywordEntry, KeywordEntryHistory, KeywordLibrary

from .conftest import KEYWORDS_CSV


def terms(text: str) -> list[str]:
    return [m.entry.term for m in current_library().scan(text)]


def test_seeding_creates_every_starter_entry_with_an_imported_history_row(db):
    reports = seed_starter_libraries()
    count = len(starter_entries())
    assert KeywordEntry.objects.count() == count
    assert sum(r.added for r in reports) == count
    assert KeywordEntryHistory.objects.filter(action="imported").count() == count
    assert "kill myself" in terms("sometimes I want to kill myself")


def test_seeding_again_duplicates_nothing_and_writes_no_history(db):
    seed_starter_libraries()
    versions = dict(KeywordLibrary.objects.values_list("name", "version"))
    history = KeywordEntryHistory.objects.count()
    reports = seed_starter_libraries()
    assert KeywordEntry.objects.count() == len(starter_entries())
    assert KeywordEntryHistory.objects.count() == history
    assert all(r.added == r.changed == 0 for r in reports)
    assert dict(KeywordLibrary.objects.values_list("name", "version")) == versions


def test_seeding_keeps_what_staff_changed_and_what_they_excluded(db):
    seed_starter_libraries()
    entry = KeywordEntry.objects.filter(library__name="bullying", term="kys").get()
    entry.severity = 3
    entry.excluded = True
    entry.save()
    report = {r.library: r for r in seed_starter_libraries()}["bullying"]
    entry.refresh_from_db()
    assert (entry.severity, entry.excluded) == (3, True)
    assert report.kept_local == 1


def test_import_adds_and_updates_with_history_and_bumps_the_version(db, admin_user):
    first = import_library("school", KEYWORDS_CSV, admin_user, "our list")
    assert first.added == 8
    library = KeywordLibrary.objects.get(name="school")
    changed_csv = KEYWORDS_CSV.replace("loser,bullying,2", "loser,bullying,3")
    report = import_library("school", changed_csv, admin_user, "loser is worse")
    assert (report.added, report.changed, report.unchanged) == (0, 1, 7)
    row = KeywordEntryHistory.objects.filter(term="loser").first()
    assert row.before["severity"] == 2 and row.after["severity"] == 3
    assert row.actor == admin_user and row.reason == "loser is worse"
    assert KeywordLibrary.objects.get(pk=library.pk).version == library.version + 1


def test_an_import_with_a_bad_line_writes_nothing_and_names_the_line(db):
    bad = KEYWORDS_CSV + "oops,not_a_category,2,word,x,\nfine,bullying,9,word,x,\n"
    with pytest.raises(LibraryError) as error:
        import_library("school", bad, None, "reason")
    text = str(error.value)
    assert "school:10: unknown category 'not_a_category'" in text
    assert "school:11: entry 'fine': severity must be 1, 2, 3 or 4" in text
    assert not KeywordLibrary.objects.filter(name="school").exists()
    assert not KeywordEntry.objects.exists()


def test_an_import_rejects_repeated_terms_and_exceptions_without_the_term(db):
    bad = KEYWORDS_CSV + "loser,bullying,2,word,again,\nkill,violence,3,word,x,time to go\n"
    with pytest.raises(LibraryError) as error:
        import_library("school", bad, None, "reason")
    assert "repeats line 5" in str(error.value)
    assert "does not contain the term" in str(error.value)


def test_an_import_needs_a_reason(db):
    with pytest.raises(LibraryError):
        import_library("school", KEYWORDS_CSV, None, "  ")


def test_export_is_the_library_format_and_round_trips(db):
    import_library("school", KEYWORDS_CSV, None, "seed")
    KeywordEntry.objects.filter(term="damn").update(excluded=True)
    exported = export_library("school")
    assert exported.startswith("# ")
    entries = parse_entries(exported)
    assert {e.term for e in entries} == {e.term for e in parse_entries(KEYWORDS_CSV)} - {"damn"}
    assert import_library("copy", exported, None, "copy").added == 7


def test_the_compiled_library_costs_one_query_per_scan_once_compiled(keywords):
    current_library()
    with CaptureQueriesContext(connection) as queries:
        library = current_library()
        assert current_library() is library
    assert len(queries) == 2


def test_any_entry_change_with_a_version_bump_is_scanned_at_once(keywords):
    assert terms("what a loser") == ["loser"]
    library = KeywordLibrary.objects.get(name="test_keywords")
    KeywordEntry.objects.filter(term="loser").update(excluded=True)
    bump_version(library)
    assert terms("what a loser") == []
    KeywordLibrary.objects.filter(pk=library.pk).update(active=False)
    assert terms("kys") == []


def test_the_compiled_library_is_shared_through_the_cache_when_configured(keywords, monkeypatch):
    caches_config = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with override_settings(CACHES=caches_config, MODERATION_LIBRARY_CACHE="shared"):
        caches["shared"].clear()
        current_library()  # compiles and shares
        library_store.forget_compiled_library()  # as if another process

        def no_compiling(*args):
            raise AssertionError("compiled again")

        monkeypatch.setattr(library_store, "_compile", no_compiling)
        assert [m.entry.term for m in current_library().scan("kys")] == ["kys"]
        entry_pk = library_store.active_library().entry_pk(current_library().entries[0])
        assert KeywordEntry.objects.filter(pk=entry_pk).exists()


def test_a_worker_rereads_library_versions_at_most_every_reload_interval(
    keywords, settings, monkeypatch
):
    from moderation.flags import hot_path

    settings.MODERATION_RELOAD_SECONDS = 5
    now = [1000.0]
    monkeypatch.setattr(hot_path, "clock", lambda: now[0])
    assert terms("kys") == ["kys"]
    library = KeywordLibrary.objects.get(name="test_keywords")
    # Switched off by another worker (no signal reaches this one): seen within 5 seconds.
    KeywordLibrary.objects.filter(pk=library.pk).update(active=False)
    with CaptureQueriesContext(connection) as queries:
        assert terms("kys") == ["kys"]
    assert len(queries) == 0
    now[0] += 5
    assert terms("kys") == []
    # Switched back on in this worker (the admin's save): at once.
    library.active = True
    library.save()
    assert terms("kys") == ["kys"]
