"""SQLite writers queue on a file lock held from BEGIN IMMEDIATE to COMMIT or ROLLBACK, so a
waiting writer starts the moment the lock is released instead of polling (issue "casework",
"Speed")."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from cordiale.site.sqlite.base import DatabaseWrapper


def _locked(path: Path) -> bool:
    """Whether another open file of the lock cannot take it now."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


@pytest.fixture
def wrapper(tmp_path: Path, django_db_blocker: Any) -> Iterator[DatabaseWrapper]:
    settings = {**connection.settings_dict, "NAME": str(tmp_path / "db.sqlite3")}
    settings["ENGINE"] = "cordiale.site.sqlite"
    settings["OPTIONS"] = {"transaction_mode": "IMMEDIATE"}
    with django_db_blocker.unblock():
        db = DatabaseWrapper(settings, alias="lock-test")
        db.ensure_connection()
        yield db
        db.close()


@pytest.mark.parametrize("end", ["commit", "rollback"])
def test_a_write_transaction_holds_the_writer_lock_until_it_ends(
    wrapper: DatabaseWrapper, tmp_path: Path, end: str
) -> None:
    lock = tmp_path / "db.sqlite3-writer.lock"
    wrapper._start_transaction_under_autocommit()
    assert _locked(lock)
    with wrapper.cursor() as cursor:
        cursor.execute("CREATE TABLE t (x INTEGER)")
    getattr(wrapper, end)()
    assert not _locked(lock)
    wrapper._start_transaction_under_autocommit()  # and again
    assert _locked(lock)
    wrapper.close()
    assert not _locked(lock)


def test_an_in_memory_database_takes_no_lock(tmp_path: Path, django_db_blocker: Any) -> None:
    settings = {**connection.settings_dict, "NAME": ":memory:", "ENGINE": "cordiale.site.sqlite"}
    with django_db_blocker.unblock():
        db = DatabaseWrapper(settings, alias="memory-test")
        db.ensure_connection()
        db._start_transaction_under_autocommit()
        assert db._writer_fd is None
        db.rollback()
        db.close()
    assert not list(tmp_path.iterdir())
