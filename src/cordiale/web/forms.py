"""Forms of the web UI. The fact forms are built from the engine's own models
(`cordiale.law.facts`): one field per case-file field listed in `FACT_FIELDS`, typed from the
model, labelled in the user's language (`labels.FIELDS`). Whatever a form does not show (an
application's decisions...) is kept as it was when a fact is changed; the generic YAML/JSON
form edits any kind of fact in full. Validation is the engine's (`facts_from_data`): a form
checks only the shape of its boxes, and the casework service names every wrong field."""

from __future__ import annotations

import enum
import typing
from datetime import date
from typing import Any

import yaml
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from pydantic import BaseModel

from cordiale.casework.facts_store import KINDS, LIST_KINDS
from cordiale.law.casefile import parse_yaml
from cordiale.law.facts import CaseFacts, StateCode
from cordiale.web import labels
from cordiale.web.fields import DateField, StateField, StatesField, YesNoField


class Form(forms.Form):
    """A form whose default error messages name their field ("Date of birth: enter a value"),
    so that each line of the error summary says which box it is about."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The English originals of refusals shown translated (`views.common.add_errors`).
        self.technical_details: list[str] = []
        required = str(forms.Field.default_error_messages["required"])
        invalid_choice = str(forms.ChoiceField.default_error_messages["invalid_choice"])
        for field in self.fields.values():
            label = field.label or ""
            messages = field.error_messages
            if str(messages.get("required", "")) == required:
                messages["required"] = (
                    _("%(label)s: choose one") % {"label": label}
                    if isinstance(field, forms.ChoiceField)
                    else _("%(label)s: enter a value") % {"label": label}
                )
            if str(messages.get("invalid_choice", "")) == invalid_choice:
                messages["invalid_choice"] = _("%(label)s: choose one of the options") % {
                    "label": label
                }


# The kinds with their own form, and the fields each shows, in order.
FACT_FIELDS: dict[str, tuple[str, ...]] = {
    "applicant": (
        "date_of_birth",
        "sex",
        "nationalities",
        "stateless",
        "marital_status",
        "unaccompanied",
    ),
    "applications": (
        "state",
        "made_on",
        "lodged_on",
        "registered_on",
        "place",
        "present_in",
        "border_procedure",
        "withdrawn_on",
        "withdrawal",
        "withdrawal_stage",
    ),
    "entries": ("state", "on", "mode", "from_third_country", "from_state"),
    "stays": ("state", "start", "end", "continuous"),
    "documents": (
        "kind",
        "visa_type",
        "issuing_state",
        "issued_on_behalf_of",
        "valid_from",
        "valid_until",
        "enabled_entry",
        "issued_on_false_identity",
        "fraud_after_issue",
        "issued_during",
    ),
    "eurodac_hits": ("category", "state", "taken_on", "received_on"),
    "family": (
        "relation",
        "state",
        "status",
        "present_since",
        "adult",
        "married",
        "minor",
        "first_decision_on_substance",
        "family_formed",
        "consent_applicant",
        "consent_member",
        "evidence_produced_on",
    ),
    "dependencies": (
        "family_member",
        "dependent",
        "ground",
        "consent_in_writing",
        "applicant_unable_to_travel",
    ),
    "detentions": ("state", "start", "end"),
}
FORM_KINDS = tuple(FACT_FIELDS)

EVIDENCE_CHOICES = (
    ("", _("Not stated")),
    ("proof", _("Proof (list A)")),
    ("circumstantial", _("Circumstantial evidence (list B)")),
    ("statement", _("The applicant's statement")),
)


def set_choices(form: forms.BaseForm, name: str, choices: list[tuple[str, str]]) -> None:
    field = form.fields[name]
    assert isinstance(field, forms.ChoiceField)
    field.choices = choices


def item_model(kind: str) -> type[BaseModel]:
    annotation = CaseFacts.model_fields[kind].annotation
    args = typing.get_args(annotation) or (annotation,)
    for arg in args:
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    raise KeyError(kind)  # pragma: no cover - every kind is a model or a list of models


def _base_type(annotation: Any) -> tuple[Any, bool]:
    """The type inside `X | None`, and whether None is allowed."""
    args = typing.get_args(annotation)
    if type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else annotation), True
    return annotation, False


# The validators that make a StateCode (`cordiale.law.facts`).
_STATE_CHECKS = {getattr(m, "func", None) for m in typing.get_args(StateCode)[1:]} - {None}


def _is_state(annotation: Any, metadata: list[Any]) -> bool:
    """A StateCode: its validators are in the field's metadata, or in the annotation when the
    field is optional."""
    if typing.get_origin(annotation) is typing.Annotated:
        metadata = [*metadata, *typing.get_args(annotation)[1:]]
    return any(getattr(m, "func", None) in _STATE_CHECKS for m in metadata)


def _choices(name: str, values: list[str]) -> list[tuple[str, str]]:
    table = labels.CHOICES.get(name, {})
    return [(v, str(table.get(v, v))) for v in values]


def model_field(kind: str, name: str) -> forms.Field:
    """A form field for one field of a fact model."""
    info = item_model(kind).model_fields[name]
    annotation, nullable = _base_type(info.annotation)
    required = info.is_required()
    label = labels.FIELDS.get(name, name)
    common: dict[str, Any] = {"label": label, "required": required}
    if kind == "dependencies" and name == "family_member":
        return forms.CharField(
            help_text=_("The identifier of the family member, e.g. brother"), **common
        )
    if annotation is date:
        return DateField(**common)
    if annotation is bool:
        return YesNoField(optional=nullable, **{**common, "required": False})
    if typing.get_origin(annotation) is list:
        return StatesField(
            help_text=_("Two-letter codes separated by commas, e.g. SD, ER"), **common
        )
    if _is_state(annotation, list(info.metadata)):
        return StateField(**common)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values = [m.value for m in annotation]
        return _choice(name, values, required=required and not nullable, label=label)
    if typing.get_origin(annotation) is typing.Literal:
        values = [str(v) for v in typing.get_args(annotation)]
        return _choice(name, values, required=required and not nullable, label=label)
    if annotation is int:
        return forms.IntegerField(**common)
    return forms.CharField(**common)


def _choice(name: str, values: list[str], *, required: bool, label: Any) -> forms.ChoiceField:
    choices = _choices(name, values)
    if len(choices) <= 8:
        field: forms.ChoiceField = forms.ChoiceField(
            choices=choices, required=required, label=label, widget=forms.RadioSelect
        )
        return field
    blank: list[tuple[str, str]] = [] if required else [("", "")]
    return forms.ChoiceField(choices=blank + choices, required=required, label=label)


class ChangeForm(Form):
    """What every change of facts carries: why, the source, the evidence, the version read."""

    reason = forms.CharField(
        label=_("Why is this recorded or changed?"),
        help_text=_("Kept in the history of the fact, with your name and the time."),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Say why this is recorded or changed")},
    )
    source = forms.CharField(
        label=_("Source"),
        help_text=_("For example: Eurodac, interview of 2 March 2026, passport"),
        max_length=200,
        required=False,
    )
    evidence = forms.ChoiceField(
        label=_("What supports it"), choices=EVIDENCE_CHOICES, required=False
    )
    annex_item = forms.CharField(
        label=_("Item of Annex II (optional)"),
        help_text=_("For example A.I.7 (list A, part I, item 7)"),
        max_length=20,
        required=False,
    )
    evidence_file = forms.FileField(
        label=_("Upload a document (optional)"),
        help_text=_("PDF, JPEG, PNG, TIFF or plain text, at most 25 MB."),
        required=False,
    )
    uploaded_evidence = forms.IntegerField(required=False, widget=forms.HiddenInput)
    expected_version = forms.IntegerField(widget=forms.HiddenInput)
    opened_at = forms.CharField(required=False, widget=forms.HiddenInput)


def fact_form_class(kind: str) -> type[ChangeForm]:
    fields = {name: model_field(kind, name) for name in FACT_FIELDS[kind]}
    if kind in LIST_KINDS:
        fields = {
            "id": forms.CharField(
                label=str(labels.FIELDS["id"]),
                help_text=_(
                    "A short name other facts refer to, e.g. fr-1 or brother. "
                    "Left empty, one is made up."
                ),
                max_length=60,
                required=False,
            ),
            **fields,
        }
    names = tuple(fields)
    # The metaclass takes the fields out of the namespace it is given: give it a copy.
    form: type[ChangeForm] = type(f"{kind.title()}Form", (ChangeForm,), dict(fields))
    form.fact_fields = names  # type: ignore[attr-defined]
    # In the order of the page (the error summary follows it): the fact, then why.
    form.base_fields = {
        **{n: form.base_fields[n] for n in names},
        **{n: f for n, f in form.base_fields.items() if n not in names},
    }
    return form


def item_from_form(kind: str, form: forms.Form, current: dict[str, Any] | None) -> dict[str, Any]:
    """The case-file item: the fields of the form over what the fact held (kept otherwise)."""
    item = dict(current or {})
    item.pop("provenance", None)
    for name in getattr(form, "fact_fields", ()):
        value = form.cleaned_data.get(name)
        if value in (None, "", []) and name != "nationalities":
            item.pop(name, None)
            continue
        if isinstance(value, date):
            value = value.isoformat()
        if kind == "eurodac_hits" and name == "category" and str(value).isdigit():
            value = int(str(value))
        item[name] = value
    provenance = {
        key: value
        for key, value in (
            ("source", form.cleaned_data.get("source")),
            ("evidence", form.cleaned_data.get("evidence")),
            ("annex_item", form.cleaned_data.get("annex_item")),
        )
        if value
    }
    if provenance:
        item["provenance"] = provenance
    return item


def initial_from_item(kind: str, item: dict[str, Any] | None) -> dict[str, Any]:
    if not item:
        return {}
    initial: dict[str, Any] = {}
    form_class = fact_form_class(kind)
    for name in getattr(form_class, "fact_fields", ()):
        if name not in item:
            field = form_class.base_fields[name]
            if isinstance(field, YesNoField) and field.optional:
                initial[name] = "unknown"
            continue
        value = item[name]
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value) if kind == "eurodac_hits" else value
        initial[name] = value
    provenance = item.get("provenance") or {}
    for key in ("source", "evidence", "annex_item"):
        if provenance.get(key):
            initial[key] = provenance[key]
    return initial


class NotesForm(Form):
    """The case file's notes, and why they change (the history keeps both)."""

    text = forms.CharField(
        label=_("Notes"),
        help_text=_(
            "Free text for the people working the case; the rules never read it. "
            "Leave it empty to remove the notes (their history is kept)."
        ),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 10}),
    )
    reason = ChangeForm.base_fields["reason"]
    expected_version = ChangeForm.base_fields["expected_version"]
    opened_at = ChangeForm.base_fields["opened_at"]


