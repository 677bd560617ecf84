"""Four web workers and a task worker start together after a deploy: one of them compiles the
keyword libraries (a second of CPU) and the others take its copy from the shared cache. A copy
is used only if it was compiled from the very entries in the database by the very engine this
worker runs: after a deploy that changed the engine, or an entry changed without a version bump,
the library is compiled afresh, never scanned with the old one."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from moderation.engine import fingerprint_entries
from moderation.keywords import store
from moderation.models import KeywordEntry

SHARED = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "lib"},
}


@pytest.fixture
def compiles(keywords, monkeypatch):
    """How many times this 'worker' compiled; the shared cache starts empty."""
    counted = []
    real = store._compile

    def counting(*args):
        counted.append(1)
        return real(*args)

    monkeypatch.setattr(store, "_compile", counting)
    with override_settings(CACHES=SHARED, MODERATION_LIBRARY_CACHE="shared"):
        caches["shared"].clear()
        yield counted
        caches["shared"].clear()


def another_worker_starts():
    store.forget_compiled_library()


def terms(text):
    return [m.entry.term for m in store.current_library().scan(text)]


def test_the_first_worker_compiles_and_the_next_ones_take_its_copy(compiles):
    assert terms("kys") == ["kys"]
    another_worker_starts()
    assert terms("what a loser") == ["loser"]
    another_worker_starts()
    assert terms("kys") == ["kys"]
    assert len(compiles) == 1


def test_a_deploy_that_changed_the_engine_compiles_afresh(compiles, monkeypatch):
    terms("kys")
    another_worker_starts()
    monkeypatch.setattr(store, "engine_identity", lambda: "next-release")
    assert terms("kys") == ["kys"]
    assert len(compiles) == 2


def test_an_entry_changed_without_a_version_bump_is_not_scanned_with_the_old_copy(compiles):
    assert terms("what a loser") == ["loser"]
    KeywordEntry.objects.filter(term="loser").update(excluded=True)  # no bump_version
    another_worker_starts()
    assert terms("what a loser") == []
    assert len(compiles) == 2


def test_a_worker_that_finds_another_compiling_waits_for_its_copy(compiles, monkeypatch):
    terms("kys")
    fingerprint = fingerprint_entries(entry for _, entry in store._read_pairs())
    key = f"moderation:library:{fingerprint[:32]}:{store.engine_identity()}"
    made = caches["shared"].get(key)
    caches["shared"].delete(key)
    caches["shared"].add(f"{key}:compiling", 1)  # the first worker is still at it
    another_worker_starts()
    monkeypatch.setattr(store.time, "sleep", lambda s: caches["shared"].set(key, made))
    assert terms("kys") == ["kys"]
    assert len(compiles) == 1
