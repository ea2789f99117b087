"""Refusals in the user's language.

The engine and the casework services word their refusals in English: `FieldError.expected`,
`CaseworkError.message`. The pages say them in the user's language from what the refusal
carries besides its text:

- `FieldError.code` and `params`: a pydantic error type ("missing", "date_parsing"...),
  worded here, or an engine message key (`field_error.<code>`), rendered from the engine's
  own bilingual catalogue (`cordiale.law.explain`), never copied into a second one;
- the class of a `CaseworkError` (an illegal step, something not found...), or a text the
  page gives for a refusal it expects.

Where no translation exists the English text is kept as the technical detail
(`views.common.add_errors` shows it in a details element), so nothing the engine said is lost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from cordiale.casework.errors import CaseworkError, Forbidden, IllegalStep, InvalidFacts, NotFound
from cordiale.law.errors import FieldError
from cordiale.law.explain.catalogue import CATALOGUE
from cordiale.law.explain.render import Language, render
from cordiale.law.outcome import Message
from cordiale.web import labels

DATE_ERRORS = frozenset(
    {"date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact", "date_type"}
)
INT_ERRORS = frozenset({"int_parsing", "int_type", "int_from_float"})
BOOL_ERRORS = frozenset({"bool_parsing", "bool_type"})
CHOICE_ERRORS = frozenset({"literal_error", "enum"})
MAPPING_ERRORS = frozenset({"model_type", "model_attributes_type", "dict_type"})

# pydantic lists the values it expected as "'a', 'b' or 'c'" (numbers unquoted: "1, 2 or 'sar'").
_EXPECTED_VALUE = re.compile(r"'([^']*)'|(-?\d+)")


def language() -> Language:
    return Language.FR if (get_language() or "en").startswith("fr") else Language.EN


def in_english() -> bool:
    return language() is Language.EN


def field_message(error: FieldError, name: str) -> str | None:
    """What is wrong with one field, in the user's language, or None without a translation.
    `name` is the field's case-file name (the choices of an enumeration are labelled by it)."""
    code, params = error.code, error.params
    engine = CATALOGUE.get(f"field_error.{code}") if code else None
    if engine is not None:
        return render(Message(f"field_error.{code}", dict(params)), language())
    if code == "missing":
        return _("this field is required")
    if code in DATE_ERRORS:
        return _("enter a real date as year-month-day, for example 2026-03-27")
    if code in INT_ERRORS:
        return _("enter a whole number")
    if code in BOOL_ERRORS:
        return _("enter true or false")
    if code in CHOICE_ERRORS:
        return _("enter one of: %(options)s") % {"options": options(name, params)}
    if code == "string_too_short":
        n = _number(params, "min_length")
        return ngettext("enter at least %(n)s character", "enter at least %(n)s characters", n) % {
            "n": n
        }
    if code == "string_too_long":
        n = _number(params, "max_length")
        return ngettext("enter at most %(n)s character", "enter at most %(n)s characters", n) % {
            "n": n
        }
    if code == "greater_than_equal":
        return _("enter a number of at least %(limit)s") % {"limit": params.get("ge", "")}
    if code == "less_than_equal":
        return _("enter a number of at most %(limit)s") % {"limit": params.get("le", "")}
    if code == "string_type":
        return _("enter text")
    if code == "list_type":
        return _("enter a list")
    if code in MAPPING_ERRORS:
        return _("enter fields as name: value")
    if code == "extra_forbidden":
        return _("the case-file format has no such field: remove it or check its spelling")
    # value_error from a validator without a message key, a casework refusal: no translation
    # here (the engine's own checks carry a `field_error.*` code, worded above).
    return None


def options(name: str, params: Mapping[str, str]) -> str:
    """The values an enumeration accepts, as they are written ('female'), with their label in
    the user's language where there is one: "female (Female), male (Male)"."""
    table = labels.CHOICES.get(name, {})
    out = []
    for quoted, number in _EXPECTED_VALUE.findall(params.get("expected", "")):
        value = quoted or number
        text = table.get(value)
        out.append(f"{value} ({text})" if text is not None and str(text) != value else value)
    return ", ".join(out) or params.get("expected", "")


def _number(params: Mapping[str, str], name: str) -> int:
    try:
        return int(params.get(name, "1"))
    except ValueError:
        return 1


def refusal_message(
    exc: CaseworkError, refusals: Mapping[type[CaseworkError], str] | None = None
) -> tuple[str, str | None]:
    """A refusal that names no field: (its text for the page, the English original to keep
    as a technical detail, or None). A text the page gives for this kind of refusal wins;
    otherwise in English the service's own words, in French what the class of refusal means."""
    for kind in type(exc).__mro__:
        if refusals and kind in refusals:
            return refusals[kind], None
    if in_english():
        return exc.message, None
    if isinstance(exc, IllegalStep):
        text = _("This is not possible at this stage of the case.")
    elif isinstance(exc, NotFound):
        text = _("This was not found, or you may not see it.")
    elif isinstance(exc, Forbidden):
        text = _("Your role does not allow this.")
    elif isinstance(exc, InvalidFacts):
        text = _("The change was refused: the case file would not be valid.")
    else:
        text = _("The change was refused.")
    return text, exc.message
