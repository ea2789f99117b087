"""SQLite with writers queued on a file lock (`base.DatabaseWrapper`)."""
