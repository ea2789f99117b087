"""What the pages share: asking a service for a change and saying how it went (a success
banner, or form errors that name the field, in the user's language), and explaining a
conflicting edit (someone saved the case since the page was opened)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from cordiale.casework.errors import CaseworkError, Conflict
from cordiale.casework.models import Case, FactVersion
from cordiale.law.errors import FieldError
from cordiale.web import labels
from cordiale.web.errors import field_message, in_english, refusal_message
from cordiale.web.forms import Form

_INDEX = re.compile(r"\[\d+\]")
_FIRST = re.compile(r"[^.\[]+")

F = TypeVar("F", bound=Form)


def field_name(path: str) -> str:
    """The form field an error path names: 'entries[0].on' -> 'on'."""
    return _INDEX.sub("", path).rsplit(".", 1)[-1]


def add_errors(
    form: Form,
    exc: CaseworkError,
    aliases: dict[str, str] | None = None,
    *,
    item: str | None = None,
    default: str | None = None,
    known: Mapping[str, str] | None = None,
    refusals: Mapping[type[CaseworkError], str] | None = None,
) -> None:
    """Put each error of a refused change on the form field it names (or on the form), in the
    user's language.

    - `aliases`: the service's name of a field -> the form's ('user' -> 'assignee');
    - `item`: the case-file path of the fact the form edits ('entries[2]'): only errors inside
      it belong to the form's boxes; an error on another fact is named by its path;
    - `default`: the field that takes the errors naming no box (the YAML text);
    - `known`: field -> the page's own wording of the refusals it expects there;
    - `refusals`: class of refusal -> the page's wording when the refusal names no field.

    What has no translation keeps its English original as a technical detail (shown in a
    details element under the error summary), as does the case-file path of an error that
    is not on a box of the form."""
    details = form.technical_details
    if not exc.errors:
        text, detail = refusal_message(exc, refusals)
        form.add_error(None, text)
        if detail:
            details.append(detail)
        return
    english = in_english()
    for error in exc.errors:
        name, where = _target(error.path, item, aliases or {})
        field = name if name is not None and _is_box(form, name) else None
        if field is not None:
            label = str(form.fields[field].label or field)
        else:
            label = labels.path_label(where)
            if default is not None:
                label += f" ({where})"  # as written in the YAML, for whoever writes it
        message = (known or {}).get(name or "") or field_message(error, field_name(error.path))
        untranslated = message is None
        if message is None:
            message = (
                "expected " + error.expected  # the English original is the message
                if english
                else _("refused by the checks of the case file: see the technical detail")
            )
        text = _("%(label)s: %(message)s") % {"label": label, "message": message}
        if error.value not in (None, "") and error.code != "missing":
            text += " " + _("(given: %(value)s)") % {"value": _short(error.value)}
        form.add_error(field or default, text)
        if (untranslated and not english) or field is None:
            details.append(_technical(error))


def _target(path: str, item: str | None, aliases: dict[str, str]) -> tuple[str | None, str]:
    """The form field an error path names (None: no field of this form), and the path to
    name it by (inside the edited fact when there is one)."""
    if path in aliases:
        return aliases[path], path
    if item is None:
        name = field_name(path)
        return aliases.get(name, name), path
    if path.startswith(item + ".") or path.startswith(item + "["):
        rest = path[len(item) :].lstrip(".")
        first = _FIRST.match(rest)
        name = first.group(0) if first else rest
        return aliases.get(name, name), rest
    return None, path  # the whole fact, or another fact of the case


def _is_box(form: Form, name: str) -> bool:
    """A field the user sees (an error on a hidden field could not be linked to)."""
    field = form.fields.get(name)
    return field is not None and not field.widget.is_hidden


def _technical(error: FieldError) -> str:
    return str(error) if error.path else error.expected


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def conflict_details(case: Case, exc: Conflict, opened_at: str | None) -> dict[str, Any]:
    """What the page says about a conflicting edit: the service's message and the facts
    changed since the page was opened, by whom, when and why."""
    since = parse_datetime(opened_at) if opened_at else None
    versions = FactVersion.objects.filter(fact__case=case).select_related("fact", "recorded_by")
    if since is not None:
        versions = versions.filter(recorded_at__gt=since)
    changes = [
        {
            "kind": labels.label(labels.KINDS, v.fact.kind),
            "key": v.fact.key,
            "number": v.number,
            "by": v.recorded_by.get_full_name() or v.recorded_by.username if v.recorded_by else "",
            "at": v.recorded_at,
            "reason": v.reason,
            "withdrawn": v.data is None,
        }
        for v in versions.order_by("-recorded_at", "-pk")[:20]
    ]
    expected = exc.errors[0].value if exc.errors else "?"
    message = _(
        "Case %(reference)s was changed by someone else since you opened it (you had version "
        "%(expected)s, it is now at version %(current)s). Your changes were not saved."
    ) % {"reference": case.reference, "expected": expected, "current": exc.current}
    return {"message": message, "current": exc.current, "changes": changes}


def now_iso() -> str:
    return timezone.now().isoformat()


def with_version(data: Any, version: int) -> Any:
    """A copy of posted data with the version moved on: the user's input is kept and saving
    again, after reading what changed, applies it to the case as it now stands."""
    copy = data.copy()
    copy["expected_version"] = str(version)
    for key in list(copy.keys()):
        if key.endswith("-expected_version"):
            copy[key] = str(version)
    copy["opened_at"] = now_iso()
    return copy


def parse_time(text: str | None) -> datetime | None:
    return parse_datetime(text) if text else None


@dataclass
class Outcome(Generic[F]):
    """How a change asked of a service went: the redirect after a success, or the form to
    show again (rebuilt on the current version after a conflict) with the page's status."""

    response: HttpResponse | None
    form: F
    conflict: dict[str, Any] | None = None
    status: int = 200


def submit(
    request: HttpRequest,
    case: Case | None,
    form: F,
    change: Callable[[], object],
    *,
    success: str,
    then: Callable[[], HttpResponse],
    again: Callable[[Any], F] | None = None,
    **options: Any,
) -> Outcome[F]:
    """Ask a service for a change (`change`) with a valid form. Success: the banner and the
    redirect (`then`). A conflicting edit: the form again on the current version, the user's
    input kept (`again` builds it from the posted data), and what changed meanwhile. Any
    other refusal: its errors on the form (`options` go to `add_errors`)."""
    try:
        change()
    except Conflict as exc:
        if case is None:  # pragma: no cover - only a change of a case can conflict
            raise
        conflict = conflict_details(case, exc, request.POST.get("opened_at"))
        if again is not None:
            form = again(with_version(request.POST, exc.current))
            form.is_valid()
        return Outcome(None, form, conflict, 409)
    except CaseworkError as exc:
        add_errors(form, exc, **options)
        return Outcome(None, form, None, exc.status)
    messages.success(request, success)
    return Outcome(then(), form)
