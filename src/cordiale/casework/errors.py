"""Errors casework raises for people: each names what was wrong; nothing is half-written."""

from __future__ import annotations

from cordiale.law.errors import FieldError


class CaseworkError(Exception):
    """A refused operation; `errors` name the fields concerned."""

    status = 400

    def __init__(self, message: str, errors: list[FieldError] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or []


class InvalidFacts(CaseworkError):
    status = 422


class Conflict(CaseworkError):
    """Optimistic locking: someone else saved the case since it was read."""

    status = 409

    def __init__(self, reference: str, expected: int, current: int) -> None:
        super().__init__(
            f"Case {reference} was changed by someone else since you opened it (you had "
            f"version {expected}, it is now at version {current}). Your changes were not "
            "saved; reload the case, check what changed and apply them again.",
            [FieldError("version", expected, f"the current version {current}")],
        )
        self.current = current


class IllegalStep(CaseworkError):
    status = 409


class NotFound(CaseworkError):
    status = 404


class Forbidden(CaseworkError):
    status = 403
