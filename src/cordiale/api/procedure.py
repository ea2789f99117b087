"""The procedure between States: lifecycle steps, the standard form of a request, decisions
(frozen snapshots) and their replay, and the queue of incoming requests."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Status

from cordiale.accounts.models import Role
from cordiale.api import present
from cordiale.api.auth import allow, user_of
from cordiale.api.limits import check_ids
from cordiale.api.schemas import (
    CaseOut,
    DecisionIn,
    DecisionOut,
    IncomingRequestOut,
    ReplayOut,
    StepIn,
    UkCaseOut,
    responses,
)
from cordiale.audit.models import Action
from cordiale.audit.services import record
from cordiale.casework import services
from cordiale.casework.errors import NotFound
from cordiale.casework.facts_store import case_facts
from cordiale.casework.models import Decision
from cordiale.casework.queries import QUEUE_USERS, incoming_requests
from cordiale.casework.request_form import request_form
from cordiale.casework.scoping import CASE_EDITORS, CASE_READERS, DECIDERS, visible_cases
from cordiale.law.explain.render import Language
from cordiale.law.facts import StateCode

router = Router(tags=["procedure"])
STEP_TAKERS = CASE_EDITORS | {Role.UK_LIAISON}


@router.post(
    "/cases/{ref}/steps",
    response=responses(200, CaseOut | UkCaseOut),
    summary="Take a step of the procedure (an illegal step: 409 naming the possible ones)",
    auth=allow(STEP_TAKERS, "take procedure steps"),
)
def step(
    request: HttpRequest, ref: str, payload: StepIn, lang: Language | None = None
) -> dict[str, Any]:
    user = user_of(request)
    check_ids([("data.id", (payload.data or {}).get("id"))])
    case = services.record_step(
        user, ref, payload.step, payload.data, expected_version=payload.version
    )
    return present.case_for(user, case, present.language(user, lang))


@router.get(
    "/cases/{ref}/request-form",
    response=responses(200, dict[str, Any]),
    summary="The standard form of a draft request, pre-filled from the facts",
    auth=allow(CASE_READERS, "read case files"),
)
def draft_request_form(
    request: HttpRequest, ref: str, to_state: StateCode = "GB"
) -> dict[str, Any]:
    user = user_of(request)
    case = services.read_case(user, ref, detail={"part": "request_form", "to": to_state})
    return request_form(case, case_facts(case), to_state)


@router.post(
    "/cases/{ref}/decisions",
    response=responses(201, DecisionOut),
    summary="Decide: a frozen snapshot of facts, engine and output",
    auth=allow(DECIDERS, "decide"),
)
def decide(request: HttpRequest, ref: str, payload: DecisionIn) -> Status[dict[str, Any]]:
    user = user_of(request)
    decision = services.decide(
        user,
        ref,
        summary=payload.summary,
        decided_state=payload.decided_state,
        reason=payload.reason,
        expected_version=payload.version,
    )
    return Status(201, present.decision(decision))


@router.get(
    "/cases/{ref}/decisions",
    response=responses(200, list[DecisionOut]),
    summary="The decisions taken on a case",
    auth=allow(CASE_READERS, "read decisions"),
)
def decisions(request: HttpRequest, ref: str) -> list[dict[str, Any]]:
    user = user_of(request)
    case = services.read_case(user, ref, detail={"part": "decisions"})
    rows = Decision.objects.filter(case=case).select_related("case", "decided_by")
    return [present.decision(d) for d in rows.order_by("decided_at", "pk")]


@router.get(
    "/decisions/{decision_id}/replay",
    response=responses(200, ReplayOut),
    summary="Re-run a decision's snapshot with today's engine: did anything change?",
    auth=allow(CASE_READERS, "replay decisions"),
)
def replay(request: HttpRequest, decision_id: int) -> dict[str, Any]:
    user = user_of(request)
    decision = (
        Decision.objects.select_related("case")
        .filter(pk=decision_id, case__in=visible_cases(user))
        .first()
    )
    if decision is None:
        raise NotFound(f"no decision {decision_id} that you may see")
    result = services.replay(decision)
    record(
        Action.READ,
        user=user,
        object_type="case",
        object_id=decision.case.reference,
        detail={"part": "replay", "decision": decision.pk, "same": result.same},
    )
    return {
        "decision": result.decision,
        "same": result.same,
        "engine_version_then": result.engine_version_then,
        "engine_version_now": result.engine_version_now,
        "changed": result.changed,
    }


@router.get(
    "/requests/incoming",
    response=responses(200, list[IncomingRequestOut]),
    summary="Requests addressed to your State that await a final reply",
    auth=allow(QUEUE_USERS, "read incoming requests"),
)
def incoming(request: HttpRequest) -> list[dict[str, Any]]:
    user = user_of(request)
    return incoming_requests(user)