class YamlFactForm(ChangeForm):
    """Any fact of any kind, written as YAML (or JSON, which YAML reads too)."""

    kind = forms.ChoiceField(label=_("Kind of fact"))
    text = forms.CharField(
        label=_("The fact, as YAML or JSON"),
        help_text=_("The fields of the case-file format (docs/case-file.md)."),
        widget=forms.Textarea(attrs={"rows": 14, "spellcheck": "false"}),
        error_messages={"required": _("Write the fact")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_choices(self, "kind", [(k, labels.label(labels.KINDS, k)) for k in sorted(KINDS)])

    def clean_text(self) -> dict[str, Any]:
        try:
            # As the engine reads case files: `on:` is a field, not a boolean, and a date
            # stays text (an impossible date is the engine's to name, not a crash here).
            data = parse_yaml(self.cleaned_data["text"])
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            raise forms.ValidationError(
                _("This is not valid YAML or JSON%(where)s"), params={"where": where}
            ) from None
        if not isinstance(data, dict):
            raise forms.ValidationError(_("Write the fields of one fact, as name: value"))
        return dict(_jsonable(data))


def _jsonable(value: Any) -> Any:
    """YAML reads dates as dates; the case file has them as text."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump_yaml(item: dict[str, Any]) -> str:
    return yaml.safe_dump(item, allow_unicode=True, sort_keys=False, default_flow_style=False)


class AnswerForm(Form):
    question = forms.CharField(widget=forms.HiddenInput)
    value = forms.ChoiceField(
        label=_("Answer"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose an answer")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("Why this answer: it is kept with the answer, your name and the date."),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give the reason for this answer")},
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, options: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_choices(self, "value", [(o, labels.label(labels.ANSWER_OPTIONS, o)) for o in options])


class DecisionForm(Form):
    choice = forms.ChoiceField(
        label=_("Your decision"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether you sign off or override the proposal")},
    )
    state = StateField(
        label=_("State you decide is responsible"),
        required=False,
        help_text=_("Only when you override the proposal."),
    )
    summary = forms.CharField(
        label=_("Summary of the decision"),
        help_text=_("For example: send a take charge request to Italy on Art 13(1)"),
        max_length=300,
        error_messages={"required": _("Write a summary of the decision")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        help_text=_("Required when you depart from the engine's proposal."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput)


class RequestForm(Form):
    to_state = StateField(
        label=_("Requested State"), error_messages={"required": _("Choose the requested State")}
    )
    kind = forms.ChoiceField(
        label=_("Kind of request"),
        widget=forms.RadioSelect,
        choices=[
            (k, labels.REQUEST_KINDS[k])
            for k in ("take_charge", "take_back", "take_back_notification", "humanitarian")
        ],
        error_messages={"required": _("Choose the kind of request")},
    )
    basis = forms.CharField(
        label=_("Article relied on"),
        help_text=_("For example 8(1) or 13(1)"),
        max_length=30,
        required=False,
    )
    sent_on = DateField(label=_("Sent on"))
    urgent = YesNoField(optional=False, label=_("Urgent reply requested"), required=False)
    eurodac_based = YesNoField(optional=False, label=_("Based on a Eurodac hit"), required=False)
    request_id = forms.CharField(
        label=_("Identifier of the request"),
        help_text=_("Left empty, one is made up, e.g. tcr-1"),
        max_length=60,
        required=False,
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    def data_for_step(self) -> dict[str, Any]:
        data = self.cleaned_data
        out: dict[str, Any] = {
            "kind": data["kind"],
            "to_state": data["to_state"],
            "sent_on": data["sent_on"].isoformat(),
        }
        if data.get("request_id"):
            out["id"] = data["request_id"]
        if data.get("basis"):
            out["basis"] = data["basis"]
        if data.get("urgent"):
            out["urgent"] = True
        if data.get("eurodac_based"):
            out["eurodac_based"] = True
        return out


class ReplyForm(Form):
    outcome = forms.ChoiceField(
        label=_("Reply"),
        widget=forms.RadioSelect,
        choices=[
            (k, labels.REPLY_OUTCOMES[k]) for k in ("accept", "refuse", "request_information")
        ],
        error_messages={"required": _("Choose the reply")},
    )
    basis = forms.CharField(
        label=_("Article accepted on (if accepted)"), max_length=30, required=False
    )
    reasons = forms.CharField(
        label=_("Reasons"),
        help_text=_("Required to refuse or to ask for information."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    received_on = DateField(
        label=_("Date of the reply"), help_text=_("The day the reply is sent and received.")
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("outcome") in {"refuse", "request_information"} and not data.get("reasons"):
            self.add_error("reasons", _("Give the reasons for this reply"))
        return data


class TransferForm(Form):
    carried_out_on = DateField(label=_("Transfer carried out on"))
    to_state = StateField(label=_("To State"), error_messages={"required": _("Choose the State")})
    mode = forms.ChoiceField(
        label=_("How"),
        widget=forms.RadioSelect,
        required=False,
        choices=[
            ("own_initiative", _("On the person's own initiative")),
            ("supervised", _("Supervised departure")),
            ("escorted", _("Under escort")),
        ],
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput)


class StepForm(Form):
    """Any other step of the procedure; its fact, if the step records one, as YAML."""

    step = forms.ChoiceField(label=_("Step"))
    text = forms.CharField(
        label=_("The fact the step records, as YAML or JSON"),
        help_text=_("Leave empty for a step that records no fact (examine here, close)."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false"}),
    )
    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    def clean_text(self) -> dict[str, Any] | None:
        text = self.cleaned_data.get("text") or ""
        if not text.strip():
            return None
        try:
            data = parse_yaml(text)
        except yaml.YAMLError:
            raise forms.ValidationError(_("This is not valid YAML or JSON")) from None
        if not isinstance(data, dict):
            raise forms.ValidationError(_("Write the fields of one fact, as name: value"))
        return dict(_jsonable(data))


class SearchForm(Form):
    q = forms.CharField(
        label=_("Name or reference"),
        help_text=_("Any spelling: variants of transliteration and small typing errors are found."),
        max_length=200,
        required=False,
    )
    date_of_birth = DateField(label=_("Date of birth"), required=False)
    nationality = StateField(label=_("Nationality"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors and not any(data.get(k) for k in ("q", "date_of_birth", "nationality")):
            raise forms.ValidationError(
                _("Enter a name, a reference, a date of birth or a nationality")
            )
        return data


class NewCaseForm(Form):
    reference = forms.CharField(
        label=_("Case reference"),
        help_text=_("For example CAL-2026-0123"),
        max_length=40,
        error_messages={"required": _("Enter the case reference")},
    )
    name_latin = forms.CharField(
        label=_("Name (Latin script)"),
        max_length=200,
        error_messages={"required": _("Enter the applicant's name")},
    )
    name_original = forms.CharField(
        label=_("Name in the original script (optional)"), max_length=200, required=False
    )
    aliases = forms.CharField(
        label=_("Other spellings and aliases (optional)"),
        help_text=_("One a line."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    date_of_birth = DateField(label=_("Date of birth"), required=False)
    sex = forms.ChoiceField(
        label=_("Sex"),
        widget=forms.RadioSelect,
        choices=_choices("sex", list(labels.CHOICES["sex"])),
    )
    nationalities = StatesField(
        label=_("Nationalities"),
        help_text=_("Two-letter codes separated by commas, e.g. SD, ER"),
        required=False,
    )
    unaccompanied = YesNoField(optional=True, label=_("Unaccompanied"), required=False)


class TaskForm(Form):
    """One task of My work or of the case page: give it to a member of the team (or to
    nobody), take it ("assign to me"), or mark it done; which one is the button pressed."""

    action = forms.ChoiceField(
        choices=[("assign", "assign"), ("assign_me", "assign_me"), ("done", "done")],
        widget=forms.HiddenInput,
    )
    assignee = forms.ChoiceField(label=_("Assign to"), required=False)

    def __init__(self, *args: Any, members: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_choices(self, "assignee", [("", str(_("Nobody"))), *members])
        self.fields["assignee"].error_messages["invalid_choice"] = _(
            "Assign to: choose an active member of your team, or nobody"
        )


class ConsentForm(Form):
    """The applicant's consent to the advisers of a legal-aid organisation."""

    team = forms.ChoiceField(
        label=_("Legal-aid organisation"),
        error_messages={"required": _("Choose the legal-aid organisation")},
    )
    given_on = DateField(
        label=_("Consent given on"),
        help_text=_("For example 27 3 2026. Not in the future."),
        error_messages={"required": _("Enter the date the consent was given")},
    )

    def __init__(self, *args: Any, teams: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        set_choices(self, "team", [("", ""), *teams])

    def clean_given_on(self) -> date:
        given: date = self.cleaned_data["given_on"]
        if given > timezone.localdate():
            raise forms.ValidationError(_("The date the consent was given cannot be in the future"))
        return given


class UserForm(Form):
    username = forms.CharField(label=_("User name"), max_length=150)
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("Email address"), required=False)
    role = forms.ChoiceField(
        label=_("Role"), widget=forms.RadioSelect, choices=list(labels.ROLES.items())
    )
    team = forms.ChoiceField(label=_("Team"))
    language = forms.ChoiceField(
        label=_("Language"),
        widget=forms.RadioSelect,
        choices=[("fr", "Français"), ("en", "English")],
        initial="fr",
    )


class TeamForm(Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    kind = forms.ChoiceField(
        label=_("Kind"), widget=forms.RadioSelect, choices=list(labels.TEAM_KINDS.items())
    )
    state = StateField(label=_("State"))
