"""Production: everything secure by default. SECRET_KEY and ALLOWED_HOSTS must be set."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

if SECRET_KEY.startswith("insecure-"):  # noqa: F405
    raise ImproperlyConfigured("Set SECRET_KEY in the environment for production.")

DEBUG = False
# WhiteNoise serves the collected static files (`manage.py collectstatic`) behind gunicorn.
MIDDLEWARE.insert(  # noqa: F405 - right after SecurityMiddleware, as WhiteNoise asks
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
# Each web worker keeps its database connection for a minute instead of opening one per request
# (PostgreSQL starts a process for every connection: more CPU than a clean post's INSERT).
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", "60")  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", "True")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", "31536000")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", "True")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "https://" + ALLOWED_HOSTS[0])  # noqa: F405
