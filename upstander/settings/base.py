"""Settings shared by every environment. Values come from the environment with
safe defaults, so `make demo` needs no configuration at all."""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "upstander"

SECRET_KEY = env_str("SECRET_KEY", "insecure-demo-key-only-for-make-demo-never-production")
# Earlier keys, still accepted for signatures (and for opening sealed LTI keys) after rotation.
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")
DEBUG = env_bool("DEBUG", "False")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "curriculum",
    "lti",
    "moderation",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django_rq",
    "django_tasks_rq",
    "upstander.admin_site.SuperuserAdminConfig",  # django.contrib.admin, for superusers only
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Overload: a fast 503 + Retry-After on the API, not a time-out (upstander/load_shedding).
    "upstander.load_shedding.LoadSheddingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A NUL or control character in a URL: a clear 400 before any query (upstander/request_guard).
    "upstander.request_guard.RefuseControlCharactersMiddleware",
    # The REST API goes from here straight to its view: what follows is for pages and people
    # (upstander/api_lane.py says what each does not do for the API).
    "upstander.api_lane.ApiLaneMiddleware",
    # A body far larger than any form here: 413 before it is read (upstander/body_limit.py).
    "upstander.body_limit.BodyLimitMiddleware",
    # Content-Security-Policy on every response: site, LTI and admin policies (upstander/csp.py).
    "upstander.csp.ContentSecurityPolicyMiddleware",
    # Rendered public pages for visitors not signed in (upstander/page_cache.py): inside the
    # CSP middleware, so each page served from it gets a fresh nonce.
    "upstander.page_cache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Load shedding (upstander/load_shedding.py): requests under these paths get a fast 503 when
# this worker already has WEB_MAX_IN_FLIGHT in flight (0: no limit), or when the proxy's
# X-Request-Start says they waited more than WEB_MAX_QUEUE_MS for a worker (0: never).
LOAD_SHED_PATHS = env_list("LOAD_SHED_PATHS", "/api/")
WEB_MAX_IN_FLIGHT = env_int("WEB_MAX_IN_FLIGHT", "16")
WEB_MAX_QUEUE_MS = env_int("WEB_MAX_QUEUE_MS", "2000")
# Paths whose views skip the page middleware (upstander/api_lane.py); empty: none do.
API_LANE_PATHS = env_list("API_LANE_PATHS", "/api/")

# Public pages kept, rendered, for visitors not signed in (upstander/page_cache.py): at most
# this many seconds (publishing anything replaces them all at once; 0: no cache), and at most
# this many bytes of pages in each web worker's memory.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", "300")
PAGE_CACHE_MAX_BYTES = env_int("PAGE_CACHE_MAX_BYTES", str(16 * 1024 * 1024))

ROOT_URLCONF = "upstander.urls"
WSGI_APPLICATION = "upstander.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", "0"),
    )
}
# `make demo` runs the web server and the task worker on one SQLite file. WAL lets readers go
# on while one connection writes; IMMEDIATE transactions take the write lock when they begin,
# so two writers queue (up to `timeout` seconds) instead of one failing with "database is
# locked" when both try to upgrade a read lock.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every worker: compiled keyword libraries, key sets, tokens, pickers.
# `lti_state` holds what must never be evicted before it expires (used nonces, login and launch
# state, one-time tokens): Redis with TTLs (keep its maxmemory-policy `noeviction`), or a table
# of its own whose expired rows are swept and live rows never culled (lti/state_cache.py).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "upstander.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "upstander",
        },
        "lti_state": {
            "BACKEND": "upstander.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "upstander-lti-state",
        },
        "limits": {
            "BACKEND": "upstander.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "upstander-limits",
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "upstander_cache",
        },
        "lti_state": {
            "BACKEND": "lti.state_cache.DurableDatabaseCache",
            "LOCATION": "upstander_lti_state",
            # Past this many rows, writes sweep expired ones; live ones are never culled.
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
        # Abuse-limit slots (moderation/concerns/actions.py): never culled either, or a flood from
        # many clients would free the slots of the school-wide limit.
        "limits": {
            "BACKEND": "lti.state_cache.DurableDatabaseCache",
            "LOCATION": "upstander_limits",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
    }

# Work that may wait runs as Django Tasks: the database backend by default, RQ on Redis at scale.
# With Redis, the queue goes through the default cache's client (upstander/redis_cache.py): one
# connection pool per process, where a queue of its own made a client, a pool and a new
# connection for every task sent (a third of a flagged post's CPU).
RQ_QUEUES = {
    "default": {"USE_REDIS_CACHE": "default"} if REDIS_URL else {"URL": "redis://127.0.0.1:6379/0"}
}
# The queue dashboard is mounted at /django-admin/rq/ for superusers only (upstander/urls.py).
RQ_SHOW_ADMIN_LINK = False
if REDIS_URL:
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
# Our catalogue of the site chrome in Spanish (locale/es/LC_MESSAGES/django.po; `make messages`).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# E-mail: the console in the demo; SMTP when EMAIL_HOST is set.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env_int("EMAIL_PORT", "587")
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", "True" if EMAIL_HOST else "False")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Upstander <upstander@localhost>")
# A relay that stalls fails the attempt after this many seconds (the outbox retries it).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT_SECONDS", "10")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGIN_URL = "/admin/login/"

