"""Messages of the time-limit engine (written by cordiale.law.dublin3.deadlines)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}
