import os
import sys

import pytest

# Compiled modules are kept (in git-ignored __pycache__ folders) even where the environment sets
# PYTHONDONTWRITEBYTECODE: without them every xdist worker, and every `manage.py` a test starts,
# compiles the project and rewrites the asserts of all 500 test modules again, each run
# (collecting the suite: 30 s of CPU a worker without them, 10 s with them, on this machine).
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """On PostgreSQL, commits return without waiting for the write-ahead log to reach the disk
    (synchronous_commit off, for the test database's connections only): what a commit makes
    visible and its order are unchanged; only a crash of the server could lose the last
    moments, and the test database is thrown away. Migrations, flushes and every request of
    the live server commit, each having waited some 5 ms for the disk."""
    from django.db import connections

    for connection in connections.all():
        if connection.vendor == "postgresql":
            options = connection.settings_dict.setdefault("OPTIONS", {})
            options["options"] = f"{options.get('options', '')} -c synchronous_commit=off".strip()


@pytest.fixture(scope="session", autouse=True)
def _postgresql_flushes_empty_only_the_tables_with_rows():
    """A transactional test ends with the test database flushed. On PostgreSQL, Django's flush
    is one TRUNCATE of every table (some 250, each with its indexes given new files): 2 to 4 s
    a test on this machine, with a hundred such tests. Here the flush empties only the tables
    that have rows, with DELETE, foreign keys checked at the commit: the same empty database,
    its sequences as Django's test flush leaves them (not reset). A flush that resets
    sequences (`manage.py flush`) is Django's own."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    django_sql_flush = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if not tables or reset_sequences:
            return django_sql_flush(
                self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        names = ", ".join("'" + table.replace("'", "''") + "'" for table in tables)
        # Locked first, as TRUNCATE locks them: a live server's request still finishing after
        # a browser test (an audit row written for its user) waits for the flush instead of
        # adding a row to a table already found empty, whose user the flush then deletes.
        locked = ", ".join(self.quote_name(table) for table in tables)
        return [
            "SET CONSTRAINTS ALL DEFERRED",
            f"LOCK TABLE {locked} IN EXCLUSIVE MODE",
            "DO $$ DECLARE t text; filled boolean; BEGIN "
            f"FOREACH t IN ARRAY ARRAY[{names}]::text[] LOOP "
            "EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t) INTO filled; "
            "IF filled THEN EXECUTE format('DELETE FROM %I', t); END IF; "
            "END LOOP; END $$",
        ]

    DatabaseOperations.sql_flush = sql_flush
    yield
    DatabaseOperations.sql_flush = django_sql_flush


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, migrated, and a copy of what `migrate` made (tests/snapshot.py):
    every load of the curriculum or the demo starts from it."""
    from tests.snapshot import keep_migrated

    with django_db_blocker.unblock():
        keep_migrated()


@pytest.fixture(scope="session")
def loaded_curriculum(django_db_setup, django_db_blocker):
    """The real curriculum from lessons_content/, loaded once for the whole session.

    Tests that use `db` see it and roll their own changes back. Transactional tests (the
    browser journeys) flush the database; they put back the copy kept of this same load
    (tests/snapshot.py) rather than loading it again.
    """
    from tests.snapshot import curriculum_loaded

    with django_db_blocker.unblock():
        return curriculum_loaded()


@pytest.fixture
def curriculum(loaded_curriculum, db):
    return loaded_curriculum


@pytest.fixture(autouse=True)
def _forget_shared_cache(request, django_db_blocker):
    """Redis outlives each test's rolled-back transaction. So do the database cache tables
    after a transactional test: its flush empties the models' tables, not the caches'."""
    yield
    from django.conf import settings
    from django.core.cache import caches

    if "redis" in settings.CACHES["default"]["BACKEND"].lower():
        caches["default"].clear()  # one Redis database holds every alias
    elif "transactional_db" in request.fixturenames or "live_server" in request.fixturenames:
        with django_db_blocker.unblock():  # the test's own database access has ended by now
            for alias in settings.CACHES:
                caches[alias].clear()


@pytest.fixture(autouse=True)
def _no_kept_public_pages():
    """Each test starts without rendered pages kept by an earlier one (upstander/page_cache.py):
    their generation token, written when the session's curriculum loaded, outlives each test."""
    from upstander.page_cache import store

    store.clear()


@pytest.fixture(autouse=True)
def _signed_in_test_clients_have_both_session_cookies(monkeypatch):
    """`client.force_login(user)` stands for a person signed in on both sides: at the admin
    (Django's `sessionid`) and through an LTI launch (the iframe's own session cookie, see
    lti/middleware.py). Tests of the cookies themselves build their clients by hand."""
    from django.conf import settings
    from django.test.client import ClientMixin

    django_login = ClientMixin._login

    def login_on_both_sides(self, user, backend=None):
        django_login(self, user, backend)
        session = self.cookies[settings.SESSION_COOKIE_NAME]
        self.cookies[settings.LTI_SESSION_COOKIE_NAME] = session.value
        self.cookies[settings.LTI_SESSION_COOKIE_NAME].update(
            {k: v for k, v in session.items() if v}
        )

    monkeypatch.setattr(ClientMixin, "_login", login_on_both_sides)


_RSA_KEYS: list[tuple[str, str]] = []  # (private PEM, its kid), each made once a session


@pytest.fixture(autouse=True)
def _tool_keys_made_once_per_session(monkeypatch):
    """Every LMS platform gets a key set of its own with a new RSA key (lti.keys), a quarter of
    a second each on a loaded machine. Within a test every key is still a different one (a
    kid is unique); across tests, whose databases are rolled back or flushed, the same few
    are handed out again, but never one the database already holds."""
    import lti.keys

    make = lti.keys._new_rsa_pem
    handed_out = iter(range(1_000_000))

    def from_the_session(bits: int = 2048) -> str:
        # A database restored from a kept copy (tests/snapshot.py: the demo's) already holds
        # keys handed out in an earlier test: skip those, or the new key's kid is taken.
        from lti.models import ToolKey

        taken = set(ToolKey.objects.values_list("kid", flat=True))
        while True:
            index = next(handed_out)
            while len(_RSA_KEYS) <= index:
                pem = make(bits)
                # Its kid is worked out once too: reading a private PEM checks the whole key.
                _RSA_KEYS.append((pem, lti.keys.public_jwk_for(pem)["kid"]))
            pem, kid = _RSA_KEYS[index]
            if kid not in taken:
                return pem

    monkeypatch.setattr(lti.keys, "_new_rsa_pem", from_the_session)
