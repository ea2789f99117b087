"""Settings for the test run: the project's settings with a throw-away data folder.
DATABASE_URL (PostgreSQL in CI) is honoured as in production."""

import os
import tempfile

os.environ.setdefault("CORDIALE_DATA_DIR", tempfile.mkdtemp(prefix="cordiale-test-"))

from cordiale.site.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast tests only