# --- Staff sign-in: throttled password guessing (django-axes) ---------------------------------
# After ADMIN_LOGIN_FAILURE_LIMIT wrong passwords for one username from one client, that pair is
# refused (even with the right password) for ADMIN_LOGIN_COOLOFF_MINUTES; each further try in
# that time starts the wait again. Per username and client, so nobody can lock a lead out from
# elsewhere. The client address is read through TRUSTED_PROXY_COUNT (upstander.client_address).
INSTALLED_APPS.append("axes")
AUTHENTICATION_BACKENDS = [
    "upstander.login_throttle.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = env_int("ADMIN_LOGIN_COOLOFF_MINUTES", "15") / 60  # hours, as axes reads it
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# An IPv6 client is its /64: otherwise each of its addresses would guess 5 times afresh.
AXES_CLIENT_IP_CALLABLE = "upstander.client_address.client_network"
AXES_LOCKOUT_CALLABLE = "upstander.login_throttle.locked_out"
AXES_RESET_ON_SUCCESS = True
# Failed tries are kept (to count them); successful sign-ins are not logged with an address.
AXES_DISABLE_ACCESS_LOG = True

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The largest request body read at all (upstander/body_limit.py): pages and the LTI endpoints
# (no form of theirs takes a file; a launch's id_token is at most 64 KB), and the staff admin,
# where documents and images are uploaded.
MAX_REQUEST_BODY_BYTES = env_int("MAX_REQUEST_BODY_BYTES", str(3 * 1024 * 1024))
ADMIN_MAX_REQUEST_BODY_BYTES = env_int("ADMIN_MAX_REQUEST_BODY_BYTES", str(100 * 1024 * 1024))

WAGTAIL_SITE_NAME = "Upstander"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Staff avatars are not fetched from a third party (the admin's CSP allows our own images only).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Content-Security-Policy of every page but the admin (upstander/csp.py): our own scripts and
# styles, inline scripts only with the request's nonce, and not frameable. The LTI pages add the
# registered platforms to frame-ancestors and form-action; the admin has a policy of its own.
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Per integration and scope (moderation.api.throttle), counted in the `limits` cache; read
    # at each request. Writes: a whole school's systems, 300 posts/s on average, in bursts.
    "DEFAULT_THROTTLE_RATES": {
        "moderation_read": env_str("MODERATION_API_READ_RATE", "600/min"),
        "moderation_write": env_str("MODERATION_API_WRITE_RATE", "3000/10s"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Upstander API",
    "DESCRIPTION": (
        "Send student posts from other systems for safeguarding scanning, and read flags for "
        "the school's own reporting. Authenticate with `Authorization: Api-Key <key>`."
    ),
    "VERSION": "1.0.0",
    # The schema check would walk Wagtail's own admin API too; our API's schema has its own test.
    "ENABLE_DJANGO_DEPLOY_CHECK": False,
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["moderation.api.views.only_public_api"],
    "ENUM_NAME_OVERRIDES": {
        "FlagStatusEnum": "moderation.models.Flag.Status",
        "PostStatusEnum": "moderation.models.ModeratedPost.Status",
    },
}
# The REST API refuses bodies larger than this with 413, before parsing them.
MODERATION_API_MAX_BODY_BYTES = env_int("MODERATION_API_MAX_BODY_BYTES", str(64 * 1024))
# Proxies in front of the app that append to X-Forwarded-For; rate limits read the client's
# address through exactly this many (upstander.client_address). 0: REMOTE_ADDR, header ignored.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", "0")
# Concerns and answers through a claim code: this many per client (and per code) in the
# window, and at most CONCERN_MAX_PER_MINUTE from the whole school in any minute.
CONCERN_MAX_PER_CLIENT = env_int("CONCERN_MAX_PER_CLIENT", "5")
CONCERN_RATE_WINDOW_SECONDS = env_int("CONCERN_RATE_WINDOW_SECONDS", "600")
CONCERN_MAX_PER_MINUTE = env_int("CONCERN_MAX_PER_MINUTE", "30")
# Wrong claim codes for concerns: this many per client in the window (never a global limit).
CONCERN_CLAIM_MAX_FAILURES = env_int("CONCERN_CLAIM_MAX_FAILURES", "10")
CONCERN_CLAIM_WINDOW_SECONDS = env_int("CONCERN_CLAIM_WINDOW_SECONDS", "900")
# Salt for claim-code hashes; empty derives one from SECRET_KEY (rotating it voids old codes).
CONCERN_CLAIM_CODE_SALT = env_str("CONCERN_CLAIM_CODE_SALT")
# Quiz tries before the quiz closes with its review (every right answer, with its feedback);
# a lesson's own limit wins when it is lower. 0: unlimited tries and no review.
QUIZ_TRIES_BEFORE_REVIEW = env_int("QUIZ_TRIES_BEFORE_REVIEW", "3")
if QUIZ_TRIES_BEFORE_REVIEW < 0:
    raise ImproperlyConfigured("QUIZ_TRIES_BEFORE_REVIEW must be 0 (unlimited) or more")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "wagtail": {"level": "WARNING"},
        # Every task's start and end drowns the demo's console; failures still log.
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
        # A line per sign-in (and one at every start) would drown the demo console.
        "axes": {"level": "WARNING"},
    },
}

# --- LTI 1.3 tool (lti/) -----------------------------------------------------------------------
# The pages shown in the LMS iframe (/lti/, /learn/, /courses/, /concern/) keep their session,
# CSRF and messages cookies under names of their own, SameSite=None; Secure; Partitioned on
# secure requests; the staff admin and every other page keep Django's SameSite=Lax cookies, so
# an iframe session never opens the admin and a staff session never rides on a cross-site
# request (placed outside SessionMiddleware so it renames what that reads and writes).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware"),
    "lti.middleware.CrossSiteCookieMiddleware",
)
LTI_TOOL_TITLE = env_str("LTI_TOOL_TITLE", "Upstander")
# Calls to a platform: seconds to connect, and to read the whole answer; its size cap in bytes.
LTI_HTTP_CONNECT_TIMEOUT_SECONDS = env_int("LTI_HTTP_CONNECT_TIMEOUT_SECONDS", "3")
LTI_HTTP_TIMEOUT_SECONDS = env_int("LTI_HTTP_TIMEOUT_SECONDS", "10")
LTI_HTTP_MAX_RESPONSE_BYTES = env_int("LTI_HTTP_MAX_RESPONSE_BYTES", "2000000")
# All of a launch's calls to its platform (the key set, a refetch for a new kid) end within this
# many seconds; all of a roster's, a score's or a registration's within the second.
LTI_LAUNCH_DEADLINE_SECONDS = env_int("LTI_LAUNCH_DEADLINE_SECONDS", "4")
LTI_SERVICE_DEADLINE_SECONDS = env_int("LTI_SERVICE_DEADLINE_SECONDS", "8")
LTI_CLOCK_SKEW_SECONDS = env_int("LTI_CLOCK_SKEW_SECONDS", "60")
# The most a platform's key set is trusted before it is fetched again (its Cache-Control max-age
# counts when shorter): a key the platform withdrew stops working within this time.
LTI_JWKS_CACHE_SECONDS = env_int("LTI_JWKS_CACHE_SECONDS", "300")
LTI_JWKS_REFETCH_MIN_SECONDS = env_int("LTI_JWKS_REFETCH_MIN_SECONDS", "10")
LTI_TOKEN_EXPIRY_MARGIN_SECONDS = env_int("LTI_TOKEN_EXPIRY_MARGIN_SECONDS", "30")
LTI_KEY_PUBLISH_AHEAD_SECONDS = env_int("LTI_KEY_PUBLISH_AHEAD_SECONDS", "86400")
LTI_KEY_RETIRE_AFTER_SECONDS = env_int("LTI_KEY_RETIRE_AFTER_SECONDS", "86400")
LTI_SCORE_RETRY_BASE_SECONDS = env_int("LTI_SCORE_RETRY_BASE_SECONDS", "60")
LTI_SCORE_RETRY_MAX_SECONDS = env_int("LTI_SCORE_RETRY_MAX_SECONDS", "21600")
LTI_SCORE_MAX_ATTEMPTS = env_int("LTI_SCORE_MAX_ATTEMPTS", "20")
LTI_ROSTER_CACHE_SECONDS = env_int("LTI_ROSTER_CACHE_SECONDS", "300")
LTI_DEFAULT_SCORE_MAXIMUM = env_int("LTI_DEFAULT_SCORE_MAXIMUM", "100")
# Who may frame the LTI pages besides the active platforms' own origins (always allowed).
LTI_FRAME_ANCESTORS = env_str("LTI_FRAME_ANCESTORS", "'self'")
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A form refused by the CSRF check says so in the reader's language, without "CSRF".
CSRF_FAILURE_VIEW = "upstander.errors.csrf_failure"
LTI_SESSION_COOKIE_NAME = "lti_sessionid"
LTI_CSRF_COOKIE_NAME = "lti_csrftoken"
LTI_MESSAGES_COOKIE_NAME = "lti_messages"
# Django's language cookie on those pages: set by a launch from the platform's locale.
LTI_LANGUAGE_COOKIE_NAME = "lti_language"
# A Dynamic Registration link works once and expires after this many hours.
LTI_REGISTRATION_LINK_HOURS = env_int("LTI_REGISTRATION_LINK_HOURS", "24")
# Fetching what a platform names (JWKS, token, AGS, NRPS, registration): "host" or "host:port"
# entries that may be http and at a private or loopback address. Empty in production; under
# DEBUG the demo LMS, which `make demo` serves from this very site.
LTI_OUTBOUND_ALLOWED_HOSTS = env_list(
    "LTI_OUTBOUND_ALLOWED_HOSTS", urlsplit(WAGTAILADMIN_BASE_URL).netloc if DEBUG else ""
)
# Fernet keys sealing the tool's private keys in the database: the first seals, all open.
# Empty: derived from SECRET_KEY (and SECRET_KEY_FALLBACKS). See lti/key_vault.py.
LTI_KEY_ENCRYPTION_KEYS = env_list("LTI_KEY_ENCRYPTION_KEYS")
DEMO_LOADERS = ["lti.demo.load_demo_platform"]

