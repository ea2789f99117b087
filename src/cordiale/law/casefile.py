"""Reading case files (YAML or JSON, format version 1) into `CaseFacts`.

Every problem is reported as a `FieldError` naming the field path, the value and what was
expected; a file with any problem yields no `CaseFacts` at all.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import orjson
import yaml
from pydantic import ValidationError

from cordiale.law.errors import CaseFileError, FieldError
from cordiale.law.facts import CASE_FILE_VERSION, CaseFacts
from cordiale.law.validation import check_consistency


class _Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false. PyYAML follows YAML 1.1, where `on`, `off`, `yes`
    and `no` are booleans, which would turn the field `on:` into `True:`. Dates stay text, so
    an impossible date (2000-02-30) is reported by the field check with its path rather than
    failing inside the YAML parser."""


_DROPPED_TAGS = frozenset({"tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"})
_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _DROPPED_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _expected(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "a value (this field is required)"
    if kind == "extra_forbidden":
        return "no such field (check the spelling against `cordiale schema`)"
    if kind == "literal_error" and error["loc"] == ("version",):
        return f"the case-file version '{CASE_FILE_VERSION}'"
    message = str(error["msg"])
    if kind == "value_error":
        return message.removeprefix("Value error, ")
    return message[0].lower() + message[1:] if message else kind


def _params(error: Any) -> dict[str, str]:
    """pydantic's context of an error as text (what a translated message is filled with);
    the exception a plain `ValueError` carries is left out (its text is `expected`)."""
    context = error.get("ctx") or {}
    return {
        str(name): str(value)
        for name, value in context.items()
        if not isinstance(value, BaseException)
    }


def errors_from_validation(exc: ValidationError) -> list[FieldError]:
    """Turn pydantic's errors into `FieldError`s with dotted paths (and the error type as
    `code`, so that the message can be given in the reader's language)."""
    return [
        FieldError(
            _path(tuple(error["loc"])),
            None if error["type"] == "missing" else error.get("input"),
            _expected(error),
            code=str(error["type"]),
            params=_params(error),
        )
        for error in exc.errors(include_url=False)
    ]


def facts_from_data(
    data: Any, *, source: str | None = None, today: date | None = None
) -> CaseFacts:
    """Validate already-parsed data (a mapping) into `CaseFacts`, or raise `CaseFileError`."""
    if not isinstance(data, dict):
        raise CaseFileError(
            [
                FieldError(
                    "", type(data).__name__, "a mapping with version, reference, applicant..."
                )
            ],
            source,
        )
    try:
        facts = CaseFacts.model_validate(data)
    except ValidationError as exc:
        raise CaseFileError(errors_from_validation(exc), source) from None
    problems = check_consistency(facts, today)
    if problems:
        raise CaseFileError(problems, source)
    return facts


def facts_from_json(text: str | bytes, *, source: str | None = None) -> CaseFacts:
    """Parse one JSON case file (the fast path used by batch runs)."""
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise CaseFileError(
            [FieldError("", f"line {exc.lineno}", f"valid JSON ({exc.msg})")], source
        ) from None
    return facts_from_data(data, source=source)


def parse_yaml(text: str) -> Any:
    """YAML (or JSON) read as case files are: YAML 1.2 booleans (`on:` stays a field name),
    dates kept as text. Raises `yaml.YAMLError`."""
    return yaml.load(text, Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader


def facts_from_yaml(text: str, *, source: str | None = None) -> CaseFacts:
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "?"
        raise CaseFileError([FieldError("", where, f"valid YAML ({exc})")], source) from None
    return facts_from_data(data, source=source)


def dump_case_file(facts: CaseFacts) -> dict[str, Any]:
    """The case file as plain JSON-compatible data, without unset defaults."""
    return facts.model_dump(mode="json", exclude_defaults=True) | {"version": facts.version}
