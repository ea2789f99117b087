"""Settings for the test run: the project's settings with a throw-away data folder.
DATABASE_URL (PostgreSQL in CI) is honoured as in production."""

import atexit
import os
import shutil
import tempfile

if "CORDIALE_DATA_DIR" not in os.environ:
    # The process that makes the folder removes it when it exits (xdist workers inherit it
    # from the main process, which outlives them).
    _data_dir = tempfile.mkdtemp(prefix="cordiale-test-")
    os.environ["CORDIALE_DATA_DIR"] = _data_dir
    atexit.register(shutil.rmtree, _data_dir, ignore_errors=True)

from cordiale.site.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast tests only
