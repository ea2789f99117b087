"""Request and response bodies of the API. The facts themselves are the engine's own pydantic
models (`cordiale.law.facts`): the applicant of a new case, a whole case file for import and
for POST /determine, so the API validates exactly as the `cordiale` command does."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import Field

from cordiale.accounts.models import Role, Team
from cordiale.law.facts import Applicant, StateCode

Reference = Annotated[
    str,
    Field(
        min_length=1,
        max_length=40,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
        description="case reference: letters, digits, '.', '_' and '-' (it is part of URLs)",
    ),
]
Version = Annotated[int, Field(ge=1, description="the case's version as read (optimistic locking)")]


class FieldErrorOut(Schema):
    path: str = Field(description="field path, e.g. applicant.sex or changes[0].reason")
    value: Any = None
    expected: str
    code: str = Field(
        default="",
        description="what went wrong, for wording it in another language: a pydantic error "
        "type (missing, date_parsing...) or an engine message key after 'field_error.'; empty "
        "when only `expected` exists",
    )
    params: dict[str, str] = Field(default_factory=dict, description="the code's parameters")


class ErrorOut(Schema):
    detail: str
    errors: list[FieldErrorOut] = Field(default_factory=list)


def responses(ok: int, schema: Any) -> dict[int, Any]:
    """The success response and the refusals every endpoint may give."""
    return {ok: schema, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


# --- cases ---------------------------------------------------------------------------------


class PersonIn(Schema):
    kind: Literal["applicant", "family_member"] = "applicant"
    fact_key: str = Field("", max_length=60, description="the family member's fact id")
    name_original: str = Field("", max_length=200, description="name in the original script")
    script: str = Field("", max_length=4, description="ISO 15924 code, e.g. Arab")
    name_latin: str = Field(min_length=1, max_length=200, description="Latin transliteration")
    aliases: list[Annotated[str, Field(max_length=200)]] = Field(default_factory=list)
    date_of_birth: date | None = None


class PersonOut(PersonIn):
    id: int


class CaseIn(Schema):
    reference: Reference
    determining_state: StateCode = "FR"
    applicant: Applicant
    people: list[PersonIn] = Field(default_factory=list)


class SummaryOut(Schema):
    regime: str
    status: str
    track: str
    responsible_state: str
    proposed_state: str
    basis: str
    open_questions: int
    determined_at: datetime | None


class DeadlineOut(Schema):
    id: int
    case: str
    key: str
    deadline_id: str
    request: str
    start: date
    due: date
    status: str
    state_to_act: str
    basis: str
    period: str
    calendar: str
    overdue: bool


class TaskOut(Schema):
    id: int
    case: str
    deadline_key: str
    title: str
    due: date | None
    status: str
    team_id: int
    team: str
    assigned_to_id: int | None
    assigned_to: str | None
    overdue: bool


class ConsentIn(Schema):
    team: int = Field(description="id of the NGO team the applicant consents to")
    given_on: date


class ConsentOut(Schema):
    id: int
    team_id: int
    team: str
    given_on: date
    withdrawn_on: date | None


class EvidenceOut(Schema):
    id: int
    case: str
    filename: str
    content_type: str
    size: int
    sha256: str
    category: str
    description: str
    uploaded_at: datetime


class CaseOut(Schema):
    """The whole case, for its team's caseworkers and supervisors and consented advisers."""

    view: Literal["full"] = "full"
    reference: str
    version: int
    stage: str
    team: str
    determining_state: str
    created_at: datetime
    updated_at: datetime
    summary: SummaryOut
    determination: dict[str, Any] | None = Field(
        description="the engine's current determination, with texts in ?lang"
    )
    deadlines: list[DeadlineOut]
    tasks: list[TaskOut] = Field(description="open tasks")
    people: list[PersonOut]
    consents: list[ConsentOut]
    evidence: list[EvidenceOut]


class UkCaseOut(Schema):
    """All the UK liaison sees of a case: the forms of the requests to or from the UK (and
    the case's version, to reply with)."""

    view: Literal["uk_liaison"] = "uk_liaison"
    reference: str
    version: int
    requests: list[dict[str, Any]]


class CaseRow(Schema):
    reference: str
    version: int
    stage: str | None = None
    regime: str | None = None
    status: str | None = None
    responsible_state: str | None = None
    proposed_state: str | None = None
    open_questions: int | None = None
    applicant_name: str | None = None
    updated_at: datetime | None = None


class CasePage(Schema):
    count: int
    limit: int
    offset: int
    more: bool
    items: list[CaseRow]


# --- facts, questions, determination ---------------------------------------------------------


