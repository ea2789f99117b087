"""Limits of what the database stores, checked before anything is written so that input too
long for a column is a 422 naming the field (on PostgreSQL it would otherwise fail at the
database), never a 500."""

from __future__ import annotations

from typing import Any

from cordiale.casework.errors import InvalidFacts
from cordiale.law.errors import FieldError

MAX_ID = 60  # a fact's id names its deadlines and tasks (DeadlineRecord.request)


def _too_long(path: str, value: Any) -> FieldError | None:
    if isinstance(value, str) and len(value) > MAX_ID:
        return FieldError(path, value[:80] + "...", f"an id of at most {MAX_ID} characters")
    return None


def check_ids(items: list[tuple[str, Any]]) -> None:
    """`items`: (path, id) pairs; refuse them all at once if any is too long."""
    errors = [e for path, value in items if (e := _too_long(path, value)) is not None]
    if errors:
        raise InvalidFacts("an id is too long", errors)


def case_file_ids(data: dict[str, Any]) -> list[tuple[str, Any]]:
    """The ids of every item of a case file."""
    return [
        (f"{kind}[{n}].id", item.get("id"))
        for kind, value in data.items()
        if isinstance(value, list)
        for n, item in enumerate(value)
        if isinstance(item, dict)
    ]
