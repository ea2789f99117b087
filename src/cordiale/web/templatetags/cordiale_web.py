"""Filters and tags of the web UI's templates: GOV.UK form fields, labels of codes, dates."""

from __future__ import annotations

from typing import Any

from django import forms, template
from django.utils.translation import gettext as _

from cordiale.web import labels, present

register = template.Library()


@register.filter
def field_kind(bound: forms.BoundField) -> str:
    """Which GOV.UK component renders a form field."""
    field = bound.field
    kind = getattr(field, "kind", None)
    if kind:
        return str(kind)
    widget = field.widget
    if isinstance(widget, forms.HiddenInput):
        return "hidden"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.ClearableFileInput | forms.FileInput):
        return "file"
    if isinstance(widget, forms.PasswordInput):
        return "password"
    return "input"


@register.filter
def date_parts(bound: forms.BoundField) -> list[str]:
    """Day, month and year of a date field, as typed or as stored."""
    value = bound.value()
    if isinstance(value, list | tuple):
        parts = [str(v) if v not in (None, "") else "" for v in value]
        return ([*parts, "", "", ""])[:3]
    widget = bound.field.widget
    if isinstance(widget, forms.MultiWidget):
        return [str(v) if v else "" for v in widget.decompress(value) or []]
    return ["", "", ""]


@register.filter
def first_error_id(bound: forms.BoundField) -> str:
    """Where the error summary's link goes: the first box of the field."""
    kind = field_kind(bound)
    if kind == "date":
        return f"{bound.auto_id}_0"
    if kind == "radios":
        return f"{bound.auto_id}_0"
    return str(bound.auto_id)


class Summary(list[dict[str, str]]):
    """The error summary's items, and the English originals of refusals shown translated
    (`details`, rendered in a details element under the list)."""

    details: list[str]


@register.simple_tag
def error_summary(*forms_: Any, anchor: str = "") -> Summary:
    """The GOV.UK error summary's items for the forms given: each links to its field; an
    error of the whole form links to `anchor` (the top of the page by default)."""
    items = Summary()
    items.details = []
    for form in forms_:
        if not isinstance(form, forms.BaseForm) or not form.errors:
            continue
        for error in form.non_field_errors():
            items.append({"href": anchor or "#main-content", "text": str(error)})
        for name in form.fields:
            if name in form.errors:
                bound = form[name]
                for error in bound.errors:
                    items.append({"href": "#" + first_error_id(bound), "text": str(error)})
        items.details += getattr(form, "technical_details", [])
    return items


@register.filter
def stage_label(code: Any) -> str:
    return labels.label(labels.STAGES, code)


@register.filter
def role_label(code: Any) -> str:
    return labels.label(labels.ROLES, code)


@register.filter
def team_kind_label(code: Any) -> str:
    return labels.label(labels.TEAM_KINDS, code)


@register.filter
def kind_label(code: Any) -> str:
    return labels.label(labels.KINDS, code)


@register.filter
def request_kind_label(code: Any) -> str:
    return labels.label(labels.REQUEST_KINDS, code)


@register.filter
def reply_label(code: Any) -> str:
    return labels.label(labels.REPLY_OUTCOMES, code)


@register.filter
def step_label(code: Any) -> str:
    return labels.label(labels.STEPS, code)


@register.filter
def evidence_label(code: Any) -> str:
    return labels.label(labels.EVIDENCE, code)


@register.filter
def deadline_status_label(code: Any) -> str:
    return labels.label(labels.DEADLINE_STATUSES, code)


@register.filter
def state(code: Any) -> str:
    return present.state_label(str(code)) if code else ""


@register.filter
def as_date(value: Any) -> Any:
    return present.as_date(value)


@register.filter
def fact_value(value: Any, name: str) -> str:
    return present.value_text(name, value)


@register.filter
def get_item(mapping: Any, key: Any) -> Any:
    if isinstance(mapping, dict):
        return mapping.get(key)
    return None


@register.simple_tag
def yes_no(value: Any) -> str:
    return _("Yes") if value else _("No")
