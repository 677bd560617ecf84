import pytest


@pytest.fixture(scope="session")
def loaded_curriculum(django_db_setup, django_db_blocker):
    """The real curriculum from lessons_content/, loaded once for the whole session.

    Tests that use `db` see it and roll their own changes back; transactional tests (the
    browser journeys) flush the database, so they load it again themselves.
    """
    from curriculum.importer import load_curriculum

    with django_db_blocker.unblock():
        return load_curriculum()


@pytest.fixture
def curriculum(loaded_curriculum, db):
    return loaded_curriculum


@pytest.fixture(autouse=True)
def _forget_shared_cache():
    """Redis outlives each test's rolled-back transaction; the database cache does not."""
    yield
    from django.conf import settings

    if "redis" in settings.CACHES["default"]["BACKEND"].lower():
        from django.core.cache import cache

        cache.clear()
