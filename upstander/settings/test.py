"""The test suite: the same settings as production would read, with fast hashing and
tasks run at once so a test sees their effect."""

import os
from urllib.parse import urlsplit


def xdist_worker_number() -> int:
    """0 in a run on one process; n for pytest-xdist's worker gw<n> (`make test` runs two)."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)


def per_worker_redis_url(url: str) -> str:
    """REDIS_URL's database number plus the worker's: every test ends by emptying its Redis
    database (tests/conftest.py), which must not be another worker's in the middle of a test."""
    parts = urlsplit(url)
    db = int(parts.path.strip("/") or 0) + xdist_worker_number()
    if db > 15:
        raise ValueError(f"REDIS_URL {url}: worker database {db} is past Redis's 16 (0 to 15)")
    return parts._replace(path=f"/{db}").geturl()


# Before base reads it: the worker's own database, for the settings and for every test, command
# and subprocess that reads REDIS_URL from the environment. The run's own REDIS_URL is kept
# aside, as the workers inherit it from pytest's first process (which loads these settings too),
# and a subprocess that loads them again lands on its worker's database.
if os.environ.get("REDIS_URL"):
    run_redis_url = os.environ.setdefault("REDIS_URL_OF_THE_TEST_RUN", os.environ["REDIS_URL"])
    os.environ["REDIS_URL"] = per_worker_redis_url(run_redis_url)

from .base import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Each test rolls its rows back: a settings row or library version kept from the last test would
# be stale. Tests of the kept copies (tests/moderation/api/test_queries_per_post.py) set it.
MODERATION_RELOAD_SECONDS = 0
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test LMS (tests/lti/platform.py) serves over http on 127.0.0.1 at a random port.
LTI_OUTBOUND_ALLOWED_HOSTS = ["127.0.0.1"]
