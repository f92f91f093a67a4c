"""Docket's one settings module.

Every value comes from the environment (see the table in README.md). The defaults
run Docket on one laptop: SQLite in the project folder, Celery tasks executed
in-process, email written to the console. Production is any configuration with
DEBUG off, and it refuses to start without its secrets.
"""

import datetime as dt
from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A `.env` file beside manage.py is read if present; real environment variables win.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEV_SECRET_KEY = "docket-insecure-development-key-do-not-use-in-production"  # noqa: S105

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

if DEBUG:
    SECRET_KEY = SECRET_KEY or DEV_SECRET_KEY
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if not SECRET_KEY or SECRET_KEY == DEV_SECRET_KEY:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. Generate one with: "
            'python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters long.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "ALLOWED_HOSTS must be set when DEBUG is off, e.g. ALLOWED_HOSTS=docket.example.org"
        )

# Absolute links in emails and feeds are built from this.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
SITE_NAME = env.str("SITE_NAME", default="Docket")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "django_htmx",
    "simple_history",
    "django_celery_beat",
    "axes",
    # Its templates and static files serve the API's docs page from this server.
    "ninja",
    "initiatives",
    "timeline",
    "accounts",
    "notifications",
    "exports",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.CSPMiddleware",
    "config.middleware.permissions_policy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Kept pages for visitors without cookies, before what such a request does not need.
    "config.middleware.visitor_answers",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, with the signed-in user's row read from the shared cache (accounts/users.py).
    "accounts.users.SignedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.context_processors.site",
            ],
            # base.html's head links, header and footer, drawn once and kept (config/frame.py);
            # the initiative page's header, kept drawn (config/initiative_head.py).
            "libraries": {"frame": "config.frame", "initiative_head": "config.initiative_head"},
        },
    },
    # The hot row loops of the analyst pages (25 rows a page, a dozen tags a row) are
    # drawn by Jinja2, from templates/jinja2/: the Django engine spent about a third of a
    # millisecond a row. Autoescaped like the rest; Django's safe strings stay safe.
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "config.jinja2.environment",
            "context_processors": ["config.jinja2.links"],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
# A PostgreSQL connection costs a few milliseconds to open (as much as a whole detail page's
# SQL), so each process keeps its connection for a minute, checking it is still alive
# before reusing it in a new request. SQLite opens a file: nothing to keep.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60 if IS_POSTGRES else 0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# The cache holds calendars, the dashboard's slow figures and rate-limit counts. With Redis
# (CACHE_URL, or else REDIS_URL) every process shares it; without, each keeps its own.
CACHE_URL = env.str("CACHE_URL", default="") or env.str("REDIS_URL", default="")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "config.cache.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "docket-cache",
            # Redis down must not hold a request for long (see BROKER_TIMEOUT below).
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Every signed-in request reads its session, a query on PostgreSQL as long as the user's.
# With a shared cache it is read from the cache instead and still written through to the
# database (Django's cached_db, accounts/sessions.py); signing out deletes it from both.
# A per-process cache would keep a signed-out session alive in every other process, so
# without a shared one sessions are read from the database alone.
SESSION_ENGINE = "accounts.sessions" if CACHE_URL else "django.contrib.sessions.backends.db"
# The signed-in user's row likewise (accounts/users.py): kept in the shared cache under a
# version that moves when the user is saved; read from the database without one.
USER_ROW_CACHE = bool(CACHE_URL)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Failed sign-ins are counted per account and, separately, per address (django-axes): after
# LOGIN_FAILURE_LIMIT failures either is locked out for LOGIN_LOCKOUT, then may try again.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.ThrottledBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_FAILURE_LIMIT = 5
LOGIN_LOCKOUT = dt.timedelta(minutes=15)
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = LOGIN_LOCKOUT
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Its start-up banner would spoil the one-line errors and --json output of commands.
AXES_VERBOSE = False
# The address is the connection's own: a client could write any X-Forwarded-For and so
# escape the per-address count.
AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
# Curators create accounts in admin; a public instance may let analysts sign up.
DOCKET_ALLOW_SIGNUP = env.bool("DOCKET_ALLOW_SIGNUP", default=False)

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = BASE_DIR / "var" / "media"

