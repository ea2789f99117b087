"""Every refusal as JSON: `{"detail": message, "errors": [{path, value, expected, code, params}]}`.

- casework errors keep their status (404, 403, 409 conflict, 422 invalid facts...);
- invalid parameters and bodies: 422, each error naming the field path as the case-file
  loader does (`applicant.sex`, `changes[0].reason`), never a traceback;
- permission refusals (403, and 404 from scoping) are written to the audit log ("refused").
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import orjson
from django.db import DataError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError, ValidationErrorContext

from cordiale.api.auth import caller
from cordiale.audit.models import Action
from cordiale.audit.services import record
from cordiale.casework.errors import CaseworkError, Forbidden, NotFound
from cordiale.law.errors import CaseFileError, FieldError

BODY = "payload"  # the name every endpoint gives its JSON body parameter
_LOCATIONS = frozenset({"body", "query", "path", "form", "file", "header", "cookie"})


def json_value(value: Any) -> Any:
    """A value that can go into the JSON body (the input that was refused)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, date | datetime):
        return value.isoformat()
    try:
        text = orjson.dumps(value)
    except TypeError:
        return type(value).__name__
    return orjson.loads(text) if len(text) <= 500 else type(value).__name__


def _path(loc: tuple[Any, ...]) -> str:
    parts = list(loc)
    if parts and parts[0] in _LOCATIONS:
        parts = parts[1:]
    if parts and parts[0] == BODY:
        parts = parts[1:]
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _expected(error: dict[str, Any]) -> str:
    """As `cordiale.law.casefile` words it, so the API and the command say the same."""
    kind = error.get("type", "")
    if kind == "missing":
        return "a value (this field is required)"
    if kind == "extra_forbidden":
        return "no such field (check the spelling against the OpenAPI schema)"
    message = str(error.get("msg", ""))
    if kind == "value_error":
        return message.removeprefix("Value error, ")
    return message[0].lower() + message[1:] if message else str(kind)


def error_body(message: str, errors: list[FieldError]) -> dict[str, Any]:
    return {
        "detail": message,
        "errors": [
            {
                "path": e.path,
                "value": json_value(e.value),
                "expected": e.expected,
                # What went wrong in a form a client can word in its own language: the
                # pydantic error type or the engine's message key (`field_error.<code>`).
                "code": e.code,
                "params": dict(e.params),
            }
            for e in errors
        ],
    }


class CordialeAPI(NinjaAPI):
    """A NinjaAPI whose validation errors keep the refused value and name the field."""

    def validation_error_from_error_contexts(
        self, error_contexts: list[ValidationErrorContext[Any]]
    ) -> ValidationError:
        errors: list[dict[str, Any]] = []
        for context in error_contexts:
            model = context.model
            reverse = model.__ninja_flatten_map_reverse__
            for error in context.pydantic_validation_error.errors(include_url=False):
                loc = (model.__ninja_param_source__, *reverse.get(error["loc"], error["loc"]))
                missing = error["type"] == "missing"
                errors.append(
                    {
                        "path": _path(tuple(loc)),
                        "value": None if missing else json_value(error.get("input")),
                        "expected": _expected(dict(error)),
                        "code": str(error["type"]),
                        "params": {
                            str(k): str(v)
                            for k, v in (error.get("ctx") or {}).items()
                            if k != "error"  # the exception behind a value_error: not data
                        },
                    }
                )
        return ValidationError(errors)


def _where(request: HttpRequest) -> tuple[str, str]:
    """What a refused request was about, for the audit log: the case, the evidence..."""
    match = getattr(request, "resolver_match", None)
    kwargs = match.kwargs if match is not None else {}
    for key, kind in (("ref", "case"), ("evidence_id", "evidence"), ("decision_id", "decision")):
        if key in kwargs:
            return kind, str(kwargs[key])[:80]
    for key, kind in (("task_id", "task"), ("user_id", "user")):
        if key in kwargs:
            return kind, str(kwargs[key])
    return "api", request.path[:80]


def _refused(request: HttpRequest, exc: CaseworkError) -> None:
    object_type, object_id = _where(request)
    record(
        Action.REFUSED,
        user=caller(request),
        object_type=object_type,
        object_id=object_id,
        detail={
            "status": exc.status,
            "method": request.method,
            "path": request.path,
            "reason": exc.message,
        },
    )


def install(api: NinjaAPI) -> None:
    """Register the handlers on the API."""

    def casework_error(request: HttpRequest, exc: Any) -> HttpResponse:
        if isinstance(exc, Forbidden | NotFound):
            _refused(request, exc)
        return api.create_response(request, error_body(exc.message, exc.errors), status=exc.status)

    def case_file_error(request: HttpRequest, exc: Any) -> HttpResponse:
        body = error_body("the case file is not valid", exc.errors)
        return api.create_response(request, body, status=422)

    def validation_error(request: HttpRequest, exc: Any) -> HttpResponse:
        errors = list(exc.errors)
        first = errors[0] if errors else {}
        message = f"invalid input: {first.get('path') or '(body)'}: {first.get('expected', '')}"
        body = {"detail": message, "errors": errors}
        return api.create_response(request, body, status=422)

    def authentication_error(request: HttpRequest, exc: Any) -> HttpResponse:
        body = {
            "detail": "authentication required: sign in (session) or send "
            "'Authorization: Bearer <key>'",
            "errors": [],
        }
        response = api.create_response(request, body, status=401)
        response["WWW-Authenticate"] = 'Bearer realm="cordiale"'
        return response

    def http_error(request: HttpRequest, exc: Any) -> HttpResponse:
        body = {"detail": str(exc), "errors": []}
        return api.create_response(request, body, status=exc.status_code)

    def data_error(request: HttpRequest, exc: Any) -> HttpResponse:
        body = {"detail": "a value is too long or out of range to be stored", "errors": []}
        return api.create_response(request, body, status=422)

    def not_found(request: HttpRequest, exc: Any) -> HttpResponse:
        return api.create_response(request, {"detail": "not found", "errors": []}, status=404)

    api.add_exception_handler(CaseworkError, casework_error)
    api.add_exception_handler(CaseFileError, case_file_error)
    api.add_exception_handler(ValidationError, validation_error)
    api.add_exception_handler(AuthenticationError, authentication_error)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(DataError, data_error)