class FactChangeIn(Schema):
    kind: str = Field(
        description="a case-file field: applicant, applications, family..., or notes (data "
        '{"text": "..."}; an empty text removes them)'
    )
    key: str | None = Field(None, max_length=60, description="the item's id (defaults to data.id)")
    data: dict[str, Any] | None = Field(
        description="the case-file item as the engine reads it; null withdraws the fact"
    )
    reason: str = Field(min_length=1, max_length=500, description="why the fact changes")
    source: str = Field("", max_length=200)
    evidence_category: Literal["", "proof", "circumstantial", "statement"] = ""
    evidence_id: int | None = Field(None, description="an evidence document of this case")


class FactsIn(Schema):
    version: Version
    changes: list[FactChangeIn] = Field(min_length=1)


class FactVersionOut(Schema):
    number: int
    data: dict[str, Any] | None
    reason: str
    recorded_by: str | None
    recorded_at: datetime
    source: str
    evidence_category: str
    evidence_id: int | None


class AnswerIn(Schema):
    version: Version
    question: str = Field(min_length=1, description="the question's id, e.g. H1:art8.1:GB")
    value: str = Field(min_length=1, description="one of the question's options")
    reason: str = Field(min_length=1, max_length=500)


class QuestionsOut(Schema):
    reference: str
    version: int
    questions: list[dict[str, Any]]


class DeterminationOut(Schema):
    reference: str
    version: int
    determined_at: datetime | None
    determination: dict[str, Any] | None


class AsOfOut(Schema):
    reference: str
    at: datetime
    facts: dict[str, Any]
    determination: dict[str, Any]


# --- the procedure -------------------------------------------------------------------------


class StepIn(Schema):
    version: Version
    step: str = Field(min_length=1, description="a lifecycle step, e.g. send_request")
    data: dict[str, Any] | None = Field(
        None, description="the fact the step records (a request, a reply...)"
    )


class DecisionIn(Schema):
    version: Version
    summary: str = Field(min_length=1, max_length=300)
    decided_state: StateCode
    reason: str = Field("", description="required when departing from the engine's proposal")


class DecisionOut(Schema):
    id: int
    case: str
    summary: str
    decided_state: str
    proposed_state: str
    override: bool
    reason: str
    as_of: date
    engine_version: str
    output_hash: str
    decided_by: str
    decided_at: datetime


class ReplayOut(Schema):
    decision: int
    same: bool
    engine_version_then: str
    engine_version_now: str
    changed: list[str]


class IncomingRequestOut(Schema):
    case: str
    request: str | None
    kind: str | None
    from_state: str | None
    to_state: str | None
    basis: str | None
    sent_on: date | None
    received_on: date | None
    urgent: bool
    replies: list[str]
    reply_due: date | None


# --- queues --------------------------------------------------------------------------------


class DeadlinePage(Schema):
    limit: int
    offset: int
    more: bool
    items: list[DeadlineOut]


class TaskPage(Schema):
    limit: int
    offset: int
    more: bool
    items: list[TaskOut]


class AssignIn(Schema):
    user: int | None = Field(description="id of a member of the task's team; null unassigns")


# --- audit, statistics, administration ----------------------------------------------------


class AuditEntryOut(Schema):
    seq: int
    at: datetime
    actor: str
    actor_role: str
    action: str
    object_type: str
    object_id: str
    detail: dict[str, Any]


class AuditPage(Schema):
    limit: int
    offset: int
    more: bool
    items: list[AuditEntryOut]


class BreakOut(Schema):
    seq: int
    problem: str


class VerifyOut(Schema):
    ok: bool
    entries: int
    breaks: list[BreakOut]


class CellOut(Schema):
    value: str
    count: int


class DimensionOut(Schema):
    cells: list[CellOut]
    suppressed_cells: int = Field(description="cells under the threshold, not published")
    suppressed_total: int | None = Field(
        description="their combined count, when it reaches the threshold itself"
    )


class StatsOut(Schema):
    threshold: int
    total: int | None
    dimensions: dict[str, DimensionOut]


class TeamIn(Schema):
    name: str = Field(min_length=1, max_length=120)
    kind: Team.Kind
    state: StateCode = "FR"


class TeamOut(Schema):
    id: int
    name: str
    kind: str
    state: str


class UserIn(Schema):
    username: str = Field(min_length=1, max_length=150, pattern=r"^[\w.@+-]+$")
    password: str = Field(min_length=1)
    role: Role
    team: int | None = Field(description="id of the user's team")
    language: Literal["en", "fr"] = "en"
    first_name: str = Field("", max_length=150)
    last_name: str = Field("", max_length=150)
    email: str = Field("", max_length=254)


class UserOut(Schema):
    id: int
    username: str
    role: str
    team_id: int | None
    team: str | None
    language: str
    is_active: bool


class TokenIn(Schema):
    name: str = Field("", max_length=120)


class TokenOut(Schema):
    id: int
    user_id: int
    name: str
    prefix: str
    key: str = Field(description="shown once: only its hash is stored")
    created_at: datetime
