"""Django settings for cordiale's casework, API and (later) web UI.

SQLite under `CORDIALE_DATA_DIR` (default ./var) is the embedded default; PostgreSQL is the
production store, chosen with `DATABASE_URL` (e.g. postgres://user:pass@host/db).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from cordiale.casework.at_rest import BadKey, local_keys, parse_keys

DATA_DIR = Path(os.environ.get("CORDIALE_DATA_DIR", "var")).resolve()
EVIDENCE_DIR = Path(os.environ.get("CORDIALE_EVIDENCE_DIR", str(DATA_DIR / "evidence")))


def _secret_key() -> str:
    """From the environment in production; for a local install, generated once and kept in
    the data folder (readable by its owner only)."""
    key = os.environ.get("CORDIALE_SECRET_KEY")
    if key:
        return key
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()


def _data_keys() -> list[bytes]:
    """The keys that seal evidence files at rest (`cordiale.casework.at_rest`): from the
    environment in production, else one generated in the data folder."""
    text = os.environ.get("CORDIALE_DATA_KEYS", "").strip()
    try:
        return parse_keys(text) if text else local_keys(DATA_DIR)
    except BadKey as exc:
        raise ImproperlyConfigured(str(exc)) from None


DATA_KEYS = _data_keys()
DEBUG = os.environ.get("CORDIALE_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("CORDIALE_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(
    ","
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",  # serves the API docs' Swagger UI locally, not from a CDN
    "cordiale.accounts",
    "cordiale.audit",
    "cordiale.casework",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "cordiale.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: turns a locked-out sign-in into the lock-out page (django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cordiale.site.urls"
WSGI_APPLICATION = "cordiale.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "cordiale.web.context.navigation",
            ],
        },
    },
]

_sqlite = f"sqlite:///{DATA_DIR / 'cordiale.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        # An empty DATABASE_URL (a blank line in an env file) means "not set".
        os.environ.get("DATABASE_URL") or _sqlite,
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside the one writer; IMMEDIATE transactions make writers queue
    # instead of failing with "database is locked" under concurrent requests, and they queue
    # on a file lock rather than in SQLite's polling busy handler (`cordiale.site.sqlite`).
    # synchronous=NORMAL: in WAL mode a commit is durable at the next checkpoint, and the
    # database is never corrupted. The database file is mapped into memory (256 MiB: reads
    # of a large caseload skip a copy) and each connection caches 16 MiB of pages.
    DATABASES["default"]["ENGINE"] = "cordiale.site.sqlite"
    # Test runs use an in-memory database, as Django's own SQLite backend would (pytest-django
    # recognises that backend by its name only, and would otherwise name a test file).
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA mmap_size=268435456; PRAGMA cache_size=-16384; PRAGMA temp_store=MEMORY;"
        ),
    }
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False

AUTH_USER_MODEL = "accounts.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 8 * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# --- web UI (cordiale.web) ---------------------------------------------------------------------
# Lock-out after repeated failed sign-ins (django-axes): 5 failures for a user name lock it
# for 30 minutes; a successful sign-in resets the count. The lock-out backend comes first.
AUTHENTICATION_BACKENDS = [
    "cordiale.web.auth.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("CORDIALE_LOCKOUT_FAILURES", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("CORDIALE_LOCKOUT_HOURS", "0.5"))
# By user name only: the joint team signs in from one office network, where locking an address
# would lock everyone out after a few typing errors (hence axes' warning W006 is silenced).
AXES_LOCKOUT_PARAMETERS = ["username"]
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "web/locked_out.html"
AXES_VERBOSE = False
# Second factor (TOTP, django-otp). Required unless CORDIALE_REQUIRE_2FA=0 (a local demo):
# a user without a confirmed device is taken to the enrolment page after the password.
CORDIALE_REQUIRE_2FA = os.environ.get("CORDIALE_REQUIRE_2FA", "1") != "0"
OTP_TOTP_ISSUER = "cordiale"
# The web UI's catalogue first: Django gives the catalogues of earlier apps (the admin's
# "Change" -> "Modification") precedence over later ones; LOCALE_PATHS come before them all.
LOCALE_PATHS = [Path(__file__).resolve().parent.parent / "web" / "locale"]
LOGIN_URL = "web:sign_in"
LOGIN_REDIRECT_URL = "web:my_work"
LOGOUT_REDIRECT_URL = "web:sign_in"
