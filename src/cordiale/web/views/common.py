"""What the pages share: turning a refused change into form errors that name the field, and
explaining a conflicting edit (someone saved the case since the page was opened)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from cordiale.casework.errors import CaseworkError, Conflict
from cordiale.casework.models import Case, FactVersion
from cordiale.web import labels

_INDEX = re.compile(r"\[\d+\]")


def field_name(path: str) -> str:
    """The form field an error path names: 'entries[0].on' -> 'on'."""
    return _INDEX.sub("", path).rsplit(".", 1)[-1]


def add_errors(form: forms.Form, exc: CaseworkError, aliases: dict[str, str] | None = None) -> None:
    """Put each error of a refused change on the form field it names (or on the form)."""
    aliases = aliases or {}
    if not exc.errors:
        form.add_error(None, exc.message)
        return
    for error in exc.errors:
        name = field_name(error.path)
        name = aliases.get(name, name)
        label = str(form.fields[name].label) if name in form.fields else error.path
        text = _("%(label)s: expected %(expected)s") % {
            "label": label,
            "expected": error.expected,
        }
        if error.value not in (None, ""):
            text += " " + _("(given: %(value)s)") % {"value": _short(error.value)}
        if name in form.fields and name not in form.errors:
            form.add_error(name, text)
        else:
            form.add_error(None, text)


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
    return {"message": exc.message, "current": exc.current, "changes": changes}


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