# --- Moderation (moderation/) ------------------------------------------------------------------
# Notification channels, by dotted path: one module per channel in moderation/flags/channels/.
MODERATION_CHANNELS = {
    "email": "moderation.flags.channels.email.EmailChannel",
    "admin": "moderation.flags.channels.admin.AdminChannel",
}
# The staff-notice outbox (moderation/flags/notifications.py): a failed send is retried after the
# base seconds, doubling up to the maximum, this many times; a worker holds a notice it is sending
# for the lease seconds (longer than EMAIL_TIMEOUT), after which the sweep may send it again.
MODERATION_NOTICE_RETRY_BASE_SECONDS = env_int("MODERATION_NOTICE_RETRY_BASE_SECONDS", "30")
MODERATION_NOTICE_RETRY_MAX_SECONDS = env_int("MODERATION_NOTICE_RETRY_MAX_SECONDS", "1800")
MODERATION_NOTICE_MAX_ATTEMPTS = env_int("MODERATION_NOTICE_MAX_ATTEMPTS", "12")
MODERATION_NOTICE_LEASE_SECONDS = env_int("MODERATION_NOTICE_LEASE_SECONDS", "120")
# With Redis, the task sending the notices due first waits this many milliseconds, so that flags
# raised meanwhile go in the same job (moderation/flags/notifications.py: gather_then_deliver).
MODERATION_NOTICE_GATHER_MS = env_int("MODERATION_NOTICE_GATHER_MS", "200")
# How long a worker keeps the moderation settings row and the keyword libraries' versions before
# reading them again (moderation/flags/hot_path.py); a change saved in the same worker applies at
# once.
MODERATION_RELOAD_SECONDS = env_int("MODERATION_RELOAD_SECONDS", "5")
# A cache shared by every worker for compiled keyword libraries (empty: each process compiles).
MODERATION_LIBRARY_CACHE = env_str("MODERATION_LIBRARY_CACHE", "default" if REDIS_URL else "")
DEMO_LOADERS.append("moderation.keywords.store.load_demo_libraries")
