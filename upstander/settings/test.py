"""The test suite: the same settings as production would read, with fast hashing and
tasks run at once so a test sees their effect."""

from .base import *  # noqa: F403

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
