"""Django's SQLite backend, with write transactions queued on a file lock.

SQLite lets one writer in at a time. A transaction that finds the database locked is put to
sleep by SQLite's busy handler, which polls: it sleeps 1, 2, 5, 10, 15, 20, 25... ms and
tries again, so a request that queued behind a 2 ms write can wait 10 or 25 ms more. Under
the server's threads and processes those waits are most of the tail latency. Here every
`BEGIN IMMEDIATE` (every `transaction.atomic()`: the settings make them IMMEDIATE) first
takes an exclusive `flock` on a file beside the database, which the kernel hands to the next
waiter the moment it is released (at COMMIT or ROLLBACK): writers queue instead of polling.
Each connection has its own open file, so the lock excludes the threads of one process from
each other as well as other processes. Writes outside a transaction (autocommit) and
in-memory databases (the tests) keep SQLite's own locking.
"""

from __future__ import annotations

import fcntl
import os
from typing import Any

from django.db.backends.sqlite3 import base


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._writer_fd: int | None = None
        self._writer_locked = False

    def _writer_lock_path(self) -> str | None:
        if self.is_in_memory_db():
            return None
        return f"{self.settings_dict['NAME']}-writer.lock"

    def _start_transaction_under_autocommit(self) -> None:
        path = self._writer_lock_path()
        if path is not None and not self._writer_locked:
            if self._writer_fd is None:
                self._writer_fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self._writer_fd, fcntl.LOCK_EX)
            self._writer_locked = True
        try:
            super()._start_transaction_under_autocommit()  # type: ignore[misc]  # not in django-stubs
        except BaseException:
            self._release_writer()
            raise

    def _release_writer(self) -> None:
        if self._writer_locked and self._writer_fd is not None:
            fcntl.flock(self._writer_fd, fcntl.LOCK_UN)
        self._writer_locked = False

    def _commit(self) -> None:
        try:
            super()._commit()  # type: ignore[misc]  # not in django-stubs
        finally:
            self._release_writer()

    def _rollback(self) -> None:
        try:
            super()._rollback()  # type: ignore[misc]  # not in django-stubs
        finally:
            self._release_writer()

    def _close(self) -> None:
        try:
            super()._close()  # type: ignore[misc]  # not in django-stubs
        finally:
            self._release_writer()
            if self._writer_fd is not None:
                os.close(self._writer_fd)
                self._writer_fd = None