# --- Email -----------------------------------------------------------------
# EMAIL_URL (smtp://user:pass@host:port, smtp+tls://…) wins; otherwise EMAIL_BACKEND;
# otherwise messages are printed to the console.
if "EMAIL_URL" in env:
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env.str(
        "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
    )
    EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(BASE_DIR / "var" / "mail"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Docket <docket@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)

# --- Celery ------------------------------------------------------------------
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="") or env.str("REDIS_URL", default="")
# Without a broker, tasks run in-process the moment they are enqueued, so the
# embedded mode needs no Redis and no worker.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_URL = CELERY_BROKER_URL or "memory://"
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or (
    CELERY_BROKER_URL if CELERY_BROKER_URL.startswith("redis") else None
)
# JSON only: a pickled message from a compromised broker would run arbitrary code.
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# Bound every task: an import of a pathological PDF must not wedge a worker forever.
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=300)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=360)
# Acknowledge after the task ran, and requeue when a worker dies mid-task, so a
# crash re-runs the (idempotent) task instead of silently dropping it.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# Imports and digests are long and uneven; a worker should not hoard messages
# that an idle worker could take.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Redis down must not hold a web request or a command for long (by default a publish
# retried for about 20 s): whoever enqueues gives up within BROKER_TIMEOUT seconds and
# keeps the work in its outbox (a queued ImportRun), which a periodic sweep enqueues later.
BROKER_TIMEOUT = env.int("CELERY_BROKER_TIMEOUT", default=2)
CELERY_BROKER_CONNECTION_TIMEOUT = BROKER_TIMEOUT
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 0}
CELERY_REDIS_SOCKET_CONNECT_TIMEOUT = BROKER_TIMEOUT
CELERY_RESULT_BACKEND_TRANSPORT_OPTIONS = {
    "retry_policy": {"max_retries": 1, "interval_start": 0.5, "interval_max": 0.5}
}
# A worker killed with its task (SIGKILL, OOM, a lost machine) never acknowledges it;
# Redis hands the task to another worker once this many seconds have passed since it was
# taken. Redis's default, an hour, left a killed import waiting that long. Just above the
# hard time limit: no live task is still running then, so none is handed out twice.
# (Countdowns must stay below it too: import retries wait at most 300 s.)
VISIBILITY_TIMEOUT = CELERY_TASK_TIME_LIMIT + max(5, CELERY_TASK_TIME_LIMIT // 10)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": BROKER_TIMEOUT,
    "visibility_timeout": VISIBILITY_TIMEOUT,
    # Workers look for such tasks this often (kombu's default is every 100 s).
    "unacked_restore_interval": min(10, max(1, VISIBILITY_TIMEOUT // 4)),
    "unacked_restore_throttle": 1,
}
CELERY_RESULT_EXPIRES = 60 * 60 * 24
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# The periodic schedule, in one place. django-celery-beat copies it into the
# database on start, where admins can see and change it.
CELERY_BEAT_SCHEDULE = {
    "import-inbox": {
        "task": "initiatives.tasks.import_inbox",
        "schedule": crontab(minute="*/5"),
    },
    # Uploads the broker never got (it was down): see initiatives/outbox.py.
    "sweep-queued-imports": {
        "task": "initiatives.tasks.sweep_queued_imports",
        "schedule": crontab(minute="*/5"),
    },
    # The dashboard's status counts: a change clears them; this catches bulk writes.
    "refresh-status-counts": {
        "task": "initiatives.tasks.refresh_status_counts",
        "schedule": crontab(minute="*/5"),
    },
    # The dashboard's promise against delivery: counted here, so that no view waits
    # seconds for it (timeline/summary.py); views count it only if this has not run.
    "refresh-dashboard-delivery": {
        "task": "timeline.tasks.refresh_dashboard_delivery",
        "schedule": crontab(minute="*/5"),
    },
    "purge-uploads": {
        "task": "initiatives.tasks.purge_uploads",
        "schedule": crontab(minute=45, hour=3),
    },
    "send-digests": {
        "task": "timeline.tasks.send_digests",
        "schedule": crontab(minute=5),
    },
    "send-reminders": {
        "task": "timeline.tasks.send_reminders",
        "schedule": crontab(minute=15),
    },
    # Queues what changed for webhook endpoints and sends what is due, retries included.
    "send-webhooks": {
        "task": "notifications.tasks.send_webhooks",
        "schedule": crontab(minute="*"),
    },
    # Deletes exports kept long enough, and queues again those that never ran.
    "sweep-exports": {
        "task": "exports.tasks.sweep_exports",
        "schedule": crontab(minute=50),
    },
    "mark-overdue-actions": {
        "task": "timeline.tasks.mark_overdue_actions",
        "schedule": crontab(minute=30, hour=0),
    },
}

# --- Docket ------------------------------------------------------------------
DOCKET_INBOX_DIR = Path(env.str("DOCKET_INBOX_DIR", default=str(BASE_DIR / "var" / "inbox")))
# CSV exports: up to this many rows are streamed at once; more are written by a Celery
# task into DOCKET_EXPORTS_DIR (private: files are handed out by a view, to their owner).
DOCKET_EXPORT_STREAM_ROWS = env.int("DOCKET_EXPORT_STREAM_ROWS", default=50_000)
if DOCKET_EXPORT_STREAM_ROWS < 1:
    raise ImproperlyConfigured("DOCKET_EXPORT_STREAM_ROWS must be at least 1.")
DOCKET_EXPORTS_DIR = Path(env.str("DOCKET_EXPORTS_DIR", default=str(BASE_DIR / "var" / "exports")))
DOCKET_MAX_UPLOAD_BYTES = env.int("DOCKET_MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)
# What a later document may change without a curator: "confident" applies confident
# proposals on unverified initiatives at once (undoable); "review" applies nothing.
AUTO_APPLY_POLICIES = ("confident", "review")
DOCKET_AUTO_APPLY = env.str("DOCKET_AUTO_APPLY", default="confident").strip().lower()
if DOCKET_AUTO_APPLY not in AUTO_APPLY_POLICIES:
    raise ImproperlyConfigured(
        f"DOCKET_AUTO_APPLY must be one of {', '.join(AUTO_APPLY_POLICIES)}, "
        f"not {DOCKET_AUTO_APPLY!r}."
    )
# Webhook endpoints must resolve to public addresses. Only the tests, and a developer with
# a receiver on this machine, let loopback through (and then plain http to it).
WEBHOOKS_ALLOW_LOOPBACK = env.bool("WEBHOOKS_ALLOW_LOOPBACK", default=False)
DATA_UPLOAD_MAX_MEMORY_SIZE = DOCKET_MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = DOCKET_MAX_UPLOAD_BYTES + 1024 * 1024

# --- API ---------------------------------------------------------------------
# Requests per address without a token, and per user with a personal API token.
API_ANONYMOUS_RATE = env.str("API_ANONYMOUS_RATE", default="60/min")
API_TOKEN_RATE = env.str("API_TOKEN_RATE", default="600/min")
# /api/v1/events serves an event only once it is this old, so that an event whose
# transaction commits after a later one's (up to this long after it was recorded) is
# never skipped by a client syncing in between.
API_EVENTS_SETTLE_SECONDS = env.int("API_EVENTS_SETTLE_SECONDS", default=5)

# --- Security (production) -----------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Same origin only, no inline script, style or event handler: an injected <script> or
# onerror= never runs. (The favicon is an empty data: URL, hence img-src data:.)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Docket uses none of these browser features; no page (or injected frame) may ask for them.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
