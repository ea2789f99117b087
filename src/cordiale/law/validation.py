"""Checks across facts that the field types cannot express.

Each check returns `FieldError`s naming the path of the offending field, so a caseworker can
find it; nothing here guesses a correction. Each error carries the key of its message in the
engine's catalogue (`field_error.<code>` in `cordiale.law.explain.messages_validation`) and
its parameters, so that it can be worded in French too; its English `expected` is that
message's English template filled in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

from cordiale.law.errors import FieldError
from cordiale.law.explain.messages_validation import MESSAGES
from cordiale.law.facts import CaseFacts


def check_consistency(facts: CaseFacts, today: date | None = None) -> list[FieldError]:
    """All cross-field problems of `facts`; an empty list means the case file is usable."""
    today = today or date.today()
    return [
        *_check_applicant(facts, today),
        *_check_applications(facts),
        *_check_unique_ids(facts),
        *_check_periods(facts),
        *_check_procedure(facts),
        *_check_uk_france(facts),
    ]


def _error(path: str, value: Any, code: str, **params: str) -> FieldError:
    """The error of message `field_error.<code>`: `expected` is its English template filled
    with `params` (dates as ISO strings), so the English and the French say the same."""
    english = MESSAGES[f"field_error.{code}"][0]
    return FieldError(path, value, english.format(**params), code=code, params=params)


def _ids(ids: set[str]) -> str:
    return ", ".join(sorted(ids))


def _check_applicant(facts: CaseFacts, today: date) -> Iterator[FieldError]:
    dob = facts.applicant.date_of_birth
    if dob is not None and dob > today:
        yield _error("applicant.date_of_birth", dob.isoformat(), "future_date")
    elif dob is not None:
        for i, app in enumerate(facts.applications):
            if app.lodged_on < dob:
                yield _error(
                    f"applications[{i}].lodged_on",
                    app.lodged_on.isoformat(),
                    "lodged_before_birth",
                    date_of_birth=dob.isoformat(),
                )
    assessed = facts.applicant.assessed_age
    if assessed is not None and assessed.assessed_on > today:
        yield _error(
            "applicant.assessed_age.assessed_on", assessed.assessed_on.isoformat(), "future_date"
        )
    if facts.applicant.stateless and facts.applicant.nationalities:
        yield _error("applicant.stateless", True, "stateless_with_nationality")


def _check_applications(facts: CaseFacts) -> Iterator[FieldError]:
    # An application lodged in a State cannot precede the applicant's first entry into the
    # territory of the Member States, when entries are known.
    first_entry = min((entry.on for entry in facts.entries), default=None)
    for i, app in enumerate(facts.applications):
        lodged_on = app.lodged_on.isoformat()
        if app.made_on is not None and app.made_on > app.lodged_on:
            yield _error(
                f"applications[{i}].made_on",
                app.made_on.isoformat(),
                "made_after_lodged",
                lodged_on=lodged_on,
            )
        made = app.made_on or app.lodged_on
        if first_entry is not None and made < first_entry and app.place != "juxtaposed_control":
            yield _error(
                f"applications[{i}].{'made_on' if app.made_on else 'lodged_on'}",
                made.isoformat(),
                "before_first_entry",
                first_entry=first_entry.isoformat(),
            )
        if app.withdrawn_on is not None and app.withdrawn_on < app.lodged_on:
            yield _error(
                f"applications[{i}].withdrawn_on",
                app.withdrawn_on.isoformat(),
                "before_lodged_on",
                lodged_on=lodged_on,
            )
        for j, decision in enumerate(app.decisions):
            if decision.on < app.lodged_on:
                yield _error(
                    f"applications[{i}].decisions[{j}].on",
                    decision.on.isoformat(),
                    "before_lodged_on",
                    lodged_on=lodged_on,
                )


def _duplicates(ids: list[str]) -> set[str]:
    if len(set(ids)) == len(ids):  # the usual case, without counting
        return set()
    return {value for value, count in Counter(ids).items() if count > 1}


def _check_unique_ids(facts: CaseFacts) -> Iterator[FieldError]:
    for name, items, code in (
        ("applications", facts.applications, "duplicate_application"),
        ("family", facts.family, "duplicate_family_member"),
        ("requests", facts.requests, "duplicate_request"),
    ):
        dupes = _duplicates([item.id for item in items])
        for i, item in enumerate(items):
            if item.id in dupes:
                yield _error(f"{name}[{i}].id", item.id, code)
    answered = _duplicates([answer.question for answer in facts.answers])
    for i, answer in enumerate(facts.answers):
        if answer.question in answered:
            yield _error(f"answers[{i}].question", answer.question, "duplicate_answer")
    member_ids = {member.id for member in facts.family}
    for i, dependency in enumerate(facts.dependencies):
        if dependency.family_member not in member_ids:
            yield _unknown_family_member(
                f"dependencies[{i}].family_member", dependency.family_member, member_ids
            )


def _unknown_family_member(path: str, value: str, member_ids: set[str]) -> FieldError:
    if not member_ids:
        return _error(path, value, "no_family_member_recorded")
    return _error(path, value, "unknown_family_member", ids=_ids(member_ids))


def _check_periods(facts: CaseFacts) -> Iterator[FieldError]:
    spans: tuple[tuple[str, list[Any], str, str], ...] = (
        ("stays", facts.stays, "start", "end"),
        ("absences", facts.absences, "left_on", "returned_on"),
        ("detentions", facts.detentions, "start", "end"),
        ("imprisonments", facts.imprisonments, "start", "end"),
        ("abscondings", facts.abscondings, "on", "ended_on"),
    )
    for name, items, start_field, end_field in spans:
        for i, item in enumerate(items):
            start, end = getattr(item, start_field), getattr(item, end_field)
            if end is not None and end < start:
                yield _error(
                    f"{name}[{i}].{end_field}",
                    end.isoformat(),
                    "end_before_start",
                    start=start.isoformat(),
                )
    for i, document in enumerate(facts.documents):
        if document.valid_until < document.valid_from:
            yield _error(
                f"documents[{i}].valid_until",
                document.valid_until.isoformat(),
                "valid_until_before_valid_from",
                valid_from=document.valid_from.isoformat(),
            )
        if document.kind == "visa" and document.visa_type is None:
            yield _error(f"documents[{i}].visa_type", None, "visa_type_missing")


def _check_procedure(facts: CaseFacts) -> Iterator[FieldError]:
    requests = {request.id: request for request in facts.requests}
    for i, request in enumerate(facts.requests):
        if request.received_on is not None and request.received_on < request.sent_on:
            yield _error(
                f"requests[{i}].received_on",
                request.received_on.isoformat(),
                "received_before_sent",
                sent_on=request.sent_on.isoformat(),
            )
        if request.from_state == request.to_state:
            yield _error(f"requests[{i}].to_state", request.to_state, "request_to_own_state")
        if request.re_examination_of is not None and request.re_examination_of not in requests:
            yield _error(
                f"requests[{i}].re_examination_of", request.re_examination_of, "unknown_request"
            )
    for i, reply in enumerate(facts.replies):
        answered = requests.get(reply.request)
        if answered is None:
            path = f"replies[{i}].request"
            if requests:
                yield _error(path, reply.request, "unknown_request_listed", ids=_ids(set(requests)))
            else:
                yield _error(path, reply.request, "no_request_recorded")
            continue
        start = answered.received_on or answered.sent_on
        if reply.received_on < answered.sent_on:
            yield _error(
                f"replies[{i}].received_on",
                reply.received_on.isoformat(),
                "reply_before_request",
                request=answered.id,
                sent_on=answered.sent_on.isoformat(),
            )
        elif reply.sent_on is not None and reply.sent_on < start:
            yield _error(
                f"replies[{i}].sent_on",
                reply.sent_on.isoformat(),
                "reply_before_receipt",
                request=answered.id,
                received_on=start.isoformat(),
            )
    for i, appeal in enumerate(facts.appeals):
        if appeal.final_decision_on is not None and appeal.final_decision_on < appeal.lodged_on:
            yield _error(
                f"appeals[{i}].final_decision_on",
                appeal.final_decision_on.isoformat(),
                "appeal_decided_before_lodged",
                lodged_on=appeal.lodged_on.isoformat(),
            )


def _check_uk_france(facts: CaseFacts) -> Iterator[FieldError]:
    """The UK-France facts (shared/law/uk_france.md); skipped when none is recorded."""
    if facts.local_authority_assessments:
        member_ids = {member.id for member in facts.family}
        for i, assessment in enumerate(facts.local_authority_assessments):
            if assessment.family_member is not None and assessment.family_member not in member_ids:
                yield _unknown_family_member(
                    f"local_authority_assessments[{i}].family_member",
                    assessment.family_member,
                    member_ids,
                )
    for i, app in enumerate(facts.applications):
        # The control zones are UK controls in France: the claim is recorded by one of the two.
        if app.control_zone is not None and app.state not in ("FR", "GB"):
            yield _error(f"applications[{i}].state", app.state, "control_zone_state")
    readmissions: set[str] = set()
    for i, request in enumerate(facts.requests):
        if request.kind != "readmission":
            continue
        readmissions.add(request.id)
        # UK-France Agreement 2025, chapter II: the UK asks France to readmit.
        if request.from_state != "GB" or request.to_state != "FR":
            yield _error(
                f"requests[{i}].from_state",
                f"{request.from_state} -> {request.to_state}",
                "readmission_direction",
            )
    for i, reply in enumerate(facts.replies):
        if reply.exceptional and reply.request not in readmissions:
            yield _error(f"replies[{i}].exceptional", True, "exceptional_outside_readmission")
    arrival = facts.uk_arrival
    claimed = arrival.protection_claim_on if arrival is not None else None
    if arrival is not None and claimed is not None and claimed < arrival.on:
        yield _error(
            "uk_arrival.protection_claim_on",
            claimed.isoformat(),
            "claim_before_uk_arrival",
            arrival_on=arrival.on.isoformat(),
        )
