"""Form fields shaped like the GOV.UK Frontend components: a date in three boxes (day, month,
year), yes/no radios, States by name. Templates render them by `kind`
(templates/web/includes/field.html)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cordiale.law.states import EU_STATES, is_state_code, state_name


class DateWidget(forms.MultiWidget):
    """Day, month and year (the names are NAME_0, NAME_1, NAME_2)."""

    def __init__(self) -> None:
        super().__init__(widgets=[forms.TextInput(), forms.TextInput(), forms.TextInput()])

    def decompress(self, value: Any) -> list[str | None]:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                return [None, None, None]
        if isinstance(value, date):
            return [str(value.day), str(value.month), str(value.year)]
        return [None, None, None]


class DateField(forms.MultiValueField):
    kind = "date"
    widget = DateWidget

    default_error_messages = {  # noqa: RUF012 - Django's own convention
        "invalid": _("Enter a real date, for example 27 3 2026"),
        "incomplete": _("Enter a day, a month and a year"),
        "required": _("Enter a date"),
    }

    def __init__(self, **kwargs: Any) -> None:
        parts = (
            forms.IntegerField(min_value=1, max_value=31),
            forms.IntegerField(min_value=1, max_value=12),
            forms.IntegerField(min_value=1900, max_value=2200),
        )
        kwargs.setdefault("require_all_fields", True)
        super().__init__(fields=parts, **kwargs)
        # A missing or wrong part is one message for the whole date (GOV.UK pattern).
        for part in self.fields:
            part.error_messages = {
                "required": self.error_messages["incomplete"],
                "invalid": self.error_messages["invalid"],
                "min_value": self.error_messages["invalid"],
                "max_value": self.error_messages["invalid"],
            }

    def compress(self, data_list: Sequence[Any]) -> date | None:
        if not data_list or all(v in (None, "") for v in data_list):
            return None
        day, month, year = data_list
        try:
            return date(int(year), int(month), int(day))
        except (TypeError, ValueError):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


def state_choices(blank: bool = True) -> list[tuple[str, str]]:
    """Dublin States first (with the UK), then every other country, by name in the user's
    language."""
    lang = "fr" if (get_language() or "en").startswith("fr") else "en"
    near = sorted(EU_STATES | {"IS", "LI", "NO", "CH", "GB"}, key=lambda c: state_name(c, lang))
    others = sorted((c for c in _all_codes() if c not in near), key=lambda c: state_name(c, lang))
    choices = [(c, f"{state_name(c, lang)} ({c})") for c in [*near, *others]]
    return [("", ""), *choices] if blank else choices


def _all_codes() -> list[str]:
    import pycountry

    return [c.alpha_2 for c in pycountry.countries if is_state_code(c.alpha_2)]


class StateField(forms.ChoiceField):
    kind = "select"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(choices=lambda: state_choices(blank=True), **kwargs)


class StatesField(forms.CharField):
    """Several States as codes separated by commas or spaces ("SD, ER")."""

    kind = "input"

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        text = str(value or "").replace(",", " ").upper()
        return [code for code in text.split() if code]

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return value

    def validate(self, value: Any) -> None:
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        wrong = [code for code in value if not is_state_code(code)]
        if wrong:
            raise forms.ValidationError(
                _("Use two-letter country codes such as SD or ER (not: %(codes)s)"),
                params={"codes": ", ".join(wrong)},
            )


YES_NO = (("yes", _("Yes")), ("no", _("No")))
YES_NO_UNKNOWN = (("yes", _("Yes")), ("no", _("No")), ("unknown", _("Not known")))


class YesNoField(forms.TypedChoiceField):
    """Radios for a yes/no fact; `unknown` for a fact that may be unknown (null)."""

    kind = "radios"

    def __init__(self, *, optional: bool, **kwargs: Any) -> None:
        self.optional = optional
        kwargs.setdefault("widget", forms.RadioSelect)
        super().__init__(
            choices=YES_NO_UNKNOWN if optional else YES_NO,
            coerce=lambda v: {"yes": True, "no": False}.get(v),
            empty_value=None,
            **kwargs,
        )

    def prepare_value(self, value: Any) -> Any:
        if value is True:
            return "yes"
        if value is False:
            return "no"
        return value
