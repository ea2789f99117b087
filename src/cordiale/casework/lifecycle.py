"""The procedure between States as a state machine: each step is allowed from some stages
only and moves the case to its next stage; an illegal step is refused with a clear error.

Steps that are facts of the case file (a request, a reply, a transfer decision, an appeal,
a transfer, an absconding, an imprisonment) are recorded as facts, so the engine sees them
and recomputes the time limits (Dublin III Arts 21-29; AMMR Arts 39-46).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cordiale.casework.errors import IllegalStep
from cordiale.casework.models import Case, Stage

S = Stage
_ACTIVE = frozenset(
    {S.DETERMINATION, S.REQUEST_SENT, S.ACCEPTED, S.REFUSED, S.RE_EXAMINATION}
    | {S.TRANSFER_DECIDED, S.APPEAL}
)


@dataclass(frozen=True, slots=True)
class StepRule:
    kind: str | None  # the case-file list the step adds to, if any
    allowed_from: frozenset[str]
    to: str | None  # None: decided by the data (a reply's outcome) or unchanged
    label: str


STEPS: dict[str, StepRule] = {
    "start_determination": StepRule(None, frozenset({S.INTAKE}), S.DETERMINATION, "start"),
    "send_request": StepRule(
        "requests",
        frozenset({S.INTAKE, S.DETERMINATION, S.REFUSED, S.ACCEPTED}),
        S.REQUEST_SENT,
        "send a take charge / take back request or notification",
    ),
    "receive_request": StepRule(
        "requests",
        frozenset({S.INTAKE, S.DETERMINATION, S.EXAMINED_HERE, S.CLOSED}),
        S.REQUEST_RECEIVED,
        "record a request received from another State",
    ),
    "record_reply": StepRule(
        "replies",
        frozenset({S.REQUEST_SENT, S.RE_EXAMINATION, S.REQUEST_RECEIVED}),
        None,
        "record a reply",
    ),
    "request_re_examination": StepRule(
        "requests", frozenset({S.REFUSED}), S.RE_EXAMINATION, "ask for re-examination"
    ),
    "notify_transfer_decision": StepRule(
        "transfer_decisions",
        frozenset({S.ACCEPTED}),
        S.TRANSFER_DECIDED,
        "notify the transfer decision",
    ),
    "lodge_appeal": StepRule(
        "appeals", frozenset({S.TRANSFER_DECIDED}), S.APPEAL, "record an appeal"
    ),
    "decide_appeal": StepRule(
        "appeals", frozenset({S.APPEAL}), S.TRANSFER_DECIDED, "record the appeal's decision"
    ),
    "record_transfer": StepRule(
        "transfers",
        frozenset({S.ACCEPTED, S.TRANSFER_DECIDED, S.APPEAL}),
        S.TRANSFERRED,
        "record the transfer",
    ),
    "record_absconding": StepRule("abscondings", _ACTIVE, None, "record an absconding"),
    "record_imprisonment": StepRule("imprisonments", _ACTIVE, None, "record an imprisonment"),
    "examine_here": StepRule(
        None, _ACTIVE | {S.INTAKE, S.REQUEST_RECEIVED}, S.EXAMINED_HERE, "examine here"
    ),
    "close": StepRule(None, frozenset(set(S) - {S.CLOSED}), S.CLOSED, "close the case"),
}


def check_step(case: Case, step: str) -> StepRule:
    rule = STEPS.get(step)
    if rule is None:
        raise IllegalStep(f"unknown step {step!r}; expected one of {', '.join(sorted(STEPS))}")
    if case.stage not in rule.allowed_from:
        allowed = sorted(name for name, r in STEPS.items() if case.stage in r.allowed_from)
        raise IllegalStep(
            f"cannot {rule.label} while case {case.reference} is at stage {case.stage!r}; "
            f"possible steps now: {', '.join(allowed) or 'none'}"
        )
    return rule


def next_stage(case: Case, step: str, rule: StepRule, data: dict[str, Any] | None) -> str:
    if rule.to is not None:
        return rule.to
    if step == "record_reply" and data is not None:
        outcome = data.get("outcome")
        incoming = case.stage == S.REQUEST_RECEIVED
        if outcome == "accept":
            # Our acceptance of an incoming request: the case is examined here.
            return S.EXAMINED_HERE if incoming else S.ACCEPTED
        if outcome == "refuse":
            return S.CLOSED if incoming else S.REFUSED
    return case.stage
