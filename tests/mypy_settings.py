"""Settings for mypy's Django plugin: the project's settings with a data folder removed as
soon as they are read. mypy ends with os._exit, so an exit handler (as in django_settings)
would never run and every type check would leave a folder behind."""

import os
import shutil
import tempfile

_data_dir = tempfile.mkdtemp(prefix="cordiale-mypy-")
os.environ.setdefault("CORDIALE_DATA_DIR", _data_dir)
try:
    from cordiale.site.settings import *  # noqa: F403
finally:
    shutil.rmtree(_data_dir, ignore_errors=True)
