"""Errors for people: each names the field path, the value and what was expected."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem in a case file.

    `code` and `params` say what went wrong in a form a reader's language can be rendered
    from (the web UI shows it in French): the pydantic error type ("missing", "date_parsing",
    "literal_error"...) or the key of an engine message (`field_error.<code>` in
    `cordiale.law.explain.catalogue`), with its parameters. They are empty where only the
    English `expected` exists, and take no part in comparisons."""

    path: str  # e.g. "applications[0].lodged_on"
    value: Any
    expected: str
    code: str = field(default="", compare=False)
    params: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        where = self.path or "(case file)"
        if self.value is None:
            return f"{where}: missing; expected {self.expected}"
        return f"{where}: got {self.value!r}; expected {self.expected}"


class CaseFileError(ValueError):
    """A case file that cannot be used; `errors` lists every problem found."""

    def __init__(self, errors: list[FieldError], source: str | None = None) -> None:
        self.errors = errors
        self.source = source
        where = f"{source}: " if source else ""
        lines = "\n".join(f"  - {error}" for error in errors)
        super().__init__(f"{where}{len(errors)} problem(s) in the case file:\n{lines}")
